// CAMEO code names from the server's code table (/api/cameo), loaded once at start; a code finer than the table
// is named by its nearest listed ancestor. Without the table, codes are shown bare.
import { getJson } from './api.js';

/** A row of /api/cameo (src/events/cameo-table.ts CameoCode; restated here to keep node types out of the UI). */
interface CameoCode {
  code: string;
  name: string;
}

const codes = new Map<string, CameoCode>();

export async function loadCodes(): Promise<void> {
  try {
    for (const r of await getJson<CameoCode[]>('cameo')) codes.set(r.code, r);
  } catch {
    /* the names are a convenience; the codes stand alone */
  }
}

export function codeName(code: string): string | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const row = codes.get(c);
    if (row) return row.name.replace(/, not specified below$/, '');
  }
  return null;
}
