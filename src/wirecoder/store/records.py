"""Rows -> records: what a store's tables hold, as the typed read records (base.py) and back as
the coder's own records (model.py, for the exports), and a coded event as an events row."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, cast

from sqlalchemy import Row

from ..model import Actor, Event, Evidence, Location, Span
from .base import (
    ActorRecord,
    AmountRecord,
    EntityRecord,
    EventRecord,
    QuoteRecord,
    ReviewRecord,
    SourceRecord,
    SpanRecord,
)


def label(actors: list[Actor]) -> str:
    """Sorted distinct countries joined with '|' (events.actor_label, quotes.speaker_country)."""
    return "|".join(sorted({a.country or "" for a in actors}))


# ---- rows -> records ----------------------------------------------------------------------
def event_row(e: Event) -> dict[str, Any]:
    loc = e.location
    return {
        "event_id": e.event_id, "article_id": e.article_id, "event_type": e.event_type, "mode": e.mode,
        "context": e.context, "aux_modes": e.aux_modes, "date": e.date, "date_precision": e.date_precision,
        "location": asdict(loc) if loc else None, "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None, "cameo": e.cameo, "goldstein": e.goldstein,
        "quad_class": e.quad_class, "plover_score": e.plover_score, "trigger_text": e.trigger.text,
        "trigger_start": e.trigger.start, "trigger_end": e.trigger.end, "evidence": asdict(e.evidence),
        "evidence_text": e.evidence.text, "confidence": e.confidence, "rule": e.rule, "quote_ids": e.quote_ids,
        "amount_ids": e.amount_ids, "actor_label": label(e.actor), "recipient_label": label(e.recipient),
        "topic": asdict(e.topic) if e.topic else None,
    }


EVIDENCE_KEYS = ("sentence", "start", "end", "text")
SPAN_KEYS = ("text", "start", "end")
LOCATION_KEYS = tuple(Location.__dataclass_fields__)
ACTOR_KEYS = tuple(Actor.__dataclass_fields__)


def ordered(d: dict[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any] | None:
    """A stored object with its keys in the record's order (JSONB keeps its own order)."""
    if d is None:
        return None
    return {**{k: d[k] for k in keys if k in d}, **{k: v for k, v in d.items() if k not in keys}}


def article_fields(r: Row[Any]) -> dict[str, Any]:
    return {"id": r.id, "title": r.title, "url": r.url, "published": r.published, "publisher": r.publisher,
            "wire": r.wire, "origin": r.origin, "coder_version": r.coder_version, "coded_at": r.coded_at,
            "n_events": r.n_events, "meta": r.meta or {}}


def actor_record(a: Row[Any]) -> ActorRecord:
    return {"text": a.text, "name": a.name, "country": a.country, "sector": a.sector, "kind": a.kind,
            "start": a.start_char, "end": a.end_char}


def event_record(r: Row[Any], sides: dict[str, list[ActorRecord]], review: ReviewRecord | None,
                 told: dict[str, dict[str, int]] | None = None) -> EventRecord:
    """A stored event with, from ``told``, how often its happening was reported (mentions, sources,
    articles; an event of its own happening alone counts once)."""
    happening = r.happening_id or r.event_id
    counts = (told or {}).get(happening) or {"mentions": 1, "articles": 1, "sources": 1}
    return {
        "event_id": r.event_id, "article_id": r.article_id, "event_type": r.event_type, "mode": r.mode,
        "context": r.context or [], "aux_modes": r.aux_modes or [], "actor": sides["actor"],
        "recipient": sides["recipient"], "date": r.date, "date_precision": r.date_precision,
        "location": ordered(r.location, LOCATION_KEYS), "cameo": r.cameo, "goldstein": r.goldstein,
        "quad_class": r.quad_class, "plover_score": r.plover_score,
        "trigger": {"text": r.trigger_text, "start": r.trigger_start, "end": r.trigger_end},
        "evidence": ordered(r.evidence, EVIDENCE_KEYS), "confidence": r.confidence, "rule": r.rule,
        "quote_ids": r.quote_ids or [], "amount_ids": r.amount_ids or [],
        "topic": cast(SpanRecord | None, ordered(r.topic, SPAN_KEYS)), "coded_by": "machine", "review": review,
        "happening_id": happening, "mentions": counts["mentions"], "sources": counts["sources"],
        "articles": counts["articles"],
    }


def quote_record(r: Row[Any]) -> QuoteRecord:
    extra = {k: (r.extra or {})[k] for k in ("cue_start", "cue_end") if k in (r.extra or {})}
    return cast(QuoteRecord, {
        "quote_id": r.quote_id, "article_id": r.article_id, "text": r.text, "start": r.start_char,
        "end": r.end_char, "kind": r.kind, "cue": r.cue,
        "speaker": [ordered(a, ACTOR_KEYS) for a in r.speaker or []],
        "event_ids": r.event_ids or [], **extra})


def amount_record(r: Row[Any]) -> AmountRecord:
    return {"amount_id": r.amount_id, "article_id": r.article_id, "text": r.text, "value": r.value, "unit": r.unit,
            "currency": r.currency, "object": r.object, "period": r.period, "change": r.change,
            "source": r.source, "approximate": r.approximate, "start": r.start_char, "end": r.end_char,
            "event_ids": r.event_ids or []}


def entity_record(r: Row[Any]) -> EntityRecord:
    return {"text": r.text, "label": r.label, "start": r.start_char, "end": r.end_char, "name": r.name,
            "country": r.country, "sector": r.sector, "kind": r.kind, "value": r.value}


def source_record(r: Row[Any]) -> SourceRecord:
    return {"text": r.text, "name": r.name, "kind": r.kind, "start": r.start_char, "end": r.end_char}


def review_record(r: Row[Any]) -> ReviewRecord:
    return {"review_id": r.review_id, "event_id": r.event_id, "verdict": r.verdict, "changes": r.changes or {},
            "reviewer": r.reviewer, "note": r.note, "created_at": r.created_at, "coded_by": "analyst"}


# ---- rows -> the coder's records (exports) --------------------------------------------------
def actor(d: dict[str, Any] | ActorRecord) -> Actor:
    return Actor(text=d.get("text") or "", name=d.get("name") or "", country=d.get("country") or "",
                 sector=d.get("sector") or "", kind=d.get("kind") or "",
                 start=-1 if d.get("start") is None else int(d["start"] or 0),
                 end=-1 if d.get("end") is None else int(d["end"] or 0))


def location(d: dict[str, Any] | None) -> Location | None:
    if not d:
        return None
    return Location(**{k: d[k] for k in Location.__dataclass_fields__ if k in d})



def event(e: EventRecord) -> Event:
    ev = e["evidence"] or {}
    trig = e["trigger"]
    topic = e.get("topic")
    return Event(
        event_id=e["event_id"], article_id=e["article_id"], event_type=e["event_type"], mode=e["mode"],
        context=list(e["context"]), aux_modes=list(e["aux_modes"]), actor=[actor(a) for a in e["actor"]],
        recipient=[actor(a) for a in e["recipient"]], date=e["date"], date_precision=e["date_precision"],
        location=location(e["location"]), cameo=e["cameo"] or "", goldstein=e["goldstein"] or 0.0,
        quad_class=e["quad_class"] or 0, plover_score=e["plover_score"] or 0.0,
        trigger=Span(trig["text"] or "", trig["start"] or 0, trig["end"] or 0),
        evidence=Evidence(int(ev.get("sentence", 0)), int(ev.get("start", 0)), int(ev.get("end", 0)),
                          str(ev.get("text", ""))),
        confidence=e["confidence"] or 0.0, rule=e["rule"] or "", quote_ids=list(e["quote_ids"]),
        amount_ids=list(e["amount_ids"]),
        topic=Span(str(topic["text"] or ""), int(topic["start"] or 0), int(topic["end"] or 0)) if topic else None)
