// Finds place-name candidates over the shared tokens: capitalized runs that are gazetteer names (longest match),
// place adjectives used as modifiers ("Russian officials"), "City, Region" qualifiers and "Gaza-based" suffixes.
// Nothing is resolved here; each candidate carries the cues around it for the resolver.
import type { Doc, Token } from '../model/doc.js';
import { KIND_CITY, KIND_COUNTRY, type Gazetteer } from './gazetteer.js';
import type { PlacesKnowledge } from './knowledge.js';
import { nameKey } from './name-key.js';
import { memoOf, type LookupMemo } from './lookup-memo.js';

export type CandidateRule = 'name' | 'demonym' | 'abbreviation';

export interface Candidate {
  /** token range [first, last] inclusive */
  first: number;
  last: number;
  start: number;
  end: number;
  entries: number[];
  rule: CandidateRule;
  /** a locative word before or a place word after ("in Homs", "Homs province", "Gaza-based") */
  cue: boolean;
  /** a place word after, a suffix or a qualifier: says "place" even of a common word ("Mobile, Ala.") */
  strongCue: boolean;
  /** the word after names a kind of area ("Suffolk County", "Homs province") */
  areaWord: string | null;
  /** that word is capitalized, part of the name ("Orange County", not "one region") */
  namedArea: boolean;
  /** "Portland, Ore.": the candidate entries the qualifier allows (region or country entry) */
  qualifier: number | null;
  /** only cities of this name (no country, region or alias reading) */
  cityOnly: boolean;
  /** first word of its sentence (capitalized for that reason alone, perhaps) */
  sentenceStart: boolean;
}


function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = t.text[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The next non-space token index after i (or -1). */
function nextWord(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].kind !== 'space') return j;
  return -1;
}
function prevWord(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (tokens[j].kind !== 'space') return j;
  return -1;
}

/** what one word alone finds in each gazetteer: entries named so, whether a longer name starts with it, and
 *  whether a demonym does */
const firstWordMemos = new WeakMap<object, LookupMemo<{ found: number[] | undefined; prefix: boolean; demonymFirst: boolean }>>();

export function findCandidates(doc: Doc, kb: PlacesKnowledge, g: Gazetteer): Candidate[] {
  const { tokens, text } = doc;
  const out: Candidate[] = [];
  const n = tokens.length;
  // (a plain array: a typed array this size is allocated outside the heap, which costs more per document)
  const sentenceFirst = new Array<number>(n).fill(0);
  for (const s of doc.sentences) {
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const k = tokens[j].kind;
      if (k === 'word' || k === 'number') {
        sentenceFirst[j] = 1;
        break;
      }
      // opening quotes or brackets before the first word
    }
  }
  const firstWords = memoOf(firstWordMemos, g);
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (t.kind !== 'word' || !isCapitalized(t)) {
      // "anti-Russian", "pro-Iranian": one token whose part after the hyphen is a place or its adjective
      const h = t.kind === 'word' ? t.text.indexOf('-') : -1;
      if (h > 0 && kb.cues.hyphenPrefixes.has(t.lower.slice(0, h))) {
        const c = hyphenated(doc, kb, g, i, h);
        if (c) out.push(c);
      }
      i++;
      continue;
    }
    // one word: the same words come back through a story and across stories, and the gazetteer's maps are large
    // (slow to probe)
    let memo = firstWords.get(t.lower);
    if (!memo) {
      const key = nameKey(t.lower);
      memo = { found: g.byName.get(key), prefix: g.prefixes.has(key), demonymFirst: g.demonymFirstWords.has(t.lower) };
      firstWords.set(t.lower, memo);
    }
    // longest gazetteer name starting here
    let bestEnd = -1;
    let bestEntries: number[] | undefined;
    let words = 0;
    for (let j = i; j < n && words < g.maxWords + 2; j++) {
      const u = tokens[j];
      if (u.kind === 'space' || u.sent !== t.sent) break;
      if (j > i) {
        if (u.start - tokens[j - 1].end > 1) break;
        if (u.kind === 'punctuation') {
          if (!kb.cues.nameJoiners.has(u.text)) break;
          continue;
        }
        if (u.kind !== 'word' && u.lower !== "'s" && u.lower !== '\u2019s') break;
        // "Washington state": a lowercase place word may end a name, and nothing follows it
        const areaEnd = !isCapitalized(u) && kb.cues.placeAfter.has(u.lower);
        if (!isCapitalized(u) && !kb.cues.nameConnectors.has(u.lower) && u.lower !== "'s" && u.lower !== '\u2019s' && !areaEnd) break;
        if (areaEnd) {
          const found = g.byName.get(nameKey(text.slice(t.start, u.end)));
          if (found) (bestEnd = j), (bestEntries = found);
          break;
        }
      }
      words++;
      let found: number[] | undefined;
      let prefix: boolean;
      if (j === i) {
        found = memo.found;
        prefix = memo.prefix;
      } else {
        const key = nameKey(text.slice(t.start, u.end));
        found = g.byName.get(key);
        prefix = g.prefixes.has(key);
      }
      if (found) {
        bestEnd = j;
        bestEntries = found;
      }
      if (!prefix) break;
    }
    // a place adjective ("Canadian officials") beats a same-length town of that name (Canadian, Texas)
    const dem = memo.demonymFirst ? demonymAt(doc, g, i) : null;
    if (bestEntries && !(dem && (dem.last > bestEnd || (dem.last === bestEnd && onlySmallTowns(g, bestEntries))))) {
      out.push(candidate(doc, kb, g, i, bestEnd, bestEntries, 'name', sentenceFirst[i] === 1));
      i = bestEnd + 1;
      continue;
    }
    // "Portland, Ore.": an abbreviation counts right after the comma that follows a place name
    const last = out.length ? out[out.length - 1] : null;
    if (last && last.qualifier !== null) {
      const comma = nextWord(tokens, last.last);
      if (comma >= 0 && nextWord(tokens, comma) === i) {
        const ab = abbreviationAt(doc, g, i);
        if (ab) {
          out.push(candidate(doc, kb, g, i, ab.last, [ab.entry], 'abbreviation', false));
          i = ab.last + 1;
          continue;
        }
      }
    }
    // a place adjective: "Russian officials", "Latin American leaders"
    if (dem) {
      out.push(candidate(doc, kb, g, i, dem.last, [dem.entry], 'demonym', sentenceFirst[i] === 1));
      i = dem.last + 1;
      continue;
    }
    i++;
  }
  return out;
}

function hyphenated(doc: Doc, kb: PlacesKnowledge, g: Gazetteer, i: number, h: number): Candidate | null {
  const t = doc.tokens[i];
  const rest = t.lower.slice(h + 1);
  const ch = t.text.charCodeAt(h + 1);
  if (!(ch >= 65 && ch <= 90)) return null;
  const key = nameKey(rest);
  const named = g.byName.get(key)?.filter((e) => g.kind[e] !== KIND_CITY || g.wellKnown[e]);
  const dem = g.byDemonym.get(key);
  const entries = named?.length ? named : dem !== undefined ? [dem] : null;
  if (!entries) return null;
  const c = candidate(doc, kb, g, i, i, entries, named?.length ? 'name' : 'demonym', false);
  c.start = t.start + h + 1;
  c.cityOnly = false;
  return c;
}

function onlySmallTowns(g: Gazetteer, entries: number[]): boolean {
  return entries.every((e) => g.kind[e] === KIND_CITY && !g.wellKnown[e]);
}

function abbreviationAt(doc: Doc, g: Gazetteer, i: number): { last: number; entry: number } | null {
  const { tokens, text } = doc;
  let hit: { last: number; entry: number } | null = null;
  for (let j = i, w = 0; j < tokens.length && w < 3; j++) {
    const u = tokens[j];
    if (u.kind === 'space' || (j > i && u.start - tokens[j - 1].end > 0)) break;
    w++;
    const e = g.byAbbreviation.get(nameKey(text.slice(tokens[i].start, u.end)));
    if (e !== undefined) hit = { last: j, entry: e };
  }
  return hit;
}

function demonymAt(doc: Doc, g: Gazetteer, i: number): { last: number; entry: number } | null {
  const { tokens, text } = doc;
  let hit: { last: number; entry: number } | null = null;
  // one or two words ("Latin American")
  for (let j = i, w = 0; j < tokens.length && w < 2; j++) {
    const u = tokens[j];
    if (u.kind !== 'word' || !isCapitalized(u) || (j > i && u.start - tokens[j - 1].end !== 1)) break;
    w++;
    const e = g.byDemonym.get(nameKey(text.slice(tokens[i].start, u.end)));
    if (e !== undefined) hit = { last: j, entry: e };
  }
  if (!hit) return null;
  // a modifier: the next token is a word (a noun phrase follows) or a hyphen ("Saudi-led")
  const nx = hit.last + 1 < tokens.length ? tokens[hit.last + 1] : null;
  if (!nx) return null;
  if (nx.text === '-' && nx.start === tokens[hit.last].end) return hit;
  const k = nextWord(tokens, hit.last);
  if (k < 0) return null;
  const w = tokens[k];
  if (w.kind !== 'word' || w.sent !== tokens[i].sent) return null;
  if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ' || w.pos === 'NUM' || w.lower === 'and' || w.lower === 'or') return hit;
  return null;
}

function candidate(doc: Doc, kb: PlacesKnowledge, g: Gazetteer, first: number, last: number, entries: number[], rule: CandidateRule, sentenceStart: boolean): Candidate {
  const { tokens } = doc;
  const cues = kb.cues;
  let cue = false;
  let strongCue = false;
  let areaWord: string | null = null;
  let namedArea = false;
  const p = prevWord(tokens, first);
  // a capitalized "West" or "Northern" is part of a name ("West Wing"), not a direction before one
  if (p >= 0 && cues.locativeBefore.has(tokens[p].lower) && !(isCapitalized(tokens[p]) && cues.directions.has(tokens[p].lower))) cue = true;
  const nx = nextWord(tokens, last);
  let qualifier: number | null = null;
  if (nx >= 0) {
    const w = tokens[nx];
    if (cues.placeAfter.has(w.lower)) {
      strongCue = true;
      areaWord = w.lower;
      namedArea = isCapitalized(w);
    }
    if (w.text === '-' && w.start === tokens[last].end) {
      const k = nextWord(tokens, nx);
      if (k >= 0 && cues.placeSuffixes.includes(`-${tokens[k].lower}`)) strongCue = true;
    }
    // "Portland, Ore." / "Paris, France": a region, abbreviation or country right after a comma
    if (w.text === ',' && rule === 'name') {
      // only a qualifier that fits one of the readings ("Jeb Bush, Kentucky" is a list, not Bush in Kentucky)
      const q = qualifierAt(doc, g, nx);
      // and only for a town's name: after a country or region it is a list ("the US, UK, Russia")
      if (q !== null && entries.every((e) => g.kind[e] === KIND_CITY) && entries.some((e) => qualifies(g, e, q))) qualifier = q;
    }
  }
  let cityOnly = true;
  for (const e of entries) if (g.kind[e] !== KIND_CITY || g.wellKnown[e]) cityOnly = false;
  strongCue ||= qualifier !== null;
  // the dateline names a place by position ("PORTLAND, Ore. (AP) -")
  const dl = doc.structure.dateline;
  if (dl && tokens[first].start >= dl.start && tokens[last].end <= dl.end) strongCue = true;
  return { first, last, start: tokens[first].start, end: tokens[last].end, entries, rule, cue: cue || strongCue, strongCue, areaWord, namedArea, qualifier, cityOnly, sentenceStart };
}

function qualifierAt(doc: Doc, g: Gazetteer, comma: number): number | null {
  const { tokens, text } = doc;
  const k = nextWord(tokens, comma);
  if (k < 0 || !isCapitalized(tokens[k])) return null;
  // up to three words ("New South Wales", "N.M.")
  let found: number | null = null;
  for (let j = k, w = 0; j < tokens.length && w < 3; j++) {
    const u = tokens[j];
    if (u.kind === 'space' || (j > k && u.start - tokens[j - 1].end > 1)) break;
    if (u.kind === 'punctuation' && u.text !== '.') break;
    w++;
    const key = nameKey(text.slice(tokens[k].start, u.end));
    const ab = g.byAbbreviation.get(key);
    if (ab !== undefined) found = ab;
    for (const e of g.byName.get(key) ?? []) if (g.kind[e] !== KIND_CITY) found = e;
  }
  return found;
}

/** Does entry e lie in the area q names (a country, or a region by its admin code)? */
export function qualifies(g: Gazetteer, e: number, q: number): boolean {
  if (g.kind[q] === KIND_COUNTRY) return g.country[e] === g.country[q];
  if (g.admin[q]) return g.admin[e] === g.admin[q];
  return g.country[e] === g.country[q];
}

export { isCapitalized, nextWord, prevWord };
