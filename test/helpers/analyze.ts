// Test helpers: one Knowledge for the whole test process, and shortcuts to analyse a text of our own.
import { join } from 'node:path';
import { analyze, newDoc, runStages } from '../../src/analyze.js';
import { loadKnowledge, type Knowledge } from '../../src/dictionaries/knowledge.js';
import assert from 'node:assert/strict';
import type { Analysis, Quote } from '../../src/model/analysis.js';
import type { Doc } from '../../src/model/doc.js';
import { packageRoot } from '../../src/paths.js';

let kb: Knowledge | null = null;

export function builtinKnowledge(): Knowledge {
  if (!kb) kb = loadKnowledge();
  return kb;
}

export function analyzeText(text: string, date: string | null = null, knowledge = builtinKnowledge()): Analysis {
  return analyze({ text, date }, knowledge);
}

/** The working document after every stage, for tests that look at internal layers (tokens, paragraphs). */
export function docOf(text: string, date: string | null = null, knowledge = builtinKnowledge()): Doc {
  return runStages(newDoc({ text, date }), knowledge);
}

/** ../shared beside the repository: fixtures, gold sets and scorers (read, never copied). */
export const sharedDir = join(packageRoot, '..', 'shared');
export const examplesDir = join(packageRoot, 'examples');

/** The substring an offset span points at. */
export const at = (a: { text: string }, s: { start: number; end: number }) => a.text.slice(s.start, s.end);

/** The quote whose text contains `words` (fails the test, listing the quotes found, when there is none). */
export function quoteWith(a: Analysis, words: string): Quote {
  const q = a.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote containing "${words}" in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q;
}

/** The speaker of a quote as written in the text, or null. */
export const speakerText = (a: Analysis, q: Quote) => (q.speaker ? at(a, q.speaker) : null);
