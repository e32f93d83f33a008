// Clause analysis: negation, modality, passive voice, coordination, reported speech, control verbs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWith, triples } from './helpers.js';

const A = { Greece: 'GRC', Turkey: 'TUR', Cyprus: 'CYP' };

test('a negated verb group codes nothing', () => {
  assert.deepEqual(triples(codeWith('Greece did not condemn Turkey.', A).events), []);
  assert.deepEqual(triples(codeWith('Greece has never criticized Turkey.', A).events), []);
  assert.deepEqual(triples(codeWith('Greece condemned Turkey.', A).events), ['GRC>TUR:111']);
});

test('a possible or conditional event is not coded as having happened', () => {
  assert.deepEqual(triples(codeWith('Greece might impose sanctions on Turkey.', A).events), []);
  // an obligation is no act either: "must" is a modal like "might"
  assert.deepEqual(triples(codeWith('Analysts said Greece must condemn Turkey.', A).events), []);
  assert.deepEqual(triples(codeWith('If Greece imposes sanctions on Turkey, talks will fail.', A).events), []);
  // an announced future act is coded (CAMEO codes intent and announcement as events)
  assert.deepEqual(triples(codeWith('Greece will impose sanctions on Turkey.', A).events), ['GRC>TUR:163']);
});

test('passive voice with "by" swaps source and target', () => {
  assert.deepEqual(triples(codeWith('Cyprus was attacked by Turkey on Monday.', A).events), ['TUR>CYP:190']);
  assert.deepEqual(triples(codeWith('Cyprus was sharply criticized by Greece.', A).events), ['GRC>CYP:111']);
});

test('a passive without "by" under a reporting verb takes the reporter as source', () => {
  const { events } = codeWith('Greece announced that Turkish banks will be sanctioned over the dispute.', { Greece: 'GRC', 'Turkish banks': 'TURBUS' });
  assert.deepEqual(triples(events), ['GRC>TURBUS:163']);
});

test('coordinated actors give one event each', () => {
  const { events } = codeWith('Greece has worked with Turkey and Cyprus for a lasting truce.', A);
  assert.deepEqual(triples(events), ['GRC>CYP:050', 'GRC>TUR:050']);
  const both = codeWith('Greece and Cyprus condemned Turkey.', A).events;
  assert.deepEqual(triples(both), ['CYP>TUR:111', 'GRC>TUR:111']);
});

test('a list has one "and": "A and B, and C" is two lists', () => {
  const { events } = codeWith('Greece condemned Turkey and Cyprus, and Italy welcomed the move.', { ...A, Italy: 'ITA' });
  assert.deepEqual(triples(events).filter((t) => t.startsWith('GRC')), ['GRC>CYP:111', 'GRC>TUR:111']);
});

test('reported speech that is an accusation is coded against the one accused', () => {
  const { events } = codeWith('The Canadian foreign minister said Venezuela was a threat to the region.', {
    'The Canadian foreign minister': 'CANGOV',
    Venezuela: 'VEN',
  });
  assert.deepEqual(triples(events), ['CANGOV>VEN:112']);
});

test('a reporting noun carries the accusation of its clause subject', () => {
  const { events } = codeWith('The senator repeated his claim that Cuba is a sponsor of terrorism.', { 'The senator': 'USALEG', Cuba: 'CUB' });
  assert.deepEqual(triples(events), ['USALEG>CUB:112']);
});

test('speech backing a party\'s inclusion is verbal support for it', () => {
  const { events } = codeWith('The Chinese envoy countered on Friday that Pakistan must be part of the talks.', {
    'The Chinese envoy': 'CHNGOV',
    Pakistan: 'PAK',
  });
  assert.deepEqual(triples(events), ['CHNGOV>PAK:053']);
});

test('an opening prepositional phrase holds no subject', () => {
  const { events } = codeWith('On relations with Turkey, the Greek minister condemned Cyprus.', { ...A, 'the Greek minister': 'GRCGOV' });
  assert.deepEqual(triples(events), ['GRCGOV>CYP:111']);
});

test('a noun of a prepositional object is matched only across its modifiers', () => {
  // "the recapture of the city by X": the target slot must not jump over "the city" to X
  const { events } = codeWith('Greece praised the recapture of the old city by Cyprus.', A);
  assert.ok(!triples(events).some((t) => t.endsWith(':192') && t.startsWith('GRC')));
});

test('sentences without actors or in cross-reference lines code nothing, odd text does not throw', () => {
  assert.deepEqual(codeWith('Nothing happened anywhere today.', A).events, []);
  assert.deepEqual(codeWith('', A).events, []);
  assert.deepEqual(codeWith('See Daily Brief, Mar 3: Greece condemned Turkey', A).events.filter((e) => e.start < 20), []);
  assert.doesNotThrow(() => codeWith('\u0000\u200b Greece ;;; condemned ((( Turkey \ud800', A));
});

test('a coordinated verb shares the subject of the verb before it', () => {
  const { events } = codeWith('Greece condemned the vote and vowed to retaliate against Turkey.', A);
  assert.deepEqual(triples(events), ['GRC>TUR:138']);
});

test('an infinitive is not an event: only the verb governing it is coded', () => {
  assert.deepEqual(triples(codeWith('Greece hopes to attack Turkey.', A).events), []);
  assert.deepEqual(triples(codeWith('Greece attacked Turkey.', A).events), ['GRC>TUR:190']);
});

test('the subject is read through an apposition and a parenthetical phrase', () => {
  const actors = { 'Maria Lopez': 'ESPGOV', Turkey: 'TUR', Japan: 'JPN' };
  assert.deepEqual(triples(codeWith('The minister, Maria Lopez, condemned Turkey.', actors).events), ['ESPGOV>TUR:111']);
  assert.deepEqual(triples(codeWith('Maria Lopez, during a visit to Japan, condemned Turkey.', actors).events), ['ESPGOV>JPN:042', 'ESPGOV>TUR:111']);
});

test('a subject that is not an actor gives no event, even when an actor stands earlier in the sentence', () => {
  assert.deepEqual(triples(codeWith('In Greece, analysts condemned Turkey.', A).events), []);
});

test('a place no actor covers may be the target, for its country, but never the source', () => {
  const { events } = codeWith('Turkish artillery shelled Kobani overnight.', { 'Turkish artillery': 'TURMIL' }, undefined, { Kobani: 'SYR' });
  assert.deepEqual(triples(events), ['TURMIL>SYR:194']);
  assert.equal(events[0].target.actor, null);
  assert.deepEqual(triples(codeWith('Kobani shelled Turkey overnight.', A, undefined, { Kobani: 'SYR' }).events), []);
});

test('a passive subject qualified by a nationality is a target of that country', () => {
  const { events } = codeWith('Greece announced that six Turkish firms and banks will be sanctioned.', { Greece: 'GRC' }, undefined, { Turkish: 'TUR' });
  assert.deepEqual(triples(events), ['GRC>TUR:163']);
});

test('between equally specific patterns the one ending nearer the trigger wins', () => {
  const { events } = codeWith('Greece deployed troops near Cyprus in the spring, officials in Athens said.', { Greece: 'GRC', Cyprus: 'CYP', Athens: 'GRC' });
  assert.deepEqual(triples(events), ['GRC>CYP:154']);
});

test('a clause denied by its governing verb is not coded as having happened', () => {
  assert.deepEqual(triples(codeWith('Greece denied that its navy had attacked Cyprus.', { Greece: 'GRC', 'its navy': 'GRCMIL', Cyprus: 'CYP' }).events), []);
  assert.deepEqual(triples(codeWith('Greece said that its navy had attacked Cyprus.', { Greece: 'GRC', 'its navy': 'GRCMIL', Cyprus: 'CYP' }).events), ['GRCMIL>CYP:190']);
});

test('a passive of an irregular verb whose participle is its lemma ("was hit by") swaps source and target', () => {
  assert.deepEqual(triples(codeWith('Cyprus was hit by Turkey overnight.', A).events), ['TUR>CYP:190']);
});

test('a quotation before its reporting verb is read as the verb\'s content, the speaker before or after the verb', () => {
  const actors = { Venezuela: 'VEN', 'the Canadian minister': 'CANGOV', 'The Canadian minister': 'CANGOV' };
  assert.deepEqual(triples(codeWith('“Venezuela is a threat to the region,” the Canadian minister said.', actors).events), ['CANGOV>VEN:112']);
  assert.deepEqual(triples(codeWith('"Venezuela must stop the fighting," said the Canadian minister.', actors).events), ['CANGOV>VEN:107']);
  // a quotation that is no speech act codes nothing
  assert.deepEqual(triples(codeWith('“Venezuela is a beautiful country,” the Canadian minister said.', actors).events), []);
});
