// The Store contract on the SQLite store, plus what is SQLite's own: WAL, the file on disk, the FTS indexes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { storeContract } from './contract.js';
import { corpus, input } from './analyses.js';

storeContract('sqlite', async () => new SqliteStore(':memory:'));

test('sqlite: a store file reopens with its content, in WAL mode, with consistent FTS indexes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const file = join(dir, 's.db');
    const c = corpus();
    const a = new SqliteStore(file);
    await a.putMany([input(c.original), input(c.other)]);
    await a.close();
    const b = new SqliteStore(file);
    assert.equal(b.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal((await b.stats()).articles, 2);
    for (const t of ['articles_fts', 'quotes_fts', 'events_fts']) b.db.prepare(`INSERT INTO ${t}(${t}) VALUES ('integrity-check')`).run();
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
