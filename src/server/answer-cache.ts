// Remembers the answers of the costly aggregate endpoints (network, actor lists, actor pages) until the store
// changes. The store's counts stand for its version, so writes by this server or by a `sitrep ingest` beside it
// both make old answers stale.
import type { Store } from '../store/store.js';

export class AnswerCache {
  private version = '';
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Store, private readonly max = 200) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const s = await this.store.stats();
    const version = `${s.articles}/${s.duplicates}/${s.events}/${s.quotes}/${s.actors}`;
    if (version !== this.version) {
      this.answers.clear();
      this.version = version;
    }
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (answer) {
      // Most recently used last, so the oldest goes first when full.
      this.answers.delete(key);
      this.answers.set(key, answer);
      return answer;
    }
    answer = compute();
    this.answers.set(key, answer);
    answer.catch(() => this.answers.delete(key));
    if (this.answers.size > this.max) this.answers.delete(this.answers.keys().next().value!);
    return answer;
  }
}
