"""Acts that point back at an act told earlier in the story: praise of "the deal" is praise of
those who made it. Runs once per story, after every sentence is coded and before repeated
mentions are merged."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...model import Actor, Event
from ..triggers import noun_entry
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


# a judged act named again by a pronoun or a bare act noun: '"This is an unfriendly act," the minister said'
POINTERS = {"this", "it", "that", "which"}
ACT_NOUNS = {"move", "decision", "step", "act", "action", "measure", "gift", "aid", "help", "donation",
             "assistance", "expulsion", "vote", "release", "visit", "announcement", "attempt"}
JUDGED = ("ACCUSE", "SUPPORT")


def judged_act_told_before(ctx: Story, events: list[Event]) -> list[Event]:
    """'Russia expelled two Estonian diplomats. "This is an unfriendly act," the Estonian minister said':
    an evaluation (evaluations.tsv) whose judged thing is only 'this', 'it' or 'the move' speaks of the
    act the story told just before (in the same or the two sentences before) by someone other than the
    speaker; its doer is the recipient. Praise of 'it' with no such act before (the weather, the economy)
    is no event."""
    out: list[Event] = []
    for n, e in enumerate(events):
        verb = _trigger(ctx, e)
        if e.recipient or e.event_type not in JUDGED or "evaluations.tsv" not in e.rule or verb is None:
            out.append(e)
            continue
        judged = _judged(ctx, verb)
        if judged is None:
            out.append(e)
            continue
        here = ctx.sent_index.get(verb.sent.start, -1)
        own = {a.country for a in e.actor if a.country}
        before = None
        for b in reversed(events[:n]):
            bv = _trigger(ctx, b)
            if bv is None or bv.i >= judged.i or here - ctx.sent_index.get(bv.sent.start, -9) > 2:
                continue
            if b.event_type in JUDGED and "evaluations.tsv" in b.rule:
                continue
            if {a.country for a in b.actor} & own:
                continue  # the speaker's own reply ("recalled its ambassador") is not what it judges
            before = b
            break
        if before is None or not before.actor or {a.country for a in before.actor} & own \
                or not all(a.country for a in before.actor):
            if e.event_type == "SUPPORT" and judged.lower_ in POINTERS:
                continue  # "officials said it was very timely" after rain: praise of no one's act, no event
            out.append(e)
            continue
        out.append(replace(e, recipient=list(before.actor), rule=e.rule + f"; recipient: who did the act told"
                           f" before ('{before.trigger.text}'), judged as '{judged.text}'"))
    return out


def _judged(ctx: Story, verb: Token) -> Token | None:
    """The subject of the judging clause ('this is an unfriendly act', 'said the gift was timely') or the
    object of 'called it ...', when it only points back at an act."""
    subj = None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.lemma_ == "be":
            subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        elif c.dep_ in ("dobj", "obj") and verb.lemma_.lower() in ("call", "describe", "term"):
            subj = c
        if subj is not None:
            break
    if subj is None:
        return None
    if subj.lower_ in POINTERS:
        return subj
    act = subj.lemma_.lower() in ACT_NOUNS or noun_entry(subj, ctx.lex) is not None
    if act and any(g.dep_ == "det" and g.lower_ in BACK for g in subj.children) \
            and not any(g.dep_ in ("poss", "prep", "compound", "amod") for g in subj.children):
        return subj
    return None
