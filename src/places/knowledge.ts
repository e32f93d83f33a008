// What the places layer knows, loaded from dictionaries/ once and shared by every document.
import type { LoadOptions } from '../dictionaries/load-options.js';

export interface PlacesKnowledge {}

export function loadPlacesKnowledge(_options: LoadOptions): PlacesKnowledge {
  return {};
}
