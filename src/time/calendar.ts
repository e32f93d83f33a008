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
