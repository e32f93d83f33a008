// The time stage (issue 3): recognize temporal expressions, infer the publication date, anchor values, and date
// quotes and events.
import type { Doc } from '../model/doc.js';
import type { TimeExpression } from '../model/analysis.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import { Recognizer, type Match } from './recognize.js';
import { anchorValue } from './anchor.js';
import { parseDay, type Day } from './calendar.js';
import { tenseAround } from './tense.js';
import type { TimeInternals } from './semantics.js';
import { inferDate } from './document-date.js';
import { datePendingRelated } from './related-dates.js';
import { dateQuotesAndEvents } from './record-dates.js';

export type TimeRecord = TimeExpression & TimeInternals;

/** Finds temporal expressions; values needing an anchor are left for anchorTimes. */
export function recognizeTimes(doc: Doc, kb: Knowledge): void {
  const toks = doc.tokens;
  const out: TimeRecord[] = [];
  for (const p of doc.paragraphs) {
    // cross-reference lines keep their own date in structure.related; the times layer covers running text
    if (p.kind === 'related') continue;
    const rec = new Recognizer(kb.time, toks, p.tokenEnd);
    for (let i = p.tokenStart; i < p.tokenEnd; ) {
      try {
        while (i < p.tokenEnd) {
          const kind = toks[i].kind;
          if (kind === 'punctuation' || kind === 'space') {
            i++; // never the start of an expression
            continue;
          }
          const m = rec.matchAt(i);
          if (!m || m.end <= m.start) i++;
          else {
            pushRecords(doc, m, p.i, out);
            i = m.end;
          }
        }
      } catch {
        i++; // odd text never stops the batch: the expression at i is skipped
      }
    }
  }
  doc.times = out;
}

function pushRecords(doc: Doc, m: Match, para: number, out: TimeRecord[]): void {
  const toks = doc.tokens;
  const first = toks[m.start], last = toks[m.end - 1];
  if (m.pieces) {
    for (const piece of m.pieces) {
      const start = last.start + piece.from, end = last.start + piece.to;
      out.push({ start, end, text: doc.text.slice(start, end), type: m.type, value: anchorValue(piece.sem, undefined, null, null), rule: m.rule, _sem: piece.sem, _tok: [m.start, m.end] });
    }
    return;
  }
  const next = toks[m.end];
  const record: TimeRecord = {
    start: first.start,
    end: last.end,
    text: doc.text.slice(first.start, last.end),
    type: m.type,
    value: anchorValue(m.sem, m.tod, null, null),
    rule: m.rule,
    _sem: m.sem,
    _tok: [m.start, m.end],
  };
  if (m.mod) record.mod = m.mod;
  if (m.tod) record._tod = m.tod;
  // "the July 2015 nuclear agreement", "Iran's 2015 deal": between a determiner and a noun, the date belongs to the
  // noun, not to the clause ("This week talks resumed" keeps it: nothing determines it)
  const prev = toks[m.start - 1];
  const determined = !!prev && (prev.pos === 'DET' || prev.pos === 'PRON' || prev.lower === "'s" || prev.lower === '’s');
  if (determined && next && next.para === para && (next.pos === 'NOUN' || next.pos === 'ADJ')) record._attributive = true;
  out.push(record);
}

/** Sets doc.date when the input gave none (source "inferred"), from the text's own evidence. */
export function inferDocumentDate(doc: Doc, kb: Knowledge): void {
  if (doc.date.source !== 'none') return;
  try {
    const value = inferDate(doc, kb);
    if (value) doc.date = { value, source: 'inferred' };
  } catch {
    // no inference is better than a crash: the date stays "none"
  }
}

/** Resolves relative expressions against the publication date. */
export function anchorTimes(doc: Doc, kb: Knowledge): void {
  const dct = parseDay(doc.date.value);
  if (dct === null) return;
  datePendingRelated(doc, dct);
  let reference: Day | null = null; // the last day mentioned, for "two days later"
  for (const t of doc.times as TimeRecord[]) {
    if (!t._sem) continue;
    const needsTense = t._sem.k === 'md' || t._sem.k === 'weekday' && t._sem.shift === null || t._sem.k === 'season' && t._sem.shift === null || t._sem.k === 'quarter' || t._sem.k === 'weekend';
    let tense = null;
    if (needsTense) {
      const s = doc.sentences[doc.tokens[t._tok[0]].sent];
      tense = s ? tenseAround(doc.tokens, s.tokenStart, s.tokenEnd, t._tok[0], t._tok[1], kb.time) : null;
    }
    t.value = anchorValue(t._sem, t._tod, dct, tense, reference);
    if (t.type === 'DATE' || t.type === 'TIME') reference = parseDay(t.value) ?? reference;
  }
}

/** Gives each quote and event the date of the expression governing its clause. */
export function dateRecords(doc: Doc, _kb: Knowledge): void {
  dateQuotesAndEvents(doc);
}
