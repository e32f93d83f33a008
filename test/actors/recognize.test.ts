import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsDoc, actorNamed, mentionTexts } from './helpers.js';

test('a country, its capital and its formal name are one state actor', () => {
  const doc = actorsDoc('Tehran rejected the offer on Friday. The Islamic Republic says Iran will not negotiate.', '2019-05-03');
  const iran = actorNamed(doc, 'Tehran');
  assert.equal(iran?.code, 'IRN');
  assert.equal(iran?.kind, 'state');
  assert.deepEqual(mentionTexts(iran), ['Tehran', 'Islamic Republic', 'Iran']);
});

test('a capital after a locative word is a place, not an actor', () => {
  const doc = actorsDoc('The two delegations will meet in Moscow next week.', '2019-05-03');
  assert.equal(actorNamed(doc, 'Moscow'), undefined);
  const doc2 = actorsDoc('Moscow warned the delegations on Monday.', '2019-05-03');
  assert.equal(actorNamed(doc2, 'Moscow')?.code, 'RUS');
});

test('a seat of government is the government', () => {
  const doc = actorsDoc('The Kremlin denied the report.', '2019-05-03');
  assert.equal(actorNamed(doc, 'Kremlin')?.code, 'RUSGOV');
});

test('country adjective or possessive + agent gives country + role code', () => {
  const doc = actorsDoc("Syrian rebels shelled the town while Iran's foreign ministry called for calm and Egyptian police made arrests.", '2019-05-03');
  assert.equal(actorNamed(doc, 'Syrian rebels')?.code, 'SYRREB');
  assert.equal(actorNamed(doc, "Iran's foreign ministry")?.code, 'IRNGOV');
  assert.equal(actorNamed(doc, 'Egyptian police')?.code, 'EGYCOP');
});

test('an agent followed by "of" and a country', () => {
  const doc = actorsDoc('The government of Lebanon resigned.', '2019-05-03');
  assert.equal(actorNamed(doc, 'government of Lebanon')?.code, 'LBNGOV');
});

test('a title codes an unknown person, and the surname alone later refers to them', () => {
  const doc = actorsDoc('Turkish Foreign Minister Kemal Ozturkmen arrived on Monday. Ozturkmen met his counterpart.', '2019-05-03');
  const p = actorNamed(doc, 'Kemal Ozturkmen');
  assert.equal(p?.code, 'TURGOV');
  assert.equal(p?.kind, 'person');
  assert.equal(p?.name, 'Kemal Ozturkmen');
  // the mention is the name; the title is the evidence for the code
  assert.deepEqual(mentionTexts(p), ['Kemal Ozturkmen', 'Ozturkmen']);
});

test('a title with a country and no name is a person of that country', () => {
  const doc = actorsDoc('The Turkish defence minister said the operation was over.', '2019-05-03');
  const p = actorNamed(doc, 'Turkish defence minister');
  assert.equal(p?.code, 'TURGOV');
  assert.equal(p?.kind, 'person');
});

test('named organizations and militant groups come from the dictionary', () => {
  const doc = actorsDoc('Daesh attacked the town; the Islamic State later claimed it. The UN Security Council met and NATO said nothing.', '2019-05-03');
  const is = actorNamed(doc, 'Daesh');
  assert.match(is?.code ?? '', /^IMG/);
  assert.deepEqual(mentionTexts(is), ['Daesh', 'Islamic State']);
  assert.equal(actorNamed(doc, 'UN Security Council')?.code, 'IGOUNO');
  assert.equal(actorNamed(doc, 'NATO')?.code, 'IGONAT');
});

test('a person with a country + agent: "the Assad regime", "pro-Assad forces"', () => {
  const doc = actorsDoc('The Assad regime and pro-Assad forces retook the city.', '2016-12-20');
  assert.equal(actorNamed(doc, 'Assad regime')?.code, 'SYRGOV');
  assert.equal(actorNamed(doc, 'pro-Assad forces')?.code, 'SYRMIL');
});

test('capitalized names in no dictionary are kept uncoded, with a kind', () => {
  const doc = actorsDoc('Marta Lindqvist, who leads the Northern Fisheries Association, said the quota was unfair.', '2019-05-03');
  const person = actorNamed(doc, 'Marta Lindqvist');
  assert.equal(person?.kind, 'person');
  assert.equal(person?.code, null);
  const org = actorNamed(doc, 'Northern Fisheries Association');
  assert.equal(org?.kind, 'organization');
  assert.equal(org?.code, null);
});

test('the plural of a demonym names the country\'s people; demonyms with no plural do not', () => {
  const doc = actorsDoc('Soldiers detained six Peruvians near the border. The Chinese were not involved.', '2021-06-04');
  assert.equal(actorNamed(doc, 'Peruvians')?.code, 'PER');
  assert.equal(actorNamed(doc, 'Chinese'), undefined);
});

test('military aircraft and ships are the military of their country', () => {
  const doc = actorsDoc('Chilean warplanes and Argentine warships took part in the drill.', '2021-06-04');
  assert.equal(actorNamed(doc, 'Chilean warplanes')?.code, 'CHLMIL');
  assert.equal(actorNamed(doc, 'Argentine warships')?.code, 'ARGMIL');
});

test('adjectives the package lacks come from countries.txt; the coast guard is the military', () => {
  const doc = actorsDoc('The Vietnamese coast guard escorted a Philippine navy ship.', '2021-06-04');
  assert.equal(actorNamed(doc, 'Vietnamese coast guard')?.code, 'VNMMIL');
  assert.equal(doc.actors.find((a) => a.mentions.some((m) => m.text.startsWith('Philippine navy')))?.code, 'PHLMIL');
});

test('a transcript speaker label in capitals is a person; a shouted header is not', () => {
  const text = 'Transcript of the interview follows.\n\nOKAFOR: Thank you for joining us tonight.\n\n"HALVORSEN: Glad to be here.\n\nBREAKING NEWS FROM THE COAST\n\nThe storm reached the coast at noon: ROADS CLOSED everywhere.';
  const doc = actorsDoc(text, '2019-05-03');
  assert.equal(actorNamed(doc, 'OKAFOR')?.kind, 'person');
  assert.equal(actorNamed(doc, 'HALVORSEN')?.kind, 'person');
  // capitals that open no paragraph, or are followed by no colon, are no label
  assert.equal(actorNamed(doc, 'ROADS CLOSED'), undefined);
  assert.equal(actorNamed(doc, 'BREAKING NEWS FROM THE COAST'), undefined);
});

test('a country word leading a longer name belongs to that name', () => {
  const doc = actorsDoc('The Washington Post reported the story first.', '2019-05-03');
  assert.equal(actorNamed(doc, 'Washington'), undefined);
  assert.equal(actorNamed(doc, 'Washington Post')?.kind, 'organization');
});

test('case matters: "us" is not the United States', () => {
  const doc = actorsDoc('They told us the US would respond.', '2019-05-03');
  assert.deepEqual(doc.actors.map((a) => a.code), ['USA']);
  assert.deepEqual(mentionTexts(doc.actors[0]), ['US']);
});

test('odd text gives no actors and no exception', () => {
  for (const text of ['', '   \n\n', '—', 'A'.repeat(5000), '\u0000\u200b Iran \uffff']) {
    const doc = actorsDoc(text, null);
    assert.ok(Array.isArray(doc.actors));
  }
});

test('Washington with care: the government, a person, or the city', () => {
  const doc = actorsDoc('Washington warned Tehran on Monday.', '2019-05-03');
  assert.equal(actorNamed(doc, 'Washington')?.code, 'USA');
  const person = actorsDoc('A statue of George Washington was unveiled.', '2019-05-03');
  assert.equal(actorNamed(person, 'George Washington')?.kind, 'person');
  assert.equal(actorNamed(person, 'Washington'), undefined);
  const city = actorsDoc('She moved to Washington last year.', '2019-05-03');
  assert.equal(actorNamed(city, 'Washington'), undefined);
});
