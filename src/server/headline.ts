// A stand-in title for untitled articles (plain text carries none): the start of the first body paragraph, skipping
// the caption, byline, dateline and related-link lines, so lists show words rather than ids.
import type { Analysis } from '../model/analysis.js';
import type { Store } from '../store/store.js';

const MAX = 100;

export function headline(a: Analysis): string | null {
  const st = a.structure;
  const skip: { start: number; end: number }[] = [...st.related];
  if (st.caption) skip.push(st.caption);
  if (st.byline) skip.push(st.byline);
  const text = a.text;
  for (let i = 0; i < text.length;) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    const line = text.slice(i, j).trim();
    if (line && !skip.some((s) => s.start < j && s.end > i)) {
      return line.length > MAX ? line.slice(0, MAX).replace(/\s+\S*$/, '') + '…' : line;
    }
    i = j + 1;
  }
  return null;
}

/** Fills `headline` on items without a title, from their stored Analyses. */
export async function withHeadlines<T extends { title: string | null }>(store: Store, items: T[], idOf: (t: T) => string): Promise<(T & { headline: string | null })[]> {
  const cache = new Map<string, string | null>();
  const out: (T & { headline: string | null })[] = [];
  for (const item of items) {
    if (item.title) { out.push({ ...item, headline: null }); continue; }
    const id = idOf(item);
    if (!cache.has(id)) {
      const record = await store.article(id);
      cache.set(id, record ? headline(record.analysis) : null);
    }
    out.push({ ...item, headline: cache.get(id)! });
  }
  return out;
}
