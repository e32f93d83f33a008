// wink-nlp, made to read every document as if it were the first. wink-nlp adds each out-of-vocabulary word it meets
// to its lexicon, and its tokenizer then treats that word as known in later documents ("Varga's" is split into
// "Varga" + "'s" the first time, kept whole after it has been seen once). So an article's tokens, and every layer
// above them, depended on what the same thread had read before: a store built on two workers differed from one built
// on one. Here the lexicon's lookups hide the words earlier documents added, unless the current document adds them
// again, which reproduces a fresh reading. The words stay in memory (as before); only their visibility changes.
import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof import('wink-nlp').default>;

/** The part of wink-nlp's internal lexicon cache (src/cache.js) that the tokenizer reaches through properties. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  currentSize(): number;
  intrinsicSize(): number;
}
type CacheFactory = (model: unknown, featureFn: unknown) => WinkCache;

const require = createRequire(import.meta.url);

let instance: { nlp: Nlp; beginDocument: () => void } | null = null;

/** The shared wink-nlp instance (loading the model takes ~100 ms) and the call that starts a new document. */
export function perDocumentNlp(): { nlp: Nlp; beginDocument: () => void } {
  if (instance) return instance;
  const cachePath = require.resolve('wink-nlp/src/cache.js');
  require(cachePath);
  const entry = require.cache[cachePath];
  if (!entry) throw new Error(`wink-nlp: cannot load ${cachePath}`);
  const original = entry.exports as CacheFactory;
  let floor = 0;
  let visible = new Set<number>();
  const caches: Array<() => void> = [];
  // wink-nlp.js takes the factory from the module cache when it loads, so it is replaced first and restored after
  entry.exports = function perDocumentCache(m: unknown, featureFn: unknown): WinkCache {
    const cache = original(m, featureFn);
    const lookup = cache.lookup;
    const add = cache.add;
    const intrinsic = cache.intrinsicSize();
    const hidden = (i: number) => i >= intrinsic && i < floor && !visible.has(i);
    // inside add, the model's feature functions look up the word's lowercase form, which add has just made sure of
    let adding = false;
    cache.lookup = (text: string) => {
      const r = lookup(text);
      return !adding && r !== null && r.length === 1 && hidden(r[0]) ? null : r;
    };
    cache.add = (text: string, category: number) => {
      adding = true;
      let i: number;
      try {
        i = add(text, category);
      } finally {
        adding = false;
      }
      if (hidden(i)) {
        visible.add(i);
        // adding a word adds its lowercase form too
        const lower = text.toLowerCase();
        const n = lower === text ? null : lookup(lower);
        if (n !== null && n.length === 1) visible.add(n[0]);
      }
      return i;
    };
    caches.push(() => { floor = cache.currentSize() + 1; });
    return cache;
  };
  let winkNLP: typeof import('wink-nlp').default;
  try {
    winkNLP = require('wink-nlp') as typeof winkNLP;
  } finally {
    entry.exports = original;
  }
  const nlp = winkNLP(model, ['sbd', 'pos']);
  if (caches.length !== 1) throw new Error('wink-nlp: its lexicon cache could not be wrapped (has its layout changed?)');
  instance = {
    nlp,
    beginDocument: () => {
      visible = new Set();
      caches[0]();
    },
  };
  return instance;
}
