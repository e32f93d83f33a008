// Units: the stretches of a paragraph a quote is attributed within. A unit is a sentence, except that sentence
// breaks inside quotation marks are not unit breaks ("“We won. We will win again,” he said." is one unit).
// Also builds the per-token quote index every rule reads.
import type { Doc } from '../model/doc.js';
import type { MarkedQuote } from './marks.js';

export interface Unit {
  para: number;
  /** token range [tokStart, tokEnd) without trailing spaces */
  tokStart: number;
  tokEnd: number;
}

/** For each token, the index of the marked quote holding it, or -1. */
export function quoteIndexOfTokens(doc: Doc, quotes: readonly MarkedQuote[]): Int32Array {
  const idx = new Int32Array(doc.tokens.length).fill(-1);
  let q = 0;
  // (an index loop: for-of here left V8 allocating an iterator result per token, ~30 MB a bench pass)
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    if (q < quotes.length && quotes[q].start <= t.start && t.end <= quotes[q].end) idx[t.i] = q;
  }
  return idx;
}

export function buildUnits(doc: Doc, quotes: readonly MarkedQuote[], quoteOf: Int32Array): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  for (const s of doc.sentences) {
    const p = doc.paragraphs[s.para];
    if (!p || p.kind === 'related' || s.tokenEnd <= s.tokenStart) continue;
    // the boundary is inside a quote when the sentence's first token and the previous token share one
    const continues: boolean =
      current !== null &&
      current.para === s.para &&
      quoteOf[s.tokenStart] >= 0 &&
      current.tokEnd > 0 &&
      quoteOf[current.tokEnd - 1] === quoteOf[s.tokenStart] &&
      doc.tokens[s.tokenStart].start !== quotes[quoteOf[s.tokenStart]].start;
    // a "sentence" opening with ")" or a lowercase word is the rest of one broken at an abbreviation ("(D-Mo.) said")
    const first = doc.tokens[s.tokenStart];
    const broken: boolean = current !== null && current.para === s.para &&
      (/^[),;]/.test(first.text) || /^\p{Ll}/u.test(first.text) || openParenthesis(doc, current) || titleOnly(doc, current));
    // (".'' The board said ...": a break between the two marks of a closing double apostrophe leaves the second mark
    // to the sentence before, and the next sentence starts after it)
    const tail: number = continues && !broken ? quoteTailEnd(doc, quotes, quoteOf, s.tokenStart, s.tokenEnd) : -1;
    if (tail >= 0 && current) {
      current.tokEnd = tail;
      current = { para: s.para, tokStart: tail, tokEnd: s.tokenEnd };
      units.push(current);
    } else if ((continues || broken) && current) current.tokEnd = s.tokenEnd;
    else {
      current = { para: s.para, tokStart: s.tokenStart, tokEnd: s.tokenEnd };
      units.push(current);
    }
  }
  // a line break outside quotation marks ends a unit, even where sentence splitting ran two lines together
  const lines: Unit[] = [];
  for (const u of units) {
    let from = u.tokStart;
    for (let k = u.tokStart + 1; k < u.tokEnd; k++) {
      const t = doc.tokens[k];
      if (quoteOf[k] >= 0 && quoteOf[k] === quoteOf[k - 1]) continue;
      // the break may be a token of its own or the spacing before a token
      let newline = t.kind === 'space' && t.text.includes('\n');
      for (let c = doc.tokens[k - 1].end; c < t.start && !newline; c++) newline = doc.text.charCodeAt(c) === 10;
      if (newline) {
        lines.push({ para: u.para, tokStart: from, tokEnd: k });
        from = k;
      }
    }
    lines.push({ para: u.para, tokStart: from, tokEnd: u.tokEnd });
  }
  for (const u of lines) {
    while (u.tokEnd > u.tokStart && doc.tokens[u.tokEnd - 1].kind === 'space') u.tokEnd--;
    while (u.tokStart < u.tokEnd && doc.tokens[u.tokStart].kind === 'space') u.tokStart++;
  }
  return lines.filter((u) => u.tokEnd > u.tokStart);
}

/** Whether a unit ends in a title broken at its abbreviation ("The Rev." before "Jo Bay said", "..., said the Rev."
 *  before "Jo Bay."): a short capitalized word glued to a final period, after "the" or in a short unit with no verb. */
function titleOnly(doc: Doc, u: Unit): boolean {
  let e = u.tokEnd - 1;
  while (e > u.tokStart && doc.tokens[e].kind === 'space') e--;
  const dot = doc.tokens[e];
  const word = doc.tokens[e - 1];
  if (!dot || dot.text !== '.' || !word || e - 1 < u.tokStart || word.end !== dot.start || !/^\p{Lu}\p{Ll}{1,3}$/u.test(word.text)) return false;
  // "... said the Rev." : a title after "the" is no sentence end
  let b = e - 2;
  while (b >= u.tokStart && doc.tokens[b].kind === 'space') b--;
  if (b >= u.tokStart && doc.tokens[b].lower === 'the') return true;
  if (e - u.tokStart > 4) return false;
  for (let k = u.tokStart; k < e; k++) if (doc.tokens[k].pos === 'VERB' || doc.tokens[k].pos === 'AUX') return false;
  return true;
}

/** Whether a unit leaves a parenthesis open ("Rep. Trey Gowdy (R-S." broken before "C.) said"). */
function openParenthesis(doc: Doc, u: Unit): boolean {
  let depth = 0;
  for (let k = u.tokStart; k < u.tokEnd; k++) {
    const t = doc.tokens[k].text;
    if (t === '(') depth++;
    else if (t === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** The token index where a sentence starting at `first` begins once the closing mark of the quotation holding its
 *  first token is left behind: the quotation ends within the sentence's first token and a capitalized word follows
 *  it. -1 otherwise. */
function quoteTailEnd(doc: Doc, quotes: readonly MarkedQuote[], quoteOf: Int32Array, first: number, end: number): number {
  const q = quotes[quoteOf[first]];
  if (!q || q.end > doc.tokens[first].end) return -1;
  let k = first + 1;
  while (k < end && doc.tokens[k].kind === 'space') k++;
  return k < end && quoteOf[k] < 0 && /^\p{Lu}/u.test(doc.tokens[k].text) ? k : -1;
}
