// A worker thread of `sitrep ingest`: loads the Knowledge once, then analyses the blocks it is sent (WorkerCore).
import { parentPort, workerData } from 'node:worker_threads';
import { loadIngestKnowledge, WorkerCore, type FromWorker, type ToWorker } from './ingest-analysis.js';

const port = parentPort!;
const data = workerData as { petrarchDir: string | null };
const post = (m: FromWorker) => port.postMessage(m);
try {
  const core = new WorkerCore(loadIngestKnowledge(data.petrarchDir), post);
  port.on('message', (m: ToWorker) => core.receive(m));
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'fatal', message: (e as Error).message });
}
