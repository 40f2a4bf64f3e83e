"""Is this English? A cheap test that needs no model download.

Running text is full of function words, and each language has its own: we
count the share of spaCy's stop words of English and of the languages news
most often arrives in besides (French, Spanish, German, Italian, Portuguese,
Dutch), leaving out words the lists share with English ("a", "on", "me").
Text in a non-Latin script is not English either.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
OTHERS = {"fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}


@lru_cache(maxsize=1)
def _stop_lists() -> dict[str, frozenset[str]]:
    lists: dict[str, frozenset[str]] = {}
    english = importlib.import_module("spacy.lang.en.stop_words").STOP_WORDS
    lists["en"] = frozenset(english)
    for code in OTHERS:
        words = importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
        lists[code] = frozenset(w for w in words if w not in english and len(w) > 1)
    return lists


def guess_language(text: str, max_words: int = 400) -> tuple[str, float]:
    """('en' or another code, share of that language's function words); ('', 0) when unsure."""
    sample = text[:6000]
    letters = [c for c in sample if c.isalpha()]
    if letters and sum(c.isascii() or c in "éèêëàâäôöûüùçñíóúáïî" for c in letters) / len(letters) < 0.7:
        return "non-latin", 1.0
    words = [w.lower() for w in _WORD.findall(sample)[:max_words]]
    if not words:
        return "", 0.0
    if len(words) < 8:
        return "", 0.0  # too short to judge: let it through
    shares = {code: sum(1 for w in words if w in stops) / len(words) for code, stops in _stop_lists().items()}
    best = max(shares, key=lambda k: shares[k])
    if best != "en" and shares[best] < shares["en"] + 0.05:
        return "en", shares["en"]
    return best, shares[best]


def language_problem(text: str) -> str | None:
    """None when the text reads as English, else the reason it is skipped."""
    code, share = guess_language(text)
    if code == "non-latin":
        return "not English (text is mostly in a non-Latin script)"
    if code in OTHERS and share >= 0.08:
        return f"not English (looks like {OTHERS[code]}); skipped"
    return None
