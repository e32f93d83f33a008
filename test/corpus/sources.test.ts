import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readSources, type SourceItem, type SourceOptions } from '../../src/corpus/sources.js';
import { gzipMembers, newsPage, PARA_1, tempDir, warcRecord, warcResponse } from './make-inputs.js';

async function collect(sources: string[], opts: SourceOptions = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(sources, opts)) out.push(item);
  return out;
}
const articles = (items: SourceItem[]) => items.flatMap((i) => ('article' in i ? [i] : []));
const errors = (items: SourceItem[]) => items.flatMap((i) => ('error' in i ? [i.error.message] : []));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Velmora Herald</title>
<item><title>Pier closes</title><link>https://herald.example/pier</link><pubDate>Tue, 07 Mar 2023 09:00:00 +0100</pubDate>
<dc:creator>Anna Korsak</dc:creator><content:encoded><![CDATA[<p>${PARA_1}</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Ferry fares</title><link>https://herald.example/fares</link><description>Fares rise by &lt;b&gt;five&lt;/b&gt; percent in April.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Daily</title>
<entry><title>Lighthouse lamp</title><link rel="alternate" href="https://coast.example/lamp"/><id>tag:coast,1</id>
<published>2022-10-01T12:00:00Z</published><author><name>Ivo Marn</name></author>
<content type="html">&lt;p&gt;The lighthouse got a new lamp on Saturday.&lt;/p&gt;</content></entry></feed>`;

test('a folder is read recursively in name order, every kind of file by its type, hidden files passed over', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'b-sub'));
  writeFileSync(join(dir, 'a.txt'), 'The council met on Monday.\n');
  writeFileSync(join(dir, 'b-sub', 'page.html'), newsPage({ head: '<meta property="article:published_time" content="2023-11-02">' }));
  writeFileSync(join(dir, 'c.jsonl'), JSON.stringify({ id: 'r1', text: 'Ferries ran late.', date: '2023-01-02' }) + '\n' +
    JSON.stringify({ id: 'r2', html: newsPage(), url: 'https://herald.example/2021/02/03/pier' }) + '\n');
  writeFileSync(join(dir, 'd.xml'), RSS);
  writeFileSync(join(dir, 'e.atom'), ATOM);
  writeFileSync(join(dir, 'f.warc.gz'), gzipMembers([warcResponse('https://herald.example/w', newsPage(), 'w1')]));
  writeFileSync(join(dir, '.hidden.txt'), 'not read');
  const items = await collect([dir]);
  assert.deepEqual(errors(items), []);
  const got = articles(items).map((a) => a.origin.slice(dir.length + 1));
  assert.deepEqual(got, ['a.txt', 'b-sub/page.html', 'c.jsonl:1', 'c.jsonl:2', 'd.xml#item 1 (https://herald.example/pier)',
    'd.xml#item 2 (https://herald.example/fares)', 'e.atom#item 1 (https://coast.example/lamp)', 'f.warc.gz#<urn:uuid:w1>']);
  const [txt, html, j1, j2, rss1, rss2, atom, warc] = articles(items).map((a) => a.article);
  assert.equal(txt.text, 'The council met on Monday.\n');
  assert.equal(html.date, '2023-11-02');
  assert.ok(html.text.startsWith(PARA_1));
  assert.equal(j1.id, 'r1');
  assert.equal(j2.date, '2021-02-03'); // from the record's URL, as the page carries no date
  assert.ok(j2.text.startsWith(PARA_1));
  assert.deepEqual([rss1.title, rss1.date, rss1.author, rss1.source], ['Pier closes', '2023-03-07', 'Anna Korsak', 'Velmora Herald']);
  assert.equal(rss1.text, `${PARA_1}\n\nSecond paragraph.`);
  assert.equal(rss2.text, 'Fares rise by five percent in April.');
  assert.deepEqual([atom.title, atom.date, atom.author, atom.url], ['Lighthouse lamp', '2022-10-01', 'Ivo Marn', 'https://coast.example/lamp']);
  assert.equal(atom.text, 'The lighthouse got a new lamp on Saturday.');
  assert.equal(warc.url, 'https://herald.example/w');
  assert.equal(warc.date, '2024-03-05'); // the capture date, as the page carries none
});

test('a folder of broken inputs: each is reported with its reason, the good file is still read', async () => {
  const dir = tempDir();
  const good = newsPage();
  writeFileSync(join(dir, 'good.html'), good);
  // Malformed but readable markup is not a failure: the text inside is what counts.
  writeFileSync(join(dir, 'malformed.html'), `<html><body><div><p>${PARA_1}<p><b>unclosed <i>tags</div></span></body>`);
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'empty-page.html'), '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  writeFileSync(join(dir, 'big.txt'), 'word '.repeat(400));
  writeFileSync(join(dir, 'lines.jsonl'), '{"id":"1","text":"Fine line."}\n{"id":"2","text":\n[1,2]\n{"id":"4"}\n{"id":"5","text":"' + 'x'.repeat(3000) + '"}\n');
  writeFileSync(join(dir, 'not-a-feed.xml'), '<?xml version="1.0"?><catalog><book>x</book></catalog>');
  writeFileSync(join(dir, 'broken-feed.rss'), '<?xml version="1.0"?><rss><channel><item><title>a</ti');
  const warc = gzipMembers([warcResponse('https://a.example/1', good, 'ok1'), warcResponse('https://a.example/2', good, 'cut')]);
  writeFileSync(join(dir, 'truncated.warc.gz'), warc.subarray(0, warc.length - 150));
  const plain = Buffer.concat([warcResponse('https://a.example/3', good, 'p1'), warcResponse('https://a.example/4', good, 'p2')]);
  writeFileSync(join(dir, 'truncated.warc'), plain.subarray(0, plain.length - 100));
  writeFileSync(join(dir, 'gzip-not-warc.warc.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]));
  writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const items = await collect([dir], { maxBytes: 1500 });
  const errs = errors(items).map((m) => m.slice(dir.length + 1));
  const expect: [string, RegExp][] = [
    ['binary.txt', /binary/],
    ['big.txt', /too large/],
    ['broken-feed.rss', /malformed|not an RSS/],
    ['empty-page.html', /empty page/],
    ['empty.txt', /empty file/],
    ['gzip-not-warc.warc.gz', /gzip|WARC/i],
    ['lines.jsonl:2', /invalid JSON/],
    ['lines.jsonl:3', /not a JSON object/],
    ['lines.jsonl:4', /no "text" or "html"/],
    ['lines.jsonl:5', /line too long/],
    ['not-a-feed.xml', /not an RSS or Atom feed/],
    ['photo.png', /unsupported file type/],
    ['truncated.warc#<urn:uuid:p2>', /truncated record/],
    ['truncated.warc.gz#<urn:uuid:cut>', /truncated gzip/],
  ];
  for (const [where, why] of expect) {
    const hit = errs.find((e) => e.startsWith(where + ':') || e.startsWith(where + ' '));
    assert.ok(hit, `no error for ${where} in:\n${errs.join('\n')}`);
    assert.match(hit!, why);
  }
  assert.equal(errs.length, expect.length, errs.join('\n'));
  const read = articles(items).map((a) => a.origin.slice(dir.length + 1));
  assert.deepEqual(read, ['good.html', 'lines.jsonl:1', 'malformed.html', 'truncated.warc#<urn:uuid:p1>', 'truncated.warc.gz#<urn:uuid:ok1>']);
});

test('a page with a wrong or missing charset is still decoded sensibly', async () => {
  const dir = tempDir();
  const text = 'Le maire de Genève a déclaré que la jetée fermera jusqu’au printemps, après les tempêtes de l’hiver dernier qui ont endommagé ses piliers.';
  const page = (meta: string) => newsPage({ charsetMeta: meta, extraBody: `<p>${text}</p>` });
  writeFileSync(join(dir, 'declared-latin1.html'), iconv.encode(page('<meta charset="iso-8859-1">').replace('jusqu’au', "jusqu'au").replace(/l’hiver/, "l'hiver"), 'latin1'));
  writeFileSync(join(dir, 'wrong-utf8.html'), iconv.encode(page('<meta charset="utf-8">'), 'windows-1252'));
  writeFileSync(join(dir, 'missing.html'), iconv.encode(page(''), 'windows-1252'));
  const items = await collect([dir]);
  assert.deepEqual(errors(items), []);
  for (const a of articles(items)) {
    assert.match(a.article.text, /Genève a déclaré/, a.origin);
    assert.doesNotMatch(a.article.text, /\uFFFD|Ã/, a.origin);
  }
});

function serve(routes: Record<string, (res: import('node:http').ServerResponse) => void>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (route) route(res);
    else { res.writeHead(404); res.end('not here'); }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  }));
}

test('URL lists and feed URLs are fetched over HTTP; dead, slow, huge and non-page URLs are reported', async () => {
  const latin = iconv.encode(newsPage({ charsetMeta: '', extraBody: '<p>Le maire de Genève a déclaré que la jetée restera fermée tout l’hiver, pour des raisons de sécurité publique.</p>' }).replace('’', "'"), 'latin1');
  const hanging: import('node:http').ServerResponse[] = [];
  const { server, base } = await serve({
    '/page.html': (res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(newsPage()); },
    '/latin.html': (res) => { res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }); res.end(latin); },
    '/feed': (res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(RSS); },
    '/slow': (res) => { hanging.push(res); },
    '/huge': (res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p>' + 'x'.repeat(5000) + '</p>'); },
    '/image': (res) => { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.from([0x89, 0x50])); },
  });
  try {
    const dir = tempDir();
    const list = join(dir, 'list.urls');
    writeFileSync(list, ['# our pages', `${base}/page.html`, `${base}/missing`, `${base}/slow`, `${base}/latin.html`, `${base}/huge`, `${base}/image`, 'ftp://old.example/x', ''].join('\n'));
    // the time-out must let a served page through on a loaded machine (300 ms did not, once); only /slow hangs
    const items = await collect([list, `${base}/feed`], { timeoutMs: 2000, maxBytes: 4000 });
    const errs = errors(items);
    assert.equal(errs.length, 5, errs.join('\n'));
    assert.match(errs[0], /list\.urls:3 .*\/missing.*HTTP 404/);
    assert.match(errs[1], /list\.urls:4 .*\/slow.*timed out/);
    assert.match(errs[2], /list\.urls:6 .*\/huge.*too large/);
    assert.match(errs[3], /list\.urls:7 .*\/image.*not a page/);
    assert.match(errs[4], /list\.urls:8: not an http\(s\) URL/);
    const got = articles(items);
    assert.deepEqual(got.map((a) => a.origin.replace(base, '')), [
      `${list}:2 (/page.html)`, `${list}:5 (/latin.html)`, '/feed#item 1 (https://herald.example/pier)', '/feed#item 2 (https://herald.example/fares)',
    ]);
    assert.ok(got[0].article.text.startsWith(PARA_1));
    assert.equal(got[0].article.url, `${base}/page.html`);
    assert.match(got[1].article.text, /Genève a déclaré/);
    assert.equal(got[2].article.title, 'Pier closes');
  } finally {
    for (const res of hanging) res.destroy();
    server.close();
  }
});

test('a feed item with no text of its own is read from its link', async () => {
  let base = '';
  const { server, base: b } = await serve({
    '/page.html': (res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(newsPage()); },
    '/feed': (res) => {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title><entry><title>Pier</title><link href="${base}/page.html"/><updated>2023-05-06T10:00:00Z</updated></entry>` +
        `<entry><title>Gone</title><link href="${base}/gone"/></entry></feed>`);
    },
  });
  base = b;
  try {
    const items = await collect([`${base}/feed`], { timeoutMs: 2000 });
    const got = articles(items);
    assert.equal(got.length, 1);
    assert.ok(got[0].article.text.startsWith(PARA_1));
    assert.deepEqual([got[0].article.title, got[0].article.date], ['Pier', '2023-05-06']);
    assert.match(errors(items)[0], /#item 2 .*\/gone.*HTTP 404/);
  } finally {
    server.close();
  }
});

test('a .txt file of URLs is a URL list; a .txt file of prose that mentions a URL is an article', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'prose.txt'), 'See https://herald.example/pier for the notice.\nThe pier closes in May.\n');
  writeFileSync(join(dir, 'links.txt'), 'http://127.0.0.1:9/unreachable\n');
  const items = await collect([dir], { timeoutMs: 2000 });
  assert.equal(articles(items).length, 1);
  assert.equal(articles(items)[0].origin, join(dir, 'prose.txt'));
  assert.match(errors(items)[0], /links\.txt:1 \(http:\/\/127\.0\.0\.1:9\/unreachable\): fetch failed/);
});

test('standard input ("-") is read as JSON Lines, a page or plain text by its first bytes', async () => {
  const { Readable } = await import('node:stream');
  const jsonl = await collect(['-'], { stdin: Readable.from([Buffer.from('{"text":"One."}\n{"te'), Buffer.from('xt":"Two."}\nnot json\n')]) });
  assert.deepEqual(articles(jsonl).map((a) => [a.origin, a.article.text]), [['<stdin>:1', 'One.'], ['<stdin>:2', 'Two.']]);
  assert.match(errors(jsonl)[0], /<stdin>:3: invalid JSON/);
  const page = await collect(['-'], { stdin: Readable.from([Buffer.from(newsPage())]) });
  assert.ok(articles(page)[0].article.text.startsWith(PARA_1));
  const text = await collect(['-'], { stdin: Readable.from([Buffer.from('Plain words.')]) });
  assert.equal(articles(text)[0].article.text, 'Plain words.');
});

test('a missing path is reported and the next source is still read', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'ok.txt'), 'Text.');
  const items = await collect([join(dir, 'nope.txt'), join(dir, 'ok.txt')]);
  assert.match(errors(items)[0], /nope\.txt: cannot read: ENOENT/);
  assert.equal(articles(items).length, 1);
});
