// Page metadata read before extraction (Readability changes the document): title, publication date, author,
// canonical URL, site name. Each comes from the most specific source found: meta tags (Open Graph, article:*,
// Dublin Core, Parse.ly, itemprop), JSON-LD, <time datetime>, then the URL.
import { normalizeDate, dateFromUrl } from './dates.js';
import type { ExtractionRules } from './extraction-rules.js';

export interface PageMeta {
  title: string | null;
  date: string | null;
  author: string | null;
  url: string | null;
  siteName: string | null;
}

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** The content of the first <meta> whose name, property or itemprop is one of `keys` (in order of preference). */
function metaContent(doc: any, keys: string[]): string | null {
  const found = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && content.trim() && !found.has(key)) found.set(key, content);
  }
  for (const k of keys) if (found.has(k)) return found.get(k)!;
  return null;
}

/** Objects of the page's JSON-LD blocks, @graph members included; unparseable blocks are ignored. */
function jsonLd(doc: any): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const g = (v as Record<string, unknown>)['@graph'];
      if (g) add(g);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try { add(JSON.parse(s.textContent ?? '')); } catch { /* a broken block says nothing */ }
  }
  return out;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting|NewsArticle/i;

function ldName(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return ldName((v as Record<string, unknown>).name);
  return null;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try { return new URL(href.trim(), base ?? undefined).href; } catch { return null; }
}

export function pageMeta(doc: any, pageUrl: string | null, rules: ExtractionRules): PageMeta {
  const ld = jsonLd(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? ld.find((o) => o.datePublished) ?? null;

  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  const url = resolveUrl(canonicalHref, pageUrl) ?? pageUrl;

  const title =
    clean(metaContent(doc, rules.titleMetaKeys)) ??
    (article ? clean(String(article.headline ?? '')) : null) ??
    clean(doc.querySelector('h1')?.textContent) ??
    clean(doc.querySelector('title')?.textContent);

  let stamp = metaContent(doc, rules.dateMetaKeys);
  if (!normalizeDate(stamp) && article) stamp = String(article.datePublished ?? article.dateCreated ?? '');
  if (!normalizeDate(stamp)) {
    const t = doc.querySelector('time[pubdate]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
    stamp = t?.getAttribute('datetime') ?? null;
  }
  let date = normalizeDate(stamp);
  const urlDate = dateFromUrl(url) ?? dateFromUrl(pageUrl);
  // Timestamps are often given in UTC (or with no zone) while the publisher's own day, the one its URL carries,
  // is a day off: "2019-11-19T02:34:30Z" for a story the site files under /2019/11/18/. The local day wins.
  if (date && urlDate && date !== urlDate && stamp && /\d[T ]\d{1,2}:\d{2}/.test(stamp) && !/[+-](?!00:?00)\d{2}:?\d{2}\s*$/.test(stamp) &&
      Math.abs(Date.parse(date) - Date.parse(urlDate)) <= 86400000) date = urlDate;
  if (!date) date = urlDate;

  let author = article ? ldName(article.author) : null;
  if (!author) {
    const a = metaContent(doc, rules.authorMetaKeys);
    if (a && !/^https?:/i.test(a)) author = clean(a.replace(/^by\s+/i, ''));
  }
  if (!author) author = clean(doc.querySelector('[rel="author"]')?.textContent);

  const siteName =
    clean(metaContent(doc, rules.siteMetaKeys)?.replace(/^@/, '')) ??
    (article ? ldName(article.publisher) : null);

  return { title, date, author, url, siteName };
}
