// Output of the query commands: an aligned text table, one JSON array, or CSV, over the same columns.
import type { Writable } from 'node:stream';
import { csvRow } from '../export/csv.js';
import { UsageError } from './args.js';
import { writeOut } from './output.js';

export type QueryFormat = 'table' | 'json' | 'csv';

export interface Column<T> {
  name: string;
  value: (row: T) => unknown;
  /** widest a table cell gets before it is cut with an ellipsis */
  max?: number;
}

export function queryFormat(v: string | null): QueryFormat {
  if (v == null) return 'table';
  if (v === 'table' || v === 'json' || v === 'csv') return v;
  throw new UsageError(`--format must be table, json or csv, got "${v}"`);
}

function cell(v: unknown, max: number): string {
  const s = (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)).replace(/\s+/g, ' ');
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** Writes rows; for JSON, `json` gives each row's object (default: the row itself). */
export async function writeRows<T>(out: Writable, format: QueryFormat, columns: Column<T>[], rows: T[],
  json: (row: T) => unknown = (r) => r): Promise<void> {
  if (format === 'json') { await writeOut(out, JSON.stringify(rows.map(json), null, 2) + '\n'); return; }
  if (format === 'csv') {
    await writeOut(out, csvRow(columns.map((c) => c.name)));
    for (const r of rows) await writeOut(out, csvRow(columns.map((c) => c.value(r))));
    return;
  }
  const cells = rows.map((r) => columns.map((c) => cell(c.value(r), c.max ?? 40)));
  const widths = columns.map((c, i) => Math.max(c.name.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]) => vals.map((v, i) => (i === vals.length - 1 ? v : v.padEnd(widths[i]))).join('  ').trimEnd() + '\n';
  await writeOut(out, line(columns.map((c) => c.name)));
  for (const row of cells) await writeOut(out, line(row));
  if (!rows.length) await writeOut(out, '(none)\n');
}
