// Text-layer faults (tokens, sentences, tags, quotation marks) that cost quotes their speakers, on sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, quoteWith, speakerText } from '../helpers/analyze.js';
import { tokenize } from '../../src/text/tokenize.js';

test('a horizontal bar is punctuation, so a dateline before it stays out of the speaker', () => {
  const bar = tokenize('BAYPORT ― Mayor Jo Roe said so.').tokens.find((t) => t.text === '―');
  assert.equal(bar?.kind, 'punctuation');
  assert.equal(bar?.pos, 'PUNCT');
  const a = analyzeText('BAYPORT ― Mayor Jo Roe said the harbour would close for the winter.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'harbour would close')), 'Mayor Jo Roe');
});
