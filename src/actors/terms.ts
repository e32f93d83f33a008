// The dated roles of the people a document names, for inferring its publication date: a National Security
// Advisor named Michael Flynn pins it to early 2017. Call after recognizeActors (the date need not be known).
import type { Knowledge } from '../dictionaries/knowledge.js';
import type { Doc } from '../model/doc.js';
import { candidatesOf } from './candidates.js';
import type { Role } from './types.js';

export interface PersonTerms {
  /** the person's dictionary name */
  name: string;
  /** the first mention */
  start: number;
  end: number;
  /** every role the dictionary knows, in date order: [{from, to, code, title}] (ISO days, null = open) */
  roles: Role[];
  /** the title written in the text next to the name, if any ("National Security Advisor"): the role it names is
   *  the one the document date must fall in */
  title: string | null;
}

export function personTerms(doc: Doc, _kb: Knowledge): PersonTerms[] {
  const out = new Map<string, PersonTerms>();
  for (const c of candidatesOf(doc)) {
    const def = c.def;
    // (a surname opening a sentence may be a common word: no evidence of a date)
    if (c.kind !== 'person' || !def || !def.roles.length || c.rule === 'dictionary-surname?') continue;
    const known = out.get(def.key);
    if (known) {
      known.title ??= c.title;
      continue;
    }
    out.set(def.key, { name: def.name, start: c.start, end: c.end, roles: def.roles, title: c.title });
  }
  return [...out.values()];
}
