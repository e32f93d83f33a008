// Document structure: which paragraphs are a photo caption, a cross-reference line or a block quote, and the
// byline and dateline. Later stages read paragraph kinds; cross-reference lines are not body text.
import type { Dateline, RelatedLink, Span, Structure, TextSpan } from '../model/analysis.js';
import type { Paragraph } from '../model/doc.js';
import { parseShortDate } from '../time/calendar.js';
import type { StructureCues } from './structure-cues.js';

const FIRST_PERSON = /\b(I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My|us)\b/;

function startsWithLabel(s: string, labels: string[]): string | null {
  for (const label of labels) {
    if (s.startsWith(label) && !/[\p{L}\p{N}]/u.test(s.charAt(label.length))) return label;
  }
  return null;
}

function parseCaption(text: string, start: number, cues: StructureCues): TextSpan | null {
  const label = startsWithLabel(text, cues.captionLabels);
  if (!label) return null;
  const m = /^\s*(?:CREDIT\s*)?[:|—–-]\s*/.exec(text.slice(label.length));
  if (!m) return null;
  const from = label.length + m[0].length;
  return { start: start + from, end: start + text.length, text: text.slice(from) };
}

function parseRelated(text: string, start: number, cues: StructureCues): RelatedLink | null {
  if (text.length > 300 || text.includes('\n')) return null;
  const label = startsWithLabel(text, cues.relatedLabels);
  if (!label) return null;
  let rest = text.slice(label.length);
  const colon = rest.indexOf(':');
  let series: string | null = null;
  let date: string | null = null;
  if (colon >= 0) {
    const head = rest.slice(0, colon).trim();
    // "See Iran Daily, Feb 4:" names a series and a date; "Read more:" names nothing.
    if (head && !/[.!?]/.test(head)) {
      const comma = head.lastIndexOf(',');
      const maybeDate = parseShortDate(comma >= 0 ? head.slice(comma + 1) : head);
      if (maybeDate) {
        date = maybeDate;
        series = comma >= 0 ? head.slice(0, comma).trim() || null : null;
      } else {
        series = head;
      }
    } else if (head) {
      return null;
    }
    rest = rest.slice(colon + 1);
  } else if (label.length <= 3) {
    // A bare "See ..." without a colon is usually an ordinary sentence.
    return null;
  }
  const title = rest.trim();
  if (!title) return null;
  return { start, end: start + text.length, series, date, title };
}

// (a date may follow the place: "HAVENTON, Del., Sept. 26 (UPI) —")
const DATELINE = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,\s*([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?(?:,\s*[A-Z][a-z]{2,4}\.? \d{1,2})?\s*(?:\(([^)\n]{1,30})\))?\s*(?:[-—–―]{1,2})\s+/;

function parseDateline(text: string, start: number, cues: StructureCues): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const agency = m[3]?.trim() ?? null;
  if (agency && !cues.agencies.has(agency) && !/^[A-Z]/.test(agency)) return null;
  const place = m[2] ? `${m[1]}, ${m[2]}` : m[1];
  const span = m[0].trimEnd();
  return { start, end: start + span.length, text: span, place, agency };
}

function parseByline(text: string, start: number, cues: StructureCues): TextSpan | null {
  if (text.length > 100) return null;
  const prefix = startsWithLabel(text, cues.bylinePrefixes);
  if (!prefix || !/^\s+\p{Lu}/u.test(text.slice(prefix.length))) return null;
  return { start, end: start + text.length, text };
}

export function buildStructure(
  text: string,
  spans: Span[],
  cues: StructureCues,
): { paragraphs: Paragraph[]; structure: Structure } {
  const structure: Structure = { caption: null, related: [], byline: null, dateline: null, blockquotes: [] };
  // (pushed one by one: Array.map made some documents' arrays holey and others packed, two shapes for V8)
  const paragraphs: Paragraph[] = [];
  for (const s of spans) {
    paragraphs.push({ i: paragraphs.length, start: s.start, end: s.end, kind: 'body', tokenStart: 0, tokenEnd: 0, introducedBy: null });
  }
  let bodySeen = 0;
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    const caption = structure.caption ? null : parseCaption(body, p.start, cues);
    if (caption) {
      p.kind = 'caption';
      structure.caption = caption;
      continue;
    }
    const related = parseRelated(body, p.start, cues);
    if (related) {
      p.kind = 'related';
      structure.related.push(related);
      continue;
    }
    if (bodySeen < 3 && !structure.byline) {
      const byline = parseByline(body, p.start, cues);
      if (byline) {
        structure.byline = byline;
        bodySeen++;
        continue;
      }
    }
    if (bodySeen === 0 || (bodySeen < 3 && !structure.dateline)) {
      const dateline = parseDateline(body, p.start, cues);
      if (dateline) structure.dateline = dateline;
    }
    bodySeen++;
  }
  markBlockQuotes(text, paragraphs, structure);
  return { paragraphs, structure };
}

/**
 * A body paragraph ending in a colon introduces block quotes: the next paragraph, and after it each one that
 * speaks in the first person, as long as none of them carries its own quotation marks.
 */
function markBlockQuotes(text: string, paragraphs: Paragraph[], structure: Structure): void {
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const intro = paragraphs[i];
    if (intro.kind !== 'body' || !text.slice(intro.start, intro.end).endsWith(':')) continue;
    for (let j = i + 1; j < paragraphs.length; j++) {
      const p = paragraphs[j];
      const body = text.slice(p.start, p.end);
      if (p.kind !== 'body' || /["“”]/.test(body) || body.endsWith(':')) break;
      if (j > i + 1 && !FIRST_PERSON.test(body)) break;
      p.kind = 'blockquote';
      p.introducedBy = i;
      structure.blockquotes.push({ start: p.start, end: p.end });
    }
  }
}
