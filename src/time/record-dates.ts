import type { Doc } from '../model/doc.js';
export function dateQuotesAndEvents(_doc: Doc): void {}
