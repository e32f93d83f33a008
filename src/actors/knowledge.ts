// What the actors layer knows, loaded from dictionaries/ once and shared by every document: the actor and agent
// dictionaries (built-in, or PETRARCH/TABARI files with --dictionaries) compiled into one phrase matcher.
import type { LoadOptions } from '../dictionaries/load-options.js';
import { loadBuiltinDictionaries, type DictionaryData } from './builtin-dictionaries.js';
import { loadActorCues, type ActorCues } from './cues.js';
import { PhraseMatcher } from './matcher.js';
import { loadPetrarchDictionaries } from './petrarch-dictionaries.js';
import { pluralOf } from './phrase.js';
import type { ActorDef, AgentDef } from './types.js';

export interface ActorsKnowledge {
  actors: ActorDef[];
  agents: AgentDef[];
  matcher: PhraseMatcher;
  cues: ActorCues;
  /** the state actor of each country code */
  states: Map<string, ActorDef>;
  /** lowercase demonyms and adjectives of countries ("iranian"), whose plurals are peoples, not organizations */
  demonyms: Set<string>;
  /** PETRARCH dictionaries: codes compose as PETRARCH does (actor code + agent code, "---" when no actor) */
  petrarch: boolean;
}

export function compileActors(data: DictionaryData, cues: ActorCues, petrarch: boolean): ActorsKnowledge {
  const matcher = new PhraseMatcher();
  for (const p of data.phrases) matcher.add(p.type, p.phrase, p.ref, { agent: p.agent ?? null, anyCase: petrarch, stem: p.stem, gaps: p.gaps });
  data.agents.forEach((a, i) => matcher.add('agent', a.phrase, i, { anyCase: true, stem: a.stem, gaps: a.gaps }));
  if (!petrarch) addSurnames(data, cues, matcher);
  const states = new Map<string, ActorDef>();
  for (const a of data.actors) if (a.kind === 'state' && a.country && !states.has(a.country)) states.set(a.country, a);
  const demonyms = new Set(data.phrases.filter((p) => p.type === 'adjective').map((p) => p.phrase.toLowerCase()));
  return { actors: data.actors, agents: data.agents, matcher, cues, states, demonyms, petrarch };
}

const FAMILY_FIRST = new Set(['CHN', 'TWN', 'HKG', 'KOR', 'PRK', 'VNM']);

/** A dictionary person's surname alone ("Lavrov", "Peskov") names them when no other person in the dictionary
 *  has it, it is no given name, and no other phrase is that word (a country, a city, an agent). */
function addSurnames(data: DictionaryData, cues: ActorCues, matcher: PhraseMatcher): void {
  const phrases = new Set(data.phrases.map((p) => p.phrase.toLowerCase()));
  for (const a of data.agents) phrases.add(a.phrase.toLowerCase());
  const owners = new Map<string, number[]>();
  data.actors.forEach((a, i) => {
    // Chinese, Korean and Vietnamese names put the family name first
    if (a.kind !== 'person' || !a.name.includes(' ') || FAMILY_FIRST.has(a.country ?? '')) return;
    const surname = a.name.slice(a.name.lastIndexOf(' ') + 1);
    if (surname.length < 4 || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return;
    const key = surname.toLowerCase();
    owners.set(key, [...(owners.get(key) ?? []), i]);
  });
  for (const [key, refs] of owners) {
    if (refs.length !== 1 || phrases.has(key) || cues.givenNames.has(key) || cues.notNames.has(key) || cues.notAlone.has(key)) continue;
    const name = data.actors[refs[0]].name;
    matcher.add('surname', name.slice(name.lastIndexOf(' ') + 1), refs[0]);
  }
}

export function loadActorsKnowledge(options: LoadOptions): ActorsKnowledge {
  const cues = loadActorCues(options.builtinDir);
  if (options.petrarchDir) return compileActors(loadPetrarchDictionaries(options.petrarchDir), cues, true);
  return compileActors(loadBuiltinDictionaries(options.builtinDir, pluralOf), cues, false);
}
