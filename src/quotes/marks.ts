// Quotation marks: the spans of text inside straight or typographic double quotes, found by one scan of each
// paragraph. A paragraph that opens a quote without closing it continues into the next paragraph when that one
// opens with a quote mark (the newspaper convention for quotes over several paragraphs). Single quotes are nested
// quotes (or apostrophes) and stay inside the double-quoted span.
import type { Doc } from '../model/doc.js';

export interface MarkedQuote {
  /** offsets including the marks */
  start: number;
  end: number;
  /** first and last paragraph the quote covers */
  paraFirst: number;
  paraLast: number;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
/** Any character that can be (part of) a double quotation mark; the scan jumps from one to the next. */
const MARK_SOURCE = '[“”„«»"\'`]';

interface Segment {
  start: number;
  end: number;
  para: number;
  /** the paragraph ended before the quote closed */
  open: boolean;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Whether an opening mark at i, inside a quote opened before it, opens a nested quotation: the typographic
 *  closing marks after it in the paragraph are enough to close it (and any other opened after it) and the outer
 *  one too ("“... what she calls “a scandal” and ...”"). Scans the rest of the paragraph, only when marks nest. */
function nests(text: string, i: number, to: number): boolean {
  let opens = 0;
  let closes = 0;
  for (let k = i; k < to; k++) {
    const c = text[k];
    if (OPENERS.has(c)) opens++;
    else if (CLOSERS.has(c)) closes++;
  }
  return closes >= opens + 1;
}

/** Double-quote segments of one paragraph [from, to). */
function paragraphSegments(text: string, from: number, to: number, para: number, out: Segment[], MARK: RegExp): void {
  let openAt = -1;
  // typographic quotations open inside the one that opened at openAt
  let nested = 0;
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) {
    const i = m.index;
    const c = text[i];
    let width = 0;
    let role: 'open' | 'close' | 'either' | null = null;
    // (a curly opening mark glued to the word before it and followed by a space or the paragraph's end is a closing
    // one typed wrongly: "... rated it “wrong.“")
    if (OPENERS.has(c)) role = c === '“' && i > from && !/\s/.test(text[i - 1]) && (i + 1 === to || /\s/.test(text[i + 1])) ? 'close' : 'open';
    else if (CLOSERS.has(c)) role = 'close';
    else if (c === '"') role = 'either';
    else if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) {
      role = c === '`' ? 'open' : 'either';
      width = 1;
    }
    if (!role) continue;
    const markEnd = i + 1 + width;
    if (openAt < 0) {
      // a closing mark with nothing open opens a quote only where an opening one would stand (some sites use ” for both)
      if (role === 'close' && isWordChar(text[i - 1])) continue;
      openAt = i;
    } else if (role === 'open' && markEnd - i === 1 && c !== '"') {
      if (nests(text, i, to)) {
        nested++;
      } else {
        // a new opening mark while one is open: the previous quote was never closed
        out.push({ start: openAt, end: i, para, open: false });
        openAt = i;
      }
    } else if (nested > 0 && role === 'close') {
      nested--;
    } else {
      out.push({ start: openAt, end: markEnd, para, open: false });
      openAt = -1;
      nested = 0;
    }
    MARK.lastIndex = markEnd;
  }
  if (openAt >= 0) out.push({ start: openAt, end: to, para, open: true });
}

export function findMarkedQuotes(doc: Doc): MarkedQuote[] {
  const segments: Segment[] = [];
  const mark = new RegExp(MARK_SOURCE, 'g'); // per document: a global regex carries its position
  for (const p of doc.paragraphs) {
    if (p.kind === 'related') continue;
    paragraphSegments(doc.text, p.start, p.end, p.i, segments, mark);
  }
  const quotes: MarkedQuote[] = [];
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    const q: MarkedQuote = { start: s.start, end: s.end, paraFirst: s.para, paraLast: s.para };
    let last = s;
    // continue over the following paragraphs while each opens with a quote and the one before did not close
    while (last.open && k + 1 < segments.length) {
      const next = segments[k + 1];
      const nextPara = doc.paragraphs[next.para];
      if (next.para !== last.para + 1 || next.start !== nextPara.start) break;
      k++;
      last = next;
      q.end = next.end;
      q.paraLast = next.para;
    }
    quotes.push(q);
  }
  return quotes;
}
