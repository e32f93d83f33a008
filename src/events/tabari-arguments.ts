// Source and target read the TABARI way (with --dictionaries): the leftmost actor of the clause is the subject,
// the first actor after the verb the object; a passive with "by" swaps them.
import type { EventsKnowledge } from './knowledge.js';
import type { Chosen } from './code-sentence.js';
import { coordinated, type SentenceView } from './sentence-view.js';
import { passiveAgent, possessedMention } from './arguments.js';

/** The leftmost actor of the verb's clause before it, else of the clauses before, skipping `exclude`; a possessive
 *  actor gives way to the one it qualifies ("Dagolath's prime minister Telemar"). */
export function subjectOf(view: SentenceView, first: number, exclude: ReadonlySet<number>): number {
  for (let c = view.clause[Math.max(0, first)]; c >= 0; c--) {
    let start = view.clauseStart[c];
    // an opening prepositional phrase ("On relations with X, he said ...") holds no subject
    if (view.toks[start]?.pos === 'ADP') {
      for (let j = start; j < first; j++) {
        if (view.low[j] === ',') {
          start = j + 1;
          break;
        }
      }
    }
    const end = c === view.clause[first] ? first : c + 1 < view.clauseStart.length ? view.clauseStart[c + 1] : first;
    for (let j = start; j < end; j++) {
      const m = view.mentionAt[j];
      if (m < 0 || exclude.has(m)) continue;
      const head = possessedMention(view, m);
      return head >= 0 && view.mentions[head].first < end && !exclude.has(head) ? head : m;
    }
  }
  return -1;
}

/** The first actor after token `last` (in its clause unless the style looks further), skipping `exclude`. */
function objectOf(view: SentenceView, last: number, exclude: ReadonlySet<number>, kb: EventsKnowledge): number {
  const clause = view.clause[last];
  for (let j = last + 1; j < view.toks.length; j++) {
    if (!kb.style.targetAcrossClauses && view.clause[j] !== clause) return -1;
    // a comma closing a noun phrase ends the object ("ties with X, years after Y ...")
    if (view.low[j] === ',' && j > last + 1 && (view.toks[j - 1].pos === 'NOUN' || view.toks[j - 1].pos === 'PROPN')) return -1;
    const m = view.mentionAt[j];
    if (m >= 0 && !exclude.has(m)) return m;
  }
  return -1;
}

/** Source and target the TABARI way: pattern slots, else the leftmost actor of the clause and the first after. */
export function tabariArgs(view: SentenceView, chosen: Chosen, first: number, last: number, passive: boolean, kb: EventsKnowledge): { source: number; target: number } | null {
  let source = chosen.slots.source;
  let target = chosen.slots.target;
  if (source < 0 && target < 0 && passive) {
    const agent = passiveAgent(view, last, kb);
    if (agent >= 0 || kb.style.passiveTargetsSubject) {
      const subject = subjectOf(view, first, new Set(agent >= 0 ? [agent] : []));
      if (subject < 0) return null;
      target = subject;
      source = agent;
      if (source < 0) {
        // no agent: the subject of a governing clause ("announced that X will be sanctioned"), never the target's own
        const targetGroup = new Set(coordinated(view, target, kb.words));
        const c = view.clause[view.mentions[target].first];
        source = c > 0 ? subjectOf(view, Math.max(0, view.clauseStart[c] - 1), targetGroup) : -1;
        if (source < 0) return null;
      }
    }
  }
  const exclude = new Set(target >= 0 ? coordinated(view, target, kb.words) : []);
  if (source < 0) source = subjectOf(view, first, exclude);
  if (source < 0) return null;
  if (target < 0) target = objectOf(view, last, new Set(coordinated(view, source, kb.words)), kb);
  return target < 0 ? null : { source, target };
}

