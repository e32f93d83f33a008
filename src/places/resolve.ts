// Decides which candidates are places and which gazetteer entry each one means. A reading scores its prior
// (kind, population, capital or seat, a common English form) plus the document's context: countries and regions
// already mentioned, the dateline, the actors' countries, and an explicit qualifier ("Paris, Texas").
import type { Doc } from '../model/doc.js';
import type { Place } from '../model/analysis.js';
import { KIND_CITY, KIND_COUNTRY, KIND_NAMES, KIND_REGION, type Gazetteer } from './gazetteer.js';
import type { PlacesKnowledge } from './knowledge.js';
import { isCapitalized, nextWord, prevWord, qualifies, type Candidate } from './recognize.js';
import { nameKey } from './name-key.js';

/** A city of this size or more counts without any cue. */
const SELF_EVIDENT_POPULATION = 15_000;
/** Sentence-initial city names need more: the capital letter says nothing there. */
const SENTENCE_START_POPULATION = 100_000;
/** A city this big keeps its name as a place when it heads a longer name ("St. Louis Police"). */
const BIG_CITY = 100_000;

export interface PlaceRecord extends Place {
  rule: string;
  _entry: number;
  _first: number;
  _last: number;
}

function prior(g: Gazetteer, e: number): number {
  switch (g.kind[e]) {
    case KIND_COUNTRY:
      return g.independent[e] ? 11 : 9.5;
    case KIND_REGION:
      return 8.5;
    case KIND_CITY:
      return Math.log10(g.population[e] + 10) + [0, 0.3, 1, 2.5][g.feature[e]] + (g.wellKnown[e] ? 3 : 0);
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

/** Does a person mention from the actor stage rule the candidate out? Only when the person's name has another
 *  capitalized word ("Michael Jordan", "Paris Hilton"), or names a known person (a coded actor) and the candidate
 *  is a mere town name; never against a place word ("Orange County"). */
function personCovers(doc: Doc, kb: PlacesKnowledge, c: Candidate, p: Person): boolean {
  if (c.rule === 'demonym' || c.strongCue) return false;
  const { tokens } = doc;
  // "Charlotte Smith of North Carolina", "Dunbar from Austin": the place the person is from
  const before = prevWord(tokens, c.first);
  if (before >= 0 && tokens[before].start >= p.start && ATTACHING.has(tokens[before].lower)) return false;
  // a capitalized word before it in the name: a surname ("Michael Jordan", "Denzel Washington")
  // (only town names and given-name-like places: "South Venezuela", "HSBC Malta" are no persons)
  const personLike = c.cityOnly || kb.cues.givenNames.has(nameKey(doc.text.slice(c.start, c.end)));
  for (let k = c.first - 1; k >= 0 && tokens[k].start >= p.start; k--) if (personLike && tokens[k].kind === 'word' && isCapitalized(tokens[k]) && !hyphenJoined(tokens, k, c.first)) return true;
  // after it: a given name ("Paris Hilton"), a town's name, or a place heading a longer name ("Dubai World Cup")
  for (let k = c.last + 1; k < tokens.length && tokens[k].end <= p.end; k++) {
    if (tokens[k].kind === 'word' && isCapitalized(tokens[k]) && !hyphenJoined(tokens, c.last, k)) return c.cityOnly || kb.cues.givenNames.has(nameKey(doc.text.slice(c.start, c.end)));
  }
  return c.cityOnly && p.coded;
}

const ATTACHING = new Set(['of', 'from', 'in']);

interface Person {
  start: number;
  end: number;
  coded: boolean;
}

/** Is the candidate inside a name the actor stage took for an organization, a state or a group ("Georgia National
 *  Guard")? Then a given-name-like place heading it is the place, not a person. */
function inOrganization(doc: Doc, c: Candidate): boolean {
  for (const a of doc.actors) {
    if (a.kind === 'person') continue;
    for (const m of a.mentions) if (m.start <= c.start && c.end <= m.end && m.end - m.start > c.end - c.start) return true;
  }
  return false;
}

/** Are tokens a < b joined by a hyphen with no space ("Asia-Pacific")? */
function hyphenJoined(tokens: Doc['tokens'], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (tokens[k].text === '-' && tokens[k].start === tokens[k - 1].end && tokens[k + 1]?.start === tokens[k].end) return true;
  return false;
}

/** A given-name-like place right after a capitalized word or right before one: a person ("Whitney Houston",
 *  "Jordan Peterson"), unless that word is itself a direction or locative ("Central Florida"). */
function besideName(doc: Doc, kb: PlacesKnowledge, c: Candidate): boolean {
  const { tokens } = doc;
  const p = c.first - 1 >= 0 ? tokens[c.first - 1] : null;
  if (p && p.kind === 'word' && isCapitalized(p) && c.start - p.end <= 1 && !c.sentenceStart && !kb.cues.locativeBefore.has(p.lower)) return true;
  const n = c.last + 1 < tokens.length ? tokens[c.last + 1] : null;
  return !!n && n.kind === 'word' && isCapitalized(n) && n.pos === 'PROPN' && n.start - c.end === 1 && n.sent === tokens[c.last].sent;
}

/** Surnames of the story's people: the last word of a person's name of two or more capitalized words, and a
 *  capitalized word after a title ("Dr. Sutton"). A town-only name equal to one of them is that person again. */
function surnamesOf(doc: Doc, kb: PlacesKnowledge, people: Person[]): Set<string> {
  const out = new Set<string>();
  const { tokens } = doc;
  for (const p of people) {
    let last = '';
    let words = 0;
    for (const m of doc.text.slice(p.start, p.end).split(/\s+/)) {
      if (m && m[0] !== m[0].toLowerCase()) (last = m), words++;
    }
    if (words >= 2) out.add(nameKey(last.replace(/[^\p{L}'\u2019-]+$/u, '')));
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (kb.cues.personBefore.has(tokens[i].lower) && isCapitalized(tokens[i])) {
      const n = nextWord(tokens, i);
      if (n >= 0 && isCapitalized(tokens[n]) && tokens[n].kind === 'word') {
        // the last capitalized word of the run after the title
        let k = n;
        for (let j = nextWord(tokens, k); j >= 0 && isCapitalized(tokens[j]) && tokens[j].kind === 'word' && tokens[j].start - tokens[k].end <= 1; j = nextWord(tokens, j)) k = j;
        out.add(tokens[k].lower);
      }
    }
  }
  return out;
}

/** The words the document writes in lower case (built once per document, only when a town-only name needs it;
 *  kept in the document's scratch space, not in module state). */
function lowercaseWords(doc: Doc): Set<string> {
  let set = doc.scratch['places.lowercase'] as Set<string> | undefined;
  if (!set) {
    set = new Set();
    for (const t of doc.tokens) {
      const c = t.text.charCodeAt(0);
      if (t.kind === 'word' && c >= 97 && c <= 122) set.add(t.lower);
    }
    doc.scratch['places.lowercase'] = set;
  }
  return set;
}

/** Is the candidate a place at all (not a person, a common word, a piece of a longer name)? */
function accept(doc: Doc, kb: PlacesKnowledge, g: Gazetteer, c: Candidate, people: Person[], surnames: Set<string>): boolean {
  for (const p of people) if (p.start < c.end && c.start < p.end && personCovers(doc, kb, c, p)) return false;
  // "in March": a date, not March, Cambridgeshire
  for (const t of doc.times) if (t.start < c.end && c.start < t.end) return false;
  if (c.rule !== 'name') return true;
  const { tokens } = doc;
  const surface = doc.text.slice(c.start, c.end);
  const p = prevWord(tokens, c.first);
  const prev = p >= 0 && tokens[p].sent === tokens[c.first].sent ? tokens[p] : null;
  if (prev && kb.cues.personBefore.has(prev.lower)) return false;
  // a common word or given name: only as part of a named area ("Orange County") or with a qualifier ("Mobile, Ala.")
  if (kb.notPlaces.has(surface) && !c.namedArea && c.qualifier === null) return false;
  if (!c.cityOnly) return c.strongCue || !(kb.cues.givenNames.has(nameKey(surface)) && !inOrganization(doc, c) && besideName(doc, kb, c));
  // city-only names: short all-caps words are acronyms, not towns; a person's surname met again is the person
  if (surface.length < 3 || (surface.length <= 5 && surface === surface.toUpperCase() && !c.strongCue)) return false;
  if (surnames.has(nameKey(surface)) && !c.strongCue) return false;
  const nx = nextWord(tokens, c.last);
  const next = nx >= 0 && tokens[nx].sent === tokens[c.last].sent ? tokens[nx] : null;
  // the head of a longer name ("University of ...", "Bank of ...")
  if (next && next.lower === 'of' && !c.strongCue) return false;
  let pop = 0;
  for (const e of c.entries) pop = Math.max(pop, g.population[e]);
  // part of a longer proper name ("Paris Hilton", "from Wall Street", "at City College"), cue or not; a city's
  // name heading one stays a place ("St. Louis Police")
  if (next && isCapitalized(next) && next.start - tokens[c.last].end === 1 && next.kind === 'word' && !c.strongCue && pop < BIG_CITY) return false;
  if (c.cue) return true;
  if (prev && isCapitalized(prev) && prev.kind === 'word' && c.start - prev.end <= 1 && !c.sentenceStart) return false;
  if (next && kb.cues.personAfter.has(next.lower)) return false;
  // a word the story also writes in lower case is a word here too ("Come", "Long", "Nice" at a sentence start)
  if (c.first === c.last && lowercaseWords(doc).has(tokens[c.first].lower)) return false;
  return pop >= (c.sentenceStart ? SENTENCE_START_POPULATION : SELF_EVIDENT_POPULATION);
}

const COUNTY_WORDS = new Set(['county', 'parish']);

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
  const people: Person[] = [];
  for (const a of doc.actors) if (a.kind === 'person') for (const m of a.mentions) people.push({ start: m.start, end: m.end, coded: !!a.code });
  const surnames = surnamesOf(doc, kb, people);
  const kept = candidates.filter((c) => accept(doc, kb, g, c, people, surnames));

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
    if (c.rule === 'demonym' || firstPick[k] < 0) return false;
    const clear = c.qualifier !== null ? { country: true, admin: true } : clarity(g, c, firstPick[k]);
    if (clear.country) addContext(g, ctx, firstPick[k], 1, clear.admin);
    return clear.country ? (clear.admin ? 2 : 1) : 0;
  });
  // second pass: each reading judged with the others' context (its own first pick left out)
  const out: PlaceRecord[] = [];
  kept.forEach((c, k) => {
    const county = c.areaWord !== null && COUNTY_WORDS.has(c.areaWord);
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
