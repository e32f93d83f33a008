import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExtractionRules } from '../../src/corpus/extraction-rules.js';
import { DataFileError } from '../../src/dictionaries/data-file.js';
import { extractPage } from '../../src/corpus/extract.js';
import { readInputs } from '../../src/corpus/analyze-inputs.js';
import { Readable } from 'node:stream';
import { newsPage, PARA_1, tempDir } from './make-inputs.js';

test('a bad extraction rules file fails at load, naming the file and line', () => {
  const file = join(tempDir(), 'extraction.yaml');
  writeFileSync(file, 'remove_tags:\n  - nav\nremove_roles: []\nboilerplate_words:\n  - share\n  - 7\n');
  assert.throws(() => loadExtractionRules(file), (e: unknown) => e instanceof DataFileError && /extraction\.yaml:6/.test((e as Error).message));
});

test('an embedded post inside a "social" wrapper stays in the text; a share bar does not', () => {
  const quote = 'Our harbour team inspected every support this morning and we will publish the full report next week.';
  const page = extractPage(newsPage({ extraBody: `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>${quote}</p></blockquote></div>` }));
  assert.match(page.text, /Our harbour team inspected/);
  assert.doesNotMatch(page.text, /Share on/);
});

test('sitrep analyze inputs: an .html file and a JSON Lines html field are extracted, record fields winning', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'p.html'), newsPage({ head: '<meta property="og:site_name" content="Velmora Herald">' }));
  writeFileSync(join(dir, 'r.jsonl'), JSON.stringify({ id: 'k', html: newsPage(), title: 'Own title', date: '2020-02-02' }) + '\n');
  const out = [];
  for await (const item of readInputs([join(dir, 'p.html'), join(dir, 'r.jsonl')], { date: null, format: null, stdin: Readable.from([]) })) out.push(item);
  const [html, rec] = out.map((i) => ('article' in i ? i.article : null));
  assert.ok(html!.text.startsWith(PARA_1));
  assert.equal(html!.source, 'Velmora Herald');
  assert.equal(rec!.title, 'Own title');
  assert.equal(rec!.date, '2020-02-02');
  assert.ok(rec!.text.startsWith(PARA_1));
});
