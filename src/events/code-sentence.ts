// Coding one sentence: find triggers by lookup, pick the most specific matching pattern, read the verb group
// (passive, negation, modality), find source and target (pattern slots, else subject and object by clause),
// expand coordinated actors, and emit one event per (source, target) pair.
import type { EventsKnowledge } from './knowledge.js';
import type { Candidate } from './lexicon.js';
import { matchPattern, type Slots } from './match.js';
import type { Pattern, TriggerEntry } from './patterns.js';
import { coordinated, type SentenceView } from './sentence-view.js';
import { adjacentObject, adjacentSubject, governingSubject, INFINITIVE, nounSubject, NO_VERB } from './arguments.js';

export interface RawEvent {
  sources: number[];
  targets: number[];
  /** members of a compound actor acting on each other */
  mutual: boolean;
  code: string;
  reverse: string | null;
  rule: string;
  trigger: { first: number; last: number };
}

interface Chosen {
  entry: TriggerEntry;
  pattern: Pattern | null;
  slots: Slots;
}

/** The trigger phrase around head token i for an entry, as a token range, or null when its other words miss. */
function phraseAt(view: SentenceView, entry: TriggerEntry, i: number): { first: number; last: number } | null {
  const first = i - entry.head;
  const last = first + entry.words.length - 1;
  if (first < 0 || last >= view.toks.length) return null;
  for (let k = 0; k < entry.words.length; k++) {
    if (k !== entry.head && view.low[first + k] !== entry.words[k]) return null;
  }
  return { first, last };
}

/** Words that make a token a verb even when the tagger says otherwise ("Arnor believes", "will abandon"). */
function verbLike(view: SentenceView, i: number, kb: EventsKnowledge, finite = false): boolean {
  const pos = view.toks[i].pos;
  // after a possessive it is a noun ("Obama's support")
  if (i > 0 && (view.low[i - 1] === "'s" || view.low[i - 1] === '’s')) return false;
  if (pos === 'VERB' || pos === 'AUX') return true;
  if (i === 0) return false;
  const prev = view.low[i - 1];
  const w = kb.words;
  if (w.auxiliaries.has(prev) || w.hypothetical.has(prev) || w.be.has(prev) || w.negators.has(prev)) return true;
  // right after a named actor: "Gondor delays", "Iran shot down" (TABARI reads any form so; the built-in style only
  // a past or third-person form, so "a Group of 20 meeting" stays a noun)
  if (view.mentionAt[i - 1] < 0 || pos === 'ADP' || pos === 'CCONJ') return false;
  return kb.style.firstVerbOnly || (finite && !view.low[i].endsWith('ing'));
}

/** Reads the verb group before token i: passive, negated, hypothetical. */
function verbGroup(view: SentenceView, i: number, participle: boolean, kb: EventsKnowledge) {
  const w = kb.words;
  let passive = false;
  let negated = false;
  let hypothetical = view.conditional[view.clause[i]];
  for (let j = i - 1, n = 0; j >= 0 && n < 5 && view.mentionAt[j] < 0 && view.clause[j] === view.clause[i]; j--, n++) {
    const x = view.low[j];
    const pos = view.toks[j].pos;
    if (w.be.has(x)) passive = participle;
    else if (w.negators.has(x)) negated = true;
    else if (w.hypothetical.has(x)) hypothetical = true;
    else if (!(w.auxiliaries.has(x) || pos === 'ADV' || pos === 'AUX' || pos === 'PART' || (pos === 'VERB' && n < 3))) break;
  }
  return { passive, negated, hypothetical };
}

function choose(view: SentenceView, cands: Candidate[], i: number, kb: EventsKnowledge): { chosen: Chosen; first: number; last: number } | null {
  const best = cands[0].priority;
  let chosen: Chosen | null = null;
  let span: { first: number; last: number } | null = null;
  let bestWeight = -1;
  // a multi-word trigger that is present ("fire back") outranks its single head word ("fire")
  let longest = 0;
  for (const c of cands) if (c.priority === best && c.entry.words.length > longest && phraseAt(view, c.entry, i)) longest = c.entry.words.length;
  for (const c of cands) {
    if (c.priority !== best) break;
    if (c.entry.words.length < longest) continue;
    const at = phraseAt(view, c.entry, i);
    if (!at) continue;
    const finite = c.participle || /[^s]s$/.test(view.low[i]);
    if (c.entry.kind === 'verb' && !verbLike(view, at.first, kb, finite) && !verbLike(view, i, kb, finite)) continue;
    for (const p of c.entry.patterns) {
      if (p.weight < bestWeight) continue;
      const slots = matchPattern(view, p.pre, p.post, at.first, at.last, kb.style.gap);
      // the most specific pattern wins; between equally specific ones, the one that ends nearer the trigger
      if (slots && (p.weight > bestWeight || (chosen?.pattern && slots.reach < chosen.slots.reach))) {
        chosen = { entry: c.entry, pattern: p, slots };
        span = at;
        bestWeight = p.weight;
      }
    }
    if (!chosen && c.entry.code !== null && c.entry.kind === 'verb') {
      chosen = { entry: c.entry, pattern: null, slots: { source: -1, target: -1, compound: -1, reach: at.last } };
      span = at;
    }
  }
  return chosen && span ? { chosen, ...span } : null;
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

/** The leftmost actor of the verb's clause before it, else of the clauses before, skipping `exclude`; a possessive
 *  actor gives way to the one it qualifies ("Dagolath's prime minister Telemar"). */
function subjectOf(view: SentenceView, first: number, exclude: ReadonlySet<number>): number {
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

/** The agent of a passive verb: the mention after "by" in the verb's clause. */
function passiveAgent(view: SentenceView, last: number, kb: EventsKnowledge): number {
  for (let j = last + 1; j < view.toks.length - 1 && view.clause[j] === view.clause[last]; j++) {
    if (!kb.words.passiveAgent.has(view.low[j])) continue;
    for (let k = j + 1; k < view.toks.length && k <= j + 4; k++) {
      if (view.mentionAt[k] >= 0) return view.mentionAt[k];
      if (view.toks[k].pos !== 'DET' && view.toks[k].pos !== 'ADJ') break;
    }
  }
  return -1;
}

/** The verb a modal or auxiliary at `last` governs: the next word past auxiliaries, adverbs and negators. */
function governedVerb(view: SentenceView, last: number, kb: EventsKnowledge): number {
  for (let j = last + 1; j < view.toks.length && j <= last + 4; j++) {
    const w = view.low[j];
    if (view.mentionAt[j] >= 0) return -1;
    if (kb.words.auxiliaries.has(w) || kb.words.negators.has(w) || kb.words.be.has(w) || view.toks[j].pos === 'ADV') continue;
    return kb.lexicon.lookup(w) ? j : -1;
  }
  return -1;
}

/** Whether the verb group ending before token `first` is joined to an earlier verb by "and" / "but". */
function coordinatedVerb(view: SentenceView, first: number, kb: EventsKnowledge): boolean {
  let j = first - 1;
  while (j >= 0 && view.mentionAt[j] < 0 && (kb.words.auxiliaries.has(view.low[j]) || view.toks[j].pos === 'ADV' || kb.words.negators.has(view.low[j]))) j--;
  return j >= 0 && (view.low[j] === 'and' || view.low[j] === 'but');
}

/** Source and target the TABARI way: pattern slots, else the leftmost actor of the clause and the first after. */
function tabariArgs(view: SentenceView, chosen: Chosen, first: number, last: number, passive: boolean, kb: EventsKnowledge): { source: number; target: number } | null {
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

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Source and target read next to the trigger (the built-in style): pattern slots, else the subject before the
 *  verb group and the object after it; a passive's subject is its target, its agent or governing subject the source. */
function adjacentArgs(view: SentenceView, chosen: Chosen, first: number, last: number, passive: boolean, kb: EventsKnowledge): { source: number; target: number } | null {
  let source = chosen.slots.source;
  let target = chosen.slots.target;
  if (chosen.entry.kind === 'noun') {
    if (source < 0) {
      source = nounSubject(view, first, kb);
      if (source === NO_VERB) {
        // "his visit to X" with no verb to read: the owner is a pronoun the actor layer has not resolved
        const before = view.low[first - 1 - (view.toks[first - 1]?.pos === 'ADJ' ? 1 : 0)];
        source = before && POSSESSIVE_PRONOUNS.has(before) ? -1 : subjectOf(view, first, new Set(target >= 0 ? coordinated(view, target, kb.words) : []));
      }
    }
    return source >= 0 && target >= 0 ? { source, target } : null;
  }
  if (source >= 0 && target >= 0) return { source, target };
  const subject = adjacentSubject(view, first, kb, 0, passive);
  if (subject === INFINITIVE && source < 0) return null;
  if (passive && source < 0) {
    // "X was attacked by Y"; "announced that X will be sanctioned"
    if (target < 0) target = subject;
    source = passiveAgent(view, last, kb);
    if (source < 0) source = governingSubject(view, view.clauseStart[view.clause[first]], kb);
  } else if (source < 0) source = subject >= 0 && view.mentions[subject].refs.every((r) => r.place) ? -1 : subject;
  if (target < 0) target = adjacentObject(view, chosen.slots.reach, kb);
  return source >= 0 && target >= 0 && source !== target ? { source, target } : null;
}

export function codeSentence(view: SentenceView, kb: EventsKnowledge): RawEvent[] {
  const out: RawEvent[] = [];
  if (!view.mentions.length) return out;
  // words a coded pattern has read ("declined to comment") do not trigger again
  let covered = -1;
  // TABARI's reading: the first dictionary verb is the main one, coded or not
  let mainVerbSeen = false;
  for (let i = 0; i < view.toks.length; i++) {
    if (view.mentionAt[i] >= 0 || i <= covered) continue;
    const cands = kb.lexicon.lookup(view.low[i]);
    if (!cands) continue;
    const found = choose(view, cands, i, kb);
    if (!found) continue;
    const { chosen, first, last } = found;
    // a modal or auxiliary that is also a dictionary verb ("should") yields to the verb it governs when that verb's
    // own pattern is at least as specific ("indicated it should have acted")
    if (kb.words.hypothetical.has(view.low[i]) || kb.words.auxiliaries.has(view.low[i])) {
      const main = governedVerb(view, last, kb);
      if (main >= 0) {
        const mc = kb.lexicon.lookup(view.low[main]);
        const other = mc ? choose(view, mc, main, kb) : null;
        if (other && (other.chosen.pattern?.weight ?? 0) >= (chosen.pattern?.weight ?? 0)) continue;
      }
    }
    if (kb.style.firstVerbOnly && mainVerbSeen && !coordinatedVerb(view, first, kb)) continue;
    // the main verb is read now, whether or not it finds its actors below
    if (chosen.entry.kind === 'verb') mainVerbSeen = true;
    const code = chosen.pattern ? chosen.pattern.code : chosen.entry.code;
    if (!code) continue;
    const reverse = chosen.pattern ? chosen.pattern.reverse : chosen.entry.reverse;
    const participle = cands.find((c) => c.entry === chosen.entry)?.participle ?? false;
    const group = verbGroup(view, first, participle && chosen.entry.kind === 'verb', kb);
    if (kb.style.dropNegatedAndHypothetical && (group.negated || group.hypothetical)) continue;
    const rule = chosen.pattern ? chosen.pattern.rule : chosen.entry.rule;
    if (chosen.pattern) covered = Math.max(covered, chosen.slots.reach);
    const trigger = { first, last };
    const { slots } = chosen;
    // "% *": a compound subject whose members act on each other; "* WITH %": a compound target
    if (slots.compound >= 0 && view.mentions[slots.compound].first > last && slots.target < 0) {
      slots.target = slots.compound;
      slots.compound = -1;
    }
    if (slots.compound >= 0) {
      // built-in style: a compound inside a prepositional phrase ("strategists for X and Y agree") is no subject
      const before = view.mentions[slots.compound].first - 1;
      if (kb.style.adjacentArguments && before >= 0 && view.toks[before].pos === 'ADP' && !kb.words.clauseOpeners.has(view.low[before])) continue;
      out.push({ sources: coordinated(view, slots.compound, kb.words), targets: [], mutual: true, code, reverse, rule, trigger });
      continue;
    }
    const args = kb.style.adjacentArguments
      ? adjacentArgs(view, chosen, first, last, group.passive, kb)
      : tabariArgs(view, chosen, first, last, group.passive, kb);
    if (!args) continue;
    const sourceGroup = coordinated(view, args.source, kb.words);
    const targetGroup = coordinated(view, args.target, kb.words);
    out.push({ sources: sourceGroup, targets: targetGroup.filter((m) => !sourceGroup.includes(m)), mutual: false, code, reverse, rule, trigger });
  }
  return out;
}
