// The one tokenization of a document: wink-nlp tokens with part of speech, located by character offset.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token, TokenKind } from '../model/doc.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The wink-nlp instance, created on first use (loading the model takes ~100 ms, so it is shared). */
export function getNlp(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
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

export interface Tokenized {
  tokens: Token[];
  /** sentence spans as token index ranges [first, last] inclusive, as wink-nlp found them */
  sentenceTokenSpans: Array<[number, number]>;
}

export function tokenize(text: string): Tokenized {
  const n = getNlp();
  const its = n.its;
  const wdoc = n.readDoc(text);
  const toks = wdoc.tokens();
  const values = toks.out() as string[];
  const spaces = toks.out(its.precedingSpaces) as string[];
  const pos = toks.out(its.pos) as string[];
  const types = toks.out(its.type) as string[];
  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    let start = offset + spaces[i].length;
    const value = values[i];
    // wink-nlp keeps the text as written, so the value normally sits right after its spaces; if a token was ever
    // normalized, find it instead of drifting.
    if (text.startsWith(value, start) === false) {
      const found = text.indexOf(value, offset);
      start = found >= 0 ? found : start;
    }
    const end = Math.min(text.length, start + value.length);
    tokens[i] = {
      i,
      start,
      end,
      text: text.slice(start, end),
      lower: value.toLowerCase(),
      pos: pos[i],
      kind: KIND[types[i]] ?? 'other',
      sent: 0,
      para: 0,
    };
    offset = end;
  }
  const sentenceTokenSpans: Array<[number, number]> = [];
  wdoc.sentences().each((s: any) => {
    const span = s.out(its.span) as unknown as [number, number];
    sentenceTokenSpans.push([span[0], span[1]]);
  });
  return { tokens, sentenceTokenSpans };
}
