// Analyse-and-store for the server (POST /api/articles and the start-up seed of examples/), the way `sitrep
// ingest` stores an article: text already stored is recognised by its hash before analysis, and a near-duplicate
// (SimHash) is linked to its original. The near-duplicate index is read from the store on the first write.
import { textId } from '../analyze.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import type { Article } from '../model/article.js';
import { analyzeForStore } from '../corpus/ingest-analysis.js';
import { textHash } from '../corpus/ingest.js';
import { NearDuplicateIndex } from '../corpus/dedup.js';
import type { Store } from '../store/store.js';
import type { Ingest } from './write-routes.js';

export function storeIngest(store: Store, kb: Knowledge): Ingest {
  let near: Promise<NearDuplicateIndex> | null = null;
  const index = () => (near ??= (async () => {
    const idx = new NearDuplicateIndex();
    for await (const f of store.fingerprints()) idx.add(f.id, f.fingerprint);
    return idx;
  })());
  // Writes run one at a time so two posts of the same text cannot both be stored as new.
  let queue: Promise<unknown> = Promise.resolve();

  const one = async (article: Article, origin: string | null) => {
    const id = article.id ?? textId(article.text);
    const hash = textHash(article.text);
    if (await store.has(hash) || (article.id != null && await store.has(article.id))) {
      return { id, result: 'duplicate' as const, events: 0, quotes: 0, actors: 0 };
    }
    const reply = analyzeForStore({ seq: 0, article }, kb);
    if ('error' in reply) throw new Error(reply.error);
    const { analysis, fingerprint } = reply;
    const idx = await index();
    let duplicateOf = null;
    if (fingerprint) {
      const m = idx.find(fingerprint);
      if (m) duplicateOf = { original: m.id, similarity: m.similarity };
      else idx.add(analysis.id, fingerprint);
    }
    const result = await store.put({ analysis, origin, textHash: textHash(analysis.text), fingerprint, duplicateOf });
    return { id: analysis.id, result, events: analysis.events.length, quotes: analysis.quotes.length, actors: analysis.actors.length };
  };

  return (article, origin = null) => {
    const run = queue.then(() => one(article, origin));
    queue = run.catch(() => undefined);
    return run;
  };
}
