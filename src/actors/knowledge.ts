// What the actors layer knows, loaded from dictionaries/ once and shared by every document.
import type { LoadOptions } from '../dictionaries/load-options.js';

export interface ActorsKnowledge {}

export function loadActorsKnowledge(_options: LoadOptions): ActorsKnowledge {
  return {};
}
