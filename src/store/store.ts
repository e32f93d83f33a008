// The corpus store: what `sitrep ingest` writes and what the query commands, the exports and the HTTP API read.
// SQLite (sqlite-store.ts) is the embedded default; a PostgreSQL store implements the same interface and passes
// the same tests (test/store/). Every method is async so a networked store fits.
import type { Analysis, EventPlace, QuoteKind } from '../model/analysis.js';
import type { ArticleRows } from './rows.js';

/** Where an article came from, as the reader names it: "file", "file:line", "feed#item 3 (url)", a URL. */
export type Origin = string;

/** A near-duplicate link: this article is a (syndicated) copy of `original`. */
export interface DuplicateOf {
  original: string;
  /** similarity in [0, 1] (1 - Hamming distance / 64 of the SimHashes) */
  similarity: number;
}

/** One analysed article to store: its Analysis, or the same laid out as rows by articleRows() (rows.ts) where it
 *  was analysed. `fingerprint` is the SimHash of its text (hex, 16 digits). */
export type StoredArticleInput = ({ analysis: Analysis } | { rows: ArticleRows }) & StoredArticleMeta;

export interface StoredArticleMeta {
  origin: Origin | null;
  /** sha1 of the text (hex); an article whose text hash is already stored is a duplicate */
  textHash: string;
  fingerprint: string | null;
  duplicateOf: DuplicateOf | null;
}

export type PutResult = 'new' | 'duplicate' | 'near-duplicate';

/** An input that could not be stored, with the reason (the failures table). */
export interface Failure {
  /** the input file or URL */
  file: string;
  line: number | null;
  reason: string;
  /** ISO timestamp when it was recorded */
  at?: string;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  date: string | null;
  /** the original, when this article is a near-duplicate of another */
  duplicateOf: string | null;
  events: number;
  quotes: number;
}

export interface ArticleRecord extends ArticleSummary {
  origin: Origin | null;
  /** ids of the stored near-duplicates of this article */
  duplicates: string[];
  analysis: Analysis;
}

/** An event row across the corpus: the Analysis event plus its article and duplicate-report counts. */
export interface EventRow {
  /** corpus-wide key: `${articleId}/${eventId}` */
  key: string;
  /** a stable integer id (GDELT GLOBALEVENTID) */
  seq: number;
  articleId: string;
  eventId: string;
  cameo: string;
  /** the CAMEO root (first two digits) */
  root: string;
  plover: string | null;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  date: string | null;
  /** the day it is filed under: its own date (a month or year from its first day), else the article's */
  day: string | null;
  sourceActor: string | null;
  sourceCode: string | null;
  sourceName: string | null;
  targetActor: string | null;
  targetCode: string | null;
  targetName: string | null;
  place: EventPlace | null;
  /** the kind of the place as the article's places layer resolved it (country, region, city, other) */
  placeKind: string | null;
  /** the countries (ISO3) of the source and target actors, when known */
  sourceCountry: string | null;
  targetCountry: string | null;
  /** true when the evidence lies in the article's lead paragraph (GDELT IsRootEvent) */
  lead: boolean;
  /** the evidence: offsets into the article text, and that text */
  start: number;
  end: number;
  text: string;
  rule: string;
  /** the article's publication date and url */
  articleDate: string | null;
  url: string | null;
  /** GDELT counts over the original and its near-duplicate reports */
  numMentions: number;
  numArticles: number;
  numSources: number;
  /** the mean tone of the reporting articles (0 until a tone layer exists) */
  avgTone: number;
  /** when the event was stored (ISO timestamp) */
  added: string;
}

export type EventSort = 'date' | '-date' | 'goldstein' | '-goldstein' | 'mentions' | '-mentions' | 'added';

export interface Page {
  limit?: number;
  offset?: number;
}

export interface EventQuery extends Page {
  /** an actor as source or target: matches actor code prefix (RUS, RUSGOV) or name (case-insensitive) */
  actor?: string;
  source?: string;
  target?: string;
  /** a CAMEO code or root: "16" matches 16x; "163" matches 163x */
  cameo?: string;
  plover?: string;
  quadClass?: 1 | 2 | 3 | 4;
  /** event date range, inclusive, YYYY-MM-DD */
  from?: string;
  to?: string;
  /** place name or country ISO3 */
  place?: string;
  /** words in the evidence text (full-text search) */
  text?: string;
  sort?: EventSort;
  /** include events of near-duplicate articles (they are counted as mentions of the original by default) */
  includeDuplicates?: boolean;
}

export interface QuoteRow {
  key: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speakerActor: string | null;
  speakerName: string | null;
  speakerCode: string | null;
  cue: string | null;
  date: string | null;
  articleDate: string | null;
  url: string | null;
}

export interface QuoteQuery extends Page {
  /** speaker name (case-insensitive substring) or code prefix */
  speaker?: string;
  /** words in the quote (full-text search) */
  text?: string;
  from?: string;
  to?: string;
}

export interface ActorRow {
  /** the actor code when known, else its name */
  key: string;
  code: string | null;
  name: string;
  country: string | null;
  kind: string;
  /** articles that mention it */
  articles: number;
  mentions: number;
  /** events in which it is source or target */
  events: number;
}

export interface ActorQuery extends Page {
  /** name or code (case-insensitive prefix/substring) */
  match?: string;
  kind?: string;
}

export interface Counterpart {
  key: string;
  code: string | null;
  name: string | null;
  /** events with the actor as source and this one as target */
  asTarget: number;
  /** events with this one as source and the actor as target */
  asSource: number;
  events: number;
  meanGoldstein: number;
}

export type Bucket = 'week' | 'month';

export interface TimelinePoint {
  /** YYYY-MM for months, YYYY-Www (ISO week) for weeks */
  period: string;
  events: number;
  /** events per quad class 1..4 */
  quad: [number, number, number, number];
  meanGoldstein: number;
  quotes: number;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  title: string | null;
  date: string | null;
  /** text around the match, with the matched words in [brackets] */
  snippet: string;
  /** for quotes: the offsets in the article text */
  start: number | null;
  end: number | null;
  rank: number;
}

export interface StoreStats {
  articles: number;
  duplicates: number;
  events: number;
  quotes: number;
  actors: number;
  failures: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Store {
  /** True when an article with this id or this text hash is stored. */
  has(idOrHash: string): Promise<boolean>;
  /** Stores analysed articles in one transaction; each is new, an exact duplicate (already stored: nothing
   *  written) or a near-duplicate (stored and linked to its original; its events count as mentions). */
  putMany(items: StoredArticleInput[]): Promise<PutResult[]>;
  put(item: StoredArticleInput): Promise<PutResult>;
  /** SimHash fingerprints of stored originals, for near-duplicate detection on resume. */
  fingerprints(): AsyncIterable<{ id: string; fingerprint: string }>;
  /** Records an input that could not be stored. The same (file, line, reason) is recorded once. */
  putFailures(failures: Failure[]): Promise<void>;
  failures(page?: Page): Promise<Failure[]>;

  article(id: string): Promise<ArticleRecord | null>;
  articles(page?: Page & { from?: string; to?: string }): Promise<ArticleSummary[]>;
  /** Every stored Analysis in store order (exports). */
  analyses(): AsyncIterable<Analysis>;

  events(q?: EventQuery): Promise<EventRow[]>;
  countEvents(q?: EventQuery): Promise<number>;
  /** Every original event, in store order, with its duplicate counts (exports). */
  allEvents(): AsyncIterable<EventRow>;
  quotes(q?: QuoteQuery): Promise<QuoteRow[]>;
  actors(q?: ActorQuery): Promise<ActorRow[]>;
  counterparts(actor: string, page?: Page): Promise<Counterpart[]>;
  timeline(actor: string | null, by: Bucket): Promise<TimelinePoint[]>;
  search(text: string, page?: Page): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;

  close(): Promise<void>;
}
