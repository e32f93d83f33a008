// Stand-ins for actors the actor layer did not name in a sentence: a resolved place stands for its country (as a
// target: "shelled Kharkiv"), "he" / "she" for the person last named before them.
import type { Place } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import { antecedent } from '../actors/lookup.js';
import type { ActorsKnowledge } from '../actors/knowledge.js';
import { wordKey } from '../actors/phrase.js';
import type { ActorDef, Entry } from '../actors/types.js';
import type { ActorRef } from './sentence-view.js';

/** Index of the first span (sorted by start) that could end after `offset`: binary search on start, then back up
 *  over spans starting earlier that are still open. Places do not nest deeply, so the back-up is short. */
function firstEndingAfter(spans: Array<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  while (lo > 0 && spans[lo - 1].end > offset) lo--;
  return lo;
}

/** Whether [s, e) overlaps an actor's mention or the phrase it heads: the title written before a name belongs to
 *  that person ("US Secretary of State X": the "US" is no stand-in of its own). */
function coveredBy(actors: ActorRef[], s: number, e: number): boolean {
  for (const a of actors) {
    const phrase = (a.mention as { _phrase?: { start: number; end: number } })._phrase;
    const start = phrase ? Math.min(phrase.start, a.mention.start) : a.mention.start;
    if (start < e && s < a.mention.end) return true;
  }
  return false;
}

/** Actor mentions plus the places of the sentence that no actor covers, each standing for its country. */
export function withPlaces(places: Place[], start: number, end: number, actors: ActorRef[]): ActorRef[] {
  const extra: ActorRef[] = [];
  for (let i = firstEndingAfter(places, start); i < places.length && places[i].start < end; i++) {
    const p = places[i];
    if (p.end <= start || !p.country) continue;
    if (coveredBy(actors, p.start, p.end)) continue;
    const actor = { id: '', name: p.name, code: p.country, country: p.country, kind: 'state' as const, mentions: [] };
    extra.push({ actor, mention: { start: p.start, end: p.end, text: p.text }, place: true });
  }
  if (!extra.length) return actors;
  return [...actors, ...extra].sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}

const PERSONAL = new Set(['he', 'she', 'him']);

/** Actor mentions plus "he" / "she" / "him" standing for the person last named before them. */
export function withPronouns(doc: Doc, first: number, end: number, found: ActorRef[]): ActorRef[] {
  let extra: ActorRef[] | null = null;
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || !PERSONAL.has(t.lower)) continue;
    const ante = antecedent(doc, t.start, ['person']);
    if (!ante || !ante.actor.code || t.start - ante.mention.end > 600) continue;
    (extra ??= []).push({ actor: ante.actor, mention: { start: t.start, end: t.end, text: t.text } });
  }
  if (!extra) return found;
  return [...found, ...extra].sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}


/** Actor mentions plus the country adjectives of the sentence no mention covers ("12 Iranian firms"), each
 *  standing for its state like a place does (a target only), read from the actor dictionaries' demonyms so an event
 *  does not depend on whether the places layer listed the adjective. Two-word demonyms ("North Korean") included. */
export function withCountryAdjectives(doc: Doc, actors: ActorsKnowledge, first: number, end: number, found: ActorRef[]): ActorRef[] {
  let extra: ActorRef[] | null = null;
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || !capitalized(t.text)) continue;
    // the next word token, for two-word adjectives ("North Korean"): both capitalized
    let j = i + 1;
    while (j < end && doc.tokens[j].kind === 'space') j++;
    const two = j < end && doc.tokens[j].kind === 'word' && capitalized(doc.tokens[j].text) ? `${t.lower} ${doc.tokens[j].lower}` : '';
    const last = two && actors.demonyms.has(two) ? j : actors.demonyms.has(t.lower) ? i : -1;
    if (last < 0) continue;
    const s = t.start;
    const e = doc.tokens[last].end;
    if (coveredBy(found, s, e)) continue;
    const words = [];
    for (let k = i; k <= last; k++) if (doc.tokens[k].kind === 'word') words.push({ key: wordKey(doc.tokens[k].text), text: doc.tokens[k].text });
    const def = adjectiveCountry(doc, actors, actors.matcher.longest(words, 0, words.length)?.entries ?? []);
    const code = def?.country ? (actors.states.get(def.country)?.code ?? def.country) : null;
    if (!def || !code) continue;
    const actor = { id: '', name: def.name, code, country: def.country, kind: 'state' as const, mentions: [] };
    (extra ??= []).push({ actor, mention: { start: s, end: e, text: doc.text.slice(s, e) }, place: true });
    i = last;
  }
  if (!extra) return found;
  return [...found, ...extra].sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}

/** Starts with a capital letter (ASCII fast path before the Unicode test). */
function capitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** The country an adjective names: its only one, else the one of its countries the document names otherwise
 *  ("American" is shared by several territories; in a story naming the US it is the US), else none. */
function adjectiveCountry(doc: Doc, actors: ActorsKnowledge, entries: Entry[]): ActorDef | null {
  const defs = entries.filter((e) => e.type === 'adjective').map((e) => actors.actors[e.ref]).filter((d) => d?.country);
  if (defs.length <= 1) return defs[0] ?? null;
  const named = new Set<string>();
  for (const p of doc.places) if (p.country) named.add(p.country);
  for (const a of doc.actors) if (a.country) named.add(a.country);
  const inDoc = defs.filter((d) => named.has(d.country!));
  return inDoc.length === 1 ? inDoc[0] : null;
}
