// RSS 2.0, RSS 1.0 (RDF) and Atom feeds to items: title, link, date, author and the item's HTML or text content.
import { XMLParser } from 'fast-xml-parser';
import { normalizeDate } from './dates.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  date: string | null;
  author: string | null;
  /** The fullest content the feed carries (content:encoded, Atom content, else description/summary), as HTML. */
  html: string | null;
  guid: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator'].includes(name),
});

/** The text of an XML node as fast-xml-parser gives it: a string, or an object with #text. */
function text(v: unknown): string | null {
  if (v == null) return null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Record<string, unknown>)['#text']);
  const s = String(v).trim();
  return s || null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return text(links);
  const pick = links.find((l) => l && typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate')) ?? links[0];
  if (pick && typeof pick === 'object') return (pick['@_href'] as string | undefined) ?? text(pick);
  return text(pick);
}

function authorName(v: unknown): string | null {
  if (Array.isArray(v)) return authorName(v[0]);
  if (v && typeof v === 'object' && 'name' in (v as object)) return text((v as Record<string, unknown>).name);
  return text(v);
}

/** Parses a feed, or returns the reason it is not one. */
export function parseFeed(xml: string): Feed | string {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    return `malformed XML: ${(e as Error).message.split('\n')[0]}`;
  }
  const rss = doc.rss?.channel ?? doc['rdf:RDF'];
  if (rss) {
    const channel = doc.rss?.channel ?? doc['rdf:RDF'].channel;
    const rawItems: any[] = doc.rss ? rss.item ?? [] : doc['rdf:RDF'].item ?? [];
    return {
      title: text(channel?.title),
      items: rawItems.map((it) => ({
        title: text(it.title),
        link: text(it.link),
        date: normalizeDate(text(it.pubDate) ?? text(it['dc:date']) ?? text(it.published)),
        author: text(it['dc:creator']) ?? text(it.author),
        html: text(it['content:encoded']) ?? text(it.description),
        guid: text(it.guid) ?? text(it['@_rdf:about']),
      })),
    };
  }
  if (doc.feed) {
    const entries: any[] = doc.feed.entry ?? [];
    return {
      title: text(doc.feed.title),
      items: entries.map((e) => ({
        title: text(e.title),
        link: atomLink(e.link),
        date: normalizeDate(text(e.published) ?? text(e.updated)),
        author: authorName(e.author),
        html: text(e.content) ?? text(e.summary),
        guid: text(e.id),
      })),
    };
  }
  return 'not an RSS or Atom feed';
}
