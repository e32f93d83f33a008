// The word lists of dictionaries/actors/cues.yaml, as sets of lowercase words.
import { join } from 'node:path';
import { loadYaml, stringList } from '../dictionaries/data-file.js';

export interface ActorCues {
  pronounsPerson: Set<string>;
  pronounsGroup: Set<string>;
  speechVerbs: Set<string>;
  locativeBefore: Set<string>;
  nameConnectors: Set<string>;
  organizationHeads: Set<string>;
  personHonorifics: Set<string>;
  notNames: Set<string>;
}

export function loadActorCues(builtinDir: string): ActorCues {
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
  };
}
