// From a speaker phrase as written to the actor layer: the actor whose mention lies in the phrase ("the National
// Security Advisor, Michael Flynn," -> Michael Flynn), and for a pronoun the speaker of the quote before it or
// the nearest person named before it.
import type { Actor, Speaker } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';

interface MentionRef {
  start: number;
  end: number;
  actor: Actor;
}

export interface SpeakerIndex {
  mentions: MentionRef[];
}

export function speakerIndex(doc: Doc): SpeakerIndex {
  const mentions: MentionRef[] = [];
  for (const actor of doc.actors) for (const m of actor.mentions) mentions.push({ start: m.start, end: m.end, actor });
  mentions.sort((a, b) => a.start - b.start);
  return { mentions };
}

function firstAtOrAfter(list: MentionRef[], offset: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The actor mentioned inside [start, end): a person before anything else, then the longest mention. */
function actorIn(index: SpeakerIndex, start: number, end: number): Actor | null {
  const list = index.mentions;
  let best: MentionRef | null = null;
  for (let k = Math.max(0, firstAtOrAfter(list, start) - 1); k < list.length && list[k].start < end; k++) {
    const m = list[k];
    if (m.end <= start) continue;
    const better = !best ||
      (m.actor.kind === 'person' && best.actor.kind !== 'person') ||
      (m.actor.kind === best.actor.kind && m.end - m.start > best.end - best.start);
    if (better) best = m;
  }
  return best?.actor ?? null;
}

/** The nearest actor of a person's kind mentioned before offset (for "he", "she"). */
function personBefore(index: SpeakerIndex, offset: number, from: number): Actor | null {
  const list = index.mentions;
  for (let k = firstAtOrAfter(list, offset) - 1; k >= 0 && list[k].start >= from; k--) {
    if (list[k].actor.kind === 'person') return list[k].actor;
  }
  return null;
}

const PERSONAL = new Set(['he', 'she', 'i', 'him', 'her']);

export interface PreviousSpeaker {
  speaker: Speaker;
  personal: boolean;
}

export function resolveSpeaker(
  doc: Doc,
  index: SpeakerIndex,
  start: number,
  end: number,
  previous: PreviousSpeaker | null,
  pronoun: boolean,
): Speaker {
  const written = doc.text.slice(start, end).replace(/[\s,]+$/, '');
  const actor = actorIn(index, start, end);
  if (actor) return { actor: actor.id, name: actor.name, code: actor.code, start, end: start + written.length };
  if (pronoun) {
    const lower = written.toLowerCase();
    if (previous && (PERSONAL.has(lower) ? previous.personal : !previous.personal)) {
      return { ...previous.speaker, start, end: start + written.length };
    }
    if (PERSONAL.has(lower)) {
      // look back over the current and the previous few paragraphs' worth of text
      const person = personBefore(index, start, Math.max(0, start - 1500));
      if (person) return { actor: person.id, name: person.name, code: person.code, start, end: start + written.length };
    }
  }
  return { actor: null, name: written, code: null, start, end: start + written.length };
}
