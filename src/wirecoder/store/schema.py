"""The database schema, shared by every store.

Tables follow the records: articles, entities, events, event_actors, quotes,
amounts, sources, plus reviews (an analyst's confirm / reject / correct of an
event; the machine coding is never overwritten). Written in the SQL that
SQLite and PostgreSQL both take.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    url TEXT,
    published TEXT,
    publisher TEXT,
    wire TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    content_hash TEXT NOT NULL,
    coder_version TEXT NOT NULL,
    coded_at TEXT NOT NULL,
    n_events INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    name TEXT,
    country TEXT,
    sector TEXT,
    kind TEXT,
    value TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '[]',
    aux_modes TEXT NOT NULL DEFAULT '[]',
    date TEXT,
    date_precision TEXT,
    location TEXT,
    location_name TEXT,
    location_country TEXT,
    cameo TEXT,
    goldstein REAL,
    quad_class INTEGER,
    plover_score REAL,
    trigger_text TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    evidence TEXT,
    confidence REAL,
    rule TEXT,
    quote_ids TEXT NOT NULL DEFAULT '[]',
    amount_ids TEXT NOT NULL DEFAULT '[]',
    actor_label TEXT,
    recipient_label TEXT
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT,
    name TEXT,
    country TEXT,
    sector TEXT,
    kind TEXT,
    start_char INTEGER,
    end_char INTEGER,
    PRIMARY KEY (event_id, role, idx)
);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    kind TEXT,
    cue TEXT,
    speaker TEXT NOT NULL DEFAULT '[]',
    speaker_name TEXT,
    speaker_country TEXT,
    event_ids TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS amounts (
    amount_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT,
    value REAL,
    unit TEXT,
    currency TEXT,
    object TEXT,
    period TEXT,
    change TEXT,
    source TEXT,
    approximate TEXT,
    start_char INTEGER,
    end_char INTEGER,
    event_ids TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT,
    name TEXT,
    kind TEXT,
    start_char INTEGER,
    end_char INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS reviews (
    review_id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    changes TEXT NOT NULL DEFAULT '{}',
    reviewer TEXT,
    note TEXT,
    created_at TEXT NOT NULL
);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS ix_events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS ix_events_date ON events(date);
CREATE INDEX IF NOT EXISTS ix_events_type_date ON events(event_type, date);
CREATE INDEX IF NOT EXISTS ix_events_quad_date ON events(quad_class, date);
CREATE INDEX IF NOT EXISTS ix_actors_country ON event_actors(country, event_id);
CREATE INDEX IF NOT EXISTS ix_actors_event ON event_actors(event_id);
CREATE INDEX IF NOT EXISTS ix_quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS ix_amounts_article ON amounts(article_id);
CREATE INDEX IF NOT EXISTS ix_reviews_event ON reviews(event_id);
CREATE INDEX IF NOT EXISTS ix_articles_published ON articles(published);
-- The web API's orderings and lookups: with these, page 2,000 of 100,000 events costs what page 1 does,
-- and a dyad or actor given by name ("Vladimir Putin") is an index search, not a scan.
CREATE INDEX IF NOT EXISTS ix_events_order ON events(date DESC, article_id, trigger_start);
CREATE INDEX IF NOT EXISTS ix_articles_order ON articles(published DESC, id);
CREATE INDEX IF NOT EXISTS ix_actors_name ON event_actors(name, event_id);
"""
