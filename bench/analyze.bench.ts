// npm run bench: the analyze pipeline on the bench corpus, against the tokenize-and-tag floor in the same run.
//   --repeat N   also run `sitrep analyze --jsonl` as a child on the corpus repeated N times and on one pass,
//                and compare their peak memory (streaming: it must stay flat as input grows)
//   --limit N    only the first N articles (quick runs)
//   --runs N     time the floor and the pipeline N times each, alternating, and report the fastest of each (the
//                machine is shared: the fastest run is the least disturbed one). CPU time of this process and time
//                spent in garbage collection are reported beside wall time.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { STAGES, newDoc, toAnalysis } from '../src/analyze.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { getNlp } from '../src/text/tokenize.js';
import { packageRoot } from '../src/paths.js';
import type { Article } from '../src/model/article.js';
import { arg, readCorpus, requireCorpus } from './corpus.js';

const corpus = requireCorpus();
const limit = arg('limit', Infinity);
const repeat = arg('repeat', 0);
const runs = Math.max(1, arg('runs', 1));

/** Milliseconds spent in garbage collection so far (perf_hooks gc entries; they arrive asynchronously). */
let gcMs = 0;
/** every gc entry's start and duration, to charge each pause to the stage that was running when it began */
const gcLog: Array<[number, number]> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) { gcMs += e.duration; gcLog.push([e.startTime, e.duration]); }
}).observe({ entryTypes: ['gc'] });

/** GC milliseconds by stage: stage k of the pass ran from marks[k] to marks[k + 1] (names[k]). */
function gcByStage(marks: number[], names: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [start, ms] of gcLog) {
    if (start < marks[0] || start >= marks[marks.length - 1]) continue;
    let lo = 0, hi = marks.length - 1;
    while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (marks[mid] <= start) lo = mid; else hi = mid; }
    out.set(names[lo], (out.get(names[lo]) ?? 0) + ms);
  }
  return out;
}
// gc entries are delivered on a later turn of the event loop, not on the next one.
const flushGc = () => new Promise<void>((r) => setTimeout(r, 50));

const cpuMs = (since: NodeJS.CpuUsage) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };

interface Timed { ms: number; cpu: number; gc: number }
/** Wall time, CPU time and GC time of one synchronous pass. */
async function timed<T>(pass: () => T): Promise<Timed & { result: T }> {
  await flushGc();
  const gc0 = gcMs, c0 = process.cpuUsage(), t0 = performance.now();
  const result = pass();
  const ms = performance.now() - t0, cpu = cpuMs(c0);
  await flushGc();
  return { result, ms, cpu, gc: gcMs - gc0 };
}

async function load(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of readCorpus(corpus)) { if (out.length >= limit) break; out.push(a); }
  return out;
}

function floorPass(articles: Article[]): number {
  const nlp = getNlp();
  const its = nlp.its;
  const t0 = performance.now();
  for (const a of articles) {
    const d = nlp.readDoc(a.text);
    d.tokens().out(its.pos);
    d.sentences().length();
  }
  return performance.now() - t0;
}

function pipelinePass(articles: Article[], kb: ReturnType<typeof loadKnowledge>) {
  const stageMs = new Map<string, number>(STAGES.map(([n]) => [n, 0]));
  // when each stage (and serialization) began, in order, for charging GC pauses to stages afterwards
  const marks: number[] = [];
  const names: string[] = [];
  let sentences = 0, events = 0, quotes = 0, actors = 0, times = 0, places = 0, serializeMs = 0;
  const t0 = performance.now();
  for (const a of articles) {
    const doc = newDoc(a);
    for (const [name, stage] of STAGES) {
      const s = performance.now();
      marks.push(s); names.push(name);
      stage(doc, kb);
      stageMs.set(name, stageMs.get(name)! + performance.now() - s);
    }
    const s = performance.now();
    marks.push(s); names.push('serialize');
    JSON.stringify(toAnalysis(doc));
    serializeMs += performance.now() - s;
    sentences += doc.sentences.length; events += doc.events.length; quotes += doc.quotes.length;
    actors += doc.actors.length; times += doc.times.length; places += doc.places.length;
  }
  marks.push(performance.now());
  return { ms: performance.now() - t0, marks, names, stageMs, serializeMs, sentences, events, quotes, actors, times, places };
}

/** Peak resident memory (VmHWM) of `sitrep analyze --jsonl FILE`, sampled from /proc while it runs. */
function childPeak(file: string): Promise<{ peakMB: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), 'analyze', '--jsonl', file],
      { stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch { /* exited */ }
    };
    const timer = setInterval(sample, 25);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) reject(new Error(`sitrep analyze exited ${code}`));
      else resolve({ peakMB: peak, ms: performance.now() - t0 });
    });
  });
}

async function writeRepeated(dir: string, times: number): Promise<string> {
  const file = join(dir, `corpus-x${times}.jsonl`);
  const out = createWriteStream(file);
  const text = readFileSync(corpus, 'utf8');
  for (let i = 0; i < times; i++) if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  return file;
}

const pct = (x: number, total: number) => `${((100 * x) / total).toFixed(1)}%`;

async function main() {
  const articles = await load();
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const tk = performance.now();
  const kb = loadKnowledge();
  const kbMs = performance.now() - tk;
  // Warm up both passes on a slice so JIT and lazy loads do not land on one side.
  floorPass(articles.slice(0, 50));
  pipelinePass(articles.slice(0, 50), kb);
  let floor: Timed | null = null;
  let best: (Timed & { result: ReturnType<typeof pipelinePass> }) | null = null;
  for (let r = 0; r < runs; r++) {
    const f = await timed(() => floorPass(articles));
    if (!floor || f.cpu < floor.cpu) floor = f;
    const q = await timed(() => pipelinePass(articles, kb));
    if (!best || q.cpu < best.cpu) best = q;
  }
  const floorMs = floor!.ms;
  const p = best!.result;
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`bench corpus: ${articles.length} articles, ${(chars / 1e6).toFixed(2)}M chars, ${p.sentences} sentences`);
  console.log(`knowledge load: ${kbMs.toFixed(0)} ms`);
  console.log(`tokenize-and-tag floor: ${(floorMs / 1000).toFixed(2)} s, ${(articles.length / (floorMs / 1000)).toFixed(0)} articles/s`);
  console.log(`full pipeline:          ${(p.ms / 1000).toFixed(2)} s, ${(articles.length / (p.ms / 1000)).toFixed(0)} articles/s, ${(p.sentences / (p.ms / 1000)).toFixed(0)} sentences/s`);
  console.log(`ratio pipeline / floor: ${(p.ms / floorMs).toFixed(2)}x (target <= 2.5x)`);
  const fc = floor!, pc = best!;
  console.log(`CPU time: floor ${(fc.cpu / 1000).toFixed(2)} s (GC ${(fc.gc / 1000).toFixed(2)} s), ` +
    `pipeline ${(pc.cpu / 1000).toFixed(2)} s (GC ${(pc.gc / 1000).toFixed(2)} s), ` +
    `${(articles.length / (pc.cpu / 1000)).toFixed(0)} articles per CPU second, ratio ${(pc.cpu / fc.cpu).toFixed(2)}x` +
    (runs > 1 ? ` (best of ${runs} runs)` : ''));
  console.log('time by stage (share of the pipeline):');
  const gc = gcByStage(p.marks, p.names);
  const gcNote = (name: string) => (gc.get(name) ? `  (GC ${gc.get(name)!.toFixed(0)} ms)` : '');
  for (const [name, ms] of p.stageMs) console.log(`  ${name.padEnd(15)} ${ms.toFixed(0).padStart(7)} ms  ${pct(ms, p.ms)}${gcNote(name)}`);
  console.log(`  ${'serialize'.padEnd(15)} ${p.serializeMs.toFixed(0).padStart(7)} ms  ${pct(p.serializeMs, p.ms)}${gcNote('serialize')}`);
  const coding = (p.stageMs.get('events') ?? 0) + (p.stageMs.get('text') ?? 0);
  console.log(`event coding incl. tokenization: ${(p.sentences / (coding / 1000)).toFixed(0)} sentences/s`);
  console.log(`found: ${p.actors} actors, ${p.times} times, ${p.places} places, ${p.quotes} quotes, ${p.events} events`);
  console.log(`resident memory after the run: ${rss.toFixed(0)} MB`);
  if (repeat > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    try {
      const one = await childPeak(await writeRepeated(dir, 1));
      const many = await childPeak(await writeRepeated(dir, repeat));
      console.log(`sitrep analyze --jsonl peak memory: 1 pass ${one.peakMB.toFixed(0)} MB, ${repeat} passes ${many.peakMB.toFixed(0)} MB ` +
        `(${((many.peakMB / one.peakMB - 1) * 100).toFixed(1)}%; target within 20%)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
