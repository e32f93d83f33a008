// Where each event happened, when its sentence says so: a place after a locative word ("talks in Geneva") or the
// object of a place noun ("during a visit to Japan", "the recapture of Aleppo"). No cue, no place: an event is
// never put at the publisher's city or the dateline by default.
import type { CodedEvent, EventPlace } from '../model/analysis.js';
import type { Doc, Token } from '../model/doc.js';
import type { PlacesKnowledge } from './knowledge.js';
import { prevWord } from './recognize.js';
import type { PlaceRecord } from './resolve.js';


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

/** How strongly the words before the place say the event happened there: 3 place noun ("a visit to", "the
 *  recapture of"), 2 locative ("in", "near"), 0 none. Fillers may stand between ("in the northern city of Aleppo"). */
function cueStrength(tokens: Token[], first: number, kb: PlacesKnowledge): { strength: number; rule: string } {
  let p = prevWord(tokens, first);
  for (let k = 0; k < 5 && p >= 0; k++) {
    const word = tokens[p].lower;
    let q = prevWord(tokens, p);
    while (q >= 0 && kb.cues.determiners.has(tokens[q].lower)) q = prevWord(tokens, q);
    if (q >= 0 && kb.cues.eventPlaceNouns.get(tokens[q].lower)?.has(word)) return { strength: 3, rule: `event-place:${tokens[q].lower} ${word}` };
    if (kb.cues.eventPlaceBefore.has(word)) return { strength: 2, rule: `event-place:${word}` };
    if (!kb.cues.eventPlaceFillers.has(word)) break;
    p = prevWord(tokens, p);
  }
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
  type Cued = { p: PlaceRecord; strength: number; distance: number; rule: string };
  let top: Cued | null = null;
  const cued: Cued[] = [];
  for (const p of doc.places as PlaceRecord[]) {
    if (p.start < lo || p.end > hi || p.rule?.startsWith('place-demonym')) continue;
    const first = p._first ?? tokenAt(doc, p.start);
    const { strength, rule } = cueStrength(doc.tokens, first, kb);
    if (!strength) continue;
    const distance = Math.abs(first - ti);
    const here = { p, strength, distance, rule };
    cued.push(here);
    if (!top || strength > top.strength || (strength === top.strength && distance < top.distance)) top = here;
  }
  if (!top) return null;
  // a country cued, and a town or region of it cued too ("a visit to the US-Mexico border in Laredo"): the smaller
  for (const x of cued) if (top.p.kind === 'country' && x.p.kind !== 'country' && x.p.country === top.p.country && x.p.country) top = x;
  const { p } = top;
  return { place: { name: p.name, country: p.country, lat: p.lat, lon: p.lon }, rule: top.rule };
}
