// The Store contract: every store (SQLite now, PostgreSQL next) runs these same tests through storeContract().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import { corpus, input, makeAnalysis } from './analyses.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  const filled = async () => {
    const store = await open();
    const c = corpus();
    const results = await store.putMany([input(c.original), input(c.other), input(c.third)]);
    assert.deepEqual(results, ['new', 'new', 'new']);
    return { store, c };
  };

  test(`${name}: an article stored twice (same id, or same text under another id) is stored once`, async () => {
    const { store, c } = await filled();
    const before = await store.stats();
    assert.equal(await store.put(input(c.original)), 'duplicate');
    assert.equal(await store.put(input({ ...c.original, id: 'another-id' })), 'duplicate');
    assert.deepEqual(await store.stats(), before);
    assert.ok(await store.has('wire-1'));
    assert.ok(await store.has(input(c.original).textHash));
    assert.ok(!(await store.has('never-stored')));
    await store.close();
  });

  test(`${name}: article(id) gives back the stored Analysis unchanged`, async () => {
    const { store, c } = await filled();
    const r = await store.article('wire-1');
    assert.ok(r);
    assert.deepEqual(r.analysis, c.original);
    assert.equal(r.events, 2);
    assert.equal(r.quotes, 1);
    assert.equal(r.origin, 'test:wire-1');
    assert.equal(await store.article('nope'), null);
    await store.close();
  });

  test(`${name}: a near-duplicate adds mentions, articles and sources to the original's events, not new events`, async () => {
    const { store, c } = await filled();
    assert.equal(await store.put(input(c.copy, 'wire-1')), 'near-duplicate');
    const events = await store.events({ actor: 'IRN', sort: 'date' });
    assert.equal(events.length, 3, 'the copy adds no event');
    const accord = events.find((e) => e.cameo === '057')!;
    assert.equal(accord.articleId, 'wire-1');
    assert.equal(accord.numArticles, 2);
    assert.equal(accord.numMentions, 2);
    assert.equal(accord.numSources, 2, 'Wire and Paper');
    const criticism = events.find((e) => e.cameo === '111')!;
    assert.equal(criticism.numArticles, 2, 'the copy reports the whole story');
    const withDups = await store.events({ actor: 'IRN', includeDuplicates: true });
    assert.equal(withDups.length, 4);
    const copy = await store.article('paper-7');
    assert.equal(copy!.duplicateOf, 'wire-1');
    assert.deepEqual((await store.article('wire-1'))!.duplicates, ['paper-7']);
    assert.equal((await store.stats()).duplicates, 1);
    await store.close();
  });

  test(`${name}: event filters: actor, source, target, CAMEO root or code, PLOVER, quad class, dates, place, text`, async () => {
    const { store } = await filled();
    const ids = async (q: Parameters<Store['events']>[0]) => (await store.events(q)).map((e) => e.cameo).sort();
    assert.deepEqual(await ids({}), ['057', '0731', '111', '1312']);
    assert.deepEqual(await ids({ actor: 'RUS' }), ['057', '1312']);
    assert.deepEqual(await ids({ actor: 'russia' }), ['057', '1312'], 'by name, any case');
    assert.deepEqual(await ids({ source: 'RUS' }), ['1312']);
    assert.deepEqual(await ids({ target: 'IGO' }), ['111']);
    assert.deepEqual(await ids({ cameo: '13' }), ['1312']);
    assert.deepEqual(await ids({ cameo: '073' }), ['0731']);
    assert.deepEqual(await ids({ plover: 'agree' }), ['057']);
    assert.deepEqual(await ids({ quadClass: 3 }), ['111', '1312']);
    // the accord happened on 2021-03-01; the criticism has no date of its own: the article's (2021-03-02) counts
    assert.deepEqual(await ids({ from: '2021-03-01', to: '2021-03-01' }), ['057']);
    assert.deepEqual(await ids({ from: '2021-03-02', to: '2021-03-31' }), ['111']);
    // "2021-04" (a month) files under its first day
    assert.deepEqual(await ids({ from: '2021-04-01', to: '2021-04-01' }), ['1312']);
    assert.deepEqual(await ids({ place: 'RUS' }), ['057']);
    assert.deepEqual(await ids({ place: 'mosc' }), ['057']);
    assert.deepEqual(await ids({ text: 'sanctions' }), ['1312']);
    assert.deepEqual(await ids({ text: 'sanction*' }), ['1312']);
    assert.equal(await store.countEvents({ quadClass: 3 }), 2);
    await store.close();
  });

  test(`${name}: events sort and page`, async () => {
    const { store } = await filled();
    const byDate = (await store.events({ sort: 'date' })).map((e) => e.day);
    assert.deepEqual(byDate, [...byDate].sort());
    const g = (await store.events({ sort: '-goldstein' })).map((e) => e.goldstein);
    assert.deepEqual(g, [8, 7.4, -2, -5.8]);
    const page1 = await store.events({ sort: 'date', limit: 2 });
    const page2 = await store.events({ sort: 'date', limit: 2, offset: 2 });
    assert.equal(page1.length, 2);
    assert.deepEqual([...page1, ...page2].map((e) => e.key), (await store.events({ sort: 'date' })).map((e) => e.key));
    await store.close();
  });

  test(`${name}: filters are data, never SQL or FTS syntax`, async () => {
    const { store } = await filled();
    assert.deepEqual(await store.events({ actor: "x' OR 1=1 --" }), []);
    assert.deepEqual(await store.events({ place: '%' }), []);
    assert.deepEqual(await store.events({ text: 'sanctions OR accord' }), [], 'OR is a word, all words must match');
    assert.deepEqual(await store.search('NEAR( "unbalanced'), []);
    assert.deepEqual(await store.quotes({ speaker: '_' }), []);
    await store.close();
  });

  test(`${name}: quotes by speaker and by words`, async () => {
    const { store } = await filled();
    const q = await store.quotes({ speaker: 'lavrov' });
    assert.deepEqual(q.map((x) => x.text), ['The accord serves both our peoples.', 'talks could end']);
    assert.equal(q[0].speakerCode, 'RUSGOV');
    assert.equal(q[0].cue, 'said');
    assert.deepEqual((await store.quotes({ speaker: 'RUS', text: 'peoples' })).map((x) => x.articleId), ['wire-1']);
    assert.deepEqual(await store.quotes({ speaker: 'IRN' }), []);
    await store.close();
  });

  test(`${name}: top actors and counterparts`, async () => {
    const { store } = await filled();
    const actors = await store.actors();
    const un = actors.find((a) => a.code === 'IGOUNO')!;
    assert.equal(un.articles, 2);
    assert.equal(un.events, 2);
    const irn = actors.find((a) => a.code === 'IRN')!;
    assert.equal(irn.events, 3);
    assert.deepEqual((await store.actors({ kind: 'person' })).map((a) => a.code), ['RUSGOV']);
    const cp = await store.counterparts('IRN');
    const rus = cp.find((x) => x.code === 'RUS')!;
    assert.equal(rus.events, 2);
    assert.equal(rus.asTarget, 1, 'Iran acted on Russia once');
    assert.equal(rus.asSource, 1, 'Russia acted on Iran once');
    assert.equal(rus.meanGoldstein, 1.1);
    assert.equal(cp.find((x) => x.code === 'IGOUNO')!.asTarget, 1);
    await store.close();
  });

  test(`${name}: timeline of an actor by month and by ISO week`, async () => {
    const { store } = await filled();
    const months = await store.timeline('RUS', 'month');
    assert.deepEqual(months.map((m) => [m.period, m.events, m.quad, m.quotes]), [
      ['2021-03', 1, [1, 0, 0, 0], 1],
      ['2021-04', 1, [0, 0, 1, 0], 1],
    ]);
    const weeks = await store.timeline(null, 'week');
    assert.deepEqual(weeks.map((w) => w.period), ['2021-W09', '2021-W13', '2021-W16']);
    assert.equal(weeks.reduce((n, w) => n + w.events, 0), 4);
    await store.close();
  });

  test(`${name}: search finds articles and quotes, matched words marked`, async () => {
    const { store } = await filled();
    const hits = await store.search('accord');
    assert.deepEqual(hits.map((h) => `${h.kind}:${h.articleId}`).sort(), ['article:wire-1', 'quote:wire-1']);
    assert.ok(hits.every((h) => /\[accord\]/i.test(h.snippet)), 'the match is bracketed');
    const quote = hits.find((h) => h.kind === 'quote')!;
    assert.equal(quote.start, corpus().original.text.indexOf('The accord serves'));
    assert.deepEqual((await store.search('floods border')).map((h) => h.articleId), ['wire-3']);
    assert.deepEqual(await store.search('...'), []);
    await store.close();
  });

  test(`${name}: failures are recorded once each, in order`, async () => {
    const store = await open();
    const f = [{ file: 'in.jsonl', line: 3, reason: 'invalid JSON' }, { file: 'x.bin', line: null, reason: 'binary file' }];
    await store.putFailures(f);
    await store.putFailures(f);
    const got = await store.failures();
    assert.deepEqual(got.map(({ file, line, reason }) => ({ file, line, reason })), f);
    assert.equal((await store.stats()).failures, 2);
    await store.close();
  });

  test(`${name}: exports iterate every Analysis and every original event`, async () => {
    const { store, c } = await filled();
    await store.put(input(c.copy, 'wire-1'));
    const ids: string[] = [];
    for await (const a of store.analyses()) ids.push(a.id);
    assert.deepEqual(ids, ['wire-1', 'wire-2', 'wire-3', 'paper-7']);
    const events: string[] = [];
    for await (const e of store.allEvents()) events.push(e.key);
    assert.deepEqual(events, ['wire-1/e1', 'wire-1/e2', 'wire-2/e1', 'wire-3/e1']);
    await store.close();
  });

  test(`${name}: an article without layers stores and reads back`, async () => {
    const store = await open();
    const bare = makeAnalysis({ id: 'bare', text: 'Nothing happened here.' });
    assert.equal(await store.put(input(bare)), 'new');
    assert.deepEqual((await store.article('bare'))!.analysis, bare);
    assert.deepEqual(await store.events(), []);
    await store.close();
  });
}
