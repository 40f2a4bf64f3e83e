"""The store interface: what the CLI, the web app and the exports need from a database.

``open_store(url)`` picks the backend from the URL: a file path or
``sqlite:///path`` opens SQLite, ``postgresql://user@host:port/db`` opens
PostgreSQL. Callers know only :class:`Store`, :class:`EventQuery` and the
typed records below (TypedDicts: plain JSON-ready dicts with declared keys).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, NotRequired, Protocol, TypedDict

from ..model import CodedArticle

SaveStatus = Literal["new", "updated", "unchanged"]
Bucket = Literal["day", "week", "month"]
EventView = Literal["happenings", "mentions", "one_a_day"]
EVENT_VIEWS: tuple[str, ...] = ("happenings", "mentions", "one_a_day")
VERDICTS = ("confirm", "reject", "correct")
CORRECTABLE = ("event_type", "mode", "actor", "recipient", "date", "location", "context", "aux_modes", "cameo")


@dataclass
class EventQuery:
    actor: str | None = None  # country code (or name) on either side
    dyad: tuple[str, str] | None = None  # both countries involved
    type: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None  # words in the evidence sentence
    article_id: str | None = None
    page: int = 1
    per_page: int = 50
    # "happenings": one row per happening, with its counts (the default); "mentions": every coded event;
    # "one_a_day": one per dyad, type and day
    view: EventView = "happenings"


# ---- read records ---------------------------------------------------------------------------
class ActorRecord(TypedDict):
    text: str | None
    name: str | None
    country: str | None
    sector: str | None
    kind: str | None
    start: int | None
    end: int | None


class SpanRecord(TypedDict):
    text: str | None
    start: int | None
    end: int | None


class ReviewRecord(TypedDict):
    review_id: int
    event_id: str
    verdict: str
    changes: dict[str, Any]
    reviewer: str | None
    note: str | None
    created_at: str
    coded_by: str  # "analyst"


class EventRecord(TypedDict):
    event_id: str
    article_id: str
    event_type: str
    mode: str
    context: list[str]
    aux_modes: list[str]
    actor: list[ActorRecord]
    recipient: list[ActorRecord]
    date: str | None
    date_precision: str | None
    location: dict[str, Any] | None
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    plover_score: float | None
    trigger: SpanRecord
    evidence: dict[str, Any] | None
    confidence: float | None
    rule: str | None
    quote_ids: list[str]
    amount_ids: list[str]
    topic: SpanRecord | None  # what it is about ("discussed Ukraine with ..."), never a participant
    coded_by: str  # "machine"
    review: ReviewRecord | None  # the latest analyst review
    # the happening it tells (store/happenings.py) and how often that was reported, as GDELT counts them
    happening_id: NotRequired[str]
    mentions: NotRequired[int]  # events linked to the happening
    sources: NotRequired[int]  # distinct publishers
    articles: NotRequired[int]  # distinct stories
    # its article's
    url: NotRequired[str | None]
    publisher: NotRequired[str | None]
    published: NotRequired[str | None]
    wire: NotRequired[str | None]
    coder_version: NotRequired[str | None]


class CopyClusterRecord(TypedDict):
    """Stories that are copies of one another (syndicated wire copy)."""

    cluster_id: str  # the smallest article id in it
    article_ids: list[str]
    wire: str | None  # the original wire, where the copies say it
    publishers: list[str]


class QuoteRecord(TypedDict):
    quote_id: str
    article_id: str
    text: str
    start: int | None
    end: int | None
    kind: str | None
    cue: str | None
    speaker: list[dict[str, Any]]
    event_ids: list[str]
    cue_start: NotRequired[int]
    cue_end: NotRequired[int]


class AmountRecord(TypedDict):
    amount_id: str
    article_id: str
    text: str | None
    value: float | None
    unit: str | None
    currency: str | None
    object: str | None
    period: str | None
    change: str | None
    source: str | None
    approximate: str | None
    start: int | None
    end: int | None
    event_ids: list[str]


class EntityRecord(TypedDict):
    text: str
    label: str
    start: int
    end: int
    name: str | None
    country: str | None
    sector: str | None
    kind: str | None
    value: str | None


class SourceRecord(TypedDict):
    text: str | None
    name: str | None
    kind: str | None
    start: int | None
    end: int | None


class ArticleFields(TypedDict):
    """What is stored of every article besides its text and its coding."""

    id: str
    title: str | None
    url: str | None
    published: str | None
    publisher: str | None
    wire: str | None
    origin: str | None
    coder_version: str
    coded_at: str
    n_events: int
    meta: dict[str, Any]


class ArticleSummary(ArticleFields):
    """An article in a list: its metadata and the first words of its text."""

    snippet: str


class ArticleRecord(ArticleFields):
    """One stored article with its text and everything coded from it."""

    text: str
    events: list[EventRecord]
    quotes: list[QuoteRecord]
    amounts: list[AmountRecord]
    entities: list[EntityRecord]
    sources: list[SourceRecord]


class TimelineRow(TypedDict):
    period: str
    precision: str  # day, week, month or year: how precisely the events of the row are dated
    quad_class: int
    count: int
    mean_plover_score: float
    mean_goldstein: float


class NetworkNode(TypedDict):
    id: str
    events: int


class NetworkEdge(TypedDict):
    source: str
    target: str
    count: int
    mean_plover_score: float


class Network(TypedDict):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class ActorCount(TypedDict):
    code: str
    events: int


Stats = dict[str, int]  # rows per table: articles, events, quotes, amounts, reviews; happenings, copy_clusters


# ---- the interface --------------------------------------------------------------------------
class Store(Protocol):
    """A database of coded articles. Safe to share between threads; close it when done."""

    label: str  # where it is, for messages (a path, or a URL without its password)

    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: object) -> None: ...

    # writing
    def save(self, coded: CodedArticle) -> SaveStatus:
        """Store one coded article in one transaction; the same article coded the same way changes nothing."""
        ...

    def add_review(self, event_id: str, verdict: str, changes: dict[str, Any] | None = None,
                   reviewer: str | None = None, note: str | None = None) -> ReviewRecord:
        """Keep an analyst's verdict beside the machine coding. KeyError: no such event; ValueError: bad review."""
        ...

    # reading
    def article(self, article_id: str) -> ArticleRecord | None: ...
    def articles(self, q: str | None = None, since: str | None = None, until: str | None = None,
                 actor: str | None = None, page: int = 1,
                 per_page: int = 50) -> tuple[list[ArticleSummary], int]: ...
    def events(self, eq: EventQuery) -> tuple[list[EventRecord], int]:
        """One page of matching events, newest first, and how many match in all."""
        ...

    def event(self, event_id: str) -> EventRecord | None: ...
    def copy_cluster(self, article_id: str) -> CopyClusterRecord | None:
        """The copies of a stored story (itself included), their original wire and publishers."""
        ...

    def export_events(self, eq: EventQuery, chunk: int = 2000) -> Iterator[EventRecord]:
        """Every matching event (page and per_page ignored), streamed in keyset pages."""
        ...

    def coded_articles(self, chunk: int = 200) -> Iterator[CodedArticle]:
        """Every stored article as the coder made it (the exports' input)."""
        ...

    def reviews(self, event_id: str) -> list[ReviewRecord]: ...
    def reviews_by_event(self, article_id: str) -> dict[str, list[ReviewRecord]]: ...
    def dyad_timeline(self, a: str, b: str, bucket: str = "day", since: str | None = None,
                      until: str | None = None) -> list[TimelineRow]: ...
    def actor_network(self, since: str | None = None, until: str | None = None, type: str | None = None,
                      min_count: int = 1, limit: int = 500) -> Network: ...
    def actor_codes(self, limit: int = 200) -> list[ActorCount]: ...
    def stats(self) -> Stats: ...


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def open_store(url: str, *, readonly: bool = False) -> Store:
    """The store at ``url``: a file path or sqlite:///path (SQLite), or postgresql://user@host:port/db.

    ``readonly`` opens an existing database for queries only (StoreError if there is none);
    otherwise the database is created or migrated to the current schema.
    """
    from .sql import SQLStore

    if is_postgres_url(url):
        from .postgres import postgres_engine

        return SQLStore(*postgres_engine(url, readonly=readonly), readonly=readonly)
    if "://" in url and not url.startswith("sqlite:///"):
        from ..errors import StoreError

        scheme = url.split("://", 1)[0]
        raise StoreError(f"{scheme}://...: unknown database kind (use a file path, sqlite:///PATH "
                         f"or postgresql://USER@HOST:PORT/DB)")
    from .sqlite import sqlite_engine

    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
    return SQLStore(*sqlite_engine(path, readonly=readonly), readonly=readonly)
