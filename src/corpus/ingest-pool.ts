// The workers of `sitrep ingest`: N worker threads, each with its own Knowledge, or one in-process WorkerCore when
// N = 0. Messages go both ways through the same FromWorker/ToWorker shapes either way.
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './ingest-analysis.js';

const YOUNG_GENERATION_MB = 96;

export interface PoolWorker {
  index: number;
  send(m: ToWorker): void;
}

export interface PoolOptions {
  workers: number;
  petrarchDir: string | null;
  onMessage: (worker: PoolWorker, m: FromWorker) => void;
}

export class IngestPool {
  readonly workers: PoolWorker[] = [];
  private readonly threads: Worker[] = [];

  static async start(o: PoolOptions): Promise<IngestPool> {
    const pool = new IngestPool();
    if (o.workers === 0) {
      // loaded here, not at the top: with worker threads this thread only stores and never loads the pipeline
      const { loadIngestKnowledge, WorkerCore } = await import('./ingest-analysis.js');
      const w: PoolWorker = { index: 0, send: (m) => { setImmediate(() => core.receive(m)); } };
      const core = new WorkerCore(loadIngestKnowledge(o.petrarchDir), (m) => o.onMessage(w, m));
      pool.workers.push(w);
      return pool;
    }
    try {
      await Promise.all(Array.from({ length: o.workers }, (_, index) => pool.spawn(index, o)));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  private spawn(index: number, o: PoolOptions): Promise<void> {
    return new Promise((resolve, reject) => {
      const t = new Worker(new URL('./ingest-worker.js', import.meta.url), {
        workerData: { petrarchDir: o.petrarchDir },
        // a young generation large enough for one article's working objects, so they die young instead of being
        // promoted and piling up in the old generation between major collections: memory stays flat over a run
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      this.threads.push(t);
      const w: PoolWorker = { index, send: (m) => t.postMessage(m) };
      let ready = false;
      t.on('message', (m: FromWorker) => {
        if (m.type === 'ready') { ready = true; this.workers.push(w); resolve(); return; }
        if (m.type === 'fatal') { reject(new Error(m.message)); return; }
        o.onMessage(w, m);
      });
      t.on('error', (e) => {
        if (!ready) reject(e);
        else o.onMessage(w, { type: 'fatal', message: `a worker crashed: ${e.message}` });
      });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}
