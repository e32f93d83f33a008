// Hand-off of mention candidates from recognizeActors to resolveActors (and to personTerms) through doc.scratch.
import type { Doc } from '../model/doc.js';
import type { Candidate } from './types.js';

const KEY = 'actors.candidates';

export function candidatesOf(doc: Doc): Candidate[] {
  return (doc.scratch[KEY] as Candidate[] | undefined) ?? [];
}

export function setCandidates(doc: Doc, candidates: Candidate[]): void {
  doc.scratch[KEY] = candidates;
}
