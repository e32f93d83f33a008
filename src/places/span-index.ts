// Spans sorted by start, for "does any span overlap this one?" without scanning them all for every candidate
// (a story has hundreds of person mentions and times, and as many place candidates).

export interface Spanned {
  start: number;
  end: number;
}

export class SpanIndex<T extends Spanned> {
  private readonly spans: T[];
  private readonly maxLength: number;

  constructor(spans: Iterable<T>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = 0;
    for (const s of this.spans) max = Math.max(max, s.end - s.start);
    this.maxLength = max;
  }

  /** Whether some span overlapping [start, end) satisfies the test (every overlapping span is tried). */
  some(start: number, end: number, test: (s: T) => boolean): boolean {
    const { spans } = this;
    // spans that overlap start after start - maxLength: binary search for the first such one
    const from = start - this.maxLength;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid].start <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < spans.length && spans[k].start < end; k++) {
      const s = spans[k];
      if (s.end > start && test(s)) return true;
    }
    return false;
  }
}
