// The web UI in a real browser: the iran-daily article is posted through the API, read in the article view
// (block quotes signed by Lavrov), then Iran is followed to its actor page, whose timeline shows the accusations
// against it. Screenshots go to test-artifacts/. Page errors and CSP violations fail the run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sharedDir } from '../helpers/analyze.js';
import { artifactsDir, launchBrowser, skipReason, startHarness, type Harness } from './harness.js';

const reason = skipReason();
if (reason) process.stdout.write(`e2e: ${reason}\n`);

let h: Harness;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const problems: string[] = [];

before(async () => {
  if (reason) return;
  h = await startHarness();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
});

after(async () => {
  await browser?.close();
  await h?.close();
});

const shot = (name: string) => page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });

test('the iran-daily article is ingested through the API', { skip: reason ?? false }, async () => {
  const text = readFileSync(join(sharedDir, 'fixtures', 'iran-daily', 'article.txt'), 'utf8');
  const r = await h.post({ id: 'iran-daily', text });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.id, 'iran-daily');
});

test('the article view shows the text with its layers, and Lavrov signs the block quotes', { skip: reason ?? false }, async () => {
  await page.goto(`${h.server.url}/#/article/iran-daily`);
  await page.waitForSelector('.article-text');
  await shot('article');
  assert.ok(await page.locator('.article-text').innerText().then((t) => t.includes('Russia has pushed back declarations')));
  const blocks = page.locator('.article-text blockquote.block');
  assert.ok(await blocks.count() >= 2, 'the two colon-introduced paragraphs are block quotes');
  const signatures = await page.locator('.article-text blockquote.block footer.speaker').allInnerTexts();
  assert.equal(signatures.length, await blocks.count(), `every block quote is signed: ${signatures.join(' | ')}`);
  for (const s of signatures) assert.match(s, /Lavrov/);
  // Hovering the quoted words names the speaker.
  await page.locator('.article-text blockquote.block .m-quote').first().hover();
  const tip = page.locator('.tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.innerText(), /speaker: .*Lavrov/);
  await shot('article-quote-hover');
  // The related line is a link, not body text.
  const related = page.locator('.article-text p.related a');
  assert.ok(await related.count() >= 1);
  assert.match(await related.first().getAttribute('href') ?? '', /^#\/search\?q=/);
});

test('the side list of events jumps to their evidence; hovering evidence gives code and rule', { skip: reason ?? false }, async () => {
  const events = page.locator('.side-events li');
  assert.ok(await events.count() >= 1, 'the article has coded events');
  await page.locator('.article-text .m-event').first().hover();
  const tip = page.locator('.tooltip');
  await tip.waitFor({ state: 'visible' });
  const t = await tip.innerText();
  assert.match(t, /Event \d{2,4}/);
  assert.match(t, /rule: \S/);
});

test('following Iran leads to its actor page, whose timeline shows the accusations', { skip: reason ?? false }, async () => {
  const iran = page.locator('.article-text a.m-actor', { hasText: /^Iran$/ }).first();
  await iran.click();
  await page.waitForSelector('.actor-page h1');
  assert.match(await page.locator('.actor-page h1').innerText(), /Iran/);
  await page.waitForSelector('.timeline-events table.events');
  // Conflict bars below the axis in February 2017, when the accusations were made.
  const feb = page.locator('svg.timeline-chart g.bin[data-period="2017-02"]');
  assert.equal(await feb.locator('rect.q3, rect.q4').count() > 0, true, 'conflict in 2017-02');
  await feb.locator('rect.hit').click();
  await page.waitForSelector('.timeline-events h3:has-text("2017-02")');
  const accusations = page.locator('.timeline-events tr[data-cameo^="112"]');
  assert.ok(await accusations.count() >= 1, 'accusation events (CAMEO 112) against Iran are listed');
  await shot('actor-iran');
});

test('the events table, network and search pages render', { skip: reason ?? false }, async () => {
  await page.goto(`${h.server.url}/#/events?actor=IRN`);
  await page.waitForSelector('table.events tbody tr');
  await shot('events');
  await page.locator('table.events tbody tr a[href*="event="]').first().click();
  await page.waitForSelector('.article-text .flash');
  await page.goto(`${h.server.url}/#/network`);
  await page.waitForSelector('svg.network .node');
  await shot('network');
  await page.goto(`${h.server.url}/#/search?q=Lavrov`);
  await page.waitForSelector('ol.hits li');
  await shot('search');
});

test('article text is shown as text, never run as markup', { skip: reason ?? false }, async () => {
  const hostile = 'Officials said <img src=x onerror="document.title=\'pwned\'"> and <script>document.title="pwned"</script> nothing.';
  const r = await h.post({ id: 'hostile', text: hostile, title: '<b>bold</b> headline' });
  assert.equal(r.status, 201);
  await page.goto(`${h.server.url}/#/article/hostile`);
  await page.waitForSelector('.article-text');
  assert.equal(await page.locator('.article-text img, .article-text script, .reader h1 b').count(), 0);
  assert.match(await page.locator('.article-text').innerText(), /<img src=x onerror=/);
  assert.notEqual(await page.title(), 'pwned');
});

test('no page errors and no Content-Security-Policy violations', { skip: reason ?? false }, () => {
  assert.deepEqual(problems, []);
});
