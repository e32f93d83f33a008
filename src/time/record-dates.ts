// Dates quotes and events by when they happened: the time expression governing the clause of the cue or trigger,
// else the latest one the paragraph carries forward, else the publication date. A date modifying a noun ("the
// July 2015 nuclear agreement") dates only that noun's event, never the clause around it.
import type { Doc, Token } from '../model/doc.js';
import type { Span } from '../model/analysis.js';
import type { TimeRecord } from './index.js';

const NP_WORD = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const MAX_NP = 5;

export function dateQuotesAndEvents(doc: Doc): void {
  if (!doc.tokens.length) return;
  const dater = new RecordDater(doc);
  for (const q of doc.quotes) {
    try {
      const pivot = q.cue ? q.cue.start : q.start;
      // a date inside the quoted words belongs to what was said, not to the saying; one in a clause set off by a
      // comma inside the speaker's phrase ("Jo Roe, who ran for mayor in 2015, said") to the speaker's past
      q.date = dater.dateAt(pivot, q.cue ? q : null, q.speaker ? asideOf(doc, q.speaker) : null);
    } catch {
      /* a record that cannot be dated keeps its date */
    }
  }
  for (const e of doc.events) {
    try {
      const trigger = (e as { _trigger?: Span })._trigger;
      e.date = dater.dateAt(trigger ? trigger.start : e.start, null);
    } catch {
      /* idem */
    }
  }
}

class RecordDater {
  private times: TimeRecord[];
  constructor(private doc: Doc) {
    this.times = (doc.times as TimeRecord[]).filter((t) => (t.type === 'DATE' || t.type === 'TIME') && /^\d{2,4}|^XXXX/.test(t.value) && t._tok);
  }

  dateAt(offset: number, exclude: Span | null, aside: Span | null = null): string | null {
    const doc = this.doc;
    const ti = tokenAt(doc.tokens, offset);
    const tok = doc.tokens[ti];
    const outside = (t: TimeRecord, x: Span | null) => !x || t.end <= x.start || t.start >= x.end;
    const usable = (t: TimeRecord) => outside(t, exclude) && outside(t, aside);
    // 1. the clause: times of the same sentence; attributive ones only for the noun they modify
    let best: TimeRecord | null = null, bestDist = Infinity;
    for (const t of this.times) {
      const s = doc.tokens[t._tok[0]].sent;
      if (s !== tok.sent || !usable(t)) continue;
      if (t._attributive) {
        if (this.modifies(t, ti)) return dayPart(t.value);
        continue;
      }
      const dist = ti < t._tok[0] ? t._tok[0] - ti : ti >= t._tok[1] ? ti - t._tok[1] + 1 : 0;
      if (dist < bestDist) { best = t; bestDist = dist; }
    }
    if (best) return dayPart(best.value);
    // 2. carried forward: the latest time earlier in the paragraph (or in the paragraph introducing a block quote)
    const paras = [tok.para];
    const intro = doc.paragraphs[tok.para]?.introducedBy;
    if (intro !== null && intro !== undefined) paras.push(intro);
    for (const p of paras) {
      let carried: TimeRecord | null = null;
      for (const t of this.times) {
        if (doc.tokens[t._tok[0]].para !== p || t._attributive || !usable(t) || t.start >= offset) continue;
        carried = t;
      }
      if (carried) return dayPart(carried.value);
    }
    // 3. the publication date
    return doc.date.value;
  }

  /** Whether the token at ti is in the noun phrase an attributive time modifies, or the participle after it. */
  private modifies(t: TimeRecord, ti: number): boolean {
    const toks = this.doc.tokens;
    let k = t._tok[1];
    const last = Math.min(toks.length, k + MAX_NP);
    while (k < last && NP_WORD.has(toks[k].pos)) {
      if (k === ti) return true;
      k++;
    }
    // "the July 2015 agreement reached between ...": a participle right after the head belongs to it
    return k === ti && k < toks.length && toks[k].pos === 'VERB' && toks[k].lower.endsWith('ed');
  }
}

/** The part of a speaker's phrase after its first comma ("Jo Roe, who ran for mayor in 2015"), or null. */
function asideOf(doc: Doc, speaker: Span): Span | null {
  for (let c = speaker.start; c < speaker.end; c++) if (doc.text.charCodeAt(c) === 44) return { start: c, end: speaker.end };
  return null;
}

/** The date a record takes from a time value: the day, without a clock time or part of day. */
function dayPart(value: string): string {
  return value.replace(/T[^-]*$/, '');
}

/** Index of the token holding (or first after) a character offset. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
