// The place stage (issue 5): place mentions resolved to coordinates, and the place of each event.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';

export function resolvePlaces(_doc: Doc, _kb: Knowledge): void {}

export function placeEvents(_doc: Doc, _kb: Knowledge): void {}
