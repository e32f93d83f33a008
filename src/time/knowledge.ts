// What the time layer knows, loaded from dictionaries/ once and shared by every document.
import type { LoadOptions } from '../dictionaries/load-options.js';

export interface TimeKnowledge {}

export function loadTimeKnowledge(_options: LoadOptions): TimeKnowledge {
  return {};
}
