// Token regions of a unit: trimming stray punctuation, counting words, quoted words and verbs, and the kind of
// quote a region makes (direct, mixed, indirect).
import type { QuoteKind } from '../model/analysis.js';
import { isPunct, type QuoteContext } from './context.js';
import type { TokenSpan } from './phrases.js';

const STRIP = ',;:.—–―-';

/** The region [a, b) without spaces and stray punctuation at its ends (quotation marks stay). */
export function strip(ctx: QuoteContext, a: number, b: number): TokenSpan | null {
  const toks = ctx.tokens;
  while (a < b && (toks[a].kind === 'space' || (ctx.quoteOf[a] < 0 && isPunct(toks[a], STRIP)))) a++;
  while (b > a && (toks[b - 1].kind === 'space' || (ctx.quoteOf[b - 1] < 0 && isPunct(toks[b - 1], STRIP)))) b--;
  return b > a ? { a, b } : null;
}

export function stats(ctx: QuoteContext, r: TokenSpan) {
  let words = 0, quoted = 0, verbs = 0, outside = 0;
  for (let k = r.a; k < r.b; k++) {
    const t = ctx.tokens[k];
    if (ctx.quoteOf[k] >= 0) quoted++;
    else if (t.kind === 'word' || t.kind === 'number') outside++;
    if (t.kind === 'word' || t.kind === 'number') words++;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
  }
  return { words, quoted, verbs, outside };
}

export function kindOf(ctx: QuoteContext, r: TokenSpan): QuoteKind {
  const s = stats(ctx, r);
  if (s.quoted === 0) return 'indirect';
  return s.outside === 0 ? 'direct' : 'mixed';
}
