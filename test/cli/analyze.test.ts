import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { examplesDir } from '../helpers/analyze.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const good = join(dir, 'good.txt');
writeFileSync(good, 'The council met on Monday.\r\n\r\nIt agreed on nothing.  ');

test('one text file gives one pretty Analysis whose text is the file, byte for byte', async () => {
  const r = await runCli(['analyze', good]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.startsWith('{\n'));
  const a = JSON.parse(r.stdout);
  assert.equal(a.text, readFileSync(good, 'utf8'));
  for (const key of ['id', 'title', 'url', 'source', 'date', 'text', 'structure', 'sentences', 'actors', 'times', 'places', 'quotes', 'events']) {
    assert.ok(key in a, `contract field ${key}`);
  }
  assert.deepEqual(a.date, { value: null, source: 'none' });
});

test('--date sets the publication date as metadata; a bad date is a usage error', async () => {
  const r = await runCli(['analyze', '--date', '2024-02-29', good]);
  assert.deepEqual(JSON.parse(r.stdout).date, { value: '2024-02-29', source: 'metadata' });
  const bad = await runCli(['analyze', '--date', '2023-02-29', good]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--date must be a calendar date/);
});

test('bad inputs are reported one line each with file and line; the rest is analysed; exit 1', async () => {
  const jsonl = join(dir, 'batch.jsonl');
  writeFileSync(jsonl, [
    JSON.stringify({ id: 'a1', text: 'First article.', date: '2021-05-01' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'a3', text: '   ' }),
    JSON.stringify({ id: 'a4', html: '<p>Fourth <b>article</b>.</p><script>var x = 1;</script>' }),
  ].join('\n'));
  const binary = join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  const r = await runCli(['analyze', jsonl, binary, join(dir, 'missing.txt'), good]);
  assert.equal(r.code, 1);
  const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.equal(ids.length, 3);
  assert.deepEqual(ids.slice(0, 2), ['a1', 'a4']);
  const errors = r.stderr.trim().split('\n');
  assert.ok(errors.some((l) => l.includes(`${jsonl}:2: invalid JSON`)), r.stderr);
  assert.ok(errors.some((l) => l.includes(`${jsonl}:3: empty article`)), r.stderr);
  assert.ok(errors.some((l) => l.includes(`${binary}: binary file`)), r.stderr);
  assert.ok(errors.some((l) => l.includes('missing.txt: cannot read: ENOENT')), r.stderr);
  const fourth = JSON.parse(r.stdout.trim().split('\n')[1]);
  assert.ok(fourth.text.includes('Fourth article.') && !fourth.text.includes('var x'));
  const first = JSON.parse(r.stdout.trim().split('\n')[0]);
  assert.deepEqual(first.date, { value: '2021-05-01', source: 'metadata' });
});

test('JSON Lines on standard input stream out as JSON Lines, one per record', async () => {
  const input = [1, 2, 3].map((i) => JSON.stringify({ id: `s${i}`, text: `Article number ${i}.` })).join('\n');
  const r = await runCli(['analyze', '-'], input);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['s1', 's2', 's3']);
});

test('a single JSON Lines record still prints as JSON Lines; --jsonl forces one line for a text file', async () => {
  const r = await runCli(['analyze', '-'], JSON.stringify({ id: 'only', text: 'One.' }));
  assert.equal(r.stdout.trim().split('\n').length, 1);
  const t = await runCli(['analyze', '--jsonl', good]);
  assert.equal(t.stdout.trim().split('\n').length, 1);
});

test('unknown options and commands are usage errors (exit 2)', async () => {
  assert.equal((await runCli(['analyze', '--colour', good])).code, 2);
  assert.equal((await runCli(['analyse'])).code, 2);
});

test('every example article analyses without error', async () => {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).map((f) => join(examplesDir, f));
  assert.ok(files.length >= 6);
  const r = await runCli(['analyze', ...files]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, files.length);
});
