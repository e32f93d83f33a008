// sitrep show ID: one stored article with its layers: as text (header, events, quotes, actors) or its JSON record.
import type { ArticleRecord } from '../store/store.js';
import { optString, parseArgs, UsageError } from './args.js';
import { writeOut } from './output.js';
import { DB_HELP, withStore } from './store-command.js';
import type { CommandIO } from './io.js';

export const SHOW_HELP = `sitrep show ID [options]

Shows a stored article: its metadata, duplicate links, events, quotes, actors, times and places.
  --format text|json    (json: the stored record with the full Analysis)
${DB_HELP}`;

function showText(r: ArticleRecord): string {
  const a = r.analysis;
  const out: string[] = [];
  out.push(`${r.id}${r.title ? `: ${r.title}` : ''}`);
  out.push(`date ${a.date.value ?? '-'} (${a.date.source})${r.url ? `  url ${r.url}` : ''}${r.source ? `  source ${r.source}` : ''}`);
  if (r.origin) out.push(`from ${r.origin}`);
  if (r.duplicateOf) out.push(`near-duplicate of ${r.duplicateOf}`);
  if (r.duplicates.length) out.push(`copies: ${r.duplicates.join(', ')}`);
  out.push(`${a.text.length} characters, ${a.sentences.length} sentences`);
  const span = (s: number, e: number) => JSON.stringify(a.text.slice(s, e).replace(/\s+/g, ' '));
  out.push(`\nevents (${a.events.length})`);
  for (const e of a.events) {
    out.push(`  ${e.date ?? '-'} ${e.source.code ?? e.source.text ?? '-'} ${e.cameo}${e.plover ? `/${e.plover}` : ''} ${e.target.code ?? e.target.text ?? '-'}`
      + `  q${e.quadClass} g${e.goldstein}${e.place ? ` @${e.place.name}` : ''}  [${e.start},${e.end}) ${e.rule}`);
    out.push(`      ${span(e.start, e.end)}`);
  }
  out.push(`\nquotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    out.push(`  ${q.speaker?.name ?? q.speaker?.code ?? '?'} (${q.kind}${q.cue ? `, ${q.cue.text}` : ''}${q.date ? `, ${q.date}` : ''}) [${q.start},${q.end})`);
    out.push(`      ${span(q.start, q.end)}`);
  }
  out.push(`\nactors (${a.actors.length})`);
  for (const x of a.actors) out.push(`  ${x.code ?? '-'}  ${x.name} (${x.kind}${x.country ? `, ${x.country}` : ''}) x${x.mentions.length}`);
  out.push(`\ntimes (${a.times.length})`);
  for (const t of a.times) out.push(`  ${t.value}  ${JSON.stringify(t.text)} ${t.type}`);
  out.push(`\nplaces (${a.places.length})`);
  for (const p of a.places) out.push(`  ${p.name}${p.country ? ` (${p.country})` : ''}  ${JSON.stringify(p.text)}`);
  return out.join('\n') + '\n';
}

export async function showCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'format'], flags: ['help'] });
  if (args.options.help) { io.stdout.write(SHOW_HELP + '\n'); return 0; }
  if (args.positionals.length !== 1) throw new UsageError('give one article ID');
  const format = optString(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  return withStore(args, io, 'show', async (store) => {
    const r = await store.article(args.positionals[0]);
    if (!r) { io.stderr.write(`sitrep show: no article "${args.positionals[0]}" in the store\n`); return 1; }
    await writeOut(io.stdout, format === 'json' ? JSON.stringify(r, null, 2) + '\n' : showText(r));
    return 0;
  });
}
