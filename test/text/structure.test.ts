import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, docOf, at } from '../helpers/analyze.js';

const ARTICLE = [
  'Photo: The foreign minister of Norland — “We will not be pushed around”',
  '',
  'By Ada Quill',
  '',
  'OSLOVIA (Reuters) - Norland rejected the proposal on Friday, its foreign minister said:',
  '',
  'We have made our position clear and we will keep to it.',
  '',
  'Our neighbours know what we expect of them.',
  '',
  'The talks resume next month.',
  '',
  'See Norland Weekly, Mar 3: Talks Stall Over Border Line',
  '',
  'Read more: Why the border matters',
].join('\n');

test('a photo caption is found and its label left out', () => {
  const a = analyzeText(ARTICLE);
  assert.equal(a.structure.caption?.text, 'The foreign minister of Norland — “We will not be pushed around”');
  assert.equal(at(a, a.structure.caption!), a.structure.caption!.text);
});

test('cross-reference lines give series, date and title, and are not body text', () => {
  const a = analyzeText(ARTICLE);
  assert.deepEqual(a.structure.related.map((r) => [r.series, r.date, r.title]), [
    ['Norland Weekly', 'XXXX-03-03', 'Talks Stall Over Border Line'],
    [null, null, 'Why the border matters'],
  ]);
  assert.ok(at(a, a.structure.related[0]).startsWith('See Norland Weekly'));
  const doc = docOf(ARTICLE);
  assert.deepEqual(doc.paragraphs.filter((p) => p.kind === 'related').length, 2);
});

test('a paragraph ending in a colon introduces block quotes, continued while first-person', () => {
  const doc = docOf(ARTICLE);
  const quotes = doc.paragraphs.filter((p) => p.kind === 'blockquote').map((p) => doc.text.slice(p.start, p.end));
  assert.deepEqual(quotes, ['We have made our position clear and we will keep to it.', 'Our neighbours know what we expect of them.']);
  assert.equal(doc.paragraphs.find((p) => p.kind === 'blockquote')!.introducedBy, 2);
});

test('byline and dateline', () => {
  const a = analyzeText(ARTICLE);
  assert.equal(a.structure.byline?.text, 'By Ada Quill');
  assert.equal(a.structure.dateline?.place, 'OSLOVIA');
  assert.equal(a.structure.dateline?.agency, 'Reuters');
});

test('a plain sentence starting with "See" is not a cross-reference', () => {
  const a = analyzeText('See how the ministers voted. Nothing else happened.');
  assert.equal(a.structure.related.length, 0);
});

test('sentences never cross a paragraph and offsets index the original text', () => {
  const text = 'First line without a stop\nSecond line here. And a third sentence.';
  const a = analyzeText(text);
  assert.deepEqual(a.sentences.map((s) => at(a, s)), ['First line without a stop', 'Second line here.', 'And a third sentence.']);
  assert.equal(a.text, text);
});

test('tokens carry offsets and part of speech, spaces included, reconstructing the text', () => {
  const doc = docOf('Norland’s army didn’t move.\n\nNobody did.');
  const rebuilt = doc.tokens.map((t) => t.text).join('');
  assert.equal(rebuilt.replace(/\s+/g, ''), doc.text.replace(/\s+/g, ''));
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
  assert.equal(doc.tokens.find((t) => t.text === 'move')?.pos, 'VERB');
});
