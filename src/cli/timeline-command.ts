// sitrep timeline ACTOR: events (by quad class, with the mean Goldstein score) and quotes per week or month.
import type { TimelinePoint } from '../store/store.js';
import { optString, parseArgs, UsageError } from './args.js';
import { queryFormat, writeRows, type Column } from './query-output.js';
import { DB_HELP, withStore } from './store-command.js';
import type { CommandIO } from './io.js';

export const TIMELINE_HELP = `sitrep timeline ACTOR [options]

Per period: the events with ACTOR (a code prefix such as IRN or part of a name) as source or target, split by quad
class, their mean Goldstein score, and the quotes ACTOR is the speaker of. ACTOR "all" means every event.
  --by week|month       (default month; weeks are ISO weeks, 2017-W05)
  --format table|json|csv
${DB_HELP}`;

const COLUMNS: Column<TimelinePoint>[] = [
  { name: 'period', value: (t) => t.period },
  { name: 'events', value: (t) => t.events },
  { name: 'verbal-coop', value: (t) => t.quad[0] },
  { name: 'material-coop', value: (t) => t.quad[1] },
  { name: 'verbal-conflict', value: (t) => t.quad[2] },
  { name: 'material-conflict', value: (t) => t.quad[3] },
  { name: 'mean-goldstein', value: (t) => t.meanGoldstein },
  { name: 'quotes', value: (t) => t.quotes },
];

export async function timelineCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'by', 'format'], flags: ['help'] });
  if (args.options.help) { io.stdout.write(TIMELINE_HELP + '\n'); return 0; }
  if (args.positionals.length !== 1) throw new UsageError('give one ACTOR (or "all")');
  const by = optString(args, 'by') ?? 'month';
  if (by !== 'week' && by !== 'month') throw new UsageError('--by must be week or month');
  const format = queryFormat(optString(args, 'format'));
  const actor = args.positionals[0] === 'all' ? null : args.positionals[0];
  return withStore(args, io, 'timeline', async (store) => {
    await writeRows(io.stdout, format, COLUMNS, await store.timeline(actor, by));
    return 0;
  });
}
