// Where a speaker phrase begins and ends, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, at } from '../helpers/analyze.js';
import type { Analysis, Quote } from '../../src/model/analysis.js';

function quoteWith(a: Analysis, words: string): Quote {
  const q = a.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote containing "${words}" in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q;
}

const speakerText = (a: Analysis, q: Quote) => (q.speaker ? at(a, q.speaker) : null);

test('a "which" clause after a name\'s appositive describes the appositive, not the speaker', () => {
  const a = analyzeText('Jo Roe, head of the ferry union, which has 900 members, said the strike would go on.', '2021-03-02');
  const q = quoteWith(a, 'strike would go on');
  assert.equal(speakerText(a, q), 'Jo Roe, head of the ferry union');
  assert.equal(q.cue?.text, 'said');
  // a "who" clause may describe the name itself and stays
  const b = analyzeText('Kim Lee, a nurse, who led the march, said the ward was full.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'ward was full')), 'Kim Lee, a nurse, who led the march');
});

test('a second appositive describes the first one\'s last noun and stays out of the speaker phrase', () => {
  const a = analyzeText('Jo Roe, the mayor of Elmwood, a town of 4,000, said the ferry would stop.', '2021-03-02');
  const q = quoteWith(a, 'ferry would stop');
  assert.equal(speakerText(a, q), 'Jo Roe, the mayor of Elmwood');
  assert.equal(q.text, 'the ferry would stop');
  // with the quotation before the frame, the left-out aside is no part of the content either
  const b = analyzeText('“We have lost the summer,” Jo Roe, the mayor of Elmwood, one of the towns by the dam, said.', '2021-03-02');
  const r = quoteWith(b, 'lost the summer');
  assert.equal(speakerText(b, r), 'Jo Roe, the mayor of Elmwood');
  assert.equal(r.text, '“We have lost the summer,”');
});

test('a participle after the clause finds its subject past several opening phrases', () => {
  const a = analyzeText('At dawn, meanwhile, the harbour board met the ferry crews, promising new contracts.', '2021-03-02');
  const q = quoteWith(a, 'new contracts');
  assert.equal(speakerText(a, q), 'the harbour board');
  assert.equal(q.cue?.text, 'promising');
  const b = analyzeText('Angered by the ruling, Jo Roe walked out of the hearing, vowing to appeal.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'to appeal')), 'Jo Roe');
});

test('a time between the clause subject and its verb keeps the subject as the speaker of a verb after "and"', () => {
  const a = analyzeText('The ferry union on Monday staged a short strike at the docks and vowed to shut the port.', '2021-03-02');
  const q = quoteWith(a, 'shut the port');
  assert.equal(speakerText(a, q), 'The ferry union');
  assert.equal(q.cue?.text, 'vowed');
});
