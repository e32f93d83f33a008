// sitrep serve: the JSON API and the web UI over a store, until interrupted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { packageRoot } from '../paths.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import { createApp } from '../server/app.js';
import { storeIngest } from '../server/ingest.js';
import { listen } from '../server/listen.js';
import { seedFrom } from '../server/seed.js';
import { defaultWebRoot } from '../server/static.js';
import { optInt, optString, parseArgs } from './args.js';
import type { CommandIO } from './io.js';

export const SERVE_HELP = `sitrep serve [options]

Serves the JSON API (/api/..., described at /api/openapi.json) and the web UI over a store.

Options:
  --db FILE             the store (default ./sitrep.db; created when missing)
  --port N              port to listen on (default 8080; 0 picks a free one)
  --host ADDR           address to listen on (default 127.0.0.1)
  --seed DIR            first store the articles in DIR (.txt, .html, .jsonl) that are not stored yet
  --dictionaries DIR    analyse posted articles with the PETRARCH dictionaries in DIR
  --help                this text

Writing (POST /api/articles) needs the environment variable SITREP_TOKEN: requests must send
"Authorization: Bearer <SITREP_TOKEN>". Without it the server is read-only.`;

export async function serveCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'port', 'host', 'seed', 'dictionaries'], flags: ['help'] });
  if (args.options.help) { io.stdout.write(SERVE_HELP + '\n'); return 0; }
  const port = optInt(args, 'port') ?? 8080;
  const host = optString(args, 'host') ?? '127.0.0.1';
  const token = process.env.SITREP_TOKEN || null;
  const db = optString(args, 'db') ?? DEFAULT_DB;
  // Serving may start from nothing (articles come by POST or --seed), but a mistyped --db should not pass unseen.
  const fresh = db !== ':memory:' && !existsSync(db);
  const store = openStore(db, { create: true });
  if (fresh) io.stderr.write(`sitrep serve: ${db} did not exist; serving a new, empty store\n`);
  const kb = loadKnowledge({ petrarchDir: optString(args, 'dictionaries') });
  const ingest = storeIngest(store, kb);
  const seed = optString(args, 'seed');
  if (seed) {
    const s = await seedFrom(seed, ingest);
    io.stderr.write(`sitrep serve: ${seed}: ${s.added} stored, ${s.present} already there${s.failed.length ? `, ${s.failed.length} failed` : ''}\n`);
    for (const f of s.failed) io.stderr.write(`sitrep serve: ${f}\n`);
  }
  const version = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const app = createApp({ store, token, ingest, webRoot: defaultWebRoot, version, cameo: kb.events.cameo, log: (l) => io.stderr.write(l + '\n') });
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    server = await listen(app, port, host);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr.write(`sitrep serve: cannot listen on ${host}:${port}: ${err.code === 'EADDRINUSE' ? 'the port is in use (try --port)' : err.message}\n`);
    await store.close();
    return 1;
  }
  io.stdout.write(`sitrep is serving ${server.url}/ (API: ${server.url}/api/openapi.json; writing ${token ? 'enabled' : 'disabled: set SITREP_TOKEN'})\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
