"""The sources component: whom and what a story cites for its facts.

Wire copy names its sources in a few set ways: "according to X", "X
reported", "..., citing X", "X said in a statement", "published on the
Kremlin website", "data from X showed". Each becomes a
:class:`~wirecoder.model.CitedSource` with its offsets and a kind:

- wire: a news agency (the agencies of data/ingest/wires.tsv: "Tass reported");
- media: another news outlet ("The Wall Street Journal reported");
- document: a statement, report or web page ("according to the document");
- data: figures and statistics ("according to Chinese customs data");
- official: a person speaking for a body ("citing Deputy Prime Minister X");
- agency: a public body or organisation ("the U.N. refugee agency said in a statement").

People quoted with "said" are speakers (the quotes component), not cited
sources, unless they speak through a document ("said in a statement").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lexicon import read_tsv, split_multi
from ..model import CitedSource
from .extensions import guarded, register_extensions
from .speakers import is_cue, np_end, np_start

# Verbs whose subject is a source that publishes rather than speaks.
PUBLISH_VERBS = {"report", "quote", "broadcast", "publish", "cite"}
# Verbs by which figures say something: "data showed", "figures indicate".
SHOW_VERBS = {"show", "indicate", "suggest", "reveal", "find", "put"}
# Heads of prepositional objects that are places of publication: "on the Kremlin website".
PAGE_NOUNS = {"website", "site", "webpage", "channel", "account", "page", "feed", "platform"}
PAGE_PREPS = ("on", "in", "via")
SUBJECT_VERBS = PUBLISH_VERBS | SHOW_VERBS | {"say", "state", "announce"}


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for kind, words, _note in read_tsv("sources/kinds.tsv", 3, 2):
        out.setdefault(kind, set()).update(w.lower() for w in split_multi(words))
    return out


@lru_cache(maxsize=1)
def _wire_pattern() -> re.Pattern[str]:
    spellings = sorted({s for _name, sp in read_tsv("ingest/wires.tsv", 2) for s in split_multi(sp)},
                       key=len, reverse=True)
    # Short spellings ("AP", "AA", "PA") only in capitals; names also in any casing ("Tass", "TASS").
    alts = [re.escape(s) if len(s) <= 3 else f"(?i:{re.escape(s)})" for s in spellings]
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b")


def classify(head: Token, text: str) -> str:
    """The kind of a cited source from its head noun and words."""
    words = _kind_words()
    lemma = head.lemma_.lower()
    forms = {lemma, head.lower_}  # spaCy lemmatises "data" to "datum"
    if _wire_pattern().search(text):
        return "wire"
    if forms & words["data"]:
        return "data"
    if forms & (PAGE_NOUNS | words["document"]):
        return "document"
    lowered = {w.lower().strip(".,") for w in text.split()}
    if lowered & (words["media"] - {"agency", "post", "paper", "channel", "press"}) or (
            head.pos_ == "PROPN" and lowered & {"post", "press"}):
        return "media"
    mentions = head.doc._.wc_mentions or []
    if head.ent_type_ == "PERSON" or any(m.start <= head.i < m.end and m.kind == "person" for m in mentions):
        return "official"
    if lemma in words["official"] and lemma not in words["agency"]:
        return "official"
    if lowered & words["agency"] or head.ent_type_ == "ORG" or any(
            m.start <= head.i < m.end and m.kind in ("igo", "ngo", "org", "seat", "group") for m in mentions):
        return "agency"
    return ""  # not a source we can name: the caller drops it


def _np(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``."""
    return np_start(tok), np_end(tok)


class _Collector:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.found: list[CitedSource] = []

    def add(self, head: Token, first: int, last: int, name_range: tuple[int, int]) -> None:
        """A source headed by ``head``, written from token ``first`` to ``last`` (inclusive)."""
        doc = self.doc
        s, e = doc[first].idx, doc[last].idx + len(doc[last])
        ns, ne = name_range
        name = doc[ns:ne].text
        kind = classify(head, name)
        if not re.search(r"[A-Za-z]", name) or head.pos_ == "PRON" or not kind:
            return
        src = CitedSource(text=doc[first:last + 1].text, name=name, kind=kind, start=s, end=e)
        for i, old in enumerate(self.found):
            if old.start < e and s < old.end:  # overlapping finds: keep the longer
                if e - s > old.end - old.start:
                    self.found[i] = src
                return
        self.found.append(src)


def find_sources(doc: Doc) -> list[CitedSource]:
    col = _Collector(doc)
    for tok in doc:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            src = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if src is not None:
                s, e = _np(src)
                col.add(src, tok.i, e - 1, (s, e))
        elif tok.lemma_.lower() == "cite" and tok.pos_ == "VERB":
            src = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            if src is not None:
                s, e = _np(src)
                col.add(src, tok.i, e - 1, (s, e))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in SUBJECT_VERBS:
            _subject_source(col, tok)
        elif tok.dep_ == "pobj" and tok.lemma_.lower() in PAGE_NOUNS and tok.head.lower_ in PAGE_PREPS:
            prep = tok.head
            s, e = _np(tok)
            first = prep.head.i if prep.head.lemma_.lower() in ("publish", "post", "put") and \
                prep.head.i == prep.i - 1 else prep.i
            col.add(tok, first, e - 1, (s, e))
    col.found.sort(key=lambda c: c.start)
    return col.found


def _subject_source(col: _Collector, verb: Token) -> None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return
    lemma = verb.lemma_.lower()
    s, e = _np(subj)
    name = col.doc[s:e].text
    kind = classify(subj, name)
    statement = _in_document(verb)
    if lemma in SHOW_VERBS:
        if kind != "data":
            return
    elif lemma in PUBLISH_VERBS:
        if kind not in ("wire", "media", "document", "data", "agency") or subj.ent_type_ == "PERSON":
            return
    elif statement is None and kind not in ("wire", "media", "document", "data"):
        return  # a person or government that "said": a speaker, not a cited source
    first, last = min(s, verb.i), max(e - 1, verb.i)
    if statement is not None and is_cue(verb):
        last = max(last, statement)
    col.add(subj, first, last, (s, e))


def _in_document(verb: Token) -> int | None:
    """Token index ending "in a statement" / "on its website" under ``verb``, if there is one."""
    words = _kind_words()["document"] | PAGE_NOUNS
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "via"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in words:
                    return np_end(p) - 1
    return None


def cited_sources(doc: Doc) -> list[CitedSource]:
    """The story's cited sources, found once per document (amounts read them before this component runs)."""
    if doc._.wc_sources is None:
        doc._.wc_sources = find_sources(doc)
    return list(doc._.wc_sources)


class SourceFinder:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        cited_sources(doc)
        return doc


@Language.factory("wirecoder_sources", requires=["doc._.wc_mentions"], assigns=["doc._.wc_sources"])
def make_source_finder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, SourceFinder(nlp))
