// Speaker labels: a paragraph that opens with a name and a colon, as in interview transcripts ("PENCE: Well, look,
// ...") and in headlines that quote someone ("Okafor: the budget needs to ..."). The label is the speaker, the colon
// the cue, the rest of the paragraph the content.
import type { Candidate } from './attribute.js';
import { strip } from './regions.js';
import type { Paragraph } from '../model/doc.js';
import { isCapitalized, type QuoteContext } from './context.js';

const MAX_LABEL_WORDS = 4;
const OPENING_MARKS = ['"', "'", '“', '‘'];
const CLOSING_MARKS = ['"', "'", '”', '’'];

/** Where the label of a paragraph ends (the colon's token index) and its first word, or null. */
function labelOf(ctx: QuoteContext, p: Paragraph): { a: number; colon: number } | null {
  const toks = ctx.tokens;
  let k = firstWordOf(ctx, p);
  const a = k;
  if (k < p.tokenEnd && ctx.kb.notSpeakers.has(toks[k].lower)) return null;
  let words = 0;
  while (k < p.tokenEnd && words <= MAX_LABEL_WORDS && (toks[k].kind === 'word' || toks[k].text === '.') && !ctx.inTime[k]) {
    const t = toks[k];
    if (t.kind === 'word') {
      if (!isCapitalized(t) || !(t.pos === 'PROPN' || (t.text.length > 1 && t.text === t.text.toUpperCase()))) break;
      words++;
    }
    k++;
  }
  return words === 0 || words > MAX_LABEL_WORDS || k >= p.tokenEnd || toks[k].text !== ':' ? null : { a, colon: k };
}

/** "A word from Jo Roe: ‘Keep the pier open.’": in a headline, a name of a few capitalized words right before a colon
 *  that opens a quotation running to the headline's end is the speaker of that quotation, whatever comes before it. */
function headlineLabel(ctx: QuoteContext, p: Paragraph): { a: number; colon: number } | null {
  const toks = ctx.tokens;
  let colon = -1;
  for (let k = p.tokenStart; k < p.tokenEnd; k++) {
    if (toks[k].text === ':' && ctx.quoteOf[k] < 0) { colon = k; break; }
  }
  if (colon < 0) return null;
  // a quotation mark opens right after the colon and one closes the headline (a final period aside)
  let last = p.tokenEnd - 1;
  while (last > colon && (toks[last].kind === 'space' || toks[last].text === '.')) last--;
  if (colon + 1 >= last || !OPENING_MARKS.includes(toks[colon + 1].text) || !CLOSING_MARKS.includes(toks[last].text)) return null;
  let a = colon;
  // (whatever the tagger made of each word: "Wade", "Cook")
  while (a - 1 >= p.tokenStart && colon - a < MAX_LABEL_WORDS && toks[a - 1].kind === 'word' && isCapitalized(toks[a - 1])) a--;
  // (the word before the name is lowercase: in a title-case headline the name's start cannot be told)
  return colon - a >= 2 && a > p.tokenStart && !isCapitalized(toks[a - 1]) && toks[a - 1].kind === 'word' ? { a, colon } : null;
}

/** The first token of a paragraph past spaces and the quotation mark a transcript paragraph may open with. */
function firstWordOf(ctx: QuoteContext, p: Paragraph): number {
  const toks = ctx.tokens;
  let k = p.tokenStart;
  while (k < p.tokenEnd && (toks[k].kind === 'space' || (toks[k].kind === 'punctuation' && '"“\''.includes(toks[k].text)))) k++;
  return k;
}

function opensWithMark(ctx: QuoteContext, p: Paragraph): boolean {
  const first = firstWordOf(ctx, p);
  return first > p.tokenStart && ctx.tokens[first - 1].kind === 'punctuation';
}

export function labelQuotes(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const paras = ctx.doc.paragraphs;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.kind !== 'body') continue;
    const label = labelOf(ctx, p) ?? (i === 0 ? headlineLabel(ctx, p) : null);
    if (!label) continue;
    let end = p.tokenEnd;
    // a transcript turn runs on over the following paragraphs that, like it, open with a quotation mark and carry
    // no label of their own ("(CROSSTALK.)" lines end it)
    if (opensWithMark(ctx, p)) {
      while (i + 1 < paras.length && paras[i + 1].kind === 'body' && opensWithMark(ctx, paras[i + 1]) &&
        !labelOf(ctx, paras[i + 1]) && ctx.tokens[firstWordOf(ctx, paras[i + 1])]?.text !== '(') {
        end = paras[++i].tokenEnd;
      }
    }
    const content = strip(ctx, label.colon + 1, end);
    if (!content || content.b - content.a < 3) continue;
    out.push({ content, kind: 'direct', speaker: { a: label.a, b: label.colon }, cue: { a: label.colon, b: label.colon + 1 }, unit: -1, rule: 'speaker-label' });
  }
  return out;
}
