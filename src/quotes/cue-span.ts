// The extent of a cue as annotators mark it (PolNeAR): the verb group with its auxiliaries, negation and adverbs
// between the speaker and the verb ("has also questioned", "did not immediately respond"). Times and places after
// the verb stay outside: annotators include them too rarely for a rule to pay.
import type { QuoteContext } from './context.js';
import type { Candidate } from './attribute.js';
import type { TokenSpan } from './phrases.js';

function groupWord(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (ctx.quoteOf[k] >= 0 || t.kind === 'punctuation') return false;
  return t.kind === 'space' || t.pos === 'AUX' || t.pos === 'PART' || t.lower === 'not' || t.lower === "n't" ||
    (t.pos === 'ADV' && t.kind === 'word') || ctx.kb.adverbs.has(t.lower);
}

export function cueSpan(ctx: QuoteContext, c: Candidate): TokenSpan | null {
  const cue = c.cue;
  const sp = c.speaker;
  if (!cue || !sp || sp.b > cue.a) return cue;
  // only words of the verb group may stand between speaker and cue; anything else leaves the cue as found
  let k = cue.a - 1;
  while (k >= sp.b && groupWord(ctx, k)) k--;
  if (k !== sp.b - 1) return cue;
  let a = k + 1;
  while (a < cue.a && ctx.tokens[a].kind === 'space') a++;
  return { a, b: cue.b };
}
