"""The event lexicon and the PLOVER/CAMEO tables, loaded from data/events.

verbs.tsv and nouns.tsv say which words carry which events; cameo.tsv gives
Goldstein scores; plover.tsv gives quad classes and PLOVER scores;
contexts.tsv maps words to PLOVER contexts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import read_tsv, split_multi


@dataclass(frozen=True)
class Entry:
    """One lexicon line: the words that must be there, and the event they make."""

    lemma: str  # verb or noun lemma ("call", "trade war")
    particles: tuple[str, ...]  # particles/prepositions the verb must govern ("for", "out")
    objects: frozenset[str]  # allowed object lemmas ("talk", "meeting"); empty = any
    type: str  # PLOVER type, or SAY / LIGHT / NONE
    mode: str
    cameo: str
    source: str  # "verbs.tsv:123": why this event exists
    pattern: str
    inverse: bool = False  # subject receives; "from X" acts

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + len(self.particles)


@dataclass
class EventLexicon:
    verbs: dict[str, list[Entry]]  # first word of the lemma -> entries, most specific first
    nouns: dict[str, list[Entry]]  # head lemma -> entries (compounds first)
    goldstein: dict[str, float]
    cameo_names: dict[str, str]
    plover: dict[tuple[str, str], tuple[int, float]]  # (type, mode) -> (quad, score)
    contexts: dict[str, str]
    # non_events.tsv: kind (mention, negator, failer, figure, standing, force, press) -> words
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    def is_(self, kind: str, word: str) -> bool:
        return word in self.words.get(kind, frozenset())

    def goldstein_of(self, code: str) -> float:
        while code:
            if code in self.goldstein:
                return self.goldstein[code]
            code = code[:-1]
        return 0.0

    def quad_score(self, etype: str, mode: str) -> tuple[int, float]:
        return self.plover.get((etype, mode)) or self.plover.get((etype, ""), (0, 0.0))


def _parse_pattern(pattern: str) -> tuple[str, tuple[str, ...], frozenset[str]]:
    objects: frozenset[str] = frozenset()
    if "+" in pattern:
        pattern, obj = pattern.split("+", 1)
        objects = frozenset(o.strip().lower() for o in split_multi(obj))
    words = pattern.split()
    return words[0].lower(), tuple(w.lower() for w in words[1:]), objects


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    verbs: dict[str, list[Entry]] = {}
    for pattern, etype, mode, cameo, roles, _note in read_tsv("events/verbs.tsv", 6, 4):
        lemma, particles, objects = _parse_pattern(pattern)
        verbs.setdefault(lemma, []).append(
            Entry(lemma, particles, objects, etype, mode, cameo, f"verbs.tsv:{pattern}", pattern,
                  inverse=roles == "inverse"))
    nouns: dict[str, list[Entry]] = {}
    for lemma, etype, mode, cameo, _note in read_tsv("events/nouns.tsv", 5, 4):
        head = lemma.split()[-1].lower()
        nouns.setdefault(head, []).append(
            Entry(lemma.lower(), (), frozenset(), etype, mode, cameo, f"nouns.tsv:{lemma}", lemma))
    words: dict[str, set[str]] = {}
    for kind, pattern, _note in read_tsv("events/non_events.tsv", 3, 2):
        if kind == "verb":
            lemma, particles, objects = _parse_pattern(pattern)
            verbs.setdefault(lemma, []).append(
                Entry(lemma, particles, objects, "NONE", "", "", f"non_events.tsv:{pattern}", pattern))
        elif kind == "noun":
            nouns.setdefault(pattern.split()[-1].lower(), []).append(
                Entry(pattern.lower(), (), frozenset(), "NONE", "", "", f"non_events.tsv:{pattern}", pattern))
        else:
            words.setdefault(kind, set()).add(pattern.lower())
    evaluations = read_tsv("events/evaluations.tsv", 3, 1)
    words["blame"] = {w.lower() for w, _note, kind in evaluations if kind != "praise"}
    words["praise"] = {w.lower() for w, _note, kind in evaluations if kind == "praise"}
    for entries in verbs.values():
        entries.sort(key=lambda e: -e.specificity)
    for entries in nouns.values():
        entries.sort(key=lambda e: -len(e.lemma.split()))
    goldstein, names = {}, {}
    for code, score, name in read_tsv("events/cameo.tsv", 3):
        goldstein[code] = float(score)
        names[code] = name
    plover = {(t, m): (int(q), float(s)) for t, m, q, s in read_tsv("events/plover.tsv", 4)}
    contexts = {w.lower(): c for w, c in read_tsv("events/contexts.tsv", 2)}
    return EventLexicon(verbs, nouns, goldstein, names, plover, contexts,
                        {k: frozenset(v) for k, v in words.items()})
