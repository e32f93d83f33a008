// The document's words as the actor matcher sees them: the shared tokens, with hyphenated words split at their
// hyphens ("pro-Assad" -> pro, -, Assad) so that dictionary phrases match inside them, and an underscore joining two
// words dropped ("Dol_Amroth" reads as "Dol Amroth").
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

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Whether a lowercase form holds a period or a curly or back quote, which wordKey normalizes (a loop: this runs
 *  for every token, and a regex test costs more here). */
function needsKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */ || c === 0x2019 || c === 0x2018 || c === 96 /* ` */) return true;
  }
  return false;
}
const CLITIC = /['’](s|m|re|ve|ll|d)$/i;

function push(out: Word[], text: string, lower: string | null, start: number, tok: number, sent: number, pos: string, alpha: boolean): void {
  // the tokenizer's lowercase form is the key unless periods or curly quotes need normalizing
  const key = lower !== null && !needsKey(lower) ? lower : wordKey(text);
  out.push({ key, text, start, end: start + text.length, tok, sent, pos, cap: text.length > 0 && isUpper(text[0]), alpha });
}

/** What wordsOf asks of a word token, read in one pass over its characters (it runs for every token), as bits:
 *  HAS_LETTER, HAS_APOSTROPHE (straight or curly), and above them 1 + the index of its first hyphen after the first
 *  character (0: none). */
const HAS_LETTER = 1;
const HAS_APOSTROPHE = 2;
const HYPHEN_SHIFT = 2;

function scanWord(text: string): number {
  let asciiLetter = false;
  let nonAscii = false;
  let apostrophe = 0;
  let hyphen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const l = c | 32;
    if (l >= 97 && l <= 122) asciiLetter = true;
    else if (c === 39 || c === 0x2019) apostrophe = HAS_APOSTROPHE;
    else if (c === 45 && i > 0 && hyphen < 0) hyphen = i;
    else if (c >= 128) nonAscii = true;
  }
  // (the ASCII letters are a-z and A-Z alone: the Unicode test only for other characters)
  const letter = asciiLetter || (nonAscii && /\p{L}/u.test(text)) ? HAS_LETTER : 0;
  return ((hyphen + 1) << HYPHEN_SHIFT) | apostrophe | letter;
}

export function wordsOf(doc: Doc): Word[] {
  const out: Word[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'space') continue;
    // an underscore joining two words with no space ("Dol_Amroth", TABARI's way of writing one name) is a space
    if (t.text === '_' && i > 0 && i + 1 < toks.length && toks[i - 1].end === t.start && toks[i + 1].start === t.end) continue;
    const scan = t.kind === 'word' ? scanWord(t.text) : 0;
    const alpha = (scan & HAS_LETTER) !== 0;
    // a possessive or contraction the tokenizer left on the word ("Trump’s", "I’m"): a word of its own
    const apos = alpha && scan & HAS_APOSTROPHE ? CLITIC.exec(t.text) : null;
    if (apos && apos.index > 0) {
      const head = t.text.slice(0, apos.index);
      push(out, head, null, t.start, t.i, t.sent, t.pos, true);
      push(out, apos[0], null, t.start + apos.index, t.i, t.sent, 'PART', false);
      continue;
    }
    const h = alpha ? (scan >> HYPHEN_SHIFT) - 1 : -1;
    if (h < 0 || h === t.text.length - 1) {
      push(out, t.text, t.lower, t.start, t.i, t.sent, t.pos, alpha);
      continue;
    }
    let from = 0;
    for (const part of t.text.split(/(-)/)) {
      if (part) push(out, part, null, t.start + from, t.i, t.sent, part === '-' ? 'PUNCT' : t.pos, part !== '-');
      from += part.length;
    }
  }
  return out;
}
