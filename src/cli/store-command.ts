// What the query commands share: opening the store named by --db (it must exist) and closing it after.
import { openStore, StoreNotFoundError } from '../store/open.js';
import type { Store } from '../store/store.js';
import { optString, type ParsedArgs } from './args.js';
import type { CommandIO } from './io.js';

export const DB_HELP = '  --db FILE             the store (default ./sitrep.db)';

export async function withStore(args: ParsedArgs, io: CommandIO, name: string, run: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = openStore(optString(args, 'db'), { create: false });
  } catch (e) {
    if (e instanceof StoreNotFoundError) { io.stderr.write(`sitrep ${name}: ${e.message}\n`); return 1; }
    throw e;
  }
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
