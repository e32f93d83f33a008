// The one tokenization of a document: wink-nlp tokens with part of speech, located by character offset.
import type { Token, TokenKind } from '../model/doc.js';
import { perDocumentNlp } from './wink-per-document.js';
import { mendAbbreviations, type AbbreviationCues } from './abbreviations.js';
import { mendTags } from './tags.js';
import { makeToken } from './token.js';

/** The wink-nlp instance, created on first use (loading the model takes ~100 ms, so it is shared). */
export function getNlp(): ReturnType<typeof perDocumentNlp>['nlp'] {
  return perDocumentNlp().nlp;
}

const KIND: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
  currency: 'symbol',
  tabCRLF: 'space',
  emoji: 'other',
  emoticon: 'other',
  url: 'other',
  email: 'other',
  mention: 'other',
  hashtag: 'other',
  time: 'number',
  shortForm: 'word',
  alpha: 'word',
  apos: 'punctuation',
  quoted_phrase: 'other',
};

/** One Unicode punctuation character (dashes, quotation marks, brackets). */
const PUNCTUATION = /^\p{P}$/u;

/** What cannot open a sentence: a closing bracket, a comma, a semicolon (and a lowercase word). */
const CONTINUATION = new Set([')', ']', ',', ';']);
const LOWERCASE = /^\p{Ll}+$/u;

/** wink-nlp breaks after an abbreviation's period even inside brackets ("Gov. Jo Roe (D-Va.)" | "said"): a
 *  "sentence" opening with a closing bracket, a comma, a semicolon or a lowercase word is the rest of the one
 *  before. */
function joinContinuations(tokens: Token[], spans: Array<[number, number]>): Array<[number, number]> {
  let out: Array<[number, number]> | null = null;
  for (let k = 0; k < spans.length; k++) {
    let first = spans[k][0];
    while (first < spans[k][1] && tokens[first].kind === 'space') first++;
    const prev = out ? out[out.length - 1] : k > 0 ? spans[k - 1] : undefined;
    const t = tokens[first];
    if (prev && (CONTINUATION.has(t.text) || (t.kind === 'word' && LOWERCASE.test(t.text)))) {
      out ??= spans.slice(0, k).map(([a, b]) => [a, b] as [number, number]);
      out[out.length - 1][1] = spans[k][1];
      continue;
    }
    out?.push(spans[k]);
  }
  return out ?? spans;
}

export interface Tokenized {
  tokens: Token[];
  /** sentence spans as token index ranges [first, last] inclusive, as wink-nlp found them */
  sentenceTokenSpans: Array<[number, number]>;
}

/** White space as wink-nlp counts it before a token (ASCII space, no-break and the other Unicode spaces). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Tokens and sentence spans of a text; with `abbreviations`, titles and number abbreviations are mended. */
export function tokenize(text: string, abbreviations?: AbbreviationCues): Tokenized {
  const { nlp: n, beginDocument } = perDocumentNlp();
  const its = n.its;
  // every document is read as the first one: its tokens do not depend on what was read before
  beginDocument();
  const wdoc = n.readDoc(text);
  const toks = wdoc.tokens();
  const values = toks.out() as string[];
  const pos = toks.out(its.pos) as string[];
  const types = toks.out(its.type) as string[];
  // filled in order from empty, so the array is packed as a mended one is: doc.tokens of one elements kind (V8's
  // optimized code for the stages reading them checks it, and is undone by the other)
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // wink-nlp keeps the text as written, so the value normally sits right after the white space that precedes
    // it (skipped here rather than asking wink-nlp for it: that builds a string per token); if a token was ever
    // normalized, find it instead of drifting.
    let start = offset;
    const first = value.charCodeAt(0);
    for (let c = text.charCodeAt(start); isSpace(c) && !(c === first && text.startsWith(value, start)); c = text.charCodeAt(start)) start++;
    let same = text.charCodeAt(start) === first && text.startsWith(value, start);
    if (!same) {
      const found = text.indexOf(value, offset);
      start = found >= 0 ? found : start;
      same = found >= 0;
    }
    const end = Math.min(text.length, start + value.length);
    let kind = KIND[types[i]] ?? 'other';
    let tag = pos[i];
    // a punctuation character outside wink-nlp's model (the horizontal bar "―", the figure dash "‒") comes as an
    // unknown token, often tagged a proper noun, and joined a dateline to the name after it ("CITY ― Mayor Roe")
    if (kind === 'other' && value.length === 1 && PUNCTUATION.test(value)) {
      kind = 'punctuation';
      tag = 'PUNCT';
    }
    // the value itself when it is the text there (wink-nlp's strings are shared across tokens; no copy)
    tokens.push(makeToken(i, start, end, same ? value : text.slice(start, end), value.toLowerCase(), tag, kind, 0, 0));
    offset = end;
  }
  // the spans in one call: going through each() builds a wink-nlp item (a dozen closures) per sentence
  const sentenceTokenSpans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  mendTags(tokens);
  if (!abbreviations) return { tokens, sentenceTokenSpans: joinContinuations(tokens, sentenceTokenSpans) };
  const mended = mendAbbreviations(text, tokens, sentenceTokenSpans, abbreviations);
  return { tokens: mended.tokens, sentenceTokenSpans: joinContinuations(mended.tokens, mended.spans) };
}
