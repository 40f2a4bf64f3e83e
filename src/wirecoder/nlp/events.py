"""The events component: PLOVER events with their actors, modes, dates and places.

For each sentence: find trigger candidates (triggers.py); let a verb of
agreeing, demanding, accusing... take the events in its complement as its
content instead of coding them twice ("agreed that their countries should
cooperate" is one AGREE); look through reporting verbs ("X said Y will
sanction Z" codes Y -> Z); read actor and recipient from the parse (active
and passive voice, prepositions, possessives, compound actors); then set
auxiliary modes, apply PLOVER's rules for future events (a future CONSULT
is an AGREE; a conditional sanction is a THREATEN), and build the records.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event
from .event_build import EventBuilder
from .event_lexicon import load_event_lexicon
from .extensions import guarded, register_extensions
from .roles import RoleResolver
from .triggers import Candidate, find_candidates

# Dependency steps by which an event's words can be the *content* of another's:
# complements, objects, and prepositional objects. Adverbial clauses, relative
# clauses and coordinated verbs are events of their own.
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "obj", "prep", "pobj", "acomp", "attr", "oprd", "dative",
                "nsubjpass", "pcomp", "acl", "compound", "amod", "nmod", "poss", "appos"}
NOUN_PARTICIPANT_PREPS = {"of", "on", "against", "between", "with", "for", "by", "from", "to", "in", "upon", "into"}


def _content_path(outer: Token, inner: Token) -> bool:
    """Is ``inner`` inside the content of ``outer`` (reached only through content dependencies)?"""
    tok = inner
    while tok.i != outer.i:
        if tok.head.i == tok.i:
            return False
        if tok.dep_ not in CONTENT_DEPS:
            return False
        tok = tok.head
    return True


def _absorb(cands: list[Candidate]) -> None:
    by_head = {c.head.i: c for c in cands if not c.say}
    for c in cands:
        if c.say:
            continue
        anc = c.head.head
        steps = 0
        while anc.i != anc.head.i and steps < 12:
            outer = by_head.get(anc.i)
            if outer is not None and outer is not c and _content_path(anc, c.head):
                c.absorbed_by = outer
                outer.content.append(c)
                break
            anc = anc.head
            steps += 1
        if c.absorbed_by is None and c.head.head.i != c.head.i:
            outer = by_head.get(c.head.head.i)
            if outer is not None and outer is not c and _content_path(c.head.head, c.head):
                c.absorbed_by = outer
                outer.content.append(c)


def _has_participants(c: Candidate, roles: RoleResolver) -> bool:
    """A bare event noun ("the war", "talks") is coded only when someone takes part in it."""
    n = c.head
    for ch in n.children:
        if ch.dep_ in ("poss", "amod", "compound", "nmod") and (roles.np_actors(ch) or ch.i in roles.coref):
            return True
        if ch.dep_ == "prep" and ch.lower_ in NOUN_PARTICIPANT_PREPS:
            if any(roles.np_actors(p) for p in ch.children if p.dep_ == "pobj"):
                return True
    return False


def code_sentence(sent: Span, builder: EventBuilder) -> list[Event]:
    lex = builder.lex
    cands = find_candidates(sent, lex)
    _absorb(cands)
    events: list[Event] = []
    for c in cands:
        if c.say or c.absorbed_by is not None:
            continue
        if c.kind == "noun" and not _has_participants(c, builder.roles):
            continue
        ev = builder.build(c, sent)
        if ev is not None:
            events.append(ev)
    return events


class EventCoder:
    def __init__(self, nlp: Language) -> None:
        self.lex = load_event_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        builder = EventBuilder(doc, self.lex, RoleResolver(doc))
        events: list[Event] = []
        for sent in doc.sents:
            events.extend(code_sentence(sent, builder))
        doc._.wc_events = builder.merge(events)
        return doc


def actor_key(actors: list[Actor]) -> frozenset[tuple[str, str]]:
    return frozenset((a.country, a.name) for a in actors)


@Language.factory("wirecoder_events",
                  requires=["doc._.wc_mentions", "doc._.wc_dates", "doc._.wc_places"],
                  assigns=["doc._.wc_events"])
def make_event_coder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, EventCoder(nlp))
