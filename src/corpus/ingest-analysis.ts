// The work of an ingest worker, the same in a worker thread or inline: analyse the articles of a block (one at a
// time, yielding between them so a "store" turn is served promptly), report their fingerprints, then, when the
// coordinator gives this block its turn, write it to the store in one transaction. Writing in the worker keeps
// the CPU cost of storing with the thread that produced the Analysis, so N workers scale over N cores.
import { analyze } from '../analyze.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { DuplicateOf, PutResult, Store, StoredArticleInput } from '../store/store.js';
import { simhash } from './simhash.js';

export interface BlockJob {
  seq: number;
  article: Article;
  origin: string;
  textHash: string;
}

/** coordinator -> worker */
export type ToWorker =
  | { type: 'block'; block: number; jobs: BlockJob[] }
  | { type: 'store'; block: number; duplicateOf: Array<DuplicateOf | null> };

/** worker -> coordinator */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'analyzed'; block: number; fingerprints: Array<string | null>; ids: string[]; errors: Array<string | null> }
  | { type: 'stored'; block: number; results: Array<PutResult | null>; events: number[]; quotes: number[] }
  | { type: 'store-failed'; block: number; message: string };

export interface AnalysisJob {
  seq: number;
  article: Article;
}

export type AnalysisReply =
  | { seq: number; analysis: Analysis; fingerprint: string | null }
  | { seq: number; error: string };

/** One article analysed with its fingerprint, or the reason it could not be (used by the server's ingest too). */
export function analyzeForStore(job: AnalysisJob, kb: Knowledge): AnalysisReply {
  try {
    const analysis = analyze(job.article, kb);
    return { seq: job.seq, analysis, fingerprint: simhash(analysis.text) };
  } catch (e) {
    return { seq: job.seq, error: `analysis failed: ${(e as Error).message}` };
  }
}

interface Done {
  job: BlockJob;
  analysis: Analysis | null;
  fingerprint: string | null;
  error: string | null;
}

export class WorkerCore {
  private readonly queue: Array<{ block: number; jobs: BlockJob[]; done: Done[] }> = [];
  private readonly finished = new Map<number, Done[]>();
  private scheduled = false;

  constructor(private readonly kb: Knowledge, private readonly store: Store, private readonly post: (m: FromWorker) => void) {}

  async receive(m: ToWorker): Promise<void> {
    if (m.type === 'block') {
      this.queue.push({ block: m.block, jobs: m.jobs, done: [] });
      this.schedule();
      return;
    }
    const done = this.finished.get(m.block);
    if (!done) { this.post({ type: 'store-failed', block: m.block, message: 'block not analysed' }); return; }
    this.finished.delete(m.block);
    try {
      const items: StoredArticleInput[] = [];
      const at: number[] = [];
      done.forEach((d, i) => {
        if (!d.analysis) return;
        at.push(i);
        items.push({ analysis: d.analysis, origin: d.job.origin, textHash: d.job.textHash, fingerprint: d.fingerprint, duplicateOf: m.duplicateOf[i] });
      });
      const put = await this.store.putMany(items);
      const results: Array<PutResult | null> = done.map(() => null);
      at.forEach((i, k) => { results[i] = put[k]; });
      this.post({
        type: 'stored', block: m.block, results,
        events: done.map((d) => d.analysis?.events.length ?? 0), quotes: done.map((d) => d.analysis?.quotes.length ?? 0),
      });
    } catch (e) {
      this.post({ type: 'store-failed', block: m.block, message: (e as Error).message });
    }
  }

  private schedule(): void {
    if (this.scheduled || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => { this.scheduled = false; this.step(); });
  }

  /** Analyses one article, so that messages (a store turn) are served between articles. */
  private step(): void {
    const head = this.queue[0];
    if (!head) return;
    const job = head.jobs[head.done.length];
    const r = analyzeForStore({ seq: job.seq, article: job.article }, this.kb);
    head.done.push('error' in r
      ? { job, analysis: null, fingerprint: null, error: r.error }
      : { job, analysis: r.analysis, fingerprint: r.fingerprint, error: null });
    if (head.done.length === head.jobs.length) {
      this.queue.shift();
      this.finished.set(head.block, head.done);
      this.post({
        type: 'analyzed', block: head.block, fingerprints: head.done.map((d) => d.fingerprint),
        ids: head.done.map((d) => d.analysis?.id ?? ''), errors: head.done.map((d) => d.error),
      });
    }
    this.schedule();
  }
}
