// npm run bench:ingest: `sitrep ingest` of the bench corpus into a fresh store, on one worker and on two, and its
// peak memory on one pass against a corpus repeated N times (each copy a near-duplicate with its own id, so every
// article is analysed and stored: memory must stay flat as the input grows).
//   --repeat N   (default 10; 0 skips the memory runs)
//   --limit N    only the first N articles (quick runs)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg, requireCorpus } from './corpus.js';

const corpus = requireCorpus();
const repeat = arg('repeat', 10);
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
async function writeCorpus(dir: string, times: number): Promise<string> {
  const file = join(dir, `corpus-x${times}.jsonl`);
  const out = createWriteStream(file);
  for (let r = 0; r < times; r++) {
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      if (n++ >= limit) break;
      const rec = JSON.parse(line);
      if (r > 0) { rec.id = `${rec.id}#${r}`; rec.text = `${rec.text}\n\nRepublished (copy ${r}).`; }
      if (!out.write(JSON.stringify(rec) + '\n')) await new Promise<void>((res) => out.once('drain', () => res()));
    }
  }
  await new Promise<void>((res) => out.end(() => res()));
  return file;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
  try {
    const one = await writeCorpus(dir, 1);
    const w1 = await ingest(one, 1, dir);
    const w2 = await ingest(one, 2, dir);
    console.log(w1.summary.split('\n').slice(1).join('\n'));
    const n = Number(/new +(\d+)/.exec(w1.summary)?.[1] ?? 0) + Number(/near-duplicate +(\d+)/.exec(w1.summary)?.[1] ?? 0);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`machine load average ${load} on ${availableParallelism()} cores (wall-clock rates are only meaningful on an idle machine)`);
    for (const [w, r] of [[1, w1], [2, w2]] as const) {
      const perArticle = ((r.cpuSec - r.startupSec * w) / n) * 1000;
      console.log(`  ${w} worker(s): ${r.cpuSec.toFixed(1)} CPU s in all threads, ${r.mainCpuSec.toFixed(1)} in the main thread; `
        + `~${perArticle.toFixed(2)} CPU ms per article after start-up => ${(1000 / perArticle).toFixed(0)} articles per CPU second`);
    }
    console.log(`ingest, 1 worker:  ${w1.articlesPerSec} articles/s (target >= 200), ${w1.wallSec.toFixed(1)} s wall incl. ${w1.startupSec} s loading dictionaries`);
    console.log(`ingest, 2 workers: ${w2.articlesPerSec} articles/s = ${(w2.articlesPerSec / w1.articlesPerSec).toFixed(2)}x one worker (target >= 1.8x), ${w2.wallSec.toFixed(1)} s wall`);
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
