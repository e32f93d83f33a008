// Timeline periods: months "YYYY-MM" and ISO weeks "YYYY-Www" (the store's buckets), their days and successors.
import type { Bucket } from './api.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Monday of ISO week `w` of ISO year `y`, as a UTC timestamp. */
function isoWeekMonday(y: number, w: number): number {
  const jan4 = Date.UTC(y, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - dow * DAY + (w - 1) * 7 * DAY;
}

function isoWeekOf(t: number): string {
  const d = new Date(t);
  const dow = (d.getUTCDay() + 6) % 7;
  const thursday = t - dow * DAY + 3 * DAY; // the week's Thursday decides its year
  const y = new Date(thursday).getUTCFullYear();
  const w = 1 + Math.round((thursday - isoWeekMonday(y, 1) - 3 * DAY) / (7 * DAY));
  return `${y}-W${String(w).padStart(2, '0')}`;
}

/** First and last day of a period, or null when it is not one. */
export function periodDays(p: string, by: Bucket): { from: string; to: string } | null {
  if (by === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(p);
    if (!m || +m[2] < 1 || +m[2] > 12) return null;
    return { from: iso(Date.UTC(+m[1], +m[2] - 1, 1)), to: iso(Date.UTC(+m[1], +m[2], 0)) };
  }
  const m = /^(\d{4})-W(\d{2})$/.exec(p);
  if (!m || +m[2] < 1 || +m[2] > 53) return null;
  const monday = isoWeekMonday(+m[1], +m[2]);
  return { from: iso(monday), to: iso(monday + 6 * DAY) };
}

export function nextPeriod(p: string, by: Bucket): string | null {
  const days = periodDays(p, by);
  if (!days) return null;
  const after = Date.parse(days.to + 'T00:00:00Z') + DAY;
  return by === 'month' ? iso(after).slice(0, 7) : isoWeekOf(after);
}

/** Every period from the first to the last given (gaps filled with empty ones), at most `cap` of them. */
export function fillPeriods(periods: string[], by: Bucket, cap = 520): string[] {
  const sorted = [...new Set(periods)].sort();
  if (sorted.length < 2) return sorted;
  const out: string[] = [];
  const last = sorted[sorted.length - 1];
  for (let p: string | null = sorted[0]; p && p <= last && out.length < cap; p = nextPeriod(p, by)) out.push(p);
  // Too long to fill (or unparseable): show the periods that have events, in order.
  return out.length >= cap || out[out.length - 1] !== last ? sorted : out;
}
