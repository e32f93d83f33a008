// A worker thread of `sitrep ingest`: loads the Knowledge once, then analyses the articles it is sent with the pure
// analyze() and returns each Analysis with the SimHash of its text. A failure is reported for that article only.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeForStore, type AnalysisJob, type AnalysisReply } from './ingest-analysis.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';

const port = parentPort!;
try {
  const kb = loadKnowledge({ petrarchDir: (workerData as { petrarchDir: string | null }).petrarchDir });
  port.on('message', (job: AnalysisJob) => port.postMessage(analyzeForStore(job, kb) satisfies AnalysisReply));
  port.postMessage({ ready: true });
} catch (e) {
  port.postMessage({ fatal: (e as Error).message });
}
