// Place mentions: recognition over the tokens and resolution by the document's context. Sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../helpers/analyze.js';
import type { Place } from '../../src/model/analysis.js';

function places(text: string): Array<Place & { rule?: string }> {
  return docOf(text, '2018-03-01').places;
}
function placeAt(text: string, surface: string, nth = 0): (Place & { rule?: string }) | undefined {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  return places(text).find((p) => p.start === at && p.end === at + surface.length);
}
const near = (p: Place | undefined, lat: number, lon: number, km = 161) => {
  assert.ok(p && p.lat !== null && p.lon !== null, 'resolved to coordinates');
  const r = Math.PI / 180;
  const h = Math.sin(((p.lat! - lat) * r) / 2) ** 2 + Math.cos(lat * r) * Math.cos(p.lat! * r) * Math.sin(((p.lon! - lon) * r) / 2) ** 2;
  const d = 2 * 6371 * Math.asin(Math.sqrt(h));
  assert.ok(d <= km, `${p.name} lies ${d.toFixed(0)} km from the expected point`);
};

test('countries, regions and cities are found with their offsets, kind and country', () => {
  const text = 'Fighting spread from Aleppo to the West Bank, while Crimea stayed quiet and Brazil watched.';
  const got = places(text);
  const by = (s: string) => got.find((p) => p.text === s);
  assert.deepEqual(
    got.map((p) => p.text),
    ['Aleppo', 'West Bank', 'Crimea', 'Brazil'],
  );
  for (const p of got) assert.equal(text.slice(p.start, p.end), p.text);
  assert.equal(by('Aleppo')!.kind, 'city');
  assert.equal(by('Aleppo')!.country, 'SYR');
  assert.equal(by('West Bank')!.kind, 'region');
  assert.equal(by('Crimea')!.country, 'UKR');
  assert.equal(by('Brazil')!.kind, 'country');
  assert.equal(by('Brazil')!.country, 'BRA');
});

test('old and English spellings resolve to the GeoNames place', () => {
  const kiev = placeAt('Ministers met in Kiev on Tuesday.', 'Kiev');
  assert.equal(kiev?.name, 'Kyiv');
  near(kiev, 50.45, 30.52);
  const geneva = placeAt('The talks resume in Geneva next week.', 'Geneva');
  assert.equal(geneva?.country, 'CHE');
  assert.equal(geneva?.name, 'Geneva');
  assert.equal(placeAt('Ankara is the capital of Turkey.', 'Turkey')?.name, 'Turkey');
});

test('a qualifier picks the place: Paris, Texas is not Paris, France', () => {
  near(placeAt('A storm hit Paris, Texas, overnight.', 'Paris'), 33.66, -95.55);
  near(placeAt('A storm hit Paris overnight.', 'Paris'), 48.85, 2.35);
  const ore = placeAt('He grew up in Portland, Ore., and moved away.', 'Ore.');
  assert.equal(ore?.kind, 'region');
  near(placeAt('He grew up in Portland, Maine, and moved away.', 'Portland'), 43.66, -70.26);
});

test('Georgia is read by the story around it', () => {
  const caucasus = 'Georgia accused Russia of moving troops near Tbilisi and into South Ossetia.';
  assert.equal(placeAt(caucasus, 'Georgia')?.kind, 'country');
  const us = 'Storms crossed Alabama and Georgia on Monday; Atlanta and Savannah lost power, as did towns in Florida.';
  const ga = placeAt(us, 'Georgia');
  assert.equal(ga?.kind, 'region');
  assert.equal(ga?.country, 'USA');
});

test('the document context settles an ambiguous town', () => {
  // two Springfields: with Illinois in the story, the capital of Illinois
  near(placeAt('Farmers rallied in Chicago and Peoria before marching on Springfield, the Illinois capital.', 'Springfield'), 39.8, -89.64);
  near(placeAt('Protesters gathered in Boston and Worcester, then in Springfield, Massachusetts.', 'Springfield'), 42.1, -72.59);
});

test('a capital standing for its government is still listed as a place mention (GeoWebNews counts metonyms)', () => {
  const p = placeAt('Washington said it would answer, and Tehran must decide.', 'Washington');
  near(p, 38.9, -77.04);
  assert.ok(placeAt('Washington said it would answer, and Tehran must decide.', 'Tehran'));
});

test('place adjectives that modify a noun point at their country; plural nouns of people do not', () => {
  const p = placeAt('Russian officials denied the report.', 'Russian');
  assert.equal(p?.name, 'Russia');
  assert.equal(p?.rule, 'place-demonym');
  assert.equal(placeAt('The Russians denied the report.', 'Russians'), undefined);
  assert.equal(placeAt('Latin American leaders met.', 'Latin American')?.name, 'Latin America');
});

test('people, months and common words named like towns are not places', () => {
  assert.deepEqual(places('In March, Mobile phones were banned, said Mr. Lincoln.').map((p) => p.text), []);
  assert.equal(placeAt('Whitney Houston sang before Michael Jordan spoke.', 'Houston'), undefined);
  assert.equal(placeAt('Whitney Houston sang before Michael Jordan spoke.', 'Jordan'), undefined);
  assert.ok(placeAt('Officials in Jordan and Houston disagreed.', 'Jordan'));
});

test('a place heading an organization name is kept as the place inside it', () => {
  const p = placeAt('She studied at the University of Texas and worked for Air Zimbabwe.', 'Texas');
  assert.equal(p?.kind, 'region');
  assert.equal(placeAt('She studied at the University of Texas and worked for Air Zimbabwe.', 'University'), undefined);
});

test('"Washington state" and a story full of it read the state; otherwise the capital', () => {
  const state = 'Wildfires burned across Washington state. Crews from Seattle, Spokane and Yakima fought them, and Washington asked for federal help.';
  assert.equal(placeAt(state, 'Washington state')?.kind, 'region');
  near(placeAt('Lawmakers in Washington passed the bill.', 'Washington'), 38.9, -77.04);
});

test('odd text does not throw', () => {
  for (const t of ['', '   ', '\u0000\u0000', 'Ωμέγα ÅÄÖ 東京 \u200b', 'A'.repeat(5000), 'In , , of the Of of.']) {
    assert.doesNotThrow(() => places(t));
  }
});

test('a list of countries is not a town qualified by the next country', () => {
  const text = 'Envoys of the US, UK, Russia, France and China met.';
  const uk = placeAt(text, 'UK');
  assert.equal(uk?.kind, 'country');
  assert.equal(uk?.country, 'GBR');
});

test('a place after a hyphenated prefix and inside hyphenated pairs is found', () => {
  const text = 'The anti-Russian sanctions and pro-Iranian militias worry Asia-Pacific traders.';
  assert.equal(placeAt(text, 'Russian')?.name, 'Russia');
  assert.equal(placeAt(text, 'Iranian')?.name, 'Iran');
  assert.ok(placeAt(text, 'Asia'));
});

test('the place a person is from stays a place', () => {
  const text = 'The record was set by Charlotte Smith of North Carolina in 1994.';
  assert.equal(placeAt(text, 'North Carolina')?.kind, 'region');
});

test('a dateline names a place even when it is a small town at the start of the text', () => {
  const text = 'CORVALLIS, Ore. (AP) - Volunteers cleaned the river banks on Sunday.';
  const p = placeAt(text, 'CORVALLIS');
  near(p, 44.56, -123.26);
});

test('text in capitals is no evidence of a town name', () => {
  assert.deepEqual(places('POLICE SAID THE MARCH ENDED PEACEFULLY AT NOON.').map((p) => p.text), []);
  assert.ok(placeAt('PROTESTERS MARCHED IN MOSCOW ON SUNDAY.', 'MOSCOW'));
});
