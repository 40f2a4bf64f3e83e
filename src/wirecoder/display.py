"""How values are written for people: dates with their precision, numbers, snippets, word spans.

The terminal and the web pages both use these, so a date or an amount reads
the same everywhere. Pure functions over plain values.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import Any

PRECISIONS = ("day", "week", "month", "year")  # finest first


def date_label(value: Any, precision: str | None = "day") -> str:
    """'2022-01-01' + 'year' -> '2022'; + 'month' -> '2022-01'; + 'week' -> 'week of 2021-12-27'."""
    if not value:
        return ""
    iso = str(value)[:10]
    if precision == "year":
        return iso[:4]
    if precision == "month":
        return iso[:7]
    if precision == "week":
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            return iso
        return f"week of {(day - timedelta(days=day.weekday())).isoformat()}"
    return iso


def coarser(precision: str | None, than: str) -> bool:
    """Is ``precision`` coarser than ``than`` (a year-dated event in a chart by week)?"""
    p = precision if precision in PRECISIONS else "day"
    return PRECISIONS.index(p) > PRECISIONS.index(than)


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def number(value: Any) -> str:
    """As a person writes it: 5, 23, 1,115, 2.5, 68, 245 billion, 1.2 billion."""
    if value is None or value == "":
        return ""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(f):
        return str(value)
    sign, f = ("-" if f < 0 else ""), abs(f)
    for size, word in _SCALES:
        if f >= size:
            return f"{sign}{_plain(f / size)} {word}"
    return sign + _plain(f)


def _plain(f: float) -> str:
    if f == int(f):
        return f"{int(f):,}"
    return f"{f:,.2f}".rstrip("0").rstrip(".")


def snippet(text: str | None, limit: int = 180) -> str:
    """At most ``limit`` characters, cut after a whole word, with an ellipsis when cut."""
    s = " ".join((text or "").split())
    if len(s) <= limit:
        return s
    cut = s[:limit - 1]
    if " " in cut and not s[limit - 1].isspace():
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—+→") + "…"


_EDGE = re.compile(r"[\s.,;:!?\"'“”‘’()\[\]]")
_ABBREVIATION = re.compile(r"(?:\b\w\.){2,}$")


def word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` pulled in past spaces and punctuation at either edge, so a highlight sits
    exactly on the words ('Moscow, ' -> 'Moscow'; an apostrophe inside a word stays)."""
    while start < end and _EDGE.match(text[end - 1]):
        if text[end - 1] == "." and _ABBREVIATION.search(text[start:end]):
            break  # U.S. keeps its last full stop
        end -= 1
    while start < end and _EDGE.match(text[start]):
        start += 1
    return start, end
