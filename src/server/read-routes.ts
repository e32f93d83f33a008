// The read side of the API: articles, events, actors, quotes, search, network, stats. Every handler validates its
// query against query-specs.ts and asks the store; the store runs parameterized SQL only.
import { Hono } from 'hono';
import type { Bucket, EventQuery, EventSort, Store } from '../store/store.js';
import { badRequest, notFound } from './errors.js';
import { page, parseQuery, type ParamValues } from './params.js';
import * as Q from './query-specs.js';
import { actorNetwork } from './network.js';
import { withHeadlines } from './headline.js';
import { AnswerCache } from './answer-cache.js';

const str = (v: ParamValues, k: string) => v[k] as string | undefined;
const num = (v: ParamValues, k: string) => v[k] as number | undefined;

/** Drops undefined fields, so the store sees only the filters that were given. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function checkRange(v: ParamValues): void {
  const from = str(v, 'from');
  const to = str(v, 'to');
  if (from && to && from > to) throw badRequest(`"from" (${from}) is after "to" (${to})`);
}

export function eventQuery(v: ParamValues): EventQuery {
  checkRange(v);
  return defined({
    ...page(v),
    actor: str(v, 'actor'), source: str(v, 'source'), target: str(v, 'target'),
    cameo: str(v, 'cameo'), plover: str(v, 'plover'),
    quadClass: num(v, 'quadClass') as EventQuery['quadClass'],
    from: str(v, 'from'), to: str(v, 'to'), place: str(v, 'place'), text: str(v, 'text'),
    sort: str(v, 'sort') as EventSort | undefined,
    includeDuplicates: v.duplicates === undefined ? undefined : v.duplicates === 'true',
  });
}

export function readRoutes(store: Store): Hono {
  const api = new Hono();
  const cache = new AnswerCache(store);

  api.get('/stats', async (c) => {
    parseQuery(c.req.url, {});
    return c.json(await store.stats());
  });

  api.get('/articles', async (c) => {
    const v = parseQuery(c.req.url, Q.ARTICLES);
    checkRange(v);
    const p = page(v);
    const items = await store.articles(defined({ ...p, from: str(v, 'from'), to: str(v, 'to') }));
    return c.json({ ...p, items: await withHeadlines(store, items, (a) => a.id) });
  });

  // Article ids come from the input and may hold any character; the client encodes them.
  api.get('/articles/:id{.+}', async (c) => {
    parseQuery(c.req.url, {});
    const id = c.req.param('id');
    const record = await store.article(id);
    if (!record) throw notFound(`no article "${id}"`);
    return c.json(record);
  });

  api.get('/events', async (c) => {
    const q = eventQuery(parseQuery(c.req.url, Q.EVENTS));
    const items = await store.events(q);
    // A page that is not full ends the list, so its total is known without counting (half the work for narrow
    // filters); an empty page past the start may have overshot, so it counts.
    const total = items.length < q.limit! && (items.length > 0 || q.offset === 0) ? q.offset! + items.length : await store.countEvents(q);
    return c.json({ limit: q.limit, offset: q.offset, total, items });
  });

  api.get('/quotes', async (c) => {
    const v = parseQuery(c.req.url, Q.QUOTES);
    checkRange(v);
    const p = page(v);
    const items = await store.quotes(defined({ ...p, speaker: str(v, 'speaker'), text: str(v, 'text'), from: str(v, 'from'), to: str(v, 'to') }));
    return c.json({ ...p, items });
  });

  api.get('/actors', async (c) => {
    const v = parseQuery(c.req.url, Q.ACTORS);
    const p = page(v);
    const q = defined({ ...p, match: str(v, 'match'), kind: str(v, 'kind') });
    return c.json({ ...p, items: await cache.get(`actors ${JSON.stringify(q)}`, () => store.actors(q)) });
  });

  api.get('/actors/:key{.+}', async (c) => {
    const v = parseQuery(c.req.url, Q.ACTOR);
    const key = c.req.param('key');
    if (key.length > 100) throw badRequest('actor key is longer than 100 characters');
    return c.json(await cache.get(`actor ${JSON.stringify([key, v])}`, () => actorPage(key, v)));
  });

  async function actorPage(key: string, v: ParamValues) {
    const candidates = await store.actors({ match: key, limit: 1000 });
    const actor = candidates.find((a) => a.key === key) ?? candidates.find((a) => a.key.toLowerCase() === key.toLowerCase());
    if (!actor) throw notFound(`no actor "${key}"`);
    const by = (str(v, 'by') ?? 'month') as Bucket;
    const [timeline, counterparts, quotes] = await Promise.all([
      store.timeline(actor.key, by),
      store.counterparts(actor.key, { limit: num(v, 'counterparts') ?? 10 }),
      (num(v, 'quotes') ?? 20) > 0 ? store.quotes({ speaker: actor.key, limit: num(v, 'quotes') ?? 20 }) : Promise.resolve([]),
    ]);
    return { actor, by, timeline, counterparts, quotes };
  }

  api.get('/search', async (c) => {
    const v = parseQuery(c.req.url, Q.SEARCH);
    const q = str(v, 'q');
    if (!q) throw badRequest('parameter "q" is required');
    const p = page(v);
    return c.json({ ...p, q, items: await withHeadlines(store, await store.search(q, p), (h) => h.articleId) });
  });

  api.get('/network', async (c) => {
    const v = parseQuery(c.req.url, Q.NETWORK);
    const actors = num(v, 'actors') ?? 30;
    const min = num(v, 'min') ?? 1;
    return c.json(await cache.get(`network ${actors} ${min}`, () => actorNetwork(store, actors, min)));
  });

  return api;
}
