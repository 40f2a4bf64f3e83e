"""Acts that point back at an act told earlier in the story: praise of "the deal" is praise of
those who made it. Runs once per story, after every sentence is coded and before repeated
mentions are merged."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon import read_tsv
from ...model import Actor, Event
from ..triggers import noun_entry
from .participants import PATIENT_NOUNS
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


# an act named again by what it was ("denied the accusations", "condemned the attack", "protested the verdict"):
# the noun, and the types of the act it names (data/events/answered.tsv)
ANSWERED: dict[str, frozenset[str]] = {
    noun: frozenset(types.split("|")) for noun, types in read_tsv("events/answered.tsv", 2)}
# who answers an act told before: denying or rejecting it, condemning it, protesting it, welcoming it
ANSWERING = ("REJECT", "ACCUSE", "PROTEST", "SUPPORT")
DEFINITE = {"the", "this", "that", "these", "those", "such", "all"}
# nouns of acts done to someone, whose 'of' names the one it was done to (participants.PATIENT_NOUNS and a few more)
DONE_TO_NOUNS = PATIENT_NOUNS | {"arrests", "seizure", "sentence"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "DIP", "IGO", "UAF"}
FAR = 6  # sentences between an act and the answer to it (a story's follow-up paragraphs)


def answer_to_a_told_act(ctx: Story, events: list[Event]) -> list[Event]:
    """'Kenya accused Uganda of arming rebels. ... Uganda denied the accusations': an answer with no recipient
    whose object names an act by what it was ("the accusations", "the verdict", "the attack", "the offer") with
    no owner of its own answers the act of that kind the story told before it (within FAR sentences); that
    act's doer is the recipient. An act on the answerer is preferred ("denied the charges" answers the charge
    against them); one's own act is never it, and where the nearest such acts name different doers the
    recipient stays empty."""
    out: list[Event] = []
    for n, e in enumerate(events):
        verb = _trigger(ctx, e)
        named = None if e.recipient or e.event_type not in ANSWERING or verb is None else _act_named(verb)
        if named is None:
            out.append(e)
            continue
        kinds = ANSWERED[named.lemma_.lower()]
        here = ctx.sent_index.get(named.sent.start, -1)
        own = {(a.country, a.sector) for a in e.actor}
        own_countries = {a.country for a in e.actor if a.country}
        # crowds, parties and rights groups answer their own state's acts ("protested the verdict")
        society = bool(e.actor) and all(a.sector and a.sector not in STATE_SECTORS for a in e.actor)
        own_sectors = {a.sector for a in e.actor}
        told = []
        for b in events[:n]:
            bv = _trigger(ctx, b)
            if bv is None or bv.i >= named.i or b.event_type not in kinds or not b.actor:
                continue
            if not all(a.country for a in b.actor) or {(a.country, a.sector) for a in b.actor} <= own:
                continue
            theirs = {a.sector for a in b.actor}
            if own_countries & {a.country for a in b.actor} and not (
                    society or ("" not in own_sectors and "" not in theirs and not own_sectors & theirs)):
                # a state answers another's act, not its own ("rejected the accusations" it lodged); within one
                # country, bodies of different kinds do answer each other (lawyers or a watchdog the police)
                continue
            if {"negation", "hypothetical", "future"} & set(b.aux_modes) or b.event_type == e.event_type:
                continue
            gap = here - ctx.sent_index.get(bv.sent.start, -99)
            if 0 <= gap <= FAR:
                told.append((gap, b))
        on_us = [(g, b) for g, b in told if own_countries & {a.country for a in b.recipient}]
        told = on_us or told
        if not told:
            out.append(e)
            continue
        gap = min(g for g, _b in told)
        doers = {frozenset(a.country for a in b.actor) for g, b in told if g == gap}
        if len(doers) > 1:
            out.append(e)
            continue
        b = max((b for g, b in told if g == gap), key=lambda b: b.trigger.start)
        when = "in the same sentence" if gap == 0 else f"{gap} sentence(s) before"
        out.append(replace(e, recipient=list(b.actor), rule=e.rule + f"; recipient: who did '{b.trigger.text}',"
                           f" the act '{named.text}' names (told {when})"))
    return out


def _act_named(verb: Token) -> Token | None:
    """The object of an answering verb when it names an act by what it was, with no owner of its own: 'denied
    the allegations', 'rejected accusations', 'protested against the verdict', 'condemned the attack'."""
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])  # "rejected and opposed the accusations"
    for h in heads:
        for k in h.children:
            cands = [k] if k.dep_ in ("dobj", "obj") else [
                p for p in k.children if p.dep_ == "pobj"] if k.dep_ == "prep" and k.lower_ in (
                "against", "over", "of") else []
            for o in cands:
                lemma = o.lemma_.lower()
                if lemma not in ANSWERED or o.pos_ != "NOUN":
                    continue
                dets = [g.lower_ for g in o.children if g.dep_ in ("det", "predet")]
                # "the detention of the activists": 'of' names whom it was done to, not who did it
                owner_preps = ("by", "from") if lemma in DONE_TO_NOUNS else ("by", "from", "of")
                owned = any(g.dep_ in ("poss", "compound") or (g.dep_ == "prep" and g.lower_ in owner_preps)
                            or g.dep_ == "acl" for g in o.children)
                if owned or (not (set(dets) & DEFINITE) and not (not dets and o.tag_ == "NNS")):
                    continue
                return o
    return None
