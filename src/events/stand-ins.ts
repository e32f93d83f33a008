// Stand-ins for actors the actor layer did not name in a sentence: a resolved place stands for its country (as a
// target: "shelled Kharkiv"), "he" / "she" for the person last named before them.
import type { Place } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import { antecedent } from '../actors/lookup.js';
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

/** Actor mentions plus the places of the sentence that no actor covers, each standing for its country. */
export function withPlaces(places: Place[], start: number, end: number, actors: ActorRef[]): ActorRef[] {
  const extra: ActorRef[] = [];
  for (let i = firstEndingAfter(places, start); i < places.length && places[i].start < end; i++) {
    const p = places[i];
    if (p.end <= start || !p.country) continue;
    if (actors.some((a) => a.mention.start < p.end && p.start < a.mention.end)) continue;
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

