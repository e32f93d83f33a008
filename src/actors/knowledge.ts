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
  for (const p of data.phrases) matcher.add(p.type, p.phrase, p.ref, { agent: p.agent ?? null, anyCase: petrarch, stem: p.stem });
  data.agents.forEach((a, i) => matcher.add('agent', a.phrase, i, { anyCase: true, stem: a.stem }));
  const states = new Map<string, ActorDef>();
  for (const a of data.actors) if (a.kind === 'state' && a.country && !states.has(a.country)) states.set(a.country, a);
  const demonyms = new Set(data.phrases.filter((p) => p.type === 'adjective').map((p) => p.phrase.toLowerCase()));
  return { actors: data.actors, agents: data.agents, matcher, cues, states, demonyms, petrarch };
}

export function loadActorsKnowledge(options: LoadOptions): ActorsKnowledge {
  const cues = loadActorCues(options.builtinDir);
  if (options.petrarchDir) return compileActors(loadPetrarchDictionaries(options.petrarchDir), cues, true);
  return compileActors(loadBuiltinDictionaries(options.builtinDir, pluralOf), cues, false);
}
