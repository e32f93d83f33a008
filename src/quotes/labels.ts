// Speaker labels: a paragraph that opens with a name and a colon, as in interview transcripts ("PENCE: Well, look,
// ...") and in headlines that quote someone ("Sanders: Clinton needs to ..."). The label is the speaker, the colon
// the cue, the rest of the paragraph the content.
import type { Candidate } from './attribute.js';
import { strip } from './regions.js';
import { isCapitalized, type QuoteContext } from './context.js';

const MAX_LABEL_WORDS = 4;

export function labelQuotes(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const toks = ctx.tokens;
  for (const p of ctx.doc.paragraphs) {
    if (p.kind !== 'body') continue;
    let k = p.tokenStart;
    // a transcript paragraph may open with the quotation mark that runs over the whole exchange
    while (k < p.tokenEnd && (toks[k].kind === 'space' || (toks[k].kind === 'punctuation' && '"“\''.includes(toks[k].text)))) k++;
    const a = k;
    if (k < p.tokenEnd && ctx.kb.notSpeakers.has(toks[k].lower)) continue;
    let words = 0;
    while (k < p.tokenEnd && words <= MAX_LABEL_WORDS && (toks[k].kind === 'word' || toks[k].text === '.') && !ctx.inTime[k]) {
      const t = toks[k];
      if (t.kind === 'word') {
        if (!isCapitalized(t) || !(t.pos === 'PROPN' || (t.text.length > 1 && t.text === t.text.toUpperCase()))) break;
        words++;
      }
      k++;
    }
    if (words === 0 || words > MAX_LABEL_WORDS || k >= p.tokenEnd || toks[k].text !== ':') continue;
    const content = strip(ctx, k + 1, p.tokenEnd);
    if (!content || content.b - content.a < 3) continue;
    out.push({ content, kind: 'direct', speaker: { a, b: k }, cue: { a: k, b: k + 1 }, unit: -1, rule: 'speaker-label' });
  }
  return out;
}
