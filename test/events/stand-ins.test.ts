// Stand-ins the event coder reads for actors the actor layer leaves unnamed: a country adjective qualifying a noun
// ("nine Venezuelan nationals") stands for its state as a target, whether or not the places layer listed the adjective.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinKnowledge, docOf } from '../helpers/analyze.js';
import { codeEvents } from '../../src/events/index.js';
import { triples } from './helpers.js';

function recodeWithoutPlaces(text: string) {
  const kb = builtinKnowledge();
  const doc = docOf(text, '2021-03-02', kb);
  doc.places = [];
  doc.events = [];
  codeEvents(doc, kb);
  return triples(doc.events);
}

test('a country adjective on the passive subject is the target even with no places layer', () => {
  const text = 'The US Treasury announced on Tuesday that nine Venezuelan nationals will be sanctioned over gold smuggling.';
  const got = recodeWithoutPlaces(text);
  assert.ok(got.length === 1 && /^USA(GOV)?>VEN:16/.test(got[0]), JSON.stringify(got));
});

test('an adjective several countries share is read only when the story names one of them', () => {
  // "Congolese" is both Congos': with neither named, no target is guessed; with one named, it is that one
  assert.deepEqual(recodeWithoutPlaces('The US Treasury said that several Congolese nationals will be sanctioned.'), []);
  const named = recodeWithoutPlaces('Kinshasa protested. The US Treasury said that several Congolese nationals will be sanctioned.');
  assert.ok(named.some((t) => /^USA(GOV)?>COD:16/.test(t)), JSON.stringify(named));
});

test('an adjective a dependent territory shares with its sovereign is the sovereign\'s ("Dutch")', () => {
  const got = recodeWithoutPlaces('The US Treasury said that several Dutch nationals will be sanctioned.');
  assert.ok(got.length === 1 && /^USA(GOV)?>NLD:16/.test(got[0]), JSON.stringify(got));
});
