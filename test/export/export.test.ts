// sitrep export: GDELT 2.0 Events (61 columns, GDELT's meanings), JSON Lines Analyses, CSV tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { sharedDir } from '../helpers/analyze.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { GDELT_COLUMNS } from '../../src/export/gdelt.js';
import { loadGdeltCodes, splitActorCode } from '../../src/export/gdelt-codes.js';
import { dictionariesDir } from '../../src/paths.js';
import { corpus, input } from '../store/analyses.js';
import { tempDir } from '../ingest/corpus.js';

const GDELT_HEADER = join(sharedDir, 'data', 'gdelt', 'GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv');

async function builtStore(dir: string): Promise<string> {
  const db = join(dir, 's.db');
  const store = new SqliteStore(db);
  const c = corpus();
  await store.putMany([input(c.original), input(c.other), input(c.third)]);
  await store.put(input(c.copy, 'wire-1'));
  await store.close();
  return db;
}

/** RFC 4180 reader for the test: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function parseGdelt(out: string): Array<Record<string, string>> {
  return out.split('\n').filter((l) => l).map((line) => {
    const cells = line.split('\t');
    assert.equal(cells.length, 61, `61 columns: ${line}`);
    return Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, cells[i]]));
  });
}

test('the GDELT columns are the 61 of the GDELT 2.0 Events header, in its order', () => {
  const names = readFileSync(GDELT_HEADER, 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]).filter((n) => n);
  assert.equal(names.length, 61);
  assert.deepEqual([...GDELT_COLUMNS], names);
});

test('CAMEO actor codes split into GDELT country, known group, religion and type columns', () => {
  const kb = loadGdeltCodes(join(dictionariesDir, 'export'));
  assert.deepEqual(splitActorCode('RUSGOV', kb), { country: 'RUS', knownGroup: '', religion1: '', religion2: '', type1: 'GOV', type2: '', type3: '' });
  const un = splitActorCode('IGOUNO', kb);
  assert.deepEqual([un.country, un.type1, un.knownGroup], ['', 'IGO', 'UNO']);
  const m = splitActorCode('IRQMILSHI', kb);
  assert.deepEqual([m.country, m.type1, m.religion1], ['IRQ', 'MIL', 'SHI']);
  assert.equal(splitActorCode('MEAREB', kb).country, 'MEA', 'a region stands in the country slot');
  assert.equal(splitActorCode(null, kb).country, '');
});

test('GDELT export: one 61-column line per original event, with dates, codes, counts, geography and source URL', async () => {
  const dir = tempDir();
  try {
    const db = await builtStore(dir);
    const r = await runCli(['export', '--format', 'gdelt', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const rows = parseGdelt(r.stdout);
    assert.equal(rows.length, 4, 'the copy adds mentions, not events');
    assert.equal(new Set(rows.map((x) => x.GLOBALEVENTID)).size, 4);
    const accord = rows.find((x) => x.EventCode === '057')!;
    assert.deepEqual(
      [accord.SQLDATE, accord.MonthYear, accord.Year, accord.FractionDate],
      ['20210301', '202103', '2021', (2021 + (3 * 30 + 1) / 365).toFixed(4)],
    );
    assert.deepEqual([accord.Actor1Code, accord.Actor1Name, accord.Actor1CountryCode], ['IRN', 'IRAN', 'IRN']);
    assert.deepEqual([accord.Actor2Code, accord.Actor2CountryCode], ['RUS', 'RUS']);
    assert.deepEqual([accord.EventBaseCode, accord.EventRootCode, accord.QuadClass, accord.GoldsteinScale], ['057', '05', '1', '8']);
    assert.deepEqual([accord.NumMentions, accord.NumSources, accord.NumArticles], ['2', '2', '2']);
    assert.equal(accord.IsRootEvent, '1', 'in the lead paragraph');
    // action geography from the event's place; FIPS 10-4 country codes (Russia is RS)
    assert.deepEqual([accord.ActionGeo_FullName, accord.ActionGeo_CountryCode, accord.ActionGeo_Lat, accord.ActionGeo_Long],
      ['Moscow', 'RS', '55.75', '37.62']);
    // actor geography at country level
    assert.deepEqual([accord.Actor1Geo_Type, accord.Actor1Geo_CountryCode], ['1', 'IR']);
    assert.match(accord.DATEADDED, /^\d{14}$/);
    assert.equal(accord.SOURCEURL, 'https://wire.example/a1');

    const criticism = rows.find((x) => x.EventCode === '111')!;
    assert.deepEqual([criticism.Actor2Code, criticism.Actor2CountryCode, criticism.Actor2Type1Code, criticism.Actor2KnownGroupCode],
      ['IGOUNO', '', 'IGO', 'UNO']);
    assert.equal(criticism.SQLDATE, '20210302', 'undated: the article date');
    assert.equal(criticism.ActionGeo_Type, '0', 'no place');

    const threat = rows.find((x) => x.EventCode === '1312')!;
    assert.deepEqual([threat.EventBaseCode, threat.EventRootCode, threat.QuadClass], ['131', '13', '3']);
    assert.equal(threat.SQLDATE, '20210401', 'a month files under its first day');
    const aid = rows.find((x) => x.EventCode === '0731')!;
    assert.deepEqual([aid.Actor2Code, aid.Actor2Name, aid.NumArticles], ['', '', '1']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GDELT export of the iran-daily article analysed by the pipeline: 61 columns, codes consistent with its Analysis', async () => {
  const dir = tempDir();
  try {
    const article = join(sharedDir, 'fixtures', 'iran-daily', 'article.txt');
    const db = join(dir, 's.db');
    const ing = await runCli(['ingest', article, '--db', db, '--workers', '0', '--quiet']);
    assert.equal(ing.code, 0, ing.stdout + ing.stderr);
    const analysis = JSON.parse((await runCli(['analyze', article])).stdout);
    const out = join(dir, 'events.tsv');
    const r = await runCli(['export', '--format', 'gdelt', '--db', db, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const rows = parseGdelt(readFileSync(out, 'utf8'));
    const seen = new Set<string>();
    const codes = analysis.events.filter((e: { id: string }) => !seen.has(e.id) && seen.add(e.id)).map((e: { cameo: string }) => e.cameo).sort();
    assert.deepEqual(rows.map((x) => x.EventCode).sort(), codes);
    for (const x of rows) {
      assert.match(x.EventCode, /^\d{2,4}$/);
      assert.equal(x.EventRootCode, x.EventCode.slice(0, 2));
      assert.equal(x.EventBaseCode, x.EventCode.slice(0, 3));
      assert.match(x.QuadClass, /^[1-4]$/);
      assert.ok(Math.abs(Number(x.GoldsteinScale)) <= 10);
      assert.match(x.SQLDATE, /^(\d{8})?$/);
      assert.equal(x.NumArticles, '1');
      if (x.Actor1Code) assert.ok(x.Actor1Code.startsWith(x.Actor1CountryCode), x.Actor1Code);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('JSON Lines export gives back every stored Analysis; CSV tables parse back', async () => {
  const dir = tempDir();
  try {
    const db = await builtStore(dir);
    const r = await runCli(['export', '--format', 'jsonl', '--db', db]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const c = corpus();
    assert.deepEqual(lines, [c.original, c.other, c.third, c.copy]);

    const csv = await runCli(['export', '--format', 'csv', '--table', 'quotes', '--db', db]);
    const rows = parseCsv(csv.stdout);
    assert.equal(rows.length, 3, 'a header and two quotes');
    const col = (name: string) => rows[0].indexOf(name);
    assert.deepEqual(rows.slice(1).map((r) => [r[col('speaker_code')], r[col('quote')]]),
      [['RUSGOV', 'The accord serves both our peoples.'], ['RUSGOV', 'talks could end']]);
    const ev = parseCsv((await runCli(['export', '--format', 'csv', '--db', db])).stdout);
    assert.equal(ev.length, 5);
    assert.ok(ev.every((r) => r.length === ev[0].length));
    // the evidence of the accord holds a comma in no field, the actors table's names hold none: check quoting
    // on the failures table, whose reasons we write ourselves
    const store = new SqliteStore(db);
    await store.putFailures([{ file: 'odd, "name".txt', line: 2, reason: 'bad,\nworse' }]);
    await store.close();
    const f = parseCsv((await runCli(['export', '--format', 'csv', '--table', 'failures', '--db', db])).stdout);
    assert.deepEqual(f[1].slice(0, 3), ['odd, "name".txt', '2', 'bad,\nworse']);
    const bad = await runCli(['export', '--format', 'xml', '--db', db]);
    assert.equal(bad.code, 2);
    const none = await runCli(['export', '--format', 'jsonl', '--db', join(dir, 'missing.db')]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /no store at/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
