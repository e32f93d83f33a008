// What the quotes layer knows, loaded from dictionaries/ once and shared by every document.
import type { LoadOptions } from '../dictionaries/load-options.js';

export interface QuotesKnowledge {}

export function loadQuotesKnowledge(_options: LoadOptions): QuotesKnowledge {
  return {};
}
