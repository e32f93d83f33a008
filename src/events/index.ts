// The event stage (issue 7): clauses coded in CAMEO and PLOVER. Each sentence is viewed over the shared tokens,
// triggers are found by lookup and coded by the most specific pattern; each event carries its evidence (the
// sentence), its trigger (_trigger) and the rule that fired. Dates and places are set by later stages.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import type { EventsKnowledge } from './knowledge.js';
import { codeSentence } from './code-sentence.js';
import { sentenceView, type ActorRef } from './sentence-view.js';
import { buildEvents } from './build-events.js';
import { withCountryAdjectives, withPlaces, withPronouns } from './stand-ins.js';
import { mentionsIn } from '../actors/lookup.js';
import { codeReferredTalks } from './talks-anaphora.js';

function hasPhrase(low: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= low.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (low[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** Whether any word of tokens [first, end) is a trigger form: a sentence with none codes no event, and its view and
 *  stand-ins need not be made. */
function hasTrigger(doc: Doc, kb: EventsKnowledge, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'space' && kb.lexicon.lookup(t.lower)) return true;
  }
  return false;
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
    if (!found.some((m) => m.actor.code) || !hasTrigger(doc, kb, sent.tokenStart, sent.tokenEnd)) continue;
    if (kb.style.resolvePronouns) found = withPronouns(doc, sent.tokenStart, sent.tokenEnd, found);
    if (kb.style.placesAsTargets) found = withPlaces(places, sent.start, sent.end, found);
    if (kb.style.placesAsTargets && kbAll.actors) found = withCountryAdjectives(doc, kbAll.actors, sent.tokenStart, sent.tokenEnd, found);
    // odd text must not stop the batch: a sentence that cannot be coded is skipped
    try {
      const view = sentenceView(doc, sent, kb.words, found);
      if (!view.mentions.length || !view.toks.length) continue;
      if (sentenceDiscards.length && sentenceDiscards.some((p) => hasPhrase(view.low, p))) continue;
      for (const ev of buildEvents(view, codeSentence(view, kb), kb, seen)) {
        ev.id = `ev${doc.events.length + 1}`;
        doc.events.push(ev);
      }
    } catch {
      continue;
    }
  }
  if (kb.style.referredTalks) codeReferredTalks(doc, kb);
}
