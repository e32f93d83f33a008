// The place stage (issue 5): place mentions resolved to coordinates, and the place of each event.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import { findCandidates } from './recognize.js';
import { resolveCandidates } from './resolve.js';
import { locateEvents } from './event-places.js';

export function resolvePlaces(doc: Doc, kb: Knowledge): void {
  if (!doc.tokens.length) return;
  const g = kb.places.gazetteer();
  doc.places = resolveCandidates(doc, kb.places, g, findCandidates(doc, kb.places, g));
}

export function placeEvents(doc: Doc, kb: Knowledge): void {
  locateEvents(doc, kb.places);
}
