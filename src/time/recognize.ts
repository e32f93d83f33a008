// Token-driven recognition of temporal expressions. At each token a small grammar (modifier? core suffix?) is
// tried; every lookup is a hash probe on the token's lower-cased text, so a document is read once, left to right.
import type { Token } from '../model/doc.js';
import type { TimeType } from '../model/analysis.js';
import { Starts, type TimeKnowledge, type Unit } from './knowledge.js';
import type { Sem } from './semantics.js';
import { durationValue, pad, SET_OF_UNIT } from './timex-values.js';

export interface Match {
  start: number; // first token of the extent
  end: number; // token after the extent
  sem: Sem;
  type: TimeType;
  rule: string;
  mod?: string;
  tod?: string;
  /** one token (the last of the match) holding two expressions, "2009-2010": their character ranges within that
   *  token, and meanings */
  pieces?: Array<{ from: number; to: number; sem: Sem }>;
}

type Core = Omit<Match, 'start' | 'mod'> & { mod?: string };

const DIGITS = /^\d+$/;
/** the longest each month can be (February in a leap year), by month number */
const MAX_DAY = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ORDINAL_NUM = /^(\d{1,2})(?:st|nd|rd|th)$/;

/** The key a token is looked up by: lower case, a trailing dot dropped ("Feb." -> "feb"). */
export function keyOf(t: Token | undefined): string {
  if (!t) return '';
  const s = t.lower;
  return s.length > 1 && s.endsWith('.') ? s.slice(0, -1) : s;
}

const isCapitalized = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

export class Recognizer {
  constructor(private kb: TimeKnowledge, private toks: Token[], private tokEnd: number) {}

  private key(j: number): string {
    return j < this.tokEnd ? keyOf(this.toks[j]) : '';
  }

  private tok(j: number): Token | undefined {
    return j < this.tokEnd ? this.toks[j] : undefined;
  }

  /** Matches a phrase table at j; returns [value, tokens used] or null. */
  private phrase<V>(table: Map<string, Array<[string[], V]>>, j: number): [V, number] | null {
    const list = table.get(this.key(j));
    if (!list) return null;
    const second = this.key(j + 1); // most phrases already differ here
    for (const [words, value] of list) {
      if (words.length > 1 && words[1] !== second) continue;
      let ok = true;
      for (let k = 2; k < words.length && ok; k++) ok = this.key(j + k) === words[k];
      if (ok) return [value, words.length];
    }
    return null;
  }

  /** The longest expression starting at token i, or null. */
  matchAt(i: number): Match | null {
    const starts = this.startsAt(i);
    if (!starts) return null;
    // most "the", "a", "at" are followed by an ordinary word: nothing can start there
    const w = this.key(i);
    if (!this.kb.lone.has(w) && !startsLikeNumber(w)) {
      const next = this.tok(i + 1);
      if (!next || (next.kind !== 'number' && !this.kb.starters.has(keyOf(next)) && !this.kb.followers.has(keyOf(next)) && !startsLikeNumber(next.lower))) return null;
    }
    // "about three weeks", "more than a year": the quantifier qualifies a span and stays out of its extent.
    const q = starts & Starts.QUANTITY ? this.phrase(this.kb.quantityMods, i) : null;
    if (q) {
      const core = this.core(i + q[1]);
      // "over the past decade" is no quantity: the quantifier must touch the count
      if (core && (core.sem.k === 'dur' || core.sem.k === 'shift') && this.key(i + q[1]) !== 'the') return { ...core, start: i + q[1], mod: q[0] };
    }
    // "early December", "the end of the year", "late last July": the position is part of the extent.
    const p = starts & Starts.POSITION ? this.phrase(this.kb.positionMods, i) : null;
    if (p) {
      let j = i + p[1];
      if (this.key(j) === '-') j++;
      const core = this.core(j) ?? this.bareUnit(j);
      if (core && core.type !== 'DURATION' && core.type !== 'SET') return { ...core, start: i, mod: p[0], rule: `${p[0].toLowerCase()}+${core.rule}` };
    }
    const core = this.core(i);
    return core ? { mod: undefined, ...core, start: i } : null;
  }

  /** "the year", "the month" after a position modifier: the current one. */
  private bareUnit(j: number): Core | null {
    if (this.key(j) === 'the' || this.key(j) === 'this') j++;
    const unit = this.kb.units.get(this.key(j));
    if (!unit || !['W', 'M', 'Y', 'DE', 'CE', 'Q'].includes(unit) || this.key(j).endsWith('s')) return null;
    return { end: j + 1, sem: { k: 'unit', unit, shift: 0 }, type: 'DATE', rule: 'position-of-unit' };
  }

  /** The rule families that may begin at token j (Starts bits), 0 for most tokens. */
  private startsAt(j: number): number {
    const t = this.tok(j);
    if (!t) return 0;
    const w = keyOf(t);
    return this.kb.starters.get(w) ?? (t.kind === 'number' || startsLikeNumber(w) ? Starts.NUMBER : 0);
  }

  private core(j: number): Core | null {
    const s = this.startsAt(j);
    if (!s) return null;
    const w = this.key(j);
    return (
      (s & Starts.RELATIVE ? this.relativeLed(j, w) : null) ??
      (s & Starts.THE ? this.theLed(j, w) : null) ??
      (s & Starts.NUMBER ? this.numberLed(j, w) : null) ??
      (s & Starts.MONTH ? this.monthLed(j, w) : null) ??
      (s & Starts.WEEKDAY ? this.weekdayLed(j, w) : null) ??
      (s & Starts.SEASON ? this.seasonLed(j, w) : null) ??
      (s & Starts.WORD ? this.wordLed(j, w) : null)
    );
  }

  // ---- "last year", "this week", "next Monday", "last July", "last autumn", "past two years", "this morning"
  private relativeLed(j: number, w: string): Core | null {
    let shift = this.kb.relative.get(w);
    if (shift === undefined) return null;
    let k = j + 1;
    // "past" alone before a name is a preposition ("looked past November"); it leads only counted spans
    const prepositional = w === 'past' && this.key(j - 1) !== 'the' && this.key(j - 1) !== 'this';
    // "this past week" is the week before this one
    if (w === 'this' && this.kb.relative.get(this.key(k)) === -1) { shift = -1; k++; }
    if (this.key(k) === 'fiscal') k++;
    const x = this.key(k);
    const dow = prepositional ? undefined : this.kb.weekdays.get(x);
    if (dow && x.length > 4) return this.withPart(k + 1, { end: k + 1, sem: { k: 'weekday', dow, shift }, type: 'DATE', rule: 'relative-weekday' });
    const month = prepositional ? undefined : this.kb.months.get(x);
    if (month && x.length > 3) return { end: k + 1, sem: { k: 'month', month, shift }, type: 'DATE', rule: 'relative-month' };
    const season = prepositional ? undefined : this.kb.seasons.get(x);
    if (season) return { end: k + 1, sem: { k: 'season', season, shift }, type: 'DATE', rule: 'relative-season' };
    const part = this.kb.partOfDay.get(x);
    if (part && !x.endsWith('s')) {
      // "last night" is yesterday's; "this morning" today's
      return { end: k + 1, sem: { k: 'unit', unit: 'D', shift: w === 'last' && part === 'NI' ? -1 : Math.max(0, shift) }, type: 'TIME', rule: 'relative-part-of-day', tod: `T${part}` };
    }
    const unit = this.kb.units.get(x);
    if (unit && !x.endsWith('s') && unit !== 'H' && unit !== 'MIN' && unit !== 'S') {
      if (unit === 'WE') return { end: k + 1, sem: shift === 0 ? { k: 'weekend' } : { k: 'unit', unit, shift }, type: 'DATE', rule: 'relative-weekend' };
      return { end: k + 1, sem: { k: 'unit', unit, shift }, type: 'DATE', rule: 'relative-unit' };
    }
    // "the last two years", "past several months", "next three days": a span from or to now
    const dir = this.kb.spanRelative.get(w);
    if (dir) {
      const span = this.countedUnit(k);
      if (span && span.sem.k === 'dur') return { ...span, rule: `span-${dir}` };
    }
    return null;
  }

  // ---- "the last week", "the past two years", "the 1990s", "the 20th century", "the third quarter", "the weekend"
  private theLed(j: number, w: string): Core | null {
    if (w !== 'the') return null;
    const k = j + 1;
    const x = this.key(k);
    const dir = this.kb.spanRelative.get(x);
    if (dir) {
      const unitWord = this.key(k + 1);
      const unit = this.kb.units.get(unitWord);
      if (unit && !unitWord.endsWith('s') && unit !== 'H' && unit !== 'MIN' && unit !== 'S') {
        // "the last week" names the week before; "the past week" the seven days to now
        if (x === 'past') return { end: k + 2, sem: { k: 'dur', value: durationValue(1, unit) }, type: 'DURATION', rule: 'the-past-unit' };
        if (x === 'last') return { end: k + 2, sem: { k: 'unit', unit, shift: -1 }, type: 'DATE', rule: 'the-last-unit' };
        // "the next day", "the previous week": one unit on from the time last mentioned (a story's own time)
        return { end: k + 2, sem: { k: 'shift', unit, n: 1, direction: dir === 'past' ? -1 : 1, from: 'reference' }, type: 'DATE', rule: 'the-next-unit' };
      }
      const span = this.countedUnit(k + 1);
      if (span && span.sem.k === 'dur') return { ...span, rule: `the-span-${dir}` };
      // "the coming weeks", "the past months": an unspecified span
      if (unit && unitWord.endsWith('s') && unit !== 'S' && unit !== 'MIN') {
        return { end: k + 2, sem: { k: 'dur', value: durationValue(null, unit) }, type: 'DURATION', rule: `the-span-${dir}` };
      }
      return null;
    }
    if (this.kb.units.get(x) === 'WE') return { end: k + 1, sem: { k: 'weekend' }, type: 'DATE', rule: 'the-weekend' };
    const season = this.kb.seasons.get(x);
    if (season && !this.kb.units.has(this.key(k + 1))) {
      const yr = this.yearAfter(k + 1);
      if (yr) return { end: yr.end, sem: { k: 'abs', value: `${yr.year}-${season}` }, type: 'DATE', rule: 'season-of-year' };
      return { end: k + 1, sem: { k: 'season', season, shift: null }, type: 'DATE', rule: 'the-season' };
    }
    const inner = this.numberLed(k, x);
    if (inner && (inner.sem.k === 'abs' || inner.sem.k === 'quarter' || inner.type === 'DURATION')) {
      if (inner.type === 'DURATION' && inner.sem.k === 'dur' && /^P\d/.test(inner.sem.value) && this.key(k + 1) !== '-') {
        // "the 90 years" keeps its article; a counted span after "the" is still a span
        return { ...inner, rule: `the-${inner.rule}` };
      }
      // "the 1953 team": a year's article stays out of its extent; "the 1990s" keeps it
      if (inner.type !== 'DURATION' && inner.rule !== 'year' && inner.rule !== 'year-range') return { ...inner, rule: `the-${inner.rule}` };
    }
    if (this.kb.ordinals.has(x)) {
      const inner2 = this.ordinalLed(k);
      if (inner2) return inner2;
    }
    return null;
  }

  // ---- numbers: ISO dates, years, decades, clock times, "4 February", "three weeks", "60-year-old", "20th century"
  private numberLed(j: number, w: string): Core | null {
    const t = this.tok(j)!;
    // words that are no number, ordinal or quantity: nothing below applies
    if (!startsLikeNumber(w) && !this.kb.numbers.has(w) && !this.kb.vague.has(w) && !this.kb.ordinals.has(w) && !this.kb.clockWords.has(w)) return null;
    if (/^\d{4}-\d\d-\d\d$/.test(w)) return { end: j + 1, sem: { k: 'abs', value: w }, type: 'DATE', rule: 'iso-date' };
    let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d\d)$/.exec(w);
    if (m && +m[1] <= 12 && +m[2] <= 31) {
      const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      return { end: j + 1, sem: { k: 'abs', value: `${y}-${pad(+m[1])}-${pad(+m[2])}` }, type: 'DATE', rule: 'numeric-date' };
    }
    if ((m = /^(\d{4})[-–](\d\d|\d{4})$/.exec(w)) && +m[1] >= 1000 && +m[1] <= 2199) {
      // "2009-2010", "1957-58": two years in one token
      const first = m[1], second = m[2].length === 2 ? first.slice(0, 2) + m[2] : m[2];
      if (+second > +first) {
        return {
          end: j + 1, sem: { k: 'abs', value: first }, type: 'DATE', rule: 'year-range',
          pieces: [{ from: 0, to: 4, sem: { k: 'abs', value: first } }, { from: 5, to: w.length, sem: { k: 'abs', value: second } }],
        };
      }
    }
    if ((m = /^(\d{3})0s$/.exec(w)) || (m = /^'(\d)0s$/.exec(w))) {
      const value = m[1].length === 3 ? m[1] : `19${m[1]}`;
      return { end: j + 1, sem: { k: 'abs', value }, type: 'DATE', rule: 'decade' };
    }
    if ((m = /^mid-(.+)$/.exec(w))) {
      const rest = m[1];
      const month = this.kb.months.get(rest);
      if (month && rest.length > 3) {
        const yr = this.yearAfter(j + 1);
        return { end: yr ? yr.end : j + 1, sem: yr ? { k: 'abs', value: `${yr.year}-${pad(month)}` } : { k: 'md', month, day: null }, type: 'DATE', rule: 'mid-month', mod: 'MID' };
      }
      if (/^\d{4}$/.test(rest)) return { end: j + 1, sem: { k: 'abs', value: rest }, type: 'DATE', rule: 'mid-year', mod: 'MID' };
      if ((m = /^(\d{3})0s$/.exec(rest))) return { end: j + 1, sem: { k: 'abs', value: m[1] }, type: 'DATE', rule: 'mid-decade', mod: 'MID' };
      return null;
    }
    const clock = this.clock(j);
    if (clock) return clock;
    if (DIGITS.test(w) && w.length === 4 && t.kind === 'number') {
      const y = +w;
      if (y >= 1000 && y <= 2199 && this.isYearContext(j)) {
        return { end: j + 1, sem: { k: 'abs', value: w }, type: 'DATE', rule: 'year' };
      }
      return null;
    }
    // "4 February 2017", "the 4th of February"
    const dm = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
    if (dm && +dm[1] >= 1 && +dm[1] <= 31) {
      let k = j + 1;
      if (this.key(k) === 'of') k++;
      const month = this.kb.months.get(this.key(k));
      if (month && isCapitalized(this.tok(k)!) && +dm[1] <= MAX_DAY[month]) {
        const yr = this.yearAfter(k + 1);
        const day = +dm[1];
        return yr
          ? { end: yr.end, sem: { k: 'abs', value: `${yr.year}-${pad(month)}-${pad(day)}` }, type: 'DATE', rule: 'day-month-year' }
          : { end: k + 1, sem: { k: 'md', month, day }, type: 'DATE', rule: 'day-month' };
      }
    }
    if (this.kb.ordinals.has(w) || ORDINAL_NUM.test(w)) {
      const o = this.ordinalLed(j);
      if (o) return o;
    }
    return this.countedUnit(j);
  }

  /** "20th century", "third quarter [of 2012]", "first-quarter" */
  private ordinalLed(j: number): Core | null {
    const w = this.key(j);
    const n = this.kb.ordinals.get(w) ?? (ORDINAL_NUM.test(w) ? parseInt(w, 10) : undefined);
    if (!n) return null;
    let k = j + 1;
    if (this.key(k) === '-') k++;
    const unit = this.kb.units.get(this.key(k));
    if (unit === 'CE' && !this.key(k).endsWith('s')) return { end: k + 1, sem: { k: 'abs', value: pad(n - 1) }, type: 'DATE', rule: 'century' };
    // "the third quarter", "the first half": the part of the year written, or of the year named after it
    const part = unit === 'Q' && n <= 4 && !this.key(k).endsWith('s') ? 'Q' : this.key(k) === 'half' && n <= 2 ? 'H' : null;
    if (part) {
      const e = k + 1;
      if (this.key(e) === 'of') {
        const yr = this.yearAfter(e + 1);
        if (yr) return { end: yr.end, sem: { k: 'abs', value: `${yr.year}-${part}${n}` }, type: 'DATE', rule: 'part-of-year' };
        return null; // "the first half of the match" is no part of a year
      }
      return { end: e, sem: { k: 'quarter', q: n, part }, type: 'DATE', rule: part === 'Q' ? 'quarter' : 'half' };
    }
    return null;
  }

  /** A count and a unit: "three weeks", "a month", "90 days", "four-week", "60-year-old", "several days", with "ago". */
  private countedUnit(j: number): Core | null {
    const w = this.key(j);
    let n: number | null | undefined;
    let k = j + 1;
    const t = this.tok(j)!;
    if (t.kind === 'number' && /^\d+(\.\d+)?$/.test(w)) n = parseFloat(w);
    else if (this.kb.numbers.has(w)) {
      n = this.kb.numbers.get(w)!;
      // "twenty-five", "a dozen", "a few", "a couple of"
      if (n >= 20 && n < 100 && n % 10 === 0 && this.key(k) === '-' && (this.kb.numbers.get(this.key(k + 1)) ?? 10) < 10) {
        n += this.kb.numbers.get(this.key(k + 1))!;
        k += 2;
      } else if (w === 'half' && (this.key(k) === 'a' || this.key(k) === 'an')) {
        k++; // "half a century", "half an hour"
      } else if (n === 1 && (w === 'a' || w === 'an')) {
        const next = this.key(k);
        if (next === 'few' || next === 'several') { n = null; k++; }
        else if (next === 'couple' && this.key(k + 1) === 'of') { n = 2; k += 2; }
        else if (next === 'dozen' || next === 'hundred') { n = this.kb.numbers.get(next)!; k++; }
      } else if (this.kb.numbers.get(this.key(k)) === 100) { n *= 100; k++; }
    } else if (this.kb.vague.has(w)) n = null;
    else return null;
    if (n === 0) return null;
    const hyphen = this.key(k) === '-';
    if (hyphen) k++;
    const unitWord = this.key(k);
    const unit = this.kb.units.get(unitWord);
    if (!unit) return null;
    const article = w === 'a' || w === 'an';
    const plural = unitWord.endsWith('s') && unit !== 'MIN' ? true : false;
    if (n === null && !plural) return null;
    // "a second" and "a quarter" are rarely spans of time; seconds and quarters need a written count
    if ((unit === 'S' || unit === 'Q') && (article || n === null)) return null;
    if ((unit === 'H' || unit === 'MIN' || unit === 'S') && t.kind !== 'number' && !this.kb.numbers.has(w)) return null;
    let end = k + 1;
    // ages ("a 22-year-old", "pupils ages 5 years and up") are not time expressions
    if (this.key(end) === '-' && (this.key(end + 1) === 'old' || this.key(end + 1) === 'olds')) return null;
    const before = this.key(j - 1);
    if (before === 'ages' || before === 'aged' || before === 'age' || this.key(end) === 'old' || this.key(end) === 'older') return null;
    // "five years'" keeps its possessive apostrophe
    if (plural && this.key(end) === "'") end++;
    const prev = this.key(j - 1);
    const prevTok = this.tok(j - 1);
    // "twice a week", "$5 million a year", "900 crowns a month": a rate, so a recurrence
    const amount = prevTok?.pos === 'NUM' || (prevTok?.pos === 'NOUN' && this.tok(j - 2)?.pos === 'NUM');
    if (article && (prev === 'once' || prev === 'twice' || prev === 'times' || prev === 'per' || amount)) {
      return { end, sem: { k: 'set', value: durationValue(1, unit) }, type: 'SET', rule: 'frequency' };
    }
    const shift = hyphen ? null : this.phrase(this.kb.shiftWords, end);
    // "a month earlier than usual" compares spans; it names no date
    if (shift && this.key(end + shift[1]) !== 'than') {
      const [how, len] = shift;
      return { end: end + len, sem: { k: 'shift', unit, n, direction: how.direction, from: how.from }, type: 'DATE', rule: `shift-${how.from}` };
    }
    return { end, sem: { k: 'dur', value: durationValue(n, unit) }, type: 'DURATION', rule: 'counted-span' };
  }

  /** "8:30 p.m.", "15:00 GMT", "10am", "8 PM", "noon", with an optional day after: "15:00 GMT Saturday". */
  private clock(j: number): Core | null {
    const w = this.key(j);
    let m = /^(\d{1,2})(?::(\d\d))?(am|pm|a\.m\.?|p\.m\.?)?$/.exec(w);
    let hh: number, mm: number, k = j + 1;
    const named = this.kb.clockWords.get(w);
    if (named) {
      hh = +named.slice(0, 2); mm = +named.slice(3);
    } else {
      if (!m) return null;
      hh = +m[1]; mm = m[2] ? +m[2] : 0;
      let mer = m[3] ? this.kb.meridiem.get(m[3]) : undefined;
      if (!mer) {
        mer = this.kb.meridiem.get(this.tok(k)?.lower ?? '');
        if (mer) k++;
        else if (this.key(k) === "o'clock") k++;
        else if (!m[2]) return null; // a bare number is not a time
      }
      if (hh > 24 || mm > 59) return null;
      if (mer === 'pm' && hh < 12) hh += 12;
      if (mer === 'am' && hh === 12) hh = 0;
    }
    if (this.kb.timeZones.has(this.key(k))) {
      k++;
      if (this.key(k) === 'time') k++; // "local time"
    }
    const tod = `T${pad(hh)}:${pad(mm)}`;
    // a day named right after the clock time carries it: "15:00 GMT Saturday", "8 p.m. tomorrow"
    let after = this.key(k) === 'on' ? k + 1 : k;
    const day = this.weekdayLed(after, this.key(after)) ?? this.wordLed(after, this.key(after)) ?? this.monthLed(after, this.key(after));
    if (day && day.type === 'DATE') return { ...day, tod, type: 'TIME', rule: `clock+${day.rule}` };
    return { end: k, sem: { k: 'unit', unit: 'D', shift: 0 }, type: 'TIME', rule: 'clock', tod };
  }

  /** A four-digit year is a year unless it counts things: "$2000", "2000 troops". */
  private isYearContext(j: number): boolean {
    const prev = this.tok(j - 1);
    if (prev && (prev.kind === 'symbol' || prev.lower === '$' || prev.lower === '#')) return false;
    const next = this.tok(j + 1);
    if (!next) return true;
    if (next.lower === '%' || next.lower === 'percent') return false;
    // "the 2000 troops" counts; "in 2010 elections" dates (a preposition before the number)
    if (next.pos === 'NOUN' && next.lower.endsWith('s') && prev?.pos !== 'ADP') return false;
    return true;
  }

  /** ", 2017" or " 2017" or "of 2017" after a month or day: the year and the token after it. */
  private yearAfter(k: number): { year: number; end: number } | null {
    let e = k;
    if (this.key(e) === ',' || this.key(e) === 'of') e++;
    const w = this.key(e);
    const t = this.tok(e);
    if (t && t.kind === 'number' && /^\d{4}$/.test(w) && +w >= 1000 && +w <= 2199) return { year: +w, end: e + 1 };
    return null;
  }

  // ---- "February 20", "Feb. 4, 2017", "July 2015", "June", "May of 2010"
  private monthLed(j: number, w: string): Core | null {
    const month = this.kb.months.get(w);
    const t = this.tok(j);
    if (!month || !t || !isCapitalized(t)) return null;
    const abbreviated = w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may';
    const next = this.tok(j + 1);
    const dm = next ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(next.lower) : null;
    if (dm && +dm[1] >= 1 && +dm[1] <= MAX_DAY[month]) {
      const day = +dm[1];
      const yr = this.yearAfter(j + 2);
      if (yr) return { end: yr.end, sem: { k: 'abs', value: `${yr.year}-${pad(month)}-${pad(day)}` }, type: 'DATE', rule: 'month-day-year' };
      return { end: j + 2, sem: { k: 'md', month, day }, type: 'DATE', rule: 'month-day' };
    }
    const yr = this.yearAfter(j + 1);
    if (yr && this.key(j + 1) !== ',') return { end: yr.end, sem: { k: 'abs', value: `${yr.year}-${pad(month)}` }, type: 'DATE', rule: 'month-year' };
    if (abbreviated) return null;
    if (this.kb.ambiguousMonths.has(w)) {
      // "May" and "March" alone are months only after a time word: "in May", "since March"
      if (!this.kb.timePrepositions.has(this.key(j - 1)) || next?.pos === 'VERB' || next?.pos === 'AUX') return null;
    }
    return { end: j + 1, sem: { k: 'md', month, day: null }, type: 'DATE', rule: 'month' };
  }

  // ---- "Monday", "Sunday night", "Monday, Feb. 6", "Fridays"
  private weekdayLed(j: number, w: string): Core | null {
    const t = this.tok(j);
    if (!t || !isCapitalized(t)) return null;
    const dow = this.kb.weekdays.get(w);
    if (!dow) {
      const plural = w.endsWith('s') ? this.kb.weekdays.get(w.slice(0, -1)) : undefined;
      if (plural && w.length > 5) return { end: j + 1, sem: { k: 'set', value: `XXXX-WXX-${plural}` }, type: 'SET', rule: 'weekday-plural' };
      return null;
    }
    let k = j + 1;
    if (this.key(k) === ',') k++;
    const date = this.monthLed(k, this.key(k)) ?? this.numberLed(k, this.key(k));
    if (date && (date.sem.k === 'md' && date.sem.day !== null || date.sem.k === 'abs' && /^\d{4}-\d\d-\d\d$/.test(date.sem.value))) {
      return { ...date, rule: `weekday+${date.rule}` };
    }
    if (w.length <= 4) return null; // "Sun", "Wed" alone are too ambiguous
    return this.withPart(j + 1, { end: j + 1, sem: { k: 'weekday', dow, shift: null }, type: 'DATE', rule: 'weekday' });
  }

  /** "Sunday night", "Monday morning": a part of day makes the expression a TIME. */
  private withPart(k: number, core: Core): Core | null {
    const part = this.kb.partOfDay.get(this.key(k));
    if (part && !this.key(k).endsWith('s')) {
      // "Saturday Night Live": a capitalized run going on is a title, not a time
      const next = this.tok(k + 1);
      if (isCapitalized(this.tok(k)!) && next && next.kind === 'word' && isCapitalized(next)) return null;
      return { ...core, end: k + 1, type: 'TIME', tod: `T${part}`, rule: `${core.rule}+part-of-day` };
    }
    return core;
  }

  // ---- "summer 2016", "autumn of 2016", "in winter"
  private seasonLed(j: number, w: string): Core | null {
    const season = this.kb.seasons.get(w);
    if (!season) return null;
    const yr = this.yearAfter(j + 1);
    if (yr) return { end: yr.end, sem: { k: 'abs', value: `${yr.year}-${season}` }, type: 'DATE', rule: 'season-year' };
    if (this.kb.ambiguousSeasons.has(w) || !this.kb.timePrepositions.has(this.key(j - 1))) return null;
    if (this.kb.units.has(this.key(j + 1))) return null;
    return { end: j + 1, sem: { k: 'season', season, shift: null }, type: 'DATE', rule: 'season' };
  }

  // ---- words: today, yesterday, now, recently, daily, every week, Christmas, fiscal 2013, "for years"
  private wordLed(j: number, w: string): Core | null {
    const d = this.kb.deictic.get(w);
    if (d) {
      const core: Core = { end: j + 1, sem: { k: 'unit', unit: d.unit, shift: d.offset }, type: d.part ? 'TIME' : 'DATE', rule: 'deictic', tod: d.part ? `T${d.part}` : undefined };
      return d.part ? core : this.withPart(j + 1, core);
    }
    const ref = this.phrase(this.kb.references, j);
    // "the future of the party" is a topic, not a time
    if (ref && !(w === 'the' && this.key(j + ref[1]) === 'of')) {
      // "the past" followed by a unit is a span, handled by theLed; here only the bare reference
      return { end: j + ref[1], sem: { k: 'ref', value: ref[0] }, type: 'DATE', rule: 'reference' };
    }
    const hol = this.phrase(this.kb.holidays, j);
    if (hol && isCapitalized(this.tok(j)!)) {
      const yr = this.yearAfter(j + hol[1]);
      const [mo, da] = hol[0].split('-').map(Number);
      return yr
        ? { end: yr.end, sem: { k: 'abs', value: `${yr.year}-${hol[0]}` }, type: 'DATE', rule: 'holiday-year' }
        : { end: j + hol[1], sem: { k: 'md', month: mo, day: da }, type: 'DATE', rule: 'holiday' };
    }
    const set = this.kb.sets.get(w);
    // "weekly" is a recurrence; "Daily" capitalized is usually a name ("the Daily Beast")
    if (set && !isCapitalized(this.tok(j)!)) return { end: j + 1, sem: { k: 'set', value: set }, type: 'SET', rule: 'recurrence-word' };
    if (this.kb.setQuantifiers.has(w) && w !== 'per') {
      let k = j + 1;
      if (this.key(k) === 'other') k++;
      const x = this.key(k);
      const dow = this.kb.weekdays.get(x);
      if (dow && x.length > 4) return { end: k + 1, sem: { k: 'set', value: `XXXX-WXX-${dow}` }, type: 'SET', rule: 'every-weekday' };
      const month = this.kb.months.get(x);
      if (month && x.length > 3) return { end: k + 1, sem: { k: 'set', value: `XXXX-${pad(month)}` }, type: 'SET', rule: 'every-month' };
      const part = this.kb.partOfDay.get(x);
      if (part) return { end: k + 1, sem: { k: 'set', value: `XXXX-XX-XXT${part}` }, type: 'SET', rule: 'every-part-of-day' };
      const season = this.kb.seasons.get(x);
      if (season) return { end: k + 1, sem: { k: 'set', value: `XXXX-${season}` }, type: 'SET', rule: 'every-season' };
      const unit = this.kb.units.get(x);
      const v = unit && SET_OF_UNIT[unit];
      if (v && !x.endsWith('s')) return { end: k + 1, sem: { k: 'set', value: v }, type: 'SET', rule: 'every-unit' };
      // "every two years": the period of the recurrence
      const span = this.countedUnit(k);
      if (span && span.sem.k === 'dur') return { end: span.end, sem: { k: 'set', value: span.sem.value }, type: 'SET', rule: 'every-span' };
      return null;
    }
    if (w === 'fiscal') {
      const yr = this.yearAfter(j + 1);
      if (yr) return { end: yr.end, sem: { k: 'abs', value: String(yr.year) }, type: 'DATE', rule: 'fiscal-year' };
    }
    // "for years", "in decades", "months of talks": an unspecified span
    const unit = this.kb.units.get(w);
    if (unit && w.endsWith('s') && ['D', 'W', 'M', 'Y', 'DE', 'H'].includes(unit)) {
      const prev = this.key(j - 1);
      if (prev === 'for' || prev === 'in' || prev === 'within' || (this.key(j + 1) === 'of' && (prev === '' || !this.kb.relative.has(prev)))) {
        if (j === 0 || this.tok(j - 1)!.kind !== 'number') return { end: j + 1, sem: { k: 'dur', value: durationValue(null, unit) }, type: 'DURATION', rule: 'bare-span' };
      }
    }
    return null;
  }
}

/** A digit, a decade written "'90s", or "mid-2015" / "mid-July". */
function startsLikeNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c === 39 && w.length > 1) || (c === 109 && w.startsWith('mid-'));
}
