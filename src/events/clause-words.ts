// The function-word lists of dictionaries/events/clause-words.yaml, as sets.
import { join } from 'node:path';
import { loadYaml, stringList } from '../dictionaries/data-file.js';
import { verbForms, type IrregularVerbs } from './inflect.js';

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
}

export function loadClauseWords(dir: string, irregular: IrregularVerbs): ClauseWords {
  const data = loadYaml(join(dir, 'clause-words.yaml'));
  const set = (key: string) => new Set(stringList(data, key).map((w) => w.toLowerCase()));
  return {
    be: set('be'),
    auxiliaries: set('auxiliaries'),
    negators: set('negators'),
    hypothetical: set('hypothetical'),
    clauseOpeners: set('clause_openers'),
    conditionalOpeners: set('conditional_openers'),
    clausePunctuation: set('clause_punctuation'),
    reporting: new Set(stringList(data, 'reporting_verbs').flatMap((v) => verbForms(v.toLowerCase(), irregular))),
    coordinators: set('coordinators'),
    passiveAgent: set('passive_agent'),
    quantifiers: set('quantifiers'),
    denial: new Set(stringList(data, 'denial_verbs').flatMap((v) => verbForms(v.toLowerCase(), irregular))),
  };
}
