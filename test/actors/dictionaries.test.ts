import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActorsKnowledge } from '../../src/actors/knowledge.js';
import { DataFileError } from '../../src/dictionaries/data-file.js';
import { dictionariesDir } from '../../src/paths.js';
import { actorKnowledge, actorsDoc, actorNamed, mentionTexts } from './helpers.js';

function brokenCopy(file: string, line: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actors-'));
  cpSync(dictionariesDir, dir, { recursive: true });
  appendFileSync(join(dir, 'actors', file), `${line}\n`);
  return dir;
}

test('a bad data line is reported with its file and line', () => {
  for (const [file, line, reason] of [
    ['people.txt', 'Ana Example @BRA | GOV 2019-13..2020 minister', /not a date/],
    ['people.txt', 'Ana Example | GOV 2019..2020 minister', /needs the person's @COUNTRY/],
    ['people.txt', 'Sergei Lavrov @RUS | GOV 2004.. foreign minister', /already a name at line/],
    ['agents.txt', 'GOV chief | chief', /kind person, organization or group/],
    ['countries.txt', 'XYZ | adj: Nowhereish', /not a country/],
    ['organizations.txt', 'NGOXYZ club | Example Club', /CODE organization\|group/],
  ] as const) {
    const dir = brokenCopy(file, line);
    assert.throws(
      () => loadActorsKnowledge({ builtinDir: dir, petrarchDir: null }),
      (e: unknown) => e instanceof DataFileError && e.message.includes(`${file}:`) && reason.test(e.message),
      `${file}: ${line}`,
    );
  }
});

test('the built-in dictionary covers every country, with demonyms', () => {
  const kb = actorKnowledge().actors;
  assert.ok(kb.states.size >= 240);
  const doc = actorsDoc('Bhutanese officials met Peruvian diplomats.', '2019-01-01');
  assert.equal(actorNamed(doc, 'Bhutanese officials')?.code, 'BTNGOV');
  assert.equal(actorNamed(doc, 'Peruvian diplomats')?.code, 'PERGOV');
});

function petrarchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-petr-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'test.actors.txt'),
    [
      '<!-- a dictionary written for this test -->',
      'NORTHLAND [NTH]',
      '+NORTHLANDER # a synonym',
      'OLD_HARBOUR_TOWN [NTHHBR]',
      'ELDA_VOSS [NTH]',
      '\t[NTHBUS <150101]',
      '\t[NTHGOV 20150101-20181231]',
      '\t[NTHELI >181231]',
      'SOUTHMARK [STH]',
      'WARDEN OF THE EAST MARCH [EMW]',
      'NORTHLAND RADIO [NTHRAD]',
      'SOUTHMARK_NAVY [STHNAV]',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'test.agents.txt'),
    ['!PERSON! = MAN, MEN, WOMAN, WOMEN', 'HARBOUR_MASTER [~GOV]', 'POLICE {} [~COP]', 'FERRY!PERSON! [~BUS]', 'RELIEF_AGENCY [NGO~]'].join('\n'),
  );
  writeFileSync(join(dir, 'test.verbs.txt'), '');
  return dir;
}

test('PETRARCH actor dictionaries: synonyms, "_" joins, dated codes', () => {
  const kb = actorKnowledge(petrarchDir());
  const text = 'Elda Voss met the Northlander envoy in Old Harbour Town.';
  assert.equal(actorNamed(actorsDoc(text, '2014-06-01', kb), 'Elda Voss')?.code, 'NTHBUS');
  assert.equal(actorNamed(actorsDoc(text, '2016-06-01', kb), 'Elda Voss')?.code, 'NTHGOV');
  assert.equal(actorNamed(actorsDoc(text, '2020-06-01', kb), 'Elda Voss')?.code, 'NTHELI');
  assert.equal(actorNamed(actorsDoc(text, '2016-06-01', kb), 'Old Harbour Town')?.code, 'NTHHBR');
});

test('PETRARCH: an underscore joining two words in the text reads as a space ("East_March")', () => {
  const kb = actorKnowledge(petrarchDir());
  const doc = actorsDoc('Northland thanked the Warden of the East_March yesterday.', '2016-06-01', kb);
  assert.equal(actorNamed(doc, 'Warden of the East_March')?.code, 'EMW');
  // an underscore with space beside it joins nothing
  const doc2 = actorsDoc('Northland thanked the Warden of the East _ March yesterday.', '2016-06-01', kb);
  assert.equal(actorNamed(doc2, 'Warden of the East _ March'), undefined);
});

test('PETRARCH: words a dictionary phrase joins by a space may have modifiers between them, "_" words may not', () => {
  const kb = actorKnowledge(petrarchDir());
  const doc = actorsDoc('The Northland state-run radio praised the Southmark navy.', '2016-06-01', kb);
  assert.equal(actorNamed(doc, 'Northland state-run radio')?.code, 'NTHRAD');
  assert.equal(actorNamed(doc, 'Southmark navy')?.code, 'STHNAV');
  const doc2 = actorsDoc('Northland independent radio criticized the Southmark coastal navy.', '2016-06-01', kb);
  assert.equal(actorNamed(doc2, 'Northland independent radio')?.code, 'NTHRAD');
  assert.equal(actorNamed(doc2, 'Southmark coastal navy'), undefined);
  // only modifiers: a verb between the words breaks the phrase
  const doc3 = actorsDoc('Northland said radio stations were closed.', '2016-06-01', kb);
  assert.equal(actorNamed(doc3, 'Northland')?.code, 'NTH');
});

test('PETRARCH agents: suffix and prefix codes, plurals, substitution markers, "---" without an actor', () => {
  const kb = actorKnowledge(petrarchDir());
  const doc = actorsDoc('Southmark harbour masters and Northland police thanked a relief agency Southmark sent, and ferrymen cheered.', '2016-06-01', kb);
  assert.equal(actorNamed(doc, 'Southmark harbour masters')?.code, 'STHGOV');
  assert.equal(actorNamed(doc, 'Northland police')?.code, 'NTHCOP');
  assert.equal(actorNamed(doc, 'relief agency Southmark')?.code, 'NGOSTH');
  assert.equal(actorNamed(doc, 'ferrymen')?.code, '---BUS');
  // POLICE {} has no plural form
  const doc2 = actorsDoc('Northland polices met.', '2016-06-01', kb);
  assert.deepEqual(mentionTexts(actorNamed(doc2, 'Northland')), ['Northland']);
});

test('PETRARCH: "former" replaces the agent codes with ELI, as the suite expects', () => {
  const kb = actorKnowledge(petrarchDir());
  const doc = actorsDoc('Northland former harbour masters met former Southmark police.', '2016-06-01', kb);
  assert.equal(actorNamed(doc, 'Northland former harbour masters')?.code, 'NTHELI');
  assert.equal(actorNamed(doc, 'former Southmark police')?.code, 'STHELI');
});

test('the built-in people are listed once each', () => {
  const kb = actorKnowledge().actors;
  const seen = new Map<string, string>();
  for (const a of kb.actors) {
    if (a.kind !== 'person') continue;
    assert.ok(!seen.has(a.key), `${a.name} at ${a.source} and ${seen.get(a.key)}`);
    seen.set(a.key, a.source);
    for (const r of a.roles) assert.ok(!r.from || !r.to || r.from <= r.to, `${a.name}: ${r.from}..${r.to}`);
  }
  assert.ok(seen.size >= 400);
});
