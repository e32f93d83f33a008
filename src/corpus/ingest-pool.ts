// The analysis workers of `sitrep ingest`: N worker threads (each with its own Knowledge), or the calling thread
// when N = 0. Jobs go to the least busy worker, at most MAX_QUEUED each, so memory stays bounded; replies come
// back in completion order (the caller puts them back in input order).
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../dictionaries/knowledge.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { analyzeForStore, type AnalysisJob, type AnalysisReply } from './ingest-analysis.js';

const MAX_QUEUED = 2;

interface Slot {
  worker: Worker;
  jobs: Map<number, AnalysisJob>;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private kb: Knowledge | null = null;
  private waiting: (() => void) | null = null;
  private fatal: Error | null = null;

  private constructor(private readonly onReply: (r: AnalysisReply) => void) {}

  /** Starts the workers and waits until each has loaded its Knowledge. */
  static async start(n: number, petrarchDir: string | null, onReply: (r: AnalysisReply) => void): Promise<AnalysisPool> {
    const pool = new AnalysisPool(onReply);
    if (n === 0) pool.kb = loadKnowledge({ petrarchDir });
    else await Promise.all(Array.from({ length: n }, () => pool.spawn(petrarchDir)));
    return pool;
  }

  private spawn(petrarchDir: string | null): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./ingest-worker.js', import.meta.url), { workerData: { petrarchDir } });
      const slot: Slot = { worker, jobs: new Map() };
      worker.on('message', (m: any) => {
        if (m.ready) { this.slots.push(slot); resolve(); return; }
        if (m.fatal) { reject(new Error(m.fatal)); return; }
        slot.jobs.delete(m.seq);
        this.onReply(m as AnalysisReply);
        this.wake();
      });
      worker.on('error', (e) => {
        // a crashed worker fails the articles it held; the others go on
        for (const job of slot.jobs.values()) this.onReply({ seq: job.seq, error: `analysis crashed: ${e.message}` });
        slot.jobs.clear();
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots.splice(i, 1);
        if (!this.slots.length) this.fatal = new Error(`all analysis workers crashed: ${e.message}`);
        reject(e);
        this.wake();
      });
    });
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = null;
    w?.();
  }

  private freeSlot(): Slot | null {
    let best: Slot | null = null;
    for (const s of this.slots) if (s.jobs.size < MAX_QUEUED && (!best || s.jobs.size < best.jobs.size)) best = s;
    return best;
  }

  /** Sends a job, first waiting for room. */
  async submit(job: AnalysisJob): Promise<void> {
    if (this.kb) { this.onReply(analyzeForStore(job, this.kb)); return; }
    for (;;) {
      if (this.fatal) throw this.fatal;
      const slot = this.freeSlot();
      if (slot) { slot.jobs.set(job.seq, job); slot.worker.postMessage(job); return; }
      await new Promise<void>((r) => (this.waiting = r));
    }
  }

  get busy(): number {
    return this.slots.reduce((n, s) => n + s.jobs.size, 0);
  }

  /** Waits until every submitted job has replied. */
  async drain(): Promise<void> {
    while (this.busy > 0) {
      if (this.fatal) throw this.fatal;
      await new Promise<void>((r) => (this.waiting = r));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
