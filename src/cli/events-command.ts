// sitrep events: the coded events of the store, filtered, as a table, one JSON array, or CSV.
import type { EventQuery, EventRow, EventSort } from '../store/store.js';
import { optDate, optInt, optString, parseArgs, UsageError } from './args.js';
import { queryFormat, writeRows, type Column } from './query-output.js';
import { DB_HELP, withStore } from './store-command.js';
import type { CommandIO } from './io.js';

export const EVENTS_HELP = `sitrep events [options]

Lists the events coded in the store (one row per event; a near-duplicate article's events count as mentions of
the original's, shown with --duplicates).

Filters:
  --actor X             source or target: a CAMEO actor code prefix (RUS, RUSGOV) or part of a name
  --source X, --target X
  --cameo CODE          a CAMEO code or root: 16 matches 160-169x, 163 matches 163x
  --plover TYPE         a PLOVER event type (SANCTION, ASSAULT, ...)
  --quad N              quad class 1-4 (verbal/material cooperation, verbal/material conflict)
  --from DATE, --to DATE  event date range, inclusive (YYYY-MM-DD; undated events use the article date)
  --place X             place name or ISO3 country code
  --text WORDS          words in the evidence sentence
  --duplicates          include the events of near-duplicate articles
Output:
  --sort date|-date|goldstein|-goldstein|mentions|-mentions|added   (default: added)
  --limit N (default 50), --offset N
  --format table|json|csv   (json: one array)
${DB_HELP}`;

const SORTS = ['date', '-date', 'goldstein', '-goldstein', 'mentions', '-mentions', 'added'];

const COLUMNS: Column<EventRow>[] = [
  { name: 'date', value: (e) => e.day },
  { name: 'source', value: (e) => e.sourceCode ?? e.sourceName, max: 18 },
  { name: 'cameo', value: (e) => e.cameo },
  { name: 'plover', value: (e) => e.plover },
  { name: 'quad', value: (e) => e.quadClass },
  { name: 'goldstein', value: (e) => e.goldstein },
  { name: 'target', value: (e) => e.targetCode ?? e.targetName, max: 18 },
  { name: 'place', value: (e) => e.place?.name, max: 16 },
  { name: 'mentions', value: (e) => e.numMentions },
  { name: 'article', value: (e) => e.articleId, max: 24 },
  { name: 'evidence', value: (e) => e.text, max: 70 },
];

export async function eventsCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, {
    values: ['db', 'actor', 'source', 'target', 'cameo', 'plover', 'quad', 'from', 'to', 'place', 'text', 'sort', 'limit', 'offset', 'format'],
    flags: ['duplicates', 'help'],
  });
  if (args.options.help) { io.stdout.write(EVENTS_HELP + '\n'); return 0; }
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const format = queryFormat(optString(args, 'format'));
  const sort = optString(args, 'sort');
  if (sort && !SORTS.includes(sort)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}`);
  const quad = optInt(args, 'quad', 1);
  if (quad != null && quad > 4) throw new UsageError('--quad must be 1, 2, 3 or 4');
  const cameo = optString(args, 'cameo');
  if (cameo != null && !/^\d{2,4}$/.test(cameo)) throw new UsageError(`--cameo must be a CAMEO code or root (2-4 digits), got "${cameo}"`);
  const q: EventQuery = {
    actor: optString(args, 'actor') ?? undefined, source: optString(args, 'source') ?? undefined,
    target: optString(args, 'target') ?? undefined, cameo: cameo ?? undefined, plover: optString(args, 'plover') ?? undefined,
    quadClass: (quad ?? undefined) as EventQuery['quadClass'], from: optDate(args, 'from') ?? undefined,
    to: optDate(args, 'to') ?? undefined, place: optString(args, 'place') ?? undefined, text: optString(args, 'text') ?? undefined,
    sort: (sort ?? undefined) as EventSort | undefined, includeDuplicates: !!args.options.duplicates,
    limit: optInt(args, 'limit', 0) ?? 50, offset: optInt(args, 'offset', 0) ?? 0,
  };
  return withStore(args, io, 'events', async (store) => {
    await writeRows(io.stdout, format, COLUMNS, await store.events(q));
    return 0;
  });
}
