// Opens the store a command names with --db: a SQLite file (the default ./sitrep.db). A PostgreSQL store will be
// chosen here by a postgres:// URL.
import { existsSync } from 'node:fs';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'sitrep.db';

export class StoreNotFoundError extends Error {}

/** Opens (creating when `create`) the store at `location`. Query commands pass create = false so a mistyped
 *  --db is an error rather than a new empty store. */
export function openStore(location: string | null, opts: { create: boolean }): Store {
  const file = location ?? DEFAULT_DB;
  if (/^postgres(ql)?:\/\//.test(file)) throw new Error('a PostgreSQL store is not built yet; use a SQLite file');
  if (!opts.create && file !== ':memory:' && !existsSync(file)) {
    throw new StoreNotFoundError(`no store at ${file} (run sitrep ingest first, or give --db FILE)`);
  }
  return new SqliteStore(file);
}
