// A worker thread of `sitrep ingest`: loads the Knowledge once, opens its own connection to the store, then
// analyses the blocks it is sent and writes each when its turn comes (WorkerCore).
import { parentPort, workerData } from 'node:worker_threads';
import { WorkerCore, type FromWorker, type ToWorker } from './ingest-analysis.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { SqliteStore } from '../store/sqlite-store.js';

const port = parentPort!;
const data = workerData as { petrarchDir: string | null; db: string };
const post = (m: FromWorker) => port.postMessage(m);
try {
  const core = new WorkerCore(loadKnowledge({ petrarchDir: data.petrarchDir }), new SqliteStore(data.db), post);
  port.on('message', (m: ToWorker) => { void core.receive(m); });
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'fatal', message: (e as Error).message });
}
