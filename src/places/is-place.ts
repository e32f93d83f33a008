// Which place-name candidates are places at all: not a person's name ("Michael Jordan", "Allen said"), not a
// date ("in March"), not a common word capitalized ("Mobile phones", "Come"), not a small town's name that is a
// piece of a longer proper name ("Wall Street"). Reads the actor stage's people and the time stage's dates.
import type { Doc } from '../model/doc.js';
import type { Gazetteer } from './gazetteer.js';
import type { PlacesKnowledge } from './knowledge.js';
import { isCapitalized, nextWord, prevWord, type Candidate } from './recognize.js';
import { nameKey } from './name-key.js';
import { SpanIndex } from './span-index.js';

/** A city of this size or more counts without any cue. */
const SELF_EVIDENT_POPULATION = 30_000;
/** Sentence-initial city names need more: the capital letter says nothing there. */
const SENTENCE_START_POPULATION = 100_000;
/** A city this big keeps its name as a place when it heads a longer name ("St. Louis Police"). */
const BIG_CITY = 100_000;

export function placesAmong(doc: Doc, kb: PlacesKnowledge, g: Gazetteer, candidates: Candidate[]): Candidate[] {
  const people: Person[] = [];
  for (const a of doc.actors) if (a.kind === 'person') for (const m of a.mentions) people.push({ start: m.start, end: m.end, coded: !!a.code });
  // read from every token of the story, and needed only for town-only names that pass the cheaper tests: on demand
  let surnames: Set<string> | null = null;
  const surnamesOnce = () => (surnames ??= surnamesOf(doc, kb, people));
  const index = { people: new SpanIndex(people), times: new SpanIndex(doc.times) };
  return candidates.filter((c) => accept(doc, kb, g, c, index, surnamesOnce));
}

/** Does a person mention from the actor stage rule the candidate out? Only when the person's name has another
 *  capitalized word ("Michael Jordan", "Paris Hilton"), or names a known person (a coded actor) and the candidate
 *  is a mere town name; never against a place word ("Orange County"). */
function personCovers(doc: Doc, kb: PlacesKnowledge, c: Candidate, p: Person): boolean {
  if (c.rule === 'demonym' || c.strongCue) return false;
  const { tokens } = doc;
  // "Ana Ruiz of New Mexico", "Dunbar from Austin": the place the person is from
  const before = prevWord(tokens, c.first);
  if (before >= 0 && tokens[before].start >= p.start && kb.cues.personPlaceLinks.has(tokens[before].lower)) return false;
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

interface Person {
  start: number;
  end: number;
  coded: boolean;
}

/** The story's person mentions and times, indexed by position. */
interface Overlaps {
  people: SpanIndex<Person>;
  times: SpanIndex<{ start: number; end: number }>;
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
  const space = /\s/g;
  for (const p of people) {
    // a mention with no white space in it is one word: no surname (most mentions; skip the split)
    space.lastIndex = p.start;
    const sp = space.exec(doc.text);
    if (!sp || sp.index >= p.end) continue;
    let last = '';
    let words = 0;
    for (const m of doc.text.slice(p.start, p.end).split(/\s+/)) {
      if (m && m[0] !== m[0].toLowerCase()) (last = m), words++;
    }
    if (words >= 2) out.add(nameKey(last.replace(/[^\p{L}'\u2019-]+$/u, '')));
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isCapitalized(tokens[i]) && kb.cues.personBefore.has(tokens[i].lower)) {
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

/** Whether the story writes a word in lower case somewhere (starting with a-z). Asked of a few words per story
 *  (one-word candidates that reach the last test), so each is looked for in the tokens, the answers kept in the
 *  document's scratch space (not in module state), rather than every lowercase word gathered first. */
function writtenInLowercase(doc: Doc, word: string): boolean {
  let known = doc.scratch['places.lowercase'] as Map<string, boolean> | undefined;
  if (!known) doc.scratch['places.lowercase'] = known = new Map();
  let is = known.get(word);
  if (is === undefined) {
    is = false;
    for (const t of doc.tokens) {
      if (t.lower !== word || t.kind !== 'word') continue;
      const c = t.text.charCodeAt(0);
      if (c >= 97 && c <= 122) {
        is = true;
        break;
      }
    }
    known.set(word, is);
  }
  return is;
}

/** Is the candidate a place at all (not a person, a common word, a piece of a longer name)? */
function accept(doc: Doc, kb: PlacesKnowledge, g: Gazetteer, c: Candidate, index: Overlaps, surnames: () => Set<string>): boolean {
  if (index.people.some(c.start, c.end, (p) => personCovers(doc, kb, c, p))) return false;
  // "in March": a date, not March, Cambridgeshire
  if (index.times.some(c.start, c.end, () => true)) return false;
  if (c.rule !== 'name') return true;
  const { tokens } = doc;
  const surface = doc.text.slice(c.start, c.end);
  const p = prevWord(tokens, c.first);
  const prev = p >= 0 && tokens[p].sent === tokens[c.first].sent ? tokens[p] : null;
  if (prev && kb.cues.personBefore.has(prev.lower)) return false;
  // a common word or given name: only as part of a named area ("Orange County") or with a qualifier ("Mobile, Ala.")
  if (kb.notPlaces.has(nameKey(surface)) && !c.namedArea && c.qualifier === null) return false;
  if (!c.cityOnly) return c.strongCue || !(kb.cues.givenNames.has(nameKey(surface)) && !inOrganization(doc, c) && besideName(doc, kb, c));
  // city-only names: short all-caps words are acronyms, not towns; a person's surname met again is the person
  if (surface.length < 3 || (surface.length <= 5 && surface === surface.toUpperCase() && !c.strongCue)) return false;
  if (!c.strongCue && surnames().has(nameKey(surface))) return false;
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
  if (c.first === c.last && writtenInLowercase(doc, tokens[c.first].lower)) return false;
  // capitals say nothing at a sentence start or in words written all in capitals ("POLICE SAID")
  const shouted = surface === surface.toUpperCase();
  return pop >= (c.sentenceStart || shouted ? SENTENCE_START_POPULATION : SELF_EVIDENT_POPULATION);
}

