// A sentence as the coder sees it: its word tokens (spaces dropped), the actor mentions on them, and clauses.
import type { Doc, Sentence, Token } from '../model/doc.js';
import type { Actor, TextSpan } from '../model/analysis.js';
import { mentionsIn } from '../actors/lookup.js';
import { CLAUSE_OPENER, CLAUSE_PUNCTUATION, CLAUSE_REPORTING, type ClauseWords } from './clause-words.js';

export interface ActorRef {
  actor: Actor;
  mention: TextSpan;
  /** a resolved place standing in for its country (a target only: "shelled Kharkiv") */
  place?: boolean;
}

/** One span naming one or more actors (a compound dictionary entry can code one phrase several ways). */
export interface MentionSlot {
  first: number;
  last: number;
  refs: ActorRef[];
  /** a place qualifying a noun ("Iranian individuals") */
  modifier?: boolean;
}

export interface SentenceView {
  toks: Token[];
  low: string[];
  /** index into mentions for each token, or -1 */
  mentionAt: number[];
  mentions: MentionSlot[];
  /** clause index of each token; clauses are numbered left to right */
  clause: number[];
  /** first token of each clause */
  clauseStart: number[];
  /** clause opened by a conditional word ("if") or denied by the verb governing it ("denied that ...") */
  conditional: boolean[];
  /** clause opened by a verb coordinated after a denial ("... and accused X"): its subject is the denier's */
  coordinatedAfterDenial: boolean[];
  /** 1 for tokens inside a time expression ("on Monday", "last week") */
  timeAt: number[];
  /** the words of `low` as a set, made by the coder on first need */
  wordSet?: Set<string>;
}

export function sentenceView(doc: Doc, sent: Sentence, words: ClauseWords, found: ActorRef[] = doc.actors.length ? mentionsIn(doc, sent.start, sent.end) : []): SentenceView {
  const toks: Token[] = [];
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'space') toks.push(t);
  }
  const low = toks.map((t) => t.lower);
  // (plain arrays, not typed ones: a typed array this size is allocated outside the heap, which costs more than
  // the rest of the view; one is made per sentence)
  const mentionAt = new Array<number>(toks.length).fill(-1);
  const mentions: MentionSlot[] = [];
  let k = 0;
  for (const m of found) {
    // a name the actor layer could not code is no argument for an event
    if (!m.actor.code) continue;
    // token range of the mention
    while (k < toks.length && toks[k].end <= m.mention.start) k++;
    let first = k;
    while (first > 0 && toks[first - 1].end > m.mention.start) first--;
    let last = first;
    while (last + 1 < toks.length && toks[last + 1].start < m.mention.end) last++;
    if (first >= toks.length || toks[first].start >= m.mention.end) continue;
    // the title written before a name is part of its slot ("hosted US Secretary of State X": X is the object)
    const phrase = (m.mention as { _phrase?: { start: number } })._phrase;
    if (phrase && !m.place) while (first > 0 && toks[first - 1].end > phrase.start && mentionAt[first - 1] < 0) first--;
    // a place used as a modifier ("Iranian individuals", "German Chancellor X") is marked: it stands for its noun
    // phrase only when no actor heads that phrase
    const modifier = !!m.place && ((last + 1 < toks.length && (toks[last + 1].pos === 'NOUN' || toks[last + 1].pos === 'PROPN')) || toks[last].pos === 'ADJ');
    const at = mentionAt[first];
    if (at >= 0 && mentions[at].first === first && mentions[at].last === last) {
      if (!mentions[at].refs.some((r) => r.actor === m.actor)) mentions[at].refs.push(m);
      continue;
    }
    // a mention overlapping one already placed (nested names) is dropped: the longer, earlier one stands
    let free = true;
    for (let j = first; j <= last; j++) if (mentionAt[j] >= 0) free = false;
    if (!free) continue;
    const idx = mentions.push({ first, last, refs: [m], modifier }) - 1;
    for (let j = first; j <= last; j++) mentionAt[j] = idx;
  }
  const clause = new Array<number>(toks.length).fill(0);
  const clauseStart = [0];
  const conditional = [low.length > 0 && words.conditionalOpeners.has(low[0])];
  // whether each clause is denied by its governing verb ("denied that ..."), as opposed to conditional ("if ...")
  const denied = [false];
  const coordinatedAfterDenial = [false];
  /** a verb has been read in the current clause */
  let verbSince = false;
  let prevClass = 0;
  for (let i = 0; i < toks.length; i++) {
    const w = low[i];
    const cls = words.clauseClass.get(w) ?? 0;
    const opens = i > 0 && mentionAt[i] < 0 && (cls & (CLAUSE_OPENER | CLAUSE_PUNCTUATION)) !== 0;
    // a reporting verb's complement starts right after it ("said Iran was ...")
    const afterReport = i > 0 && (prevClass & CLAUSE_REPORTING) !== 0 && mentionAt[i - 1] < 0 && (cls & CLAUSE_OPENER) === 0 && toks[i].kind === 'word';
    prevClass = cls;
    // a verb coordinated after a denied noun phrase is the denier's next act, not denied ("denied the claim and
    // accused X"); after a denied clause it is still denied ("denied that X armed them and supplied them")
    const cur = clauseStart.length - 1;
    const coordinatedVerb = denied[cur] && !verbSince && i + 1 < toks.length && words.coordinators.has(w) && (toks[i + 1].pos === 'VERB' || toks[i + 1].pos === 'AUX');
    if ((opens || afterReport || coordinatedVerb) && clauseStart[cur] !== i) {
      clauseStart.push(i);
      const governor = w === 'that' && i > 0 ? low[i - 1] : afterReport ? low[i - 1] : '';
      const denial = words.denial.has(governor);
      conditional.push(coordinatedVerb ? conditional[cur - 1] ?? false : words.conditionalOpeners.has(w) || denial);
      denied.push(denial);
      coordinatedAfterDenial.push(coordinatedVerb);
    }
    if (clauseStart[clauseStart.length - 1] === i) verbSince = false;
    else if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') verbSince = true;
    clause[i] = clauseStart.length - 1;
  }
  const timeAt = new Array<number>(toks.length).fill(0);
  for (const t of doc.times) {
    if (t.end <= sent.start || t.start >= sent.end) continue;
    for (let i = 0; i < toks.length && toks[i].start < t.end; i++) if (toks[i].start >= t.start && toks[i].end <= t.end) timeAt[i] = 1;
  }
  return { toks, low, mentionAt, mentions, clause, clauseStart, conditional, coordinatedAfterDenial, timeAt, wordSet: undefined };
}

/** The mentions coordinated with mention m ("Turkey and Iran", "Mordor, the Shire, and Bree"), in order. A list
 *  has one "and" (before its last item): "A and B, and C and D" is two lists. */
export function coordinated(view: SentenceView, m: number, words: ClauseWords): number[] {
  const group = [m];
  // determiners, adjectives and unknown names may stand before a coordinated actor ("Colombia and the ELN rebels")
  const skippable = (i: number) => view.toks[i].pos === 'DET' || view.toks[i].pos === 'ADJ' || view.toks[i].pos === 'PROPN';
  const isAnd = (w: string) => w === 'and' || w === 'or' || w === 'nor' || w === '&';
  let ands = 0;
  // rightwards
  for (let cur = m; ands === 0; ) {
    let j = possessedHeadEnd(view, view.mentions[cur].last + 1);
    let joined = false;
    let and = false;
    while (j < view.toks.length && view.mentionAt[j] < 0 && words.coordinators.has(view.low[j])) {
      joined = true;
      and ||= isAnd(view.low[j]);
      j++;
    }
    let skips = 0;
    while (joined && j < view.toks.length && view.mentionAt[j] < 0 && skippable(j) && skips < 3) {
      j++;
      skips++;
    }
    if (joined) j = ofComplementStart(view, j);
    if (!joined || j >= view.toks.length || view.mentionAt[j] < 0 || view.mentions[view.mentionAt[j]].first !== j) break;
    cur = view.mentionAt[j];
    group.push(cur);
    if (and) ands++;
  }
  // leftwards
  for (let cur = m; ; ) {
    let j = headBeforeOf(view, view.mentions[cur].first - 1);
    let skips = 0;
    while (j >= 0 && view.mentionAt[j] < 0 && skippable(j) && skips < 3) {
      j--;
      skips++;
    }
    let joined = false;
    let and = false;
    while (j >= 0 && view.mentionAt[j] < 0 && words.coordinators.has(view.low[j])) {
      joined = true;
      and ||= isAnd(view.low[j]);
      j--;
    }
    if (joined) j = possessorBefore(view, j);
    if (!joined || j < 0 || view.mentionAt[j] < 0 || (and && ands > 0)) break;
    if (and) ands++;
    cur = view.mentionAt[j];
    group.unshift(cur);
  }
  // commas alone make no list ("On ties with X, the minister ..."); a list ends with "and" / "or" / "nor"
  return ands > 0 ? group : [m];
}

// A conjunct may be a noun phrase that holds its actor as possessor or "of" complement: "Ithilen's sheep and goats
// of Gondor" joins Ithilen and Gondor as a compound, as a parser's coordinated noun phrase does.
const isPossessive = (w: string) => w === "'s" || w === '’s';
const MAX_HEAD_NOUNS = 3;

/** From j just after a mention: past "'s NOUN..." when the nouns it heads end before a coordinator, else j. */
function possessedHeadEnd(view: SentenceView, j: number): number {
  if (j >= view.toks.length || !isPossessive(view.low[j])) return j;
  let k = j + 1;
  while (k < view.toks.length && k <= j + MAX_HEAD_NOUNS && view.mentionAt[k] < 0 && view.toks[k].pos === 'NOUN') k++;
  return k > j + 1 ? k : j;
}

/** From j after a coordinator: the start of the actor that "NOUN... of (the)" leads to, else j. */
function ofComplementStart(view: SentenceView, j: number): number {
  let k = j;
  while (k < view.toks.length && k < j + MAX_HEAD_NOUNS && view.mentionAt[k] < 0 && view.toks[k].pos === 'NOUN') k++;
  if (k === j || k >= view.toks.length || view.low[k] !== 'of' || view.mentionAt[k] >= 0) return j;
  k++;
  if (k < view.toks.length && view.mentionAt[k] < 0 && view.toks[k].pos === 'DET') k++;
  return k < view.toks.length && view.mentionAt[k] >= 0 ? k : j;
}

/** Leftwards from j just before a mention: before "NOUN... of (the)" when that is what precedes it, else j. */
function headBeforeOf(view: SentenceView, j: number): number {
  let k = j;
  if (k >= 0 && view.mentionAt[k] < 0 && view.toks[k].pos === 'DET') k--;
  if (k < 0 || view.low[k] !== 'of' || view.mentionAt[k] >= 0) return j;
  const of = k--;
  while (k >= 0 && k > of - 1 - MAX_HEAD_NOUNS && view.mentionAt[k] < 0 && view.toks[k].pos === 'NOUN') k--;
  return k < of - 1 ? k : j;
}

/** Leftwards from j before a coordinator: the mention owning "X's NOUN..." when that precedes it, else j. */
function possessorBefore(view: SentenceView, j: number): number {
  let k = j;
  while (k >= 0 && k > j - MAX_HEAD_NOUNS && view.mentionAt[k] < 0 && view.toks[k].pos === 'NOUN') k--;
  if (k === j || k < 1 || !isPossessive(view.low[k]) || view.mentionAt[k - 1] < 0) return j;
  return k - 1;
}

/** The actor heading the noun phrase a modifier mention m qualifies, within a few nouns after it, or -1. */
export function headAfter(view: SentenceView, m: number): number {
  for (let k = view.mentions[m].last + 1; k < view.toks.length && k <= view.mentions[m].last + 4; k++) {
    const n = view.mentionAt[k];
    if (n >= 0) return view.mentions[n].refs.some((r) => !r.place) ? n : -1;
    const pos = view.toks[k].pos;
    if (pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'ADJ' && view.low[k] !== '-') return -1;
  }
  return -1;
}
