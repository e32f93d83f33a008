// What a recognized expression means before it is anchored: recognizeTimes writes one of these on each time
// record (as `_sem`), anchorTimes turns it into a TIMEX3 value once the publication date is known.
import type { Season, Unit } from './knowledge.js';

export type Sem =
  /** fully specified already: "2015", "2015-07", "2017-02-20", "199" (the 1990s), "2016-SU" */
  | { k: 'abs'; value: string }
  /** month (and day) without a year: "February 20", "late January" */
  | { k: 'md'; month: number; day: number | null }
  /** a season without a year: "the summer" */
  | { k: 'season'; season: Season; shift: number | null }
  /** a quarter (Q) or half (H) without a year: "the third quarter", "the first half" */
  | { k: 'quarter'; q: number; part: 'Q' | 'H' }
  /** a day of the week: shift null = bare ("on Monday"), -1 last, 0 this, +1 next */
  | { k: 'weekday'; dow: number; shift: number | null }
  /** a named month moved by last/this/next: "last July" */
  | { k: 'month'; month: number; shift: number }
  /** the unit containing now, moved: today (D 0), yesterday (D -1), last year (Y -1), this week (W 0) */
  | { k: 'unit'; unit: Unit; shift: number }
  /** the weekend, tense decides which */
  | { k: 'weekend' }
  /** n units before or after now or the time last mentioned: "two years ago", "two days later" (n null: "years ago") */
  | { k: 'shift'; unit: Unit; n: number | null; direction: -1 | 1; from: 'now' | 'reference' }
  | { k: 'ref'; value: string }
  | { k: 'dur'; value: string }
  | { k: 'set'; value: string };

/** The internal fields a time record carries besides the contract's (dropped from the Analysis). */
export interface TimeInternals {
  _sem: Sem;
  /** a clock time or part of day to append: "T20:00", "TNI" */
  _tod?: string;
  /** token range [first, end) */
  _tok: [number, number];
  /** the expression modifies a following noun ("the July 2015 nuclear agreement") */
  _attributive?: boolean;
}
