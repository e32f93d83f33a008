// An Analysis handed to the store as rows built elsewhere (rows.ts: what an ingest worker sends the writing thread)
// is stored exactly as the Analysis itself would be, texts that UTF-8 cannot hold as they are included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { articleRows } from '../../src/store/rows.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { StoredArticleInput } from '../../src/store/store.js';
import { dumpStore } from '../ingest/corpus.js';
import { corpus, input, makeAnalysis } from './analyses.js';

/** The rows of an input, through a structured clone as between threads. */
function asRows(it: StoredArticleInput): StoredArticleInput {
  if (!('analysis' in it)) throw new Error('an Analysis input expected');
  const { analysis, ...meta } = it;
  return { rows: structuredClone(articleRows(analysis)), ...meta };
}

/** Texts whose UTF-16 has no UTF-8 form (a lone surrogate), a NUL, an emoji and accents, in the text, a quote and
 *  a title. */
function oddTexts(): Analysis[] {
  const lone = makeAnalysis({
    id: 'lone', title: 'Broken \ud800 title', date: '2021-03-04',
    text: 'Tehran said: "Half a pair \udc00 stays here." Mosc\u0000ow answered \ud83d\ude00 caf\u00e9 na\u00efve.',
    actors: [{ id: 'a1', name: 'Iran', code: 'IRN', country: 'IRN', kind: 'state', words: ['Tehran'] }],
    quotes: [{ text: 'Half a pair \udc00 stays here.', speaker: ['Iran', 'IRN'], cue: 'said' }],
  });
  const emoji = makeAnalysis({
    id: 'emoji', title: 'Caf\u00e9 \ud83d\ude00', date: '2021-03-05',
    text: 'Moscow \u201cwelcomed\u201d the accord \ud83d\ude00 in Z\u00fcrich, said Lavrov.',
    actors: [{ id: 'a3', name: 'Sergei Lavrov', code: 'RUSGOV', country: 'RUS', kind: 'person', words: ['Lavrov'] }],
    quotes: [{ text: 'welcomed', speaker: ['Sergei Lavrov', 'RUSGOV'] }],
  });
  return [lone, emoji];
}

async function storeOf(dir: string, name: string, items: StoredArticleInput[]): Promise<string> {
  const file = join(dir, `${name}.db`);
  const s = new SqliteStore(file);
  await s.putMany(items.slice(0, 2));
  for (const it of items.slice(2)) await s.put(it);
  await s.close();
  return file;
}

test('rows built from an Analysis and cloned store the same rows, full-text indexes and JSON as the Analysis', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-rows-'));
  try {
    const c = corpus();
    const items = [input(c.original), input(c.other), input(c.third), input(c.copy, 'wire-1'), ...oddTexts().map((a) => input(a))];
    const fromAnalyses = dumpStore(await storeOf(dir, 'analyses', items));
    const fromRows = dumpStore(await storeOf(dir, 'rows', items.map(asRows)));
    assert.equal(fromAnalyses.articles.length, 6);
    assert.deepEqual(fromRows, fromAnalyses);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('texts sent as UTF-8 are stored as text, with the bytes SQLite stores for the string, lone surrogates included', async () => {
  const store = new SqliteStore(':memory:');
  try {
    const odd = oddTexts();
    await store.putMany(odd.map((a) => asRows(input(a))));
    const types = store.db.prepare(
      'SELECT typeof(a.text) AS text, typeof(n.json) AS json FROM articles a JOIN analyses n ON n.article = a.seq',
    ).all();
    assert.deepEqual(types, [{ text: 'text', json: 'text' }, { text: 'text', json: 'text' }]);
    const hex = (sql: string, v: unknown) => (store.db.prepare(sql).get(v) as { h: string }).h;
    for (const a of odd) {
      assert.equal(hex('SELECT hex(text) AS h FROM articles WHERE id = ?', a.id), hex('SELECT hex(?) AS h', a.text));
      // the JSON escapes what UTF-8 cannot hold, so the Analysis reads back whole but for its text
      const back = await store.article(a.id);
      assert.deepEqual({ ...back?.analysis, text: '' }, { ...a, text: '' });
    }
    assert.equal((await store.article('emoji'))?.analysis.text, odd[1].text);
    assert.equal((await store.search('Zürich')).length, 1);
    assert.equal((await store.search('naïve')).length, 1);
    assert.deepEqual((await store.quotes({ text: 'pair' })).map((q) => [q.articleId, q.speakerName]), [['lone', 'Iran']]);
  } finally {
    await store.close();
  }
});
