// One unit of ingest work, the same in a worker thread or inline: article in, Analysis and fingerprint out.
import { analyze } from '../analyze.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { simhash } from './simhash.js';

export interface AnalysisJob {
  seq: number;
  article: Article;
}

export type AnalysisReply =
  | { seq: number; analysis: Analysis; fingerprint: string | null }
  | { seq: number; error: string };

export function analyzeForStore(job: AnalysisJob, kb: Knowledge): AnalysisReply {
  try {
    const analysis = analyze(job.article, kb);
    return { seq: job.seq, analysis, fingerprint: simhash(analysis.text) };
  } catch (e) {
    return { seq: job.seq, error: `analysis failed: ${(e as Error).message}` };
  }
}
