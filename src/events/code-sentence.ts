// Coding one sentence: find triggers by lookup, pick the most specific matching pattern, read the verb group
// (passive, negation, modality), take source and target from the pattern's slots or from one of the two argument
// readers (arguments.ts, the built-in style; tabari-arguments.ts, TABARI's), and expand coordinated actors.
import type { EventsKnowledge } from './knowledge.js';
import type { Candidate } from './lexicon.js';
import { matchPattern, matchQuoted, type Slots } from './match.js';
import type { Pattern, TriggerEntry } from './patterns.js';
import { coordinated, type SentenceView } from './sentence-view.js';
import { adjacentArgs } from './arguments.js';
import { tabariArgs } from './tabari-arguments.js';

export interface RawEvent {
  sources: number[];
  targets: number[];
  /** members of a compound actor acting on each other */
  mutual: boolean;
  code: string;
  reverse: string | null;
  rule: string;
  trigger: { first: number; last: number };
}

export interface Chosen {
  entry: TriggerEntry;
  pattern: Pattern | null;
  slots: Slots;
}

/** Whether the other words of an entry's trigger phrase stand around head token i. */
function phraseFits(view: SentenceView, entry: TriggerEntry, i: number): boolean {
  const first = i - entry.head;
  const last = first + entry.words.length - 1;
  if (first < 0 || last >= view.toks.length) return false;
  for (let k = 0; k < entry.words.length; k++) {
    if (k !== entry.head && view.low[first + k] !== entry.words[k]) return false;
  }
  return true;
}

/** The trigger phrase around head token i for an entry, as a token range, or null when its other words miss. */
function phraseAt(view: SentenceView, entry: TriggerEntry, i: number): { first: number; last: number } | null {
  if (!phraseFits(view, entry, i)) return null;
  const first = i - entry.head;
  return { first, last: first + entry.words.length - 1 };
}

/** Words that make a token a verb even when the tagger says otherwise ("Arnor believes", "will abandon"). */
function verbLike(view: SentenceView, i: number, kb: EventsKnowledge, finite = false): boolean {
  const pos = view.toks[i].pos;
  // after a possessive it is a noun ("Obama's support")
  if (i > 0 && (view.low[i - 1] === "'s" || view.low[i - 1] === '’s')) return false;
  if (pos === 'VERB' || pos === 'AUX') return true;
  if (i === 0) return false;
  const prev = view.low[i - 1];
  const w = kb.words;
  if (w.auxiliaries.has(prev) || w.hypothetical.has(prev) || w.be.has(prev) || w.negators.has(prev)) return true;
  // right after a named actor: "Gondor delays", "Iran shot down" (TABARI reads any form so; the built-in style only
  // a past or third-person form, so "a Group of 20 meeting" stays a noun)
  if (view.mentionAt[i - 1] < 0 || pos === 'ADP' || pos === 'CCONJ') return false;
  return kb.style.firstVerbOnly || (finite && !view.low[i].endsWith('ing'));
}

/** Reads the verb group before token i: passive, negated, hypothetical. */
function verbGroup(view: SentenceView, i: number, participle: boolean, kb: EventsKnowledge) {
  const w = kb.words;
  let passive = false;
  let negated = false;
  let hypothetical = view.conditional[view.clause[i]];
  for (let j = i - 1, n = 0; j >= 0 && n < 5 && view.mentionAt[j] < 0 && view.clause[j] === view.clause[i]; j--, n++) {
    const x = view.low[j];
    const pos = view.toks[j].pos;
    if (w.be.has(x)) passive = participle;
    else if (w.negators.has(x)) negated = true;
    else if (w.hypothetical.has(x)) hypothetical = true;
    else if (!(w.auxiliaries.has(x) || pos === 'ADV' || pos === 'AUX' || pos === 'PART' || (pos === 'VERB' && n < 3))) break;
  }
  return { passive, negated, hypothetical };
}

/** Whether the sentence holds a word of each of the pattern's anchor lists (else it cannot match): most patterns
 *  tried fail for want of a word, and a few set lookups rule them out cheaper than matching them does. */
function mayMatch(view: SentenceView, p: Pattern): boolean {
  if (!p.anchors.length) return true;
  const words = (view.wordSet ??= new Set(view.low));
  for (const list of p.anchors) {
    let found = false;
    for (const f of list) if (words.has(f)) { found = true; break; }
    if (!found) return false;
  }
  return true;
}

function choose(view: SentenceView, cands: Candidate[], i: number, kb: EventsKnowledge): { chosen: Chosen; first: number; last: number } | null {
  const best = cands[0].priority;
  let chosen: Chosen | null = null;
  let span: { first: number; last: number } | null = null;
  let bestWeight = -1;
  // a multi-word trigger that is present ("fire back") outranks its single head word ("fire")
  let longest = 0;
  for (const c of cands) if (c.priority === best && c.entry.words.length > longest && phraseFits(view, c.entry, i)) longest = c.entry.words.length;
  // a form in -s (not -ss) is finite ("shoots"); the same word for every candidate
  const sForm = /[^s]s$/.test(view.low[i]);
  for (const c of cands) {
    if (c.priority !== best) break;
    if (c.entry.words.length < longest) continue;
    const at = phraseAt(view, c.entry, i);
    if (!at) continue;
    const finite = c.participle || sForm;
    if (c.entry.kind === 'verb' && !verbLike(view, at.first, kb, finite) && !verbLike(view, i, kb, finite)) continue;
    for (const p of c.entry.patterns) {
      if (p.weight < bestWeight || !mayMatch(view, p)) continue;
      const slots = matchPattern(view, p.pre, p.post, at.first, at.last, kb.style.gap);
      // the most specific pattern wins; between equally specific ones, the one that ends nearer the trigger
      if (slots && (p.weight > bestWeight || (chosen?.pattern && slots.reach < chosen.slots.reach))) {
        chosen = { entry: c.entry, pattern: p, slots };
        span = at;
        bestWeight = p.weight;
      }
    }
    // "“Iran is a sponsor of terror,” the minister said": the patterns read the quotation the verb follows
    if (!chosen && kb.style.adjacentArguments) {
      const quote = quoteBefore(view, at.first);
      if (quote) {
        for (const p of c.entry.patterns) {
          if (p.pre.length || p.post[0]?.k !== 'target' || p.weight <= bestWeight) continue;
          const slots = matchQuoted(view, p.post, quote.from, quote.to, kb.style.gap);
          if (slots) {
            chosen = { entry: c.entry, pattern: p, slots };
            span = at;
            bestWeight = p.weight;
          }
        }
      }
    }
    if (!chosen && c.entry.code !== null && c.entry.kind === 'verb') {
      chosen = { entry: c.entry, pattern: null, slots: { source: -1, target: -1, compound: -1, reach: at.last } };
      span = at;
    }
  }
  return chosen && span ? { chosen, ...span } : null;
}

const OPEN_QUOTES = new Set(['“', '"', '‘', "''", '``']);
const CLOSE_QUOTES = new Set(['”', '"', '’', "''"]);

/** The quotation closing just before a reporting verb and its subject ("“...,” X said", "“...,” said X"), as the
 *  token span of its content. */
function quoteBefore(view: SentenceView, verb: number): { from: number; to: number } | null {
  let j = verb - 1;
  // the speaker may stand between the quotation and the verb
  for (let n = 0; j >= 0 && n < 8 && !CLOSE_QUOTES.has(view.low[j]); j--, n++);
  if (j < 0 || !CLOSE_QUOTES.has(view.low[j])) return null;
  let to = j - 1;
  if (to >= 0 && view.low[to] === ',') to--;
  let k = to;
  while (k >= 0 && !OPEN_QUOTES.has(view.low[k])) k--;
  const from = k + 1;
  return to >= from ? { from, to } : null;
}

/** The verb a modal or auxiliary at `last` governs: the next word past auxiliaries, adverbs and negators. */
function governedVerb(view: SentenceView, last: number, kb: EventsKnowledge): number {
  for (let j = last + 1; j < view.toks.length && j <= last + 4; j++) {
    const w = view.low[j];
    if (view.mentionAt[j] >= 0) return -1;
    if (kb.words.auxiliaries.has(w) || kb.words.negators.has(w) || kb.words.be.has(w) || view.toks[j].pos === 'ADV') continue;
    return kb.lexicon.lookup(w) ? j : -1;
  }
  return -1;
}

/** Whether the verb group ending before token `first` is joined to an earlier verb by "and" / "but". */
function coordinatedVerb(view: SentenceView, first: number, kb: EventsKnowledge): boolean {
  let j = first - 1;
  while (j >= 0 && view.mentionAt[j] < 0 && (kb.words.auxiliaries.has(view.low[j]) || view.toks[j].pos === 'ADV' || kb.words.negators.has(view.low[j]))) j--;
  return j >= 0 && (view.low[j] === 'and' || view.low[j] === 'but');
}

export function codeSentence(view: SentenceView, kb: EventsKnowledge): RawEvent[] {
  const out: RawEvent[] = [];
  if (!view.mentions.length) return out;
  // words a coded pattern has read ("declined to comment") do not trigger again
  let covered = -1;
  // TABARI's reading: the first dictionary verb is the main one, coded or not
  let mainVerbSeen = false;
  for (let i = 0; i < view.toks.length; i++) {
    if (view.mentionAt[i] >= 0 || i <= covered) continue;
    const cands = kb.lexicon.lookup(view.low[i]);
    if (!cands) continue;
    const found = choose(view, cands, i, kb);
    if (!found) continue;
    const { chosen, first, last } = found;
    // a modal or auxiliary that is also a dictionary verb ("should") yields to the verb it governs when that verb's
    // own pattern is at least as specific ("signalled it would have intervened")
    if (kb.words.hypothetical.has(view.low[i]) || kb.words.auxiliaries.has(view.low[i])) {
      const main = governedVerb(view, last, kb);
      if (main >= 0) {
        const mc = kb.lexicon.lookup(view.low[main]);
        const other = mc ? choose(view, mc, main, kb) : null;
        if (other && (other.chosen.pattern?.weight ?? 0) >= (chosen.pattern?.weight ?? 0)) continue;
      }
    }
    if (kb.style.firstVerbOnly && mainVerbSeen && !coordinatedVerb(view, first, kb)) continue;
    // the main verb is read now, whether or not it finds its actors below
    if (chosen.entry.kind === 'verb') mainVerbSeen = true;
    const code = chosen.pattern ? chosen.pattern.code : chosen.entry.code;
    if (!code) continue;
    const reverse = chosen.pattern ? chosen.pattern.reverse : chosen.entry.reverse;
    const participle = cands.find((c) => c.entry === chosen.entry)?.participle ?? false;
    const group = verbGroup(view, first, participle && chosen.entry.kind === 'verb', kb);
    if (kb.style.dropNegatedAndHypothetical && (group.negated || group.hypothetical)) continue;
    const rule = chosen.pattern ? chosen.pattern.rule : chosen.entry.rule;
    if (chosen.pattern) covered = Math.max(covered, chosen.slots.reach);
    const trigger = { first, last };
    const { slots } = chosen;
    // "% *": a compound subject whose members act on each other; "* WITH %": a compound target; but after an event
    // noun the compound is its participants, acting on each other ("talks between X and Y", "a truce between X and Y")
    if (slots.compound >= 0 && view.mentions[slots.compound].first > last && slots.target < 0 && chosen.entry.kind !== 'noun') {
      slots.target = slots.compound;
      slots.compound = -1;
    }
    if (slots.compound >= 0) {
      // built-in style: a compound inside a prepositional phrase ("strategists for X and Y agree") is no subject;
      // the preposition stands before its first member
      const members = coordinated(view, slots.compound, kb.words);
      const before = view.mentions[members[0]].first - 1;
      const subject = before < first;
      if (kb.style.adjacentArguments && subject && before >= 0 && view.toks[before].pos === 'ADP' && !kb.words.clauseOpeners.has(view.low[before])) continue;
      out.push({ sources: members, targets: [], mutual: true, code, reverse, rule, trigger });
      continue;
    }
    const args = kb.style.adjacentArguments
      ? adjacentArgs(view, chosen, first, last, group.passive, kb)
      : tabariArgs(view, chosen, first, last, group.passive, kb);
    if (!args) continue;
    const sourceGroup = coordinated(view, args.source, kb.words);
    const targetGroup = coordinated(view, args.target, kb.words);
    out.push({ sources: sourceGroup, targets: targetGroup.filter((m) => !sourceGroup.includes(m)), mutual: false, code, reverse, rule, trigger });
  }
  return out;
}
