// sitrep actors: the most mentioned actors of the store; with an ACTOR, its counterparts (who it acts on and who
// acts on it).
import type { ActorRow, Counterpart } from '../store/store.js';
import { optInt, optString, parseArgs, UsageError } from './args.js';
import { queryFormat, writeRows, type Column } from './query-output.js';
import { DB_HELP, withStore } from './store-command.js';
import type { CommandIO } from './io.js';

export const ACTORS_HELP = `sitrep actors [ACTOR] [options]

Without ACTOR: the actors of the store, most mentioned first. With ACTOR (a code prefix such as RUS or part of
a name): its counterparts in events, most events first, with the mean Goldstein score.
  --match X             only actors whose code or name matches X
  --kind state|person|organization|group
  --limit N (default 50), --offset N
  --format table|json|csv
${DB_HELP}`;

const ACTOR_COLUMNS: Column<ActorRow>[] = [
  { name: 'code', value: (a) => a.code },
  { name: 'name', value: (a) => a.name, max: 32 },
  { name: 'kind', value: (a) => a.kind },
  { name: 'country', value: (a) => a.country },
  { name: 'articles', value: (a) => a.articles },
  { name: 'mentions', value: (a) => a.mentions },
  { name: 'events', value: (a) => a.events },
];

const COUNTERPART_COLUMNS: Column<Counterpart>[] = [
  { name: 'counterpart', value: (c) => c.code ?? c.name, max: 32 },
  { name: 'name', value: (c) => c.name, max: 32 },
  { name: 'events', value: (c) => c.events },
  { name: 'as-target', value: (c) => c.asTarget },
  { name: 'as-source', value: (c) => c.asSource },
  { name: 'mean-goldstein', value: (c) => c.meanGoldstein },
];

export async function actorsCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'match', 'kind', 'limit', 'offset', 'format'], flags: ['help'] });
  if (args.options.help) { io.stdout.write(ACTORS_HELP + '\n'); return 0; }
  if (args.positionals.length > 1) throw new UsageError('give at most one ACTOR');
  const format = queryFormat(optString(args, 'format'));
  const page = { limit: optInt(args, 'limit', 0) ?? 50, offset: optInt(args, 'offset', 0) ?? 0 };
  const actor = args.positionals[0];
  return withStore(args, io, 'actors', async (store) => {
    if (actor) await writeRows(io.stdout, format, COUNTERPART_COLUMNS, await store.counterparts(actor, page));
    else {
      const rows = await store.actors({ ...page, match: optString(args, 'match') ?? undefined, kind: optString(args, 'kind') ?? undefined });
      await writeRows(io.stdout, format, ACTOR_COLUMNS, rows);
    }
    return 0;
  });
}
