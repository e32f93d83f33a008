// The event stage (issue 7): clauses coded in CAMEO and PLOVER.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';

export function codeEvents(_doc: Doc, _kb: Knowledge): void {}
