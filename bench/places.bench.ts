// The place stage alone on the bench corpus, with the gazetteer already built (its one-time build is what
// gazetteer.bench measures): every stage before it runs first, untimed, then the place stage is timed three times.
// Run: node .build/places/bench/places.bench.js   (or the dist/ equivalent after `npm run build`)
import { STAGES, newDoc } from '../src/analyze.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import type { Doc } from '../src/model/doc.js';
import { arg, readCorpus, requireCorpus } from './corpus.js';

const corpus = requireCorpus();
const limit = arg('limit', Infinity);
const kb = loadKnowledge();
kb.places.gazetteer();
const at = STAGES.findIndex(([name]) => name === 'places');
const before = STAGES.slice(0, at);
const places = STAGES[at][1];

const docs: Doc[] = [];
for await (const a of readCorpus(corpus)) {
  if (docs.length >= limit) break;
  const doc = newDoc(a);
  for (const [, stage] of before) stage(doc, kb);
  docs.push(doc);
}
for (let round = 1; round <= 3; round++) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of docs) places(doc, kb);
  const ms = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const found = docs.reduce((n, d) => n + d.places.length, 0);
  console.log(`round ${round}: ${docs.length} articles, ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, ${(cpuMs / docs.length).toFixed(3)} ms CPU per article, ${found} places`);
}
