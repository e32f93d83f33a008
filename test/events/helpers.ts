// Event-layer test helpers: the text layer only, then actors placed by hand (so these tests do not depend on
// actor recognition), then codeEvents with the built-in or a given events knowledge.
import { newDoc } from '../../src/analyze.js';
import { readTextLayer } from '../../src/text/index.js';
import { codeEvents } from '../../src/events/index.js';
import type { Knowledge } from '../../src/dictionaries/knowledge.js';
import type { EventsKnowledge } from '../../src/events/knowledge.js';
import type { CodedEvent } from '../../src/model/analysis.js';
import type { Doc } from '../../src/model/doc.js';
import { loadStructureCues } from '../../src/text/structure-cues.js';
import { loadEventsKnowledge } from '../../src/events/knowledge.js';
import { dictionariesDir } from '../../src/paths.js';

// Only the knowledge these stages read (text structure and events), so a broken dictionary of another layer does
// not fail the event tests.
let base: Knowledge | null = null;
function eventsOnlyKnowledge(): Knowledge {
  base ??= {
    structure: loadStructureCues(dictionariesDir),
    events: loadEventsKnowledge({ builtinDir: dictionariesDir, petrarchDir: null }),
  } as unknown as Knowledge;
  return base;
}

/** Codes `text` with actors given as phrase -> code; every occurrence of a phrase is a mention. */
export function codeWith(text: string, actors: Record<string, string>, events?: EventsKnowledge, places: Record<string, string> = {}): { doc: Doc; events: CodedEvent[] } {
  const known = eventsOnlyKnowledge();
  const kb: Knowledge = events ? { ...known, events } : known;
  const doc = newDoc({ text, date: '2020-01-01' });
  readTextLayer(doc, kb);
  let n = 0;
  for (const [phrase, code] of Object.entries(actors)) {
    const mentions = [];
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      // whole words only: "Peru" is not in "Peruvian"
      if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + phrase.length] ?? '')) continue;
      mentions.push({ start: at, end: at + phrase.length, text: phrase });
    }
    doc.actors.push({ id: `t${++n}`, name: phrase, code, country: code.slice(0, 3), kind: 'state', mentions });
  }
  for (const [phrase, country] of Object.entries(places)) {
    const at = text.indexOf(phrase);
    if (at >= 0) doc.places.push({ start: at, end: at + phrase.length, text: phrase, name: phrase, country, lat: null, lon: null, kind: 'city' });
  }
  codeEvents(doc, kb);
  return { doc, events: doc.events };
}

/** "SRC>TGT:CODE" for each event, sorted: easy to compare. */
export function triples(events: CodedEvent[]): string[] {
  return events.map((e) => `${e.source.code}>${e.target.code}:${e.cameo}`).sort();
}
