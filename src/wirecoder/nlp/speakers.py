"""Who said it: cue words of reported speech and the speaker behind them.

Shared by the quotes component (which attributes quoted and reported words)
and the sources component (which lists who and what a story cites). The
speaker of a cue is its grammatical subject, read as actors through the
actors component's coreference ("he", "the Russian leader", "the two
leaders"); a document as subject ("the joint statement", "the document")
speaks for whoever issued it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lexicon import read_tsv
from ..model import Actor
from .roles import RoleResolver

# Nouns for texts that speak for their authors ("the statement said").
DOCUMENT_NOUNS = {"statement", "document", "declaration", "communique", "communiqué", "readout", "letter",
                  "report", "resolution", "text", "release", "memo", "transcript", "post", "decree",
                  "agreement"}
# Plural references that name a group of speakers; they must resolve to people or parties, not places.
GROUP_WORDS = {"they", "them", "their", "leaders", "sides", "presidents", "ministers", "heads", "both"}
# Prepositions whose phrase stays inside a noun phrase: "a report by the Institute", "aid to Ukraine".
NP_PREPS = ("of", "from", "for", "on", "at", "in", "by", "to")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Ways a cue inherits the subject of the verb it hangs from: "welcomed the deal, saying ...",
# "vowed and warned that ...", "who said ...".
INHERIT_DEPS = ("advcl", "xcomp", "conj", "acl")


@lru_cache(maxsize=1)
def cue_lemmas() -> dict[str, str]:
    """Cue lemma -> 'say' or 'name' (data/quotes/cues.tsv)."""
    return {lemma.lower(): use for lemma, use, _note in read_tsv("quotes/cues.tsv", 3, 2)}


def is_cue(tok: Token, uses: tuple[str, ...] = ("say",)) -> bool:
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
        return False
    return cue_lemmas().get(tok.lemma_.lower()) in uses


def np_start(tok: Token) -> int:
    """Token index where the noun phrase headed by ``tok`` starts (relative clauses left out)."""
    return min((t.i for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("relcl", "acl", "punct", "cc")),
               default=tok.i)


def np_end(tok: Token) -> int:
    """Token index (exclusive) where the noun phrase headed by ``tok`` ends: the noun, its
    compounds and appositions and its 'of'/'from' phrases, but not relative clauses."""
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "nummod", "amod", "appos", "flat") or (
                c.dep_ == "prep" and c.lower_ in NP_PREPS and c.i == end):
            end = max(end, max(t.i for t in c.subtree) + 1)
        elif c.dep_ not in ("punct",):
            break
    doc = tok.doc
    while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def np_text(tok: Token) -> tuple[str, int, int]:
    doc = tok.doc
    s, e = np_start(tok), np_end(tok)
    return doc[s:e].text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def cue_subject(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing through participles and coordination."""
    tok = verb
    for _ in range(4):
        if tok is not verb and tok.dep_ == "ccomp" and is_cue(tok.head):
            # "X said the deal ..., stressing: ...": the parser hung the participle inside
            # what X said; the one stressing is X
            return cue_subject(tok.head)
        for c in tok.children:
            if c.dep_ in SUBJECT_DEPS:
                return c
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok.head  # "Lavrov, who said ..."
        if tok.dep_ in INHERIT_DEPS and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    # "..., India's foreign secretary, Vinay Kwatra, said.": the parser hung the speaker on the
    # clause before; the name just before the cue is the subject
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and i < verb.i - 1 and doc[i].pos_ in ("PROPN", "NOUN"):
        return doc[i]
    return None


@dataclass
class SpeakerResolver:
    """Resolves a speaker's noun phrase to actors, remembering who issued which documents."""

    doc: Doc
    roles: RoleResolver
    issued: dict[str, list[Actor]] = field(default_factory=dict)  # document noun (or "*") -> issuers

    def speakers(self, tok: Token | None) -> list[Actor]:
        if tok is None:
            return []
        text, start, end = np_text(tok)
        if tok.lemma_.lower() in DOCUMENT_NOUNS and not self._named_owner(tok):
            got = self.issued.get(tok.lemma_.lower()) or self.issued.get("*") or []
            return [replace(a, text=text, start=start, end=end) for a in got]
        if tok.lower_ in ("they", "we"):
            # "In a joint statement ..., they warned": those who issued the statement speak
            for t in tok.sent:
                issuers = self.issued.get(t.lemma_.lower()) if t.pos_ == "NOUN" else None
                if issuers:
                    return [replace(a, text=text, start=start, end=end) for a in issuers]
        actors = self.roles.np_actors(tok)
        if tok.lower_ in GROUP_WORDS or any(c.lower_ in ("two", "both") for c in tok.children):
            actors = self._fix_group(tok, actors)
        if not actors:
            actors = self.roles.owner_actors(tok)  # "Zelenskyy's office", "the White House spokesman"
        if not actors and tok.pos_ != "PRON":
            # Someone the story names but our tables do not know ("protesters", "a senior official"):
            # keep the words, so the quote still says who spoke.
            return [Actor(text, text, "", "", "", start, end)]
        if not any(c.dep_ == "conj" for c in tok.children) and tok.pos_ != "PRON":
            # one phrase for all its actors: "The Russian leader", "the two leaders"
            actors = [replace(a, text=text, start=start, end=end) for a in actors]
        return actors

    def _named_owner(self, tok: Token) -> bool:
        return any(c.dep_ in ("poss", "compound", "nmod") and self.roles.np_actors(c) for c in tok.children)

    def _fix_group(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """A group of speakers is people or parties; a mix of a person and a building or a
        place ("Xi and the Kremlin") means the reference reached too far: take the last two
        people named before it instead."""
        if len(actors) >= 2 and all(a.kind == "person" for a in actors):
            return actors
        if actors and not any(a.kind == "person" for a in actors):
            return actors  # countries or bodies speaking together
        people: list[Actor] = []
        for m in reversed(self.doc._.wc_mentions or []):
            if m.start >= tok.i or m.actor.kind != "person":
                continue
            if not any(p.name == m.actor.name for p in people):
                people.append(m.actor)
            if len(people) == 2:
                break
        if len(people) < 2:
            return actors
        return [replace(p, text=tok.text, start=tok.idx, end=tok.idx + len(tok)) for p in reversed(people)]

    def note_documents(self, tokens: list[Token], speakers: list[Actor]) -> None:
        """Remember that ``speakers`` issued the documents named among ``tokens`` ("in a joint statement")."""
        if not speakers or not any(a.country for a in speakers):
            return
        for t in tokens:
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and lemma in DOCUMENT_NOUNS:
                issuers = list(speakers)
                # "joint statements with Xi": the partner issued it too
                for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "with"):
                    for p in (x for x in prep.children if x.dep_ == "pobj"):
                        issuers += [a for a in self.roles.np_actors(p) if a.name not in {b.name for b in issuers}]
                self.issued[lemma] = issuers
                self.issued["*"] = issuers
