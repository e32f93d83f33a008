// Common news constructions, in sentences of our own, coded with the built-in dictionary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWith, triples } from './helpers.js';

const A = { Chile: 'CHL', Peru: 'PER', Bolivia: 'BOL' };

test('joint exercises and exchanges of fire are mutual between the members of a compound subject', () => {
  assert.deepEqual(triples(codeWith('Chile and Peru began joint naval exercises on Monday.', A).events), ['CHL>PER:062', 'PER>CHL:062']);
  assert.deepEqual(triples(codeWith('Chile and Peru exchanged fire across the border.', A).events), ['CHL>PER:190', 'PER>CHL:190']);
});

test('a pronoun subject right after a reporting verb is the reporter', () => {
  assert.deepEqual(triples(codeWith('Chile said it had attacked Peru.', A).events), ['CHL>PER:190']);
  assert.deepEqual(triples(codeWith('Bolivia said Chile had attacked Peru.', A).events), ['CHL>PER:190']);
});

test('an actor named in a prepositional phrase is not the subject', () => {
  assert.deepEqual(triples(codeWith('Officials from a company in Chile condemned Peru.', A).events), []);
});

test('firing weapons at a target, and providing a target with arms', () => {
  assert.deepEqual(triples(codeWith('Peru fired artillery shells at Bolivia overnight.', A).events), ['PER>BOL:194']);
  assert.deepEqual(triples(codeWith('Chile will provide Peru with new fighter jets.', A).events), ['CHL>PER:072']);
});

test('an agreement signed with a party', () => {
  assert.deepEqual(triples(codeWith('Chile signed a trade agreement with Peru in Lima.', A).events), ['CHL>PER:057']);
});

test('agents share a country across "and" and across a list they head', () => {
  const a = codeWith('Danish media and government condemned Peru.', { 'Danish media': 'DNKMED', government: '---GOV', Peru: 'PER' });
  assert.deepEqual(triples(a.events), ['DNKGOV>PER:111', 'DNKMED>PER:111']);
  const b = codeWith('The ambassadors of Chile, Bolivia and Peru condemned Brazil.', { 'ambassadors of Chile': 'CHLGOV', Bolivia: 'BOL', Peru: 'PER', Brazil: 'BRA' });
  assert.deepEqual(triples(b.events), ['BOLGOV>BRA:111', 'CHLGOV>BRA:111', 'PERGOV>BRA:111']);
});

test('a verbal attack on a politician is criticism, not force', () => {
  const actors = { 'The senator': 'USALEG', 'the governor': 'USAGOV' };
  assert.deepEqual(triples(codeWith('The senator attacked the governor for his record on taxes.', actors).events), ['USALEG>USAGOV:111']);
});

test('a nationality qualifies a direct object, not a prepositional one', () => {
  assert.deepEqual(triples(codeWith('Chile shot down a Peruvian drone.', A, undefined, { Peruvian: 'PER' }).events), ['CHL>PER:190']);
  assert.deepEqual(triples(codeWith('Chile clashed on the Peruvian debate stage.', A, undefined, { Peruvian: 'PER' }).events), []);
});

test('a compound inside a prepositional phrase is no subject, wherever the pattern finds it', () => {
  assert.deepEqual(triples(codeWith('Advisers for Chile and Peru all agree that the deal is weak.', A).events), []);
  assert.deepEqual(triples(codeWith('Chile and Peru agree that the deal is weak.', A).events), ['CHL>PER:030', 'PER>CHL:030']);
});

test("a place stands for its country, so it is no target for an actor of that same country", () => {
  const A2 = { 'Chilean senators': 'CHLLEG', Peru: 'PER' };
  // a visit to a city of one's own country is no event between countries; one abroad is
  assert.deepEqual(triples(codeWith('Chilean senators visited Valparaiso on Monday.', A2, undefined, { Valparaiso: 'CHL' }).events), []);
  assert.deepEqual(triples(codeWith('Chilean senators visited Lima on Monday.', A2, undefined, { Lima: 'PER' }).events), ['CHLLEG>PER:042']);
});

test('an event noun with a compound after "between": the participants act on each other, not the speaker on them', () => {
  assert.deepEqual(triples(codeWith('Chile welcomed the talks between Peru and Bolivia.', A).events).filter((t) => t.endsWith(':046')), ['BOL>PER:046', 'PER>BOL:046']);
  // a verb mediating between a compound still has its subject as source
  assert.deepEqual(triples(codeWith('Chile mediated between Peru and Bolivia.', A).events), ['CHL>BOL:045', 'CHL>PER:045']);
});

test('a compound subject discussing: the members consult each other, by phone when said so', () => {
  assert.deepEqual(triples(codeWith('Officials said Chile and Peru discussed the border by phone.', A).events), ['CHL>PER:041', 'PER>CHL:041']);
  assert.deepEqual(triples(codeWith('Chile and Peru discussed the border on Monday.', A).events), ['CHL>PER:040', 'PER>CHL:040']);
});

test("an invasion is its possessor's or adjective's, against the country it enters; a protest lodged against a country", () => {
  const A3 = { ...A, Chilean: 'CHL' };
  assert.deepEqual(triples(codeWith("Chile's invasion of Peru ended in 1883.", A).events), ['CHL>PER:190']);
  assert.deepEqual(triples(codeWith('The Chilean invasion of Peru ended in 1883.', A3).events), ['CHL>PER:190']);
  // a speaker blaming an invasion is not its author
  assert.deepEqual(triples(codeWith('Bolivia blames the invasion of Peru for its troubles.', A).events).filter((t) => t.endsWith(':190')), []);
  assert.deepEqual(triples(codeWith('Bolivia lodged a formal protest against Chile.', A).events), ['BOL>CHL:114']);
});
