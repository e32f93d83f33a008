// An HTTP response as archived in a WARC record: status, headers and the body with transfer and content
// encodings undone. Returns the reason when the message cannot be read.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

function dechunk(buf: Buffer): Buffer | string {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = buf.indexOf('\r\n', pos, 'latin1');
    if (eol < 0) return 'truncated chunked body';
    const size = parseInt(buf.subarray(pos, eol).toString('latin1').split(';')[0].trim(), 16);
    if (!Number.isFinite(size)) return 'bad chunk size';
    if (size === 0) return Buffer.concat(parts);
    if (eol + 2 + size > buf.length) return 'truncated chunked body';
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
}

export function parseHttpResponse(block: Buffer): HttpResponse | string {
  const end = block.indexOf('\r\n\r\n', 0, 'latin1');
  if (end < 0) return 'no HTTP headers';
  const lines = block.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0]);
  if (!m) return 'no HTTP status line';
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  let body: Buffer = block.subarray(end + 4);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
    const d = dechunk(body);
    if (typeof d === 'string') return d;
    body = d;
  }
  const enc = (headers.get('content-encoding') ?? '').toLowerCase();
  try {
    if (enc === 'gzip' || enc === 'x-gzip') body = gunzipSync(body);
    else if (enc === 'deflate') body = inflateSync(body);
    else if (enc === 'br') body = brotliDecompressSync(body);
  } catch (e) {
    return `cannot decode ${enc} body: ${(e as Error).message}`;
  }
  return { status: Number(m[1]), headers, body };
}
