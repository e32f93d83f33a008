// Where a bare agent ("police", "protesters", "the government") belongs when the mention names no country: the
// country its own sentence names, else the sentence before's, else the dateline's. A news outlet ("Reuters") tells
// who reported, not where, and lends no country; a capital after "in" (rule 'setting') is the scene.
import type { Doc } from '../model/doc.js';
import type { ActorsKnowledge } from './knowledge.js';
import type { Candidate } from './types.js';

export interface CountryContext {
  /** a country named in candidate idx's own sentence: before it, or (unless `beforeOnly`) after it where it is in
   *  or from that place ("Police in Kenya", not the object of "the firms had helped Moscow") */
  sentence(idx: number, beforeOnly?: boolean): string | null;
  /** the sentence's country, else the sentence before's, else the dateline's; `here` is sentence(idx) when known */
  around(idx: number, here?: string | null): string | null;
}

export function countryContext(doc: Doc, kb: ActorsKnowledge, candidates: Candidate[]): CountryContext {
  const sentOf = (c: Candidate) => doc.tokens[c.t0]?.sent ?? 0;
  const dateline = doc.structure.dateline;
  const inDateline = (p: Candidate) => !!dateline && p.start >= dateline.start && p.end <= dateline.end;
  /** the country a candidate lends to the agents around it, if any */
  const lends = (p: Candidate): string | null => (!p.country || p.agent === 'MED' || p.def?.code?.endsWith('MED') ? null : p.country);
  /** the word before candidate p (past "the") is a locative or "of" */
  const locativeBefore = (p: Candidate): boolean => {
    let t = p.t0 - 1;
    while (t >= 0 && (doc.tokens[t].kind === 'space' || doc.tokens[t].lower === 'the')) t--;
    return t >= 0 && (kb.cues.locativeBefore.has(doc.tokens[t].lower) || doc.tokens[t].lower === 'of');
  };
  let datelineCountry: string | null | undefined;

  const sentence = (idx: number, beforeOnly = false): string | null => {
    const s = sentOf(candidates[idx]);
    for (let k = idx - 1; k >= 0 && sentOf(candidates[k]) === s; k--) {
      const p = candidates[k];
      if (!inDateline(p) && lends(p)) return p.country;
    }
    if (beforeOnly) return null;
    for (let k = idx + 1; k < candidates.length && sentOf(candidates[k]) === s; k++) {
      const p = candidates[k];
      if (!p.agent && lends(p) && (p.rule === 'setting' || locativeBefore(p))) return p.country;
    }
    return null;
  };

  const around = (idx: number, here: string | null = sentence(idx)): string | null => {
    if (here) return here;
    const s = sentOf(candidates[idx]);
    // the sentence before (the own sentence was read by `sentence`)
    for (let k = idx - 1; k >= 0 && s - sentOf(candidates[k]) <= 1; k--) {
      const p = candidates[k];
      if (sentOf(p) < s && !inDateline(p) && lends(p)) return p.country;
    }
    if (datelineCountry === undefined) {
      datelineCountry = null;
      for (const p of candidates) if (inDateline(p) && lends(p)) { datelineCountry = p.country; break; }
    }
    return datelineCountry;
  };

  return { sentence, around };
}
