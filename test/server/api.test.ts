// The JSON API over a real SQLite store holding two hand-made articles: each endpoint's answers, its 400s for bad
// parameters, 404s, the token on writes, the security headers, and errors that never leak internals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { createApp } from '../../src/server/app.js';
import type { Ingest, IngestResult } from '../../src/server/write-routes.js';
import type { Article } from '../../src/model/article.js';
import { FISH_DISPUTE, FISH_TALKS, makeAnalysis, stored } from './analyses.js';

let store: Store;
const posted: Article[] = [];
const fakeIngest: Ingest = async (article) => {
  posted.push(article);
  return { id: article.id ?? 'new-id', result: 'new', events: 0, quotes: 0, actors: 0 } satisfies IngestResult;
};
const app = () => createApp({ store, token: 'let-me-in', ingest: fakeIngest, webRoot: null, log: () => {} });

before(async () => {
  store = new SqliteStore(':memory:');
  await store.putMany([stored(FISH_DISPUTE), stored(FISH_TALKS)]);
});
after(async () => { await store.close(); });

const json = async (res: Response): Promise<any> => res.json();

async function get(path: string): Promise<{ status: number; body: any; res: Response }> {
  const res = await app().request(path);
  return { status: res.status, body: await res.json(), res };
}

async function expect400(path: string, mentions: string): Promise<void> {
  const { status, body } = await get(path);
  assert.equal(status, 400, `${path} should be a 400`);
  assert.equal(body.error.status, 400);
  assert.match(body.error.message, new RegExp(mentions), `${path}: ${body.error.message}`);
}

test('GET /api/stats counts what the store holds', async () => {
  const { status, body } = await get('/api/stats');
  assert.equal(status, 200);
  assert.equal(body.articles, 2);
  assert.equal(body.events, 2);
  assert.equal(body.quotes, 1);
});

test('GET /api/articles lists, pages and filters by date', async () => {
  const all = await get('/api/articles');
  assert.deepEqual(all.body.items.map((a: any) => a.id).sort(), ['fish-1', 'fish-2']);
  const second = await get('/api/articles?limit=1&offset=1');
  assert.equal(second.body.items.length, 1);
  assert.equal(second.body.limit, 1);
  assert.equal(second.body.offset, 1);
  assert.notEqual(second.body.items[0].id, (await get('/api/articles?limit=1')).body.items[0].id);
  const april = await get('/api/articles?from=2024-04-01&to=2024-04-30');
  assert.deepEqual(april.body.items.map((a: any) => a.id), ['fish-2']);
});

test('GET /api/articles rejects bad parameters with 400s that name them', async () => {
  await expect400('/api/articles?limit=0', 'limit');
  await expect400('/api/articles?limit=501', 'limit');
  await expect400('/api/articles?limit=ten', 'limit');
  await expect400('/api/articles?offset=-1', 'offset');
  await expect400('/api/articles?from=2024-02-30', 'from');
  await expect400('/api/articles?from=2024-05-01&to=2024-04-01', 'after');
  await expect400('/api/articles?limt=5', 'unknown parameter "limt"');
  await expect400('/api/articles?limit=5&limit=6', 'more than once');
});

test('GET /api/articles/:id returns the stored Analysis; an unknown id is a JSON 404', async () => {
  const { status, body } = await get('/api/articles/fish-1');
  assert.equal(status, 200);
  assert.equal(body.analysis.text, FISH_DISPUTE.text);
  assert.equal(body.analysis.events[0].cameo, '112');
  const missing = await get('/api/articles/no-such-article');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error.message, /no-such-article/);
});

test('GET /api/articles/:id takes ids with any character, percent-encoded', async () => {
  const odd = { ...FISH_TALKS, id: 'wire/2024 #7?', text: 'Both sides said little else.', actors: [], events: [], quotes: [], times: [] };
  await store.put(stored(odd));
  const { status, body } = await get(`/api/articles/${encodeURIComponent('wire/2024 #7?')}`);
  assert.equal(status, 200);
  assert.equal(body.id, 'wire/2024 #7?');
});

test('untitled articles are listed under the start of their first body paragraph, not their caption', async () => {
  const text = 'PHOTO: Ferries at the quay\nFinland and Estonia reopened the ferry line after a week of repairs to the quay at Tallinn harbour, officials said.';
  const untitled = { ...makeAnalysis({ id: 'untitled-1', title: '', date: '2024-05-20', text, actors: [], events: [], quotes: [], times: [] }), title: null };
  untitled.structure.caption = { start: 0, end: 26, text: text.slice(0, 26) };
  await store.put(stored(untitled));
  const { body } = await get('/api/articles?from=2024-05-20&to=2024-05-20');
  assert.equal(body.items[0].title, null);
  assert.equal(body.items[0].headline, 'Finland and Estonia reopened the ferry line after a week of repairs to the quay at Tallinn harbour,…');
  const search = await get('/api/search?q=ferry');
  assert.match(search.body.items[0].headline, /^Finland and Estonia/);
});

test('GET /api/events filters like the CLI and reports the total', async () => {
  const byActor = await get('/api/events?actor=NOR');
  assert.equal(byActor.body.total, 2);
  const conflict = await get('/api/events?quadClass=3');
  assert.deepEqual(conflict.body.items.map((e: any) => e.cameo), ['112']);
  assert.equal(conflict.body.items[0].sourceCode, 'NOR');
  assert.equal(conflict.body.items[0].targetCode, 'SWE');
  const accuse = await get('/api/events?cameo=11');
  assert.deepEqual(accuse.body.items.map((e: any) => e.articleId), ['fish-1']);
  const byPlover = await get('/api/events?plover=accuse');
  assert.deepEqual(byPlover.body.items.map((e: any) => e.cameo), ['112']);
  const bySource = await get('/api/events?source=SWE');
  assert.deepEqual(bySource.body.items.map((e: any) => e.cameo), ['036']);
  const april = await get('/api/events?from=2024-04-01');
  assert.deepEqual(april.body.items.map((e: any) => e.cameo), ['036']);
  const sorted = await get('/api/events?sort=goldstein');
  assert.deepEqual(sorted.body.items.map((e: any) => e.goldstein), [-2, 4]);
  const page = await get('/api/events?limit=1&offset=1&sort=goldstein');
  assert.deepEqual(page.body.items.map((e: any) => e.goldstein), [4]);
  assert.equal(page.body.total, 2);
  assert.equal((await get('/api/events?limit=1')).body.total, 2, 'a full page counts the rest');
  assert.equal((await get('/api/events?offset=5')).body.total, 2, 'a page past the end still knows the total');
  assert.equal((await get('/api/events?offset=1')).body.total, 2, 'a short page ends the list');
});

test('GET /api/events treats its parameters as data, never as SQL', async () => {
  const injected = await get(`/api/events?actor=${encodeURIComponent("' OR 1=1 --")}`);
  assert.equal(injected.status, 200);
  assert.equal(injected.body.total, 0);
  const text = await get(`/api/events?text=${encodeURIComponent('fish" OR "1')}`);
  assert.ok(text.status === 200 || text.status === 400, `status ${text.status}`);
});

test('GET /api/events rejects bad parameters', async () => {
  await expect400('/api/events?quadClass=5', 'quadClass');
  await expect400('/api/events?cameo=accuse', 'cameo');
  await expect400('/api/events?sort=loudest', 'sort');
  await expect400('/api/events?plover=ACC-USE', 'plover');
  await expect400('/api/events?to=yesterday', 'to');
  await expect400('/api/events?actor=', 'empty');
  await expect400(`/api/events?actor=${'x'.repeat(101)}`, 'longer');
});

test('GET /api/actors lists actors; /api/actors/:key gives timeline, counterparts and quotes', async () => {
  const list = await get('/api/actors');
  const keys = list.body.items.map((a: any) => a.key);
  assert.ok(keys.includes('NOR') && keys.includes('SWE'), keys.join());
  const nor = await get('/api/actors/NOR?by=month');
  assert.equal(nor.status, 200);
  assert.equal(nor.body.actor.name, 'Norway');
  const periods = Object.fromEntries(nor.body.timeline.map((p: any) => [p.period, p.quad]));
  assert.deepEqual(periods['2024-03'], [0, 0, 1, 0], 'the March accusation is verbal conflict');
  assert.deepEqual(periods['2024-04'], [1, 0, 0, 0], 'the April agreement is verbal cooperation');
  assert.deepEqual(nor.body.counterparts.map((c: any) => c.key), ['SWE']);
  const berg = await get('/api/actors/SWEGOV');
  assert.match(berg.body.quotes[0].text, /every number/);
  const weeks = await get('/api/actors/NOR?by=week');
  assert.ok(weeks.body.timeline.every((p: any) => /^\d{4}-W\d{2}$/.test(p.period)));
  assert.equal((await get('/api/actors/ATLANTIS')).status, 404);
  await expect400('/api/actors/NOR?by=year', 'by');
  await expect400('/api/actors?kind=planet', 'kind');
});

test('GET /api/quotes finds quotes by speaker and words', async () => {
  const bySpeaker = await get('/api/quotes?speaker=Berg');
  assert.equal(bySpeaker.body.items.length, 1);
  assert.equal(bySpeaker.body.items[0].speakerName, 'Anna Berg');
  const byWords = await get('/api/quotes?text=number');
  assert.equal(byWords.body.items.length, 1);
  const none = await get('/api/quotes?speaker=Norway');
  assert.equal(none.body.items.length, 0);
  await expect400('/api/quotes?from=03/04/2024', 'from');
});

test('GET /api/search finds articles and quotes; q is required', async () => {
  const { body } = await get('/api/search?q=fishing');
  assert.ok(body.items.some((h: any) => h.articleId === 'fish-1'));
  assert.ok(!body.items.some((h: any) => h.articleId === 'fish-2'));
  const quote = await get('/api/search?q=number');
  assert.ok(quote.body.items.some((h: any) => h.kind === 'quote'));
  await expect400('/api/search', '"q" is required');
  await expect400('/api/search?q=', 'empty');
});

test('GET /api/network links the actors that act on each other', async () => {
  const { body } = await get('/api/network');
  assert.deepEqual(body.nodes.map((n: any) => n.key).sort(), ['NOR', 'SWE']);
  assert.equal(body.edges.length, 1);
  assert.equal(body.edges[0].events, 2);
  assert.equal((await get('/api/network?min=3')).body.edges.length, 0);
  await expect400('/api/network?actors=1', 'actors');
});

test('GET /api/openapi.json describes every endpoint, and each one answers', async () => {
  const { body } = await get('/api/openapi.json');
  assert.equal(body.openapi, '3.1.0');
  for (const path of Object.keys(body.paths)) {
    const concrete = path.replace('{id}', 'fish-1').replace('{key}', 'NOR') + (path === '/api/search' ? '?q=fish' : '');
    const res = await app().request(concrete);
    assert.equal(res.status, 200, `${concrete} answers ${res.status}`);
  }
  const eventParams = body.paths['/api/events'].get.parameters.map((p: any) => p.name);
  for (const name of ['actor', 'cameo', 'quadClass', 'from', 'to', 'limit', 'offset']) assert.ok(eventParams.includes(name), name);
});

test('unknown API paths are JSON 404s', async () => {
  const { status, body } = await get('/api/nothing-here');
  assert.equal(status, 404);
  assert.equal(body.error.status, 404);
});

// ---- writing ----

function post(body: string, headers: Record<string, string>, o: { token?: string | null; maxBodyBytes?: number } = {}) {
  const a = createApp({ store, token: o.token === undefined ? 'let-me-in' : o.token, ingest: fakeIngest, webRoot: null, maxBodyBytes: o.maxBodyBytes, log: () => {} });
  return a.request('/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}
const ARTICLE = JSON.stringify({ id: 'posted-1', text: 'Finland offered Estonia help with the ferry repairs.', date: '2024-05-02' });

test('POST /api/articles without a token, or with a wrong one, is a 401 and stores nothing', async () => {
  const before = posted.length;
  const none = await post(ARTICLE, {});
  assert.equal(none.status, 401);
  assert.match((await json(none)).error.message, /token/);
  assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
  const wrong = await post(ARTICLE, { authorization: 'Bearer let-me-out' });
  assert.equal(wrong.status, 401);
  const notBearer = await post(ARTICLE, { authorization: 'Basic bGV0LW1lLWlu' });
  assert.equal(notBearer.status, 401);
  assert.equal(posted.length, before);
});

test('POST /api/articles is refused when the server has no token at all', async () => {
  const res = await post(ARTICLE, { authorization: 'Bearer anything' }, { token: null });
  assert.equal(res.status, 403);
  assert.match((await json(res)).error.message, /SITREP_TOKEN/);
});

test('POST /api/articles with the token hands the article to ingest', async () => {
  const res = await post(ARTICLE, { authorization: 'Bearer let-me-in' });
  assert.equal(res.status, 201);
  assert.deepEqual(await json(res), { id: 'posted-1', result: 'new', events: 0, quotes: 0, actors: 0 });
  const last = posted[posted.length - 1];
  assert.equal(last.text, 'Finland offered Estonia help with the ferry repairs.');
  assert.equal(last.date, '2024-05-02');
});

test('POST /api/articles rejects bad bodies with clear statuses', async () => {
  const auth = { authorization: 'Bearer let-me-in' };
  const cases: [string, Record<string, string>, number, RegExp][] = [
    ['{"text": ', auth, 400, /invalid JSON/],
    ['{"title": "no text"}', auth, 400, /no "text" or "html"/],
    ['{"text": "   "}', auth, 400, /empty/],
    ['{"text": "Some words.", "date": "last week"}', auth, 400, /date/],
    ['[1, 2]', auth, 400, /not a JSON object/],
    [ARTICLE, { ...auth, 'content-type': 'text/plain' }, 415, /application\/json/],
  ];
  for (const [body, headers, status, message] of cases) {
    const res = await post(body, headers);
    assert.equal(res.status, status, body);
    assert.match((await json(res)).error.message, message);
  }
  const big = JSON.stringify({ text: 'word '.repeat(5000) });
  const tooBig = await post(big, auth, { maxBodyBytes: 10_000 });
  assert.equal(tooBig.status, 413);
  assert.equal((await json(tooBig)).error.status, 413);
});

// ---- safety ----

test('every response carries a strict Content-Security-Policy', async () => {
  for (const path of ['/api/stats', '/api/nothing', '/']) {
    const res = await app().request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/, path);
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  }
});

test('a failing store gives a JSON 500 without the stack or the message', async () => {
  const broken = new Proxy(store, {
    get: (t, k) => (k === 'stats' ? async () => { throw new Error('SQLITE_CORRUPT: secret/path/sitrep.db'); } : Reflect.get(t, k)),
  });
  const logged: string[] = [];
  const a = createApp({ store: broken, token: null, ingest: fakeIngest, webRoot: null, log: (l) => logged.push(l) });
  const res = await a.request('/api/stats');
  assert.equal(res.status, 500);
  const text = await res.text();
  assert.deepEqual(JSON.parse(text), { error: { status: 500, message: 'internal error' } });
  assert.doesNotMatch(text, /SQLITE|secret|at /);
  assert.match(logged.join('\n'), /SQLITE_CORRUPT/, 'the operator still sees the cause');
});

// Last: it adds an article, which the counts above do not expect.
test('remembered aggregate answers are dropped as soon as the store changes', async () => {
  const one = app();
  const before = await (await one.request('/api/network')).json() as any;
  assert.ok(!before.nodes.some((n: any) => n.key === 'DNK'));
  const third = makeAnalysis({
    id: 'fish-3', title: 'Denmark joins', date: '2024-04-20', text: 'Denmark urged Norway to share the data.',
    actors: [
      { id: 'a1', name: 'Denmark', code: 'DNK', country: 'DNK', kind: 'state', surfaces: ['Denmark'] },
      { id: 'a2', name: 'Norway', code: 'NOR', country: 'NOR', kind: 'state', surfaces: ['Norway'] },
    ],
    events: [{ id: 'e1', evidence: 'Denmark urged Norway to share the data.', source: 'a1', target: 'a2', cameo: '020', plover: null, quadClass: 1, goldstein: 3, date: '2024-04-19', rule: 'test: urge' }],
    quotes: [], times: [],
  });
  await one.request('/api/actors/NOR');
  await store.put(stored(third));
  const after = await (await one.request('/api/network')).json() as any;
  assert.ok(after.nodes.some((n: any) => n.key === 'DNK'), 'the new actor shows up');
  const nor = await (await one.request('/api/actors/NOR')).json() as any;
  assert.ok(nor.counterparts.some((c: any) => c.key === 'DNK'));
});
