// Abbreviations wink-nlp reads wrongly, mended over its tokens and sentence spans in one pass:
// - a title it does not know ("Rev", "Adm") comes as a word and a period, and the sentence breaks there ("The Rev." |
//   "Jo Roe said"): the two become one token and the sentence goes on when a capitalized word follows;
// - an abbreviation that stands only before a number ("No. 3") is kept whole even where it ends a sentence ("She
//   said no." | "The vote ..."): it is split into the word and its period, and the sentence ends there when what
//   follows opens a sentence.
// The words are data (dictionaries/structure.yaml: name_titles, number_abbreviations).
import type { Token } from '../model/doc.js';
import { skipSpaceTokens } from './skip-space.js';
import { makeToken } from './token.js';

export interface AbbreviationCues {
  /** titles before a name, as written without their period ("Rev") */
  titles: Set<string>;
  /** lowercase abbreviations, with their period, that hold only before a number ("no.") */
  numberAbbreviations: Set<string>;
}

/** The first token from k on that is not white space, or undefined. */
function nextWord(tokens: Token[], k: number): Token | undefined {
  const j = skipSpaceTokens(tokens, k, 1);
  return j < 0 ? undefined : tokens[j];
}

const CAPITALIZED = /^\p{Lu}/u;
/** What opens a new sentence after a period: a capitalized word, a quotation mark or an opening bracket. */
const SENTENCE_OPENER = /^[\p{Lu}“"‘'(\[]/u;

/**
 * Mends the tokens and wink-nlp's sentence spans ([first, last] token ranges, inclusive) in place of the input;
 * returns them unchanged (the same arrays) when nothing is to mend.
 */
export function mendAbbreviations(
  text: string,
  tokens: Token[],
  spans: Array<[number, number]>,
  cues: AbbreviationCues,
): { tokens: Token[]; spans: Array<[number, number]> } {
  // kind of mend at each token: 1 = title joined with the period after it, 2 = abbreviation split from its period
  let mends: Map<number, 1 | 2> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (cues.titles.has(t.text)) {
      const dot = tokens[i + 1];
      const after = nextWord(tokens, i + 2);
      if (dot && dot.text === '.' && dot.start === t.end && after && after.kind === 'word' && CAPITALIZED.test(after.text)) {
        (mends ??= new Map()).set(i, 1);
      }
    } else if (cues.numberAbbreviations.has(t.lower)) {
      const after = nextWord(tokens, i + 1);
      if (!after || !(after.kind === 'number' || /^[\d#]/.test(after.text))) (mends ??= new Map()).set(i, 2);
    }
  }
  if (!mends) return { tokens, spans };

  const out: Token[] = [];
  /** new index of each old token (a joined period maps to its title's token) */
  const at = new Int32Array(tokens.length);
  /** new index of the last piece of each old token */
  const lastAt = new Int32Array(tokens.length);
  // sentence breaks to remove (after a joined title) and to add (after a split period), by new token index
  const join = new Set<number>();
  const cut = new Set<number>();
  const push = (t: Token) => {
    t.i = out.length;
    out.push(t);
    return t.i;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const mend = mends.get(i);
    if (mend === 1) {
      const dot = tokens[i + 1];
      const word = text.slice(t.start, dot.end);
      const k = push(makeToken(t.i, t.start, dot.end, word, word.toLowerCase(), 'PROPN', 'word', t.sent, t.para));
      at[i] = at[i + 1] = lastAt[i] = lastAt[i + 1] = k;
      join.add(k);
      i++;
    } else if (mend === 2) {
      const end = t.end - 1;
      const word = text.slice(t.start, end);
      const k = push(makeToken(t.i, t.start, end, word, word.toLowerCase(), t.pos, t.kind, t.sent, t.para));
      const p = push(makeToken(t.i, end, t.end, '.', '.', 'PUNCT', 'punctuation', t.sent, t.para));
      at[i] = k;
      lastAt[i] = p;
      const after = nextWord(tokens, i + 1);
      if (after && SENTENCE_OPENER.test(after.text)) cut.add(p);
    } else {
      at[i] = lastAt[i] = push(t);
    }
  }
  const mended: Array<[number, number]> = [];
  for (const [first, last] of spans) {
    let a = at[first];
    const b = lastAt[last];
    // a break right after a joined title goes
    const prev = mended[mended.length - 1];
    if (prev && join.has(prev[1])) {
      mended.pop();
      a = prev[0];
    }
    for (let k = a; k <= b; k++) {
      if (cut.has(k) && k < b) {
        mended.push([a, k]);
        a = k + 1;
      }
    }
    if (a <= b) mended.push([a, b]);
  }
  return { tokens: out, spans: mended };
}
