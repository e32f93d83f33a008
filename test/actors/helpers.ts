// Runs only the text and actor stages over a text of our own, so actor tests do not depend on later layers.
import { dictionariesDir } from '../../src/paths.js';
import type { Knowledge } from '../../src/dictionaries/knowledge.js';
import type { Doc } from '../../src/model/doc.js';
import type { Actor } from '../../src/model/analysis.js';
import { readTextLayer } from '../../src/text/index.js';
import { loadStructureCues } from '../../src/text/structure-cues.js';
import { loadActorsKnowledge, type ActorsKnowledge } from '../../src/actors/knowledge.js';
import { recognizeActors, resolveActors } from '../../src/actors/index.js';

let builtin: Knowledge | null = null;

export function actorKnowledge(petrarchDir: string | null = null): Knowledge {
  if (!petrarchDir && builtin) return builtin;
  const kb = {
    structure: loadStructureCues(dictionariesDir),
    actors: loadActorsKnowledge({ builtinDir: dictionariesDir, petrarchDir }),
  } as unknown as Knowledge;
  if (!petrarchDir) builtin = kb;
  return kb;
}

export function newDoc(text: string, date: string | null): Doc {
  return {
    article: { text, date },
    id: 'test',
    text,
    tokens: [],
    sentences: [],
    paragraphs: [],
    structure: { caption: null, related: [], byline: null, dateline: null, blockquotes: [] },
    date: date ? { value: date, source: 'metadata' } : { value: null, source: 'none' },
    times: [],
    actors: [],
    places: [],
    quotes: [],
    events: [],
    scratch: {},
  } as Doc;
}

/** The document after the text stage and recognizeActors (resolveActors too unless `resolve` is false). */
export function actorsDoc(text: string, date: string | null, kb = actorKnowledge(), resolve = true): Doc {
  const doc = newDoc(text, date);
  readTextLayer(doc, kb);
  recognizeActors(doc, kb);
  if (resolve) resolveActors(doc, kb);
  return doc;
}

/** The actor with a mention whose text is exactly `text`. */
export function actorNamed(doc: Doc, text: string): Actor | undefined {
  return doc.actors.find((a) => a.mentions.some((m) => m.text === text));
}

export const mentionTexts = (a: Actor | undefined) => (a ? a.mentions.map((m) => m.text) : []);

export type { ActorsKnowledge };
