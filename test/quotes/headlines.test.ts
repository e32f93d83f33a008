// Headlines and short news lines that report a position: each test is a line written for it, with invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, quoteWith, speakerText } from '../helpers/analyze.js';

test('"votes to" reports the decision of the body that votes ("The harbour council votes to close the pier")', () => {
  const a = analyzeText('The harbour council votes to close the old pier.', '2021-03-02');
  const q = quoteWith(a, 'close the old pier');
  assert.equal(speakerText(a, q), 'The harbour council');
  assert.equal(q.cue?.text, 'votes to');
});
