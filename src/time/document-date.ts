// Publication-date inference for text that comes without one. Candidate days come from the dated things the text
// points back to (cross-reference lines, explicit dates); the terms of office of the people it names supply the
// year when those dates lack one; each candidate is scored by how much of the evidence it fits. No evidence with a
// year, no date: the answer is then null, never a guess.
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import { personTerms, type PersonTerms } from '../actors/terms.js';
import { dayOf, formatDay, isoWeekday, parseDay, ymdOf, type Day } from './calendar.js';
import { tenseAround, type Tense } from './tense.js';
import type { TimeRecord } from './index.js';
import { keyOf } from './recognize.js';

/** A span of days [from, to] that the date should fall in, and how much it counts. */
interface Window {
  from: Day;
  to: Day;
  weight: number;
  why: string;
}

/** A day the text refers to (possibly without its year: month and day only). */
interface Anchor {
  month: number;
  day: number;
  year: number | null;
  /** related links point to earlier coverage: the document comes after them */
  kind: 'related' | 'dateline' | 'past' | 'future' | 'any';
  /** the weekday written with it ("Monday, Feb. 6"), if any */
  weekday: number | null;
}

export interface DateEvidence {
  windows: Window[];
  anchors: Anchor[];
}

const FAR_PAST = dayOf(1800, 1, 1);
const FAR_FUTURE = dayOf(2200, 1, 1);
/** how many days after its latest anchor a document is looked for */
const SPAN_AFTER = 10;
/** how far back a year-less anchor may reach into the year before (days) */
const RECENT = 60;
/** how many tokens into the first paragraph a dateline may start */
const DATELINE_REACH = 8;
/** how far an open-ended role is followed when it alone gives years (days) */
const OPEN_SPAN = 15 * 366;

export function inferDate(doc: Doc, kb: Knowledge, terms?: PersonTerms[]): string | null {
  let people: PersonTerms[] = terms ?? [];
  if (!terms) {
    try {
      people = personTerms(doc, kb);
    } catch {
      people = []; // the actor layer could not say; infer from the rest
    }
  }
  const evidence = collectEvidence(doc, kb, people);
  const best = bestDay(evidence);
  return best === null ? null : formatDay(best);
}

export function collectEvidence(doc: Doc, kb: Knowledge, people: PersonTerms[]): DateEvidence {
  const windows: Window[] = [];
  for (const p of people) {
    const roles = p.roles.filter((r) => r.from || r.to);
    if (!roles.length) continue;
    const titled = p.title ? roles.filter((r) => r.title && titlesMatch(r.title, p.title!)) : [];
    // a title written beside the name ("National Security Advisor Michael Flynn") must hold on the date; a bare
    // name only suggests that one of the person's roles does
    for (const r of titled.length ? titled : roles) {
      windows.push({
        from: parseDay(r.from) ?? FAR_PAST,
        to: parseDay(r.to) ?? FAR_FUTURE,
        weight: titled.length ? 4 : 1,
        why: `${p.name}${r.title ? `, ${r.title}` : ''}`,
      });
    }
  }
  const anchors: Anchor[] = [];
  for (const link of doc.structure.related) {
    const m = link.date ? /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/.exec(link.date) : null;
    if (m) anchors.push({ year: m[1] === 'XXXX' ? null : +m[1], month: +m[2], day: +m[3], kind: 'related', weekday: null });
  }
  for (const t of doc.times as TimeRecord[]) {
    const sem = t._sem;
    if (!sem || t._attributive) continue;
    let a: Omit<Anchor, 'kind'> | null = null;
    const weekday = t.rule?.startsWith('weekday+') ? kb.time.weekdays.get(keyOf(doc.tokens[t._tok[0]])) ?? null : null;
    if (sem.k === 'abs') {
      const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(sem.value);
      if (m) a = { year: +m[1], month: +m[2], day: +m[3], weekday };
    } else if (sem.k === 'md' && sem.day !== null && (weekday || isDateline(doc, t))) {
      // a day without a year counts only with its weekday, which says which years it fits, or in a dateline
      a = { year: null, month: sem.month, day: sem.day, weekday };
    }
    if (!a) continue;
    if (isDateline(doc, t)) {
      anchors.push({ ...a, kind: 'dateline' });
      continue;
    }
    const s = doc.sentences[doc.tokens[t._tok[0]].sent];
    const tense: Tense | null = s ? tenseAround(doc.tokens, s.tokenStart, s.tokenEnd, t._tok[0], t._tok[1], kb.time) : null;
    anchors.push({ ...a, kind: tense === 'past' ? 'past' : tense === 'future' ? 'future' : 'any' });
  }
  return { windows, anchors };
}

/**
 * A day at the head of the first body paragraph, closed by an agency in brackets or a dash ("PARIS, May 4
 * (AFP) -", "May 4 -"): the dateline, which is the day of publication.
 */
function isDateline(doc: Doc, t: TimeRecord): boolean {
  const toks = doc.tokens;
  const first = doc.paragraphs.find((p) => p.kind === 'body' && p.tokenEnd > p.tokenStart);
  if (!first || t._tok[0] - first.tokenStart > DATELINE_REACH || toks[t._tok[0]].para !== first.i) return false;
  const next = toks[t._tok[1]]?.lower;
  return next === '(' || next === '-' || next === '—' || next === '–' || next === '--';
}

/** Words of one title all found in the other: "defense secretary" fits "US Defense Secretary". */
function titlesMatch(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/), wb = b.toLowerCase().split(/\s+/);
  const sb = new Set(wb), sa = new Set(wa);
  return wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w));
}

/**
 * The years an anchor without one may take from the terms of office: `strong` only those confirmed by a title
 * written in the text (a name alone says little: people are named long after they leave office). An open-ended
 * role ("2004-03-09..") only bounds the years unless nothing else gives one.
 */
function candidateYears(ev: DateEvidence, strong: boolean): number[] {
  const use = ev.windows.filter((w) => !strong || w.weight > 1);
  const closed = use.filter((w) => w.from !== FAR_PAST && w.to !== FAR_FUTURE);
  const years = new Set<number>();
  for (const w of closed.length ? closed : use) {
    if (w.from === FAR_PAST && w.to === FAR_FUTURE) continue;
    const y0 = ymdOf(w.from === FAR_PAST ? w.to - OPEN_SPAN : w.from).y;
    const y1 = ymdOf(w.to === FAR_FUTURE ? w.from + OPEN_SPAN : w.to).y;
    for (let y = y0; y <= y1 && years.size < 200; y++) years.add(y);
  }
  for (const a of ev.anchors) if (a.year !== null) years.add(a.year);
  return [...years];
}

export function bestDay(ev: DateEvidence): Day | null {
  const anyYears = candidateYears(ev, false), titledYears = candidateYears(ev, true);
  // candidate days: a few days from each anchor placed in each year it may take; a written weekday lets the
  // calendar choose among all the years the people named allow, otherwise titles must confirm the year
  const candidates = new Set<Day>();
  for (const a of ev.anchors) {
    for (const y of a.year !== null ? [a.year] : a.weekday !== null ? anyYears : titledYears) {
      const d = dayOf(y, a.month, a.day);
      const from = a.kind === 'future' ? d - SPAN_AFTER : d;
      for (let k = 0; k <= SPAN_AFTER; k++) candidates.add(from + k);
    }
  }
  let best: Day | null = null, bestScore = -Infinity;
  for (const d of [...candidates].sort((x, y) => x - y)) {
    const s = score(d, ev);
    if (s > bestScore + 1e-9) { best = d; bestScore = s; }
  }
  // an explicit date alone only bounds the date from below ("September 11, 2001" is history, not the dateline):
  // the answer needs a cross-reference line or a date whose written weekday confirms its year
  return best !== null && bestScore > 0 && pinned(best, ev) ? best : null;
}

/** Whether some anchor pins the day: a cross-reference line, or a day written with its weekday that fits. */
function pinned(d: Day, ev: DateEvidence): boolean {
  const { y } = ymdOf(d);
  return ev.anchors.some((a) => {
    if (a.kind === 'related') return true;
    if (a.kind === 'dateline') return placeAnchor(a, d, y) === d;
    if (a.weekday === null) return false;
    const day = placeAnchor(a, d, y);
    return isoWeekday(day) === a.weekday && Math.abs(d - day) <= SPAN_AFTER;
  });
}

/**
 * A year-less anchor is the nearest occurrence on the right side of the document (across a new year only when it
 * stays recent: "Dec 30" seen on January 3).
 */
function placeAnchor(a: Anchor, d: Day, y: number): Day {
  let day = dayOf(a.year ?? y, a.month, a.day);
  if (a.year === null && a.kind !== 'future' && day > d && d - dayOf(y - 1, a.month, a.day) <= RECENT) day = dayOf(y - 1, a.month, a.day);
  if (a.year === null && a.kind === 'future' && day < d && dayOf(y + 1, a.month, a.day) - d <= RECENT) day = dayOf(y + 1, a.month, a.day);
  return day;
}

function score(d: Day, ev: DateEvidence): number {
  let s = 0;
  for (const w of ev.windows) if (d >= w.from && d <= w.to) s += w.weight;
  const { y } = ymdOf(d);
  let latestRelated = -Infinity;
  for (const a of ev.anchors) {
    const day = placeAnchor(a, d, y);
    if (a.weekday !== null) s += isoWeekday(day) === a.weekday ? 3 : -3;
    const gap = d - day;
    if (a.kind === 'related') {
      if (gap < 1) s -= 5; // a link to coverage that does not exist yet
      else latestRelated = Math.max(latestRelated, day);
    } else if (a.kind === 'dateline') s += gap === 0 ? 4 : -2;
    else if (a.kind === 'past') s += gap >= 0 ? (gap <= 31 ? 1 : 0.5) : -3;
    else if (a.kind === 'future') s += gap <= 0 ? 1 : -3;
    else s += Math.abs(gap) <= 31 ? 0.5 : 0;
  }
  // the document most likely appeared the day after its latest cross-reference, and soon after anyway
  if (latestRelated > -Infinity) s += 3 - 0.25 * (d - latestRelated - 1);
  return s;
}
