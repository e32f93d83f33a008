// The web UI's DOM-free logic: how overlapping layers are cut into segments, how paragraphs are typed, and the
// timeline's periods (ISO weeks across a year boundary, gap filling).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, marksOf, segments } from '../../web/src/layers.js';
import { fillPeriods, nextPeriod, periodDays } from '../../web/src/periods.js';
import { makeAnalysis } from './analyses.js';

const TEXT = 'Chile thanked Peru on Friday, said the minister, Rosa Vidal: "Peru kept its word."';
const a = makeAnalysis({
  id: 'x', title: 't', date: '2024-06-08', text: TEXT,
  actors: [
    { id: 'a1', name: 'Chile', code: 'CHL', country: 'CHL', kind: 'state', surfaces: ['Chile'] },
    { id: 'a2', name: 'Peru', code: 'PER', country: 'PER', kind: 'state', surfaces: ['Peru'] },
    { id: 'a3', name: 'Rosa Vidal', code: 'CHLGOV', country: 'CHL', kind: 'person', surfaces: ['Rosa Vidal'] },
  ],
  events: [{ id: 'e1', evidence: 'Chile thanked Peru on Friday', source: 'a1', target: 'a2', cameo: '051', plover: null, quadClass: 1, goldstein: 3.4, date: '2024-06-07', rule: 'r' }],
  quotes: [{ text: 'Peru kept its word.', speaker: 'a3', surface: 'Rosa Vidal', cue: 'said', date: '2024-06-07' }],
  times: [['Friday', '2024-06-07']],
});

test('segments cut overlapping layers at every boundary and keep every covering mark', () => {
  const segs = segments(0, TEXT.length, marksOf(a));
  // The pieces tile the text exactly.
  assert.equal(segs.map((s) => TEXT.slice(s.start, s.end)).join(''), TEXT);
  const at = (surface: string, from = 0) => segs.find((s) => s.start === TEXT.indexOf(surface, from))!;
  const kinds = (s: { marks: { kind: string }[] }) => s.marks.map((m) => m.kind).sort();
  assert.deepEqual(kinds(at('Chile')), ['actor', 'event'], 'Chile is an actor inside the event evidence');
  assert.deepEqual(kinds(at('Friday')), ['event', 'time']);
  const quotedPeru = at('Peru kept', 40);
  assert.deepEqual(kinds(quotedPeru), ['quote'], 'only the first mention of Peru was made an actor here');
  assert.deepEqual(kinds(at(', said')), [], 'text between layers carries no marks');
});

test('segments clip marks to the block they are cut for', () => {
  const segs = segments(6, 13, marksOf(a)); // "thanked"
  assert.equal(segs.length, 1);
  assert.deepEqual(segs[0].marks.map((m) => m.kind), ['event']);
});

test('blocks type paragraphs by the structure: caption, related link, block quote, body', () => {
  const text = 'PHOTO: A harbour at dawn\n\nThe port reopened.\n\nShe said:\n\nWe are ready.\n\nSee Port News, May 2: Cranes Return';
  const x = makeAnalysis({ id: 'y', title: 't', date: '2024-05-03', text, actors: [], events: [], quotes: [], times: [] });
  x.structure.caption = { start: 0, end: 24, text: text.slice(0, 24) };
  const bq = text.indexOf('We are ready.');
  x.structure.blockquotes = [{ start: bq, end: bq + 13 }];
  const rel = text.indexOf('See Port News');
  x.structure.related = [{ start: rel, end: text.length, series: 'Port News', date: '2024-05-02', title: 'Cranes Return' }];
  assert.deepEqual(blocks(x).map((b) => [b.kind, text.slice(b.start, b.end)]), [
    ['caption', 'PHOTO: A harbour at dawn'],
    ['body', 'The port reopened.'],
    ['body', 'She said:'],
    ['blockquote', 'We are ready.'],
    ['related', 'See Port News, May 2: Cranes Return'],
  ]);
});

test('ISO weeks cross the year boundary the ISO way', () => {
  assert.deepEqual(periodDays('2020-W53', 'week'), { from: '2020-12-28', to: '2021-01-03' });
  assert.equal(nextPeriod('2020-W53', 'week'), '2021-W01');
  assert.deepEqual(periodDays('2021-W01', 'week'), { from: '2021-01-04', to: '2021-01-10' });
  assert.equal(nextPeriod('2024-12', 'month'), '2025-01');
  assert.deepEqual(periodDays('2024-02', 'month'), { from: '2024-02-01', to: '2024-02-29' });
  assert.equal(periodDays('2024-13', 'month'), null);
});

test('timeline periods are filled between the first and the last, unless that would be too many', () => {
  assert.deepEqual(fillPeriods(['2024-04', '2024-01'], 'month'), ['2024-01', '2024-02', '2024-03', '2024-04']);
  assert.deepEqual(fillPeriods(['2020-W52', '2021-W02'], 'week'), ['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
  assert.deepEqual(fillPeriods(['1990-01', '2020-01'], 'month', 100), ['1990-01', '2020-01']);
});
