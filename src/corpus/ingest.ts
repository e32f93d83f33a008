// `sitrep ingest`: read sources, analyse in worker threads, store. The coordinator (this module) reads the input,
// skips what is stored already (same id or same text hash), deals the articles out in blocks to the workers, and
// writes the analysed blocks itself, each in one transaction, strictly in input order. So a killed ingest leaves
// a prefix of the input stored; run again, it skips that prefix and goes on, and the store ends identical to an
// uninterrupted run. Near-duplicates (SimHash within a few bits of a stored original) are decided here, in input
// order, and linked to their original. Writing here rather than in the workers keeps their cores on analysis:
// storing an article costs a fifth of analysing it, and on this thread it runs beside the analysis, not after it.
import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';
import type { Failure, Store, StoredArticleInput } from '../store/store.js';
import { NearDuplicateIndex } from './dedup.js';
import { IngestPool, type PoolWorker } from './ingest-pool.js';
import type { Analyzed, BlockJob, FromWorker } from './ingest-analysis.js';
import type { InputError } from './input-error.js';

/** What a reader yields: an article with where it came from, or an input that could not be read. */
export type IngestItem = { article: Article; origin: string } | { error: InputError };

export interface IngestOptions {
  /** analysis worker threads; 0 analyses in the calling thread */
  workers: number;
  petrarchDir?: string | null;
  /** articles per block (one transaction each) */
  batchSize?: number;
  /** called after each stored block and at the end */
  onProgress?: (p: IngestProgress) => void;
}

export interface IngestProgress {
  /** inputs read so far (articles and failures) */
  read: number;
  new: number;
  nearDuplicate: number;
  duplicate: number;
  failed: number;
  events: number;
  quotes: number;
  /** time since the workers were ready (loading the Knowledge is startupMs) */
  elapsedMs: number;
  startupMs: number;
}

export interface IngestSummary extends IngestProgress {
  /** the failures of this run, with reasons (all of them are also in the store's failures table) */
  failures: Failure[];
}

const MAX_FAILURES_KEPT = 1000;
/** blocks handed to one worker at a time: one being analysed, one waiting */
const BLOCKS_PER_WORKER = 2;
/** analysed blocks that may wait for an earlier one to be stored, beyond those being analysed: bounds memory when
 *  one worker is behind the others */
const BLOCKS_WAITING = 2;

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The id analysis gives an article that has none (textId, analyze.ts): the first 16 digits of its text hash. Taken
 *  from the hash here, so this thread does not load the pipeline's modules to name an article. */
export function idFromHash(hash: string): string {
  return hash.slice(0, 16);
}

interface Block {
  index: number;
  jobs: BlockJob[];
  ids: string[];
  /** inputs that could not be read, met while this block filled: recorded in its turn, so in a fixed order */
  failures: Failure[];
  /** each article's result as its worker sends it; the block is stored once all have come */
  results: Array<Analyzed | undefined>;
  pending: number;
  analyzed: Analyzed[] | null;
}

export async function ingest(items: AsyncIterable<IngestItem>, store: Store, opts: IngestOptions): Promise<IngestSummary> {
  let t0 = performance.now();
  const blockSize = opts.batchSize ?? 32;
  const p: IngestSummary = {
    read: 0, new: 0, nearDuplicate: 0, duplicate: 0, failed: 0, events: 0, quotes: 0, elapsedMs: 0, startupMs: 0, failures: [],
  };
  const near = new NearDuplicateIndex();
  for await (const f of store.fingerprints()) near.add(f.id, f.fingerprint);

  const fail = async (f: Failure) => {
    p.failed++;
    if (p.failures.length < MAX_FAILURES_KEPT) p.failures.push(f);
    await store.putFailures([f]);
  };

  const blocks = new Map<number, Block>();
  const load = new Map<PoolWorker, number>();
  let nextBlock = 0;
  let nextToStore = 0;
  let storing = false;
  let fatal: Error | null = null;
  // ids and hashes sent to workers but not yet stored: a repeat inside the input is a duplicate
  const inFlight = new Set<string>();
  let wake: (() => void) | null = null;
  const notify = () => { const w = wake; wake = null; w?.(); };
  const waitForChange = () => new Promise<void>((r) => { wake = r; });

  // Writes the next block in input order, once it is analysed; then the one after it, if that is analysed too.
  const storeNext = () => {
    const b = blocks.get(nextToStore);
    if (storing || !b?.analyzed) return;
    storing = true;
    void storeBlock(b).then(() => {
      storing = false;
      storeNext();
      notify();
    }, (e) => { fatal = e; notify(); });
  };

  const storeBlock = async (b: Block) => {
    const done = b.analyzed!;
    const items: StoredArticleInput[] = [];
    const at: number[] = [];
    done.forEach((d, i) => {
      if (!d.rows) return;
      let duplicateOf = null;
      if (d.fingerprint) {
        const m = near.find(d.fingerprint);
        if (m) duplicateOf = { original: m.id, similarity: m.similarity };
        else near.add(d.rows.id, d.fingerprint);
      }
      at.push(i);
      items.push({ rows: d.rows, origin: b.jobs[i].origin, textHash: b.jobs[i].textHash, fingerprint: d.fingerprint, duplicateOf });
    });
    const results = await store.putMany(items);
    for (const f of b.failures) await fail(f);
    let k = 0;
    for (let i = 0; i < b.jobs.length; i++) {
      const d = done[i];
      if (d.error) await fail({ file: b.jobs[i].origin, line: null, reason: d.error });
      if (at[k] === i) {
        const r = results[k++];
        if (r === 'duplicate') p.duplicate++;
        else {
          if (r === 'new') p.new++;
          else p.nearDuplicate++;
          p.events += d.rows!.events;
          p.quotes += d.rows!.quotes;
        }
      }
      inFlight.delete(b.ids[i]);
      inFlight.delete(b.jobs[i].textHash);
    }
    blocks.delete(b.index);
    nextToStore++;
    p.elapsedMs = performance.now() - t0;
    opts.onProgress?.({ ...p });
  };

  const onMessage = (w: PoolWorker, m: FromWorker) => {
    if (m.type === 'analyzed') {
      const b = blocks.get(m.block)!;
      b.results[m.index] = m.article;
      if (--b.pending > 0) return;
      b.analyzed = b.results as Analyzed[];
      load.set(w, load.get(w)! - 1);
      storeNext();
      notify();
    } else if (m.type === 'fatal') {
      fatal = new Error(m.message);
      notify();
    }
  };

  const pool = await IngestPool.start({
    workers: opts.workers, petrarchDir: opts.petrarchDir ?? null, onMessage,
  });
  for (const w of pool.workers) load.set(w, 0);
  p.startupMs = performance.now() - t0;
  t0 = performance.now();

  // Sends block i to worker i mod N, first waiting for room. A fixed dealing, not the least loaded worker: an
  // Analysis can depend on what its thread analysed before (wink-nlp learns words as it reads), so the same input
  // on the same number of workers is then stored the same way every run.
  const maxBlocks = pool.workers.length * BLOCKS_PER_WORKER + BLOCKS_WAITING;
  const dispatch = async (b: Block) => {
    const w = pool.workers[b.index % pool.workers.length];
    for (;;) {
      if (fatal) throw fatal;
      if (load.get(w)! < BLOCKS_PER_WORKER && blocks.size < maxBlocks) {
        load.set(w, load.get(w)! + 1);
        blocks.set(b.index, b);
        b.pending = b.jobs.length;
        b.results = new Array(b.jobs.length);
        w.send({ type: 'block', block: b.index, jobs: b.jobs });
        return;
      }
      await waitForChange();
    }
  };

  const newBlock = (): Block => ({ index: nextBlock++, jobs: [], ids: [], failures: [], results: [], pending: 0, analyzed: null });
  let current = newBlock();
  try {
    for await (const item of items) {
      if (fatal) throw fatal;
      p.read++;
      if ('error' in item) {
        current.failures.push({ file: item.error.file, line: item.error.line, reason: item.error.reason });
        continue;
      }
      const a = item.article;
      const hash = textHash(a.text);
      const id = a.id ?? idFromHash(hash);
      if (inFlight.has(id) || inFlight.has(hash) || (await store.has(id)) || (await store.has(hash))) {
        p.duplicate++;
        continue;
      }
      inFlight.add(id);
      inFlight.add(hash);
      current.jobs.push({ seq: p.read, article: { ...a, id }, origin: item.origin, textHash: hash });
      current.ids.push(id);
      if (current.jobs.length >= blockSize) {
        await dispatch(current);
        current = newBlock();
      }
    }
    if (current.jobs.length) await dispatch(current);
    else nextBlock--;
    while (nextToStore < nextBlock) {
      if (fatal) throw fatal;
      await waitForChange();
    }
    // failures read after the last article
    if (!current.jobs.length) for (const f of current.failures) await fail(f);
  } finally {
    await pool.close();
  }
  p.elapsedMs = performance.now() - t0;
  opts.onProgress?.({ ...p });
  return p;
}
