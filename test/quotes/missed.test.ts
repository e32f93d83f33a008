// Attributions the quote layer used to miss: each test is a sentence written for it, with invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, quoteWith, speakerText } from '../helpers/analyze.js';

test('a participle after a quotation closing on a comma reports for the speaker (\'said it was “fine,” adding that\')', () => {
  const a = analyzeText('Jo Roe said the new pier "was a fine success," adding that its value doubled within a year.', '2021-03-02');
  const q = quoteWith(a, 'its value doubled');
  assert.equal(q.cue?.text, 'adding');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.text, 'that its value doubled within a year');
});
