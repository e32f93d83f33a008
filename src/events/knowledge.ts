// What the events layer knows, loaded from dictionaries/ once and shared by every document.
import type { LoadOptions } from '../dictionaries/load-options.js';

export interface EventsKnowledge {}

export function loadEventsKnowledge(_options: LoadOptions): EventsKnowledge {
  return {};
}
