// Where a report's content ends and the next report starts: each test is a sentence written for it, with invented
// names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, quoteWith, speakerText } from '../helpers/analyze.js';

test('a pronoun and a stance verb joined by "and" go on with the report before them ("knows ..., and they fear ...")', () => {
  const a = analyzeText('Jo Roe knows the ferry fares are rising, and they fear the crews will quit.', '2021-03-02');
  const q = quoteWith(a, 'ferry fares');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.text, 'the ferry fares are rising, and they fear the crews will quit');
  assert.equal(a.quotes.length, 1);
});

test('a pronoun and a verb addressed to a listener joined by "and" start a report of their own ("..., and she urged ...")', () => {
  const a = analyzeText('Ann Lee said the harbour budget was short, and she urged the council to find the money.', '2021-03-02');
  const q = quoteWith(a, 'harbour budget');
  assert.equal(speakerText(a, q), 'Ann Lee');
  assert.equal(q.text, 'the harbour budget was short');
  assert.equal(quoteWith(a, 'find the money').cue?.text, 'urged');
});

test('another speaker\'s frame ends a report before the words after it would ("want X, and owners want Y (they ... and insist ...)")', () => {
  const a = analyzeText('Sailors want longer rest breaks, and owners want fewer crews on each boat this season (they demand lower wages and insist the cuts would help).', '2021-03-02');
  const q = quoteWith(a, 'rest breaks');
  assert.equal(speakerText(a, q), 'Sailors');
  assert.equal(q.text, 'longer rest breaks');
  assert.equal(speakerText(a, quoteWith(a, 'fewer crews')), 'owners');
});

test('a second object after "and" keeps a reported noun phrase going past a participle that is no frame ("called the fee and the toll a trick aimed at ...")', () => {
  const a = analyzeText('The dock union called the new fee and the harbour toll a cynical trick aimed at the smaller boats.', '2021-03-02');
  const q = quoteWith(a, 'new fee');
  assert.equal(speakerText(a, q), 'The dock union');
  assert.equal(q.text, 'the new fee and the harbour toll a cynical trick aimed at the smaller boats');
  const b = analyzeText('The mayor praised the crews and the union said the repairs went well.', '2021-03-02');
  assert.equal(quoteWith(b, 'crews').text, 'the crews');
  assert.equal(speakerText(b, quoteWith(b, 'repairs')), 'the union');
});

test('a relative clause with a subject of its own before a cue that is no speech verb ends a reported noun phrase (", which the mayor cited ...")', () => {
  const a = analyzeText('Ann Lee criticized the harbour toll at the meeting, which the mayor cited as a sign of unrest.', '2021-03-02');
  const q = quoteWith(a, 'harbour toll');
  assert.equal(speakerText(a, q), 'Ann Lee');
  assert.equal(q.text, 'the harbour toll at the meeting');
  const b = analyzeText('Crews protested the new toll, which owners say helps the port.', '2021-03-02');
  assert.equal(quoteWith(b, 'new toll').text, 'the new toll, which owners say helps the port');
  const c = analyzeText('Ann Lee praised the harbour plan, which she called bold.', '2021-03-02');
  assert.equal(quoteWith(c, 'harbour plan').text, 'the harbour plan, which she called bold');
});

test('a parenthesis after an inverted speaker is no content of the frame; the quotation before it is ("..., said Jo Roe (a view ...)")', () => {
  const a = analyzeText('Raising the harbour toll again this winter, with catches falling, "is a poor idea," said Jo Roe (a view shared by most crews).', '2021-03-02');
  const q = quoteWith(a, 'poor idea');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.text, 'Raising the harbour toll again this winter, with catches falling, "is a poor idea,"');
});
