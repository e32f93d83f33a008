// Runs only the text and time stages on a text of our own, so the time tests do not depend on later layers.
import { newDoc, runStages, STAGES } from '../../src/analyze.js';
import type { Doc } from '../../src/model/doc.js';
import { builtinKnowledge } from '../helpers/analyze.js';

const TIME_STAGES = STAGES.filter(([name]) => ['text', 'times', 'document-date', 'anchor-times'].includes(name));

export function timeDoc(text: string, date: string | null = null): Doc {
  return runStages(newDoc({ text, date }), builtinKnowledge(), TIME_STAGES);
}

/** The times of a text as "text=value" strings, in order. */
export function timesOf(text: string, date: string | null = null): string[] {
  return timeDoc(text, date).times.map((t) => `${t.text}=${t.value}`);
}

/** The one time whose text is `what`. */
export function timeNamed(doc: Doc, what: string) {
  const found = doc.times.filter((t) => t.text === what);
  if (found.length !== 1) throw new Error(`expected one time "${what}", found ${found.length}: ${doc.times.map((t) => t.text).join(' | ')}`);
  return found[0];
}
