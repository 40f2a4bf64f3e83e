"""Each happening counted once: copy clusters and happenings, linked as a story is saved.

When a story is saved (in the same transaction), its MinHash sketch and LSH
band keys are stored (``stories``, ``story_bands``); stories that share a
band key are candidates, and those the sketches call copies
(:func:`wirecoder.dedupe.is_copy`) join one copy cluster, whose id is the
smallest article id in it. Then each of the story's events is linked to the
happening it tells (``events.happening_id``):

- an event of a copy of this story (same cluster) with the same type, the
  same actor and recipient countries and the same date (or both undated);
- an event of another story with the same type and countries on the same
  day (day-precise dates only, and at least one side with a country);

in both cases only when the places are compatible (either has none, or
both are in the same country). CONSULT is undirected (who met whom). An
event that matches none starts its own happening, named by its event id.

A happening's counts, as GDELT reports them: ``mentions`` (events linked
to it), ``articles`` (distinct stories) and ``sources`` (distinct
publishers, a story without one counting as one unknown publisher).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from ..dedupe import Sketch, is_copy, lsh_keys, publisher_key
from ..model import Actor, CodedArticle, Event
from .tables import events, stories, story_bands

UNDIRECTED = frozenset({"CONSULT"})
GLOBAL_LOCK = 0x68617070  # PostgreSQL advisory lock taken while linking ("happ")


def _label(actors: Iterable[Actor]) -> str:
    return "|".join(sorted({a.country or "" for a in actors}))


def _sides(event_type: str, actor_label: str | None, recipient_label: str | None) -> tuple[str, ...]:
    sides = (actor_label or "", recipient_label or "")
    return tuple(sorted(sides)) if event_type in UNDIRECTED else sides


def link_story(c: Connection, coded: CodedArticle, sk: Sketch) -> tuple[str, list[str]]:
    """Store the story's sketch and join it to its copies' cluster: (cluster id, member article ids)."""
    a = coded.article
    if c.dialect.name == "postgresql":  # two copies saved at once by two processes still meet
        c.execute(select(func.pg_advisory_xact_lock(GLOBAL_LOCK)))
    keys = lsh_keys(sk)
    candidates = c.execute(select(stories.c.article_id, stories.c.cluster_id, stories.c.size, stories.c.minhash)
                           .where(stories.c.article_id.in_(select(story_bands.c.article_id).where(
                               story_bands.c.key.in_(keys), story_bands.c.article_id != a.id)))).all()
    clusters = {r.cluster_id for r in candidates if is_copy(sk, Sketch.from_bytes(bytes(r.minhash), r.size))}
    cluster = min([a.id, *clusters])
    c.execute(insert(stories), [{"article_id": a.id, "cluster_id": cluster, "source": publisher_key(a.publisher, a.url),
                                 "wire": a.wire, "size": sk.size, "minhash": sk.to_bytes()}])
    c.execute(insert(story_bands), [{"key": k, "article_id": a.id} for k in keys])
    if clusters - {cluster}:
        c.execute(update(stories).where(stories.c.cluster_id.in_(clusters - {cluster})).values(cluster_id=cluster))
    members = [r[0] for r in c.execute(select(stories.c.article_id).where(stories.c.cluster_id == cluster))]
    return cluster, members


def _compatible(e: Event, row: Any) -> bool:
    if e.location is None or not row.location_country or not e.location.country:
        return True
    return bool(e.location.country == row.location_country)


def link_events(c: Connection, coded: CodedArticle, members: list[str]) -> None:
    """Set each new event's happening_id: an earlier event telling the same happening, else its own id."""
    evs = coded.events
    if not evs:
        return
    aid = coded.article.id
    copies = [m for m in members if m != aid]
    days = sorted({e.date[:10] for e in evs if e.date and e.date_precision == "day"})
    near: list[ColumnElement[bool]] = []
    if days:
        near.append(events.c.date.in_(days) & (events.c.date_precision == "day"))
    if copies:
        near.append(events.c.article_id.in_(copies))
    found: list[Any] = []
    if near:
        found = list(c.execute(select(
            events.c.event_id, events.c.happening_id, events.c.article_id, events.c.event_type, events.c.date,
            events.c.date_precision, events.c.actor_label, events.c.recipient_label, events.c.location_country)
            .where(events.c.article_id != aid, events.c.event_type.in_({e.event_type for e in evs}), or_(*near))))
    in_cluster = set(copies)
    for e in evs:
        sides = _sides(e.event_type, _label(e.actor), _label(e.recipient))
        same = [r for r in found if r.event_type == e.event_type
                and _sides(r.event_type, r.actor_label, r.recipient_label) == sides
                and ((r.article_id in in_cluster and r.date == e.date)
                     or (e.date_precision == "day" and r.date_precision == "day" and r.date == e.date
                         and any(sides)))]
        # a happening is compatible when none of its mentions is placed elsewhere
        clash = {r.happening_id or r.event_id for r in same if not _compatible(e, r)}
        fits = sorted({r.happening_id or r.event_id for r in same} - clash)
        happening = fits[0] if fits else e.event_id
        c.execute(update(events).where(events.c.event_id == e.event_id).values(happening_id=happening))


def counts(c: Connection, happening_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """mentions, articles and sources of each happening."""
    ids = sorted(set(happening_ids))
    if not ids:
        return {}
    stmt = (select(events.c.happening_id, func.count(), func.count(events.c.article_id.distinct()),
                   func.count(func.coalesce(stories.c.source, "").distinct()))
            .select_from(events.outerjoin(stories, stories.c.article_id == events.c.article_id))
            .where(events.c.happening_id.in_(ids)).group_by(events.c.happening_id))
    return {h: {"mentions": int(n), "articles": int(arts), "sources": int(srcs)}
            for h, n, arts, srcs in c.execute(stmt)}


def copy_cluster(c: Connection, article_id: str) -> dict[str, Any] | None:
    """The copy cluster of a stored story: its id, members, original wire and publishers."""
    from ..dedupe import wire_of

    cluster = c.execute(select(stories.c.cluster_id).where(stories.c.article_id == article_id)).scalar()
    if cluster is None:
        return None
    rows = c.execute(select(stories.c.article_id, stories.c.source, stories.c.wire)
                     .where(stories.c.cluster_id == cluster).order_by(stories.c.article_id)).all()
    return {"cluster_id": cluster, "article_ids": [r.article_id for r in rows],
            "wire": wire_of(r.wire for r in rows), "publishers": sorted({r.source for r in rows if r.source})}
