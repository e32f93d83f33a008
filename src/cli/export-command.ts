// sitrep export: the store as GDELT 2.0 Events, Analyses as JSON Lines, or a table as CSV.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { dictionariesDir } from '../paths.js';
import { CSV_TABLES, csvTable, type CsvTable } from '../export/csv-tables.js';
import { gdeltEvents } from '../export/gdelt-export.js';
import { loadGdeltCodes } from '../export/gdelt-codes.js';
import { jsonlAnalyses } from '../export/jsonl.js';
import { optString, parseArgs, UsageError } from './args.js';
import { writeOut } from './output.js';
import { DB_HELP, withStore } from './store-command.js';
import type { CommandIO } from './io.js';

export const EXPORT_HELP = `sitrep export --format gdelt|jsonl|csv [options]

  --format gdelt        GDELT 2.0 Events: 61 tab-separated columns a line, no header, one line per event (the
                        events of near-duplicate articles are counted in NumMentions/NumSources/NumArticles)
  --format jsonl        every stored Analysis, one JSON object a line
  --format csv          one table as CSV with a header row: --table ${CSV_TABLES.join('|')} (default events)
  --out FILE            write to FILE instead of standard output
${DB_HELP}`;

export async function exportCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'format', 'out', 'table'], flags: ['help'] });
  if (args.options.help) { io.stdout.write(EXPORT_HELP + '\n'); return 0; }
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const format = optString(args, 'format');
  if (format !== 'gdelt' && format !== 'jsonl' && format !== 'csv') throw new UsageError('--format must be gdelt, jsonl or csv');
  const tableName = optString(args, 'table') ?? 'events';
  if (!(CSV_TABLES as readonly string[]).includes(tableName)) throw new UsageError(`--table must be one of ${CSV_TABLES.join(', ')}`);
  if (args.options.table && format !== 'csv') throw new UsageError('--table goes with --format csv');
  const codes = format === 'gdelt' ? loadGdeltCodes(join(dictionariesDir, 'export')) : null;
  const outFile = optString(args, 'out');
  return withStore(args, io, 'export', async (store) => {
    const lines = format === 'gdelt' ? gdeltEvents(store, codes!) : format === 'jsonl' ? jsonlAnalyses(store) : csvTable(store, tableName as CsvTable);
    const out: Writable = outFile ? createWriteStream(outFile) : io.stdout;
    for await (const line of lines) await writeOut(out, line);
    if (outFile) { out.end(); await once(out, 'finish'); }
    return 0;
  });
}
