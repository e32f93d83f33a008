// Turns a recognized meaning (Sem) into a TIMEX3 value against the publication date and the clause's tense.
// Without a publication date, values keep their unknown parts ("XXXX-02-04", "XXXX-WXX-1", "PAST_REF").
import { addMonths, dayOf, daysInMonth, formatDay, formatWeek, isoWeekday, ymdOf, type Day } from './calendar.js';
import type { Season } from './knowledge.js';
import type { Sem } from './semantics.js';
import type { Tense } from './tense.js';
import { pad } from './timex-values.js';

const SEASON_ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];

/** The season holding a month, as (year, index into SEASON_ORDER); January and February close the winter before. */
function seasonOf(y: number, m: number): { y: number; s: number } {
  if (m <= 2) return { y: y - 1, s: 3 };
  if (m === 12) return { y, s: 3 };
  return { y, s: Math.floor((m - 3) / 3) };
}

/**
 * The value of a meaning. `reference` is the day last mentioned before it, for "two days later" (else the
 * publication date is used).
 */
export function anchorValue(sem: Sem, tod: string | undefined, dct: Day | null, tense: Tense | null, reference: Day | null = null): string {
  const v = dateValue(sem, dct, tense, reference);
  // a clock time or part of day attaches to a day, known or not: "2017-02-05TNI", "XXXX-WXX-7TNI"
  return tod && /(\d\d-\d\d|WXX-\d)$/.test(v) ? v + tod : v;
}

function dateValue(sem: Sem, dct: Day | null, tense: Tense | null, reference: Day | null): string {
  switch (sem.k) {
    case 'abs':
    case 'ref':
    case 'dur':
    case 'set':
      return sem.value;
  }
  if (dct === null) return unanchored(sem);
  const now = ymdOf(dct);
  switch (sem.k) {
    case 'md': {
      const y = pickYear(now, sem.month, sem.day, tense);
      return sem.day === null ? `${y}-${pad(sem.month)}` : `${y}-${pad(sem.month)}-${pad(sem.day)}`;
    }
    case 'month': {
      let y = now.y;
      if (sem.shift < 0) y = sem.month < now.m ? now.y : now.y - 1;
      else if (sem.shift > 0) y = sem.month > now.m ? now.y : now.y + 1;
      return `${y}-${pad(sem.month)}`;
    }
    case 'season': {
      const cur = seasonOf(now.y, now.m);
      const target = SEASON_ORDER.indexOf(sem.season);
      const curIndex = cur.y * 4 + cur.s;
      // the occurrences of this season just before/at and just after/at the current one
      let before = cur.y * 4 + target;
      if (before > curIndex) before -= 4;
      const after = before === curIndex ? curIndex : before + 4;
      let pick: number;
      if (sem.shift === -1) pick = before === curIndex ? before - 4 : before;
      else if (sem.shift === 1) pick = after === curIndex ? after + 4 : after;
      else if (sem.shift === 0) pick = cur.y * 4 + target;
      else pick = tense === 'future' ? after : tense === 'past' ? before : cur.y * 4 + target;
      return `${Math.floor(pick / 4)}-${SEASON_ORDER[pick % 4]}`;
    }
    case 'quarter': {
      const cur = sem.part === 'Q' ? Math.floor((now.m - 1) / 3) + 1 : now.m <= 6 ? 1 : 2;
      let y = now.y;
      if (tense === 'past' && sem.q > cur) y--;
      else if (tense === 'future' && sem.q < cur) y++;
      return `${y}-${sem.part}${sem.q}`;
    }
    case 'weekday': {
      const today = isoWeekday(dct);
      const back = (today - sem.dow + 7) % 7; // days since the last such weekday, 0 if today
      const fwd = (sem.dow - today + 7) % 7;
      if (sem.shift === -1) return formatDay(dct - (back || 7));
      if (sem.shift === 1) return formatDay(dct + (fwd || 7));
      if (sem.shift === 0) return formatDay(dct - today + sem.dow);
      // a bare weekday: past clause -> the one before (today counts), future or present clause -> the one ahead
      return formatDay(tense === 'future' || tense === 'present' ? dct + fwd : dct - back);
    }
    case 'weekend': {
      const today = isoWeekday(dct);
      const sat = tense === 'future' || tense === 'present' ? dct + ((6 - today + 7) % 7) : today === 7 ? dct - 1 : dct - ((today + 1) % 7);
      return `${formatWeek(sat)}-WE`;
    }
    case 'unit':
      return shifted(dct, now, sem.unit, sem.shift);
    case 'shift': {
      if (sem.n === null) return sem.direction < 0 ? 'PAST_REF' : 'FUTURE_REF';
      const base = sem.from === 'reference' && reference !== null ? reference : dct;
      const at = ymdOf(base);
      const n = sem.direction * sem.n;
      // "a decade ago" names a year ten years back, not a decade
      if (sem.unit === 'DE' || sem.unit === 'CE') return String(at.y + Math.round(n * (sem.unit === 'DE' ? 10 : 100)));
      return shifted(base, at, sem.unit, n);
    }
  }
}

function shifted(dct: Day, now: { y: number; m: number; d: number }, unit: string, n: number): string {
  const whole = Math.round(n);
  switch (unit) {
    case 'D':
    case 'H':
    case 'MIN':
    case 'S':
      return formatDay(dct + (unit === 'D' ? whole : 0));
    case 'W':
      return formatWeek(dct + 7 * whole);
    case '2W':
      return formatWeek(dct + 14 * whole);
    case 'WE':
      return `${formatWeek(dct + 7 * whole)}-WE`;
    case 'M': {
      const t = addMonths(now.y, now.m, whole);
      return `${t.y}-${pad(t.m)}`;
    }
    case 'Q': {
      const t = addMonths(now.y, now.m, 3 * whole);
      return `${t.y}-Q${Math.floor((t.m - 1) / 3) + 1}`;
    }
    case 'Y':
      return String(now.y + whole);
    case 'DE':
      return String(Math.floor((now.y + 10 * whole) / 10));
    case 'CE':
      return String(Math.floor((now.y + 100 * whole) / 100)).padStart(2, '0');
    default:
      return formatDay(dct);
  }
}


/**
 * The year of a month (and day) written without one: in a past clause the latest on or before the publication
 * date, in a future clause the earliest on or after, otherwise the nearest.
 */
function pickYear(now: { y: number; m: number; d: number }, month: number, day: number | null, tense: Tense | null): number {
  const at = (y: number) => (day === null ? y * 12 + month : dayOf(y, month, day));
  const ref = day === null ? now.y * 12 + now.m : dayOf(now.y, now.m, now.d);
  // February 29 exists only in leap years: look a few years out, keeping the years where the day exists
  const years: number[] = [];
  for (let y = now.y - 4; y <= now.y + 4; y++) if (day === null || day <= daysInMonth(y, month)) years.push(y);
  if (tense === 'past') return years.filter((y) => at(y) <= ref).pop() ?? now.y;
  if (tense === 'future') return years.find((y) => at(y) >= ref) ?? now.y;
  let best = years[0];
  for (const y of years) if (Math.abs(at(y) - ref) < Math.abs(at(best) - ref)) best = y;
  return best;
}

function unanchored(sem: Sem): string {
  switch (sem.k) {
    case 'md':
      return sem.day === null ? `XXXX-${pad(sem.month)}` : `XXXX-${pad(sem.month)}-${pad(sem.day)}`;
    case 'month':
      return `XXXX-${pad(sem.month)}`;
    case 'season':
      return `XXXX-${sem.season}`;
    case 'quarter':
      return `XXXX-${sem.part}${sem.q}`;
    case 'weekday':
      return `XXXX-WXX-${sem.dow}`;
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'unit':
      return sem.shift < 0 ? 'PAST_REF' : sem.shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
    case 'shift':
      return sem.direction < 0 ? 'PAST_REF' : 'FUTURE_REF';
    default:
      return 'XXXX';
  }
}
