// sitrep analyze: one Analysis per article, pretty JSON for one article, JSON Lines for many.
import { analyze } from '../analyze.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { readInputs, type InputFormat } from '../corpus/analyze-inputs.js';
import { parseArgs, optDate, optString, UsageError } from './args.js';
import { writeOut } from './output.js';
import { memoryKeeper } from './memory.js';
import type { CommandIO } from './io.js';

export const ANALYZE_HELP = `sitrep analyze [FILE... | -] [options]

Analyses articles and prints one Analysis (JSON contract version 1) per article: pretty JSON for a single
article, JSON Lines for several or with --jsonl.

Inputs: .txt (plain text, analysed byte for byte), .html (the main article text, extracted), .jsonl (one article a line:
{id?, text? | html?, title?, url?, date?, source?}), or - for standard input (format guessed, or --format).

Options:
  --date YYYY-MM-DD     publication date of plain-text input (JSON Lines records carry their own)
  --dictionaries DIR    use the PETRARCH/TABARI dictionaries in DIR (*.actors.txt, *.agents.txt, *.verbs.txt,
                        *.discards.txt) instead of the built-in actor, agent and verb dictionaries
  --format text|html|jsonl   how to read the inputs, instead of guessing from the file name
  --jsonl               JSON Lines output even for one article
  --help                this text

Bad inputs (unreadable or binary files, invalid JSON lines, empty articles) are reported on standard error, one
line each, naming the file and line; the rest are analysed and the exit status is 1.`;

export async function analyzeCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['date', 'dictionaries', 'format'], flags: ['jsonl', 'help'] });
  if (args.options.help) { io.stdout.write(ANALYZE_HELP + '\n'); return 0; }
  const date = optDate(args, 'date');
  const format = optString(args, 'format') as InputFormat | null;
  if (format && !['text', 'html', 'jsonl'].includes(format)) throw new UsageError(`--format must be text, html or jsonl`);
  const paths = args.positionals.length ? args.positionals : ['-'];
  if (paths[0] === '-' && args.positionals.length === 0 && io.stdinIsTTY) {
    throw new UsageError('no input: give files, or - to read standard input');
  }
  const kb = loadKnowledge({ petrarchDir: optString(args, 'dictionaries') });
  // Pretty JSON only when the whole run yields one article that was not a JSON Lines record; so the first
  // analysis is held back until a second one (or the end) decides.
  const jsonl = !!args.options.jsonl;
  let held: { analysis: object; pretty: boolean } | null = null;
  const keepMemoryFlat = memoryKeeper();
  let failures = 0;
  let count = 0;
  for await (const item of readInputs(paths, { date, format, stdin: io.stdin })) {
    if ('error' in item) {
      failures++;
      io.stderr.write(`sitrep analyze: ${item.error.message}\n`);
      continue;
    }
    let analysis: object;
    try {
      analysis = analyze(item.article, kb);
    } catch (e) {
      failures++;
      const where = `${item.file}${item.line != null ? `:${item.line}` : ''}`;
      io.stderr.write(`sitrep analyze: ${where}: analysis failed: ${(e as Error).message}\n`);
      continue;
    }
    count++;
    keepMemoryFlat(item.article.text.length);
    if (count === 1 && !jsonl) { held = { analysis, pretty: item.line == null }; continue; }
    if (held) { await writeOut(io.stdout, JSON.stringify(held.analysis) + '\n'); held = null; }
    await writeOut(io.stdout, JSON.stringify(analysis) + '\n');
  }
  if (held) await writeOut(io.stdout, (held.pretty ? JSON.stringify(held.analysis, null, 2) : JSON.stringify(held.analysis)) + '\n');
  if (failures) io.stderr.write(`sitrep analyze: ${count} analysed, ${failures} failed\n`);
  return failures ? 1 : 0;
}
