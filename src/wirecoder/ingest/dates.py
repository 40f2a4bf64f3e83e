"""Publication dates from whatever shape an input gives them in."""

from __future__ import annotations

import re
import time
from datetime import date, datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def normalise_date(value: str | None) -> str | None:
    """'2025-05-09T10:00Z', '20250509', 'Fri, 09 May 2025 08:00:00 GMT' -> '2025-05-09'."""
    if not value:
        return None
    for rx in (_ISO, _COMPACT):
        m = rx.match(value)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                return None
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def from_struct(t: time.struct_time | None) -> str | None:
    if not t:
        return None
    try:
        return datetime(*t[:6]).date().isoformat()
    except (TypeError, ValueError):
        return None


def check_iso_date(value: str) -> str:
    """Validate a YYYY-MM-DD option value; raise ValueError with a clear message."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
