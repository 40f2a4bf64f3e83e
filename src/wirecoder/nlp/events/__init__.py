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
from spacy.tokens import Doc

from ...model import Event
from ..event_lexicon import load_event_lexicon
from ..extensions import guarded, register_extensions
from ..roles import RoleResolver
from .doers import doer_of_the_same_act, held_back_without_doer
from .links import answer_to_a_told_act, judged_act_told_before, praise_of_a_told_deal
from .record import merge, only_telling_of_force
from .sentence import code_sentence
from .story import Story

__all__ = ["EventCoder", "Story", "code_sentence", "make_event_coder"]


class EventCoder:
    def __init__(self, nlp: Language) -> None:
        self.lex = load_event_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        story = Story(doc, self.lex, RoleResolver(doc))
        events: list[Event] = []
        want_trace = bool((doc._.wc_meta or {}).get("trace"))
        traced: list[tuple[int, str]] = []
        for sent in doc.sents:
            lines: list[str] | None = [] if want_trace else None
            events.extend(code_sentence(sent, story, lines))
            traced.extend((sent.start, line) for line in lines or [])
        if want_trace:
            doc._.wc_event_trace = traced
        # story-level passes, in order: links back to acts told before (a deal praised, an act judged, an act
        # answered), the doer of an act told again,
        # then the lone act of force; after merging, an act still without a doer is held back
        for story_pass in (praise_of_a_told_deal, judged_act_told_before, answer_to_a_told_act,
                           doer_of_the_same_act, only_telling_of_force):
            events = story_pass(story, events)
        doc._.wc_events = held_back_without_doer(story, merge(story, events))
        return doc


@Language.factory("wirecoder_events",
                  requires=["doc._.wc_mentions", "doc._.wc_dates", "doc._.wc_places"],
                  assigns=["doc._.wc_events"])
def make_event_coder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, EventCoder(nlp))
