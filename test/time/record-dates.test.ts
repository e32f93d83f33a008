// Dating quotes and events by the time expression governing their clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateRecords } from '../../src/time/index.js';
import type { CodedEvent, Quote } from '../../src/model/analysis.js';
import type { Doc } from '../../src/model/doc.js';
import { builtinKnowledge } from '../helpers/analyze.js';
import { timeDoc } from './helpers.js';

const TEXT = [
  'The envoy said on Monday that the ceasefire would hold. He added that the 2015 accord was still valid.',
  '',
  'The army announced a withdrawal. The mayor said the market would reopen on Friday.',
].join('\n');
const DATE = '2019-06-12'; // a Wednesday

const span = (doc: Doc, what: string, from = 0) => {
  const start = doc.text.indexOf(what, from);
  assert.ok(start >= 0, what);
  return { start, end: start + what.length, text: what };
};

function quote(doc: Doc, cue: { start: number; end: number; text: string }, content: { start: number; end: number; text: string }): Quote {
  return { ...content, kind: 'indirect', speaker: null, cue, date: null, rule: 'test' };
}

function event(doc: Doc, trigger: { start: number; end: number }): CodedEvent {
  const s = doc.sentences.find((x) => x.start <= trigger.start && trigger.start < x.end)!;
  return {
    id: 'e', start: s.start, end: s.end, source: { actor: null, code: null }, target: { actor: null, code: null },
    cameo: '010', plover: null, quadClass: 1, goldstein: 0, date: null, place: null, rule: 'test', _trigger: trigger,
  } as CodedEvent;
}

test('a quote takes the date of the time in its clause; the next sentence carries it forward', () => {
  const doc = timeDoc(TEXT, DATE);
  doc.quotes = [
    quote(doc, span(doc, 'said'), span(doc, 'the ceasefire would hold')),
    quote(doc, span(doc, 'added'), span(doc, 'the 2015 accord was still valid')),
  ];
  dateRecords(doc, builtinKnowledge());
  assert.equal(doc.quotes[0].date, '2019-06-10');
  assert.equal(doc.quotes[1].date, '2019-06-10');
});

test('a date modifying a noun dates only that noun\'s event: the background event keeps its own year', () => {
  const doc = timeDoc(TEXT, DATE);
  doc.events = [event(doc, span(doc, 'accord')), event(doc, span(doc, 'added'))];
  dateRecords(doc, builtinKnowledge());
  assert.equal(doc.events[0].date, '2015');
  assert.equal(doc.events[1].date, '2019-06-10');
});

test('with no time in the clause or before it in the paragraph, the publication date', () => {
  const doc = timeDoc(TEXT, DATE);
  doc.events = [event(doc, span(doc, 'announced'))];
  dateRecords(doc, builtinKnowledge());
  assert.equal(doc.events[0].date, DATE);
});

test('a time inside the quoted words dates what was said about, not the saying', () => {
  const doc = timeDoc(TEXT, DATE);
  const said = doc.text.lastIndexOf('said');
  doc.quotes = [quote(doc, { start: said, end: said + 4, text: 'said' }, span(doc, 'the market would reopen on Friday'))];
  dateRecords(doc, builtinKnowledge());
  assert.equal(doc.quotes[0].date, DATE);
});

test('a clock time or part of day is dropped from a record\'s date', () => {
  const doc = timeDoc('The general spoke on Sunday night about the siege.', DATE);
  doc.events = [event(doc, span(doc, 'spoke'))];
  dateRecords(doc, builtinKnowledge());
  assert.equal(doc.events[0].date, '2019-06-09');
});

test('a fronted time with no determiner governs its clause even when a noun follows it', () => {
  const doc = timeDoc('Last week talks resumed in the capital.', DATE);
  doc.events = [event(doc, span(doc, 'resumed'))];
  dateRecords(doc, builtinKnowledge());
  assert.equal(doc.events[0].date, '2019-W23');
});
