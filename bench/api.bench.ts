// API benchmark: event queries against a store of 100,000 events, answered by `sitrep serve` in a child process
// and timed from this one over loopback (keep-alive, one request at a time). Target: p95 under 50 ms.
//   --events N     events in the store (default 100000; 5 per synthetic article)
//   --requests N   measured requests (default 1000, after 100 warm-up ones)
//   --db FILE      where the store is kept between runs (default $TMPDIR/sitrep-api-bench.db); rebuilt when its
//                  event count or the store's schema differs, or with --rebuild
//   --analyze      run SQLite's PRAGMA optimize=0x10002 (planner statistics) on a copy of the store first: a diagnostic
//                  showing what statistics, which the store does not gather yet, would change
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { SCHEMA } from '../src/store/sqlite-schema.js';
import type { StoredArticleInput } from '../src/store/store.js';
import { arg } from './corpus.js';
import { prng, syntheticAnalyses } from './synthetic-analyses.js';

const EVENTS_PER_ARTICLE = 5;
const COUNTRIES = 120;
const events = arg('events', 100_000);
const requests = arg('requests', 1000);
const dbIndex = process.argv.indexOf('--db');
const db = dbIndex >= 0 ? process.argv[dbIndex + 1] : join(tmpdir(), 'sitrep-api-bench.db');
const rebuild = process.argv.includes('--rebuild');
const analyzeFirst = process.argv.includes('--analyze');

async function buildStore(): Promise<void> {
  // A store built under another schema would keep its old indexes: rebuild it.
  const schema = createHash('sha1').update(SCHEMA).digest('hex');
  const stamp = db + '.schema';
  if (existsSync(db) && !rebuild && existsSync(stamp) && readFileSync(stamp, 'utf8') === schema) {
    const store = new SqliteStore(db);
    const n = (await store.stats()).events;
    await store.close();
    if (n === events) { console.log(`store: ${db} already holds ${n} events`); return; }
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const store = new SqliteStore(db);
  const t0 = performance.now();
  let batch: StoredArticleInput[] = [];
  const articles = Math.ceil(events / EVENTS_PER_ARTICLE);
  for (const analysis of syntheticAnalyses({ articles, eventsPerArticle: EVENTS_PER_ARTICLE, countries: COUNTRIES, seed: 7 })) {
    const textHash = createHash('sha1').update(analysis.text).digest('hex');
    batch.push({ analysis, origin: 'bench', textHash, fingerprint: null, duplicateOf: null });
    if (batch.length === 500) { await store.putMany(batch); batch = []; }
  }
  if (batch.length) await store.putMany(batch);
  const stats = await store.stats();
  await store.close();
  writeFileSync(stamp, schema);
  console.log(`store: ${stats.articles} articles, ${stats.events} events stored through the Store in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function startServer(file: string): Promise<{ url: string; child: ChildProcess }> {
  const main = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const child = spawn(process.execPath, [main, 'serve', '--db', file, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SITREP_TOKEN: '' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve({ url: m[1].replace(/\/$/, ''), child });
    });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited (${code}) before listening`)));
  });
}

/** The query mix: the filters the UI and the CLI use, with random actors, codes and dates. */
function queries(n: number): { kind: string; path: string }[] {
  const rnd = prng(11);
  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const country = () => { const i = Math.floor(rnd() * COUNTRIES); return LETTERS[i % 26] + LETTERS[Math.floor(i / 26) % 26] + 'X'; };
  const day = () => new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3300) * 86_400_000).toISOString().slice(0, 10);
  const plus = (d: string, days: number) => new Date(Date.parse(d) + days * 86_400_000).toISOString().slice(0, 10);
  const roots = ['01', '02', '03', '04', '05', '06', '07', '08', '11', '12', '13', '14', '16', '17', '19'];
  const kinds: [string, () => string][] = [
    // As the UI asks: the events page newest first, an actor page's event list.
    ['latest page', () => 'events?sort=-date'],
    ['actor', () => `events?actor=${country()}&sort=-date&limit=100`],
    ['actor + year', () => { const d = day(); return `events?actor=${country()}&from=${d}&to=${plus(d, 365)}`; }],
    ['source + target', () => `events?source=${country()}GOV&target=${country()}`],
    ['CAMEO root', () => `events?cameo=${roots[Math.floor(rnd() * roots.length)]}`],
    ['QuadClass + month', () => { const d = day(); return `events?quadClass=${1 + Math.floor(rnd() * 4)}&from=${d}&to=${plus(d, 30)}`; }],
    ['by Goldstein', () => `events?sort=${rnd() < 0.5 ? '-' : ''}goldstein&quadClass=4`],
    ['deep page', () => `events?sort=date&offset=${Math.floor(rnd() * 50) * 100}`],
    ['words', () => `events?text=${['accused', 'embargo', 'visited', 'threatened'][Math.floor(rnd() * 4)]}`],
  ];
  return Array.from({ length: n }, (_, i) => { const [kind, make] = kinds[i % kinds.length]; return { kind, path: make() }; });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  await buildStore();
  let served = db;
  if (analyzeFirst) {
    // On a copy, so the kept store stays as the Store left it.
    served = db + '.analyzed';
    copyFileSync(db, served);
    const store = new SqliteStore(served);
    store.db.pragma('optimize=0x10002');
    await store.close();
    console.log(`ran PRAGMA optimize=0x10002 on a copy of the store (${served})`);
  }
  const { url, child } = await startServer(served);
  try {
    const run = async (qs: { kind: string; path: string }[]) => {
      const times = new Map<string, number[]>();
      for (const q of qs) {
        const t0 = performance.now();
        const res = await fetch(`${url}/api/${q.path}`);
        const body = await res.text();
        const ms = performance.now() - t0;
        if (res.status !== 200) throw new Error(`${q.path}: ${res.status} ${body.slice(0, 200)}`);
        (times.get(q.kind) ?? times.set(q.kind, []).get(q.kind)!).push(ms);
      }
      return times;
    };
    await run(queries(100));
    const times = await run(queries(requests).slice(0));
    const fmt = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `p50 ${percentile(s, 50).toFixed(1).padStart(6)}  p95 ${percentile(s, 95).toFixed(1).padStart(6)}  p99 ${percentile(s, 99).toFixed(1).padStart(6)}  max ${s[s.length - 1].toFixed(1).padStart(6)} ms`;
    };
    console.log(`\nevent queries over loopback, ${requests} requests, one at a time (limit 50 unless given, with the total count; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores):`);
    for (const [kind, xs] of times) console.log(`  ${kind.padEnd(18)} n=${String(xs.length).padStart(4)}  ${fmt(xs)}`);
    const all = [...times.values()].flat().sort((a, b) => a - b);
    const p95 = percentile(all, 95);
    console.log(`  ${'all'.padEnd(18)} n=${String(all.length).padStart(4)}  ${fmt(all)}`);
    console.log(`\np95 ${p95.toFixed(1)} ms: ${p95 < 50 ? 'PASS' : 'FAIL'} (target < 50 ms)`);
    process.exitCode = p95 < 50 ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
