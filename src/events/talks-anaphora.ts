// Talks named again: "... after talks last month between X and Y. The next round is set for March 3 in Vienna."
// The second sentence names no participant; its event noun refers back to the talks of a
// sentence before it (dictionaries/events/talks.yaml), whose participants meet again: each with the other, coded as
// planned (036, intent to meet) or held (04x) as its words say. The event's evidence is the later sentence, so the
// date and place stages read "February 20" and "in Geneva" from it; its arguments point at the earlier mentions.
import type { CodedEvent, EventArgument } from '../model/analysis.js';
import type { Doc, Sentence, Token } from '../model/doc.js';
import { mentionsIn } from '../actors/lookup.js';
import type { EventsKnowledge } from './knowledge.js';
import type { TalksWords } from './talks-words.js';
import { classify } from './build-events.js';

/** Word tokens of a sentence (spaces dropped). */
function wordsOf(doc: Doc, s: Sentence): Token[] {
  const out: Token[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (doc.tokens[i].kind !== 'space') out.push(doc.tokens[i]);
  return out;
}

const NP_LEFT = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Whether the noun at k heads the noun phrase opening its sentence, with a referring word in it ("The next set of
 *  discussions is ..."), and a verb group follows: the sentence is about those talks, not a passing mention. */
function refersBack(toks: Token[], k: number, w: TalksWords): boolean {
  let referring = false;
  for (let j = 0; j < k; j++) {
    const t = toks[j];
    if (w.referring.has(t.lower)) referring = true;
    else if (t.lower !== 'of' && !NP_LEFT.has(t.pos)) return false;
  }
  const next = toks[k + 1];
  return referring && k <= 6 && next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB');
}

const LIST_POS = new Set(['DET', 'ADJ', 'CCONJ']);

/** The actors listed right after a participant word a few words after the noun at k ("talks in late January
 *  including X and Y"): only names, determiners, adjectives and coordinators may make up the list. */
function participantsAfter(doc: Doc, toks: Token[], k: number, w: TalksWords): EventArgument[] {
  let from = -1;
  for (let j = k + 1; j < toks.length && j <= k + 8; j++) {
    if (w.listEnd.has(toks[j].lower)) break;
    if (w.participants.has(toks[j].lower)) {
      from = j + 1;
      break;
    }
  }
  if (from < 0) return [];
  const out: EventArgument[] = [];
  for (let j = from; j < toks.length; ) {
    const t = toks[j];
    const m = mentionsIn(doc, t.start, Math.min(doc.text.length, t.start + 300)).find((x) => x.mention.start === t.start);
    if (m) {
      if (m.actor.code && !out.some((a) => a.code === m.actor.code)) out.push({ actor: m.actor.id, code: m.actor.code, start: m.mention.start, end: m.mention.end, text: m.mention.text });
      while (j < toks.length && toks[j].start < m.mention.end) j++;
      continue;
    }
    if (w.listEnd.has(t.lower) || !(LIST_POS.has(t.pos) || t.lower === ',')) break;
    j++;
  }
  return out;
}

/** The participants of the talks named in an earlier sentence: the actors after a participant word, else the
 *  actors of an event coded on that noun. Null when none is found. */
function earlierTalks(doc: Doc, s: Sentence, w: TalksWords, eventsBy: Map<number, CodedEvent[]>): { args: EventArgument[]; coded: boolean; noun: string } | null {
  const toks = wordsOf(doc, s);
  for (let k = toks.length - 1; k >= 0; k--) {
    if (!w.nouns.has(toks[k].lower)) continue;
    const args = participantsAfter(doc, toks, k, w);
    if (args.length >= 2) return { args, coded: false, noun: toks[k].lower };
    // "X and Y held talks": the event already coded on the noun
    const onNoun = (eventsBy.get(s.i) ?? []).filter((e) => e._trigger && e._trigger.start <= toks[k].start && toks[k].start - e._trigger.start < 40);
    const coded: EventArgument[] = [];
    for (const e of onNoun) for (const a of [e.source, e.target]) if (a.code && !coded.some((x) => x.code === a.code)) coded.push(a);
    if (coded.length >= 2) return { args: coded, coded: true, noun: toks[k].lower };
  }
  return null;
}

/** A cheap test before anything is built: whether the sentence holds a talks noun at all. */
function hasTalksNoun(doc: Doc, s: Sentence, w: TalksWords): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (w.nouns.has(doc.tokens[i].lower)) return true;
  return false;
}

/** Events for sentences whose talks noun refers back to talks named just before; appended to doc.events. */
export function codeReferredTalks(doc: Doc, kb: EventsKnowledge): void {
  const w = kb.talks;
  const eventsBy = new Map<number, CodedEvent[]>();
  for (const e of doc.events) {
    const at = e._trigger?.start ?? e.start;
    const s = doc.sentences.find((x) => x.start <= at && at < x.end)?.i;
    if (s !== undefined) eventsBy.set(s, [...(eventsBy.get(s) ?? []), e]);
  }
  for (const s of doc.sentences) {
    if (eventsBy.has(s.i) || doc.paragraphs[s.para]?.kind !== 'body' || !hasTalksNoun(doc, s, w)) continue;
    try {
      const toks = wordsOf(doc, s);
      const k = toks.findIndex((t) => w.nouns.has(t.lower));
      if (k < 0 || !refersBack(toks, k, w)) continue;
      // a sentence naming its own participants is coded on its own
      if (participantsAfter(doc, toks, k, w).length) continue;
      let earlier: ReturnType<typeof earlierTalks> = null;
      for (let p = s.i - 1, n = 0; p >= 0 && n < w.lookback && !earlier; p--) {
        if (doc.paragraphs[doc.sentences[p].para]?.kind !== 'body') continue;
        n++;
        earlier = earlierTalks(doc, doc.sentences[p], w, eventsBy);
      }
      if (!earlier) continue;
      // talks postponed, denied or only possible are no event
      const kw = kb.words;
      if (toks.some((t) => w.undone.has(t.lower) || kw.negators.has(t.lower) || kw.hypothetical.has(t.lower))) continue;
      const planned = toks.some((t) => w.planned.has(t.lower));
      // talks already coded and told of again ("The talks were held in Ankara") are the same event
      if (earlier.coded && !planned) continue;
      const codes = w.nouns.get(toks[k].lower)!;
      const code = planned ? codes.planned : codes.held;
      const cls = classify(kb, code);
      const trigger = { start: toks[k].start, end: toks[k].end };
      for (const a of earlier.args) {
        for (const b of earlier.args) {
          if (a === b || a.code === b.code) continue;
          doc.events.push({
            id: `ev${doc.events.length + 1}`, start: s.start, end: s.end, source: { ...a }, target: { ...b }, cameo: code,
            plover: cls.plover, quadClass: cls.quadClass, goldstein: cls.goldstein, date: null, place: null,
            rule: `talks.yaml: "${toks[k].lower}" refers to the ${earlier.noun} named before (${planned ? 'planned' : 'held'})`,
            _trigger: trigger,
          });
        }
      }
    } catch {
      continue;
    }
  }
}
