"""Acts that point back at an act told earlier in the story: praise of "the deal" is praise of
those who made it. Runs once per story, after every sentence is coded and before repeated
mentions are merged."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...model import Actor, Event
from .story import Story

# what a deal is called when it is named again ("welcomed the agreement", "hailed the truce")
DEAL_NOUNS = {"deal", "agreement", "accord", "accords", "pact", "treaty", "truce", "ceasefire", "cease-fire",
              "declaration", "memorandum", "deals", "agreements", "rapprochement", "normalisation",
              "normalization", "settlement", "compact", "arrangement"}
# the words that tell an agreement being made
MAKING = {"sign", "agree", "reach", "conclude", "seal", "ink", "strike", "finalise", "finalize", "broker",
          "announce", "accept", "restore", "normalise", "normalize", "deal", "agreement", "accord", "pact",
          "treaty", "truce", "ceasefire"}
UNMADE = {"future", "hypothetical", "negation"}  # a deal promised, possible or refused is not made
BACK = {"the", "this", "that", "these", "those"}


def praise_of_a_told_deal(ctx: Story, events: list[Event]) -> list[Event]:
    """'Saudi Arabia and Iran agreed to restore relations ... Wang hailed the deal': whoever
    praises (or condemns) a deal the story has told is speaking of the sides that made it, who
    are the recipients when the sentence names no other."""
    made: list[Event] = []
    out: list[Event] = []
    for e in events:
        verb = _trigger(ctx, e)
        if verb is not None and e.event_type in ("AGREE", "SUPPORT") and verb.lemma_.lower() in MAKING \
                and not UNMADE & set(e.aux_modes) and len({a.country for a in e.actor + e.recipient if a.country}) >= 2:
            made.append(e)
        if e.recipient or e.event_type not in ("SUPPORT", "ACCUSE", "REJECT") or not made or verb is None:
            out.append(e)
            continue
        deal = next((k for k in verb.children if k.dep_ in ("dobj", "obj") and k.lower_ in DEAL_NOUNS
                     and any(g.dep_ in ("det", "poss") and g.lower_ in BACK for g in k.children)), None)
        if deal is None or deal.i <= _first_token(ctx, made[-1]):
            out.append(e)
            continue
        # the sides as first named: "They also agreed ..." repeats the lead's "Saudi Arabia and Iran"
        told = {a.country for a in made[-1].actor + made[-1].recipient}
        deal_made = next(m for m in made if {a.country for a in m.actor + m.recipient} == told)
        own = {a.country for a in e.actor if a.country}
        sides: list[Actor] = []
        for a in deal_made.actor + deal_made.recipient:
            if a.country and a.country not in own and all(a.country != b.country for b in sides):
                sides.append(a)
        if not sides:
            out.append(e)
            continue
        out.append(replace(e, recipient=sides, rule=e.rule + f"; recipient: the sides of '{deal.text}' as told"
                           f" before ('{deal_made.trigger.text}')"))
    return out


def _trigger(ctx: Story, e: Event) -> Token | None:
    span = ctx.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _first_token(ctx: Story, e: Event) -> int:
    span = ctx.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span.start if span is not None else -1
