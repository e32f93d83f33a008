// Turns the inputs of `sitrep analyze` (files or standard input) into a stream of articles, or of errors that
// name the file and line. Reads JSON Lines line by line so a corpus never sits in memory whole.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { Article } from '../model/article.js';
import { looksBinary } from './binary.js';
import { decodeBytes } from './decode.js';
import { extractPage } from './extract.js';
import { InputError } from './input-error.js';

export type InputItem = { article: Article; file: string; line: number | null } | { error: InputError };
export type InputFormat = 'text' | 'html' | 'jsonl';

const DATE = /^\d{4}-\d{2}-\d{2}/;

export function formatOf(file: string): InputFormat | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt' || ext === '.text' || ext === '') return 'text';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return null;
}

export { looksBinary };

/** An article from one parsed JSON Lines record, or the reason it cannot be one. */
export function articleFromRecord(rec: unknown, defaultDate: string | null): Article | string {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return 'not a JSON object';
  const r = rec as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : r[k] == null ? null : undefined);
  for (const k of ['id', 'text', 'html', 'title', 'url', 'date', 'source']) {
    if (str(k) === undefined && !(k === 'id' && typeof r[k] === 'number')) return `field "${k}" must be a string`;
  }
  let text = str('text');
  let title = str('title') ?? null;
  let url = str('url') ?? null;
  let date = str('date') ?? null;
  let source = str('source') ?? null;
  let author: string | null = null;
  if (date && !DATE.test(date)) return `field "date" must be YYYY-MM-DD, got "${date}"`;
  if (text == null && str('html') != null) {
    // The record's own fields win over what the page says about itself.
    const page = extractPage(str('html')!, url);
    text = page.text;
    title = title ?? page.title;
    url = url ?? page.url;
    date = date ?? page.date;
    source = source ?? page.siteName;
    author = page.author;
  }
  if (text == null) return 'no "text" or "html" field';
  if (!text.trim()) return 'empty article';
  date = date ?? defaultDate;
  return {
    id: r.id == null ? null : String(r.id),
    text,
    title,
    url,
    date: date ? date.slice(0, 10) : null,
    source,
    ...(author ? { author } : {}),
  };
}

async function* jsonLines(stream: Readable, file: string, defaultDate: string | null): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield { error: new InputError(file, n, `invalid JSON: ${(e as Error).message}`) };
      continue;
    }
    const article = articleFromRecord(rec, defaultDate);
    if (typeof article === 'string') yield { error: new InputError(file, n, article) };
    else yield { article, file, line: n };
  }
}

function wholeArticle(content: string, format: 'text' | 'html', file: string, date: string | null): InputItem {
  let text = content;
  if (format === 'html') {
    const page = extractPage(content, null);
    if (!page.text.trim()) return { error: new InputError(file, null, 'empty page: no article text found') };
    const article = { id: null, text: page.text, title: page.title, url: page.url, date: page.date ?? date, source: page.siteName, ...(page.author ? { author: page.author } : {}) };
    return { article, file, line: null };
  }
  if (!text.trim()) return { error: new InputError(file, null, 'empty article') };
  return { article: { id: null, text, title: null, url: null, date, source: null }, file, line: null };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Guesses the format of standard input from its first bytes. */
export function sniffFormat(head: string): InputFormat {
  const t = head.trimStart();
  if (t.startsWith('<')) return 'html';
  if (t.startsWith('{')) {
    const first = t.split('\n', 1)[0];
    try {
      const rec = JSON.parse(first);
      if (rec && typeof rec === 'object' && ('text' in rec || 'html' in rec)) return 'jsonl';
    } catch {
      /* plain text that starts with a brace */
    }
  }
  return 'text';
}

/** Standard input: JSON Lines are streamed line by line; text and HTML are read whole. */
async function* readStdin(opts: ReadOptions): AsyncGenerator<InputItem> {
  const iterator = opts.stdin[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : Buffer.from(first.value as Buffer);
  const rest = (async function* () {
    yield head;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value as Buffer;
  })();
  if (looksBinary(head)) { yield { error: new InputError('<stdin>', null, 'binary data, not text') }; return; }
  const format = opts.format ?? sniffFormat(head.toString('utf8'));
  if (format === 'jsonl') {
    yield* jsonLines(Readable.from(rest), '<stdin>', opts.date);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const c of rest) chunks.push(c);
  yield wholeArticle(Buffer.concat(chunks).toString('utf8'), format, '<stdin>', opts.date);
}

export interface ReadOptions {
  date: string | null;
  format: InputFormat | null;
  stdin: Readable;
}

export async function* readInputs(paths: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(opts);
      continue;
    }
    const format = opts.format ?? formatOf(path);
    if (!format) { yield { error: new InputError(path, null, `unknown file type "${extname(path)}" (expected .txt, .html or .jsonl)`) }; continue; }
    try {
      const info = await stat(path);
      if (info.isDirectory()) { yield { error: new InputError(path, null, 'is a folder (analyze takes files; use ingest for folders)') }; continue; }
      const fh = await open(path, 'r');
      const head = Buffer.alloc(8192);
      const { bytesRead } = await fh.read(head, 0, head.length, 0);
      await fh.close();
      if (looksBinary(head.subarray(0, bytesRead))) { yield { error: new InputError(path, null, 'binary file, not text') }; continue; }
    } catch (e) {
      yield { error: new InputError(path, null, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`) };
      continue;
    }
    if (format === 'jsonl') {
      yield* jsonLines(createReadStream(path), path, opts.date);
    } else {
      const bytes = await readAll(createReadStream(path));
      // Plain text is analysed byte for byte as UTF-8; a page is decoded by its declared charset.
      const content = format === 'html' ? decodeBytes(bytes).text : bytes.toString('utf8');
      yield wholeArticle(content, format, path, opts.date);
    }
  }
}
