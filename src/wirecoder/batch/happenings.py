"""Happenings of a whole corpus at once (the Spark job): the rules of store/happenings.py, without an order.

The store links a story's events as it is saved, to what is already there.
A batch sees the corpus at once, so it groups instead: events with the same
type and the same actor and recipient countries (a CONSULT's two sides in
either order) on the same day (day-precise dates, at least one side with a
country), or, otherwise, in the same copy cluster with the same date (or
none), tell one happening; within such a group, events placed in different
countries are different happenings, and an event with no place joins the
most often named place. A happening is named by its smallest event id and
counts ``mentions`` (events), ``articles`` (distinct stories) and
``sources`` (distinct publishers, an unknown one counting once).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

UNDIRECTED = frozenset({"CONSULT"})


@dataclass(frozen=True)
class Mention:
    event_id: str
    article_id: str
    event_type: str
    actor_countries: Sequence[str]
    recipient_countries: Sequence[str]
    date: str | None
    date_precision: str | None
    place_country: str | None
    cluster_id: str
    source: str


def label(countries: Iterable[str | None]) -> str:
    return "|".join(sorted({c or "" for c in countries}))


def group_key(m: Mention) -> tuple[str, ...]:
    sides = (label(m.actor_countries), label(m.recipient_countries))
    if m.event_type in UNDIRECTED:
        sides = tuple(sorted(sides))  # type: ignore[assignment]
    if m.date and m.date_precision == "day" and any(sides):
        return ("day", m.event_type, *sides, m.date[:10])
    return ("copies", m.cluster_id, m.event_type, *sides, m.date or "")


def split_by_place(group: list[Mention]) -> list[list[Mention]]:
    places = Counter(m.place_country for m in group if m.place_country)
    if len(places) <= 1:
        return [group]
    first = sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    parts: dict[str, list[Mention]] = {}
    for m in group:
        parts.setdefault(m.place_country or first, []).append(m)
    return list(parts.values())


def happenings_of(group: list[Mention]) -> list[dict[str, object]]:
    """The happenings of one group (same group_key): happening_id, counts and the member event ids."""
    out = []
    for part in split_by_place(group):
        out.append({"happening_id": min(m.event_id for m in part), "mentions": len(part),
                    "articles": len({m.article_id for m in part}), "sources": len({m.source for m in part}),
                    "event_ids": sorted(m.event_id for m in part)})
    return out


def happenings(mentions: Iterable[Mention]) -> list[dict[str, object]]:
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        groups.setdefault(group_key(m), []).append(m)
    return [h for g in groups.values() for h in happenings_of(g)]
