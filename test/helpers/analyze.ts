// Test helpers: one Knowledge for the whole test process, and shortcuts to analyse a text of our own.
import { join } from 'node:path';
import { analyze, newDoc, runStages } from '../../src/analyze.js';
import { loadKnowledge, type Knowledge } from '../../src/dictionaries/knowledge.js';
import type { Analysis } from '../../src/model/analysis.js';
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
