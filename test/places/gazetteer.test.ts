// The gazetteer and the place data files: lazy building, alternate names, validation naming file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionariesDir } from '../../src/paths.js';
import { loadPlacesKnowledge } from '../../src/places/knowledge.js';
import { nameKey } from '../../src/places/name-key.js';
import { KIND_CITY, KIND_COUNTRY, KIND_REGION } from '../../src/places/gazetteer.js';
import { DataFileError } from '../../src/dictionaries/data-file.js';

const kb = loadPlacesKnowledge({ builtinDir: dictionariesDir, petrarchDir: null });

/** A copy of the built-in dictionaries with one places file changed. */
function withPlacesFile(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-places-'));
  cpSync(join(dictionariesDir, 'places'), join(dir, 'places'), { recursive: true });
  const path = join(dir, 'places', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

test('the gazetteer is built on first use only, then reused', () => {
  const fresh = loadPlacesKnowledge({ builtinDir: dictionariesDir, petrarchDir: null });
  assert.equal(fresh.gazetteerBuilt(), false);
  const g = fresh.gazetteer();
  assert.equal(fresh.gazetteerBuilt(), true);
  assert.equal(fresh.gazetteer(), g);
  assert.ok(g.size > 100_000, 'GeoNames places of 1,000+ people are all there');
  assert.ok(g.lat instanceof Float32Array && g.population instanceof Uint32Array);
});

test('common English forms and old spellings reach the GeoNames entry', () => {
  const g = kb.gazetteer();
  const read = (name: string, kind: number) => {
    const ids = (g.byName.get(nameKey(name)) ?? []).filter((e) => g.kind[e] === kind);
    assert.ok(ids.length, `${name} is in the gazetteer`);
    return ids.map((e) => ({ name: g.names[e], cc: g.countries[g.country[e]], lat: g.lat[e], lon: g.lon[e] }));
  };
  assert.ok(read('Kiev', KIND_CITY).some((x) => x.name === 'Kyiv' && x.cc === 'UA'));
  assert.ok(read('Kyiv', KIND_CITY).some((x) => x.cc === 'UA'));
  assert.ok(read('Geneva', KIND_CITY).some((x) => x.cc === 'CH' && Math.abs(x.lat - 46.2) < 0.1));
  assert.ok(read('Sao Paulo', KIND_CITY).some((x) => x.cc === 'BR'), 'accents are folded');
  assert.ok(read('the West Bank'.slice(4), KIND_REGION).some((x) => x.cc === 'PS'));
  assert.ok(read('Crimea', KIND_REGION).some((x) => x.cc === 'UA'));
  assert.ok(read('Gaza', KIND_CITY).some((x) => x.cc === 'PS'));
  assert.ok(read('Britain', KIND_COUNTRY).some((x) => x.cc === 'GB'));
  assert.equal(g.names[g.byDemonym.get('russian')!], 'Russia');
});

test('a region learns its GeoNames admin code from its seat', () => {
  const g = kb.gazetteer();
  const oregon = g.byName.get('oregon')!.find((e) => g.kind[e] === KIND_REGION)!;
  const salem = g.byName.get('salem')!.find((e) => g.countries[g.country[e]] === 'US' && g.admin[e] === g.admin[oregon]);
  assert.ok(salem !== undefined, 'Salem, Oregon shares the region code');
  assert.equal(g.admins[g.admin[oregon]], 'US.OR');
});

test('a malformed regions line names its file and line', () => {
  const dir = withPlacesFile('regions.txt', (t) => t + 'region | Nowhere | XX1 | 10 | 10 | - | - | -\n');
  const lines = readFileSync(join(dir, 'places', 'regions.txt'), 'utf8').split('\n').length - 1;
  assert.throws(
    () => loadPlacesKnowledge({ builtinDir: dir, petrarchDir: null }),
    (e: unknown) => e instanceof DataFileError && e.message.includes(`regions.txt:${lines}`) && /ISO 3166/.test(e.message),
  );
});

test('a coordinate out of range is refused at load', () => {
  const dir = withPlacesFile('regions.txt', (t) => t.replace('region | Texas | US | 31.25 |', 'region | Texas | US | 131.25 |'));
  assert.throws(() => loadPlacesKnowledge({ builtinDir: dir, petrarchDir: null }), /regions\.txt:\d+: latitude "131.25"/);
});

test('an alias whose target is not in the gazetteer names its line when the gazetteer is built', () => {
  const dir = withPlacesFile('aliases.txt', (t) => t + 'Atlantis City | Atlantis | GR\n');
  const bad = loadPlacesKnowledge({ builtinDir: dir, petrarchDir: null });
  assert.throws(() => bad.gazetteer(), /aliases\.txt:\d+: target "Atlantis" \(GR\) is not in the gazetteer/);
});

test('a cue file without a required list is refused', () => {
  const dir = withPlacesFile('cues.yaml', (t) => t.replace(/^given_names:[\s\S]*$/m, ''));
  assert.throws(() => loadPlacesKnowledge({ builtinDir: dir, petrarchDir: null }), /cues\.yaml.*given_names/);
});
