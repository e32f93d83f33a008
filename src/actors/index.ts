// The actor stage (issue 4): recognize actor mentions, then code them once the document date is known.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';

/** Finds actor mentions (dictionary, title patterns, unknown names); codes wait for resolveActors. */
export function recognizeActors(_doc: Doc, _kb: Knowledge): void {}

/** Resolves dated roles against the document date, links coreferent mentions, fills doc.actors. */
export function resolveActors(_doc: Doc, _kb: Knowledge): void {}
