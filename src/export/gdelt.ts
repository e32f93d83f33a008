// GDELT 2.0 Events export: 61 tab-separated columns per event, in the order of the GDELT 2.0 Events header, with
// GDELT's meanings (the GDELT 2.0 Event Codebook): dates from the day the event happened, actor codes split into
// their parts, CAMEO event/base/root codes, quad class, Goldstein scale, NumMentions/NumSources/NumArticles over
// the duplicate reports, actor and action geography, DATEADDED and SOURCEURL. GDELT files have no header row.
import type { EventRow } from '../store/store.js';
import { splitActorCode, type GdeltCodes } from './gdelt-codes.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
function geoType(kind: string | null, country: string | null): number {
  if (kind === 'country') return 1;
  const us = country === 'USA';
  if (kind === 'region') return us ? 2 : 5;
  return us ? 3 : 4;
}

/** The 8 geography columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID). */
function geo(place: { name: string; country: string | null; lat: number | null; lon: number | null } | null,
  kind: string | null, kb: GdeltCodes): string[] {
  if (!place) return ['0', '', '', '', '', '', '', ''];
  const fips = place.country ? kb.fips.get(place.country) ?? '' : '';
  const type = geoType(kind, place.country);
  // a country-level location is its own ADM1 and feature in GDELT; finer ones need admin codes we do not have
  return [
    String(type), place.name, fips, fips, '', num(place.lat), num(place.lon), type === 1 ? fips : '',
  ];
}

/** An actor's geography at country level, from its country (GDELT places actors; we know their country). */
function actorGeo(iso3: string | null, kb: GdeltCodes): string[] {
  const c = iso3 ? kb.country.get(iso3) : undefined;
  if (!c) return geo(null, null, kb);
  return geo({ name: c.name, country: iso3, lat: c.lat, lon: c.lon }, 'country', kb);
}

function num(x: number | null | undefined): string {
  return x == null || !Number.isFinite(x) ? '' : String(Math.round(x * 10000) / 10000);
}

/** YYYYMMDDHHMMSS from an ISO timestamp. */
function stamp(iso: string): string {
  return iso.replace(/[^0-9]/g, '').slice(0, 14).padEnd(14, '0');
}

/** Tabs and line breaks would break the format; GDELT fields never hold them. */
function clean(s: string | null | undefined): string {
  return s ? s.replace(/[\t\r\n]+/g, ' ') : '';
}

export function gdeltRow(e: EventRow, kb: GdeltCodes): string[] {
  const day = e.day;
  const [y, m, d] = day ? day.split('-').map(Number) : [0, 0, 0];
  const date = day
    ? [day.replace(/-/g, ''), `${y}${String(m).padStart(2, '0')}`, String(y), ((y + (m * 30 + d) / 365)).toFixed(4)]
    : ['', '', '', ''];
  const a1 = splitActorCode(e.sourceCode, kb);
  const a2 = splitActorCode(e.targetCode, kb);
  const actor = (code: string | null, name: string | null, p: ReturnType<typeof splitActorCode>) => [
    clean(code), clean(name?.toUpperCase()), p.country, p.knownGroup, '', p.religion1, p.religion2, p.type1, p.type2, p.type3,
  ];
  const code = e.cameo;
  const row = [
    String(e.seq), ...date,
    ...actor(e.sourceCode, e.sourceName, a1),
    ...actor(e.targetCode, e.targetName, a2),
    e.lead ? '1' : '0', code, code.slice(0, 3), code.slice(0, 2), String(e.quadClass), String(e.goldstein),
    String(e.numMentions), String(e.numSources), String(e.numArticles), String(e.avgTone),
    ...actorGeo(e.sourceCountry ?? (a1.country && kb.countries.has(a1.country) ? a1.country : null), kb),
    ...actorGeo(e.targetCountry ?? (a2.country && kb.countries.has(a2.country) ? a2.country : null), kb),
    ...geo(e.place, e.placeKind, kb),
    stamp(e.added), clean(e.url ?? e.articleId),
  ];
  return row;
}

export function gdeltLine(e: EventRow, kb: GdeltCodes): string {
  return gdeltRow(e, kb).join('\t') + '\n';
}
