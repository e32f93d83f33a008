// Where each event happened, when its sentence says so: a place after a locative word ("talks in Geneva") or the
// object of a place noun ("during a visit to Japan", "the recapture of Aleppo"). No cue, no place: an event is
// never put at the publisher's city or the dateline by default.
import type { CodedEvent, EventPlace } from '../model/analysis.js';
import type { Doc, Token } from '../model/doc.js';
import type { PlacesKnowledge } from './knowledge.js';
import { prevWord } from './recognize.js';
import type { PlaceRecord } from './resolve.js';

/** Words that may stand between the cue and the name ("in the northern city of Aleppo"). */
const FILLERS = new Set(['the', 'a', 'an', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'city', 'town', 'province', 'region', 'of', 'capital', 'besieged', 'rebel-held', 'nearby', 'neighbouring', 'neighboring']);

type Located = CodedEvent & { _trigger?: { start: number; end: number }; _placeRule?: string };

export function locateEvents(doc: Doc, kb: PlacesKnowledge): void {
  if (!doc.events.length || !doc.places.length) return;
  for (const ev of doc.events as Located[]) {
    const found = placeOf(doc, kb, ev);
    ev.place = found ? found.place : null;
    if (found) ev._placeRule = found.rule;
  }
}

function tokenAt(doc: Doc, offset: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How strongly the words before the place say the event happened there: 3 place noun, 2 locative, 0 none. */
function cueStrength(tokens: Token[], first: number, kb: PlacesKnowledge): { strength: number; rule: string } {
  let p = prevWord(tokens, first);
  // skip fillers, but only between the cue and the name, and only a few
  for (let k = 0; k < 4 && p >= 0 && FILLERS.has(tokens[p].lower) && !kb.cues.eventPlaceBefore.has(tokens[p].lower); k++) p = prevWord(tokens, p);
  if (p < 0) return { strength: 0, rule: '' };
  const prep = tokens[p].lower;
  let q = prevWord(tokens, p);
  while (q >= 0 && (tokens[q].lower === 'the' || tokens[q].lower === 'a' || tokens[q].lower === 'an')) q = prevWord(tokens, q);
  if (q >= 0) {
    const preps = kb.cues.eventPlaceNouns.get(tokens[q].lower);
    if (preps?.has(prep)) return { strength: 3, rule: `event-place:${tokens[q].lower} ${prep}` };
  }
  // "the recapture of Aleppo" with the noun right before the name's "of"
  if (kb.cues.eventPlaceBefore.has(prep)) return { strength: 2, rule: `event-place:${prep}` };
  return { strength: 0, rule: '' };
}

function placeOf(doc: Doc, kb: PlacesKnowledge, ev: Located): { place: EventPlace; rule: string } | null {
  const trig = ev._trigger ?? { start: ev.start, end: ev.start };
  const ti = tokenAt(doc, trig.start);
  const sent = doc.tokens[ti]?.sent;
  if (sent === undefined) return null;
  const s = doc.sentences[sent];
  const lo = Math.min(s.start, ev.start);
  const hi = Math.max(s.end, ev.end);
  const args = [ev.source, ev.target].filter((a) => a.start !== undefined && a.end !== undefined) as Array<{ start: number; end: number }>;
  let top: { p: PlaceRecord; strength: number; distance: number; rule: string } | null = null;
  for (const p of doc.places as PlaceRecord[]) {
    if (p.start < lo || p.end > hi || p.rule?.startsWith('place-demonym')) continue;
    if (args.some((a) => a.start < p.end && p.start < a.end)) continue;
    const first = p._first ?? tokenAt(doc, p.start);
    const { strength, rule } = cueStrength(doc.tokens, first, kb);
    if (!strength) continue;
    const distance = Math.abs(first - ti);
    if (!top || strength > top.strength || (strength === top.strength && distance < top.distance)) top = { p, strength, distance, rule };
  }
  if (!top) return null;
  const { p } = top;
  return { place: { name: p.name, country: p.country, lat: p.lat, lon: p.lon }, rule: top.rule };
}
