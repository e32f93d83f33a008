// Events over the whole pipeline where the actor layer's phrases matter: a title written before a name belongs to
// that person's argument slot, and a country word inside the title is no argument of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../helpers/analyze.js';

const triples = (text: string, date: string) =>
  analyzeText(text, date).events.map((e) => `${e.source.code}>${e.target.code}:${e.cameo.slice(0, 2)}`);

test('a country-and-title phrase before a known person is that person, as an object', () => {
  // the "US" of the title is not the target: the Secretary of State (a government official) is
  assert.deepEqual(triples('The Jordanian king hosted US Secretary of State Antony Blinken in Amman on Monday.', '2023-05-10'), ['JORGOV>USAGOV:04']);
});

test('a country-and-title phrase before a known person is that person, as a subject', () => {
  assert.deepEqual(triples('US Secretary of State Antony Blinken met the Jordanian king in Amman on Monday.', '2023-05-10'), ['USAGOV>JORGOV:04']);
});

test('a nationality qualifying a noun headed by a known person stands aside for that person ("his Russian counterpart X")', () => {
  assert.deepEqual(triples('US Secretary of State Antony Blinken spoke by phone with his Chinese counterpart Wang Yi on Monday.', '2024-05-10'), ['USAGOV>CHNGOV:04']);
});

test('an adjective shared with a dependent territory is its sovereign\'s ("American", "French")', () => {
  const a = analyzeText('The American ambassador met French officials in Lagos.', '2023-05-10');
  assert.deepEqual(a.actors.map((x) => x.code).filter((c) => c && c.length === 6).sort(), ['FRAGOV', 'USAGOV']);
});

test('tear gas fired at protesters is repression (175)', () => {
  assert.deepEqual(triples('LIMA, Peru - Police fired tear gas at protesters near parliament on Tuesday.', '2023-05-10'), ['PERCOP>PERCVL:17']);
});
