import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPage } from '../../src/corpus/extract.js';
import { newsPage, PARA_1, PARA_2, PARA_3 } from './make-inputs.js';

test('the article paragraphs come out blank-line separated, without the page furniture', () => {
  const page = extractPage(newsPage(), 'https://herald.example/news/pier');
  assert.equal(page.text, [PARA_1, PARA_2, PARA_3].join('\n\n'));
  for (const junk of ['Sport', 'Share on', 'file photo', 'Lighthouse gets', 'Copyright', 'By Anna Korsak']) {
    assert.ok(!page.text.includes(junk), `"${junk}" should not be in the text`);
  }
});

test('a picture container with its caption goes; a paragraph beside a small icon stays', () => {
  const extra = '<div class="photo-wrap"><img src="crane.jpg" width="600" height="400"><p>A crane lifts a beam onto the pier. (Photo: Harbour Office)</p></div>' +
    '<p><img src="icon.png" width="16" height="16"> Repairs are planned to finish before the summer season begins in June, the office said.</p>';
  const page = extractPage(newsPage({ extraBody: extra }));
  assert.doesNotMatch(page.text, /crane lifts/);
  assert.match(page.text, /Repairs are planned/);
});

test('metadata: title, date, author, canonical URL and site name from meta tags', () => {
  const head = `<meta property="og:title" content="Velmora closes northern pier">
<meta property="article:published_time" content="2023-11-02T08:15:00+01:00">
<meta name="author" content="Anna Korsak"><meta property="og:site_name" content="Velmora Herald">
<link rel="canonical" href="/news/2023/pier">`;
  const page = extractPage(newsPage({ head }), 'https://herald.example/amp/pier?ref=x');
  assert.equal(page.title, 'Velmora closes northern pier');
  assert.equal(page.date, '2023-11-02');
  assert.equal(page.author, 'Anna Korsak');
  assert.equal(page.url, 'https://herald.example/news/2023/pier');
  assert.equal(page.siteName, 'Velmora Herald');
});

test('metadata from JSON-LD when there are no meta tags', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, {
    '@type': 'NewsArticle', headline: 'Pier closes', datePublished: '2022-04-30', author: [{ '@type': 'Person', name: 'Ivo Marn' }],
    publisher: { '@type': 'Organization', name: 'Coast Daily' },
  }] };
  const page = extractPage(newsPage({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
  assert.equal(page.date, '2022-04-30');
  assert.equal(page.author, 'Ivo Marn');
  assert.equal(page.siteName, 'Coast Daily');
});

test('the date falls back to a <time datetime>, then to the URL', () => {
  const timed = extractPage(newsPage({ extraBody: '<p>Updated <time datetime="2020-01-15T10:00:00Z">Jan 15</time> by the desk.</p>' }));
  assert.equal(timed.date, '2020-01-15');
  const fromUrl = extractPage(newsPage(), 'https://herald.example/2018/06/30/pier');
  assert.equal(fromUrl.date, '2018-06-30');
});

test('a UTC timestamp a day off the date in the URL gives way to the publisher\'s own day; a local one does not', () => {
  const at = (stamp: string) => extractPage(newsPage({ head: `<meta property="article:published_time" content="${stamp}">` }), 'https://herald.example/2019/11/18/pier').date;
  assert.equal(at('2019-11-19T02:34:30Z'), '2019-11-18');
  assert.equal(at('2019-11-19T02:34:30+00:00'), '2019-11-18');
  assert.equal(at('2019-11-19T08:00:00+01:00'), '2019-11-19');
  assert.equal(at('2019-11-25T02:34:30Z'), '2019-11-25'); // too far from the URL's day to be a time-zone shift
});

test('a broken JSON-LD block or malformed markup does not stop extraction', () => {
  const html = newsPage({ head: '<script type="application/ld+json">{"@type": "NewsArticle", </script>' })
    .replace('</article>', '<div><p>unclosed <b>bold <i>italic</article>');
  const page = extractPage(html);
  assert.match(page.text, /northern pier will close/);
});

test('a page without article text gives empty text', () => {
  const page = extractPage('<html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  assert.equal(page.text, '');
  assert.equal(page.method, 'none');
});

test('a page Readability cannot score still yields its visible paragraphs', () => {
  const page = extractPage(`<html><body><div>${PARA_1}</div></body></html>`);
  assert.equal(page.text, PARA_1);
});

test('a fragment, or a page that leaves <body> implied, is extracted like a full page', () => {
  assert.equal(extractPage(`<p>${PARA_1}</p><p>${PARA_2}</p>`).text, `${PARA_1}\n\n${PARA_2}`);
  const implied = extractPage(`<!doctype html><html><head><title>Pier</title><meta property="article:published_time" content="2021-03-04"></head><p>${PARA_1}</p></html>`);
  assert.equal(implied.text, PARA_1);
  assert.equal(implied.date, '2021-03-04');
  assert.equal(implied.title, 'Pier');
});
