// Main-text extraction alone over a JSON Lines file of {id, html, url} pages (e.g. the output of
// `node ../shared/score/extract.mjs prepare`): writes {id, text} lines for extract.mjs score, and pages/s.
//   node .build/readers/bench/extract.bench.js IN.jsonl > OUT.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractPage } from '../src/corpus/extract.js';

const file = process.argv[2];
if (!file) { console.error('usage: extract.bench.js IN.jsonl > OUT.jsonl'); process.exit(2); }
let pages = 0;
let ms = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line) as { id: string; html: string; url?: string };
  const t0 = performance.now();
  const page = extractPage(rec.html, rec.url ?? null);
  ms += performance.now() - t0;
  pages++;
  process.stdout.write(JSON.stringify({ id: rec.id, text: page.text, method: page.method }) + '\n');
}
console.error(`extract: ${pages} pages in ${(ms / 1000).toFixed(2)} s, ${(pages / (ms / 1000)).toFixed(1)} pages/s`);
