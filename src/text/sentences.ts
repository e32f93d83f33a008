// Sentences: wink-nlp's boundaries, also cut at every paragraph boundary and after a dateline, and trimmed of
// surrounding space.
import type { Paragraph, Sentence, Token } from '../model/doc.js';

/** `cutAt`: a character offset where a sentence is also cut (the end of the dateline, "BAYPORT (AP) —"), or -1. */
export function buildSentences(
  tokens: Token[],
  sentenceTokenSpans: Array<[number, number]>,
  paragraphs: Paragraph[],
  cutAt = -1,
): Sentence[] {
  const sentences: Sentence[] = [];
  const paraOf = (t: Token) => t.para;
  for (const [first, last] of sentenceTokenSpans) {
    let runStart = -1;
    for (let i = first; i <= last + 1; i++) {
      const t = i <= last ? tokens[i] : undefined;
      const boundary = !t || t.para < 0 || (runStart >= 0 &&
        (paraOf(t) !== paraOf(tokens[runStart]) || (t.start >= cutAt && tokens[runStart].start < cutAt)));
      if (boundary && runStart >= 0) {
        let end = i - 1;
        while (end > runStart && tokens[end].kind === 'space') end--;
        const para = tokens[runStart].para;
        sentences.push({ i: sentences.length, start: tokens[runStart].start, end: tokens[end].end,
          tokenStart: runStart, tokenEnd: end + 1, para });
        runStart = -1;
      }
      if (t && t.para >= 0 && t.kind !== 'space' && runStart < 0) runStart = i;
    }
  }
  for (const s of sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) tokens[i].sent = s.i;
  return sentences;
}

/** Which paragraph each token belongs to (-1 for spaces between paragraphs). */
export function assignParagraphs(tokens: Token[], paragraphs: Paragraph[]): void {
  let p = 0;
  for (const t of tokens) {
    while (p < paragraphs.length && paragraphs[p].end <= t.start) p++;
    const para = paragraphs[p];
    t.para = para && t.start >= para.start && t.end <= para.end ? p : -1;
  }
  for (const para of paragraphs) { para.tokenStart = 0; para.tokenEnd = 0; }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const para = paragraphs[tokens[i].para];
    if (!para) continue;
    if (para.tokenEnd === 0) para.tokenEnd = i + 1;
    para.tokenStart = i;
  }
}
