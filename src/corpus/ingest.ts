// `sitrep ingest`: read sources, analyse in worker threads, store. Articles are stored in input order, in batches,
// one transaction each, so a killed ingest leaves a prefix of the input stored; run again, it skips what is stored
// (same id or same text hash) and goes on, and the store ends identical to an uninterrupted run. Near-duplicates
// (SimHash within a few bits of a stored original) are linked to their original.
import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';
import type { Failure, PutResult, Store, StoredArticleInput } from '../store/store.js';
import { textId } from '../analyze.js';
import { NearDuplicateIndex } from './dedup.js';
import { AnalysisPool } from './ingest-pool.js';
import type { AnalysisReply } from './ingest-analysis.js';
import type { InputError } from './input-error.js';

/** What a reader yields: an article with where it came from, or an input that could not be read. */
export type IngestItem = { article: Article; origin: string } | { error: InputError };

export interface IngestOptions {
  /** analysis worker threads; 0 analyses in the calling thread */
  workers: number;
  petrarchDir?: string | null;
  /** articles per transaction */
  batchSize?: number;
  /** called after each stored batch and at the end */
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

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function failureOf(e: InputError): Failure {
  return { file: e.file, line: e.line, reason: e.reason };
}

interface Pending {
  origin: string;
  textHash: string;
  reply: AnalysisReply | null;
  /** an input that could not be read: recorded in its turn */
  failure?: Failure;
}

export async function ingest(items: AsyncIterable<IngestItem>, store: Store, opts: IngestOptions): Promise<IngestSummary> {
  let t0 = performance.now();
  const batchSize = opts.batchSize ?? 64;
  const p: IngestSummary = {
    read: 0, new: 0, nearDuplicate: 0, duplicate: 0, failed: 0, events: 0, quotes: 0, elapsedMs: 0, startupMs: 0, failures: [],
  };
  const near = new NearDuplicateIndex();
  for await (const f of store.fingerprints()) near.add(f.id, f.fingerprint);

  // Replies arrive in completion order; `pending` holds them by input sequence until their turn.
  const pending = new Map<number, Pending>();
  let nextToStore = 0;
  let nextSeq = 0;
  let batch: StoredArticleInput[] = [];
  let batchFailures: Failure[] = [];
  // ids and hashes submitted in this run but not yet stored: a repeat inside the input is a duplicate
  const inFlight = new Set<string>();

  const fail = (f: Failure) => {
    p.failed++;
    batchFailures.push(f);
    if (p.failures.length < MAX_FAILURES_KEPT) p.failures.push(f);
  };

  const flush = async () => {
    if (batch.length) {
      const results: PutResult[] = await store.putMany(batch);
      results.forEach((r, i) => {
        const a = batch[i].analysis;
        if (r === 'duplicate') { p.duplicate++; return; }
        if (r === 'new') p.new++;
        else p.nearDuplicate++;
        p.events += a.events.length;
        p.quotes += a.quotes.length;
      });
      for (const b of batch) { inFlight.delete(b.analysis.id); inFlight.delete(b.textHash); }
    }
    if (batchFailures.length) await store.putFailures(batchFailures);
    batch = [];
    batchFailures = [];
    p.elapsedMs = performance.now() - t0;
    opts.onProgress?.({ ...p });
  };

  // Moves finished analyses, in input order, into the batch; near-duplicate decisions are made here, in order,
  // so they do not depend on which worker finished first.
  const collect = async () => {
    for (let job = pending.get(nextToStore); job?.reply; job = pending.get(nextToStore)) {
      pending.delete(nextToStore++);
      const r = job.reply;
      if ('error' in r) { fail(job.failure ?? { file: job.origin, line: null, reason: r.error }); continue; }
      let duplicateOf = null;
      if (r.fingerprint) {
        const m = near.find(r.fingerprint);
        if (m) duplicateOf = { original: m.id, similarity: m.similarity };
        else near.add(r.analysis.id, r.fingerprint);
      }
      batch.push({ analysis: r.analysis, origin: job.origin, textHash: job.textHash, fingerprint: r.fingerprint, duplicateOf });
    }
    if (batch.length >= batchSize) await flush();
  };

  const pool = await AnalysisPool.start(opts.workers, opts.petrarchDir ?? null, (reply) => {
    const job = pending.get(reply.seq);
    if (job) job.reply = reply;
  });
  p.startupMs = performance.now() - t0;
  t0 = performance.now();
  try {
    for await (const item of items) {
      p.read++;
      if ('error' in item) {
        // a failure keeps its place in the input order, so a resumed run records the same failures
        const seq = nextSeq++;
        pending.set(seq, { origin: item.error.file, textHash: '', reply: { seq, error: item.error.reason }, failure: failureOf(item.error) });
        await collect();
        continue;
      }
      const a = item.article;
      const hash = textHash(a.text);
      const id = a.id ?? textId(a.text);
      if (inFlight.has(id) || inFlight.has(hash) || (await store.has(id)) || (await store.has(hash))) {
        p.duplicate++;
        continue;
      }
      inFlight.add(id);
      inFlight.add(hash);
      const seq = nextSeq++;
      pending.set(seq, { origin: item.origin, textHash: hash, reply: null });
      await pool.submit({ seq, article: { ...a, id } });
      await collect();
    }
    await pool.drain();
    await collect();
    await flush();
  } finally {
    await pool.close();
  }
  p.elapsedMs = performance.now() - t0;
  return p;
}
