// Verb and noun patterns, the one internal form both our verbs.txt and PETRARCH *.verbs.txt compile to.
// A pattern reads like PETRARCH's: words before "*" must occur before the trigger, words after it after;
// "_" joins words that must be adjacent, a space lets other words come between; "$" is the source, "+" the
// target, "%" a compound actor (its members act on each other), "^" skips a word, "&NAME" a synonym set.

/** How one token is tested: against a set of exact forms, or as a stem (PETRARCH words match as prefixes). */
export interface WordTest {
  forms: ReadonlySet<string> | null;
  prefix: string | null;
}

export type Elem =
  | { k: 'word'; alts: WordTest[][]; adj: boolean; byFirstWord?: FirstWordIndex }
  | { k: 'source' | 'target' | 'compound' | 'skip'; adj: boolean };

/** The alternatives of a word element by the forms their first word may take, each list in the alternatives'
 *  order: a synonym set can have hundreds of members, and the matcher tries a set at every position in reach. */
export type FirstWordIndex = ReadonlyMap<string, number[]>;

export interface Pattern {
  /** elements before the trigger, nearest first (each alternative's words reversed too) */
  pre: Elem[];
  post: Elem[];
  /** CAMEO (or dictionary) code; null = the pattern matches but codes nothing ("---") */
  code: string | null;
  /** code of the event in the other direction (PETRARCH "032:033") */
  reverse: string | null;
  /** number of words and slots: the most specific matching pattern wins */
  weight: number;
  /** words the sentence must hold for the pattern to match: one of each list (see anchorsOf) */
  anchors: ReadonlyArray<ReadonlyArray<string>>;
  rule: string;
}

export interface TriggerEntry {
  /** the words of the trigger phrase, lowercase, as listed ("break down"); head = index of the inflected word */
  words: string[];
  head: number;
  kind: 'verb' | 'noun';
  code: string | null;
  reverse: string | null;
  patterns: Pattern[];
  rule: string;
}

export class PatternSyntaxError extends Error {}

export interface PatternContext {
  /** synonym sets by name (upper case, without "&"): each member a list of words */
  synsets: ReadonlyMap<string, string[][]>;
  /** how a literal word becomes a test */
  wordTest(word: string, exact: boolean): WordTest;
}

/** Expands a synonym set into its members' word tests (nested sets included). */
function synsetAlts(name: string, ctx: PatternContext, seen: Set<string>): WordTest[][] {
  const key = name.toUpperCase().replace(/_+$/, '');
  const members = ctx.synsets.get(key);
  if (!members) throw new PatternSyntaxError(`unknown synonym set &${key}`);
  if (seen.has(key)) throw new PatternSyntaxError(`synonym set &${key} contains itself`);
  seen.add(key);
  const out: WordTest[][] = [];
  for (const m of members) {
    // a member is a phrase of words and nested sets; nested sets multiply out
    let seqs: WordTest[][] = [[]];
    for (const w of m) {
      const opts: WordTest[][] = w.startsWith('&') ? synsetAlts(w.slice(1), ctx, new Set(seen)) : [[ctx.wordTest(w, false)]];
      const next: WordTest[][] = [];
      for (const s of seqs) for (const o of opts) next.push([...s, ...o]);
      seqs = next;
    }
    out.push(...seqs);
  }
  return out;
}

interface Piece {
  text: string;
  /** joined to the previous piece by "_" */
  adj: boolean;
  /** written with a trailing "_" (exact word) */
  exact: boolean;
}

function pieces(pattern: string): Piece[] {
  const out: Piece[] = [];
  for (const chunk of pattern.trim().split(/\s+/)) {
    const parts = chunk.split('_');
    let first = true;
    parts.forEach((p, i) => {
      if (!p) return;
      // "ARM_" (a trailing or doubled underscore) marks an exact word
      out.push({ text: p, adj: !first, exact: i + 1 < parts.length && parts[i + 1] === '' });
      first = false;
    });
  }
  return out;
}

function elemOf(p: Piece, ctx: PatternContext): Elem {
  switch (p.text) {
    case '$':
      return { k: 'source', adj: p.adj };
    case '+':
      return { k: 'target', adj: p.adj };
    case '%':
      return { k: 'compound', adj: p.adj };
    case '^':
      return { k: 'skip', adj: p.adj };
  }
  if (p.text.startsWith('&')) return { k: 'word', alts: synsetAlts(p.text.slice(1), ctx, new Set()), adj: p.adj };
  return { k: 'word', alts: [[ctx.wordTest(p.text, p.exact)]], adj: p.adj };
}

/** Sets the first-word index of a word element with several alternatives, when every alternative starts with a
 *  word of listed forms (a stem test has no such list: those elements are tried one alternative at a time). */
function indexFirstWords(e: Extract<Elem, { k: 'word' }>): void {
  if (e.alts.length < 2 || !e.alts.every((a) => a.length > 0 && a[0].forms)) return;
  const index = new Map<string, number[]>();
  e.alts.forEach((a, i) => {
    for (const form of a[0].forms!) {
      const list = index.get(form);
      if (!list) index.set(form, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  e.byFirstWord = index;
}

/** At most this many forms in one anchor list: a larger set (a synonym set) rules out too few sentences to pay. */
const MAX_ANCHOR_FORMS = 16;

/** For each word element whose alternatives all start with a word of listed forms (no stem test), those forms:
 *  a sentence holding none of one list cannot match the pattern, which the coder checks before matching it. */
export function anchorsOf(elems: Elem[]): string[][] {
  const out: string[][] = [];
  for (const e of elems) {
    if (e.k !== 'word' || !e.alts.every((a) => a.length > 0 && a[0].forms)) continue;
    const forms = new Set<string>();
    for (const a of e.alts) for (const f of a[0].forms!) forms.add(f);
    if (forms.size > 0 && forms.size <= MAX_ANCHOR_FORMS) out.push([...forms]);
  }
  return out;
}

/** Parses "PRE * POST" into elements; the trigger "*" must occur exactly once. */
export function parsePattern(text: string, ctx: PatternContext): { pre: Elem[]; post: Elem[]; weight: number; anchors: string[][] } {
  const ps = pieces(text);
  const star = ps.findIndex((p) => p.text === '*');
  if (star < 0 || ps.findIndex((p, i) => i > star && p.text === '*') >= 0) {
    throw new PatternSyntaxError('a pattern needs exactly one "*" (the trigger)');
  }
  // adjacency is stored on the element nearer the trigger's side it is matched from
  const postPieces = ps.slice(star + 1);
  const post = postPieces.map((p, i) => elemOf({ ...p, adj: i === 0 ? postPieces[0].adj : p.adj }, ctx));
  const prePieces = ps.slice(0, star);
  const pre: Elem[] = [];
  for (let i = prePieces.length - 1; i >= 0; i--) {
    // reading leftwards, element i is adjacent to what follows it (piece i+1, or the trigger)
    const nextAdj = i + 1 < prePieces.length ? prePieces[i + 1].adj : ps[star].adj;
    const e = elemOf({ ...prePieces[i], adj: nextAdj }, ctx);
    if (e.k === 'word') e.alts = e.alts.map((a) => [...a].reverse());
    pre.push(e);
  }
  for (const e of [...pre, ...post]) if (e.k === 'word') indexFirstWords(e);
  const weight = [...pre, ...post].reduce((n, e) => n + (e.k === 'word' ? Math.min(...e.alts.map((a) => a.length)) : e.k === 'skip' ? 0 : 0.5), 0);
  return { pre, post, weight, anchors: anchorsOf([...pre, ...post]) };
}

/** "032", "032:033", "---" (no event) */
export function parseCode(text: string): { code: string | null; reverse: string | null } {
  const [a, b] = text.split(':').map((s) => s.trim());
  const norm = (s: string | undefined) => (!s || /^-+$/.test(s) ? null : s);
  return { code: norm(a), reverse: norm(b) };
}
