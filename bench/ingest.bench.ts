// npm run bench:ingest: `sitrep ingest` of the bench corpus into a fresh store, on one worker and on two, and its
// peak memory on one pass against a corpus repeated N times (each copy a near-duplicate with its own id, so every
// article is analysed and stored: memory must stay flat as the input grows).
//   --repeat N   (default 10; 0 skips the memory runs)
//   --scale N    also one and two workers on the corpus repeated N times (default 0: skipped): each worker's
//                fixed costs (loading, V8 compiling the pipeline while it warms up) spread over more articles
//   --limit N    only the first N articles (quick runs)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg, readCorpus, requireCorpus } from './corpus.js';
import { analyze } from '../src/analyze.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { ingest as ingestInline } from '../src/corpus/ingest.js';
import { readSources } from '../src/corpus/sources.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

const corpus = requireCorpus();
const repeat = arg('repeat', 10);
const scale = arg('scale', 0);
const limit = arg('limit', Infinity);
const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

interface Run {
  articlesPerSec: number;
  /** CPU seconds of the whole process (all threads) and of its main thread, from /proc */
  cpuSec: number;
  mainCpuSec: number;
  startupSec: number;
  wallSec: number;
  peakMB: number;
  summary: string;
}

/** Runs `sitrep ingest` as a child, sampling its peak resident memory (VmHWM) from /proc. */
function ingest(file: string, workers: number, dir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const db = join(dir, `bench-${workers}-${Date.now()}.db`);
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'ingest', file, '--db', db, '--workers', String(workers), '--quiet'],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    let peak = 0, cpu = 0, mainCpu = 0;
    const ticks = (stat: string) => {
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    };
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
        cpu = ticks(readFileSync(`/proc/${child.pid}/stat`, 'utf8'));
        mainCpu = ticks(readFileSync(`/proc/${child.pid}/task/${child.pid}/stat`, 'utf8'));
      } catch { /* exited */ }
    };
    const timer = setInterval(sample, 25);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) { reject(new Error(`sitrep ingest exited ${code}:\n${out}`)); return; }
      const m = /\((\d+) articles\/s; ([\d.]+) s loading/.exec(out);
      resolve({
        articlesPerSec: m ? Number(m[1]) : NaN, startupSec: m ? Number(m[2]) : NaN, cpuSec: cpu, mainCpuSec: mainCpu,
        wallSec: (performance.now() - t0) / 1000, peakMB: peak, summary: out.trim(),
      });
    });
  });
}

/** The corpus (or its first `limit` articles), `times` over; copy r > 0 has ids suffixed #r and one more line. */
async function writeCorpus(dir: string, times: number, max = limit): Promise<string> {
  const file = join(dir, `corpus-x${times}-${max}.jsonl`);
  const out = createWriteStream(file);
  for (let r = 0; r < times; r++) {
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      if (n++ >= max) break;
      const rec = JSON.parse(line);
      if (r > 0) { rec.id = `${rec.id}#${r}`; rec.text = `${rec.text}\n\nRepublished (copy ${r}).`; }
      if (!out.write(JSON.stringify(rec) + '\n')) await new Promise<void>((res) => out.once('drain', () => res()));
    }
  }
  await new Promise<void>((res) => out.end(() => res()));
  return file;
}

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** In this process, after a warm-up pass: CPU per article of the pipeline alone, and of a whole inline ingest
 *  (read, analyse, fingerprint, store) on one thread. Their difference is what ingesting adds to analysing, a
 *  figure that holds on a busy machine where wall-clock rates do not. */
async function steadyState(file: string, dir: string): Promise<{ pipeline: number; ingest: number }> {
  const t0 = cpuMs();
  const kb = loadKnowledge();
  // the inline ingest loads its own Knowledge: that start-up is not per-article work
  const loadMs = cpuMs() - t0;
  const articles = [];
  for await (const a of readCorpus(file)) articles.push(a);
  let pipeline = 0, ingest = 0;
  for (const pass of [0, 1]) {
    let t = cpuMs();
    for (const a of articles) JSON.stringify(analyze(a, kb));
    pipeline = (cpuMs() - t) / articles.length;
    const db = join(dir, `inline-${pass}.db`);
    const store = new SqliteStore(db);
    t = cpuMs();
    const s = await ingestInline(readSources([file]), store, { workers: 0 });
    ingest = (cpuMs() - t - loadMs) / (s.new + s.nearDuplicate);
    await store.close();
  }
  return { pipeline, ingest };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
  try {
    const one = await writeCorpus(dir, 1);
    const steady = await steadyState(one, dir);
    console.log(`steady state, one thread: pipeline ${steady.pipeline.toFixed(2)} CPU ms/article (${(1000 / steady.pipeline).toFixed(0)}/s), `
      + `ingest ${steady.ingest.toFixed(2)} CPU ms/article (${(1000 / steady.ingest).toFixed(0)}/s): ingesting adds `
      + `${(steady.ingest - steady.pipeline).toFixed(2)} ms (${((steady.ingest / steady.pipeline - 1) * 100).toFixed(0)}%)`);
    const tiny = await writeCorpus(dir, 1, 1);
    const runs: Array<{ workers: number; run: Run; start: Run }> = [];
    for (const workers of [1, 2]) {
      const start = await ingest(tiny, workers, dir); // start-up alone: loading the dictionaries in each worker
      runs.push({ workers, run: await ingest(one, workers, dir), start });
    }
    const [w1, w2] = [runs[0].run, runs[1].run];
    console.log(w1.summary.split('\n').slice(1).join('\n'));
    const n = Number(/new +(\d+)/.exec(w1.summary)?.[1] ?? 0) + Number(/near-duplicate +(\d+)/.exec(w1.summary)?.[1] ?? 0);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`machine: load average ${load} on ${availableParallelism()} cores (wall-clock rates need an idle machine)`);
    console.log(`ingest, 1 worker:  ${w1.articlesPerSec} articles/s wall (target >= 200), ${w1.wallSec.toFixed(1)} s incl. ${w1.startupSec} s loading dictionaries`);
    console.log(`ingest, 2 workers: ${w2.articlesPerSec} articles/s wall = ${(w2.articlesPerSec / w1.articlesPerSec).toFixed(2)}x one worker (target >= 1.8x), ${w2.wallSec.toFixed(1)} s`);
    // per article beyond start-up (a one-article run's CPU), split by thread: the main thread reads and stores; the
    // others are the workers' analysis and V8's compiler and GC threads (a first pass compiles the pipeline there)
    for (const { workers, run, start } of runs) {
      const ms = ((run.cpuSec - start.cpuSec) / n) * 1000;
      const mainMs = ((run.mainCpuSec - start.mainCpuSec) / n) * 1000;
      console.log(`  ${workers} worker(s): ${run.cpuSec.toFixed(1)} CPU s (${run.mainCpuSec.toFixed(1)} in the main thread, `
        + `${start.cpuSec.toFixed(1)} start-up); per article beyond start-up ${ms.toFixed(2)} CPU ms: ${mainMs.toFixed(2)} main thread, `
        + `${(ms - mainMs).toFixed(2)} other threads => ${((1000 * workers) / ms).toFixed(0)} articles/s if ${workers} idle core(s) ran only this`);
    }
    if (scale > 1) {
      const long = await writeCorpus(dir, scale);
      const [l1, l2] = [await ingest(long, 1, dir), await ingest(long, 2, dir)];
      console.log(`corpus x${scale}: 1 worker ${l1.articlesPerSec} articles/s, 2 workers ${l2.articlesPerSec} articles/s `
        + `= ${(l2.articlesPerSec / l1.articlesPerSec).toFixed(2)}x (${l1.wallSec.toFixed(1)} s and ${l2.wallSec.toFixed(1)} s in all)`);
    }
    if (repeat > 0) {
      const many = await writeCorpus(dir, repeat);
      const m1 = await ingest(one, 2, dir);
      const mN = await ingest(many, 2, dir);
      console.log(`peak memory (2 workers): 1 pass ${m1.peakMB.toFixed(0)} MB, ${repeat} passes ${mN.peakMB.toFixed(0)} MB `
        + `(${((mN.peakMB / m1.peakMB - 1) * 100).toFixed(1)}%; target within 20%); ${repeat} passes at ${mN.articlesPerSec} articles/s`);
      console.log(mN.summary.split('\n').slice(1, 5).join('\n'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
