"""The actor data files, loaded into lookup tables.

countries.tsv, seats.tsv, igos.tsv, groups.tsv, leaders.tsv and sectors.tsv
under ``data/actors`` are read once per process. Everything the actor
component matches in text comes from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import read_tsv, split_multi


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    capital: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Phrase:
    """A fixed phrase that names an actor: 'Kremlin', 'NATO', 'Hamas', 'Russian'."""

    text: str
    name: str
    country: str
    sector: str
    kind: str  # country, adjective, capital, seat, igo, ngo, group


@dataclass(frozen=True)
class Term:
    """One person's term in one office (leaders.tsv)."""

    iso3: str
    role: str
    name: str
    start: str
    end: str  # "" = still in office

    def covers(self, day: str | None) -> bool:
        if not day:
            return not self.end
        return self.start <= day and (not self.end or day <= self.end)


@dataclass
class Tables:
    countries: dict[str, Country] = field(default_factory=dict)
    phrases: list[Phrase] = field(default_factory=list)
    adjectives: dict[str, str] = field(default_factory=dict)  # lower -> iso3
    country_names: dict[str, str] = field(default_factory=dict)  # lower -> iso3
    capitals: dict[str, str] = field(default_factory=dict)  # lower -> iso3
    leaders: dict[str, list[Term]] = field(default_factory=dict)  # lower name or alias -> terms
    offices: dict[tuple[str, str], list[Term]] = field(default_factory=dict)  # (iso3, role) -> terms
    titles: dict[str, str] = field(default_factory=dict)  # lower title -> sector
    group_nouns: dict[str, str] = field(default_factory=dict)  # lower lemma -> sector
    org_words: dict[str, tuple[str, str]] = field(default_factory=dict)  # head word -> (country code, sector)

    def leader_terms(self, name: str) -> list[Term]:
        return self.leaders.get(name.lower(), [])

    def country_name(self, iso3: str) -> str:
        c = self.countries.get(iso3)
        return c.name if c else iso3


def _float(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    t = Tables()
    for iso3, iso2, name, aliases, adjectives, capital, cap_aliases, lat, lon in read_tsv(
            "actors/countries.tsv", 9):
        t.countries[iso3] = Country(iso3, iso2, name, capital, _float(lat), _float(lon))
        for s in [name, *split_multi(aliases)]:
            t.phrases.append(Phrase(s, name, iso3, "", "country"))
            t.country_names[s.lower()] = iso3
        for s in split_multi(adjectives):
            t.phrases.append(Phrase(s, name, iso3, "", "adjective"))
            t.adjectives[s.lower()] = iso3
        for s in [capital, *split_multi(cap_aliases)]:
            if s:
                t.phrases.append(Phrase(s, name, iso3, "GOV", "capital"))
                t.capitals[s.lower()] = iso3
    for phrase, iso3, sector, _note in read_tsv("actors/seats.tsv", 4):
        spellings = split_multi(phrase)
        for s in spellings:
            t.phrases.append(Phrase(s, spellings[0], iso3, sector, "seat"))
    for code, name, aliases, note in read_tsv("actors/igos.tsv", 4):
        kind = "ngo" if note.upper().startswith("NGO") else "igo"
        country = "NGO" if kind == "ngo" else "IGO"
        for s in [name, *split_multi(aliases)]:
            t.phrases.append(Phrase(s, code, country, "", kind))
    for phrase, iso3, sector, _note in read_tsv("actors/groups.tsv", 4):
        spellings = split_multi(phrase)
        for s in spellings:
            t.phrases.append(Phrase(s, spellings[0], iso3, sector, "group"))
    for iso3, role, name, aliases, start, end, _sector in read_tsv("actors/leaders.tsv", 7):
        term = Term(iso3, role, name, start, end)
        t.offices.setdefault((iso3, role), []).append(term)
        for s in {name, *split_multi(aliases)}:
            t.leaders.setdefault(s.lower(), []).append(term)
    for word, code, sector in read_tsv("actors/org_words.tsv", 3, 2):
        t.org_words[word.lower()] = (code, sector)
    for term_text, sector, kind in read_tsv("actors/sectors.tsv", 3):
        if kind in ("title", "both"):
            t.titles[term_text] = sector
        if kind in ("group", "both"):
            t.group_nouns[term_text] = sector
    return t
