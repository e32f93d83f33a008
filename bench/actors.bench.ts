// Actor layer benchmarks: compiling 100,000 dictionary phrases (aim: under 1 s), and the actor stages' share of
// the pipeline on the bench corpus (aim: adding at most 25% to it). Run: node .build/NAME/bench/actors.bench.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PhraseMatcher } from '../src/actors/matcher.js';
import { STAGES, newDoc } from '../src/analyze.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { packageRoot } from '../src/paths.js';

function compileBench(): void {
  // deterministic made-up names, so no real dictionary is needed
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const syllables = ['ka', 'lo', 'mi', 'ra', 'tus', 'ven', 'dor', 'al', 'bek', 'shi', 'ron', 'el', 'gar', 'nis', 'pol', 'dan'];
  const word = () => {
    const w = syllables[(rand() * 16) | 0] + syllables[(rand() * 16) | 0];
    return w[0].toUpperCase() + w.slice(1);
  };
  const phrases = Array.from({ length: 100_000 }, () => Array.from({ length: 1 + ((rand() * 3) | 0) }, word).join(' '));
  const t = performance.now();
  const m = new PhraseMatcher();
  phrases.forEach((p, i) => m.add('actor', p, i));
  console.log(`compile: ${m.size} phrases in ${(performance.now() - t).toFixed(0)} ms`);
}

function shareBench(): void {
  const file = join(packageRoot, '..', 'shared', 'data', 'bench-corpus', 'articles.jsonl');
  const articles = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text?: string; date?: string });
  const kb = loadKnowledge();
  // CPU time, not wall time: the machine is shared, and waiting for a core is no stage's cost
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time: Record<string, number> = {};
  for (let round = 0; round < 2; round++) {
    for (const k of Object.keys(time)) time[k] = 0; // the first round warms up
    for (const a of articles) {
      const doc = newDoc({ text: a.text ?? '', date: a.date ?? null });
      for (const [name, stage] of STAGES) {
        const t = cpu();
        stage(doc, kb);
        time[name] = (time[name] ?? 0) + cpu() - t;
      }
    }
  }
  const total = Object.values(time).reduce((a, b) => a + b, 0);
  const actors = (time['actors'] ?? 0) + (time['resolve-actors'] ?? 0);
  console.log(`pipeline: ${articles.length} articles in ${total.toFixed(0)} ms CPU; actor stages ${actors.toFixed(0)} ms = +${((actors / (total - actors)) * 100).toFixed(1)}% over the rest`);
}

compileBench();
shareBench();
