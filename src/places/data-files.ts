// Loaders for the place data files in dictionaries/places/ (format in that folder's README.md). Each validates
// as it reads and throws a DataFileError naming the file and line.
import { join } from 'node:path';
import { DataFileError, dataLines, loadYaml, stringList, type YamlData } from '../dictionaries/data-file.js';
import { nameKey } from './name-key.js';

export type AreaKind = 'region' | 'other';

export interface AreaRecord {
  kind: AreaKind;
  name: string;
  /** ISO 3166-1 alpha-2, or null for an area across borders */
  country: string | null;
  lat: number;
  lon: number;
  seat: string | null;
  also: string[];
  abbreviations: string[];
  file: string;
  line: number;
}

export interface AliasRecord {
  alias: string;
  target: string;
  /** null for an area across borders ("EU" -> Europe) */
  country: string | null;
  file: string;
  line: number;
}

export interface DemonymRecord {
  demonym: string;
  place: string;
  country: string | null;
  file: string;
  line: number;
}

export interface PlaceCues {
  locativeBefore: Set<string>;
  placeAfter: Set<string>;
  placeSuffixes: string[];
  personBefore: Set<string>;
  personAfter: Set<string>;
  eventPlaceBefore: Set<string>;
  /** place names that are also given names ("Paris Hilton") */
  givenNames: Set<string>;
  /** lowercase prefixes joined by a hyphen to a place name or adjective ("anti-Russian") */
  hyphenPrefixes: Set<string>;
  nameConnectors: Set<string>;
  nameJoiners: Set<string>;
  directions: Set<string>;
  personPlaceLinks: Set<string>;
  countyWords: Set<string>;
  eventPlaceFillers: Set<string>;
  determiners: Set<string>;
  /** noun -> prepositions introducing the place ("visit" -> to, in) */
  eventPlaceNouns: Map<string, Set<string>>;
}

const CC = /^[A-Z]{2}$/;

function fields(file: string, line: number, text: string, count: number): string[] {
  const parts = text.split('|').map((p) => p.trim());
  if (parts.length !== count) throw new DataFileError(file, line, `expected ${count} fields separated by "|", found ${parts.length}`);
  parts.forEach((p, i) => {
    if (!p) throw new DataFileError(file, line, `field ${i + 1} is empty (write - for none)`);
  });
  return parts;
}

function country(file: string, line: number, value: string, allowNone: boolean): string | null {
  if (value === '-' && allowNone) return null;
  if (!CC.test(value)) throw new DataFileError(file, line, `"${value}" is not an ISO 3166-1 alpha-2 country code${allowNone ? ' or -' : ''}`);
  return value;
}

function coordinate(file: string, line: number, value: string, limit: number, what: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw new DataFileError(file, line, `${what} "${value}" is not a number within ±${limit}`);
  return n;
}

const list = (value: string): string[] => (value === '-' ? [] : value.split(',').map((s) => s.trim()).filter(Boolean));

export function loadAreas(dir: string): AreaRecord[] {
  const file = join(dir, 'regions.txt');
  const seen = new Map<string, number>();
  return dataLines(file).map(({ line, text }) => {
    const [kind, name, cc, lat, lon, seat, also, abbr] = fields(file, line, text, 8);
    if (kind !== 'region' && kind !== 'other') throw new DataFileError(file, line, `kind "${kind}" must be region or other`);
    const key = `${name}|${cc}`;
    if (seen.has(key)) throw new DataFileError(file, line, `"${name}" (${cc}) already given on line ${seen.get(key)}`);
    seen.set(key, line);
    return {
      kind,
      name,
      country: country(file, line, cc, true),
      lat: coordinate(file, line, lat, 90, 'latitude'),
      lon: coordinate(file, line, lon, 180, 'longitude'),
      seat: seat === '-' ? null : seat,
      also: list(also),
      abbreviations: list(abbr),
      file,
      line,
    };
  });
}

export function loadAliases(dir: string): AliasRecord[] {
  const file = join(dir, 'aliases.txt');
  const seen = new Map<string, number>();
  return dataLines(file).map(({ line, text }) => {
    const [alias, target, cc] = fields(file, line, text, 3);
    if (seen.has(alias)) throw new DataFileError(file, line, `alias "${alias}" already given on line ${seen.get(alias)}`);
    seen.set(alias, line);
    return { alias, target, country: country(file, line, cc, true), file, line };
  });
}

export function loadDemonyms(dir: string): DemonymRecord[] {
  const file = join(dir, 'demonyms.txt');
  return dataLines(file).map(({ line, text }) => {
    const [demonym, place, cc] = fields(file, line, text, 3);
    return { demonym, place, country: country(file, line, cc, true), file, line };
  });
}

export interface CountryPoint {
  country: string;
  lat: number;
  lon: number;
}

export function loadCountryPoints(dir: string): CountryPoint[] {
  const file = join(dir, 'country-points.txt');
  const seen = new Map<string, number>();
  return dataLines(file).map(({ line, text }) => {
    const [cc, lat, lon] = fields(file, line, text, 3);
    if (seen.has(cc)) throw new DataFileError(file, line, `${cc} already given on line ${seen.get(cc)}`);
    seen.set(cc, line);
    return { country: country(file, line, cc, false)!, lat: coordinate(file, line, lat, 90, 'latitude'), lon: coordinate(file, line, lon, 180, 'longitude') };
  });
}

/** One name a line (matched in any case: "MARCH" too); a repeated name is an error (it hides a typo more often than not). */
export function loadNotPlaces(dir: string): Set<string> {
  const file = join(dir, 'not-places.txt');
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const { line, text } of dataLines(file)) {
    if (text.includes('|')) throw new DataFileError(file, line, 'one name a line, no "|" fields');
    if (seen.has(text)) throw new DataFileError(file, line, `"${text}" already given on line ${seen.get(text)}`);
    seen.set(text, line);
    out.add(nameKey(text));
  }
  return out;
}

function lowerSet(data: YamlData, key: string): Set<string> {
  return new Set(stringList(data, key).map((s) => s.toLowerCase()));
}

export function loadCues(dir: string): PlaceCues {
  const data = loadYaml(join(dir, 'cues.yaml'));
  const nouns = (data.value as Record<string, unknown>)?.event_place_nouns;
  if (!nouns || typeof nouns !== 'object' || Array.isArray(nouns)) data.fail(['event_place_nouns'], '"event_place_nouns" must map nouns to lists of prepositions');
  const eventPlaceNouns = new Map<string, Set<string>>();
  for (const [noun, preps] of Object.entries(nouns as Record<string, unknown>)) {
    if (!Array.isArray(preps) || !preps.length || preps.some((p) => typeof p !== 'string' || !p.trim()))
      data.fail(['event_place_nouns', noun], `"${noun}" must list its prepositions`);
    eventPlaceNouns.set(noun.toLowerCase(), new Set((preps as string[]).map((p) => p.toLowerCase())));
  }
  return {
    locativeBefore: lowerSet(data, 'locative_before'),
    placeAfter: lowerSet(data, 'place_after'),
    placeSuffixes: stringList(data, 'place_suffixes').map((s) => s.toLowerCase()),
    personBefore: lowerSet(data, 'person_before'),
    personAfter: lowerSet(data, 'person_after'),
    eventPlaceBefore: lowerSet(data, 'event_place_before'),
    givenNames: lowerSet(data, 'given_names'),
    hyphenPrefixes: lowerSet(data, 'hyphen_prefixes'),
    nameConnectors: lowerSet(data, 'name_connectors'),
    nameJoiners: new Set(stringList(data, 'name_joiners')),
    directions: lowerSet(data, 'directions'),
    personPlaceLinks: lowerSet(data, 'person_place_links'),
    countyWords: lowerSet(data, 'county_words'),
    eventPlaceFillers: lowerSet(data, 'event_place_fillers'),
    determiners: lowerSet(data, 'determiners'),
    eventPlaceNouns,
  };
}
