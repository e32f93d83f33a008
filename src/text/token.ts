// Every token is made here, so that all share one object shape: the later stages read tokens in their hottest
// loops, and tokens made another way (a spread copy) gave V8 several shapes to tell apart there, which undid its
// optimized code ("wrong map") each time a document first brought one.
import type { Token, TokenKind } from '../model/doc.js';

export function makeToken(i: number, start: number, end: number, text: string, lower: string, pos: string, kind: TokenKind, sent: number, para: number): Token {
  return { i, start, end, text, lower, pos, kind, sent, para };
}
