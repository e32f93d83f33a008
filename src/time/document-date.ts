import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
export function inferDate(_doc: Doc, _kb: Knowledge): string | null { return null; }
