// The CAMEO code table (dictionaries/events/cameo.tsv): QuadClass, Goldstein value, PLOVER type and name per code.
import { dataLines, DataFileError } from '../dictionaries/data-file.js';

export interface CameoCode {
  code: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: string | null;
  name: string;
}

export type CameoTable = ReadonlyMap<string, CameoCode>;

export function loadCameoTable(file: string): CameoTable {
  const out = new Map<string, CameoCode>();
  for (const { line, text } of dataLines(file)) {
    const cols = text.split('\t');
    if (cols.length !== 5) throw new DataFileError(file, line, 'expected 5 tab-separated columns: code quadClass goldstein plover name');
    const [code, q, g, p, name] = cols;
    const quad = Number(q);
    const goldstein = Number(g);
    if (!/^\d{2,4}$/.test(code)) throw new DataFileError(file, line, `bad CAMEO code "${code}"`);
    if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4) throw new DataFileError(file, line, `bad QuadClass "${q}"`);
    if (!Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) throw new DataFileError(file, line, `bad Goldstein value "${g}"`);
    if (out.has(code)) throw new DataFileError(file, line, `code ${code} listed twice`);
    out.set(code, { code, quadClass: quad, goldstein, plover: p === '-' ? null : p, name });
  }
  return out;
}

/** The table row for a code, else its nearest listed ancestor (a dictionary may use codes finer than the table). */
export function describeCode(table: CameoTable, code: string): CameoCode | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const row = table.get(c);
    if (row) return row;
  }
  return null;
}
