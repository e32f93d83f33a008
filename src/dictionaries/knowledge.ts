// Everything the pipeline knows, loaded once (each layer's own loader validates its files) and passed to
// analyze(). Loading is the only I/O; analysis itself reads nothing.
import { dictionariesDir } from '../paths.js';
import { loadStructureCues, type StructureCues } from '../text/structure-cues.js';
import { loadTimeKnowledge, type TimeKnowledge } from '../time/knowledge.js';
import { loadActorsKnowledge, type ActorsKnowledge } from '../actors/knowledge.js';
import { loadPlacesKnowledge, type PlacesKnowledge } from '../places/knowledge.js';
import { loadQuotesKnowledge, type QuotesKnowledge } from '../quotes/knowledge.js';
import { loadEventsKnowledge, type EventsKnowledge } from '../events/knowledge.js';
import type { LoadOptions } from './load-options.js';

export interface Knowledge {
  structure: StructureCues;
  time: TimeKnowledge;
  actors: ActorsKnowledge;
  places: PlacesKnowledge;
  quotes: QuotesKnowledge;
  events: EventsKnowledge;
}

export function loadKnowledge(options: Partial<LoadOptions> = {}): Knowledge {
  const opts: LoadOptions = { builtinDir: options.builtinDir ?? dictionariesDir, petrarchDir: options.petrarchDir ?? null };
  return {
    structure: loadStructureCues(opts.builtinDir),
    time: loadTimeKnowledge(opts),
    actors: loadActorsKnowledge(opts),
    places: loadPlacesKnowledge(opts),
    quotes: loadQuotesKnowledge(opts),
    events: loadEventsKnowledge(opts),
  };
}
