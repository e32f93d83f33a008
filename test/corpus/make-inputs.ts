// Builders for the inputs the corpus tests read: our own small pages, WARC records and feeds, written to a temp
// folder by each test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-corpus-'));
}

export const PARA_1 =
  'The harbour authority of Velmora said on Tuesday that the northern pier will close for repairs until the spring, after storms damaged its supports.';
export const PARA_2 =
  'Fishing crews will move to the southern basin in the meantime, the authority said, and the ferry timetable stays as it is.';
export const PARA_3 =
  'Engineers found cracks in three of the twelve supports during an inspection last month, according to a report the council published.';

/** A news page with the usual furniture around the article: navigation, share tools, a caption, a related list. */
export function newsPage(opts: { title?: string; head?: string; charsetMeta?: string; extraBody?: string } = {}): string {
  const title = opts.title ?? 'Velmora closes northern pier for repairs';
  return `<!doctype html><html><head>${opts.charsetMeta ?? '<meta charset="utf-8">'}<title>${title} | Velmora Herald</title>
${opts.head ?? ''}</head><body>
<header class="site-header"><a href="/">Velmora Herald</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<main><article>
<h1>${title}</h1>
<div class="byline">By Anna Korsak</div>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<figure><img src="pier.jpg"><figcaption>The northern pier seen from the lighthouse in a file photo.</figcaption></figure>
<p>${PARA_1}</p>
<p>${PARA_2}</p>
<p>${PARA_3}</p>
${opts.extraBody ?? ''}
<div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Lighthouse gets new lamp</a></li><li><a href="/b">Ferry fares rise again</a></li></ul></div>
</article></main>
<footer><p>Copyright Velmora Herald. All rights reserved.</p></footer>
</body></html>`;
}

/** One WARC record: headers, block, and the two CRLFs that end it. */
export function warcRecord(type: string, uri: string, block: string | Buffer, id: string, contentType: string): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : block;
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:${id}>\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body, Buffer.from('\r\n\r\n', 'latin1')]);
}

/** A WARC response record holding an HTTP response with the given page. */
export function warcResponse(uri: string, page: string | Buffer, id: string, httpContentType = 'text/html; charset=utf-8', status = 200): Buffer {
  const body = typeof page === 'string' ? Buffer.from(page, 'utf8') : page;
  const http = Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Not Found'}\r\nContent-Type: ${httpContentType}\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1'),
    body,
  ]);
  return warcRecord('response', uri, http, id, 'application/http; msgtype=response');
}

/** Records gzipped one member each, as WARC writers do. */
export function gzipMembers(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}
