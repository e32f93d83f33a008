// The embedded corpus store: SQLite through better-sqlite3, in WAL mode (readers such as `sitrep serve` work while
// an ingest writes). Every statement is prepared once and parameterized; a batch of articles is one transaction,
// so a kill -9 leaves either the whole batch or none of it.
import Database from 'better-sqlite3';
import type { Analysis } from '../model/analysis.js';
import { BACKFILL_AGGREGATES, SCHEMA, SCHEMA_VERSION } from './sqlite-schema.js';
import { articleRows, ROW_WIDTH } from './rows.js';
import { ftsQuery } from './fts.js';
import type {
  ActorQuery, ActorRow, ArticleRecord, ArticleSummary, Bucket, Counterpart, EventQuery, EventRow, Failure, Page,
  PutResult, QuoteQuery, QuoteRow, SearchHit, Store, StoredArticleInput, StoreStats, TimelinePoint,
} from './store.js';

type Row = Record<string, any>;
type Stmt = Database.Statement<unknown[], Row>;

const DEFAULT_LIMIT = 100;

/** The kind the places layer gave an event's place in the same article. */
const PLACE_KIND = `(SELECT p.kind FROM places p WHERE p.article = e.article AND p.name = e.place_name LIMIT 1) AS place_kind`;

function limitOf(p: Page | undefined): [number, number] {
  const limit = p?.limit != null && p.limit >= 0 ? Math.floor(p.limit) : DEFAULT_LIMIT;
  const offset = p?.offset != null && p.offset >= 0 ? Math.floor(p.offset) : 0;
  return [limit, offset];
}

/** A GLOB prefix pattern for a code, with GLOB's own metacharacters removed from the user's text. */
function codePrefix(v: string): string {
  return v.toUpperCase().replace(/[*?[\]]/g, '') + '*';
}

/** A LIKE substring pattern, with LIKE's metacharacters escaped (ESCAPE '\'). */
function likeAny(v: string): string {
  return '%' + v.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

/** An actor filter: code prefix (RUS, RUSGOV) or name substring, case-insensitive. */
function actorMatch(codeCol: string, nameCol: string, v: string, params: unknown[]): string {
  params.push(codePrefix(v), likeAny(v));
  return `(${codeCol} GLOB ? OR ${nameCol} LIKE ? ESCAPE '\\')`;
}

/** The same filter on an event argument, narrowed first to the argument keys that can match (`keys`, a JSON array
 *  from argumentKeys()), so SQLite reads the few events of those keys through an index instead of testing every
 *  row's name; the match itself stays exact. */
function argumentMatch(side: 'src' | 'tgt', alias: string, v: string, keys: string, params: unknown[]): string {
  params.push(keys);
  const match = actorMatch(`${alias}${side}_code`, `${alias}${side}_name`, v, params);
  return `(${alias}${side}_key IN (SELECT value FROM json_each(?)) AND ${match})`;
}

/** After a batch that at least doubled the events since the last ANALYZE (and past this many), the planner's
 *  statistics are refreshed: without them SQLite picks poor indexes for the filters (pages 2-3x slower). */
const ANALYZE_FROM = 1000;

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface SqliteStoreOptions {
  readonly?: boolean;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly s: Record<string, Stmt> = {};

  constructor(readonly file: string, opts: SqliteStoreOptions = {}) {
    this.db = new Database(file, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    this.db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      // WAL + NORMAL survives a killed process (not a power cut) and keeps commits cheap.
      this.db.pragma('synchronous = NORMAL');
      // checkpoint the WAL into the database every ~16 MB rather than every 4 MB: fewer, larger checkpoints
      this.db.pragma('wal_autocheckpoint = 4000');
      this.db.exec(SCHEMA);
      const v = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as Row | undefined;
      if (!v) this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
      else if (Number(v.value) !== SCHEMA_VERSION) {
        throw new Error(`${file}: store schema version ${v.value}, this sitrep writes version ${SCHEMA_VERSION}`);
      }
      this.backfillAggregates();
    }
  }

  /** A store written before the aggregate tables existed gets them filled once. */
  private backfillAggregates(): void {
    if (this.db.prepare('SELECT 1 FROM meta WHERE key = ?').get('aggregates')) return;
    this.db.transaction(() => {
      this.db.exec(BACKFILL_AGGREGATES);
      this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('aggregates', '1');
    })();
  }

  /** Refreshes the planner statistics when the events have at least doubled since they were last gathered.
   *  Doubling keeps the total work linear in the store's size however it is fed. */
  private analyzeIfGrown(): void {
    const events = (this.stmt('SELECT COALESCE(MAX(seq), 0) AS n FROM events').get() as Row).n as number;
    const last = Number((this.stmt('SELECT value FROM meta WHERE key = ?').get('analyzed_events') as Row | undefined)?.value ?? 0);
    if (events < ANALYZE_FROM || events < 2 * last) return;
    this.db.exec('ANALYZE');
    this.stmt('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('analyzed_events', String(events));
  }

  /** The keys of event sources and targets whose code starts with `v` or whose name contains it, as a JSON array. */
  private argumentKeys(v: string): string {
    const rows = this.stmt(
      `SELECT DISTINCT key FROM event_args WHERE code GLOB ? OR name LIKE ? ESCAPE '\\'`,
    ).all(codePrefix(v), likeAny(v)) as Row[];
    return JSON.stringify(rows.map((r) => r.key));
  }

  private stmt(sql: string): Stmt {
    return (this.s[sql] ??= this.db.prepare(sql) as Stmt);
  }

  // ---- writing ----

  async has(idOrHash: string): Promise<boolean> {
    return this.hasSync(idOrHash);
  }

  hasSync(idOrHash: string): boolean {
    return !!this.stmt('SELECT 1 FROM articles WHERE id = ? OR text_hash = ?').get(idOrHash, idOrHash);
  }

  async put(item: StoredArticleInput): Promise<PutResult> {
    return (await this.putMany([item]))[0];
  }

  async putMany(items: StoredArticleInput[]): Promise<PutResult[]> {
    const results = this.db.transaction((list: StoredArticleInput[]) => {
      const from = this.lastSeqs();
      const put = list.map((it) => this.putOne(it, now()));
      this.indexText(from);
      return put;
    })(items);
    this.analyzeIfGrown();
    return results;
  }

  private lastSeqs(): { articles: number; quotes: number; events: number } {
    const last = (t: string) => (this.stmt(`SELECT COALESCE(MAX(seq), 0) AS n FROM ${t}`).get() as Row).n as number;
    return { articles: last('articles'), quotes: last('quotes'), events: last('events') };
  }

  /** The full-text rows of what the transaction wrote since `from`, one statement a table, last. A statement writing
   *  several rows opens a savepoint, at which every FTS5 table written so far in the transaction writes out a
   *  segment: with the FTS5 tables written last, each writes one segment a transaction (as at the commit) and the
   *  other tables may take several rows a statement. */
  private indexText(from: { articles: number; quotes: number; events: number }): void {
    this.stmt('INSERT INTO quotes_fts (rowid, text) SELECT seq, text FROM quotes WHERE seq > ?').run(from.quotes);
    this.stmt('INSERT INTO events_fts (rowid, text) SELECT seq, text FROM events WHERE seq > ?').run(from.events);
    this.stmt(`INSERT INTO articles_fts (rowid, title, text) SELECT seq, COALESCE(title, ''), text FROM articles WHERE seq > ?`)
      .run(from.articles);
  }

  private putOne(item: StoredArticleInput, added: string): PutResult {
    // the rows, laid out where the article was analysed when the caller had them built there
    const a = 'rows' in item ? item.rows : articleRows(item.analysis);
    if (this.stmt('SELECT 1 FROM articles WHERE id = ? OR text_hash = ?').get(a.id, item.textHash)) return 'duplicate';
    let original: Row | undefined;
    if (item.duplicateOf) {
      original = this.stmt('SELECT seq, duplicate_of FROM articles WHERE id = ?').get(item.duplicateOf.original);
      // a copy of a copy is linked to the first report
      if (original?.duplicate_of != null) original = { seq: original.duplicate_of };
    }
    const info = this.stmt(
      `INSERT INTO articles (id, text_hash, title, url, source, source_key, date, date_source, text, origin,
         fingerprint, duplicate_of, similarity, n_events, n_quotes, added)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      a.id, item.textHash, a.title, a.url, a.source, a.sourceKey, a.date, a.dateSource, a.text,
      item.origin, item.fingerprint,
      original ? original.seq : null, original ? item.duplicateOf!.similarity : null,
      a.events, a.quotes, added,
    );
    const seq = Number(info.lastInsertRowid);
    // the text and the JSON may come as UTF-8 bytes (rows.ts): CAST stores them as the text they are
    this.stmt('INSERT INTO analyses (article, json) VALUES (?, CAST(? AS TEXT))').run(seq, a.json);

    // One row a statement from bound values: SQLite reading rows out of one JSON value (json_each) costs more than
    // binding them one by one.
    const addActor = this.stmt(
      'INSERT OR IGNORE INTO actors (article, actor_id, key, name, code, country, kind, n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const ac = a.actorRows;
    // an actor id repeated inside one Analysis: its first row stands, and its group counts it once
    for (let i = 0; i < ac.length; i += ROW_WIDTH.actors) {
      addActor.run(seq, ac[i], ac[i + 1], ac[i + 2], ac[i + 3], ac[i + 4], ac[i + 5], ac[i + 6]);
    }
    // the groups of the rows that stood, from the rows themselves: one statement, nothing bound twice
    this.stmt(
      `INSERT INTO actor_groups (key, name, code, country, kind, articles, mentions)
       SELECT key, name, COALESCE(code, ''), COALESCE(country, ''), kind, 1, n_mentions FROM actors WHERE article = ?
       ON CONFLICT DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions`,
    ).run(seq);
    const addMention = this.stmt('INSERT INTO mentions (article, actor_id, start, "end", text) VALUES (?, ?, ?, ?, ?)');
    const m = a.mentionRows;
    for (let i = 0; i < m.length; i += ROW_WIDTH.mentions) addMention.run(seq, m[i], m[i + 1], m[i + 2], m[i + 3]);
    const addTime = this.stmt('INSERT INTO times (article, start, "end", text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const t = a.timeRows;
    for (let i = 0; i < t.length; i += ROW_WIDTH.times) addTime.run(seq, t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4], t[i + 5]);
    const addPlace = this.stmt(
      'INSERT INTO places (article, start, "end", text, name, country, lat, lon, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const p = a.placeRows;
    for (let i = 0; i < p.length; i += ROW_WIDTH.places) {
      addPlace.run(seq, p[i], p[i + 1], p[i + 2], p[i + 3], p[i + 4], p[i + 5], p[i + 6], p[i + 7]);
    }
    const addQuote = this.stmt(
      `INSERT INTO quotes (article, start, "end", text, kind, speaker_actor, speaker_name, speaker_code, speaker_start,
         speaker_end, cue, cue_start, cue_end, date, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const q = a.quoteRows;
    for (let i = 0; i < q.length; i += ROW_WIDTH.quotes) {
      addQuote.run(
        seq, q[i], q[i + 1], q[i + 2], q[i + 3], q[i + 4], q[i + 5], q[i + 6], q[i + 7], q[i + 8], q[i + 9], q[i + 10],
        q[i + 11], q[i + 12], q[i + 13],
      );
    }

    const addEvent = this.stmt(
      `INSERT INTO events (article, event_id, start, "end", text, cameo, root, plover, quad, goldstein, date, day,
         src_actor, src_code, src_name, src_key, src_country, tgt_actor, tgt_code, tgt_name, tgt_key, tgt_country,
         lead, place_name, place_country, place_lat, place_lon, rule, dup, original, added)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const addArg = this.stmt('INSERT OR IGNORE INTO event_args (key, code, name) VALUES (?, ?, ?)');
    const countEvent = this.stmt(
      'INSERT INTO actor_events (key, events) VALUES (?, 1) ON CONFLICT DO UPDATE SET events = events + 1',
    );
    const originalEvents: Row[] = original
      ? this.stmt('SELECT seq, cameo, src_code, tgt_code FROM events WHERE article = ? AND dup = 0 ORDER BY seq').all(original.seq)
      : [];
    const matched = new Map<number, number>();
    for (const e of a.eventRows) {
      const [, , , , cameo, , , , , , , , srcCode, srcName, srcKey, , , tgtCode, tgtName, tgtKey] = e;
      let repeats: number | null = null;
      if (original) {
        const hit = originalEvents.find((o) => o.cameo === cameo && o.src_code === srcCode && o.tgt_code === tgtCode);
        if (hit) { repeats = hit.seq; matched.set(hit.seq, (matched.get(hit.seq) ?? 0) + 1); }
      }
      addEvent.run(seq, ...e, original ? 1 : 0, repeats, added);
      if (srcKey != null) addArg.run(srcKey, srcCode ?? '', srcName ?? '');
      if (tgtKey != null) addArg.run(tgtKey, tgtCode ?? '', tgtName ?? '');
      if (!original) {
        if (srcKey != null) countEvent.run(srcKey);
        if (tgtKey != null && tgtKey !== srcKey) countEvent.run(tgtKey);
      }
    }
    if (original) {
      // GDELT counts over duplicate reports: the copy is one more article (and perhaps one more source) for every
      // event of the original, and one more mention of it (more when the copy codes the event again).
      const sources = this.stmt(
        'SELECT COUNT(DISTINCT source_key) AS n FROM articles WHERE seq = ? OR duplicate_of = ?',
      ).get(original.seq, original.seq)!.n as number;
      const bump = this.stmt(
        'UPDATE events SET num_articles = num_articles + 1, num_mentions = num_mentions + ?, num_sources = ? WHERE seq = ?',
      );
      for (const o of originalEvents) bump.run(matched.get(o.seq) ?? 1, Math.max(1, sources), o.seq);
    }
    return original ? 'near-duplicate' : 'new';
  }

  async *fingerprints(): AsyncIterable<{ id: string; fingerprint: string }> {
    const rows = this.db.prepare(
      'SELECT id, fingerprint FROM articles WHERE duplicate_of IS NULL AND fingerprint IS NOT NULL ORDER BY seq',
    ).all() as Row[];
    for (const r of rows) yield { id: r.id, fingerprint: r.fingerprint };
  }

  async putFailures(failures: Failure[]): Promise<void> {
    const add = this.stmt('INSERT OR IGNORE INTO failures (file, line, reason, at) VALUES (?, ?, ?, ?)');
    const at = now();
    this.db.transaction(() => { for (const f of failures) add.run(f.file, f.line ?? 0, f.reason, f.at ?? at); })();
  }

  async failures(page?: Page): Promise<Failure[]> {
    const [limit, offset] = limitOf(page);
    return this.stmt('SELECT file, line, reason, at FROM failures ORDER BY seq LIMIT ? OFFSET ?')
      .all(limit, offset)
      .map((r) => ({ file: r.file, line: r.line || null, reason: r.reason, at: r.at }));
  }

  // ---- reading ----

  private summary(r: Row): ArticleSummary {
    return {
      id: r.id, title: r.title, url: r.url, source: r.source, date: r.date, duplicateOf: r.dup_id ?? null,
      events: r.n_events, quotes: r.n_quotes,
    };
  }

  async article(id: string): Promise<ArticleRecord | null> {
    const r = this.stmt(
      `SELECT a.*, d.id AS dup_id, n.json FROM articles a LEFT JOIN articles d ON d.seq = a.duplicate_of
       JOIN analyses n ON n.article = a.seq WHERE a.id = ?`,
    ).get(id);
    if (!r) return null;
    const analysis = JSON.parse(r.json) as Analysis;
    analysis.text = r.text;
    const duplicates = this.stmt('SELECT id FROM articles WHERE duplicate_of = ? ORDER BY seq').all(r.seq).map((d) => d.id as string);
    return {
      ...this.summary(r),
      origin: r.origin,
      duplicates,
      analysis,
    };
  }

  async articles(page: Page & { from?: string; to?: string } = {}): Promise<ArticleSummary[]> {
    const [limit, offset] = limitOf(page);
    const where: string[] = [];
    const params: unknown[] = [];
    if (page.from) { where.push('a.date >= ?'); params.push(page.from); }
    if (page.to) { where.push('a.date <= ?'); params.push(page.to); }
    return this.db.prepare(
      `SELECT a.id, a.title, a.url, a.source, a.date, a.n_events, a.n_quotes, d.id AS dup_id FROM articles a
       LEFT JOIN articles d ON d.seq = a.duplicate_of ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY a.seq LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset).map((r) => this.summary(r as Row));
  }

  async *analyses(): AsyncIterable<Analysis> {
    const it = this.db.prepare('SELECT a.text, n.json FROM articles a JOIN analyses n ON n.article = a.seq ORDER BY a.seq')
      .iterate() as IterableIterator<Row>;
    for (const r of it) {
      const analysis = JSON.parse(r.json) as Analysis;
      analysis.text = r.text;
      yield analysis;
    }
  }

  private eventWhere(q: EventQuery, params: unknown[]): string {
    const w: string[] = [];
    if (!q.includeDuplicates) w.push('e.dup = 0');
    if (q.actor) {
      const keys = this.argumentKeys(q.actor);
      w.push(`(${argumentMatch('src', 'e.', q.actor, keys, params)} OR ${argumentMatch('tgt', 'e.', q.actor, keys, params)})`);
    }
    if (q.source) w.push(argumentMatch('src', 'e.', q.source, this.argumentKeys(q.source), params));
    if (q.target) w.push(argumentMatch('tgt', 'e.', q.target, this.argumentKeys(q.target), params));
    if (q.cameo) {
      const code = q.cameo.replace(/[^0-9A-Za-z]/g, '');
      // a root is a column of its own (indexed with dup and day); a longer code is a prefix of the code
      if (code.length === 2) { w.push('e.root = ?'); params.push(code); }
      else { w.push('e.cameo GLOB ?'); params.push(code + '*'); }
    }
    if (q.plover) { w.push('e.plover = ? COLLATE NOCASE'); params.push(q.plover); }
    if (q.quadClass) { w.push('e.quad = ?'); params.push(q.quadClass); }
    if (q.from) { w.push('e.day >= ?'); params.push(q.from); }
    if (q.to) { w.push('e.day <= ?'); params.push(q.to); }
    if (q.place) {
      w.push(`(e.place_country = ? OR e.place_name LIKE ? ESCAPE '\\')`);
      params.push(q.place.toUpperCase(), likeAny(q.place));
    }
    if (q.text) {
      const m = ftsQuery(q.text);
      if (m) { w.push('e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)'); params.push(m); }
    }
    return w.length ? 'WHERE ' + w.join(' AND ') : '';
  }

  async events(q: EventQuery = {}): Promise<EventRow[]> {
    const params: unknown[] = [];
    const where = this.eventWhere(q, params);
    const order = {
      date: 'e.day, e.seq', '-date': 'e.day DESC, e.seq DESC', goldstein: 'e.goldstein, e.seq',
      '-goldstein': 'e.goldstein DESC, e.seq DESC', mentions: 'e.num_mentions, e.seq', '-mentions': 'e.num_mentions DESC, e.seq',
      added: 'e.seq',
    }[q.sort ?? 'added'] ?? 'e.seq';
    const [limit, offset] = limitOf(q);
    // The page's events are chosen first (from an index where one covers the filter and order), then only those
    // are read whole and joined: a sort never carries thousands of full rows.
    return this.db.prepare(
      `SELECT e.*, a.id AS article_id, a.date AS article_date, a.url, ${PLACE_KIND}
       FROM (SELECT e.seq FROM events e ${where} ORDER BY ${order} LIMIT ? OFFSET ?) AS page
       JOIN events e ON e.seq = page.seq JOIN articles a ON a.seq = e.article ORDER BY ${order}`,
    ).all(...params, limit, offset).map((r) => eventRow(r as Row));
  }

  async countEvents(q: EventQuery = {}): Promise<number> {
    const params: unknown[] = [];
    const where = this.eventWhere(q, params);
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM events e ${where}`).get(...params) as Row).n;
  }

  async *allEvents(): AsyncIterable<EventRow> {
    const it = this.db.prepare(
      `SELECT e.*, a.id AS article_id, a.date AS article_date, a.url, ${PLACE_KIND} FROM events e JOIN articles a ON a.seq = e.article
       WHERE e.dup = 0 ORDER BY e.seq`,
    ).iterate() as IterableIterator<Row>;
    for (const r of it) yield eventRow(r);
  }

  async quotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const w: string[] = [];
    const params: unknown[] = [];
    if (q.speaker) w.push(actorMatch('q.speaker_code', 'q.speaker_name', q.speaker, params));
    if (q.text) {
      const m = ftsQuery(q.text);
      if (m) { w.push('q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)'); params.push(m); }
    }
    if (q.from) { w.push('q.day >= ?'); params.push(q.from); }
    if (q.to) { w.push('q.day <= ?'); params.push(q.to); }
    const [limit, offset] = limitOf(q);
    return this.db.prepare(
      `SELECT q.*, a.id AS article_id, a.date AS article_date, a.url FROM quotes q JOIN articles a ON a.seq = q.article
       ${w.length ? 'WHERE ' + w.join(' AND ') : ''} ORDER BY q.seq LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset).map((r: any) => ({
      key: `${r.article_id}/q${r.start}`, articleId: r.article_id, start: r.start, end: r.end, text: r.text,
      kind: r.kind, speakerActor: r.speaker_actor, speakerName: r.speaker_name, speakerCode: r.speaker_code,
      cue: r.cue, date: r.date, articleDate: r.article_date, url: r.url,
    }));
  }

  async actors(q: ActorQuery = {}): Promise<ActorRow[]> {
    const w: string[] = [];
    const params: unknown[] = [];
    if (q.match) w.push(actorMatch('x.code', 'x.name', q.match, params));
    if (q.kind) { w.push('x.kind = ?'); params.push(q.kind); }
    const [limit, offset] = limitOf(q);
    // Over actor_groups (the actors rows grouped, with their counts) and actor_events: the same sums as over every
    // actor and event row, at the cost of a few rows per actor.
    return this.db.prepare(
      `SELECT x.key, NULLIF(MAX(x.code), '') AS code,
         (SELECT y.name FROM actor_groups y WHERE y.key = x.key GROUP BY y.name ORDER BY SUM(y.mentions) DESC, y.name LIMIT 1) AS name,
         NULLIF(MAX(x.country), '') AS country,
         (SELECT y.kind FROM actor_groups y WHERE y.key = x.key GROUP BY y.kind ORDER BY SUM(y.articles) DESC, y.kind LIMIT 1) AS kind,
         SUM(x.articles) AS articles, SUM(x.mentions) AS mentions,
         COALESCE((SELECT n.events FROM actor_events n WHERE n.key = x.key), 0) AS events
       FROM actor_groups x ${w.length ? 'WHERE ' + w.join(' AND ') : ''}
       GROUP BY x.key ORDER BY mentions DESC, x.key LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset).map((r: any) => ({
      key: r.key, code: r.code, name: r.name, country: r.country, kind: r.kind, articles: r.articles,
      mentions: r.mentions, events: r.events,
    }));
  }

  async counterparts(actor: string, page?: Page): Promise<Counterpart[]> {
    const params: unknown[] = [];
    const keys = this.argumentKeys(actor);
    const asSrc = argumentMatch('src', '', actor, keys, params);
    const asTgt = argumentMatch('tgt', '', actor, keys, params);
    const [limit, offset] = limitOf(page);
    return this.db.prepare(
      `SELECT other AS key, MAX(code) AS code, MAX(name) AS name, SUM(t) AS as_target, SUM(s) AS as_source,
         COUNT(*) AS events, AVG(goldstein) AS mean
       FROM (SELECT tgt_key AS other, tgt_code AS code, tgt_name AS name, 1 AS t, 0 AS s, goldstein FROM events
               WHERE dup = 0 AND tgt_key IS NOT NULL AND ${asSrc}
             UNION ALL
             SELECT src_key, src_code, src_name, 0, 1, goldstein FROM events
               WHERE dup = 0 AND src_key IS NOT NULL AND ${asTgt})
       GROUP BY other ORDER BY events DESC, other LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset).map((r: any) => ({
      key: r.key, code: r.code, name: r.name, asTarget: r.as_target, asSource: r.as_source, events: r.events,
      meanGoldstein: round(r.mean),
    }));
  }

  async timeline(actor: string | null, by: Bucket): Promise<TimelinePoint[]> {
    const period = by === 'week' ? `strftime('%G-W%V', day)` : 'substr(day, 1, 7)';
    const ep: unknown[] = [];
    const keys = actor ? this.argumentKeys(actor) : '[]';
    const ew = actor
      ? `AND (${argumentMatch('src', '', actor, keys, ep)} OR ${argumentMatch('tgt', '', actor, keys, ep)})`
      : '';
    const events = this.db.prepare(
      `SELECT ${period} AS p, COUNT(*) AS n, SUM(quad = 1) AS q1, SUM(quad = 2) AS q2, SUM(quad = 3) AS q3,
         SUM(quad = 4) AS q4, AVG(goldstein) AS g
       FROM events WHERE dup = 0 AND day IS NOT NULL ${ew} GROUP BY p`,
    ).all(...ep) as Row[];
    const qp: unknown[] = [];
    const qw = actor ? `AND ${actorMatch('speaker_code', 'speaker_name', actor, qp)}` : '';
    const quotes = this.db.prepare(
      `SELECT ${period} AS p, COUNT(*) AS n FROM quotes WHERE day IS NOT NULL ${qw} GROUP BY p`,
    ).all(...qp) as Row[];
    const points = new Map<string, TimelinePoint>();
    const point = (p: string) => {
      let t = points.get(p);
      if (!t) points.set(p, (t = { period: p, events: 0, quad: [0, 0, 0, 0], meanGoldstein: 0, quotes: 0 }));
      return t;
    };
    for (const r of events) {
      const t = point(r.p);
      t.events = r.n;
      t.quad = [r.q1, r.q2, r.q3, r.q4];
      t.meanGoldstein = round(r.g);
    }
    for (const r of quotes) point(r.p).quotes = r.n;
    return [...points.values()].sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0));
  }

  async search(text: string, page?: Page): Promise<SearchHit[]> {
    const m = ftsQuery(text);
    if (!m) return [];
    const [limit, offset] = limitOf(page);
    return this.db.prepare(
      `SELECT * FROM (
         SELECT 'article' AS kind, a.id, a.title, a.date, snippet(articles_fts, 1, '[', ']', '…', 16) AS snip,
                NULL AS start, NULL AS "end", bm25(articles_fts) AS rank
           FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?
         UNION ALL
         SELECT 'quote', a.id, a.title, a.date, snippet(quotes_fts, 0, '[', ']', '…', 16), q.start, q."end",
                bm25(quotes_fts)
           FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN articles a ON a.seq = q.article
           WHERE quotes_fts MATCH ?)
       ORDER BY rank, id LIMIT ? OFFSET ?`,
    ).all(m, m, limit, offset).map((r: any) => ({
      kind: r.kind, articleId: r.id, title: r.title, date: r.date, snippet: r.snip, start: r.start, end: r.end,
      rank: r.rank,
    }));
  }

  async stats(): Promise<StoreStats> {
    const r = this.db.prepare(
      `SELECT (SELECT COUNT(*) FROM articles) AS articles,
              (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
              (SELECT COUNT(*) FROM events WHERE dup = 0) AS events,
              (SELECT COUNT(*) FROM quotes) AS quotes,
              (SELECT COUNT(DISTINCT key) FROM actors) AS actors,
              (SELECT COUNT(*) FROM failures) AS failures,
              (SELECT MIN(date) FROM articles) AS first, (SELECT MAX(date) FROM articles) AS last`,
    ).get() as Row;
    return {
      articles: r.articles, duplicates: r.duplicates, events: r.events, quotes: r.quotes, actors: r.actors,
      failures: r.failures, firstDate: r.first, lastDate: r.last,
    };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // cheap unless this connection's queries showed statistics worth refreshing
    if (!this.db.readonly) this.db.pragma('optimize');
    this.db.close();
  }
}

function round(x: number | null): number {
  return x == null ? 0 : Math.round(x * 100) / 100;
}

function eventRow(r: Row): EventRow {
  return {
    key: `${r.article_id}/${r.event_id}`, seq: r.seq, articleId: r.article_id, eventId: r.event_id, cameo: r.cameo,
    root: r.root, plover: r.plover, quadClass: r.quad, goldstein: r.goldstein, date: r.date, day: r.day,
    sourceActor: r.src_actor, sourceCode: r.src_code, sourceName: r.src_name,
    targetActor: r.tgt_actor, targetCode: r.tgt_code, targetName: r.tgt_name,
    place: r.place_name != null ? { name: r.place_name, country: r.place_country, lat: r.place_lat, lon: r.place_lon } : null,
    placeKind: r.place_kind ?? null, sourceCountry: r.src_country, targetCountry: r.tgt_country, lead: !!r.lead,
    start: r.start, end: r.end, text: r.text, rule: r.rule, articleDate: r.article_date, url: r.url,
    numMentions: r.num_mentions, numArticles: r.num_articles, numSources: r.num_sources, avgTone: r.tone, added: r.added,
  };
}
