// The SQLite schema of the corpus store. One row per article (its Analysis JSON, minus the text, in `analyses`),
// one row per actor, mention, quote, event, time and place, with indexes for the query filters, and FTS5 indexes
// over article text, quotes and event evidence (external content: the text is stored once). Only the indexes the
// queries use are built: each one costs every insert.
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  title TEXT, url TEXT, source TEXT, source_key TEXT NOT NULL,
  date TEXT, date_source TEXT NOT NULL,
  text TEXT NOT NULL,
  origin TEXT,
  fingerprint TEXT,
  duplicate_of INTEGER REFERENCES articles(seq),
  similarity REAL,
  n_events INTEGER NOT NULL, n_quotes INTEGER NOT NULL,
  added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_dup ON articles(duplicate_of);

CREATE TABLE IF NOT EXISTS analyses (article INTEGER PRIMARY KEY REFERENCES articles(seq), json TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS actors (
  article INTEGER NOT NULL REFERENCES articles(seq),
  actor_id TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, code TEXT, country TEXT, kind TEXT NOT NULL,
  n_mentions INTEGER NOT NULL,
  PRIMARY KEY (article, actor_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actors_key ON actors(key);

CREATE TABLE IF NOT EXISTS mentions (
  article INTEGER NOT NULL REFERENCES articles(seq), actor_id TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);

CREATE TABLE IF NOT EXISTS quotes (
  seq INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(seq),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
  speaker_actor TEXT, speaker_name TEXT, speaker_code TEXT, speaker_start INTEGER, speaker_end INTEGER,
  cue TEXT, cue_start INTEGER, cue_end INTEGER,
  date TEXT, day TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE INDEX IF NOT EXISTS quotes_speaker_code ON quotes(speaker_code);
CREATE INDEX IF NOT EXISTS quotes_day ON quotes(day);

CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(seq),
  event_id TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  date TEXT, day TEXT,
  src_actor TEXT, src_code TEXT, src_name TEXT, src_key TEXT, src_country TEXT,
  tgt_actor TEXT, tgt_code TEXT, tgt_name TEXT, tgt_key TEXT, tgt_country TEXT,
  -- 1 when the evidence lies in the lead paragraph (GDELT IsRootEvent)
  lead INTEGER NOT NULL DEFAULT 0,
  place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL,
  rule TEXT NOT NULL,
  -- for an event of a near-duplicate article: the original event it repeats (NULL when it matches none)
  dup INTEGER NOT NULL DEFAULT 0, original INTEGER REFERENCES events(seq),
  num_mentions INTEGER NOT NULL DEFAULT 1, num_articles INTEGER NOT NULL DEFAULT 1,
  num_sources INTEGER NOT NULL DEFAULT 1, tone REAL NOT NULL DEFAULT 0,
  added TEXT NOT NULL,
  UNIQUE (article, event_id)
);
CREATE INDEX IF NOT EXISTS events_day ON events(dup, day);
-- a CAMEO root page or count, and QuadClass pages sorted by Goldstein, read one index range each
CREATE INDEX IF NOT EXISTS events_root ON events(dup, root, day);
CREATE INDEX IF NOT EXISTS events_quad_goldstein ON events(dup, quad, goldstein);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
CREATE INDEX IF NOT EXISTS events_plover ON events(plover);
DROP INDEX IF EXISTS events_quad;
-- actor filters read events by key (a code when there is one: no index on the codes themselves); an article's
-- events come through UNIQUE (article, event_id)
CREATE INDEX IF NOT EXISTS events_src_key ON events(src_key);
CREATE INDEX IF NOT EXISTS events_tgt_key ON events(tgt_key);
CREATE INDEX IF NOT EXISTS events_place ON events(place_country, place_name);
DROP INDEX IF EXISTS events_src_code;
DROP INDEX IF EXISTS events_tgt_code;
DROP INDEX IF EXISTS events_article;

-- Aggregates kept in the same transaction as the rows they sum (a NULL is stored as '' so it can be part of a key):
-- event_args: each distinct (key, code, name) of an event's source or target, so an actor filter resolves a typed
-- name or code prefix to a few keys and reads events through the src_key/tgt_key indexes, not every event row;
-- actor_groups: the actors table grouped by everything actors() reads, with its row count and mentions;
-- actor_events: per actor key, the original events (dup = 0) it is source or target of.
CREATE TABLE IF NOT EXISTS event_args (
  key TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (key, code, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actor_groups (
  key TEXT NOT NULL, name TEXT NOT NULL, code TEXT NOT NULL, country TEXT NOT NULL, kind TEXT NOT NULL,
  articles INTEGER NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY (key, name, code, country, kind)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actor_events (key TEXT PRIMARY KEY, events INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS times (
  article INTEGER NOT NULL REFERENCES articles(seq),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT
);
CREATE INDEX IF NOT EXISTS times_article ON times(article);

CREATE TABLE IF NOT EXISTS places (
  article INTEGER NOT NULL REFERENCES articles(seq),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
  lat REAL, lon REAL, kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_article ON places(article);

CREATE TABLE IF NOT EXISTS failures (
  seq INTEGER PRIMARY KEY,
  file TEXT NOT NULL, line INTEGER NOT NULL DEFAULT 0, reason TEXT NOT NULL, at TEXT NOT NULL,
  UNIQUE (file, line, reason)
);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='seq');
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(text, content='events', content_rowid='seq');
`;

/** Fills the aggregate tables from the rows, for a store written before they existed (run once, in a transaction). */
export const BACKFILL_AGGREGATES = `
DELETE FROM event_args; DELETE FROM actor_groups; DELETE FROM actor_events;
INSERT INTO event_args (key, code, name)
  SELECT src_key, COALESCE(src_code, ''), COALESCE(src_name, '') FROM events WHERE src_key IS NOT NULL
  UNION SELECT tgt_key, COALESCE(tgt_code, ''), COALESCE(tgt_name, '') FROM events WHERE tgt_key IS NOT NULL;
INSERT INTO actor_groups (key, name, code, country, kind, articles, mentions)
  SELECT key, name, COALESCE(code, ''), COALESCE(country, ''), kind, COUNT(*), SUM(n_mentions) FROM actors
  GROUP BY 1, 2, 3, 4, 5;
INSERT INTO actor_events (key, events)
  SELECT k, COUNT(*) FROM (
    SELECT src_key AS k FROM events WHERE dup = 0 AND src_key IS NOT NULL
    UNION ALL SELECT tgt_key FROM events WHERE dup = 0 AND tgt_key IS NOT NULL AND tgt_key IS NOT src_key)
  GROUP BY k;
`;
