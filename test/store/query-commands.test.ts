// The query commands over a store built from our own Analyses: filters reach the store, the three formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { corpus, input } from './analyses.js';
import { tempDir } from '../ingest/corpus.js';

const dir = tempDir();
const db = join(dir, 's.db');
const ready = (async () => {
  const store = new SqliteStore(db);
  const c = corpus();
  await store.putMany([input(c.original), input(c.other), input(c.third), input(c.copy, 'wire-1')]);
  await store.close();
})();

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('sitrep events: filters, JSON as one array, CSV with a header, a table with aligned columns', async () => {
  await ready;
  const json = await runCli(['events', '--db', db, '--actor', 'RUS', '--sort', 'date', '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  const rows = JSON.parse(json.stdout);
  assert.ok(Array.isArray(rows));
  assert.deepEqual(rows.map((e: { cameo: string }) => e.cameo), ['057', '1312']);
  assert.equal(rows[0].numArticles, 2);
  const quad = JSON.parse((await runCli(['events', '--db', db, '--quad', '3', '--from', '2021-04-01', '--format', 'json'])).stdout);
  assert.deepEqual(quad.map((e: { cameo: string }) => e.cameo), ['1312']);
  const csv = (await runCli(['events', '--db', db, '--cameo', '05', '--format', 'csv'])).stdout.trim().split('\r\n');
  assert.equal(csv.length, 2);
  assert.ok(csv[0].startsWith('date,source,cameo'));
  const table = (await runCli(['events', '--db', db, '--plover', 'AID'])).stdout.split('\n');
  assert.match(table[0], /^date +source +cameo/);
  assert.match(table[1], /^2021-04-22 +IGOUNO +0731/);
  const dups = JSON.parse((await runCli(['events', '--db', db, '--duplicates', '--format', 'json', '--limit', '10'])).stdout);
  assert.equal(dups.length, 5);
  assert.equal((await runCli(['events', '--db', db, '--quad', '5'])).code, 2);
  assert.equal((await runCli(['events', '--db', db, '--from', '2021-02-30'])).code, 2);
});

test('sitrep quotes, actors, timeline, search, show', async () => {
  await ready;
  const quotes = JSON.parse((await runCli(['quotes', '--db', db, '--speaker', 'Lavrov', '--text', 'talks', '--format', 'json'])).stdout);
  assert.deepEqual(quotes.map((q: { text: string }) => q.text), ['talks could end']);
  const actors = JSON.parse((await runCli(['actors', '--db', db, '--format', 'json'])).stdout);
  const mentions = actors.map((a: { mentions: number }) => a.mentions);
  assert.deepEqual(mentions, [...mentions].sort((x: number, y: number) => y - x), 'the most mentioned first');
  assert.deepEqual(actors.map((a: { code: string }) => a.code).sort(), ['IGOUNO', 'IRN', 'RUS', 'RUSGOV']);
  const cp = JSON.parse((await runCli(['actors', 'IRN', '--db', db, '--format', 'json'])).stdout);
  assert.deepEqual(cp.map((c: { code: string }) => c.code).sort(), ['IGOUNO', 'RUS']);
  const tl = JSON.parse((await runCli(['timeline', 'RUS', '--db', db, '--by', 'month', '--format', 'json'])).stdout);
  assert.deepEqual(tl.map((t: { period: string }) => t.period), ['2021-03', '2021-04']);
  const hits = JSON.parse((await runCli(['search', 'grain', 'accord', '--db', db, '--format', 'json'])).stdout);
  assert.ok(hits.length >= 1 && hits.every((h: { articleId: string }) => ['wire-1', 'paper-7'].includes(h.articleId)));
  const show = await runCli(['show', 'wire-1', '--db', db]);
  assert.match(show.stdout, /^wire-1: Grain accord signed/);
  assert.match(show.stdout, /copies: paper-7/);
  assert.match(show.stdout, /IRN 057\/AGREE RUS/);
  const missing = await runCli(['show', 'nope', '--db', db]);
  assert.equal(missing.code, 1);
  assert.equal((await runCli(['timeline', '--db', db])).code, 2);
});
