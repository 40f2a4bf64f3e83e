"""Who did it: an act the story tells without its doer ("Two Armenian soldiers were wounded") takes the
doer of the same act told elsewhere in the story ("Azerbaijani forces shelled Armenian positions");
an act still without anyone doing it is held back. Runs once per story, after the sentences are coded.

Why: on the real news we judged by eye (sets I to O, 748 events), an event with no actor was fully
right once in 94 times: who-did-what-to-whom without a who is not a record an analyst can use, and
most of these were mentions of an act the story tells in full elsewhere. Held back means the
confidence of acts told only in passing (0.3): left out at the default --min-confidence, kept and
flagged below it, so nothing is lost to a user who asks for everything."""

from __future__ import annotations

from dataclasses import replace

from ...model import Event
from .story import BACKGROUND_CONFIDENCE, Story

# an act told as possible, refused or denied says nothing about who did the act told here
UNSURE = {"hypothetical", "negation"}
# how far apart two tellings of one act may be, in sentences (a story's follow-up paragraphs)
NEAR = 6


# an act undone by the one who did it: whoever frees a detainee is whoever held them ("Soldiers arrested the
# prime minister ... He was freed on Thursday"); not a hostage, whom others may free by force
UNDOES = {("RETREAT", "release"): {("COERCE", "arrest")}}


def _same_or_undone(o: Event, e: Event) -> bool:
    if o.event_type == e.event_type:
        return True
    return (o.event_type, o.mode) in UNDOES.get((e.event_type, e.mode), set())


def _same_people(held: list, freed: list) -> bool:
    """The one freed is one of those held: a shared name ("Mohamed Bazoum" ... "Bazoum")."""
    names = {w.lower() for a in held for w in (a.name or a.text).split() if w[:1].isupper()}
    return any(w.lower() in names for a in freed for w in (a.name or a.text).split() if w[:1].isupper())


def _coded(e: Event) -> bool:
    return any(a.country for a in e.actor)


def doer_of_the_same_act(ctx: Story, events: list[Event]) -> list[Event]:
    """An event with a recipient but no actor takes the actor of the nearest event of the same type (or, for a
    release, the detention it ends: UNDOES) told
    before it in the story (within NEAR sentences) whose recipients share a country with its own and
    whose actor is coded; where two such events at the same distance name different actors, it stays as
    it is. Only an act told before: the full telling comes first in news, and merging keeps the first
    mention, so a mention before the full telling would stand in for it. Not an event already held back
    for another reason (told in passing, possible)."""
    out: list[Event] = []
    for e in events:
        theirs = {a.country for a in e.recipient if a.country}
        if e.actor or not theirs or e.confidence <= BACKGROUND_CONFIDENCE:
            out.append(e)
            continue
        here = e.evidence.sentence
        same = [o for o in events if o is not e and _same_or_undone(o, e) and _coded(o)
                and not UNSURE & set(o.aux_modes) and theirs & {a.country for a in o.recipient}
                and (not theirs <= {a.country for a in o.actor} if o.event_type == e.event_type
                     else _same_people(o.recipient, e.recipient))
                and o.trigger.start < e.trigger.start
                and here - o.evidence.sentence <= NEAR]
        if not same:
            out.append(e)
            continue
        gap = min(here - o.evidence.sentence for o in same)
        nearest = [o for o in same if here - o.evidence.sentence == gap]
        doers = {frozenset(a.country for a in o.actor if a.country) for o in nearest}
        if len(doers) > 1:
            out.append(e)
            continue
        told = nearest[0]
        what = "same act" if told.event_type == e.event_type else "act it undoes"
        out.append(replace(e, actor=[a for a in told.actor if a.country],
                           rule=e.rule + f"; actor: who did the {what}"
                           f" told in sentence {told.evidence.sentence}"
                           f" ('{told.trigger.text}')"))
    return out


def held_back_without_doer(ctx: Story, events: list[Event]) -> list[Event]:
    """An event with no actor at all after every other rule: held back at the confidence of an act told
    in passing. One whose actor is named but has no country ("unidentified gunmen", "Western
    governments") keeps its confidence: the words are kept, the code left unknown."""
    for e in events:
        if not e.actor and e.confidence > BACKGROUND_CONFIDENCE:
            e.confidence = BACKGROUND_CONFIDENCE
            e.rule += "; held back: no one is told doing it"
    return events
