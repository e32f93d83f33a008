// The store's tables as CSV: events, quotes, actors, articles, failures; a header row, then one row per record.
import type { Store } from '../store/store.js';
import { csvRow } from './csv.js';

export const CSV_TABLES = ['events', 'quotes', 'actors', 'articles', 'failures'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const PAGE = 1000;

/** Pages through a paged query until it runs dry. */
async function* paged<T>(fetch: (limit: number, offset: number) => Promise<T[]>): AsyncIterable<T> {
  for (let offset = 0; ; offset += PAGE) {
    const rows = await fetch(PAGE, offset);
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

async function* table<T>(columns: string[], rows: AsyncIterable<T>, values: (r: T) => unknown[]): AsyncIterable<string> {
  yield csvRow(columns);
  for await (const r of rows) yield csvRow(values(r));
}

export function csvTable(store: Store, name: CsvTable): AsyncIterable<string> {
  switch (name) {
    case 'events':
      return table(
        ['key', 'article', 'event', 'day', 'date', 'source_code', 'source_name', 'cameo', 'root', 'plover', 'quad_class',
          'goldstein', 'target_code', 'target_name', 'place', 'place_country', 'lat', 'lon', 'num_mentions', 'num_sources',
          'num_articles', 'start', 'end', 'evidence', 'rule', 'url'],
        store.allEvents(),
        (e) => [e.key, e.articleId, e.eventId, e.day, e.date, e.sourceCode, e.sourceName, e.cameo, e.root, e.plover,
          e.quadClass, e.goldstein, e.targetCode, e.targetName, e.place?.name, e.place?.country, e.place?.lat,
          e.place?.lon, e.numMentions, e.numSources, e.numArticles, e.start, e.end, e.text, e.rule, e.url],
      );
    case 'quotes':
      return table(
        ['key', 'article', 'date', 'speaker_name', 'speaker_code', 'kind', 'cue', 'start', 'end', 'quote', 'url'],
        paged((limit, offset) => store.quotes({ limit, offset })),
        (q) => [q.key, q.articleId, q.date ?? q.articleDate, q.speakerName, q.speakerCode, q.kind, q.cue, q.start, q.end, q.text, q.url],
      );
    case 'actors':
      return table(
        ['key', 'code', 'name', 'kind', 'country', 'articles', 'mentions', 'events'],
        paged((limit, offset) => store.actors({ limit, offset })),
        (a) => [a.key, a.code, a.name, a.kind, a.country, a.articles, a.mentions, a.events],
      );
    case 'articles':
      return table(
        ['id', 'title', 'date', 'url', 'source', 'duplicate_of', 'events', 'quotes'],
        paged((limit, offset) => store.articles({ limit, offset })),
        (a) => [a.id, a.title, a.date, a.url, a.source, a.duplicateOf, a.events, a.quotes],
      );
    case 'failures':
      return table(
        ['file', 'line', 'reason', 'at'],
        paged((limit, offset) => store.failures({ limit, offset })),
        (f) => [f.file, f.line, f.reason, f.at],
      );
  }
}
