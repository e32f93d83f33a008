import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterBlocks } from '../../src/corpus/block-filter.js';
import { extractionRules } from '../../src/corpus/extraction-rules.js';
import type { TextBlock } from '../../src/corpus/html-text.js';
import { PARA_1, PARA_2 } from './make-inputs.js';

const p = (text: string, linkChars = 0, tag = 'P'): TextBlock => ({ text, linkChars, tag });
const run = (blocks: TextBlock[], title: string | null = null) => filterBlocks(blocks, title, extractionRules()).map((b) => b.text);

test('the headline repeated above the text is dropped, once', () => {
  assert.deepEqual(run([p('Pier closes for repairs', 0, 'H1'), p(PARA_1)], 'Pier closes for repairs'), [PARA_1]);
  assert.deepEqual(run([p('Pier closes for repairs', 0, 'H1'), p(PARA_1)], 'Pier closes for repairs | Velmora Herald'), [PARA_1]);
});

test('bylines and timestamps go; a sentence that starts with "By" stays', () => {
  const out = run([p('By Anna Korsak'), p('Published 10:48, Tue, Nov 19, 2023'), p('| UPDATED: 11:05, Tue, Nov 19, 2023'), p(PARA_1), p('By contrast, the ferry kept running.'), p(PARA_2)]);
  assert.deepEqual(out, [PARA_1, 'By contrast, the ferry kept running.', PARA_2]);
});

test('short link-text lines go; long linked teasers and written-out URLs stay', () => {
  const teaser = 'Council members voted on Thursday to fund the repair of the pier, with money from the harbour reserve, a regional grant and a loan that the city will repay over ten years.';
  const out = run([p(PARA_1), p('Ferry fares rise again', 22, 'LI'), p(teaser, teaser.length), p('https://council.example/report', 30), p(PARA_2)]);
  assert.deepEqual(out, [PARA_1, teaser, 'https://council.example/report', PARA_2]);
});

test('a few label lines at the edges go, but a list that ends the article stays', () => {
  assert.deepEqual(run([p('World news'), p(PARA_1), p(PARA_2), p('Tags'), p('Join the conversation')]), [PARA_1, PARA_2]);
  const list = ['Round 1: Velmora', 'Round 2: Ostrava', 'Round 3: Brno', 'Round 4: Plzen', 'Round 5: Olomouc'];
  assert.deepEqual(run([p(PARA_1), ...list.map((t) => p(t, 0, 'LI'))]), [PARA_1, ...list]);
});

test('lines ending in CJK sentence punctuation are sentences, not labels', () => {
  assert.deepEqual(run([p(PARA_1), p('港は春まで閉鎖されます。')]), [PARA_1, '港は春まで閉鎖されます。']);
});

test('furniture lines go wherever they stand', () => {
  assert.deepEqual(run([p(PARA_1), p('ADVERTISEMENT'), p(PARA_2), p('Story continues below')]), [PARA_1, PARA_2]);
});

test('after the last prose paragraph, a call to subscribe and everything after it go', () => {
  const out = run([p(PARA_1), p(PARA_2), p('Get our daily newsletter in your inbox every morning.'), p('Ferry fares rise'), p('Lighthouse gets new lamp')]);
  assert.deepEqual(out, [PARA_1, PARA_2]);
});

test('a tail cue inside the article, or one that would take most of the text, cuts nothing', () => {
  const own = 'Readers who subscribe to the council bulletin were told of the closure a week earlier than everyone else in town.';
  assert.deepEqual(run([p(PARA_1), p(own), p(PARA_2)]), [PARA_1, own, PARA_2]);
  const lists = ['Subscribe to updates: harbour office', 'Pier 1: closed', 'Pier 2: open', 'Pier 3: open', 'Pier 4: closed'];
  assert.deepEqual(run([p('Short intro here.'), ...lists.map((t) => p(t, 0, 'LI'))]), ['Short intro here.', ...lists]);
});

test('gallery counters go; a closing credit line goes even when it reads like prose', () => {
  assert.deepEqual(run([p(PARA_1), p('Image 2 of 5'), p('3 / 7'), p(PARA_2)]), [PARA_1, PARA_2]);
  const credit = '(Reporting by Anna Korsak in Velmora; additional reporting by Ivo Marn; editing by the harbour desk staff.)';
  assert.deepEqual(run([p(PARA_1), p(PARA_2), p(credit)]), [PARA_1, PARA_2]);
  const closing = 'The council will meet again in March, and members said they expect to see the first repair bills before then.';
  assert.deepEqual(run([p(PARA_1), p(closing)]), [PARA_1, closing]);
});
