"""The records wirecoder produces: plain, JSON-serialisable data.

Every record that comes from the words of a story carries character offsets
into the article's *clean* text (``Article.text``), so a reader can always go
back to the words that support it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

# PLOVER 2.0 event types, in the manual's order.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
AUX_MODES: tuple[str, ...] = ("negation", "future", "hypothetical", "historical")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id that depends only on ``parts`` (same input, same id)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass
class Article:
    """One story as read from its input, before and after cleaning."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) the story is dated
    publisher: str | None = None  # the site that ran it ("The Malaysian Reserve")
    wire: str | None = None  # the agency that wrote it ("Bloomberg")
    origin: str = ""  # where it was read from: a path, "path:line", "-:3", a URL
    meta: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def make_id(text: str) -> str:
        """Content-derived id, so re-reading the same story gives the same id."""
        return stable_id(text.strip(), length=16)


@dataclass
class Actor:
    text: str  # the words in the story ("the Russian leader")
    name: str  # who it is ("Vladimir Putin", "Russia", "NATO")
    country: str  # ISO 3166 alpha-3, "IGO", "NGO", "IMG" or "" when unknown
    sector: str = ""  # PLOVER sector code (GOV, MIL, ...) or ""
    kind: str = ""  # country, person, igo, group, seat, sector, ...
    start: int = -1
    end: int = -1

    def key(self) -> tuple[str, str]:
        return (self.country, self.name)


@dataclass
class Location:
    name: str
    country: str  # ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = ""  # city, country, region
    start: int = -1
    end: int = -1


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Evidence:
    sentence: int  # index of the sentence in the article
    start: int
    end: int
    text: str


@dataclass
class Event:
    event_id: str
    article_id: str
    event_type: str
    mode: str
    context: list[str]
    aux_modes: list[str]
    actor: list[Actor]
    recipient: list[Actor]
    date: str | None
    date_precision: str | None  # day, month, year
    location: Location | None
    cameo: str
    goldstein: float
    quad_class: int
    plover_score: float
    trigger: Span
    evidence: Evidence
    confidence: float
    rule: str
    quote_ids: list[str] = field(default_factory=list)
    amount_ids: list[str] = field(default_factory=list)
    topic: Span | None = None  # what it is about ("discussed Ukraine with ..."), never a participant


@dataclass
class Quote:
    quote_id: str
    article_id: str
    text: str
    start: int
    end: int
    kind: str  # direct, partial, indirect
    speaker: list[Actor]
    cue: str
    cue_start: int = -1
    cue_end: int = -1
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Amount:
    amount_id: str
    article_id: str
    text: str
    value: float | None
    unit: str  # percent, people, troops, countries, ... or "" for money
    currency: str | None  # ISO 4217 for money
    object: str | None
    period: str | None
    change: str | None
    source: str | None
    approximate: str | None  # "more than", "about", ...
    start: int
    end: int
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Entity:
    """An actor, place or date mention found in the story (for review and search)."""

    text: str
    label: str  # ACTOR, PLACE, DATE
    start: int
    end: int
    name: str = ""
    country: str = ""
    sector: str = ""
    kind: str = ""
    value: str = ""  # resolved date, geonameid, ...


@dataclass
class CitedSource:
    text: str  # "according to Chinese customs data"
    name: str  # "Chinese customs data"
    kind: str  # wire, agency, document, official, data
    start: int
    end: int


@dataclass
class CodedArticle:
    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    sources: list[CitedSource] = field(default_factory=list)
    language: str = "en"
    coder_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "url": a.url,
            "published": a.published,
            "publisher": a.publisher,
            "wire": a.wire,
            "origin": a.origin,
            "text": a.text,
            "events": [asdict(e) for e in self.events],
            "quotes": [asdict(q) for q in self.quotes],
            "amounts": [asdict(m) for m in self.amounts],
            "entities": [asdict(e) for e in self.entities],
            "sources": [asdict(s) for s in self.sources],
            "coder_version": self.coder_version,
        }


def actor_from_dict(d: dict[str, Any]) -> Actor:
    return Actor(**{k: d[k] for k in Actor.__dataclass_fields__ if k in d})
