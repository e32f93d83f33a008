// Quotations joined to their speaker by a dash, as in photo captions and vox-pop lists:
// `PHOTO: <speaker> — “<quote>”` and `“<quote>” ― <speaker>`. Works over paragraph tokens rather than sentences,
// because such lists often sit on single lines that sentence splitting runs together.
import type { Candidate } from './attribute.js';
import { strip } from './regions.js';
import { isCapitalized, opensQuote, skipSpace, type QuoteContext } from './context.js';
import { phraseAfter, phraseBefore, type TokenSpan } from './phrases.js';

/** The whole marked quote holding token k. */
function quoteAround(ctx: QuoteContext, k: number): TokenSpan | null {
  const q = ctx.quoteOf[k];
  if (q < 0) return null;
  let a = k;
  let b = k + 1;
  while (a > 0 && ctx.quoteOf[a - 1] === q) a--;
  while (b < ctx.tokens.length && (ctx.quoteOf[b] === q || (ctx.tokens[b].kind === 'space' && ctx.quoteOf[b + 1] === q))) b++;
  return strip(ctx, a, b);
}

function nonSpace(ctx: QuoteContext, k: number, step: 1 | -1, lo: number, hi: number): number {
  while (k >= lo && k < hi && ctx.tokens[k].kind === 'space' && !ctx.tokens[k].text.includes('\n')) k += step;
  return k;
}

/** "“A long answer ... ‘a saying.” And that is all “the last words.” ― Name": where the line opens with a quotation,
 *  everything from that quotation to the dash is the speaker's, asides between quotations included. */
function lineOpeningQuote(ctx: QuoteContext, a: number, lo: number): number | null {
  let k = a;
  while (k > lo && !ctx.tokens[k - 1].text.includes('\n')) {
    if (ctx.quoteOf[k - 1] < 0 && ctx.kb.dashes.has(ctx.tokens[k - 1].text)) return null;
    k--;
  }
  k = skipSpace(ctx, k, 1, a);
  return k < a && opensQuote(ctx, k) ? k : null;
}

export function dashQuotes(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  if (!ctx.quotes.length) return out;
  for (const p of ctx.doc.paragraphs) {
    if (p.kind === 'related') continue;
    for (let k = p.tokenStart; k < p.tokenEnd; k++) {
      const t = ctx.tokens[k];
      if (t.kind === 'word' || ctx.quoteOf[k] >= 0 || !ctx.kb.dashes.has(t.text)) continue;
      const before = nonSpace(ctx, k - 1, -1, p.tokenStart, p.tokenEnd);
      const after = nonSpace(ctx, k + 1, 1, p.tokenStart, p.tokenEnd);
      const cue = { a: k, b: k + 1 };
      const quoteBefore = before >= p.tokenStart && ctx.quoteOf[before] >= 0 && ctx.tokens[before].end === ctx.quotes[ctx.quoteOf[before]].end;
      const quoteAfter = after < p.tokenEnd && opensQuote(ctx, after);
      if (quoteBefore) {
        // (a name: "” ― Jo Roe"; "” — a phrase that goes on about it" is the writer's aside)
        const phrase = phraseAfter(ctx, after, p.tokenEnd, false);
        const speaker = phrase && isCapitalized(ctx.tokens[phrase.a]) ? phrase : null;
        const last = quoteAround(ctx, before);
        const content = last && { a: lineOpeningQuote(ctx, last.a, p.tokenStart) ?? last.a, b: last.b };
        if (speaker && content) out.push({ content, kind: 'direct', speaker, cue, unit: -1, rule: 'dash-speaker-after' });
      } else if (quoteAfter) {
        const speaker = phraseBefore(ctx, before + 1, p.tokenStart);
        const content = quoteAround(ctx, after);
        if (speaker && content) out.push({ content, kind: 'direct', speaker, cue, unit: -1, rule: 'dash-speaker-before' });
      }
    }
  }
  return out;
}
