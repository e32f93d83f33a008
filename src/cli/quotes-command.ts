// sitrep quotes: who said what, across the store.
import type { QuoteRow } from '../store/store.js';
import { optDate, optInt, optString, parseArgs, UsageError } from './args.js';
import { queryFormat, writeRows, type Column } from './query-output.js';
import { DB_HELP, withStore } from './store-command.js';
import type { CommandIO } from './io.js';

export const QUOTES_HELP = `sitrep quotes [options]

Lists the quotes in the store with their speakers.
  --speaker X           a speaker's actor code prefix or part of the name
  --text WORDS          words in the quote
  --from DATE, --to DATE  when it was said (else the article date), inclusive
  --limit N (default 50), --offset N
  --format table|json|csv
${DB_HELP}`;

const COLUMNS: Column<QuoteRow>[] = [
  { name: 'date', value: (q) => q.date ?? q.articleDate },
  { name: 'speaker', value: (q) => q.speakerName ?? q.speakerCode, max: 24 },
  { name: 'code', value: (q) => q.speakerCode },
  { name: 'kind', value: (q) => q.kind },
  { name: 'cue', value: (q) => q.cue, max: 14 },
  { name: 'article', value: (q) => q.articleId, max: 24 },
  { name: 'quote', value: (q) => q.text, max: 80 },
];

export async function quotesCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'speaker', 'text', 'from', 'to', 'limit', 'offset', 'format'], flags: ['help'] });
  if (args.options.help) { io.stdout.write(QUOTES_HELP + '\n'); return 0; }
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const format = queryFormat(optString(args, 'format'));
  const q = {
    speaker: optString(args, 'speaker') ?? undefined, text: optString(args, 'text') ?? undefined,
    from: optDate(args, 'from') ?? undefined, to: optDate(args, 'to') ?? undefined,
    limit: optInt(args, 'limit', 0) ?? 50, offset: optInt(args, 'offset', 0) ?? 0,
  };
  return withStore(args, io, 'quotes', async (store) => {
    await writeRows(io.stdout, format, COLUMNS, await store.quotes(q));
    return 0;
  });
}
