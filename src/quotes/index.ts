// The quote stage (issue 6): direct, indirect, mixed and block quotes with their speakers and cues.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';

export function findQuotes(_doc: Doc, _kb: Knowledge): void {}
