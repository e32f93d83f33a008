// The cue list loader: forms generated from base forms, and errors that name the file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadQuotesKnowledge, regularForms } from '../../src/quotes/knowledge.js';
import { DataFileError } from '../../src/dictionaries/data-file.js';
import { dictionariesDir } from '../../src/paths.js';

test('regular verb forms', () => {
  assert.deepEqual(regularForms('add'), ['add', 'adds', 'added', 'adding']);
  assert.deepEqual(regularForms('deny'), ['deny', 'denies', 'denied', 'denying']);
  assert.deepEqual(regularForms('note'), ['note', 'notes', 'noted', 'noting']);
  assert.deepEqual(regularForms('stress'), ['stress', 'stresses', 'stressed', 'stressing']);
});

test('the built-in cue list has the irregular and particle forms', () => {
  const kb = loadQuotesKnowledge({ builtinDir: dictionariesDir, petrarchDir: null });
  assert.equal(kb.verbs.get('told')?.[0].lemma, 'tell');
  assert.ok(kb.verbs.get('called')?.some((c) => c.particle === 'for'));
  assert.ok(kb.nouns.has('assertion'));
  assert.deepEqual(kb.prepositions.get('according'), [['to']]);
});

function withCues(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-quotes-'));
  mkdirSync(join(dir, 'quotes'));
  writeFileSync(join(dir, 'quotes', 'cues.yaml'), text);
  return dir;
}

test('a malformed cue list fails at load, naming file and line', () => {
  const good = readFileSync(join(dictionariesDir, 'quotes', 'cues.yaml'), 'utf8');
  const dir = withCues(good.replace('  - add\n', '  - add\n  - Shout Loudly\n'));
  assert.throws(
    () => loadQuotesKnowledge({ builtinDir: dir, petrarchDir: null }),
    (e: unknown) => e instanceof DataFileError && /cues\.yaml:\d+/.test(e.message) && /lowercase/.test(e.message),
  );
  const missing = withCues(good.replace(/^dashes:[\s\S]*?(?=^\w)/m, ''));
  assert.throws(() => loadQuotesKnowledge({ builtinDir: missing, petrarchDir: null }), /dashes/);
  const badAdjective = withCues(good.replace('adjectives:\n', 'adjectives:\n  - critical | of | about\n'));
  assert.throws(() => loadQuotesKnowledge({ builtinDir: badAdjective, petrarchDir: null }), /cues\.yaml:\d+.*critical/);
  const badObject = withCues(good.replace('object_verbs:\n', 'object_verbs:\n  - gossip\n'));
  assert.throws(() => loadQuotesKnowledge({ builtinDir: badObject, petrarchDir: null }), /gossip/);
});
