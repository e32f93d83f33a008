// How many inputs an ingest will read, when that can be known cheaply, so the progress bar can show an ETA:
// a JSON Lines file counts its lines, a text or HTML file counts one, a folder the sum of its files. Feeds,
// archives, URL lists and URLs are not opened ahead: then the total is unknown (null) and the bar shows no ETA.
import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { kindOfName } from './sources.js';

const NEWLINE = 10;

async function countLines(file: string): Promise<number> {
  let n = 0, last = NEWLINE;
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(NEWLINE); i >= 0; i = buf.indexOf(NEWLINE, i + 1)) n++;
    if (buf.length) last = buf[buf.length - 1];
  }
  return last === NEWLINE ? n : n + 1;
}

async function estimateOne(path: string): Promise<number | null> {
  if (/^https?:\/\//i.test(path) || path === '-') return null;
  let info;
  try {
    info = await stat(path);
  } catch {
    return 1; // it will be one failure
  }
  if (info.isDirectory()) {
    let total = 0;
    const dir = await opendir(path);
    for await (const entry of dir) {
      const n = await estimateOne(join(path, entry.name));
      if (n == null) return null;
      total += n;
    }
    return total;
  }
  const kind = kindOfName(path);
  if (kind === 'jsonl') return countLines(path);
  if (kind === 'text' || kind === 'html' || kind === null) return 1;
  return null;
}

/** The number of inputs, or null when a source's count is unknown without reading it. */
export async function estimateInputs(sources: string[]): Promise<number | null> {
  let total = 0;
  for (const s of sources) {
    const n = await estimateOne(s);
    if (n == null) return null;
    total += n;
  }
  return total;
}
