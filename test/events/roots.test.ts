// One sentence of our own per CAMEO root, coded with the built-in dictionary: event type, source and target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWith, triples } from './helpers.js';

const cases: Array<[string, string, Record<string, string>, string[]]> = [
  ['01', 'Germany declined to comment on France\'s new proposal.', { Germany: 'DEU', France: 'FRA' }, ['DEU>FRA:011']],
  ['02', 'Egypt appealed to Israel for humanitarian aid.', { Egypt: 'EGY', Israel: 'ISR' }, ['EGY>ISR:023']],
  ['03', 'Japan pledged new economic aid to Vietnam.', { Japan: 'JPN', Vietnam: 'VNM' }, ['JPN>VNM:033']],
  ['04', 'The Chilean president visited Peru on Tuesday.', { 'The Chilean president': 'CHLGOV', Peru: 'PER' }, ['CHLGOV>PER:042']],
  ['05', 'Canada praised Mexico for its handling of the storm.', { Canada: 'CAN', Mexico: 'MEX' }, ['CAN>MEX:051']],
  ['06', 'Norway will share intelligence with Sweden.', { Norway: 'NOR', Sweden: 'SWE' }, ['NOR>SWE:064']],
  ['07', 'Britain sent humanitarian aid to Yemen last week.', { Britain: 'GBR', Yemen: 'YEM' }, ['GBR>YEM:073']],
  ['08', 'Ethiopia withdrew its troops from Somalia.', { Ethiopia: 'ETH', Somalia: 'SOM' }, ['ETH>SOM:0874']],
  ['09', 'Brazil opened an investigation into Argentina over the fraud.', { Brazil: 'BRA', Argentina: 'ARG' }, ['BRA>ARG:090']],
  ['10', 'Poland called on Belarus to free the journalists.', { Poland: 'POL', Belarus: 'BLR' }, ['POL>BLR:100']],
  ['11', 'India condemned Pakistan over the raid.', { India: 'IND', Pakistan: 'PAK' }, ['IND>PAK:111']],
  ['12', 'Serbia rejected the plan put forward by Kosovo.', { Serbia: 'SRB', Kosovo: 'XKX' }, ['SRB>XKX:120']],
  ['13', 'Iran threatened Israel with military action.', { Iran: 'IRN', Israel: 'ISR' }, ['IRN>ISR:1384']],
  ['14', 'Students demonstrated against the Thai government.', { Students: 'THAEDU', 'the Thai government': 'THAGOV' }, ['THAEDU>THAGOV:141']],
  ['15', 'Russia deployed troops near Ukraine.', { Russia: 'RUS', Ukraine: 'UKR' }, ['RUS>UKR:154']],
  ['16', 'The European Union imposed new sanctions on Belarus.', { 'The European Union': 'IGOEEU', Belarus: 'BLR' }, ['IGOEEU>BLR:163']],
  ['17', 'Turkish police arrested Syrian journalists in Ankara.', { 'Turkish police': 'TURCOP', 'Syrian journalists': 'SYRMED' }, ['TURCOP>SYRMED:173']],
  ['18', 'Rebels kidnapped a Nigerian official.', { Rebels: 'NGAREB', 'a Nigerian official': 'NGAGOV' }, ['NGAREB>NGAGOV:181']],
  ['19', 'Armenian artillery shelled Azerbaijan overnight.', { 'Armenian artillery': 'ARMMIL', Azerbaijan: 'AZE' }, ['ARMMIL>AZE:194']],
  ['20', 'The militia massacred villagers in the north.', { 'The militia': 'SDNREB', villagers: 'SDNCVL' }, ['SDNREB>SDNCVL:202']],
];

for (const [root, text, actors, expected] of cases) {
  test(`root ${root}: ${text}`, () => {
    const { events } = codeWith(text, actors);
    assert.deepEqual(triples(events), expected);
    for (const e of events) assert.equal(e.cameo.slice(0, 2), root);
  });
}

test('an event carries QuadClass, Goldstein and PLOVER from the CAMEO table, its rule and its trigger', () => {
  const text = 'The European Union imposed new sanctions on Belarus.';
  const { events } = codeWith(text, { 'The European Union': 'IGOEEU', Belarus: 'BLR' });
  assert.equal(events.length, 1);
  const e = events[0];
  assert.equal(e.quadClass, 4);
  assert.equal(e.goldstein, -8);
  assert.equal(e.plover, 'COERCE');
  assert.match(e.rule, /^verbs\.txt:\d+ /);
  assert.equal(text.slice(e._trigger!.start, e._trigger!.end), 'imposed');
  assert.equal(text.slice(e.start, e.end), text);
  assert.equal(text.slice(e.source.start!, e.source.end!), 'The European Union');
  assert.equal(e.date, null);
  assert.equal(e.place, null);
});

test('two actors who share a code are still two: their dealings are domestic events; one actor does not act on itself', () => {
  // two politicians of one country (both coded as elites) are distinct actors
  const two = codeWith('Senator Alvarez criticized Governor Brandt over the budget.', { 'Senator Alvarez': 'USAELI', 'Governor Brandt': 'USAELI' });
  assert.deepEqual(triples(two.events), ['USAELI>USAELI:111']);
  // one actor named twice is no event against itself
  const one = codeWith('Chile criticized Chile.', { Chile: 'CHL' });
  assert.deepEqual(triples(one.events), []);
});

test('a quantity of actors is the subject: "hundreds of protesters clashed with police"', () => {
  const { events } = codeWith('Hundreds of protesters clashed with police in the capital.', { protesters: 'CHLCVL', police: 'CHLCOP' });
  assert.deepEqual(triples(events).map((t) => t.split(':')[0]), ['CHLCVL>CHLCOP']);
  // an actor inside another prepositional phrase is still no subject
  const other = codeWith('A report on protesters criticized police.', { protesters: 'CHLCVL', police: 'CHLCOP' });
  assert.deepEqual(triples(other.events), []);
});

test('a country\'s own place is a target of material conflict, not of a visit', () => {
  const fight = codeWith('The rebels seized control of Valdivia on Sunday.', { 'The rebels': 'CHLREB' }, undefined, { Valdivia: 'CHL' });
  assert.deepEqual(triples(fight.events), ['CHLREB>CHL:192']);
  const trip = codeWith('The Chilean president visited Valdivia on Sunday.', { 'The Chilean president': 'CHLGOV' }, undefined, { Valdivia: 'CHL' });
  assert.deepEqual(triples(trip.events), []);
});

test('a military offensive is an attack, a campaign against someone a verbal one; a crackdown is repression', () => {
  assert.deepEqual(triples(codeWith('Peru launched a military offensive against Ecuador.', { Peru: 'PER', Ecuador: 'ECU' }).events), ['PER>ECU:190']);
  assert.deepEqual(triples(codeWith('Peru launched a campaign against Ecuador.', { Peru: 'PER', Ecuador: 'ECU' }).events), ['PER>ECU:111']);
  assert.deepEqual(triples(codeWith('The police launched a crackdown on the students.', { 'The police': 'PERCOP', students: 'PEREDU' }).events), ['PERCOP>PEREDU:175']);
});

test('filing a case against a country is a lawsuit (115)', () => {
  assert.deepEqual(triples(codeWith('Gambia filed a genocide case against Myanmar at the court.', { Gambia: 'GMB', Myanmar: 'MMR' }).events), ['GMB>MMR:115']);
});

test('threats to use nuclear weapons or force against a country, and water cannon fired at its ships', () => {
  assert.deepEqual(triples(codeWith('Peru threatened to use nuclear weapons against Chile.', { Peru: 'PER', Chile: 'CHL' }).events), ['PER>CHL:1385']);
  assert.deepEqual(triples(codeWith('Peru threatened to use force against Chile.', { Peru: 'PER', Chile: 'CHL' }).events), ['PER>CHL:1384']);
  assert.deepEqual(triples(codeWith('The Peruvian navy fired water cannon at Chile.', { 'The Peruvian navy': 'PERMIL', Chile: 'CHL' }).events), ['PERMIL>CHL:170']);
});

test('killed in an attack by a named group: the group is the source of the killing', () => {
  assert.deepEqual(triples(codeWith('Four Peruvian soldiers were killed in a Sendero attack near the border.', { 'Peruvian soldiers': 'PERMIL', Sendero: 'PERREB' }).events), ['PERREB>PERMIL:190']);
});

test('a pattern\'s gap stays in its clause: "and said" starts another', () => {
  const { events } = codeWith('Peru condemned the aggression and said Lima stood by Chile.', { Peru: 'PER', Chile: 'CHL' });
  assert.deepEqual(triples(events).filter((t) => t.startsWith('PER>CHL:11')), []);
  // a participle or an infinitive inside the gap is still read ("the plan put forward by X")
  assert.deepEqual(triples(codeWith('Serbia rejected the plan put forward by Kosovo.', { Serbia: 'SRB', Kosovo: 'XKX' }).events), ['SRB>XKX:120']);
});

test('a verb coordinated after a denied noun phrase is coded; one inside a denied clause is not', () => {
  const actors = { Chile: 'CHL', Peru: 'PER', Bolivia: 'BOL', Argentina: 'ARG' };
  assert.deepEqual(triples(codeWith('Chile denied the report and accused Peru of lying.', actors).events), ['CHL>PER:112']);
  assert.deepEqual(triples(codeWith('Chile denied that Peru attacked Bolivia and shelled Argentina.', actors).events), []);
});

test('repelling an attack by an actor is fighting that actor', () => {
  assert.deepEqual(triples(codeWith('The Peruvian army repelled an attack by the rebels.', { 'The Peruvian army': 'PERMIL', 'the rebels': 'PERREB' }).events), ['PERMIL>PERREB:190']);
});

test('welcoming a decision by an actor praises that actor; an arrest warrant for a person is legal action against them', () => {
  assert.deepEqual(triples(codeWith('Peru welcomed the decision by Chile to reopen the border.', { Peru: 'PER', Chile: 'CHL' }).events), ['PER>CHL:051']);
  assert.deepEqual(triples(codeWith('The court issued an arrest warrant for the Chilean minister.', { 'The court': 'IGOICC', 'the Chilean minister': 'CHLGOV' }).events), ['IGOICC>CHLGOV:173']);
});

test('drills around a country show force to it; demanding that a country withdraw is a demand (106)', () => {
  assert.deepEqual(triples(codeWith('Chile held naval drills around Peru.', { Chile: 'CHL', Peru: 'PER' }).events), ['CHL>PER:150']);
  assert.deepEqual(triples(codeWith('Chile demanded that Peru withdraw its ships.', { Chile: 'CHL', Peru: 'PER' }).events), ['CHL>PER:106']);
});

test('the actor a place phrase qualifies is the subject ("the Chilean embassy in Lima was attacked by protesters")', () => {
  const { events } = codeWith('The Chilean embassy in Lima was attacked by protesters.', { 'The Chilean embassy': 'CHLGOV', protesters: 'PERCVL' }, undefined, { Lima: 'PER' });
  assert.deepEqual(triples(events), ['PERCVL>CHLGOV:190']);
  // an actor inside the phrase is still no subject ("officials from a company in Chile condemned")
  assert.deepEqual(triples(codeWith('Officials from a company in Chile condemned Peru.', { Chile: 'CHL', Peru: 'PER' }).events), []);
});

test('an "attack" between two political actors is criticism; between armed ones it is force', () => {
  const words = codeWith('Senator Alvarez attacked Governor Brandt again.', { 'Senator Alvarez': 'CHLLEG', 'Governor Brandt': 'CHLGOV' });
  assert.deepEqual(triples(words.events), ['CHLLEG>CHLGOV:111']);
  assert.match(words.events[0].rule, /190 between unarmed parties: 111/);
  assert.deepEqual(triples(codeWith('Chilean troops attacked the rebels.', { 'Chilean troops': 'CHLMIL', 'the rebels': 'CHLREB' }).events), ['CHLMIL>CHLREB:190']);
});

test('a country\'s own place is no target of a politician "capturing" it: only an armed source takes places by force', () => {
  const vote = codeWith('Senator Alvarez captured Valdivia and Osorno.', { 'Senator Alvarez': 'CHLLEG' }, undefined, { Valdivia: 'CHL', Osorno: 'CHL' });
  assert.deepEqual(triples(vote.events), []);
});

test('a nationality before a compound event noun is its source ("a Peruvian drone attack on X", "a missile strike")', () => {
  assert.deepEqual(triples(codeWith('A Peruvian drone attack on Chile killed two people.', { Peruvian: 'PER', Chile: 'CHL' }).events), ['PER>CHL:190']);
  assert.deepEqual(triples(codeWith('A Peruvian missile strike on Chile killed two people.', { Peruvian: 'PER', Chile: 'CHL' }).events), ['PER>CHL:195']);
});

test('the nationality of a force noun that is a verb\'s subject is its agent ("Peruvian strikes killed ...")', () => {
  const soldiers = { 'Chilean soldiers': 'CHLMIL' };
  assert.deepEqual(triples(codeWith('Peruvian airstrikes killed twelve Chilean soldiers.', soldiers, undefined, { Peruvian: 'PER' }).events), ['PER>CHLMIL:190']);
  // a nationality before any other noun is no agent ("Peruvian officials" are named by the actor layer, not here)
  assert.deepEqual(triples(codeWith('Peruvian farmers killed twelve Chilean soldiers.', soldiers, undefined, { Peruvian: 'PER' }).events), []);
});

test('aid agreed or pledged, investigations into what an actor did, and pledges of a compound to deepen ties', () => {
  const two = { Peru: 'PER', Chile: 'CHL' };
  assert.deepEqual(triples(codeWith('Peru agreed to provide 5 million dollars in aid to Chile.', two).events), ['PER>CHL:033']);
  assert.deepEqual(triples(codeWith('Peru pledged military support for Chile.', two).events), ['PER>CHL:0332']);
  assert.deepEqual(triples(codeWith('Peru opened an investigation into abuses by Chile.', two).events), ['PER>CHL:090']);
  assert.deepEqual(triples(codeWith('Peru and Chile pledged to deepen trade cooperation.', two).events), ['CHL>PER:030', 'PER>CHL:030']);
});

test('talks or a meeting with an actor in an opening phrase are the main clause subject\'s ("After talks with X, Y said")', () => {
  const two = { Peru: 'PER', Chile: 'CHL' };
  assert.deepEqual(triples(codeWith('After talks with Chile, Peru said relations were strong.', two).events), ['PER>CHL:046']);
  assert.deepEqual(triples(codeWith('During a meeting with Chile, Peru raised the border question.', two).events), ['PER>CHL:040']);
});
