// Every stored Analysis as JSON Lines, in store order: the same records `sitrep analyze --jsonl` prints.
import type { Store } from '../store/store.js';

export async function* jsonlAnalyses(store: Store): AsyncIterable<string> {
  for await (const a of store.analyses()) yield JSON.stringify(a) + '\n';
}
