// Paragraph boundaries. Text with blank lines is split at blank lines (hard-wrapped lines stay together);
// text without any is split at every line break, the usual form of feeds and JSON Lines articles.
import type { Span } from '../model/analysis.js';

export function paragraphSpans(text: string): Span[] {
  const blankLines = /\n[ \t\r\f\v\u00a0]*\n/.test(text);
  const separator = blankLines ? /\n[ \t\r\f\v\u00a0]*\n\s*/g : /\n\s*/g;
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}
