// Internal records of the actor layer: dictionary definitions, dated roles and mention candidates.
import type { ActorKind } from '../model/analysis.js';

/** A dated role: the code an actor carries between two dates (inclusive ISO days; null = open). */
export interface Role {
  from: string | null;
  to: string | null;
  code: string;
  title: string | null;
}

/** A dictionary actor: a state, organization, group or person, with its default code and dated roles. */
export interface ActorDef {
  /** stable key, unique in the knowledge */
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  /** code when no dated role applies (null: leave uncoded) */
  code: string | null;
  roles: Role[];
  /** file:line that defined it (evidence for the rule) */
  source: string;
}

/** A sector agent ("government", "foreign minister", "rebels"): a role code that attaches to a country. */
export interface AgentDef {
  /** CAMEO role code (GOV, MIL, ...) or, for PETRARCH agents, the code pattern */
  code: string;
  /** PETRARCH agents: whether the code goes before the actor's ("NGO~") rather than after ("~GOV") */
  prefix: boolean;
  /** person: a title ("minister"); organization: a body ("ministry"); group: people ("rebels") */
  kind: 'person' | 'organization' | 'group';
  phrase: string;
  /** PETRARCH: the last word may be a prefix of the text's word */
  stem?: boolean;
  /** PETRARCH: bit i set = modifiers may stand before word i (the dictionary wrote a space there, not "_") */
  gaps?: number;
  source: string;
}

export type EntryType = 'state' | 'adjective' | 'capital' | 'seat' | 'agent' | 'actor' | 'surname';

/** One phrase of the dictionary as compiled into the matcher. */
export interface Entry {
  type: EntryType;
  /** the phrase as written in the dictionary */
  phrase: string;
  /** two bits per word: 0 any case, 1 capitalized, 2 all capitals (an acronym) */
  caseRule: number;
  /** number of words */
  words: number;
  /** index into ActorsKnowledge.actors (state, adjective, capital, seat, actor, surname) or .agents (agent) */
  ref: number;
  /** for seats of government: the agent code the metonym carries ("GOV" for the Kremlin) */
  agent: string | null;
  /** PETRARCH: the last word may be a prefix of the text's word (no trailing "_") */
  stem: boolean;
}

/** A recognized mention before coreference and dating (kept in doc.scratch between the two actor stages). */
export interface Candidate {
  start: number;
  end: number;
  /** first and last+1 token indices */
  t0: number;
  t1: number;
  kind: ActorKind;
  /** the dictionary actor, if any (persons, organizations, states) */
  def: ActorDef | null;
  /** country named in the mention (adjective, possessive, "of Iran") */
  country: string | null;
  /** agent role code from the mention ("GOV" for "the government"), or a full code for PETRARCH composition */
  agent: string | null;
  /** agent codes written before the actor's code (PETRARCH "NGO~") */
  agentPre?: string | null;
  /** the dictionary actor an agent attaches to ("Assad" in "the Assad regime"): its dated code is the base */
  baseDef: ActorDef | null;
  /** title words, for persons named by title ("foreign minister") */
  title: string | null;
  /** the name as written, for unknown names and for surname matching */
  name: string | null;
  /** the rule that produced it */
  rule: string;
  /** resolve through coreference to an earlier actor (title only, surname, pronoun, "the Administration") */
  anaphor: 'surname' | 'pronoun' | 'agent' | null;
  /** an agent introduced by "a"/"an" ("a senior official"): someone new, not one named before */
  indefinite?: boolean;
  /** where the whole phrase starts when the mention is only its name ("Russian Foreign Minister" before a name) */
  phraseStart?: number;
  /** a lone capitalized word inside a sentence, tagged a proper noun: an organization if it is no one's surname */
  lone?: boolean;
}
