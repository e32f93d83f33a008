// Pattern anchors: the words a sentence must hold before a pattern is matched against it (a cheap test that rules
// out most patterns). An anchor must never rule out a pattern that matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorsOf, parsePattern, type PatternContext } from '../../src/events/patterns.js';
import { loadEventsKnowledge } from '../../src/events/knowledge.js';
import { sentenceView } from '../../src/events/sentence-view.js';
import { matchPattern } from '../../src/events/match.js';
import { dictionariesDir } from '../../src/paths.js';
import { codeWith } from './helpers.js';

// words starting with "~" are stems here (a prefix test, as PETRARCH's are); others are exact forms
const ctx: PatternContext = {
  synsets: new Map([
    ['SMALL', [['aid'], ['help', 'out']]],
    ['BIG', Array.from({ length: 20 }, (_, i) => [`w${i}`])],
    ['STEMS', [['~fund'], ['grant']]],
  ]),
  wordTest: (w, _exact) => (w.startsWith('~') ? { forms: null, prefix: w.slice(1).toLowerCase() } : { forms: new Set([w.toLowerCase()]), prefix: null }),
};

test('a pattern is anchored on each word element of listed forms, before and after the trigger', () => {
  assert.deepEqual(parsePattern('WITH $ * + ON_ SANCTIONS', ctx).anchors, [['with'], ['on'], ['sanctions']]);
  // a synonym set: the first words of its members
  assert.deepEqual(parsePattern('* &SMALL +', ctx).anchors, [['aid', 'help']]);
  // slots and skips need no word
  assert.deepEqual(parsePattern('$ * ^ +', ctx).anchors, []);
});

test('a stem or a large synonym set anchors nothing', () => {
  assert.deepEqual(parsePattern('* ~sanction +', ctx).anchors, []);
  assert.deepEqual(parsePattern('* &STEMS +', ctx).anchors, []);
  assert.deepEqual(parsePattern('* &BIG +', ctx).anchors, []);
  assert.deepEqual(anchorsOf([]), []);
});

test('every built-in pattern that matches a sentence finds a word of each of its anchors there', () => {
  const kb = loadEventsKnowledge({ builtinDir: dictionariesDir, petrarchDir: null });
  const A = { Greece: 'GRC', Turkey: 'TUR', Cyprus: 'CYP' };
  const sentences = [
    'Greece imposed sanctions on Turkey on Monday.',
    'Turkey accused Greece of violating its airspace.',
    'Greece and Turkey agreed to hold talks with Cyprus.',
    'Cyprus called on Turkey to withdraw its troops.',
    'Greece expressed support for Cyprus in the dispute with Turkey.',
  ];
  let matched = 0;
  for (const text of sentences) {
    const { doc } = codeWith(text, A);
    const view = sentenceView(doc, doc.sentences[0], kb.words);
    const words = new Set(view.low);
    for (const entry of kb.lexicon.entries) {
      for (const p of entry.patterns) {
        for (let i = 0; i < view.toks.length; i++) {
          if (!matchPattern(view, p.pre, p.post, i, i, kb.style.gap)) continue;
          matched++;
          for (const list of p.anchors) assert.ok(list.some((f) => words.has(f)), `${p.rule} on "${text}": none of ${list.join(', ')}`);
        }
      }
    }
  }
  assert.ok(matched > 0);
});
