// sitrep ingest: reads sources (files, folders, feeds, WARC, URL lists), analyses them in worker threads and stores
// them; idempotent and resumable. Prints a summary (new, duplicate, failed with reasons, events, quotes).
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { readSources } from '../corpus/sources.js';
import { ingest, type IngestSummary } from '../corpus/ingest.js';
import { estimateInputs } from '../corpus/ingest-estimate.js';
import { openStore } from '../store/open.js';
import { parseArgs, optDate, optInt, optString, UsageError } from './args.js';
import { progressView } from './ingest-progress.js';
import type { CommandIO } from './io.js';

export const INGEST_HELP = `sitrep ingest SOURCE... [options]

Reads articles from each SOURCE (a file, a folder, an RSS/Atom feed, a WARC archive, a URL list, an http(s)
URL, or - for standard input), analyses them and stores the Analyses in the corpus store. Run it again on the same sources and nothing
changes; run it again after it was interrupted and it goes on where it stopped. Near-duplicate articles
(syndicated copies) are stored linked to their original, their events counted as extra mentions.

Options:
  --db FILE             the store (default ./sitrep.db; created if missing)
  --workers N           analysis threads (default: the number of cores; 0 analyses in the main thread)
  --date YYYY-MM-DD     publication date of inputs that carry none (plain text)
  --dictionaries DIR    PETRARCH/TABARI dictionaries instead of the built-in ones
  --batch N             articles per transaction (default 32)
  --quiet               no progress display
  --help                this text

Progress goes to standard error (a bar on a terminal, a line every few seconds otherwise); the summary to
standard output. Inputs that cannot be read or analysed are listed with their reasons and kept in the store's
failures table; the exit status is then 1.`;

function summaryText(s: IngestSummary, db: string): string {
  const secs = s.elapsedMs / 1000;
  const done = s.new + s.nearDuplicate + s.duplicate + s.failed;
  const lines = [
    `ingest: ${s.read} inputs in ${secs.toFixed(1)} s (${(done / Math.max(secs, 1e-3)).toFixed(0)} articles/s; `
      + `${(s.startupMs / 1000).toFixed(1)} s loading dictionaries) into ${db}`,
    `  new             ${s.new}`,
    `  near-duplicate  ${s.nearDuplicate}  (stored, linked to their originals)`,
    `  duplicate       ${s.duplicate}  (already stored: skipped)`,
    `  failed          ${s.failed}`,
    `  events          ${s.events}`,
    `  quotes          ${s.quotes}`,
  ];
  if (s.failures.length) {
    lines.push('failures:');
    for (const f of s.failures) lines.push(`  ${f.file}${f.line != null ? `:${f.line}` : ''}: ${f.reason}`);
    if (s.failures.length < s.failed) lines.push(`  ... and ${s.failed - s.failures.length} more (sitrep stores them in the failures table)`);
  }
  return lines.join('\n') + '\n';
}

/** V8 lets a heap grow to several times its live size before a full collection; over a long ingest that shows as
 *  a peak that keeps rising. Growing by half the live size instead keeps the peak flat (live data per worker is
 *  small and steady; each full collection is cheap). Process-wide: the worker threads inherit it. */
const HEAP_GROWING_PERCENT = 50;

export async function ingestCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'workers', 'date', 'dictionaries', 'batch'], flags: ['quiet', 'help'] });
  if (args.options.help) { io.stdout.write(INGEST_HELP + '\n'); return 0; }
  if (!args.positionals.length) throw new UsageError('give one or more sources (files, folders, feeds, URLs)');
  const workers = optInt(args, 'workers', 0) ?? availableParallelism();
  const batchSize = optInt(args, 'batch', 1) ?? 32;
  const date = optDate(args, 'date');
  const db = optString(args, 'db') ?? 'sitrep.db';
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const store = openStore(db, { create: true });
  const tty = !!(io.stderr as NodeJS.WriteStream).isTTY;
  const total = tty && !args.options.quiet ? await estimateInputs(args.positionals) : null;
  const view = progressView(io.stderr, { tty, quiet: !!args.options.quiet, total });
  try {
    const summary = await ingest(readSources(args.positionals, { date, stdin: io.stdin }), store, {
      workers, batchSize, petrarchDir: optString(args, 'dictionaries'), onProgress: (p) => view.update(p),
    });
    view.stop();
    io.stdout.write(summaryText(summary, db));
    return summary.failed ? 1 : 0;
  } finally {
    view.stop();
    await store.close();
  }
}
