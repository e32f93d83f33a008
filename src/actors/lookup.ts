// Fast questions other stages ask about the actors of a document: which actor a span names, which mentions lie
// in a span, and which actor an anaphor ("he", "the minister") most likely refers to. The index is built once per
// document from doc.actors (after resolveActors) and cached in doc.scratch.
import type { Actor, ActorKind, TextSpan } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import { codeAt } from './dated-roles.js';
import type { ActorDef } from './types.js';

export interface ActorMention {
  actor: Actor;
  mention: TextSpan;
}

interface Index {
  actors: Actor[];
  count: number;
  /** every mention, sorted by start */
  mentions: ActorMention[];
  starts: Int32Array;
  /** running maximum of mention ends, for overlap search */
  maxEnd: Int32Array;
}

const KEY = 'actors.index';

function indexOf(doc: Doc): Index {
  const cached = doc.scratch[KEY] as Index | undefined;
  // rebuilt only when the actors layer was replaced or grew (stages after resolveActors only read it)
  if (cached && cached.actors === doc.actors && cached.count === doc.actors.length) return cached;
  const count = doc.actors.length;
  const mentions: ActorMention[] = [];
  for (const actor of doc.actors) for (const mention of actor.mentions) mentions.push({ actor, mention });
  mentions.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const starts = new Int32Array(mentions.length);
  const maxEnd = new Int32Array(mentions.length);
  let m = -1;
  mentions.forEach((x, i) => {
    starts[i] = x.mention.start;
    m = Math.max(m, x.mention.end);
    maxEnd[i] = m;
  });
  const index = { actors: doc.actors, count, mentions, starts, maxEnd };
  doc.scratch[KEY] = index;
  return index;
}

/** index of the first mention starting at or after `offset` */
function lowerBound(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The actor mention that best covers [start, end): one containing the span, else the one overlapping it most. */
export function actorAt(doc: Doc, start: number, end: number): ActorMention | null {
  const ix = indexOf(doc);
  let best: ActorMention | null = null;
  let bestScore = -1;
  // mentions starting before `end` whose end passes `start` overlap the span; walk back while maxEnd allows
  for (let i = lowerBound(ix.starts, end) - 1; i >= 0 && ix.maxEnd[i] > start; i--) {
    const x = ix.mentions[i];
    const overlap = Math.min(end, x.mention.end) - Math.max(start, x.mention.start);
    if (overlap <= 0 && !(start === end && x.mention.start <= start && start < x.mention.end)) continue;
    const contains = x.mention.start <= start && x.mention.end >= end;
    // a mention containing the span wins; among those the tightest; otherwise the largest overlap
    const score = contains ? 1e9 - (x.mention.end - x.mention.start) : overlap;
    if (score > bestScore) {
      best = x;
      bestScore = score;
    }
  }
  return best;
}

/** The mentions lying inside [start, end), in text order, each with its actor. */
export function mentionsIn(doc: Doc, start: number, end: number): ActorMention[] {
  const ix = indexOf(doc);
  const out: ActorMention[] = [];
  for (let i = lowerBound(ix.starts, start); i < ix.mentions.length && ix.starts[i] < end; i++) {
    if (ix.mentions[i].mention.end <= end) out.push(ix.mentions[i]);
  }
  return out;
}

/** The most recent actor mentioned before `offset` (a mention ending at or before it), optionally of given kinds:
 *  the antecedent for "he", "the minister", "the ministry". */
export function antecedent(doc: Doc, offset: number, kinds?: ActorKind[]): ActorMention | null {
  const ix = indexOf(doc);
  let best: ActorMention | null = null;
  for (let i = lowerBound(ix.starts, offset) - 1; i >= 0; i--) {
    const x = ix.mentions[i];
    if (x.mention.end > offset) continue;
    if (kinds && !kinds.includes(x.actor.kind)) continue;
    if (!best || x.mention.end > best.mention.end) best = x;
    // mentions are sorted by start; once starts fall behind the best end, nothing later can end after it
    if (best && ix.starts[i] < best.mention.start - 400) break;
  }
  return best;
}

/** An actor's code on another day than the document's (an event dated in 2015 in a 2017 article): a dictionary
 *  actor with dated roles is coded by the role in force that day; any other actor keeps its code. */
export function codeOn(actor: Actor, day: string | null): string | null {
  const def = (actor as Actor & { _def?: ActorDef })._def;
  if (!def || !def.roles.length || !day) return actor.code;
  return codeAt(def, day.length === 4 ? `${day}-07-01` : day.length === 7 ? `${day}-15` : day.slice(0, 10));
}
