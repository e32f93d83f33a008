// What every quote rule reads for one document: tokens, cue lists and per-token flags computed once.
import type { Doc, Token } from '../model/doc.js';
import type { QuotesKnowledge } from './knowledge.js';
import type { MarkedQuote } from './marks.js';

export interface QuoteContext {
  doc: Doc;
  tokens: Token[];
  kb: QuotesKnowledge;
  quotes: readonly MarkedQuote[];
  /** per token: index into quotes, or -1 */
  quoteOf: Int32Array;
  /** per token: 1 when the token lies in a recognized time expression ("Monday", "last week") */
  inTime: Uint8Array;
}

export function timeFlags(doc: Doc): Uint8Array {
  const flags = new Uint8Array(doc.tokens.length);
  const times = [...doc.times].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const t of doc.tokens) {
    while (k < times.length && times[k].end <= t.start) k++;
    if (k < times.length && times[k].start <= t.start && t.end <= times[k].end) flags[t.i] = 1;
  }
  return flags;
}

const CAPITAL = /^\p{Lu}/u;

export function isCapitalized(t: Token): boolean {
  return CAPITAL.test(t.text);
}

export function isPunct(t: Token, chars: string): boolean {
  return t.kind === 'punctuation' && chars.includes(t.text);
}

/** The index of the first token from k that is not white space, stepping forward (up to hi, returned when none) or
 *  back (down to lo, lo - 1 when none). */
export function skipSpace(ctx: QuoteContext, k: number, step: 1 | -1, limit: number): number {
  if (step === 1) while (k < limit && ctx.tokens[k].kind === 'space') k++;
  else while (k >= limit && ctx.tokens[k].kind === 'space') k--;
  return k;
}

/** The first token from k on that is not white space, before hi. */
export function wordFrom(ctx: QuoteContext, k: number, hi: number): Token | undefined {
  const i = skipSpace(ctx, k, 1, hi);
  return i < hi ? ctx.tokens[i] : undefined;
}

/** A dash between words: em, en, horizontal bar, double or single hyphen token. */
export function isDash(t: Token): boolean {
  return t.text === '—' || t.text === '–' || t.text === '―' || t.text === '--' || t.text === '-';
}

/** An opening quotation mark token (the first token of a marked quote). */
export function opensQuote(ctx: QuoteContext, i: number): boolean {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.tokens[i].start === ctx.quotes[q].start;
}

/** A closing quotation mark token (the last token of a marked quote). */
export function endsQuote(ctx: QuoteContext, i: number): boolean {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.tokens[i].end === ctx.quotes[q].end;
}

/** Whether the quotation holding token k closes on a comma ("“...,”"): the comma then separates what follows as it
 *  would outside the marks. */
export function quoteClosesOnComma(ctx: QuoteContext, k: number): boolean {
  const q = ctx.quotes[ctx.quoteOf[k]];
  const text = ctx.doc.text;
  let e = q.end - 1;
  while (e > q.start && /[”"'’\s]/.test(text[e])) e--;
  return text[e] === ',';
}
