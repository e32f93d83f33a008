// sitrep ingest end to end: idempotence, near-duplicates, broken inputs, worker threads, and kill -9 then resume.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../helpers/cli.js';
import { packageRoot } from '../../src/paths.js';
import { article, dumpStore, jsonl, tempDir } from './corpus.js';

const CLI = join(packageRoot, '.build', 'store', 'src', 'cli', 'main.js');
const cliPath = (() => {
  // the compiled CLI beside this test (whatever the build folder is called)
  const here = new URL('../../src/cli/main.js', import.meta.url).pathname;
  return existsSync(here) ? here : CLI;
})();

function summaryOf(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stdout.matchAll(/^ {2}(new|near-duplicate|duplicate|failed|events|quotes) +(\d+)/gm)) out[m[1]] = Number(m[2]);
  return out;
}

test('ingesting the same inputs twice changes nothing the second time', async () => {
  const dir = tempDir();
  try {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, jsonl(0, 30));
    const db = join(dir, 's.db');
    const first = await runCli(['ingest', input, '--db', db, '--workers', '0', '--quiet']);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual([summaryOf(first.stdout).new, summaryOf(first.stdout).duplicate], [30, 0]);
    const before = dumpStore(db);
    const second = await runCli(['ingest', input, '--db', db, '--workers', '0', '--quiet']);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual([summaryOf(second.stdout).new, summaryOf(second.stdout).duplicate], [0, 30]);
    assert.deepEqual(dumpStore(db), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same text under another id, and a repeat inside one input, are duplicates; a syndicated copy is linked', async () => {
  const dir = tempDir();
  try {
    const long = (n: number) => [article(n).text, article(n + 500).text, article(n + 900).text].join('\n\n');
    const orig = { id: 'orig', text: long(1), date: '2022-05-02', source: 'Wire' };
    const lines = [
      orig,
      { ...orig, id: 'same-text-other-id' },
      orig,
      { id: 'copy', text: `Reprinted from Wire\n\n${long(1)}\n\nAll rights reserved.`, date: '2022-05-02', source: 'Paper' },
      { id: 'other', text: long(2), date: '2022-05-03' },
    ];
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const db = join(dir, 's.db');
    const r = await runCli(['ingest', input, '--db', db, '--workers', '0', '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    const s = summaryOf(r.stdout);
    assert.deepEqual([s.new, s['near-duplicate'], s.duplicate], [2, 1, 2]);
    const show = await runCli(['show', 'copy', '--db', db, '--format', 'json']);
    assert.equal(JSON.parse(show.stdout).duplicateOf, 'orig');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder of broken inputs: each is reported with its reason and kept in the failures table; the rest is stored', async () => {
  const dir = tempDir();
  try {
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-good.txt'), article(1).text);
    writeFileSync(join(inputs, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]));
    writeFileSync(join(inputs, 'c-empty.html'), '<html><body><nav>Home</nav></body></html>');
    writeFileSync(join(inputs, 'd-mixed.jsonl'), [
      JSON.stringify(article(2)), '{"text": "unterminated', JSON.stringify({ title: 'no text' }), JSON.stringify(article(3)),
    ].join('\n') + '\n');
    writeFileSync(join(inputs, 'e-truncated.warc.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]));
    writeFileSync(join(inputs, 'f-good.txt'), article(4).text);
    const db = join(dir, 's.db');
    const r = await runCli(['ingest', inputs, '--db', db, '--workers', '0', '--quiet']);
    assert.equal(r.code, 1, 'failures make the exit status 1');
    const s = summaryOf(r.stdout);
    assert.equal(s.new, 4, r.stdout);
    assert.ok(s.failed >= 5, r.stdout);
    for (const name of ['b-binary.txt', 'c-empty.html', 'd-mixed.jsonl:2', 'd-mixed.jsonl:3', 'e-truncated.warc.gz']) {
      assert.ok(r.stdout.includes(name), `${name} is reported:\n${r.stdout}`);
    }
    const store = new Database(db, { readonly: true });
    const failures = store.prepare('SELECT file, line, reason FROM failures').all() as Array<{ file: string; line: number; reason: string }>;
    store.close();
    assert.equal(failures.length, s.failed);
    assert.ok(failures.every((f) => f.reason.length > 0));
    // run again: the same failures are not recorded twice, nothing new is stored
    const again = await runCli(['ingest', inputs, '--db', db, '--workers', '0', '--quiet']);
    assert.equal(summaryOf(again.stdout).new, 0);
    const store2 = new Database(db, { readonly: true });
    assert.equal((store2.prepare('SELECT COUNT(*) AS n FROM failures').get() as { n: number }).n, s.failed);
    store2.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('worker threads store exactly what the main thread stores, in input order', async () => {
  const dir = tempDir();
  try {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, jsonl(0, 40));
    const a = join(dir, 'a.db'), b = join(dir, 'b.db');
    const r0 = await runCli(['ingest', input, '--db', a, '--workers', '0', '--quiet', '--batch', '7']);
    const r2 = await runCli(['ingest', input, '--db', b, '--workers', '2', '--quiet', '--batch', '7']);
    assert.equal(r0.code, 0, r0.stderr);
    assert.equal(r2.code, 0, r2.stderr);
    assert.deepEqual(dumpStore(b), dumpStore(a));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an article is stored the same whichever worker read it and whatever that worker read before', async () => {
  const dir = tempDir();
  try {
    // with one article per block, two workers deal articles 0 and 2 to one thread and article 1 to the other: the
    // unknown possessive that article 1 teaches a thread must not change how article 2 is read on the main thread
    const texts = [
      'The harbor council met on Tuesday to discuss the ferry timetable for the winter.',
      'It was Varkonyi\'s. “Varkonyi\'s” (Brezlowski\'s) Varkonyi\'s, Brezlowski\'s. Ostrava\'s.',
      'Protesters gathered outside Varkonyi\'s office in Ostrava\'s old town on Monday.',
    ];
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, texts.map((text, i) => JSON.stringify({ id: `w${i}`, text, date: '2021-03-02' })).join('\n') + '\n');
    const a = join(dir, 'a.db'), b = join(dir, 'b.db');
    const r0 = await runCli(['ingest', input, '--db', a, '--workers', '0', '--quiet', '--batch', '1']);
    const r2 = await runCli(['ingest', input, '--db', b, '--workers', '2', '--quiet', '--batch', '1']);
    assert.equal(r0.code, 0, r0.stderr);
    assert.equal(r2.code, 0, r2.stderr);
    assert.deepEqual(dumpStore(b), dumpStore(a));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function run(args: string[]): { done: Promise<number | null>; kill: () => void; exited: () => boolean } {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  return {
    done: new Promise((resolve) => child.on('exit', (code) => { exited = true; resolve(code); })),
    kill: () => child.kill('SIGKILL'),
    exited: () => exited,
  };
}

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet
  }
}

test('kill -9 in the middle of an ingest, then run it again: the store is identical to an uninterrupted run', async () => {
  const dir = tempDir();
  try {
    const N = 300;
    const input = join(dir, 'in.jsonl');
    // a broken line in the middle, so failures are resumed too
    writeFileSync(input, jsonl(0, N / 2) + '{broken\n' + jsonl(N / 2, N));
    const killed = join(dir, 'killed.db'), whole = join(dir, 'whole.db');
    const args = (db: string) => ['ingest', input, '--db', db, '--workers', '1', '--batch', '5', '--quiet'];

    const victim = run(args(killed));
    let stored = 0;
    const t0 = Date.now();
    while ((stored = storedCount(killed)) < 20 && !victim.exited() && Date.now() - t0 < 60000) await new Promise((r) => setTimeout(r, 10));
    assert.ok(!victim.exited(), 'the ingest was still running when killed');
    victim.kill();
    await victim.done;
    const atKill = storedCount(killed);
    assert.ok(atKill >= 20 && atKill < N, `killed in the middle (${atKill} of ${N} stored)`);

    assert.equal(await run(args(killed)).done, 1, 'the resumed run finishes (status 1: the broken line)');
    assert.equal(await run(args(whole)).done, 1);
    const a = dumpStore(killed), b = dumpStore(whole);
    assert.equal(a.articles.length, N);
    assert.equal(a.failures.length, 1);
    assert.deepEqual(a, b);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an article without an id is named by ingest as analysis names it', async () => {
  const { textId } = await import('../../src/analyze.js');
  const { idFromHash, textHash } = await import('../../src/corpus/ingest.js');
  for (const text of ['', 'Officials said on Monday.', 'Z\u00fcrich \u2014 \ud83d\ude00 and a lone \ud800 surrogate']) {
    assert.equal(idFromHash(textHash(text)), textId(text));
  }
});
