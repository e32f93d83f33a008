// The work of an ingest worker, the same in a worker thread or inline: analyse the articles of a block one at a
// time (yielding between them so messages are served promptly) and send the block back as the store's rows, with
// fingerprints. The coordinator writes them: one writer, on a thread of its own, running the inserts and little
// else, since everything that follows from an Analysis alone (its rows, its JSON, its fingerprint) is done here.
import { analyze } from '../analyze.js';
import { loadKnowledge, type Knowledge } from '../dictionaries/knowledge.js';
import { getNlp } from '../text/tokenize.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { articleRows, type ArticleRows } from '../store/rows.js';
import { simhash } from './simhash.js';

export interface BlockJob {
  seq: number;
  article: Article;
  origin: string;
  textHash: string;
}

/** coordinator -> worker */
export type ToWorker = { type: 'block'; block: number; jobs: BlockJob[] };

/** One article of an analysed block: its rows and fingerprint, or why it could not be analysed. */
export interface Analyzed {
  rows: ArticleRows | null;
  fingerprint: string | null;
  error: string | null;
}

/** worker -> coordinator */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'analyzed'; block: number; index: number; article: Analyzed };

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

/** The Knowledge with what analysis builds on first use (the gazetteer, the wink-nlp model) built now: an ingest
 *  worker analyses from its first block on, so this is loading and belongs to start-up, not to the first articles.
 *  Neither build reads a document, so no output changes. */
export function loadIngestKnowledge(petrarchDir: string | null): Knowledge {
  const kb = loadKnowledge({ petrarchDir });
  kb.places.gazetteer();
  getNlp();
  return kb;
}

export class WorkerCore {
  // Each article's rows go back as soon as they are made, not held until the block is done: rows held here for a
  // block's time outlive a young-generation collection and are copied into the old generation, which made the
  // worker's scavenges cost several times as much.
  private readonly queue: Array<{ block: number; jobs: BlockJob[]; done: number }> = [];
  private scheduled = false;

  constructor(private readonly kb: Knowledge, private readonly post: (m: FromWorker) => void) {}

  receive(m: ToWorker): void {
    this.queue.push({ block: m.block, jobs: m.jobs, done: 0 });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => { this.scheduled = false; this.step(); });
  }

  /** Analyses one article, so that messages (the next block) are taken in between articles. */
  private step(): void {
    const head = this.queue[0];
    if (!head) return;
    const index = head.done++;
    const r = analyzeForStore({ seq: head.jobs[index].seq, article: head.jobs[index].article }, this.kb);
    if (head.done === head.jobs.length) this.queue.shift();
    const article: Analyzed = 'error' in r
      ? { rows: null, fingerprint: null, error: r.error }
      : { rows: articleRows(r.analysis), fingerprint: r.fingerprint, error: null };
    this.post({ type: 'analyzed', block: head.block, index, article });
    this.schedule();
  }
}
