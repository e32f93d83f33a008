// Web archives: each response (or resource) record holding an HTML page becomes a page, read with its HTTP
// charset; other records (requests, metadata, images) are passed over. Gzipped WARCs are inflated by zlib so a
// truncated member is an error rather than a silent short record, and each record's block is checked against
// its Content-Length so a truncated plain WARC is caught too.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { WARCParser } from 'warcio';
import { parseHttpResponse } from './http-message.js';

export type WarcItem =
  | { page: { url: string | null; contentType: string | null; bytes: Uint8Array; date: string | null }; origin: string }
  | { skipped: string; origin: string }
  | { error: string; origin: string };

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)/i;

async function isGzip(file: string): Promise<boolean> {
  for await (const chunk of createReadStream(file, { start: 0, end: 1 })) {
    const b = chunk as Buffer;
    return b[0] === 0x1f && b[1] === 0x8b;
  }
  return false;
}

export async function* warcRecords(file: string, maxBytes: number): AsyncGenerator<WarcItem> {
  const raw = createReadStream(file);
  const stream = (await isGzip(file)) ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (e) => stream.destroy(e));
  const parser = new WARCParser(stream as unknown as AsyncIterable<Uint8Array>, { parseHttp: false });
  let index = 0;
  let current: string | null = null;
  try {
    for await (const record of parser) {
      index++;
      const origin = `${file}#${record.warcHeader('WARC-Record-ID') ?? `record ${index}`}`;
      current = origin;
      const type = record.warcType;
      const warcType = record.warcContentType ?? '';
      const isHttp = type === 'response' && /application\/http/i.test(warcType);
      if (!(isHttp || (type === 'resource' && HTML_TYPE.test(warcType)))) {
        await record.skipFully();
        continue;
      }
      const length = record.warcContentLength;
      if (length > maxBytes) {
        await record.skipFully();
        yield { error: `record too large: ${length} bytes (limit ${maxBytes})`, origin };
        continue;
      }
      const block = Buffer.from(await record.readFully(false));
      if (block.length < length) {
        yield { error: `truncated record: ${block.length} of ${length} bytes`, origin };
        current = null;
        continue;
      }
      const date = record.warcDate?.slice(0, 10) ?? null;
      const url = record.warcTargetURI ?? null;
      current = null;
      if (!isHttp) { yield { page: { url, contentType: warcType, bytes: block, date }, origin }; continue; }
      const res = parseHttpResponse(block);
      if (typeof res === 'string') { yield { error: `bad HTTP response: ${res}`, origin }; continue; }
      const contentType = res.headers.get('content-type') ?? null;
      if (res.status < 200 || res.status >= 300) { yield { skipped: `HTTP ${res.status}`, origin }; continue; }
      if (!contentType || !HTML_TYPE.test(contentType)) continue; // images, scripts, styles: not articles
      yield { page: { url, contentType, bytes: res.body, date }, origin };
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const msg = err.code === 'Z_BUF_ERROR' || /unexpected end/i.test(err.message) ? 'truncated gzip data' : err.message;
    yield { error: `${msg}${current ? '' : ` (after record ${index})`}`, origin: current ?? file };
    raw.destroy();
    return;
  }
  if (index === 0) yield { error: 'not a WARC file (no records)', origin: file };
}
