// Subjects and objects read next to the verb (the built-in style): a shallow reading of English clause order that
// prefers coding nothing to coding the wrong pair. Also the helpers both styles share (passive agents, possessives).
import type { EventsKnowledge } from './knowledge.js';
import type { Chosen } from './code-sentence.js';
import { coordinated, headAfter, type SentenceView } from './sentence-view.js';
import { subjectOf } from './tabari-arguments.js';

const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const PRONOUN_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);

/** Steps left from k over a time phrase ("said on Monday it ..."). */
function skipTimes(view: SentenceView, k: number): number {
  while (k >= 0 && (view.timeAt[k] || (TIME_LEAD.has(view.low[k]) && k + 1 < view.toks.length && view.timeAt[k + 1]))) k--;
  return k;
}
const TIME_LEAD = new Set(['on', 'last', 'this', 'in', 'early', 'late', 'next', 'earlier']);
const NO_SUBJECT = -1;
/** the verb is an infinitive ("vowed to attack"): not an event in itself */
export const INFINITIVE = -2;

/** A place stands in for a target, never for a subject. */
function actorOnly(view: SentenceView, m: number): number {
  return view.mentions[m].refs.every((r) => r.place) ? NO_SUBJECT : m;
}

/** Steps left from j over the verb group: auxiliaries, negators, modals, adverbs, time phrases. */
function skipVerbGroup(view: SentenceView, j: number, kb: EventsKnowledge): number {
  const w = kb.words;
  while (j >= 0 && view.mentionAt[j] < 0) {
    const x = view.low[j];
    const pos = view.toks[j].pos;
    if (view.timeAt[j] || (TIME_LEAD.has(x) && j + 1 < view.toks.length && view.timeAt[j + 1])) j--;
    else if (x !== 'to' && (w.auxiliaries.has(x) || w.negators.has(x) || w.hypothetical.has(x) || w.be.has(x) || pos === 'ADV' || pos === 'AUX')) j--;
    else break;
  }
  return j;
}

const NP_INSIDE = new Set(['NOUN', 'ADJ', 'CCONJ', 'NUM', 'PROPN']);

/** The mention that is the subject of the verb group starting at `first`, NO_SUBJECT, or INFINITIVE. A place is
 *  accepted only when `allowPlace` (a passive's subject is its target: "Iranian firms were sanctioned"). */
export function adjacentSubject(view: SentenceView, first: number, kb: EventsKnowledge, depth = 0, allowPlace = false): number {
  let j = skipVerbGroup(view, first - 1, kb);
  if (j < 0) return NO_SUBJECT;
  if (allowPlace && view.mentionAt[j] < 0 && view.toks[j].pos === 'NOUN') {
    // "12 Iranian firms and their owners will be sanctioned": the place qualifying the subject's noun
    for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
      if (view.mentionAt[k] >= 0) return view.mentionAt[k];
      if (!NP_INSIDE.has(view.toks[k].pos)) break;
    }
  }
  if ((view.low[j] === 'and' || view.low[j] === 'but') && view.mentionAt[j] < 0 && depth < 3) {
    // "X condemned Y and vowed ...": a coordinated verb shares the subject of the verb before it
    const across = view.coordinatedAfterDenial[view.clause[j]];
    for (let k = j - 1; k >= 0 && k >= j - 15 && (across || view.clause[k] === view.clause[j]); k--) {
      if (view.toks[k].pos === 'VERB' && view.mentionAt[k] < 0) {
        const prev = k > 0 ? view.toks[k - 1].pos : '';
        if (prev === 'DET' || prev === 'ADJ') continue;
        return adjacentSubject(view, k, kb, depth + 1);
      }
    }
    return NO_SUBJECT;
  }
  if (view.low[j] === 'to' && view.mentionAt[j] < 0) return INFINITIVE;
  if (view.mentionAt[j] < 0 && kb.words.agentiveNouns.has(view.low[j])) {
    // "Israeli strikes killed ...", "a Russian missile attack destroyed ...": the nationality of the force is its agent
    for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
      const m = view.mentionAt[k];
      if (m >= 0) return view.mentions[m].modifier ? m : NO_SUBJECT;
      if (view.toks[k].pos !== 'NOUN' && view.toks[k].pos !== 'ADJ') break;
    }
  }
  if (view.mentionAt[j] >= 0) {
    // "officials from a company in Chile condemned": an actor inside a prepositional phrase is not the subject
    // (but a quantity of them is them: "hundreds of protesters clashed")
    const before = view.mentions[view.mentionAt[j]].first - 1;
    const quantity = before > 0 && view.low[before] === 'of' && kb.words.quantifiers.has(view.low[before - 1]);
    if (before >= 0 && !quantity && view.toks[before].pos === 'ADP' && view.mentionAt[before] < 0 && !kb.words.clauseOpeners.has(view.low[before])) {
      // the actor a place phrase qualifies is the subject ("the Israeli embassy in Ankara was attacked")
      const head = before > 0 ? view.mentionAt[before - 1] : -1;
      const placeOnly = view.mentions[view.mentionAt[j]].refs.every((r) => r.place);
      return placeOnly && head >= 0 ? actorOnly(view, head) : NO_SUBJECT;
    }
    return allowPlace ? view.mentionAt[j] : actorOnly(view, view.mentionAt[j]);
  }
  if (view.low[j] === ',') {
    // "X, the adviser, said" / "X, during a visit to Y, said": the mention before the opening comma, else the
    // apposition just before the verb ("the adviser, Michael Flynn, said")
    for (let k = j - 1; k >= 0 && k >= j - 16; k--) {
      if (view.low[k] !== ',' || view.mentionAt[k] >= 0) continue;
      // a comma inside a list of names ("Iran, Turkey and France") does not open the parenthesis
      if (k > 0 && view.mentionAt[k - 1] >= 0 && k + 1 < view.toks.length && view.mentionAt[k + 1] >= 0) continue;
      if (k > 0 && view.mentionAt[k - 1] >= 0) return actorOnly(view, view.mentionAt[k - 1]);
      // an apposition is the whole phrase between the commas ("the minister, Maria Lopez, said"); a name ending
      // a longer phrase ("Smith, who served in France, said") is not the subject
      const m = j > 0 ? view.mentionAt[j - 1] : -1;
      return m >= 0 && view.mentions[m].first === k + 1 ? actorOnly(view, m) : NO_SUBJECT;
    }
    return NO_SUBJECT;
  }
  if (PRONOUN_SUBJECTS.has(view.low[j]) && depth < 3) {
    // "Israel said it killed ...": a pronoun right after a reporting verb is that verb's subject
    let k = j - 1;
    if (k >= 0 && view.low[k] === 'that') k--;
    k = skipTimes(view, k);
    if (k >= 0 && kb.words.reporting.has(view.low[k]) && view.mentionAt[k] < 0) return adjacentSubject(view, k, kb, depth + 1);
    return NO_SUBJECT;
  }
  if (RELATIVE.has(view.low[j])) {
    // "the ministry, which condemned": the antecedent of the relative pronoun
    let k = j - 1;
    if (k >= 0 && view.low[k] === ',') k--;
    return k >= 0 && view.mentionAt[k] >= 0 ? actorOnly(view, view.mentionAt[k]) : NO_SUBJECT;
  }
  return NO_SUBJECT;
}

/** The subject of the clause governing the one `clauseFirst` opens ("X announced that ..."): the subject of the
 *  nearest verb before it. */
export function governingSubject(view: SentenceView, clauseFirst: number, kb: EventsKnowledge): number {
  for (let j = clauseFirst - 1; j >= 0 && j >= clauseFirst - 8; j--) {
    const pos = view.toks[j].pos;
    if (view.mentionAt[j] >= 0) return NO_SUBJECT;
    if (pos === 'VERB' || (pos === 'AUX' && !kb.words.be.has(view.low[j]))) {
      const s = adjacentSubject(view, j, kb);
      return s >= 0 ? s : NO_SUBJECT;
    }
  }
  return NO_SUBJECT;
}

/** Whether place mention m qualifies a noun of force ("Israeli strikes", "a Russian missile attack"): then it is the
 *  force's agent, a source like any actor. */
function headsForce(view: SentenceView, m: number, kb: EventsKnowledge): boolean {
  let k = view.mentions[m].last + 1;
  for (let n = 0; n < 3 && k < view.toks.length && view.mentionAt[k] < 0 && view.toks[k].pos === 'NOUN'; n++, k++) {
    if (kb.words.agentiveNouns.has(view.low[k]) && !(k + 1 < view.toks.length && view.toks[k + 1].pos === 'NOUN')) return true;
  }
  return false;
}

/** the event noun stands before any verb of its clause ("During a visit to X, Y said") */
export const NO_VERB = -3;

/** The subject for an event noun: that of the nearest verb before it in its clause, NO_SUBJECT, or NO_VERB. */
export function nounSubject(view: SentenceView, noun: number, kb: EventsKnowledge): number {
  const start = view.clauseStart[view.clause[noun]];
  for (let j = noun - 1; j >= start; j--) {
    const pos = view.toks[j].pos;
    // a participle used as an adjective ("a televised interview") is not the clause's verb
    const prev = j > 0 ? view.toks[j - 1].pos : '';
    if (pos === 'VERB' && view.mentionAt[j] < 0 && prev !== 'DET' && prev !== 'ADJ' && prev !== 'PRON') {
      const s = adjacentSubject(view, j, kb);
      return s >= 0 ? s : NO_SUBJECT;
    }
  }
  return NO_VERB;
}

/** For a place qualifying a noun phrase: the actor heading that phrase ("German Chancellor Olaf Scholz"), else the place. */
function headActor(view: SentenceView, m: number): number {
  const head = headAfter(view, m);
  return head >= 0 ? head : m;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);

const OBJECT_SKIP = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PART', 'PROPN', 'ADV']);

/** The direct or prepositional object right after the verb: at most one preposition, a few modifiers or title
 *  words ("met German Chancellor X"), and a quantity ("arrested dozens of protesters"). */
export function adjacentObject(view: SentenceView, last: number, kb: EventsKnowledge): number {
  let j = last + 1;
  let preps = 0;
  for (let n = 0; j < view.toks.length && n < 6; j++, n++) {
    const m = view.mentionAt[j];
    // a place qualifying a noun stands for the direct object ("shot down an American drone"), not for a
    // prepositional one ("clashed on the Miami debate stage")
    if (m >= 0) return !view.mentions[m].modifier ? m : preps === 0 ? headActor(view, m) : NO_SUBJECT;
    const pos = view.toks[j].pos;
    // an object pronoun is the object: "endorse her in X" is not about X
    if (OBJECT_PRONOUNS.has(view.low[j]) && !(j + 1 < view.toks.length && /^(NOUN|ADJ)$/.test(view.toks[j + 1].pos))) return NO_SUBJECT;
    if (pos === 'ADP' && preps++ === 0) continue;
    if (kb.words.quantifiers.has(view.low[j]) && view.low[j + 1] === 'of') {
      j++;
      continue;
    }
    // "agreed to help Ukraine": the object of an infinitive complement
    if (view.low[j] === 'to' && j + 1 < view.toks.length && view.toks[j + 1].pos === 'VERB' && preps === 0) {
      j++;
      preps++;
      continue;
    }
    if (!OBJECT_SKIP.has(pos)) return NO_SUBJECT;
  }
  return NO_SUBJECT;
}

/** "Ithilen's awful minister Calimehtar": the mention after a possessive actor within its noun phrase, or -1. */
export function possessedMention(view: SentenceView, m: number): number {
  let j = view.mentions[m].last + 1;
  if (j >= view.toks.length || !/^['’]s?$/.test(view.low[j])) return -1;
  for (j++; j < view.toks.length && j <= view.mentions[m].last + 6; j++) {
    if (view.mentionAt[j] >= 0) return view.mentionAt[j];
    const pos = view.toks[j].pos;
    if (pos === 'PUNCT' || pos === 'ADP' || pos === 'AUX' || pos === 'PRON' || pos === 'DET' || pos === 'PART') return -1;
  }
  return -1;
}

/** The agent of a passive verb: the mention after "by" in the verb's clause. */
export function passiveAgent(view: SentenceView, last: number, kb: EventsKnowledge): number {
  for (let j = last + 1; j < view.toks.length - 1 && view.clause[j] === view.clause[last]; j++) {
    if (!kb.words.passiveAgent.has(view.low[j])) continue;
    for (let k = j + 1; k < view.toks.length && k <= j + 4; k++) {
      if (view.mentionAt[k] >= 0) return view.mentionAt[k];
      if (view.toks[k].pos !== 'DET' && view.toks[k].pos !== 'ADJ') break;
    }
  }
  return -1;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The actor opening the main clause after the comma that closes an opening prepositional phrase holding token
 *  `first` ("After talks with X, Putin said"), or -1. */
function subjectAfterOpening(view: SentenceView, first: number): number {
  if (view.toks[view.clauseStart[view.clause[first]]]?.pos !== 'ADP') return -1;
  let j = first + 1;
  while (j < view.toks.length && j <= first + 12 && view.low[j] !== ',') j++;
  if (view.low[j] !== ',') return -1;
  for (let k = j + 1; k < view.toks.length && k <= j + 3; k++) {
    const m = view.mentionAt[k];
    if (m >= 0) return actorOnly(view, m);
    if (view.toks[k].pos !== 'DET' && view.toks[k].pos !== 'ADJ') break;
  }
  return -1;
}

/** Source and target read next to the trigger (the built-in style): pattern slots, else the subject before the
 *  verb group and the object after it; a passive's subject is its target, its agent or governing subject the source. */
export function adjacentArgs(view: SentenceView, chosen: Chosen, first: number, last: number, passive: boolean, kb: EventsKnowledge): { source: number; target: number } | null {
  let source = chosen.slots.source;
  let target = chosen.slots.target;
  if (chosen.entry.kind === 'noun') {
    if (source < 0) {
      source = nounSubject(view, first, kb);
      if (source === NO_VERB) {
        // "his visit to X" with no verb to read: the owner is a pronoun the actor layer has not resolved
        const before = view.low[first - 1 - (view.toks[first - 1]?.pos === 'ADJ' ? 1 : 0)];
        source = before && POSSESSIVE_PRONOUNS.has(before) ? -1 : subjectOf(view, first, new Set(target >= 0 ? coordinated(view, target, kb.words) : []));
        // "After talks with X, Putin said ...": an opening phrase's event noun is the main clause subject's
        if (source < 0) source = subjectAfterOpening(view, first);
      }
    }
    return source >= 0 && target >= 0 ? { source, target } : null;
  }
  if (target >= 0 && source < 0 && chosen.slots.reach < first) {
    // a quotation matched before the verb: the speaker is the verb's subject, or follows it ("said the minister")
    const speaker = adjacentSubject(view, first, kb);
    source = speaker >= 0 ? speaker : last + 1 < view.toks.length ? view.mentionAt[last + 1] : -1;
    if (source < 0 && last + 2 < view.toks.length && view.toks[last + 1].pos === 'DET') source = view.mentionAt[last + 2];
    return source >= 0 && source !== target ? { source, target } : null;
  }
  if (source >= 0 && target >= 0) return { source, target };
  const subject = adjacentSubject(view, first, kb, 0, passive);
  if (subject === INFINITIVE && source < 0) return null;
  if (passive) {
    // "X was attacked by Y"; "announced that X will be sanctioned"; "X was hit by Y" (a "* by $" pattern)
    if (target < 0) target = subject;
    if (source < 0) source = passiveAgent(view, last, kb);
    if (source < 0) source = governingSubject(view, view.clauseStart[view.clause[first]], kb);
  } else if (source < 0) source = subject >= 0 && view.mentions[subject].refs.every((r) => r.place) && !headsForce(view, subject, kb) ? -1 : subject;
  if (target < 0) target = adjacentObject(view, chosen.slots.reach, kb);
  return source >= 0 && target >= 0 && source !== target ? { source, target } : null;
}

