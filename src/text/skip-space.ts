// Walking a token array past white space, for the repairs made over wink-nlp's tokens before a Doc exists.

/** The index of the first token from k on, stepping by `step`, that is not white space; -1 when there is none. */
export function skipSpaceTokens(tokens: readonly { kind: string }[], k: number, step: 1 | -1): number {
  while (k >= 0 && k < tokens.length && tokens[k].kind === 'space') k += step;
  return k >= 0 && k < tokens.length ? k : -1;
}
