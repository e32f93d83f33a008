// The working document every stage reads and extends. The text is tokenized once (src/text); each later stage
// adds its own layer. Properties whose names start with "_" are internal and are dropped from the Analysis.
import type { Article } from './article.js';
import type { Actor, CodedEvent, DateSource, Place, Quote, Structure, TimeExpression } from './analysis.js';

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'space' | 'other';

export interface Token {
  /** index in doc.tokens */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, ...). */
  pos: string;
  kind: TokenKind;
  /** index of the sentence and paragraph holding the token */
  sent: number;
  para: number;
}

export type ParagraphKind = 'body' | 'caption' | 'related' | 'blockquote';

export interface Paragraph {
  i: number;
  start: number;
  end: number;
  kind: ParagraphKind;
  /** token range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  /** For a block quote: the index of the paragraph ending in a colon that introduces it. */
  introducedBy: number | null;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  para: number;
}

export interface Doc {
  article: Article;
  id: string;
  text: string;
  /** Every token, spaces included (kind "space" for runs of newlines or tabs). */
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  structure: Structure;
  date: { value: string | null; source: DateSource };
  times: TimeExpression[];
  actors: Actor[];
  places: Place[];
  quotes: Quote[];
  events: CodedEvent[];
  /** Per-stage scratch space, keyed by stage name, for what one stage hands to a later one. */
  scratch: Record<string, unknown>;
}
