"""Is this English? py3langid's naive Bayes model, shipped inside its wheel (no download).

The model tells 140 languages apart from byte n-grams. It reads the cleaned
story with markup, entities, web and e-mail addresses and digits taken out,
so that tags in a plain-text story do not pass for another language. A text
too short to judge (under about ten words) is let through, and so is one the
model is unsure about: refusing an English story costs more than coding a
foreign one, whose few events would be nonsense anyway.

Loading the model takes about a second (it is a compressed 4.6 MB file);
:func:`preload` starts that in a background thread, which the ``Coder``
calls before it loads spaCy, so the two overlap. Before this module the
check imported seven of spaCy's language packages and cost 3-4 s at every
start (docs/QUALITY.md, "Reliability").
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from ..lexicon import read_tsv

ENGLISH_LIKE = frozenset({"en", "pcm"})  # Nigerian Pidgin is the model's nearest guess for terse English
MIN_LETTERS = 20  # fewer letters than this: too short to judge
MIN_CONFIDENCE = 0.6  # probability the other language needs before a story is refused
MAX_ENGLISH = 0.2  # ... while English (and its neighbours) stay below this
SAMPLE_CHARS = 5000

_MARKUP = re.compile(r"<[^<>]{0,300}>|&#?\w{1,10};|https?://\S+|www\.\S+|\S+@\S+\.\S+|\d+")

_lock = threading.Lock()
_model: Any = None
_loader: threading.Thread | None = None


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _model


def preload() -> None:
    """Start loading the model in the background (it overlaps loading spaCy)."""
    global _loader
    if _model is None and _loader is None:
        _loader = threading.Thread(target=_load, name="wirecoder-langid", daemon=True)
        _loader.start()


def identifier() -> Any:
    """The loaded model (waits for :func:`preload`'s thread if it is still at work)."""
    return _model if _model is not None else _load()


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("ingest/languages.tsv", 2)}


def sample_of(text: str) -> str:
    """What the model reads: the text without markup, addresses and digits, whitespace collapsed."""
    return " ".join(_MARKUP.sub(" ", text[: SAMPLE_CHARS * 2]).split())[:SAMPLE_CHARS]


def guess_language(text: str) -> tuple[str, float]:
    """(language code, its probability); ('', 0.0) when the text is too short to judge."""
    sample = sample_of(text)
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return "", 0.0
    code, prob = identifier().classify(sample)
    return str(code), float(prob)


def language_problem(text: str) -> str | None:
    """None when the text reads as English (or cannot be judged), else the reason it is skipped."""
    sample = sample_of(text)
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    ranked = identifier().rank(sample)
    best, prob = ranked[0]
    english = sum(p for code, p in ranked if code in ENGLISH_LIKE)
    if best in ENGLISH_LIKE or prob < MIN_CONFIDENCE or english >= MAX_ENGLISH:
        return None
    return f"not English (looks like {names().get(best, best)}); skipped"
