import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorAt, antecedent, codeOn, mentionsIn } from '../../src/actors/lookup.js';
import { personTerms } from '../../src/actors/terms.js';
import { actorKnowledge, actorsDoc } from './helpers.js';

const TEXT = 'Russian Foreign Minister Sergei Lavrov met the Iraqi army chief. Baghdad welcomed the visit, and Lavrov said more would follow.';

test('actorAt finds the actor whose mention covers a span', () => {
  const doc = actorsDoc(TEXT, '2018-03-01');
  const at = TEXT.indexOf('Lavrov');
  const hit = actorAt(doc, at, at + 6);
  assert.equal(hit?.actor.code, 'RUSGOV');
  assert.equal(hit?.mention.text, 'Sergei Lavrov');
  assert.equal(actorAt(doc, TEXT.indexOf('met'), TEXT.indexOf('met') + 3), null);
});

test('mentionsIn lists the mentions inside a span in text order', () => {
  const doc = actorsDoc(TEXT, '2018-03-01');
  const second = TEXT.indexOf('Baghdad');
  const got = mentionsIn(doc, second, TEXT.length).map((m) => [m.mention.text, m.actor.code]);
  assert.deepEqual(got, [['Baghdad', 'IRQ'], ['Lavrov', 'RUSGOV']]);
});

test('antecedent is the last actor of the wanted kind before an offset', () => {
  const doc = actorsDoc(TEXT, '2018-03-01');
  const said = TEXT.indexOf('said');
  assert.equal(antecedent(doc, said)?.mention.text, 'Lavrov');
  assert.equal(antecedent(doc, said, ['state'])?.mention.text, 'Baghdad');
  assert.equal(antecedent(doc, 0), null);
});

test('personTerms gives the dated roles of the people named, before the date is known', () => {
  const doc = actorsDoc('The National Security Advisor, Michael Flynn, spoke. Mike Pompeo agreed.', null, actorKnowledge(), false);
  const terms = personTerms(doc, actorKnowledge());
  const flynn = terms.find((t) => t.name === 'Michael Flynn');
  assert.ok(flynn);
  assert.equal(flynn.title, 'National Security Advisor');
  assert.deepEqual(flynn.roles.map((r) => [r.from, r.to, r.code]), [['2017-01-20', '2017-02-13', 'USAGOV']]);
  const pompeo = terms.find((t) => t.name === 'Mike Pompeo');
  assert.equal(pompeo?.roles.length, 2);
});

test('codeOn codes a dated actor by the day of an event, not the document', () => {
  const doc = actorsDoc('Defense Secretary James Mattis said in 2017 that the plan was sound.', '2020-03-01');
  const mattis = doc.actors.find((a) => a.name === 'James Mattis')!;
  assert.equal(mattis.code, 'USAELI');
  assert.equal(codeOn(mattis, '2017-06'), 'USAGOV');
  assert.equal(codeOn(mattis, null), 'USAELI');
});
