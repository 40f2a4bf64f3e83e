"""What a person types for an actor or an event type -> the code wirecoder stores.

"russia", "Russia", "RUS", "Russian" and "RU" all name RUS; "nato" names NATO;
"sanctions" and "Sanction" name SANCTION. A name that fits nothing raises
:class:`~wirecoder.errors.UsageError` with the closest names ("did you mean").
The tables are the actor data files (countries, organisations), read once.
"""

from __future__ import annotations

import difflib
from functools import cache

from .errors import UsageError
from .lexicon import read_tsv, split_multi
from .model import EVENT_TYPES

# Codes that stand for a kind of actor rather than one country (see DESIGN.md).
GROUP_CODES = {"IGO": "intergovernmental bodies", "NGO": "non-governmental bodies",
               "IMG": "international militant groups"}


@cache
def actor_names() -> dict[str, tuple[str, str]]:
    """casefolded name, alias, adjective or code -> (code, display name)."""
    out: dict[str, tuple[str, str]] = {}
    for code, what in GROUP_CODES.items():
        out[code.casefold()] = (code, what)
    for code, name, aliases, _note in read_tsv("actors/igos.tsv", 4):
        for s in (code, name, *split_multi(aliases)):
            out.setdefault(s.casefold(), (code, name))
    for iso3, iso2, name, aliases, adjectives, *_ in read_tsv("actors/countries.tsv", 9):
        out[iso3.casefold()] = (iso3, name)  # a country's own code wins over any alias
        for s in (iso2, name, *split_multi(aliases), *split_multi(adjectives)):
            if s:
                out.setdefault(s.casefold(), (iso3, name))
    return out


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold().removeprefix("the ")


def resolve_actor(text: str) -> str:
    """An actor's code from its name or code in any case; UsageError with suggestions otherwise."""
    names = actor_names()
    key = _key(text)
    for k in (key, key.replace(".", "")):
        if k in names:
            return names[k][0]
    close = difflib.get_close_matches(key, list(names), n=4, cutoff=0.75)
    shown = list(dict.fromkeys(f"{names[c][1]} ({names[c][0]})" for c in close))
    hint = f"; did you mean {' or '.join(shown)}?" if shown else \
        " (a country by name or ISO code, e.g. Russia or RUS, or an organisation such as NATO or UN)"
    raise UsageError(f"{text!r} is not an actor wirecoder knows{hint}")


def resolve_type(text: str) -> str:
    """A PLOVER event type in any case, singular or plural ('sanctions' -> SANCTION)."""
    word = text.strip().upper()
    for candidate in (word, word.removesuffix("S"), word.removesuffix("ES")):
        if candidate in EVENT_TYPES:
            return candidate
    close = difflib.get_close_matches(word, EVENT_TYPES, n=3, cutoff=0.5)
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    raise UsageError(f"{text!r} is not a PLOVER event type; {hint}(one of {', '.join(EVENT_TYPES)})")
