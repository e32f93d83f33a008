// Every kind of input sitrep reads, as one stream of articles or errors: folders (walked recursively in name
// order, so a resumed ingest sees the same sequence), plain text, HTML pages, JSON Lines, RSS/Atom feeds, WARC
// archives and URL lists, from files or http(s) URLs. Nothing is held whole except one page at a time; a bad
// file, line, record or URL yields an { error } that names it and says why, and the rest goes on.
import { createReadStream } from 'node:fs';
import { open, opendir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article } from '../model/article.js';
import { articleFromRecord } from './analyze-inputs.js';
import { looksBinary } from './binary.js';
import { decodeBytes } from './decode.js';
import { extractPage } from './extract.js';
import { parseFeed } from './feeds.js';
import { fetchPage, type Fetched } from './fetch-page.js';
import { blockText, parsePage } from './html-text.js';
import { InputError } from './input-error.js';
import { boundedLines, type Line } from './lines.js';
import { warcRecords } from './warc.js';

export type SourceItem = { article: Article; origin: string } | { error: InputError };

export interface SourceOptions {
  /** Largest file, page, line or WARC record read, in bytes (default 20 MB). */
  maxBytes?: number;
  /** HTTP timeout per request, in ms (default 15 s). */
  timeoutMs?: number;
  /** Publication date for inputs that carry none (plain text). */
  date?: string | null;
  /** Fetch each feed item's link instead of using the feed's own content (default: false). */
  followFeedLinks?: boolean;
  /** Fetch an item's link when the feed carries fewer than this many characters of text for it (default 1: only
   * items with no text). A summary-only feed wants a few hundred. */
  minFeedChars?: number;
  /** URLs fetched at once from a URL list (default 4); output order stays the list's order. */
  concurrency?: number;
  /** Read for the source "-": JSON Lines, a feed, a page or plain text, told apart by its first bytes. */
  stdin?: AsyncIterable<Uint8Array> | null;
}

type Kind = 'text' | 'html' | 'jsonl' | 'feed' | 'warc' | 'urls';

const DEFAULT_MAX = 20 * 1024 * 1024;
const EXT_KIND: Record<string, Kind> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.jsonl': 'jsonl',
  '.ndjson': 'jsonl', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.warc': 'warc', '.urls': 'urls',
};

interface Opts {
  maxBytes: number;
  timeoutMs: number;
  date: string | null;
  followFeedLinks: boolean;
  minFeedChars: number;
  concurrency: number;
  stdin: AsyncIterable<Uint8Array> | null;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The kind of a file from its name, or null when the name does not say. */
export function kindOfName(name: string): Kind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.warc.gz')) return 'warc';
  return EXT_KIND[extname(lower)] ?? null;
}

/** The kind of content from its first bytes. */
function sniff(head: Uint8Array): Kind | null {
  if (head[0] === 0x1f && head[1] === 0x8b) return null;
  const t = Buffer.from(head).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('WARC/')) return 'warc';
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/.test(t) || /^<(rss|feed)\b/.test(t)) return 'feed';
  if (t.startsWith('<')) return 'html';
  if (t.startsWith('{')) return 'jsonl';
  return null;
}

/** True when every non-empty, non-comment line of the text is an http(s) URL. */
export function isUrlList(text: string): boolean {
  let any = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!isUrl(line) || /\s/.test(line)) return false;
    any = true;
  }
  return any;
}

function fail(where: string, reason: string, line: number | null = null): SourceItem {
  return { error: new InputError(where, line, reason) };
}

async function readHead(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function readWhole(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(path)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** An article from an HTML page's bytes, or the reason there is none. */
function pageArticle(bytes: Uint8Array, contentType: string | null, url: string | null, o: Opts): Article | string {
  if (looksBinary(bytes.subarray(0, 8192))) return 'binary data, not a page';
  const { text: html } = decodeBytes(bytes, contentType);
  let page;
  try {
    page = extractPage(html, url);
  } catch (e) {
    return `cannot parse HTML: ${(e as Error).message}`;
  }
  if (!page.text.trim()) return 'empty page: no article text found';
  return {
    id: null, text: page.text, title: page.title, url: page.url ?? url, date: page.date ?? o.date,
    source: page.siteName, author: page.author,
  };
}

function htmlFragmentText(html: string): string {
  // Feed content is HTML (often escaped); plain text has no tags and passes through blockText unchanged.
  return blockText(parsePage(html).body);
}

async function* feedArticles(xml: string, where: string, o: Opts): AsyncGenerator<SourceItem> {
  const feed = parseFeed(xml);
  if (typeof feed === 'string') { yield fail(where, feed); return; }
  if (!feed.items.length) { yield fail(where, 'feed has no items'); return; }
  let n = 0;
  for (const item of feed.items) {
    n++;
    const origin = `${where}#item ${n}${item.link ? ` (${item.link})` : ''}`;
    const text = item.html ? htmlFragmentText(item.html) : '';
    if (item.link && isUrl(item.link) && (o.followFeedLinks || text.trim().length < o.minFeedChars)) {
      const got = await fetchPage(item.link, o);
      if (typeof got !== 'string') {
        const a = pageArticle(got.bytes, got.contentType, got.url, o);
        if (typeof a !== 'string') {
          yield { article: { ...a, title: item.title ?? a.title, date: item.date ?? a.date, author: a.author ?? item.author, source: a.source ?? feed.title }, origin };
          continue;
        }
        if (!text.trim()) { yield fail(origin, a); continue; }
      } else if (!text.trim()) { yield fail(origin, got); continue; }
    }
    if (!text.trim()) { yield fail(origin, 'empty feed item: no text and no link'); continue; }
    yield {
      article: { id: null, text, title: item.title, url: item.link, date: item.date ?? o.date, source: feed.title, author: item.author },
      origin,
    };
  }
}

async function* jsonlArticles(stream: AsyncIterable<Uint8Array>, where: string, o: Opts): AsyncGenerator<SourceItem> {
  for await (const line of boundedLines(stream, o.maxBytes)) {
    if ('tooLong' in line) { yield fail(where, `line too long: over ${o.maxBytes} bytes`, line.n); continue; }
    if (!line.text.trim()) continue;
    let rec: unknown;
    try { rec = JSON.parse(line.text); } catch (e) {
      yield fail(where, `invalid JSON: ${(e as Error).message}`, line.n);
      continue;
    }
    let article: Article | string;
    try { article = articleFromRecord(rec, o.date); } catch (e) { article = `cannot read record: ${(e as Error).message}`; }
    if (typeof article === 'string') yield fail(where, article, line.n);
    else yield { article, origin: `${where}:${line.n}` };
  }
}

async function* warcArticles(path: string, o: Opts): AsyncGenerator<SourceItem> {
  for await (const rec of warcRecords(path, o.maxBytes)) {
    if ('error' in rec) { yield fail(rec.origin, rec.error); continue; }
    if ('skipped' in rec) { yield fail(rec.origin, `skipped: ${rec.skipped}`); continue; }
    const a = pageArticle(rec.page.bytes, rec.page.contentType, rec.page.url, o);
    if (typeof a === 'string') yield fail(rec.origin, a);
    else yield { article: { ...a, date: a.date ?? rec.page.date }, origin: rec.origin };
  }
}

type UrlEntry = { url: string; where: string } | { where: string; reason: string };

/** The entries of a URL list: one URL a line; blank lines and # comments passed over, anything else reported. */
async function* urlEntries(lines: AsyncIterable<Line> | Iterable<Line>, path: string): AsyncGenerator<UrlEntry> {
  for await (const line of lines) {
    if ('tooLong' in line) { yield { where: `${path}:${line.n}`, reason: 'line too long' }; continue; }
    const url = line.text.trim();
    if (!url || url.startsWith('#')) continue;
    if (!isUrl(url) || /\s/.test(url)) yield { where: `${path}:${line.n}`, reason: 'not an http(s) URL' };
    else yield { url, where: `${path}:${line.n} (${url})` };
  }
}

/** Fetches URLs a few at a time, yielding results in list order; the list itself is read as it goes. */
async function* urlArticles(entries: AsyncIterable<UrlEntry>, o: Opts): AsyncGenerator<SourceItem> {
  const pending: { where: string; got: Promise<Fetched | string> }[] = [];
  const it = entries[Symbol.asyncIterator]();
  let done = false;
  const fill = async () => {
    while (!done && pending.length < o.concurrency) {
      const next = await it.next();
      if (next.done) { done = true; return; }
      const e = next.value;
      pending.push({ where: e.where, got: 'url' in e ? fetchPage(e.url, o) : Promise.resolve(e.reason) });
    }
  };
  await fill();
  while (pending.length) {
    const { where, got } = pending.shift()!;
    const res = await got;
    await fill();
    if (typeof res === 'string') { yield fail(where, res); continue; }
    yield* fetchedArticles(res, where, o);
  }
}

async function* fetchedArticles(res: Fetched, where: string, o: Opts): AsyncGenerator<SourceItem> {
  const head = res.bytes.subarray(0, 8192);
  const type = (res.contentType ?? '').toLowerCase();
  const kind = /rss|atom/.test(type) || (/xml/.test(type) && !/xhtml/.test(type)) ? 'feed' : sniff(head);
  if (kind === 'feed') { yield* feedArticles(decodeBytes(res.bytes, res.contentType).text, where, o); return; }
  if (type.startsWith('text/plain')) {
    const text = decodeBytes(res.bytes, res.contentType).text;
    if (!text.trim()) yield fail(where, 'empty page');
    else yield { article: { id: null, text, title: null, url: res.url, date: o.date, source: null }, origin: where };
    return;
  }
  if (type && !/html|xml/.test(type)) { yield fail(where, `not a page: content type ${type}`); return; }
  const a = pageArticle(res.bytes, res.contentType, res.url, o);
  yield typeof a === 'string' ? fail(where, a) : { article: a, origin: where };
}

async function* fileArticles(path: string, kindFromName: Kind | null, size: number, o: Opts): AsyncGenerator<SourceItem> {
  const head = await readHead(path, 8192);
  if (!head.length) { yield fail(path, 'empty file'); return; }
  let kind = kindFromName;
  const sniffed = sniff(head);
  if (kind === 'text' || kind === 'html' || kind === null) kind = sniffed === 'warc' || sniffed === 'feed' ? sniffed : kind ?? sniffed;
  if (kind === 'warc') { yield* warcArticles(path, o); return; }
  if (head[0] === 0x1f && head[1] === 0x8b) { yield fail(path, 'gzip data, not a WARC archive'); return; }
  if (looksBinary(head)) { yield fail(path, 'binary file, not text'); return; }
  if (kind === 'jsonl') { yield* jsonlArticles(createReadStream(path), path, o); return; }
  if (kind === 'urls') { yield* urlArticles(urlEntries(boundedLines(createReadStream(path), o.maxBytes), path), o); return; }
  if (size > o.maxBytes) { yield fail(path, `file too large: ${size} bytes (limit ${o.maxBytes})`); return; }
  const bytes = await readWhole(path);
  if (kind === 'feed') { yield* feedArticles(decodeBytes(bytes).text, path, o); return; }
  if (kind === 'html') {
    const a = pageArticle(bytes, null, null, o);
    yield typeof a === 'string' ? fail(path, a) : { article: a, origin: path };
    return;
  }
  const text = decodeBytes(bytes).text;
  if (kind === 'text' && isUrlList(text)) {
    yield* urlArticles(urlEntries(text.split('\n').map((t, i) => ({ n: i + 1, text: t })), path), o);
    return;
  }
  if (kind === null) { yield fail(path, `unsupported file type "${extname(path)}"`); return; }
  if (!text.trim()) { yield fail(path, 'empty file'); return; }
  yield { article: { id: null, text, title: null, url: null, date: o.date, source: null }, origin: path };
}

/** Files under a folder, depth first in name order; hidden files and folders are passed over. */
async function* walk(dir: string): AsyncGenerator<string> {
  const names: { name: string; dir: boolean }[] = [];
  for await (const d of await opendir(dir)) {
    if (d.name.startsWith('.')) continue;
    names.push({ name: d.name, dir: d.isDirectory() });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const p = join(dir, n.name);
    if (n.dir) yield* walk(p);
    else yield p;
  }
}

/** Standard input: JSON Lines are streamed; anything else is read whole, up to the size limit. */
async function* stdinArticles(input: AsyncIterable<Uint8Array>, o: Opts): AsyncGenerator<SourceItem> {
  const where = '<stdin>';
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done || !first.value.length) { yield fail(where, 'empty input'); return; }
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => it };
  const head = Buffer.from(first.value);
  if (looksBinary(head)) { yield fail(where, 'binary data, not text'); return; }
  const all = (async function* () { yield head; yield* rest; })();
  const kind = sniff(head.subarray(0, 8192));
  if (kind === 'jsonl') { yield* jsonlArticles(all, where, o); return; }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of all) {
    size += c.length;
    if (size > o.maxBytes) { yield fail(where, `input too large: over ${o.maxBytes} bytes`); return; }
    chunks.push(Buffer.from(c));
  }
  const bytes = Buffer.concat(chunks);
  if (kind === 'feed') { yield* feedArticles(decodeBytes(bytes).text, where, o); return; }
  if (kind === 'html') {
    const a = pageArticle(bytes, null, null, o);
    yield typeof a === 'string' ? fail(where, a) : { article: a, origin: where };
    return;
  }
  const text = bytes.toString('utf8');
  if (!text.trim()) { yield fail(where, 'empty input'); return; }
  yield { article: { id: null, text, title: null, url: null, date: o.date, source: null }, origin: where };
}

async function* oneSource(source: string, o: Opts, inFolder: boolean): AsyncGenerator<SourceItem> {
  if (source === '-' && o.stdin && !inFolder) { yield* stdinArticles(o.stdin, o); return; }
  if (isUrl(source)) {
    const res = await fetchPage(source, o);
    if (typeof res === 'string') yield fail(source, res);
    else yield* fetchedArticles(res, source, o);
    return;
  }
  let info;
  try { info = await stat(source); } catch (e) {
    yield fail(source, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return;
  }
  if (info.isDirectory()) {
    try {
      for await (const file of walk(source)) yield* oneSource(file, o, true);
    } catch (e) {
      yield fail(source, `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return;
  }
  const kind = kindOfName(basename(source));
  if (inFolder && !kind) { yield fail(source, `unsupported file type "${extname(source)}"`); return; }
  try {
    yield* fileArticles(source, kind, info.size, o);
  } catch (e) {
    yield fail(source, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export async function* readSources(sources: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const o: Opts = {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX,
    timeoutMs: opts.timeoutMs ?? 15000,
    date: opts.date ?? null,
    followFeedLinks: opts.followFeedLinks ?? false,
    minFeedChars: opts.minFeedChars ?? 1,
    concurrency: Math.max(1, opts.concurrency ?? 4),
    stdin: opts.stdin ?? null,
  };
  for (const s of sources) yield* oneSource(s, o, false);
}
