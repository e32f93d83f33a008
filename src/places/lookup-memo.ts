// A memo of gazetteer lookups shared by the documents of a run. The same names come back story after story, and
// the gazetteer's maps are large (a probe misses the CPU caches), so a small map of the names seen lately is
// cheaper than asking the gazetteer again. What it holds depends on the gazetteer alone, so sharing it across
// documents changes no output; it is emptied when full, so a long batch does not grow it without end.
const MAX_ENTRIES = 100_000;

export class LookupMemo<V> {
  private map = new Map<string, V>();

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= MAX_ENTRIES) this.map.clear();
    this.map.set(key, value);
  }
}

/** One memo per owner (a gazetteer, a knowledge base): held weakly, so it goes when its owner does. */
export function memoOf<V>(memos: WeakMap<object, LookupMemo<V>>, owner: object): LookupMemo<V> {
  let memo = memos.get(owner);
  if (!memo) memos.set(owner, (memo = new LookupMemo<V>()));
  return memo;
}
