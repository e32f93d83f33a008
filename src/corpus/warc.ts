// Web archives: each response (or resource) record holding an HTML page becomes a page, read with its HTTP
// charset; other records (requests, metadata, images) are passed over. Gzipped WARCs are inflated by zlib so a
// truncated member is an error rather than a silent short record.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { WARCParser } from 'warcio';

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
  const parser = new WARCParser(stream as unknown as AsyncIterable<Uint8Array>);
  let index = 0;
  let sawRecord = false;
  try {
    for await (const record of parser) {
      sawRecord = true;
      index++;
      const id = record.warcHeader('WARC-Record-ID') ?? `record ${index}`;
      const origin = `${file}#${id}`;
      const type = record.warcType;
      const uri = record.warcTargetURI ?? null;
      const contentType =
        type === 'response' ? record.httpHeaders?.headers.get('content-type') ?? null : record.warcContentType ?? null;
      if ((type !== 'response' && type !== 'resource') || !contentType || !HTML_TYPE.test(contentType)) {
        await record.skipFully();
        continue;
      }
      if (record.warcContentLength > maxBytes) {
        await record.skipFully();
        yield { error: `record too large: ${record.warcContentLength} bytes (limit ${maxBytes})`, origin };
        continue;
      }
      const status = record.httpHeaders?.statusCode;
      if (type === 'response' && status != null && (Number(status) < 200 || Number(status) >= 300)) {
        await record.skipFully();
        yield { skipped: `HTTP ${status}`, origin };
        continue;
      }
      const bytes = await record.readFully(true);
      yield { page: { url: uri, contentType, bytes, date: record.warcDate?.slice(0, 10) ?? null }, origin };
    }
  } catch (e) {
    const msg = (e as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' || /unexpected end/i.test((e as Error).message)
      ? 'truncated gzip data'
      : (e as Error).message;
    yield { error: `${msg} (after ${index} records)`, origin: `${file}#record ${index + 1}` };
    raw.destroy();
    return;
  }
  if (!sawRecord) yield { error: 'not a WARC file (no records)', origin: file };
}
