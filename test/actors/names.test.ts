import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsDoc, actorNamed, mentionTexts } from './helpers.js';

test('a given name marks an unknown name as a person, an organization word as a body', () => {
  const doc = actorsDoc('Yesterday Priya Raman met officials of the Harbour Workers Union.', '2019-01-01');
  assert.equal(actorNamed(doc, 'Priya Raman')?.kind, 'person');
  assert.equal(actorNamed(doc, 'Harbour Workers Union')?.kind, 'organization');
});

test('a short name refers back to the body named in full', () => {
  const doc = actorsDoc('The Washington Post ran the story. The Post later corrected it.', '2019-01-01');
  const post = actorNamed(doc, 'Washington Post');
  assert.deepEqual(mentionTexts(post), ['Washington Post', 'Post']);
});

test('a surname first seen before the full name joins the person', () => {
  const doc = actorsDoc('Okonkwo wins the vote. Adaeze Okonkwo, a lawyer, was grateful. She said the count was fair.', '2019-01-01');
  const p = actorNamed(doc, 'Adaeze Okonkwo');
  assert.deepEqual(mentionTexts(p), ['Okonkwo', 'Adaeze Okonkwo', 'She']);
});

test('"she" does not refer back to a man named before her', () => {
  const doc = actorsDoc('Maria Costa spoke first. Then John Peters arrived, and she said the meeting could begin.', '2019-01-01');
  assert.deepEqual(mentionTexts(actorNamed(doc, 'Maria Costa')), ['Maria Costa', 'she']);
  assert.deepEqual(mentionTexts(actorNamed(doc, 'John Peters')), ['John Peters']);
});

test('abbreviated titles code the name after them', () => {
  const doc = actorsDoc('Sen. Walter Brennick and Lt. Gen. Rosa Tamez spoke.', '2019-01-01');
  assert.deepEqual(mentionTexts(actorNamed(doc, 'Walter Brennick')), ['Walter Brennick']);
  assert.deepEqual(mentionTexts(actorNamed(doc, 'Rosa Tamez')), ['Rosa Tamez']);
});

test('named things are not actors: treaties, streets', () => {
  const doc = actorsDoc('Protesters marched down Kingsford Street against the Pacific Fisheries Agreement.', '2019-01-01');
  assert.equal(actorNamed(doc, 'Kingsford Street'), undefined);
  assert.equal(actorNamed(doc, 'Pacific Fisheries Agreement'), undefined);
});

test('capitals in a title-case headline mark no names', () => {
  const doc = actorsDoc('Voters Rally Behind New Farm Plan As Prices Climb\n\nThe plan was announced by Arno Vehko on Monday.', '2019-01-01');
  assert.equal(actorNamed(doc, 'Voters Rally Behind New Farm Plan As Prices Climb'), undefined);
  assert.equal(doc.actors.filter((a) => a.mentions.some((m) => m.start < 50)).length, 0);
  assert.equal(actorNamed(doc, 'Arno Vehko')?.kind, 'person');
});

test('a sentence with many names and a capitalized day is no headline', () => {
  const doc = actorsDoc('Westbury Rovers beat Kingsmoor Athletic 2-1 on Saturday, while the Harbour Committee met.', '2019-01-01');
  assert.ok(actorNamed(doc, 'Westbury Rovers'));
  assert.ok(actorNamed(doc, 'Kingsmoor Athletic'));
  assert.equal(actorNamed(doc, 'Harbour Committee')?.kind, 'organization');
});
