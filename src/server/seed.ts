// `sitrep serve --seed DIR`: stores the articles of a folder (examples/ for `npm start`) that are not stored yet,
// so the first start fills the store and later starts change nothing.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { formatOf, readInputs } from '../corpus/analyze-inputs.js';
import type { Ingest } from './write-routes.js';

export interface SeedSummary {
  added: number;
  present: number;
  failed: string[];
}

export async function seedFrom(dir: string, ingest: Ingest): Promise<SeedSummary> {
  const files = (await readdir(dir)).filter((f) => formatOf(f) && !f.startsWith('.')).sort().map((f) => join(dir, f));
  const summary: SeedSummary = { added: 0, present: 0, failed: [] };
  for await (const item of readInputs(files, { date: null, format: null, stdin: Readable.from([]) })) {
    if ('error' in item) { summary.failed.push(item.error.message); continue; }
    try {
      const r = await ingest(item.article, item.line != null ? `${item.file}:${item.line}` : item.file);
      if (r.result === 'duplicate') summary.present++;
      else summary.added++;
    } catch (e) {
      summary.failed.push(`${item.file}: ${(e as Error).message}`);
    }
  }
  return summary;
}
