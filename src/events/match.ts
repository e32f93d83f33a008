// Matching one pattern around a trigger: the words after "*" rightwards from the trigger, the words before it
// leftwards, each element either adjacent or after a gap of at most `gapLimit` words.
import type { Elem, WordTest } from './patterns.js';
import { headAfter, type SentenceView } from './sentence-view.js';

/** How far apart pattern elements may be. */
export interface Gap {
  limit: number;
  slotModifiersOnly: boolean;
  /** pattern words may be read inside an actor's name (TABARI reads words and actors separately) */
  wordsInMentions: boolean;
  /** a gap does not step over a stop (";", ":") nor into a coordinated verb phrase: the words of a pattern belong
   *  to one clause ("condemned the aggression and said X stood by Y" is no "condemned aggression by Y"); null where
   *  a gap may cross clauses (PETRARCH). The words are clause-words.yaml's gap_stops and gap_coordinators. */
  clause: { stops: ReadonlySet<string>; coordinators: ReadonlySet<string> } | null;
}

/** Token q ends a clause for a gap: a stop, or a coordinator before a verb ("and said"). */
function clauseStop(view: SentenceView, q: number, clause: NonNullable<Gap['clause']>): boolean {
  const w = view.low[q];
  if (clause.stops.has(w)) return true;
  if (!clause.coordinators.has(w) || q + 1 >= view.toks.length) return false;
  const next = view.toks[q + 1].pos;
  return next === 'VERB' || next === 'AUX';
}

const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PUNCT', 'PROPN']);

export interface Slots {
  source: number;
  target: number;
  compound: number;
  /** the last token the pattern's words after the trigger reached (the trigger's last token if none) */
  reach: number;
}

function testWord(t: WordTest, w: string): boolean {
  if (t.forms) return t.forms.has(w);
  return t.prefix !== null && w.startsWith(t.prefix);
}

/** Matches elems[e..] starting at token `pos` moving by `dir` (+1 / -1) within [lo, hi]; fills slots. */
function matchFrom(view: SentenceView, elems: Elem[], e: number, pos: number, dir: 1 | -1, lo: number, hi: number, gap: Gap, slots: Slots): boolean {
  if (e === elems.length) {
    if (dir === 1) slots.reach = pos - 1;
    return true;
  }
  const el = elems[e];
  const maxGap = el.adj ? 0 : gap.limit;
  const isSlot = el.k === 'source' || el.k === 'target' || el.k === 'compound';
  for (let g = 0, p = pos; g <= maxGap && p >= lo && p <= hi; g++, p += dir) {
    // before an actor slot only a noun phrase's modifiers may be skipped ("on the Iranian government")
    // (leftwards, a source may also stand before a noun or two compounded with the trigger: "a Ukrainian drone attack")
    if (g > 0 && isSlot && gap.slotModifiersOnly && !MODIFIER_POS.has(view.toks[p - dir].pos) && !(dir === -1 && el.k === 'source' && g <= 2 && view.toks[p - dir].pos === 'NOUN')) break;
    if (g > 0 && gap.clause && clauseStop(view, p - dir, gap.clause)) break;
    const next = matchElem(view, el, p, dir, lo, hi, gap);
    if (next === null) continue;
    // the slots as they were, to undo a failed branch (in locals, not a copy of the object: this backtracking runs
    // for every pattern of every trigger)
    const { source, target, compound, reach } = slots;
    if (isSlot) {
      const m = view.mentionAt[p];
      const head = dir === 1 && view.mentions[m].modifier ? headAfter(view, m) : -1;
      slots[el.k as 'source' | 'target' | 'compound'] = head >= 0 ? head : m;
    }
    if (matchFrom(view, elems, e + 1, next, dir, lo, hi, gap, slots)) return true;
    slots.source = source;
    slots.target = target;
    slots.compound = compound;
    slots.reach = reach;
  }
  return false;
}

/** Where matching continues after element `el` placed at `p`, or null when it does not fit there. */
function matchElem(view: SentenceView, el: Elem, p: number, dir: 1 | -1, lo: number, hi: number, gap: Gap): number | null {
  switch (el.k) {
    case 'skip':
      return skipPhrase(view, p, dir, lo, hi);
    case 'source':
    case 'target':
    case 'compound': {
      const m = view.mentionAt[p];
      if (m < 0) return null;
      const slot = view.mentions[m];
      if (el.k === 'compound' && !isCompound(view, m)) return null;
      // a nationality qualifying a noun that an actor heads stands aside for it ("his Russian counterpart X")
      if (dir === 1 && slot.modifier) {
        const head = headAfter(view, m);
        if (head >= 0) return view.mentions[head].last + 1;
      }
      return dir === 1 ? slot.last + 1 : slot.first - 1;
    }
    case 'word': {
      // only the alternatives whose first word can be the word at p (the same ones, in the same order, that a
      // test of every alternative would find)
      if (el.byFirstWord) {
        const candidates = el.byFirstWord.get(view.low[p]);
        if (!candidates) return null;
        for (const a of candidates) {
          const q = altEnd(view, el.alts[a], p, dir, lo, hi, gap);
          if (q !== null) return q;
        }
        return null;
      }
      for (const alt of el.alts) {
        const q = altEnd(view, alt, p, dir, lo, hi, gap);
        if (q !== null) return q;
      }
      return null;
    }
  }
}

/** Where matching continues after the words of one alternative placed from p, or null when they do not fit. */
function altEnd(view: SentenceView, alt: WordTest[], p: number, dir: 1 | -1, lo: number, hi: number, gap: Gap): number | null {
  let q = p;
  for (const t of alt) {
    if (q < lo || q > hi || (view.mentionAt[q] >= 0 && !gap.wordsInMentions) || !testWord(t, view.low[q])) return null;
    q += dir;
  }
  return q;
}

const NP_WORD = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PRON']);


/** "^": one phrase (TABARI's skip): a name, or a run of determiners, adjectives and nouns, with an optional
 *  preposition before it ("with Eriador", "the Gondor", "Ent populations"); any single word otherwise. */
function skipPhrase(view: SentenceView, p: number, dir: 1 | -1, lo: number, hi: number): number {
  const inside = (q: number) => q >= lo && q <= hi;
  let q = p;
  if (dir === 1 && view.toks[q].pos === 'ADP' && view.mentionAt[q] < 0 && inside(q + 1)) q++;
  const m = view.mentionAt[q];
  if (m >= 0) return dir === 1 ? view.mentions[m].last + 1 : view.mentions[m].first - 1;
  if (!NP_WORD.has(view.toks[q].pos)) return p + dir;
  while (inside(q) && view.mentionAt[q] < 0 && NP_WORD.has(view.toks[q].pos)) q += dir;
  // a name closing the phrase belongs to it ("Ent populations" read leftwards, "the Gondor" rightwards)
  if (inside(q) && view.mentionAt[q] >= 0) {
    const n = view.mentions[view.mentionAt[q]];
    q = dir === 1 ? n.last + 1 : n.first - 1;
  }
  return q;
}

const COMPOUND_MODIFIER_POS = new Set(['DET', 'ADJ', 'PROPN']);

/** A compound actor: joined to another mention by a coordinator, or one span naming several actors. */
function isCompound(view: SentenceView, m: number): boolean {
  if (view.mentions[m].refs.length > 1) return true;
  const after = view.mentions[m].last + 1;
  let before = view.mentions[m].first - 1;
  // "Colombia and the ELN rebels": modifiers may stand between the coordinator and the name
  for (let n = 0; n < 3 && before >= 0 && view.mentionAt[before] < 0 && COMPOUND_MODIFIER_POS.has(view.toks[before].pos); n++) before--;
  const coord = (i: number) => i >= 0 && i < view.toks.length && (view.low[i] === 'and' || view.low[i] === 'nor' || view.low[i] === ',');
  return coord(after) || coord(before);
}

/** Whether pattern (pre, post) matches around the trigger tokens [first, last]. */
export function matchPattern(view: SentenceView, pre: Elem[], post: Elem[], first: number, last: number, gap: Gap): Slots | null {
  const slots: Slots = { source: -1, target: -1, compound: -1, reach: last };
  const n = view.toks.length;
  if (post.length && !matchFrom(view, post, 0, last + 1, 1, last + 1, n - 1, gap, slots)) return null;
  if (pre.length && !matchFrom(view, pre, 0, first - 1, -1, 0, first - 1, gap, slots)) return null;
  return slots;
}

/** Whether the words after "*" of a pattern match the span [from, to] on their own: the content of a quotation
 *  that its reporting verb follows ("“Iran is a sponsor of terror,” the minister said"). */
export function matchQuoted(view: SentenceView, post: Elem[], from: number, to: number, gap: Gap): Slots | null {
  if (!post.length) return null;
  const slots: Slots = { source: -1, target: -1, compound: -1, reach: from - 1 };
  return matchFrom(view, post, 0, from, 1, from, to, gap, slots) ? slots : null;
}
