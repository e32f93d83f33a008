// The code tables of the GDELT export, loaded once from dictionaries/export and validated (file and line on error):
// CAMEO actor code parts, and FIPS 10-4 country codes (GDELT's geography columns) from ISO 3166.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { DataFileError, dataLines, loadYaml, stringList } from '../dictionaries/data-file.js';

export interface GdeltCodes {
  countries: Set<string>;
  regions: Set<string>;
  types: Set<string>;
  knownGroups: Set<string>;
  religions: Set<string>;
  /** ISO3 -> FIPS 10-4 */
  fips: Map<string, string>;
  /** ISO3 -> common name and centroid, for country-level geography */
  country: Map<string, { name: string; lat: number; lon: number }>;
}

const CODE = /^[A-Z]{3}$/;

// world-countries is CommonJS JSON; require keeps its types simple under NodeNext
const countries = createRequire(import.meta.url)('world-countries') as Country[];

export function loadGdeltCodes(dir: string): GdeltCodes {
  const partsFile = join(dir, 'cameo-actor-parts.yaml');
  const data = loadYaml(partsFile);
  const seen = new Map<string, string>();
  const list = (key: string) => {
    const out = new Set<string>();
    stringList(data, key).forEach((c, i) => {
      if (!CODE.test(c)) data.fail([key, i], `"${c}" is not a three-letter upper-case code`);
      if (seen.has(c)) data.fail([key, i], `"${c}" is already listed under ${seen.get(c)}`);
      seen.set(c, key);
      out.add(c);
    });
    return out;
  };
  const regions = list('regions');
  const types = list('types');
  const knownGroups = list('known_groups');
  const religions = list('religions');

  const fipsFile = join(dir, 'fips-countries.txt');
  const byIso2 = new Map<string, string>();
  for (const { line, text } of dataLines(fipsFile)) {
    const m = /^([A-Z]{2})\s+([A-Z]{2})$/.exec(text);
    if (!m) throw new DataFileError(fipsFile, line, `expected "ISO FIPS" (two two-letter codes), got "${text}"`);
    if (byIso2.has(m[1])) throw new DataFileError(fipsFile, line, `${m[1]} is listed twice`);
    byIso2.set(m[1], m[2]);
  }
  const fips = new Map<string, string>();
  const country = new Map<string, { name: string; lat: number; lon: number }>();
  for (const c of countries) {
    fips.set(c.cca3, byIso2.get(c.cca2) ?? c.cca2);
    country.set(c.cca3, { name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] });
  }
  return { countries: new Set(country.keys()), regions, types, knownGroups, religions, fips, country };
}

export interface ActorCodeParts {
  country: string;
  knownGroup: string;
  religion1: string;
  religion2: string;
  type1: string;
  type2: string;
  type3: string;
}

/** Splits a CAMEO actor code into GDELT's columns: RUSGOV -> country RUS, type GOV; IGOUNO -> type IGO, known
 *  group UNO. Parts the tables do not know stay only in the full code. */
export function splitActorCode(code: string | null, kb: GdeltCodes): ActorCodeParts {
  const out: ActorCodeParts = { country: '', knownGroup: '', religion1: '', religion2: '', type1: '', type2: '', type3: '' };
  if (!code) return out;
  const parts: string[] = [];
  for (let i = 0; i + 3 <= code.length; i += 3) parts.push(code.slice(i, i + 3).toUpperCase());
  const types: string[] = [];
  const religions: string[] = [];
  parts.forEach((p, i) => {
    if (i === 0 && (kb.countries.has(p) || kb.regions.has(p))) out.country = p;
    else if (kb.knownGroups.has(p)) { if (!out.knownGroup) out.knownGroup = p; }
    else if (kb.religions.has(p)) religions.push(p);
    else if (kb.types.has(p)) types.push(p);
  });
  [out.religion1 = '', out.religion2 = ''] = religions;
  [out.type1 = '', out.type2 = '', out.type3 = ''] = types;
  return out;
}
