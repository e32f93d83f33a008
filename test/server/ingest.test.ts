// The server's write path with the real pipeline: an article is analysed and stored once; the same text again is
// a duplicate, recognised before analysis; a copy with a word changed is linked to its original; seeding a
// folder twice stores it once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { storeIngest } from '../../src/server/ingest.js';
import { seedFrom } from '../../src/server/seed.js';
import { builtinKnowledge } from '../helpers/analyze.js';

const REPORT = [
  'The foreign ministers of Chile and Argentina met in Santiago on Tuesday to discuss the shared border.',
  'Chile thanked Argentina for returning the fishing boats seized last month, and both sides agreed to meet again in June.',
  'Officials said the talks were calm and that a joint commission would draw up a list of disputed landmarks before the next round.',
].join('\n\n');

let store: SqliteStore;
before(() => { store = new SqliteStore(':memory:'); });
after(async () => { await store.close(); });

test('an article is stored once; the same text again is a duplicate', async () => {
  const ingest = storeIngest(store, builtinKnowledge());
  const first = await ingest({ text: REPORT, date: '2024-03-05' }, 'test');
  assert.equal(first.result, 'new');
  const record = await store.article(first.id);
  assert.equal(record?.analysis.text, REPORT);
  const again = await ingest({ text: REPORT, date: '2024-03-05' }, 'test');
  assert.deepEqual([again.result, again.id], ['duplicate', first.id]);
  assert.equal((await store.stats()).articles, 1);
});

test('a copy with one word changed is stored as a near-duplicate of the first report', async () => {
  const ingest = storeIngest(store, builtinKnowledge());
  const copy = await ingest({ text: REPORT.replace('calm', 'quiet'), date: '2024-03-06' }, 'test');
  assert.equal(copy.result, 'near-duplicate');
  const record = await store.article(copy.id);
  assert.ok(record?.duplicateOf, 'linked to its original');
});

test('seeding a folder twice stores its articles once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-seed-'));
  try {
    writeFileSync(join(dir, 'one.txt'), 'Peru and Bolivia signed a trade accord in Lima on Monday, officials said.');
    writeFileSync(join(dir, 'two.txt'), 'Protesters marched through the capital of Ecuador on Friday to demand new elections.');
    writeFileSync(join(dir, 'notes.md'), 'not an article');
    const seedStore = new SqliteStore(':memory:');
    const ingest = storeIngest(seedStore, builtinKnowledge());
    assert.deepEqual(await seedFrom(dir, ingest), { added: 2, present: 0, failed: [] });
    assert.deepEqual(await seedFrom(dir, ingest), { added: 0, present: 2, failed: [] });
    assert.equal((await seedStore.stats()).articles, 2);
    await seedStore.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
