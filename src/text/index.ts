// The text stage: paragraphs, structure, tokens with part of speech, sentences. Runs once per document.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import { paragraphSpans } from './paragraphs.js';
import { buildStructure } from './structure.js';
import { tokenize } from './tokenize.js';
import { assignParagraphs, buildSentences } from './sentences.js';

export function readTextLayer(doc: Doc, kb: Knowledge): void {
  const { paragraphs, structure } = buildStructure(doc.text, paragraphSpans(doc.text), kb.structure);
  const { tokens, sentenceTokenSpans } = tokenize(doc.text, kb.structure.abbreviations);
  assignParagraphs(tokens, paragraphs);
  doc.tokens = tokens;
  doc.paragraphs = paragraphs;
  doc.structure = structure;
  // the dateline is the paper's, no part of the first sentence (nor of its subject or speaker)
  doc.sentences = buildSentences(tokens, sentenceTokenSpans, paragraphs, structure.dateline?.end ?? -1);
}

/** Whether a paragraph is running text that later stages read (cross-reference lines are not). */
export function isBodyParagraph(doc: Doc, para: number): boolean {
  const p = doc.paragraphs[para];
  return !!p && p.kind !== 'related';
}
