// The event stage (issue 7): clauses coded in CAMEO and PLOVER. Each sentence is viewed over the shared tokens,
// triggers are found by lookup and coded by the most specific pattern; each event carries its evidence (the
// sentence), its trigger (_trigger) and the rule that fired. Dates and places are set by later stages.
import type { Doc } from '../model/doc.js';
import type { CodedEvent, EventArgument, Place } from '../model/analysis.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import type { EventsKnowledge } from './knowledge.js';
import { describeCode } from './cameo-table.js';
import { codeSentence, type RawEvent } from './code-sentence.js';
import { sentenceView, type ActorRef, type SentenceView } from './sentence-view.js';
import { mentionCodes } from './agents.js';
import { antecedent, mentionsIn } from '../actors/lookup.js';

function hasPhrase(low: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= low.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (low[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** The arguments one mention gives: one per code it stands for (several for "FRO/BIL/SAM" or shared agents). */
function argumentsOf(view: SentenceView, codes: string[][], m: number): EventArgument[] {
  const refs = view.mentions[m].refs;
  return codes[m].map((code) => {
    const r = refs.find((x) => (x.actor.code ?? '').split('/').includes(code)) ?? refs[0];
    return { actor: r.place ? null : r.actor.id, code, start: r.mention.start, end: r.mention.end, text: r.mention.text };
  });
}

/** QuadClass and Goldstein of a code; codes outside the table take their root's QuadClass. */
function classify(kb: EventsKnowledge, code: string): { quadClass: 1 | 2 | 3 | 4; goldstein: number; plover: string | null } {
  const row = describeCode(kb.cameo, code);
  if (row) return { quadClass: row.quadClass, goldstein: row.goldstein, plover: row.plover };
  const root = Number(code.slice(0, 2));
  const quadClass = root >= 1 && root <= 4 ? 1 : root <= 8 && root > 0 ? 2 : root <= 13 && root > 0 ? 3 : root > 0 && root <= 20 ? 4 : 1;
  return { quadClass, goldstein: 0, plover: null };
}

/** Index of the first span (sorted by start) that could end after `offset`: binary search on start, then back up
 *  over spans starting earlier that are still open. Places do not nest deeply, so the back-up is short. */
function firstEndingAfter(spans: Array<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  while (lo > 0 && spans[lo - 1].end > offset) lo--;
  return lo;
}

/** Actor mentions plus the places of the sentence that no actor covers, each standing for its country. */
function withPlaces(places: Place[], start: number, end: number, actors: ActorRef[]): ActorRef[] {
  const extra: ActorRef[] = [];
  for (let i = firstEndingAfter(places, start); i < places.length && places[i].start < end; i++) {
    const p = places[i];
    if (p.end <= start || !p.country) continue;
    if (actors.some((a) => a.mention.start < p.end && p.start < a.mention.end)) continue;
    const actor = { id: '', name: p.name, code: p.country, country: p.country, kind: 'state' as const, mentions: [] };
    extra.push({ actor, mention: { start: p.start, end: p.end, text: p.text }, place: true });
  }
  if (!extra.length) return actors;
  return [...actors, ...extra].sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}

const PERSONAL = new Set(['he', 'she', 'him']);

/** Actor mentions plus "he" / "she" / "him" standing for the person last named before them. */
function withPronouns(doc: Doc, first: number, end: number, found: ActorRef[]): ActorRef[] {
  let extra: ActorRef[] | null = null;
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || !PERSONAL.has(t.lower)) continue;
    const ante = antecedent(doc, t.start, ['person']);
    if (!ante || !ante.actor.code || t.start - ante.mention.end > 600) continue;
    (extra ??= []).push({ actor: ante.actor, mention: { start: t.start, end: t.end, text: t.text } });
  }
  if (!extra) return found;
  return [...found, ...extra].sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}

/** Lowercase words of a sentence, for discard phrases. */
function sentenceWords(doc: Doc, first: number, end: number): string[] {
  const out: string[] = [];
  for (let i = first; i < end; i++) if (doc.tokens[i].kind !== 'space') out.push(doc.tokens[i].lower);
  return out;
}

export function codeEvents(doc: Doc, kbAll: Knowledge): void {
  const kb = kbAll.events;
  const seen = new Set<string>();
  const { story: storyDiscards, sentence: sentenceDiscards } = kb.discards;
  if (!doc.actors.length) return;
  if (storyDiscards.length) {
    for (const sent of doc.sentences) {
      const low = sentenceWords(doc, sent.tokenStart, sent.tokenEnd);
      if (storyDiscards.some((p) => hasPhrase(low, p))) return;
    }
  }
  const places = kb.style.placesAsTargets ? [...doc.places].sort((a, b) => a.start - b.start) : [];
  for (const sent of doc.sentences) {
    const para = doc.paragraphs[sent.para];
    if (para && para.kind === 'related') continue;
    // only sentences naming a coded actor can hold an event: the view is built for those alone
    let found: ActorRef[] = mentionsIn(doc, sent.start, sent.end);
    if (kb.style.resolvePronouns) found = withPronouns(doc, sent.tokenStart, sent.tokenEnd, found);
    if (!found.some((m) => m.actor.code)) continue;
    if (kb.style.placesAsTargets) found = withPlaces(places, sent.start, sent.end, found);
    let view: SentenceView;
    try {
      view = sentenceView(doc, sent, kb.words, found);
    } catch {
      continue;
    }
    if (!view.mentions.length) continue;
    if (sentenceDiscards.length && sentenceDiscards.some((p) => hasPhrase(view.low, p))) continue;
    const first = view.toks[0];
    const last = view.toks[view.toks.length - 1];
    if (!first || !last) continue;
    let raws: RawEvent[];
    try {
      raws = codeSentence(view, kb);
    } catch {
      continue;
    }
    const codes = raws.length ? mentionCodes(view, kb.words) : [];
    for (const raw of raws) {
      const trig = { start: view.toks[raw.trigger.first].start, end: view.toks[raw.trigger.last].end };
      const emit = (source: EventArgument, target: EventArgument, code: string) => {
        if (!source.code || !target.code || source.code === target.code) return;
        const key = `${source.code}>${target.code}:${code}@${trig.start}`;
        if (seen.has(key)) return;
        seen.add(key);
        const cls = classify(kb, code);
        const ev: CodedEvent = {
          id: `ev${doc.events.length + 1}`,
          start: first.start,
          end: last.end,
          source,
          target,
          cameo: code,
          plover: cls.plover,
          quadClass: cls.quadClass,
          goldstein: cls.goldstein,
          date: null,
          place: null,
          rule: raw.rule,
          _trigger: trig,
        };
        doc.events.push(ev);
      };
      const pairs = (a: number, b: number) => {
        for (const source of argumentsOf(view, codes, a)) {
          for (const target of argumentsOf(view, codes, b)) {
            emit(source, target, raw.code);
            if (raw.reverse) emit(target, source, raw.reverse);
          }
        }
      };
      if (raw.mutual) {
        // members of a compound act on each other; one span naming several actors pairs them too
        const ms = raw.sources;
        for (const a of ms) for (const b of ms) if (a !== b) pairs(a, b);
        continue;
      }
      for (const s of raw.sources) for (const t of raw.targets) pairs(s, t);
    }
  }
}
