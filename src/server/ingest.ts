// Analyse-and-store for the server (POST /api/articles and the start-up seed of examples/): the pure pipeline on
// knowledge loaded once, then one store write.
import { createHash } from 'node:crypto';
import { analyze } from '../analyze.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import type { Article } from '../model/article.js';
import type { Origin, Store } from '../store/store.js';
import type { Ingest } from './write-routes.js';

export function storeIngest(store: Store, kb: Knowledge, origin: (a: Article) => Origin | null = () => null): Ingest {
  return async (article) => {
    const analysis = analyze(article, kb);
    const textHash = createHash('sha1').update(analysis.text).digest('hex');
    const result = await store.put({ analysis, origin: origin(article), textHash, fingerprint: null, duplicateOf: null });
    return {
      id: analysis.id,
      result,
      events: analysis.events.length,
      quotes: analysis.quotes.length,
      actors: analysis.actors.length,
    };
  };
}
