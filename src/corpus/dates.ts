// Publication dates as they appear in page metadata, feeds and URLs, normalised to YYYY-MM-DD. The date is the
// one written (the publisher's local day), not converted to UTC.
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 April and the like
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A metadata date value (ISO 8601, RFC 822, "May 12, 2019", "12 May 2019", 20190512) as YYYY-MM-DD, or null. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s); // RFC 822 "Sun, 12 May 2019", "12 May 2019"
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()]) return ymd(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s); // "May 12, 2019"
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()]) return ymd(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  return null;
}

/** A date written in a URL path: /2019/05/12/, /2019-05-12/, /20190512/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  let m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|_|\.|$)/.exec(path);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  return null;
}
