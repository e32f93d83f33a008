// The pipeline: Article -> Analysis. Pure: no I/O and no global state; everything known comes in `kb`.
import { createHash } from 'node:crypto';
import type { Article } from './model/article.js';
import type { Analysis } from './model/analysis.js';
import type { Doc } from './model/doc.js';
import type { Knowledge } from './dictionaries/knowledge.js';
import { readTextLayer } from './text/index.js';
import { anchorTimes, dateRecords, inferDocumentDate, recognizeTimes } from './time/index.js';
import { recognizeActors, resolveActors } from './actors/index.js';
import { placeEvents, resolvePlaces } from './places/index.js';
import { findQuotes } from './quotes/index.js';
import { codeEvents } from './events/index.js';

export type Stage = (doc: Doc, kb: Knowledge) => void;

/** The stages in order; each reads the layers before it. Exported so benchmarks can time a prefix. */
export const STAGES: ReadonlyArray<readonly [string, Stage]> = [
  ['text', readTextLayer],
  ['times', recognizeTimes],
  ['actors', recognizeActors],
  ['document-date', inferDocumentDate],
  ['anchor-times', anchorTimes],
  ['resolve-actors', resolveActors],
  ['places', resolvePlaces],
  ['quotes', findQuotes],
  ['events', codeEvents],
  ['event-places', placeEvents],
  ['record-dates', dateRecords],
];

export function textId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

export function newDoc(article: Article): Doc {
  return {
    article,
    id: article.id ?? textId(article.text),
    text: article.text,
    tokens: [],
    sentences: [],
    paragraphs: [],
    structure: { caption: null, related: [], byline: null, dateline: null, blockquotes: [] },
    date: article.date ? { value: article.date, source: 'metadata' } : { value: null, source: 'none' },
    times: [],
    actors: [],
    places: [],
    quotes: [],
    events: [],
    scratch: {},
  };
}

export function runStages(doc: Doc, kb: Knowledge, stages: ReadonlyArray<readonly [string, Stage]> = STAGES): Doc {
  for (const [, stage] of stages) stage(doc, kb);
  return doc;
}

/** Copies a layer into the Analysis, dropping internal properties (names starting with "_") and undefined ones. */
function publicCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  // (leaves are copied in place, not through a call each: most values are numbers and strings)
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      out[i] = v === null || typeof v !== 'object' ? v : publicCopy(v);
    }
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (key.charCodeAt(0) !== 95 /* _ */ && v !== undefined) out[key] = v === null || typeof v !== 'object' ? v : publicCopy(v);
  }
  return out as T;
}

export function toAnalysis(doc: Doc): Analysis {
  const a = doc.article;
  return {
    id: doc.id,
    title: a.title ?? null,
    url: a.url ?? null,
    source: a.source ?? null,
    date: { ...doc.date },
    text: doc.text,
    structure: publicCopy(doc.structure),
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    actors: publicCopy(doc.actors),
    times: publicCopy(doc.times),
    places: publicCopy(doc.places),
    quotes: publicCopy(doc.quotes),
    events: publicCopy(doc.events),
  };
}

export function analyze(article: Article, kb: Knowledge): Analysis {
  return toAnalysis(runStages(newDoc(article), kb));
}
