// Calendar facts shared by the structure and time layers.

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** 1-12 for an English month name or abbreviation (a trailing dot allowed), else null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A short calendar date as written in a heading: "Feb 4", "February 4, 2017", "4 Feb 2017". Returns a TIMEX3
 * value (XXXX for an unknown year) or null.
 */
export function parseShortDate(s: string): string | null {
  const t = s.trim();
  let m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/.exec(t);
  let month: number | null = null, day = 0, year: string | undefined;
  if (m) {
    month = monthNumber(m[1]); day = Number(m[2]); year = m[3];
  } else if ((m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?$/.exec(t))) {
    month = monthNumber(m[2]); day = Number(m[1]); year = m[3];
  }
  if (!month || day < 1 || day > 31) return null;
  return `${year ?? 'XXXX'}-${pad2(month)}-${pad2(day)}`;
}

// ---- Day arithmetic. A day is an integer count of days since 1970-01-01 (UTC); no time zones are involved.

export type Day = number;

export function dayOf(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

export function ymdOf(day: Day): { y: number; m: number; d: number } {
  const dt = new Date(day * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** A "YYYY-MM-DD" string as a Day, or null when it is not a full valid date. */
export function parseDay(value: string | null | undefined): Day | null {
  const m = value ? /^(\d{4})-(\d\d)-(\d\d)/.exec(value) : null;
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayOf(y, mo, d);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO day of week, Monday = 1 ... Sunday = 7. */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const year = ymdOf(thursday).y;
  return { year, week: Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1 };
}

export const formatDay = (day: Day): string => {
  const { y, m, d } = ymdOf(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
};

export const formatWeek = (day: Day): string => {
  const { year, week } = isoWeek(day);
  return `${year}-W${pad2(week)}`;
};

/** Month arithmetic on (year, month) pairs. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}
