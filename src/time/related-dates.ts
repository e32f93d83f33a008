// Cross-reference lines ("See Iran Daily, Feb 4: ...") often give a day without a year. Once the publication date
// is known, the year is the one putting that day on or before it: links point to earlier coverage.
import type { Doc } from '../model/doc.js';
import { dayOf, ymdOf, type Day } from './calendar.js';

export function datePendingRelated(doc: Doc, dct: Day): void {
  const { y } = ymdOf(dct);
  for (const link of doc.structure.related) {
    const m = link.date ? /^XXXX-(\d\d)-(\d\d)$/.exec(link.date) : null;
    if (!m) continue;
    const year = dayOf(y, +m[1], +m[2]) <= dct ? y : y - 1;
    link.date = `${year}-${m[1]}-${m[2]}`;
  }
}
