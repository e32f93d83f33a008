// sitrep search TEXT: full-text search over the stored articles and quotes, best matches first.
import type { SearchHit } from '../store/store.js';
import { optInt, optString, parseArgs, UsageError } from './args.js';
import { queryFormat, writeRows, type Column } from './query-output.js';
import { DB_HELP, withStore } from './store-command.js';
import type { CommandIO } from './io.js';

export const SEARCH_HELP = `sitrep search WORDS... [options]

Finds the articles and quotes that contain all the WORDS (a trailing * matches a prefix: sanction*), best first,
with the matching words in [brackets].
  --limit N (default 20), --offset N
  --format table|json|csv
${DB_HELP}`;

const COLUMNS: Column<SearchHit>[] = [
  { name: 'kind', value: (h) => h.kind },
  { name: 'article', value: (h) => h.articleId, max: 28 },
  { name: 'date', value: (h) => h.date },
  { name: 'title', value: (h) => h.title, max: 30 },
  { name: 'snippet', value: (h) => h.snippet, max: 100 },
];

export async function searchCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'limit', 'offset', 'format'], flags: ['help'] });
  if (args.options.help) { io.stdout.write(SEARCH_HELP + '\n'); return 0; }
  const text = args.positionals.join(' ');
  if (!text.trim()) throw new UsageError('give words to search for');
  const format = queryFormat(optString(args, 'format'));
  const page = { limit: optInt(args, 'limit', 0) ?? 20, offset: optInt(args, 'offset', 0) ?? 0 };
  return withStore(args, io, 'search', async (store) => {
    await writeRows(io.stdout, format, COLUMNS, await store.search(text, page));
    return 0;
  });
}
