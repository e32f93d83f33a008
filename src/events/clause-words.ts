// The function-word lists of dictionaries/events/clause-words.yaml, as sets.
import { join } from 'node:path';
import { loadYaml, stringList } from '../dictionaries/data-file.js';
import { verbForms, type IrregularVerbs } from './inflect.js';
import type { CameoTable } from './cameo-table.js';

export interface ClauseWords {
  be: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  hypothetical: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  conditionalOpeners: ReadonlySet<string>;
  clausePunctuation: ReadonlySet<string>;
  /** every form of the reporting verbs */
  reporting: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  passiveAgent: ReadonlySet<string>;
  /** quantity nouns an object may start with ("dozens of protesters") */
  quantifiers: ReadonlySet<string>;
  /** every form of the verbs whose complement clause did not happen ("denied that ...") */
  denial: ReadonlySet<string>;
  /** clauseOpeners, clausePunctuation and reporting as bits of one map (CLAUSE_* below): the sentence view asks
   *  all three of every word, and one probe is cheaper than three */
  clauseClass: ReadonlyMap<string, number>;
  /** role codes (upper case) of actors that bear arms */
  armedRoles: ReadonlySet<string>;
  /** every form of the verbs (and their nouns) of force that are also said of words ("attacked her rival") */
  verbalForce: ReadonlySet<string>;
  /** role codes (upper case) of political actors, whose force verbs are words */
  politicalRoles: ReadonlySet<string>;
  /** nouns of force whose nationality is their agent ("Israeli strikes killed ...") */
  agentiveNouns: ReadonlySet<string>;
  /** CAMEO roots (two digits) for which an armed source's own country's places are targets */
  contestedRoots: ReadonlySet<string>;
  /** CAMEO roots of physical force, and the code a verbal-force verb between political actors codes instead */
  physicalForceRoots: ReadonlySet<string>;
  verbalForceCode: string;
  /** a pattern's gap stays in its clause: it crosses none of gapStops, nor a gapCoordinators word before a verb */
  gapStops: ReadonlySet<string>;
  gapCoordinators: ReadonlySet<string>;
}

export const CLAUSE_OPENER = 1;
export const CLAUSE_PUNCTUATION = 2;
export const CLAUSE_REPORTING = 4;

function clauseClassOf(sets: Array<[ReadonlySet<string>, number]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [set, bit] of sets) for (const w of set) out.set(w, (out.get(w) ?? 0) | bit);
  return out;
}

export function loadClauseWords(dir: string, irregular: IrregularVerbs, cameo: CameoTable): ClauseWords {
  const data = loadYaml(join(dir, 'clause-words.yaml'));
  const set = (key: string) => new Set(stringList(data, key).map((w) => w.toLowerCase()));
  const codes = (key: string, root: boolean) => new Set(stringList(data, key).map((c, i) => {
    if (!cameo.has(c) || (root && c.length !== 2)) data.fail([key, i], `"${c}" is not a CAMEO ${root ? 'root (two digits) ' : 'code '}listed in cameo.tsv`);
    return c;
  }));
  const given = (data.value as Record<string, unknown> | null)?.verbal_force_code;
  const verbalForceCode = typeof given === 'string' && cameo.has(given) ? given
    : data.fail(['verbal_force_code'], '"verbal_force_code" must be a CAMEO code listed in cameo.tsv');
  const clauseOpeners = set('clause_openers');
  const clausePunctuation = set('clause_punctuation');
  const reporting = new Set(stringList(data, 'reporting_verbs').flatMap((v) => verbForms(v.toLowerCase(), irregular)));
  return {
    be: set('be'),
    auxiliaries: set('auxiliaries'),
    negators: set('negators'),
    hypothetical: set('hypothetical'),
    clauseOpeners,
    conditionalOpeners: set('conditional_openers'),
    clausePunctuation,
    reporting,
    coordinators: set('coordinators'),
    passiveAgent: set('passive_agent'),
    quantifiers: set('quantifiers'),
    denial: new Set(stringList(data, 'denial_verbs').flatMap((v) => verbForms(v.toLowerCase(), irregular))),
    armedRoles: new Set(stringList(data, 'armed_roles').map((w) => w.toUpperCase())),
    agentiveNouns: set('agentive_nouns'),
    politicalRoles: new Set(stringList(data, 'political_roles').map((w) => w.toUpperCase())),
    verbalForce: new Set(stringList(data, 'verbal_force').flatMap((v) => verbForms(v.toLowerCase(), irregular))),
    contestedRoots: codes('contested_roots', true),
    physicalForceRoots: codes('physical_force_roots', true),
    verbalForceCode,
    gapStops: set('gap_stops'),
    gapCoordinators: set('gap_coordinators'),
    clauseClass: clauseClassOf([[clauseOpeners, CLAUSE_OPENER], [clausePunctuation, CLAUSE_PUNCTUATION], [reporting, CLAUSE_REPORTING]]),
  };
}
