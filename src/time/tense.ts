// The tense of the clause around a time expression, read from the shared tokens: the nearest verb group decides.
// Used to pick which Monday a bare "Monday" is, or which year a bare "February 20" falls in.
import type { Token } from '../model/doc.js';
import type { TimeKnowledge } from './knowledge.js';

export type Tense = 'past' | 'present' | 'future';

const MAX_DISTANCE = 20;
const CLAUSE_BREAK = new Set([';', '—', '–', '(', ')', ':']);

/**
 * Looks outward from the expression [start, end) within its sentence [sentStart, sentEnd) for the nearest verb or
 * tense word, trying the token before before the one after at each distance (news puts adjuncts after the verb).
 */
export function tenseAround(toks: Token[], sentStart: number, sentEnd: number, start: number, end: number, kb: TimeKnowledge): Tense | null {
  let leftOpen = true, rightOpen = true;
  for (let d = 1; d <= MAX_DISTANCE && (leftOpen || rightOpen); d++) {
    const l = start - d;
    if (leftOpen) {
      if (l < sentStart || CLAUSE_BREAK.has(toks[l].lower)) leftOpen = false;
      else {
        const t = tenseOf(toks, l, sentStart, kb, true);
        if (t) return t;
      }
    }
    const r = end - 1 + d;
    if (rightOpen) {
      if (r >= sentEnd || CLAUSE_BREAK.has(toks[r].lower)) rightOpen = false;
      else {
        const t = tenseOf(toks, r, sentStart, kb, false);
        if (t) return t;
      }
    }
  }
  return null;
}

/** The tense a token marks, taking the auxiliaries just before a verb into account ("will be held"); `before`:
 *  the token comes before the expression. */
function tenseOf(toks: Token[], i: number, sentStart: number, kb: TimeKnowledge, before: boolean): Tense | null {
  const t = toks[i];
  const w = t.lower;
  // future words as verbs, modals or adjectives ("will", "scheduled", "due"), not as nouns ("a set of", "May")
  if (kb.future.has(w) && ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || w === 'tomorrow')) return 'future';
  const isVerb = t.pos === 'VERB' || t.pos === 'AUX';
  // "Iran says on Monday": the present of reporting tells of what was already said
  if (isVerb && kb.reporting.has(w)) return 'past';
  const pastForm = kb.past.has(w) || (isVerb && w.endsWith('ed'));
  // "'s" and "say" count only as verbs ("Thursday's vote" is no present tense)
  if (!isVerb && !pastForm) return null;
  // the auxiliary chain decides: "will be held" future, "is scheduled" present, "has worked" past; linking verbs
  // are stepped over ("will remain closed", "must be approved")
  for (let k = i - 1, seen = 0; k >= sentStart && seen < 4; k--, seen++) {
    const a = toks[k].lower;
    if (kb.linking.has(a)) continue;
    if (kb.future.has(a) && toks[k].pos !== 'NOUN' && toks[k].pos !== 'PROPN') return 'future';
    // an infinitive governs what follows it ("chosen to run through June": ahead); one after the expression does
    // not ("dropped 2% Tuesday to close at"): look further for the finite verb
    if (a === 'to') return before ? 'future' : null;
    if (a === 'has' || a === 'have' || a === "'ve") return 'past';
    if (kb.past.has(a) && toks[k].pos === 'AUX') return 'past';
    if (kb.present.has(a)) return pastForm && a !== 'is' && a !== 'are' && a !== 'am' ? 'past' : 'present';
    if (toks[k].pos !== 'ADV' && toks[k].pos !== 'AUX' && toks[k].pos !== 'PART') break;
  }
  if (pastForm) return 'past';
  if (kb.present.has(w)) return 'present';
  // a participle or gerund with no auxiliary ("including", "following") carries no tense of its own
  if (w.endsWith('ing')) return null;
  return isVerb ? 'present' : null;
}
