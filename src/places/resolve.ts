// Decides which gazetteer entry each place candidate means (is-place.ts first drops those that are no places).
// A reading scores its prior
// (kind, population, capital or seat, a common English form) plus the document's context: countries and regions
// already mentioned, the dateline, the actors' countries, and an explicit qualifier ("Paris, Texas").
import type { Doc } from '../model/doc.js';
import type { Place } from '../model/analysis.js';
import { KIND_CITY, KIND_COUNTRY, KIND_NAMES, KIND_REGION, type Gazetteer } from './gazetteer.js';
import type { PlacesKnowledge } from './knowledge.js';
import { qualifies, type Candidate } from './recognize.js';
import { placesAmong } from './is-place.js';
import { nameKey } from './name-key.js';


export interface PlaceRecord extends Place {
  rule: string;
  _entry: number;
  _first: number;
  _last: number;
}

/** By GeoNames feature rank: other, lower seat, first-level seat, capital. */
const FEATURE_BONUS = [0, 0.3, 1, 2.5];

function prior(g: Gazetteer, e: number): number {
  switch (g.kind[e]) {
    case KIND_COUNTRY:
      return g.independent[e] ? 11 : 9.5;
    case KIND_REGION:
      return 8.5;
    case KIND_CITY:
      return Math.log10(g.population[e] + 10) + FEATURE_BONUS[g.feature[e]] + (g.wellKnown[e] ? 3 : 0);
    default:
      return 9;
  }
}

interface Context {
  country: Float64Array;
  admin: Map<number, number>;
  /** regions mentioned, per country: a list of states makes "Georgia" one more state */
  regions: Float64Array;
}

function addContext(g: Gazetteer, ctx: Context, e: number, w: number, withAdmin = true): void {
  ctx.country[g.country[e]] += w;
  if (g.kind[e] === KIND_REGION) ctx.regions[g.country[e]] += w;
  const a = g.admin[e];
  if (a && withAdmin) ctx.admin.set(a, (ctx.admin.get(a) ?? 0) + w);
}

/** Context grows with mentions but is capped, so that a US-heavy story does not turn "Mexico" into Mexico, Missouri. */
const MAX_COUNTRY_CONTEXT = 3.2;
const MAX_ADMIN_CONTEXT = 3;
const MAX_SIBLING_CONTEXT = 2;
/** A reading this far ahead on prior alone is clear enough to set the context for the others. */
const CLEAR_MARGIN = 3;

function contextScore(g: Gazetteer, ctx: Context, e: number, self: number, selfAdmin: number): number {
  const cc = g.country[e];
  let s = 0;
  if (cc) s += Math.min(MAX_COUNTRY_CONTEXT, 2 * Math.log1p(Math.max(0, ctx.country[cc] - (g.country[self] === cc ? 1 : 0))));
  const a = g.admin[e];
  if (a && g.kind[e] !== KIND_COUNTRY) s += Math.min(MAX_ADMIN_CONTEXT, 2 * Math.log1p(Math.max(0, (ctx.admin.get(a) ?? 0) - (g.admin[selfAdmin] === a ? 1 : 0))));
  if (g.kind[e] === KIND_REGION && cc) s += Math.min(MAX_SIBLING_CONTEXT, 1.5 * Math.log1p(Math.max(0, ctx.regions[cc] - (self >= 0 && g.kind[self] === KIND_REGION && g.country[self] === cc ? 1 : 0))));
  return s;
}

/** How far apart the best two readings by prior alone are, and whether they all lie in one country / region. */
function clarity(g: Gazetteer, c: Candidate, pick: number): { country: boolean; admin: boolean } {
  let second = -Infinity;
  let sameCountry = true;
  let sameAdmin = true;
  for (const e of c.entries) {
    if (g.country[e] !== g.country[pick]) sameCountry = false;
    if (g.admin[e] !== g.admin[pick]) sameAdmin = false;
    if (e !== pick) second = Math.max(second, prior(g, e));
  }
  const clear = prior(g, pick) - second >= CLEAR_MARGIN;
  return { country: sameCountry || clear, admin: sameAdmin || clear };
}

function best(g: Gazetteer, c: Candidate, ctx: Context | null, self: number, selfAdmin = self): number {
  let top = -1;
  let topScore = -Infinity;
  for (const e of c.entries) {
    let s = prior(g, e);
    if (ctx) s += contextScore(g, ctx, e, self, selfAdmin);
    if (c.qualifier !== null) s += qualifies(g, e, c.qualifier) ? 20 : -5;
    if (s > topScore) {
      topScore = s;
      top = e;
    }
  }
  return top;
}

function countyReading(g: Gazetteer, ctx: Context, c: Candidate, e: number): number {
  // the story's most mentioned region in the same country as the town first chosen
  let topAdmin = 0;
  let topWeight = 0;
  for (const [a, w] of ctx.admin) {
    const r = g.regionByAdmin.get(a);
    if (r !== undefined && g.country[r] === g.country[e] && w > topWeight) (topAdmin = a), (topWeight = w);
  }
  if (!topAdmin || g.admin[e] === topAdmin) return e;
  let town = -1;
  for (const x of c.entries) if (g.kind[x] === KIND_CITY && g.admin[x] === topAdmin && (town < 0 || g.population[x] > g.population[town])) town = x;
  return town >= 0 ? town : g.regionByAdmin.get(topAdmin)!;
}

export function resolveCandidates(doc: Doc, kb: PlacesKnowledge, g: Gazetteer, candidates: Candidate[]): PlaceRecord[] {
  const kept = placesAmong(doc, kb, g, candidates);

  // first pass: priors alone; only clear readings seed the document's context, so that an ambiguous name
  // repeated ("Georgia, ... Georgia") does not vote for itself
  const ctx: Context = { country: new Float64Array(g.countries.length), admin: new Map(), regions: new Float64Array(g.countries.length) };
  const dl = doc.structure.dateline?.place;
  if (dl) {
    const ids = g.byName.get(nameKey(dl.split(',')[0]));
    if (ids?.length) addContext(g, ctx, best(g, { entries: ids, qualifier: null } as Candidate, null, -1), 2);
  }
  for (const a of doc.actors) {
    const i = a.country ? g.countryByIso3.get(a.country) : undefined;
    if (i) ctx.country[i] += 0.5;
  }
  const firstPick = kept.map((c) => best(g, c, null, -1));
  const counted = kept.map((c, k) => {
    if (c.rule === 'demonym' || firstPick[k] < 0) return 0;
    const clear = c.qualifier !== null ? { country: true, admin: true } : clarity(g, c, firstPick[k]);
    if (clear.country) addContext(g, ctx, firstPick[k], 1, clear.admin);
    return clear.country ? (clear.admin ? 2 : 1) : 0;
  });
  // second pass: each reading judged with the others' context (its own first pick left out)
  const out: PlaceRecord[] = [];
  kept.forEach((c, k) => {
    const county = c.areaWord !== null && kb.cues.countyWords.has(c.areaWord);
    // "Suffolk County": counties are not in the gazetteer, and the name is a town's, not a region's of that name
    const towns = county ? c.entries.filter((x) => g.kind[x] === KIND_CITY) : null;
    const cand = towns?.length ? { ...c, entries: towns } : c;
    let e = c.rule === 'demonym' ? firstPick[k] : best(g, cand, ctx, counted[k] ? firstPick[k] : -1, counted[k] === 2 ? firstPick[k] : -1);
    if (e < 0) return;
    // a town of that name in the story's region, else that region
    if (county && g.kind[e] === KIND_CITY) e = countyReading(g, ctx, cand, e);
    const cc = g.country[e];
    out.push({
      start: c.start,
      end: c.end,
      text: doc.text.slice(c.start, c.end),
      name: g.names[e],
      country: cc ? g.iso3[cc] : null,
      lat: Math.round(g.lat[e] * 1e5) / 1e5,
      lon: Math.round(g.lon[e] * 1e5) / 1e5,
      kind: KIND_NAMES[g.kind[e]],
      rule: `place-${c.rule}${c.qualifier !== null ? '+qualifier' : c.cue ? '+cue' : ''}`,
      _entry: e,
      _first: c.first,
      _last: c.last,
    });
  });
  return out;
}
