// The actor stage (issue 4): recognize actor mentions, then code them once the document date is known.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import { candidatesOf, setCandidates } from './candidates.js';
import { recognize } from './recognize.js';
import { resolve, type PlaceTest } from './resolve.js';
import { memoOf, type LookupMemo } from '../places/lookup-memo.js';

/** whether a name is a place, by the places knowledge asked */
const placeNameMemos = new WeakMap<object, LookupMemo<boolean>>();

/** Asks the places layer's gazetteer, when the pipeline has one, whether a name is a place. */
function placeTest(kb: Knowledge): PlaceTest {
  const places = (kb as Partial<Knowledge>).places as { gazetteer?: () => { byName?: Map<string, unknown> } } | undefined;
  if (typeof places?.gazetteer !== 'function') return () => false;
  // the same names are asked about again and again in a story and across stories, and the gazetteer's map is
  // large (slow to probe)
  const known = memoOf(placeNameMemos, places);
  return (name) => {
    let is = known.get(name);
    if (is === undefined) {
      try {
        is = !!places.gazetteer!().byName?.has(name.toLowerCase());
      } catch {
        is = false;
      }
      known.set(name, is);
    }
    return is;
  };
}

/** Finds actor mentions (dictionary, title patterns, unknown names); codes wait for resolveActors. */
export function recognizeActors(doc: Doc, kb: Knowledge): void {
  try {
    setCandidates(doc, recognize(doc, kb.actors, placeTest(kb)));
  } catch {
    // odd text must not stop a batch: the document simply has no actors
    setCandidates(doc, []);
  }
}

/** Resolves dated roles against the document date, links coreferent mentions, fills doc.actors. */
export function resolveActors(doc: Doc, kb: Knowledge): void {
  try {
    doc.actors = resolve(doc, kb.actors, candidatesOf(doc), placeTest(kb));
  } catch {
    doc.actors = [];
  }
}
