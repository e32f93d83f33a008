// The document's words as the actor matcher sees them: the shared tokens, with hyphenated words split at their
// hyphens ("pro-Assad" -> pro, -, Assad) so that dictionary phrases match inside them.
import type { Doc } from '../model/doc.js';
import { wordKey } from './phrase.js';

export interface Word {
  key: string;
  text: string;
  start: number;
  end: number;
  /** the token it comes from */
  tok: number;
  sent: number;
  pos: string;
  /** starts with a capital letter */
  cap: boolean;
  /** a word of letters (not punctuation, number or symbol) */
  alpha: boolean;
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

function push(out: Word[], text: string, start: number, tok: number, sent: number, pos: string, alpha: boolean): void {
  const c = text[0] ?? '';
  out.push({ key: wordKey(text), text, start, end: start + text.length, tok, sent, pos, cap: isUpper(c), alpha });
}

export function wordsOf(doc: Doc): Word[] {
  const out: Word[] = [];
  for (const t of doc.tokens) {
    if (t.kind === 'space') continue;
    const alpha = t.kind === 'word' && /\p{L}/u.test(t.text);
    const h = alpha ? t.text.indexOf('-', 1) : -1;
    if (h < 0 || h === t.text.length - 1) {
      push(out, t.text, t.start, t.i, t.sent, t.pos, alpha);
      continue;
    }
    let from = 0;
    for (const part of t.text.split(/(-)/)) {
      if (part) push(out, part, t.start + from, t.i, t.sent, part === '-' ? 'PUNCT' : t.pos, part !== '-');
      from += part.length;
    }
  }
  return out;
}
