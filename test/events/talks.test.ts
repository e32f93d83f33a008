// Talks named again in a later sentence carry their participants (dictionaries/events/talks.yaml).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeWith, triples } from './helpers.js';
import { loadEventsKnowledge } from '../../src/events/knowledge.js';
import { DataFileError } from '../../src/dictionaries/data-file.js';
import { dictionariesDir } from '../../src/paths.js';

const A = { Peru: 'PER', Bolivia: 'BOL', Chile: 'CHL' };
const EARLIER = 'The border dispute eased after talks in March between Peru and Bolivia.';

test('planned talks that refer back to earlier ones: intent to meet between their participants', () => {
  const { events } = codeWith(`${EARLIER} The next round of negotiations is scheduled for June 4 in Quito.`, A);
  const later = events.filter((e) => e.rule.startsWith('talks.yaml'));
  assert.deepEqual(triples(later), ['BOL>PER:036', 'PER>BOL:036']);
  // the evidence is the later sentence (its date and place), the arguments the earlier mentions
  const text = `${EARLIER} The next round of negotiations is scheduled for June 4 in Quito.`;
  assert.ok(later.every((e) => text.slice(e.start, e.end).includes('Quito') && text.slice(e.source.start!, e.source.end!) !== ''));
});

test('talks told of as held: negotiation between the participants', () => {
  const { events } = codeWith(`${EARLIER}\n\nA second round of talks took place in Lima on Friday.`, A);
  assert.deepEqual(triples(events.filter((e) => e.rule.startsWith('talks.yaml'))), ['BOL>PER:046', 'PER>BOL:046']);
});

test('no carry-over without a referring word, with participants of its own, or too far back', () => {
  const only = (text: string) => triples(codeWith(text, A).events.filter((e) => e.rule.startsWith('talks.yaml')));
  assert.deepEqual(only(`${EARLIER} Negotiations are difficult.`), []);
  // talks undone or only possible
  assert.deepEqual(only(`${EARLIER} The next round of talks was postponed.`), []);
  assert.deepEqual(only(`${EARLIER} The next round of talks will not take place.`), []);
  assert.deepEqual(only(`${EARLIER} The next round of talks with Chile is scheduled for June.`), []);
  // a passing mention is no sentence about the talks; nor is a list that is not of names alone
  assert.deepEqual(only(`${EARLIER} Officials described the next round of talks as difficult.`), []);
  assert.deepEqual(only('Talks in March including a visit to Peru and Bolivia ended. The next talks are set for June.'), []);
  assert.deepEqual(only(`${EARLIER} It rained. It was cold. Roads closed. Crops failed. The next round of talks is set for June.`), []);
});

test('a talks noun with a code outside the CAMEO table fails at load, naming file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-talks-bad-'));
  const events = join(dir, 'events');
  mkdirSync(events);
  for (const f of ['cameo.tsv', 'clause-words.yaml', 'irregular-verbs.txt', 'verbs.txt']) copyFileSync(join(dictionariesDir, 'events', f), join(events, f));
  writeFileSync(join(events, 'talks.yaml'), 'nouns:\n  talks: { held: "046", planned: "036" }\n  parley: { held: "999", planned: "036" }\nparticipants: [between]\nreferring: [the]\nplanned: [will]\nundone: [postponed]\nlist_end: ["."]\nlookback: 2\n');
  assert.throws(() => loadEventsKnowledge({ builtinDir: dir, petrarchDir: null }), (e: unknown) => e instanceof DataFileError && /talks\.yaml:3/.test(e.message) && /parley/.test(e.message));
});

test('a CAMEO code in clause-words.yaml that cameo.tsv does not list is refused, naming file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-clause-words-bad-'));
  const events = join(dir, 'events');
  mkdirSync(events);
  for (const f of ['cameo.tsv', 'irregular-verbs.txt', 'verbs.txt', 'talks.yaml']) copyFileSync(join(dictionariesDir, 'events', f), join(events, f));
  const words = readFileSync(join(dictionariesDir, 'events', 'clause-words.yaml'), 'utf8');
  const bad = words.replace(/^physical_force_roots: .*$/m, 'physical_force_roots: ["18", "99"]');
  assert.notEqual(bad, words);
  writeFileSync(join(events, 'clause-words.yaml'), bad);
  const line = bad.split('\n').findIndex((l) => l.startsWith('physical_force_roots')) + 1;
  assert.throws(() => loadEventsKnowledge({ builtinDir: dir, petrarchDir: null }),
    (e: unknown) => e instanceof DataFileError && e.message.includes(`clause-words.yaml:${line}`) && /"99"/.test(e.message));
});
