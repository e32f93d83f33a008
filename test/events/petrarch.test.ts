// The PETRARCH/TABARI verb-dictionary import, on a small dictionary written for this test in that format, and
// load-time validation of our own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEventsKnowledge } from '../../src/events/knowledge.js';
import { DataFileError } from '../../src/dictionaries/data-file.js';
import { dictionariesDir } from '../../src/paths.js';
import { codeWith, triples } from './helpers.js';
import { loadKnowledge } from '../../src/dictionaries/knowledge.js';
import { analyzeText } from '../helpers/analyze.js';

const VERBS = `<!-- a test dictionary in the PETRARCH verbs format -->
&GOODS
+GRAIN
+SPARE PARTS

--- SHIP  [070] ---
SHIP
- * &GOODS TO +  [071]
- * FUEL_TO +  [0711]
- * {HEAVY WEAPONS} (TO +)  [072]
- NOT * [---]

--- MEET  [040:040] ---
MEET
- % * [046]

--- CUT [---] ---
+CUT_OFF {+CUTS_OFF +CUTTING_OFF}
- * SUPPLIES [162]

--- REPRIMAND [111] ---
REPRIMAND
SCOLD {SCOLDED}
- + WAS_ * BY $ [114]   # pattern slots put the actors

--- WEIRD [111] ---
WEIRD
- * ODD [+++]
`;
const DISCARDS = `FOOTBALL MATCH\n+WEATHER REPORT\n`;

function petrarchKb() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-petr-'));
  writeFileSync(join(dir, 'test.verbs.txt'), VERBS);
  writeFileSync(join(dir, 'test.discards.txt'), DISCARDS);
  return loadEventsKnowledge({ builtinDir: dictionariesDir, petrarchDir: dir });
}
const kb = petrarchKb();
const A = { Rivia: 'RIV', Temeria: 'TEM', Kovir: 'KOV' };

test('a verb block codes its verbs, a pattern with a synonym set overrides the block code', () => {
  assert.deepEqual(triples(codeWith('Rivia shipped spare parts to Temeria.', A, kb).events), ['RIV>TEM:071']);
  assert.deepEqual(triples(codeWith('Rivia shipped medicine to Temeria.', A, kb).events), ['RIV>TEM:070']);
  // "_" demands adjacency: "fuel to" matches, "fuel quickly to" does not
  assert.deepEqual(triples(codeWith('Rivia ships fuel to Temeria.', A, kb).events), ['RIV>TEM:0711']);
  assert.deepEqual(triples(codeWith('Rivia ships fuel quickly to Temeria.', A, kb).events), ['RIV>TEM:070']);
});

test('PETRARCH 2 phrase groups {} and () read as words', () => {
  assert.deepEqual(triples(codeWith('Rivia shipped heavy weapons to Temeria.', A, kb).events), ['RIV>TEM:072']);
});

test('a "---" pattern matches and codes nothing', () => {
  assert.deepEqual(triples(codeWith('Rivia will not ship medicine to Temeria.', A, kb).events), []);
  // a more specific pattern still wins over it
  assert.deepEqual(triples(codeWith('Rivia will not ship grain to Temeria.', A, kb).events), ['RIV>TEM:071']);
});

test('a compound subject with "%" acts on itself, and a block code "040:040" adds the reverse event', () => {
  assert.deepEqual(triples(codeWith('Rivia and Temeria met on Monday.', A, kb).events), ['RIV>TEM:046', 'TEM>RIV:046']);
  assert.deepEqual(triples(codeWith('Rivia met Temeria on Monday.', A, kb).events), ['RIV>TEM:040', 'TEM>RIV:040']);
});

test('noun phrases joined by "and" join the actors they hold as possessor or "of" complement', () => {
  assert.deepEqual(triples(codeWith("Rivia's farmers and the merchants of Temeria reprimanded Kovir.", A, kb).events), ['RIV>KOV:111', 'TEM>KOV:111']);
  assert.deepEqual(triples(codeWith("The merchants of Temeria and Rivia's farmers reprimanded Kovir.", A, kb).events), ['RIV>KOV:111', 'TEM>KOV:111']);
  // without the coordinator the second actor is no part of the subject
  assert.deepEqual(triples(codeWith("Rivia's farmers reprimanded Kovir near the merchants of Temeria.", A, kb).events), ['RIV>KOV:111']);
});

test('multi-word verbs with listed forms, "$" and "+" slots in a passive pattern', () => {
  assert.deepEqual(triples(codeWith('Rivia cut off supplies to Temeria.', A, kb).events), ['RIV>TEM:162']);
  assert.deepEqual(triples(codeWith('Rivia was scolded by Kovir.', A, kb).events), ['KOV>RIV:114']);
  assert.deepEqual(triples(codeWith('Rivia was reprimanded by Kovir.', A, kb).events), ['KOV>RIV:114']);
});

test('a pattern with an unusable code ("+++") is inactive: the verb code applies', () => {
  assert.deepEqual(triples(codeWith('Rivia weirded odd Temeria.', A, kb).events), ['RIV>TEM:111']);
});

test('discards: a sentence phrase silences its sentence, a "+" phrase the whole story', () => {
  assert.deepEqual(triples(codeWith('After the football match Rivia shipped grain to Temeria.', A, kb).events), []);
  assert.deepEqual(triples(codeWith('Rivia shipped grain to Temeria. Kovir met Rivia.', A, kb).events).length, 3);
  assert.deepEqual(triples(codeWith('Rivia shipped grain to Temeria. Here is the weather report.', A, kb).events), []);
});

test('a malformed PETRARCH file fails at load, naming file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-petr-bad-'));
  writeFileSync(join(dir, 'bad.verbs.txt'), '--- SHIP [070] ---\nSHIP\n- * &NOSUCHSET TO + [071]\n');
  assert.throws(() => loadEventsKnowledge({ builtinDir: dictionariesDir, petrarchDir: dir }), (e: unknown) => e instanceof DataFileError && /bad\.verbs\.txt:3/.test(e.message) && /NOSUCHSET/.test(e.message));
  const empty = mkdtempSync(join(tmpdir(), 'sitrep-petr-none-'));
  assert.throws(() => loadEventsKnowledge({ builtinDir: dictionariesDir, petrarchDir: empty }), DataFileError);
});

test('a malformed built-in file fails at load, naming file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-builtin-bad-'));
  const events = join(dir, 'events');
  mkdirSync(events);
  for (const f of ['cameo.tsv', 'clause-words.yaml', 'irregular-verbs.txt']) copyFileSync(join(dictionariesDir, 'events', f), join(events, f));
  writeFileSync(join(events, 'verbs.txt'), 'verb praise [051]\n  999  * +\n');
  assert.throws(() => loadEventsKnowledge({ builtinDir: dir, petrarchDir: null }), (e: unknown) => e instanceof DataFileError && /verbs\.txt:2/.test(e.message) && /999/.test(e.message));
  writeFileSync(join(events, 'verbs.txt'), 'verb praise [051]\n  051  + +\n');
  assert.throws(() => loadEventsKnowledge({ builtinDir: dir, petrarchDir: null }), (e: unknown) => e instanceof DataFileError && /verbs\.txt:2/.test(e.message));
  writeFileSync(join(events, 'verbs.txt'), 'verb praise [051]\n  051  * to +\n  051  * to  +\n');
  assert.throws(() => loadEventsKnowledge({ builtinDir: dir, petrarchDir: null }), (e: unknown) => e instanceof DataFileError && /verbs\.txt:3/.test(e.message) && /twice/.test(e.message));
});

test('with PETRARCH actor files, "X_Y" in the text and modifiers inside a space-joined actor phrase still give the actors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-petr-actors-'));
  writeFileSync(join(dir, 'test.verbs.txt'), VERBS);
  writeFileSync(join(dir, 'test.actors.txt'), 'RIVIA [RIV]\nTEMERIA RADIO [TEMRAD]\nWARDEN OF THE BLUE MOUNTAINS [BLM]\nKOVIR_FLEET [KOVNAV]\n');
  const knowledge = loadKnowledge({ petrarchDir: dir });
  const code = (text: string) => triples(analyzeText(text, '2020-01-01', knowledge).events);
  assert.deepEqual(code('Rivia reprimanded the Warden of the Blue_Mountains.'), ['RIV>BLM:111']);
  assert.deepEqual(code('Rivia reprimanded Temeria state-run radio.'), ['RIV>TEMRAD:111']);
  // "_" in the dictionary keeps its words adjacent
  assert.deepEqual(code('Rivia reprimanded the Kovir fleet.'), ['RIV>KOVNAV:111']);
  assert.deepEqual(code('Rivia reprimanded the Kovir merchant fleet.'), []);
});
