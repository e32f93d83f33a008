import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hamming, simhash } from '../../src/corpus/simhash.js';
import { MAX_DISTANCE, NearDuplicateIndex } from '../../src/corpus/dedup.js';
import { article } from './corpus.js';

const long = (n: number) => [article(n).text, article(n + 1000).text, article(n + 2000).text].join('\n\n');

test('a syndicated copy (new headline, byline, footer, changed case and punctuation) is within a few bits', () => {
  const text = long(1);
  const copy = `WORLD NEWS: Talks resume\n\nBy Staff Writer\n\n${text.replace(/,/g, ' ;').toUpperCase()}\n\nAll rights reserved.`;
  const a = simhash(text)!, b = simhash(copy)!;
  assert.ok(hamming(a, b) <= MAX_DISTANCE, `distance ${hamming(a, b)}`);
});

test('different reports are far apart; the same text gives the same fingerprint', () => {
  const prints = Array.from({ length: 40 }, (_, n) => simhash(long(n))!);
  assert.equal(simhash(long(3)), prints[3]);
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) assert.ok(hamming(prints[i], prints[j]) > MAX_DISTANCE, `${i} vs ${j}`);
  }
});

test('too short a text has no fingerprint', () => {
  assert.equal(simhash('Talks resume on Monday.'), null);
  assert.equal(simhash(''), null);
});

test('the index finds the closest original within the distance, and nothing for a new text', () => {
  const index = new NearDuplicateIndex();
  index.add('one', simhash(long(1))!);
  index.add('two', simhash(long(2))!);
  const m = index.find(simhash(long(2) + '\n\nReporting by staff.')!);
  assert.equal(m?.id, 'two');
  assert.ok(m!.similarity > 0.9);
  assert.equal(index.find(simhash(long(7))!), null);
});

test('fingerprints are those of the per-bit vote count (stored fingerprints stay valid)', () => {
  // values computed by the implementation that added +1/-1 per bit per shingle, before bit-sliced counting;
  // 30, 32, 47 and 48 words give 28, 30, 45 and 46 shingles, around the counters' flush every 15
  const words = (k: number) => Array.from({ length: k }, (_, i) => `w${i % 7}x${i}`).join(' ');
  assert.deepEqual(
    [simhash(long(1)), simhash(long(5)), simhash(words(30)), simhash(words(32)), simhash(words(47)), simhash(words(48)),
      simhash('Ünïcödé ' + long(9))],
    ['e0102f2498b1ed85', '48f0483891a1dcd2', 'a8c1aa115165cd61', 'a8c1ba117161cd71', 'b4c9ba9513e3ad7b', 'b4c9ba9513e32d6b',
      'c0011e0ad080e9a2'],
  );
});
