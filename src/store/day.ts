// The calendar day a record is filed under: its own TIMEX3 date when it names one (a year or month counts from its
// first day), else the article's publication date. Query date ranges and timelines compare these days.
const FULL = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export function dayOf(value: string | null | undefined, articleDate: string | null): string | null {
  if (value) {
    let m = FULL.exec(value);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
    m = MONTH.exec(value);
    if (m) return `${m[1]}-${m[2]}-01`;
    m = YEAR.exec(value);
    if (m) return `${m[1]}-01-01`;
  }
  return articleDate && FULL.test(articleDate) ? articleDate.slice(0, 10) : null;
}

/** Who published it, for GDELT NumSources: the source name, else the host of the URL. */
export function sourceKey(source: string | null, url: string | null): string {
  if (source && source.trim()) return source.trim().toLowerCase();
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
    } catch {
      /* not a URL: fall through */
    }
  }
  return '';
}
