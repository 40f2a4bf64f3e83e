"""Helpers the event class tests share: a cached coder for one module's sentences, and short
views of an event's parties and triggers."""

from __future__ import annotations

from collections.abc import Callable

from conftest import coder_for


def cached_coder(coder, default_date: str) -> Callable[..., list]:
    """text (and a story date) -> the events the real coder finds, each text coded once."""
    run = coder_for(coder, default_date)
    cache: dict[tuple[str, str], list] = {}

    def events(text: str, date: str = default_date) -> list:
        if (text, date) not in cache:
            cache[(text, date)] = run(text, date).events
        return cache[(text, date)]

    events.default_date = default_date  # type: ignore[attr-defined]
    return events


def countries(side) -> set[str]:
    return {a.country for a in side}


def sides(e) -> tuple[set[str], set[str]]:
    return countries(e.actor), countries(e.recipient)


def by_trigger(events, word):
    return [e for e in events if e.trigger.text.startswith(word)]


def of_type(events, etype):
    return [e for e in events if e.event_type == etype]


def types(events) -> set[str]:
    return {e.event_type for e in events}
