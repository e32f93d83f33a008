// The time stage (issue 3): recognize temporal expressions, infer the publication date, anchor values, and date
// quotes and events.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';

/** Finds temporal expressions; values needing an anchor are left for anchorTimes. */
export function recognizeTimes(_doc: Doc, _kb: Knowledge): void {}

/** Sets doc.date when the input gave none (source "inferred"), from the text's own evidence. */
export function inferDocumentDate(_doc: Doc, _kb: Knowledge): void {}

/** Resolves relative expressions against the publication date. */
export function anchorTimes(_doc: Doc, _kb: Knowledge): void {}

/** Gives each quote and event the date of the expression governing its clause. */
export function dateRecords(_doc: Doc, _kb: Knowledge): void {}
