// The JSON API, typed with the store's own row types (type-only imports: nothing of the server is bundled).
import type {
  ActorRow, ArticleRecord, ArticleSummary, Bucket, Counterpart, EventRow, QuoteRow, SearchHit, StoreStats, TimelinePoint,
} from '../../src/store/store.js';
import type { Network } from '../../src/server/network.js';

export type { ActorRow, ArticleRecord, ArticleSummary, Bucket, Counterpart, EventRow, QuoteRow, SearchHit, StoreStats, TimelinePoint, Network };

export interface ListPage<T> {
  limit: number;
  offset: number;
  total?: number;
  items: T[];
}

/** Lists add a stand-in title for untitled articles. */
export type Headlined<T> = T & { headline: string | null };

export interface ActorDetail {
  actor: ActorRow;
  by: Bucket;
  timeline: TimelinePoint[];
  counterparts: Counterpart[];
  quotes: QuoteRow[];
}

/** An API failure, carrying the status and the server's message. */
export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export type Params = Record<string, string | number | null | undefined>;

export async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') qs.set(k, String(v));
  const url = `/api/${path}${qs.size ? `?${qs}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const api = {
  stats: () => getJson<StoreStats>('stats'),
  articles: (p: Params) => getJson<ListPage<Headlined<ArticleSummary>>>('articles', p),
  article: (id: string) => getJson<ArticleRecord>(`articles/${encodeURIComponent(id)}`),
  events: (p: Params) => getJson<ListPage<EventRow>>('events', p),
  quotes: (p: Params) => getJson<ListPage<QuoteRow>>('quotes', p),
  actors: (p: Params) => getJson<ListPage<ActorRow>>('actors', p),
  actor: (key: string, p: Params) => getJson<ActorDetail>(`actors/${encodeURIComponent(key)}`, p),
  search: (p: Params) => getJson<ListPage<Headlined<SearchHit>> & { q: string }>('search', p),
  network: (p: Params) => getJson<Network>('network', p),
};
