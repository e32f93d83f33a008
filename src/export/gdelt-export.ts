// The store's original events as a GDELT 2.0 Events file (tab-separated, no header row, like GDELT's own files).
import type { Store } from '../store/store.js';
import { gdeltLine } from './gdelt.js';
import type { GdeltCodes } from './gdelt-codes.js';

export async function* gdeltEvents(store: Store, kb: GdeltCodes): AsyncIterable<string> {
  for await (const e of store.allEvents()) yield gdeltLine(e, kb);
}
