// Tokenization is a function of the text alone: wink-nlp's growing lexicon must not make a document's tokens depend
// on what the same thread read before it (a store built on two workers would differ from one built on one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';

const words = (text: string) => tokenize(text).tokens.filter((t) => t.kind !== 'space').map((t) => `${t.text}/${t.pos}`);

test('a document is tokenized the same before and after others introduced its unknown words', () => {
  const text = 'The plan of Mrs. Varkonyi\'s office was new, and Brezlowski\'s aides backed it.';
  const first = words(text);
  for (const other of ['It was Varkonyi\'s.', '“Brezlowski\'s”', 'The Varkonyi\'s office, Brezlowski\'s.']) tokenize(other);
  assert.deepEqual(words(text), first);
  assert.ok(first.includes('\'s/PART'), 'the possessive is its own token the first time');
});

