"""The database schema, one definition for every backend (SQLAlchemy Core).

Tables follow the records: articles, entities, events, event_actors, quotes,
amounts, sources, plus reviews (an analyst's confirm / reject / correct of an
event; the machine coding is never overwritten). Stored lists and objects are
JSON: TEXT holding JSON on SQLite, JSONB on PostgreSQL. Dates are ISO strings
(YYYY-MM-DD) on both, so filters and orderings compare the same way.

The migrations under ``migrations/versions`` create and change these tables;
a test checks that migrating an empty database to the newest revision gives
exactly this schema.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

# One naming convention, so constraint names are the same on both backends (and in migrations).
metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", "pk": "pk_%(table_name)s",
})


def Json() -> Any:
    """JSON text on SQLite, JSONB on PostgreSQL."""
    return JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")


def dumps(value: Any) -> str:
    """How JSON is written (non-ASCII kept as is, so a LIKE search finds 'Zelensky' and 'Zelenskyy')."""
    return json.dumps(value, ensure_ascii=False)


def _article_fk() -> ForeignKey:
    return ForeignKey("articles.id", ondelete="CASCADE")


meta = Table(
    "meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text),
    Column("url", Text),
    Column("published", Text),
    Column("publisher", Text),
    Column("wire", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("meta", Json(), nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("coder_version", Text, nullable=False),
    Column("coded_at", Text, nullable=False),
    Column("n_events", Integer, nullable=False, server_default="0"),
)

entities = Table(
    "entities", metadata,
    Column("article_id", Text, _article_fk(), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("name", Text),
    Column("country", Text),
    Column("sector", Text),
    Column("kind", Text),
    Column("value", Text),
)

events = Table(
    "events", metadata,
    Column("event_id", Text, primary_key=True),
    Column("article_id", Text, _article_fk(), nullable=False),
    Column("event_type", Text, nullable=False),
    Column("mode", Text, nullable=False, server_default=""),
    Column("context", Json(), nullable=False),
    Column("aux_modes", Json(), nullable=False),
    Column("date", Text),
    Column("date_precision", Text),
    Column("location", Json()),
    Column("location_name", Text),
    Column("location_country", Text),
    Column("cameo", Text),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    Column("plover_score", Float),
    Column("trigger_text", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("evidence", Json()),
    Column("evidence_text", Text),  # the sentence, for word search (evidence holds it too, as JSON)
    Column("confidence", Float),
    Column("rule", Text),
    Column("quote_ids", Json(), nullable=False),
    Column("amount_ids", Json(), nullable=False),
    Column("actor_label", Text),  # sorted distinct actor countries joined with '|' (the network's fast path)
    Column("recipient_label", Text),
    Column("topic", Json()),  # {"text", "start", "end"}: what the event is about, or null
    Column("happening_id", Text),  # the happening it tells (store/happenings.py); its own event_id when first
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", Text, ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("role", Text, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("text", Text),
    Column("name", Text),
    Column("country", Text),
    Column("sector", Text),
    Column("kind", Text),
    Column("start_char", Integer),
    Column("end_char", Integer),
)

quotes = Table(
    "quotes", metadata,
    Column("quote_id", Text, primary_key=True),
    Column("article_id", Text, _article_fk(), nullable=False),
    Column("text", Text, nullable=False),
    Column("start_char", Integer),
    Column("end_char", Integer),
    Column("kind", Text),
    Column("cue", Text),
    Column("speaker", Json(), nullable=False),
    Column("speaker_name", Text),
    Column("speaker_country", Text),
    Column("event_ids", Json(), nullable=False),
    Column("extra", Json(), nullable=False),
)

amounts = Table(
    "amounts", metadata,
    Column("amount_id", Text, primary_key=True),
    Column("article_id", Text, _article_fk(), nullable=False),
    Column("text", Text),
    Column("value", Float),
    Column("unit", Text),
    Column("currency", Text),
    Column("object", Text),
    Column("period", Text),
    Column("change", Text),
    Column("source", Text),
    Column("approximate", Text),
    Column("start_char", Integer),
    Column("end_char", Integer),
    Column("event_ids", Json(), nullable=False),
    Column("extra", Json(), nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("article_id", Text, _article_fk(), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("text", Text),
    Column("name", Text),
    Column("kind", Text),
    Column("start_char", Integer),
    Column("end_char", Integer),
)

reviews = Table(
    "reviews", metadata,
    Column("review_id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Text, nullable=False),  # no foreign key: reviews outlive re-coding
    Column("verdict", Text, nullable=False),
    Column("changes", Json(), nullable=False),
    Column("reviewer", Text),
    Column("note", Text),
    Column("created_at", Text, nullable=False),
    sqlite_autoincrement=True,
)

# Syndicated copies (store/happenings.py): each story's MinHash sketch, the copy cluster it belongs to
# and who published it; its LSH band keys, so that a new story finds its candidate copies by index.
stories = Table(
    "stories", metadata,
    Column("article_id", Text, _article_fk(), primary_key=True),
    Column("cluster_id", Text, nullable=False),  # the smallest article id among its copies
    Column("source", Text, nullable=False, server_default=""),  # publisher, else the URL's host, else ''
    Column("wire", Text),
    Column("size", Integer, nullable=False),  # distinct shingles
    Column("minhash", LargeBinary, nullable=False),
)

story_bands = Table(
    "story_bands", metadata,
    Column("key", Text, primary_key=True),  # band number and the band's hash
    Column("article_id", Text, _article_fk(), primary_key=True),
)

Index("ix_events_article", events.c.article_id)
Index("ix_events_happening", events.c.happening_id)
Index("ix_stories_cluster", stories.c.cluster_id)
Index("ix_story_bands_article", story_bands.c.article_id)
Index("ix_events_date", events.c.date)
Index("ix_events_type_date", events.c.event_type, events.c.date)
Index("ix_events_quad_date", events.c.quad_class, events.c.date)
Index("ix_actors_country", event_actors.c.country, event_actors.c.event_id)
Index("ix_actors_event", event_actors.c.event_id)
Index("ix_quotes_article", quotes.c.article_id)
Index("ix_amounts_article", amounts.c.article_id)
Index("ix_reviews_event", reviews.c.event_id)
Index("ix_articles_published", articles.c.published)
# The web API's orderings and lookups: with these, page 2,000 of 100,000 events costs what page 1 does,
# and a dyad or actor given by name ("Vladimir Putin") is an index search, not a scan.
Index("ix_events_order", events.c.date.desc(), events.c.article_id, events.c.trigger_start)
Index("ix_articles_order", articles.c.published.desc(), articles.c.id)
Index("ix_actors_name", event_actors.c.name, event_actors.c.event_id)

# Every table with rows of one article, in the order they are deleted and written.
ARTICLE_TABLES = (articles, entities, events, event_actors, quotes, amounts, sources, stories, story_bands)
