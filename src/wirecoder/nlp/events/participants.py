"""Who did it to whom: actor and recipient from the parse (active and passive voice,
objects and prepositions, possessives, compound actors), and where bodies named
without a country belong."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from ...lexicon import read_tsv, split_multi
from ...model import Actor, Location
from ..triggers import Candidate, noun_entry
from ..where import MEETING_NOUNS, venue_token
from .story import (
    NOUN_ACTOR_PREPS,
    NOUN_RECIPIENT_PREPS,
    RECIPIENT_PREPS,
    TOPIC_PREPS,
    Draft,
    Story,
    advcl_condition,
)

# "signed agreements in Cotonou", "took to the streets of Nairobi", "met outside Geneva": a town
# or region named after these says where, it is no party to the act
LOCATIVE_PREPS = {"in", "near", "outside", "inside", "across", "throughout", "around", "within"}
WAY_NOUNS = {"street", "streets", "road", "roads", "square", "avenue", "highway", "city", "town", "capital",
             "village", "region", "province", "outskirts", "centre", "center", "heart", "part", "parts", "area"}
# "the streets of Nairobi": ways through a town, never a party (unlike "the city of Kherson")
STREET_NOUNS = {"street", "streets", "road", "roads", "square", "avenue", "highway", "centre", "center", "heart"}
PLACE_ACTOR_KINDS = {"place", "capital"}
# "the missile was launched from Pyongyang": an attack's 'from' is where it came from
ORIGIN_LESS = tuple(p for p in RECIPIENT_PREPS if p != "from")
# acts whose place is only a venue: meetings, signings, words. For acts done to the people of a
# place (attacks, aid, blockades, protests) the place stands for them and may be the recipient.
# meetings and agreements: what follows 'on', 'over', 'about' is their topic
TALK_TYPES = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
VENUE_TYPES = {"CONSULT", "SUPPORT", "AGREE", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"}

# verbs of giving whose agent is the giver of a thing received ("vaccines donated by China")
GIVING_VERBS = {"donate", "send", "provide", "supply", "gift", "ship", "deliver", "give", "fund", "finance"}


def located(tok: Token) -> bool:
    """Is ``tok`` named as where something happened ("in Cotonou", "the streets of Nairobi",
    "the capital, Kabul")?"""
    t = tok
    for _ in range(4):
        if t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in WAY_NOUNS:
            t = t.head.head
        else:
            break
    if t.dep_ != "pobj":
        return False
    prep = t.head.lower_
    return prep in LOCATIVE_PREPS or (prep in ("to", "into", "through", "onto") and t.lemma_.lower() in WAY_NOUNS)


def party_actors(ctx: Story, tok: Token, venue: bool = True) -> list[Actor]:
    """The parties a noun phrase names; with ``venue``, leaving out towns and regions named
    only as the place of the act."""
    got = ctx.roles.np_actors(tok)
    if got and ((venue and located(tok)) or on_the_streets(tok)):
        return [a for a in got if a.kind not in PLACE_ACTOR_KINDS and a.country]
    if got and venue and _at_a_seat(tok):
        # "signed at the Elysee Palace", "met at the White House": a seat of government named as the
        # venue of talks or a signing is where it happened, not a party to it
        return [a for a in got if a.kind != "seat"]
    return got


def _at_a_seat(tok: Token) -> bool:
    t = tok
    while t.dep_ in ("compound", "flat", "amod") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "at"


def on_the_streets(tok: Token) -> bool:
    """'the streets of Nairobi', 'the centre of Minsk': a town named by the ways through it."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
            t = t.head
        else:
            break
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in STREET_NOUNS


ATTACK_NOUNS = {"attack", "bombing", "blast", "explosion", "shooting", "massacre", "raid", "strike", "assault"}


def subject(ctx: Story, verb: Token, stative: bool = False) -> tuple[list[Actor], bool]:
    """Actors of the verb's subject, and whether the verb is passive. ``stative``: a passive
    form that names a state of its subject ("Israel is opposed to ...")."""
    passive = not stative and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return ctx.roles.np_actors(p), True
    if not stative and reduced_passive(verb):
        return [], True  # "newspapers censored": the subject was done to (verb_roles takes it)
    for c in verb.children:
        if c.dep_ in ("nsubj", "expl", "csubj") or (stative and c.dep_ == "nsubjpass"):
            got = ctx.roles.np_actors(c)
            got += [a for a in _misjoined_of(ctx, c) if not any(a.country == b.country and a.sector == b.sector
                                                                 for b in got)]
            first = c.left_edge.i
            if first >= 2 and ctx.doc[first - 1].text == "," and ctx.doc[first - 2].ent_type_ == "PERSON" \
                    and any(k.dep_ == "conj" for k in c.children):
                # "signed by Wang Yi, China's top diplomat, Riyadh and Tehran pledged": the title belongs
                # to the name before it; the subject is what is joined after it
                got = [a for k in c.children if k.dep_ == "conj" for a in ctx.roles.np_actors(k)] or got
            if got and c.lemma_.lower() in ATTACK_NOUNS and all(a.kind in ("place", "capital") for a in got) \
                    and not any(k.dep_ == "poss" for k in c.children):
                # "the Bali bombings killed 202": the city naming an attack is its place, no attacker
                got = []
            if not got and c.lower_ in PARTITIVES:
                got = _whole_of_some(ctx, verb)
            if not got and c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                got = ctx.roles.np_actors(verb.head)  # "the officers who seized power": the officers
                head = verb.head
                if c.lower_ == "who" and head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "from") \
                        and head.head.head.pos_ in ("NOUN", "PROPN") and all(
                            a.kind in ("place", "capital") for a in got):
                    # "riot police in Tbilisi, who used water cannon": a place is no 'who'; the one the
                    # place phrase hangs on is
                    got = ctx.roles.np_actors(head.head.head) or got
            if not got and c.pos_ != "PRON":
                # "Meeting in Abuja, ECOWAS (...) suspended": the parser took the opening participle for
                # the subject and hung the real one on its phrase
                got = _left_subject(ctx, verb)
            return got, False
    if verb.tag_ in FINITE and not passive and (verb.dep_ == "advcl" or (verb.dep_ == "ROOT" and not any(
            k.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for k in verb.children))):
        # "hosted the ceremony, where Netanyahu, ... and al-Zayani signed": a finite clause of its own
        # whose subject the parser hung on the place; not the governing verb's subject
        got = _left_subject(ctx, verb)
        if got:
            return got, False
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "Sri Lanka's foreign minister called on ...", parsed as a noun phrase with a clause: the
        # past tense says the noun is the subject
        return ctx.roles.np_actors(verb.head), False
    if passive:
        return [], True
    # Controlled and coordinated verbs take their governor's subject:
    # "agreed to undertake", "met and agreed", "rebels ... dismissed, saying",
    # "has been indicted ... and will resign" (the one indicted resigns).
    head = verb
    for _ in range(4):
        if head.dep_ in ("xcomp", "conj", "advcl", "acomp") and head.head.i != head.i:
            came_by = head.dep_
            head = head.head
            if head.pos_ in ("VERB", "AUX", "ADJ"):
                if came_by == "conj" and (act := _attributed_act(ctx, head)) is not None:
                    # "Scholz condemned the attack, his spokesman said, and urged Moscow to ...": the
                    # parser joins the second act to the inserted 'said'; the one the attribution is
                    # about acts, not the spokesman who reports it
                    return subject(ctx, act)[0], False
                if came_by == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
                    # "prompted South Korea to summon", "led Japan to recall": the object of the
                    # governing verb does the controlled act (not after an order: "ordered Britain
                    # to cut its staff" is the orderer's act)
                    obj = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
                    got = ctx.roles.np_actors(obj) if obj is not None else []
                    if got:
                        return got, False
                for c in head.children:
                    if c.dep_ == "nsubj":
                        got = ctx.roles.np_actors(c)
                        if not got and c.pos_ != "PRON":  # the opening participle taken for the subject
                            got = _left_subject(ctx, head)
                        if not got and c.lower_ in PARTITIVES:
                            got = _whole_of_some(ctx, head)
                        if not got and came_by == "conj" and head.dep_ == "ccomp" and c.pos_ == "NOUN" \
                                and head.head.i < head.i and any(k.dep_ == "mark" for k in head.children):
                            # "told parliament that the agreement did not allow ..., and accused critics":
                            # joined to the reported clause by the parser, the act is the speaker's
                            got = [a for k in head.head.children if k.dep_ == "nsubj"
                                   for a in ctx.roles.np_actors(k)]
                        return got, False
                    if c.dep_ == "nsubjpass" and came_by == "xcomp" and verb.tag_ == "VBN" and not any(
                            k.dep_ in ("aux", "auxpass", "nsubj") for k in verb.children):
                        # "200 people have been reported killed", "were found shot dead": a bare
                        # participle after a passive report verb is passive too, its subject the one
                        # done to (real news set M)
                        return [], True
                    if c.dep_ == "nsubjpass" and came_by in ("conj", "xcomp"):
                        # "has been indicted and will resign", "is scheduled to attend"; but "were jailed
                        # and beaten": a second participle shares the passive, its subject is done to
                        if came_by == "conj" and verb.tag_ == "VBN" and not any(
                                k.dep_ in ("aux", "auxpass") for k in verb.children):
                            return [], True  # (verb_roles takes the shared subject as the one done to)
                        if came_by == "conj" and _shared_passive_demand(verb, head):
                            # the one who summoned (its 'by' agent, if named) makes the demand
                            return [a for g in head.children if g.dep_ == "agent" for p in g.children
                                    if p.dep_ == "pobj" for a in ctx.roles.np_actors(p)], True
                        return ctx.roles.np_actors(c), False
                    if c.dep_ == "agent" and came_by != "conj":
                        return ctx.roles.np_actors(next(iter(c.children), c)), False
        elif head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.dep_ == "prep":
            # "ordered ..., a day after announcing the expulsion": the one who ordered announced
            up = head.head.head
            while up.pos_ not in ("VERB", "AUX") and up.dep_ in ("npadvmod", "prep", "pobj") and up.head.i != up.i:
                up = up.head
            if up.pos_ not in ("VERB", "AUX"):
                break
            head = up
            for c in head.children:
                if c.dep_ == "nsubj":
                    return ctx.roles.np_actors(c), False
            continue  # (the time phrase hangs on a controlled verb: its governor's subject)
        elif head.dep_ == "relcl":
            return ctx.roles.np_actors(head.head), False
        elif head.dep_ == "acl" and head.tag_ == "VBG" and head.head.lemma_.lower() in ISSUED_TEXTS and (
                issuer := [a for k in head.head.children if k.dep_ in ("compound", "poss", "nmod") and k.i < head.head.i
                           for a in ctx.roles.np_actors(k)]):
            # "a Security Council resolution urging Iran to ...", "the bank's statement calling for ...":
            # the body named on the text demands, whoever speaks of the text
            return issuer, False
        elif head.dep_ == "acl" and head.head.dep_ in ("dobj", "obj") and head.head.head.i != head.head.i:
            # "issued a declaration demanding ...": the declaration's issuer demands
            return subject(ctx, head.head.head)[0], False
        else:
            break
    return [], False


def reduced_passive(verb: Token) -> bool:
    """A bare participle with a subject but no auxiliary and no object is passive: "the third mayor
    killed this year" (a participle the parser made the root), "protests were banned and newspapers
    censored" (the second auxiliary left out). The subject underwent it (real news sets K, M)."""
    kids = list(verb.children)
    if not any(k.dep_ == "nsubj" for k in kids) or any(
            k.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "xcomp") for k in kids) or any(
            k.dep_ == "ccomp" and k.i > verb.i for k in kids):
        return False  # (a clause before it is the sentence the parser hung on it: "X shot Y, the third killed")
    if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "conj"):
        return verb.dep_ == "ROOT" or _passive_head(verb.head)
    if verb.tag_ == "VBD" and verb.dep_ == "ROOT" and verb.i >= 2 and verb.doc[verb.i - 1].text == "," and any(
            k.dep_ == "nsubj" and k.i == verb.i - 2 for k in kids) and any(
            k.dep_ == "conj" and k.pos_ == "VERB" and k.i > verb.i and any(
                t.text == "," for t in verb.doc[verb.i + 1:k.i]) for k in kids):
        # "Aristide, forced out of his country at gunpoint, returned": the participle set off by
        # commas right after the name is said of the subject, who underwent it; the verb after it is
        # the subject's act (not "Boluarte, 60, called for a truce": an apposition, then the act)
        return True
    # "... were prohibited and news sites blocked": tagged as a past tense but joined to a passive
    return verb.tag_ == "VBD" and verb.dep_ == "conj" and _passive_head(verb.head)


def _passive_head(v: Token) -> bool:
    return any(k.dep_ == "auxpass" for k in v.children)


# "was summoned and asked for an explanation", "was called in and urged to release ...": a demand
# made of one who is summoned is passive like the summons, though tagged as a past tense
DEMAND_VERBS = {"ask", "urge", "tell", "press", "warn", "order", "instruct", "request", "advise"}
SUMMONING = {"summon", "call", "receive", "invite", "convoke"}


def _shared_passive_demand(verb: Token, head: Token) -> bool:
    """A demand verb joined to a passive with no subject, auxiliary or object of its own whose
    subject is the one asked: after a summons, or with a 'to' clause for what is asked
    ("was detained and told to leave"); not "was arrested and asked for asylum" (real news set J)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in DEMAND_VERBS:
        return False
    if any(k.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "obj", "dative") for k in verb.children):
        return False
    to_clause = any(k.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)
                    for k in verb.children)
    return head.lemma_.lower() in SUMMONING or (to_clause and verb.lemma_.lower() != "ask")


FINITE = ("VBD", "VBZ", "VBP")
# verbs whose object does the controlled act of its own accord ("the claim prompted Seoul to summon")
OBJECT_CONTROL = {"prompt", "lead", "spur", "push", "drive", "cause", "encourage", "inspire", "provoke",
                  "persuade", "convince", "move"}
# texts that speak for the body named on them ("a Security Council resolution urging ...")
ISSUED_TEXTS = {"resolution", "statement", "declaration", "communique", "communiqué", "letter", "motion",
                "report", "appeal", "ultimatum", "note"}
PARTITIVES = {"some", "many", "most", "others", "several", "few", "dozens", "hundreds", "thousands"}


def _misjoined_of(ctx: Story, c: Token) -> list[Actor]:
    """"The government of Nepal and Maoist rebels signed": the parser read "of [Nepal and Maoist]
    rebels", so the rebels hang under 'of' with the country as their modifier, joined to the second
    party's name, or "of [Sri Lanka and Tamil rebels]". The group noun is a subject of its own."""
    if c.pos_ != "NOUN" or c.tag_ != "NN":
        return []
    for prep in c.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for p in prep.children:
            if p.dep_ == "pobj" and p.tag_ == "NNS" and any(
                    x.dep_ in ("nmod", "compound", "amod") and x.i < p.i
                    and any(k.dep_ == "conj" for k in x.children) for x in p.children):
                return ctx.roles.head_actors(p)
            if p.dep_ == "pobj":
                # "government of [Sri Lanka and Tamil rebels]": a group joined to the country is no
                # part of the government's name but the other signer
                return [a for k in p.children if k.dep_ == "conj" and k.tag_ == "NNS"
                        for a in ctx.roles.head_actors(k)]
    return []


def _whole_of_some(ctx: Story, verb: Token) -> list[Actor]:
    """'thousands of supporters rallied in Niamey, where some tried to force their way in': 'some'
    with no 'of' phrase are some of the subject of the clause the relative or joined clause hangs on."""
    t = verb
    for _ in range(6):
        if t.dep_ in ("relcl", "conj", "advcl", "acl") and t.head.i != t.i:
            t = t.head
            while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
                t = t.head
            for k in t.children:
                if k.dep_ == "nsubj" and (k.lower_ not in PARTITIVES or any(x.dep_ == "prep" for x in k.children)):
                    return ctx.roles.np_actors(k)
        else:
            break
    return []


def _attributed_act(ctx: Story, verb: Token) -> Token | None:
    """If this 'said' is an attribution set between commas after the act it reports ("X condemned the
    attack, his spokesman said, and ..."), the verb of that act; the parser hangs the act either
    above the 'said' (parataxis) or below it (a clause before it)."""
    first = verb.left_edge.i
    act: Token | None
    if verb.dep_ == "parataxis" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        act = verb.head
        if ctx.doc[first].text != "," and (first == 0 or ctx.doc[first - 1].text != ","):
            return None
    else:
        act = next((k for k in verb.children if k.dep_ == "ccomp" and k.i < verb.i), None)
        subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
        if act is None or subj is None or ctx.doc[subj.left_edge.i - 1].text != ",":
            return None
    if act is None or not any(k.dep_ == "nsubj" for k in act.children):
        return None
    from ..triggers import match_verb

    got = match_verb(verb, ctx.lex)
    return act if got and got[0].type == "SAY" else None


def _left_subject(ctx: Story, verb: Token) -> list[Actor]:
    """The actors of the noun phrase that ends right before a verb ("..., the African Union (AU)
    also suspended"), for subjects the parser attached elsewhere; a comma in between ends the
    search (a parenthetical phrase is no subject)."""
    doc = ctx.doc
    j = verb.i - 1
    while j >= verb.sent.start and (doc[j].pos_ in ("ADV", "PART", "AUX") or doc[j].text in (")", "]")):
        j -= 1
    if j < verb.sent.start:
        return []
    t = doc[j]
    if t.pos_ not in ("PROPN", "NOUN") or t.dep_ not in ("appos", "conj", "dep", "npadvmod", "nmod", "ROOT",
                                                         "compound"):
        return []
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    while t.dep_ == "conj" and t.head.i < t.i and t.head.dep_ != "appos":
        t = t.head
    if verb.i in {k.i for k in t.subtree}:
        return []
    return ctx.roles.np_actors(t)


def objects_actors(ctx: Story, tok: Token, preps: tuple[str, ...], skip: set[int],
                   venue: bool = False) -> list[Actor]:
    """Who the verb or noun ``tok`` acts on: its object, then its prepositional objects in the
    order of ``preps``; failing those, whose thing the object is ("rejected an Indian proposal")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative") and c.i not in skip]
    for c in objs:
        got = ctx.roles.np_actors(c)
        if got:
            return got
    pobjs = [p for want in preps for c in tok.children if c.dep_ in ("prep", "agent", "dative")
             and c.lower_ == want for p in c.children if p.dep_ == "pobj" and p.i not in skip]
    for p in pobjs:
        got = party_actors(ctx, p, venue)
        if got:
            return got
    # "reaffirmed U.S. support for Israel": what the object is for or against comes before
    # whose it is
    for o in objs:
        for want in ("for", "to", "against", "on", "with", "into", "in"):
            for ch in o.children:
                if ch.dep_ == "prep" and ch.lower_ == want:
                    for p in ch.children:
                        got = party_actors(ctx, p, venue) if p.dep_ == "pobj" else []
                        if not got and p.dep_ == "pobj" and want in ("for", "against"):
                            # "reiterated its support for Argentina's claim": whose claim it is
                            got = ctx.roles.owner_actors(p)
                        if got:
                            return got
    for c in objs + [p for p in pobjs if not (venue and (located(p) or _at_a_seat(p)))
                     and p.lemma_.lower() not in STREET_NOUNS]:
        got = ctx.roles.owner_actors(c)
        if got:
            return got
    return []


# texts an act is told in ("in a joint statement signed by ...")
MEDIA_NOUNS = {"statement", "letter", "declaration", "communique", "communiqué", "interview", "speech", "report",
               "post", "message", "address", "note", "document"}
# verbs of people going somewhere: their 'to' is a destination
GOING = {"flee", "escape", "migrate", "move", "cross", "return", "go", "come", "travel", "arrive", "relocate",
         "evacuate", "head", "walk", "sail", "fly", "swim", "stream", "pour", "trek"}
# verbs whose 'by' agent stood between the parties ("a deal brokered by China")
GO_BETWEEN = {"broker", "mediate", "host", "facilitate", "sponsor", "arrange", "negotiate", "chair"}
# nouns of texts whose relative clauses state what the text provides for
TEXT_NOUNS = {"law", "bill", "legislation", "measure", "decree", "rule", "regulation", "policy", "provision",
              "clause", "treaty", "accord", "agreement", "deal", "pact", "plan", "proposal", "amendment",
              "constitution", "charter", "framework", "ordinance", "act"}


def describes_a_text(t: Token) -> bool:
    """'a bill that would have allowed extraditions', 'a law which bans ...': a relative clause
    stating what a text provides for."""
    if t.dep_ != "relcl" or t.head.lemma_.lower() not in TEXT_NOUNS:
        return False
    subj = [k for k in t.children if k.dep_ in ("nsubj", "nsubjpass")]
    return not subj or subj[0].lower_ in ("that", "which")


def reported_by(t: Token) -> bool:
    """Is ``t`` inside 'according to X' or 'citing X' (the source of the report)?"""
    for a in [t, *t.ancestors]:
        if a.dep_ == "pobj" and a.head.lower_ == "to" and a.head.head.lower_ == "according":
            return True
        if a.dep_ == "prep" and a.lower_ == "according":
            return True
    return False


def is_source(ctx: Story, a: Actor) -> bool:
    if a.start < 0:
        return False
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand")
    return span is not None and reported_by(span.root)


def clause_actors(ctx: Story, verb: Token, exclude: list[Actor], venue: bool = False) -> list[Actor]:
    """Last resort for a recipient: the first other party named in the verb's own clause,
    outside its subject ("refused to commit to any assistance to the US-led war")."""
    subj = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "csubj") for t in c.subtree}
    keys = {(a.country, a.name) for a in exclude}
    # rebels attack their own state ("PKK rebels attacked a Turkish army outpost"): a rebel
    # actor's country does not bar its state's bodies from the recipient (real news set J)
    countries = {a.country for a in exclude if a.sector not in ("REB", "INS")}
    # not from a clause of time ("a day after the United States urged calm") or a description
    aside = {x.i for ch in verb.children if ch.dep_ in ("npadvmod", "relcl", "acl", "parataxis") or (
        ch.dep_ == "conj" and any(k.dep_ in ("nsubj", "nsubjpass") for k in ch.children)) or (
        ch.dep_ == "advcl" and not advcl_condition(ch)) or (
        ch.dep_ == "prep" and ch.lower_ in ("after", "before", "since", "following", "until", "during"))
        for x in ch.subtree}
    # nor from a clause describing a noun ("under a deal brokered by China", "a law that allowed
    # deportations to Rwanda"): a go-between or the content of a thing is no counterpart
    aside |= {x.i for t in verb.subtree if t.dep_ == "agent" and t.head.lemma_.lower() in GO_BETWEEN
              for x in t.subtree}
    # "a Russian-brokered ceasefire", "the Qatari-mediated deal": the country before the hyphen is
    # the go-between, never the counterpart of those who sign or accept it (real news set J)
    aside |= {x.i for t in verb.subtree if t.dep_ == "amod" and t.lemma_.lower() in GO_BETWEEN
              and t.i != verb.i for x in t.subtree}
    # "in a joint statement signed by Wang Yi": who put their name to the text the act is told in
    aside |= {x.i for t in verb.subtree if t.dep_ == "agent" and t.head.dep_ == "acl" and t.head.head.dep_ == "pobj"
              and t.head.head.head.lower_ == "in" for x in t.subtree}
    aside |= {x.i for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in MEDIA_NOUNS for p in ch.children) for x in ch.subtree}
    for t in verb.subtree:
        if t.i in subj or t.i == verb.i or t.i in aside or reported_by(t):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "into", "toward", "towards") \
                and t.head.head.lemma_.lower() in GOING and t.head.head.pos_ == "VERB":
            continue  # "fled to Bangladesh during a crackdown": where people went, not whom it was done to
        if t.dep_ in ("advcl", "relcl", "parataxis") and t.head.i == verb.i:
            continue
        m = ctx.roles.mention(t)
        if m is None or m.kind not in ("country", "adjective", "capital", "igo", "person", "group", "seat"):
            continue
        if m.kind in ("capital", "place") and ((venue and located(t)) or on_the_streets(t)):
            continue
        if m.kind in ("capital", "place") and venue_token(t):
            continue  # "signed the Brussels agreement": the town a deal or talks are named for is no side
        if m.kind == "seat" and venue and _at_a_seat(t):
            continue  # "signed the accords at the White House": the venue, not a side
        up = t
        while up.dep_ in ("poss", "compound") and up.head.i != up.i:
            up = up.head
        if up.i != t.i and located(up) and up.ent_type_ == "GPE":
            continue  # "signed a pledge in Qatar's Doha": the host of the venue is no party
        if located(t) and t.head.head.pos_ == "NOUN" and (ne := noun_entry(t.head.head, ctx.lex)) is not None \
                and ne.type == "ASSAULT":
            continue  # "efforts to end the fighting in Sudan": where another act happens, no counterpart
        got = ctx.roles.head_actors(t) if m.kind != "adjective" else [
            Actor(m.actor.text, ctx.roles.tables.country_name(m.actor.country), m.actor.country, "", "country",
                  m.actor.start, m.actor.end)]
        got = [a for a in got if a.country and (a.country, a.name) not in keys and a.country not in countries]
        if got:
            return got
    return []


@dataclass(frozen=True)
class Frame:
    object: str  # "topic" or "counterpart"
    counterpart: tuple[str, ...]
    topic: tuple[str, ...]


@lru_cache(maxsize=1)
def frames() -> dict[str, Frame]:
    return {key: Frame(obj, tuple(split_multi(cp)), tuple(split_multi(tp)))
            for key, obj, cp, tp in read_tsv("events/frames.tsv", 4)}


def frame_of(c: Candidate) -> Frame | None:
    table = frames()
    return table.get(c.entry.lemma) or table.get(c.etype)


def _topic(ctx: Story, c: Candidate, fr: Frame, skip: set[int]) -> None:
    """Keep the topic of a framed verb ("discussed Ukraine") on the story, out of the roles."""
    v = c.head
    toks = [o for o in v.children if o.dep_ in ("dobj", "obj", "ccomp") and fr.object == "topic" and o.i not in skip]
    toks += [p for ch in v.children if ch.dep_ == "prep" and ch.lower_ in fr.topic
             for p in ch.children if p.dep_ == "pobj"]
    # "agreed on Wednesday", "met on the sidelines of the summit": a date or a venue, not a topic
    toks = [t for t in toks if t.ent_type_ not in ("DATE", "TIME")
            and t.lemma_.lower() not in ("sideline", "sidelines", "margin", "margins", "eve", "occasion")]
    for t in toks:
        skip.update(x.i for x in t.subtree)
    if toks:
        t = toks[0]
        start = min(x.idx for x in t.subtree)
        end = max(x.idx + len(x) for x in t.subtree)
        ctx.topics[v.i] = (ctx.text[start:end], start, end)


# verbs of handing people over from one state to another (COOPERATE 063)
SENDING_VERBS = {"extradite", "hand over"}


# where someone lives or works: an attack on it is an attack on them
DWELLINGS = {"home", "house", "residence", "office", "compound", "palace", "villa", "convoy", "motorcade", "car"}


def verb_roles(ctx: Story, c: Candidate) -> tuple[list[Actor], list[Actor]]:
    v = c.head
    actor, passive = subject(ctx, v, stative=c.entry.pattern.startswith("be "))
    recipient: list[Actor] = []
    if passive:
        for ch in v.children:
            # "seven people were on Thursday killed by gunmen": the parser may call it nsubj
            if ch.dep_ == "nsubjpass" or (ch.dep_ == "nsubj" and any(k.dep_ == "agent" for k in v.children)):
                recipient = ctx.roles.np_actors(ch)
            elif ch.dep_ == "nsubj" and not recipient and reduced_passive(v):
                recipient = ctx.roles.np_actors(ch)  # "newspapers censored": the one done to
            elif ch.dep_ == "auxpass" and not recipient:  # ... or hang it from "were"
                recipient = next((got for g in ch.children if g.dep_ in ("nsubj", "nsubjpass")
                                  for got in [ctx.roles.np_actors(g)] if got), [])
        if not recipient and v.dep_ == "xcomp" and v.tag_ == "VBN":
            # "200 people have been reported killed": the report verb's subject was killed
            recipient = [a for k in v.head.children if k.dep_ == "nsubjpass" for a in ctx.roles.np_actors(k)]
        if not recipient and v.dep_ == "conj" and v.tag_ == "VBN":
            # "were jailed and beaten": the subject of the first participle underwent the second too
            recipient = [a for k in v.head.children if k.dep_ == "nsubjpass" for a in ctx.roles.np_actors(k)]
        if not recipient and c.etype in ("ASSAULT", "COERCE"):
            # fix-U5: "the prime minister's home was attacked with grenades": the one whose home it is
            recipient = [a for k in v.children if k.dep_ == "nsubjpass" and k.lemma_.lower() in DWELLINGS
                         for p in k.children if p.dep_ == "poss" for a in ctx.roles.np_actors(p)]
    skip = {x for x in c.tokens if x != v.i}
    if c.entry.inverse:
        # "received weapons from X": X gave, the subject got
        giver = [a for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "from"
                 for p in ch.children if p.dep_ == "pobj" for a in ctx.roles.np_actors(p)]
        if not giver:
            # "received vaccines donated by China", "supplies sent by India": the giver is the
            # agent of the participle that describes the thing received
            giver = [a for o in v.children if o.dep_ in ("dobj", "obj") for t in o.subtree
                     if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in GIVING_VERBS
                     for ag in t.children if ag.dep_ == "agent"
                     for p in ag.children if p.dep_ == "pobj" for a in ctx.roles.np_actors(p)]
        return giver, actor
    if passive and not actor and c.entry.lemma in SENDING_VERBS:
        # "five suspects were extradited to Germany from Poland": with no agent, the state they were
        # sent from hands them over and the state they were sent to receives them
        def _pobj_actors(prep: str) -> list[Actor]:
            return [a for ch in v.children if ch.dep_ == "prep" and ch.lower_ == prep
                    for p in ch.children if p.dep_ == "pobj" for a in ctx.roles.np_actors(p)]
        sender, receiver = _pobj_actors("from"), _pobj_actors("to")
        if sender and receiver:
            return sender, receiver
    if v.dep_ == "acomp" and v.tag_ == "VBN" and c.etype in DONE_TO_TYPES and not recipient and not any(
            k.dep_ == "agent" for k in v.children) and v.head.lemma_.lower() in STATE_VERBS:
        # "thousands remain imprisoned", "hundreds are still detained": the subject of the state
        # verb is held, not the one holding them (real news set K)
        recipient = [a for k in v.head.children if k.dep_ in ("nsubj", "nsubjpass") for a in ctx.roles.np_actors(k)]
        if recipient:
            actor, passive = [], True
    if v.dep_ == "acl" and v.tag_ == "VBN" and not recipient:
        # "10 Russian soldiers killed in Ukraine": the noun a participle describes underwent it
        recipient = ctx.roles.np_actors(v.head)
        passive = True
    fr = frame_of(c)
    if fr is not None and not recipient:
        _topic(ctx, c, fr, skip)
        recipient = objects_actors(ctx, v, fr.counterpart, skip, venue=True)
        if not recipient:
            # "discussed North Korea's launches with his South Korean counterpart": the parser
            # often hangs the counterpart's 'with' on the topic
            recipient = next((got for o in v.children if o.dep_ in ("dobj", "obj", "ccomp") for t in o.subtree
                              if t.dep_ == "prep" and t.lower_ in fr.counterpart
                              for p in t.children if p.dep_ == "pobj"
                              for got in [party_actors(ctx, p)] if got), [])
    if not recipient:
        preps = ORIGIN_LESS if c.etype in ("ASSAULT", "MOBILIZE") else RECIPIENT_PREPS
        if c.etype in TALK_TYPES:
            preps = tuple(p for p in preps if p not in TOPIC_PREPS or p in c.entry.particles)
        if c.etype in TALK_TYPES and fr is not None:
            # "Shoigu signed for Moscow", "negotiated for the government": whom a signer or negotiator
            # acts for is his own side, never the counterpart
            preps = tuple(p for p in preps if p != "for")
        recipient = objects_actors(ctx, v, preps, skip, venue=c.etype in VENUE_TYPES)
    if recipient and actor and all(r.sector in ("MIL", "COP") and r.country in {a.country for a in actor}
                                   for r in recipient):
        # "withdrew its troops from Lebanon": one's own forces are what is moved, not the other side
        skip |= {t.i for ch in v.children if ch.dep_ in ("dobj", "obj") for t in ch.subtree}
        recipient = objects_actors(ctx, v, ("from", "to", "into", "against", "in"), skip, venue=c.etype in VENUE_TYPES)
    if not recipient:
        # "imposed sanctions on Russia", "held talks with X": look inside the object noun
        for o in v.children:
            if o.dep_ in ("dobj", "obj", "nsubjpass") and o.i not in skip:
                recipient = objects_actors(ctx, o, NOUN_RECIPIENT_PREPS, set(), venue=c.etype in VENUE_TYPES)
                if recipient:
                    break
    if not recipient and c.etype in ("REQUEST", "ACCUSE", "REJECT", "THREATEN"):
        # "demanded that the US cancel ...": the one asked is the complement's subject
        for ch in v.children:
            if ch.dep_ in ("ccomp", "xcomp"):
                for s in ch.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        recipient = ctx.roles.np_actors(s)
    return actor, recipient


# acts done to someone, and the verbs of a lasting state whose participle says the subject underwent it
DONE_TO_TYPES = {"ASSAULT", "COERCE", "SANCTION"}
STATE_VERBS = {"remain", "stay", "be", "lie", "sit", "appear", "seem", "become", "get", "keep"}


# nouns of acts done to someone, whose possessor is the one it was done to ("Zuniga's arrest")
PATIENT_NOUNS = {"arrest", "detention", "release", "killing", "murder", "assassination", "execution", "expulsion",
                 "deportation", "extradition", "trial", "sentencing", "conviction", "ouster", "removal", "dismissal",
                 "abduction", "kidnapping", "imprisonment", "jailing", "impeachment", "indictment", "prosecution",
                 "capture", "torture", "poisoning", "overthrow", "exile", "firing", "sacking", "freeing"}


PLACE_NAMED_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}


def _anti(t: Token) -> bool:
    """Is the modifier the object of an 'anti-' ("anti-Russian", "anti - US", "anti-government")?"""
    doc = t.doc
    if t.lower_.startswith("anti-"):
        return True
    return (t.i >= 2 and doc[t.i - 1].text in ("-", "–") and doc[t.i - 2].lower_ == "anti") or \
        (t.i >= 1 and doc[t.i - 1].lower_ == "anti-")


# nouns of a journey, whose 'of' names the traveller ("the visit of the Greek foreign minister to Ankara")
TRAVEL_NOUNS = {"visit", "trip", "tour", "arrival", "journey", "stopover"}


def noun_roles(ctx: Story, c: Candidate) -> tuple[list[Actor], list[Actor]]:
    n = c.noun or c.head
    actor: list[Actor] = []
    recipient: list[Actor] = []
    for ch in n.children:
        if ch.dep_ == "poss" and n.lemma_.lower() in PATIENT_NOUNS and not any(
                k.dep_ == "prep" and k.lower_ == "of" for k in n.children) and (ne := ctx.roles.np_actors(ch)) \
                and any(a.kind in ("person", "sector", "group", "org") for a in ne):
            # "before Zuniga's arrest", "Navalny's detention": the one it was done to
            recipient = ne
            continue
        if ch.dep_ in ("amod", "compound", "nmod") and _anti(ch):
            # "anti-government protests", "an anti-US demonstration": the one protested against, not the crowd
            recipient = recipient or ctx.roles.np_actors(ch)
            continue
        if ch.dep_ == "poss" or (ch.dep_ in ("amod", "compound", "nmod") and ch.i not in c.tokens):
            got = ctx.roles.np_actors(ch)
            if ch.dep_ != "poss" and c.etype in PLACE_NAMED_TYPES and got and \
                    all(a.kind in ("place", "capital") for a in got):
                # "the Mumbai attacks", "the Bali bombings": a city naming an attack is where it
                # happened, not who did it (real news set J)
                continue
            if ch.dep_ == "amod" and c.etype in ("AGREE", "SUPPORT", "COOPERATE", "CONSULT") and got and \
                    not any(a.country for a in got):
                # "the military deal between Russia and Abkhazia", "security talks": what a deal or talks are
                # about, not who made them (a crackdown's "military" is its doer)
                continue
            if got and not actor:
                actor = got
        elif ch.dep_ == "prep" and ch.lower_ in NOUN_ACTOR_PREPS:
            for p in ch.children:
                if p.dep_ == "pobj":
                    actor = ctx.roles.np_actors(p) or actor
    if not actor and n.lemma_.lower() in TRAVEL_NOUNS:
        # "announced the visit of the Greek foreign minister to Ankara": whoever travels is the one 'of'
        actor = [a for ch in n.children if ch.dep_ == "prep" and ch.lower_ == "of"
                 for p in ch.children if p.dep_ == "pobj" for a in ctx.roles.np_actors(p)]
    for want in NOUN_RECIPIENT_PREPS:
        if recipient:
            break
        if want == "of" and n.lemma_.lower() in TRAVEL_NOUNS:
            continue
        if want in TOPIC_PREPS and c.etype in TALK_TYPES:
            continue  # "cooperation over North Korea's denuclearization": the topic
        for ch in n.children:
            if ch.dep_ == "prep" and ch.lower_ == want:
                for p in ch.children:
                    if p.dep_ == "pobj":
                        got = ctx.roles.np_actors(p)
                        if want == "between":
                            actor = actor + [a for a in got if a not in actor]
                        elif want == "in" and c.etype not in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE"):
                            continue
                        elif got:
                            recipient = got
    if c.kind == "light":
        subj, _ = subject(ctx, c.head, stative=True)
        actor = subj or actor
        if not recipient:
            recipient = objects_actors(ctx, c.head, RECIPIENT_PREPS, set(c.tokens), venue=c.etype in VENUE_TYPES)
    elif not recipient and n.dep_ in ("nsubj",) and c.etype in ("SANCTION", "ASSAULT", "COERCE"):
        # "Western sanctions have pushed Moscow to ...": what the measure bears on
        recipient = objects_actors(ctx, n.head, (), {n.i})
    if not recipient and c.etype in ("SANCTION", "COERCE") and n.dep_ == "pobj" and n.head.lower_ == "under" \
            and n.head.head.lemma_.lower() in ("be", "remain", "come", "fall", "stay", "live", "place", "put"):
        # "Min Aung Hlaing was already under U.S. sanctions": the one under the measure bears it
        recipient = [a for k in n.head.head.children if k.dep_ in ("nsubj", "nsubjpass", "dobj")
                     for a in ctx.roles.np_actors(k)]
    return actor, recipient


def condition_subject(ctx: Story, c: Candidate) -> list[Actor]:
    """'threatened to strike unless Israel rescinded ...': the one given the condition."""
    for t in c.head.subtree:
        if t.dep_ == "advcl" and advcl_condition(t):
            for s in t.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    got = ctx.roles.np_actors(s)
                    if got:
                        return got
    return []


# "diplomats from 23 countries", "Western governments", "world leaders": many countries, none
# of which is the story's
# regions whose states act together ("West African leaders")
REGIONAL = re.compile(r"\b(west african|east african|southern african|african|european|arab|gulf|latin american|"
                      r"south american|central american|southeast asian|nordic|baltic|balkan|caribbean|"
                      r"pacific island)\b", re.I)
# Groups of several countries: regional adjectives included ("West African leaders", "Arab states",
# "European governments", "Gulf monarchies", "Latin American presidents")
MANY_COUNTRIES = re.compile(r"\b(countries|nations|western|world|international|global|foreign governments|"
                            r"allies|member states|donors|west african|east african|southern african|african|"
                            r"european|arab|gulf|latin american|south american|central american|asian|"
                            r"southeast asian|nordic|baltic|balkan|caribbean|pacific island|regional)\b", re.I)
VICTIM_TYPES = ("ASSAULT", "COERCE")


def _own_country(ctx: Story, a: Actor) -> str:
    """The one country a possessor or nationality word inside the actor's own noun phrase names
    ("Chad's military government and opposition rebel groups"), if just one."""
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start >= 0 else None
    if span is None:
        return ""
    return _country_in_phrase(ctx, span.root)


def _named_before(ctx: Story, a: Actor) -> str:
    """'... opposition rebel groups signed a pledge' early in the story, then 'over 20 rebel groups
    had withdrawn': the same kind of body named earlier with its country keeps that country."""
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start >= 0 else None
    if span is None:
        return ""
    head = span.root
    if head.pos_ != "NOUN":
        return ""
    mods = {k.lemma_.lower() for k in head.children if k.dep_ in ("compound", "amod")}
    for t in reversed(ctx.doc[: head.i]):
        if t.lemma_ != head.lemma_ or t.pos_ != "NOUN":
            continue
        if mods and not mods & {k.lemma_.lower() for k in t.children if k.dep_ in ("compound", "amod")}:
            continue  # "rebel groups" is not any "groups"
        found = _country_in_phrase(ctx, t)
        if found:
            return found
    return ""


def _countries_beside(ctx: Story, a: Actor) -> set[str]:
    """Countries of the forces named beside a party in its own phrase ("the troops, alongside Chadian
    forces", "the soldiers, backed by Rwandan troops"): another body's, never this one's."""
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start >= 0 else None
    if span is None:
        return set()
    return {m.actor.country for t in span.root.subtree if (m := ctx.roles.mention(t)) is not None
            and m.actor.country and _beside(t, span.root)}


# words that join a second force to a party ("alongside", "together with"; a bare "with" may say whose
# the party is: "an official with the Afghan interior ministry"), and verbs of backing
COMITATIVE = {"alongside", "beside"}
BACKING_VERBS = {"back", "support", "assist", "aid", "help", "accompany", "join"}
ENVOY_TEXT = re.compile(r"(?i)\b(ambassador|envoy|high commissioner|charg[ée] d'affaires|consul)\b")


def _envoy_titled(ctx: Story, a: Actor) -> bool:
    """'Ambassador X' with no country: an envoy is mostly foreign to the country the story is about."""
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start >= 0 else None
    return span is not None and span.start > 0 and ctx.doc[span.start - 1].lower_ in (
        "ambassador", "envoy", "consul", "emissary")


def _beside(t: Token, root: Token) -> bool:
    """Is ``t`` a word of another force joined to the phrase ``root`` heads ("troops alongside Chadian
    forces", "in conjunction with French forces", "backed by Rwandan troops")?"""
    while t.i != root.i and t.head.i != t.i:
        if t.dep_ in ("prep", "agent") and (t.lower_ in COMITATIVE or (t.lower_ == "with" and (
                t.head.lower_ in ("together", "along", "conjunction", "jointly") or any(
                    k.lower_ in ("together", "along", "jointly") for k in t.children))) or (
                t.lower_ == "by" and t.head.lemma_.lower() in BACKING_VERBS)):
            return True
        t = t.head
    return False


def _country_in_phrase(ctx: Story, root: Token) -> str:
    found: set[str] = set()
    for t in root.subtree:
        if t.i == root.i or t.dep_ not in ("poss", "amod", "compound", "nmod"):
            continue
        if _beside(t, root):
            continue  # "the troops, together with Ethiopian forces": another body's word, not this one's
        m = ctx.roles.mention(t)
        if m is not None and m.kind in ("country", "adjective") and m.actor.country \
                and m.actor.country not in ("IGO", "NGO", "IMG"):
            found.add(m.actor.country)
    return found.pop() if len(found) == 1 else ""


def _phrase(ctx: Story, a: Actor) -> str:
    """The whole noun phrase of an actor, with what follows its head ("diplomats from 23 countries")."""
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start >= 0 else None
    if span is None:
        return a.text
    root = span.root
    toks = list(root.subtree)
    # up to the first comma or bracket after the head: an apposition there is someone else
    cut = next((t.i for t in toks if t.i > root.i and t.text in (",", "(", ";", "—", "–")), toks[-1].i + 1)
    toks = [t for t in toks if t.i < cut]
    return ctx.text[toks[0].idx: toks[-1].idx + len(toks[-1])]


FACED_AT_HOME = {"CONCEDE", "REJECT", "COERCE", "ASSAULT", "PROTEST", "RETREAT"}


def _destination(ctx: Story, p: Location) -> bool:
    """Is the place named as where someone goes or comes from ("fled to Bangladesh", "extraditions
    to mainland China")? Such a place is not where the sentence's act happens."""
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and _destination_tok(span.root)


def _destination_tok(t: Token) -> bool:
    while t.dep_ in ("compound", "amod", "appos", "conj") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ("to", "into", "toward", "towards")


# sectors of groups that fight or do politics at home (PLOVER sector codes): rebels, parties, the
# opposition, unidentified armed men
HOME_GROUP_SECTORS = {"REB", "OPP", "PTY", "UAF"}


ARMED_HEADS = {"rebel", "rebels", "militia", "militias", "insurgent", "insurgents", "fighter", "fighters", "forces"}
ARMED_WORDS = {"rebel", "militia", "insurgent", "armed", "insurgency", "guerrilla"}


def _armed_elsewhere(ctx: Story, a: Actor) -> bool:
    """'CPJP' alone after 'the CPJP rebels': a name the story calls rebels or a militia elsewhere."""
    name = a.name.lower()
    if not name:
        return False
    for t in ctx.doc:
        if t.lower_ != name:
            continue
        if t.dep_ in ("compound", "nmod", "amod") and t.head.lower_ in ARMED_HEADS:
            return True
        # "The CPJP is a responsible rebel group": what the story says it is
        if t.dep_ == "nsubj" and t.head.lemma_ == "be" and any(
                k.dep_ == "attr" and any(w.lemma_.lower() in ARMED_WORDS for w in k.subtree) for k in t.head.children):
            return True
    return False


def place_unplaced(ctx: Story, d: Draft, sent: Span, loc: Location | None) -> None:
    """Bodies named without a country ("23 people", "the police", "protesters"). Victims of
    violence are where it happened, or of a country the sentence names other than the
    attacker's ("Russian shelling killed three Ukrainian ..."). Everyone else (the police,
    the opposition, an electoral commission) is of the country where the act happens: a place
    in its sentence, else the story's own country; never a foreign country merely named nearby."""
    in_sentence = [m for m in ctx.doc._.wc_mentions or [] if m.kind in ("country", "adjective", "capital")
                   and m.actor.country and sent.start <= m.start < sent.end]
    sent_places = [p.country for p in ctx.places if sent.start_char <= p.start < sent.end_char and p.country
                   and p.feature != "country" and not _destination(ctx, p)]
    named = [m for m in ctx.doc._.wc_mentions or [] if m.actor.country not in ("", "IGO", "NGO", "IMG")
             and m.kind in ("country", "adjective", "capital", "person")]
    story = [c for c in (place_country(ctx), story_country(ctx, named)) if c]
    hosts = venue_hosts(ctx)
    if hosts and any(c in hosts for c in story):
        # "the opposition refused ... during the Doha talks": the country where talks are held (and
        # whose minister announces them) is not the country of the sides that meet there (real news set J)
        counts: dict[str, int] = {}
        for m in named:
            if m.actor.country not in hosts:
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
        rest = [c for c in story if c not in hosts]
        if counts:
            rest = rest or [max(counts, key=lambda k: counts[k])]
        story = rest or story
        sent_places = [c for c in sent_places if c not in hosts]
        if loc is not None and loc.country in hosts:
            loc = None  # the talks' venue, not the home of those unnamed
    for side, others in ((d.recipient, d.actor), (d.actor, d.recipient)):  # victims first
        taken = {o.country for o in others}
        for i, a in enumerate(side):
            if not a.country and a.kind == "person" and len(story) == 2 and story[0] == story[1] \
                    and not _envoy_titled(ctx, a) and not any(
                        o.country == story[0] and (_envoy_titled(ctx, o) or ENVOY_TEXT.search(o.text))
                        for o in others):
                # (not when the other side is that country's envoy: "X summoned the US envoy" in a
                # story about the US tells nothing of X's own country)
                # "Chamisa rejected the result" in a story set in and about Zimbabwe: a person named with
                # no country is of the country the whole story is about (its places and its parties agree)
                side[i] = replace(a, country=story[0], name=a.name)
                d.rule.append(f"'{a.text}' of the story's country {story[0]}")
                continue
            if not a.country and a.kind in ("org", "group") and (
                    a.sector in HOME_GROUP_SECTORS or (not a.sector and _armed_elsewhere(ctx, a))):
                # "the MNLA rebels" in a story about Mali: a named armed or political group the tables
                # do not know acts where the act or the story happens, as other domestic groups do
                home = (loc.country if loc is not None and loc.country else "") or next(
                    iter(sent_places), "") or next(iter(story), "")
                if home and home not in ("IGO", "NGO", "IMG"):
                    side[i] = replace(a, country=home)
                    d.rule.append(f"'{a.text}' a group of {home}, where it acts")
                continue
            if a.country or a.kind != "sector":
                continue
            if MANY_COUNTRIES.search(_phrase(ctx, a)):
                region = REGIONAL.search(_phrase(ctx, a))
                if region and a.sector in ("GOV", "MIL", ""):
                    # "West African leaders", "European governments": a region's states acting
                    # together, coded as an intergovernmental party (PLOVER's IGO), named by region
                    side[i] = replace(a, country="IGO", name=f"{region.group(0).title()} states")
                    d.rule.append(f"'{a.text}': the states of a region together (IGO)")
                continue
            own = _own_country(ctx, a)
            if own:
                # "Chad's military government and opposition rebel groups": the phrase names the country
                side[i] = replace(a, country=own, name=ctx.roles.tables.country_name(own))
                d.rule.append(f"'{a.text}' of {own}, named in its own phrase")
                continue
            before = _named_before(ctx, a)
            if before:
                side[i] = replace(a, country=before, name=ctx.roles.tables.country_name(before))
                d.rule.append(f"'{a.text}' of {before}, as the same body named earlier in the story")
                continue
            # victims of an attack are mostly of another country than the attacker's; those of the
            # police or of crowd control are of the same one
            domestic = d.mode in ("crowd-control", "arrest", "curfew", "censor", "restrict") or (
                bool(d.actor) and all(a.sector == "COP" for a in d.actor))
            victim = side is d.recipient and d.etype in VICTIM_TYPES and not domestic
            if side is d.actor and d.etype in ("CONSULT", "AGREE", "SUPPORT", "COOPERATE"):
                # a visitor is not of the place visited ("the prime minister is due to visit Paris")
                away = {loc.country} if loc is not None else set()
                away |= set(sent_places)
                guess = next((c for c in story if c not in away), "")
                if guess:
                    side[i] = replace(a, country=guess, name=ctx.roles.tables.country_name(guess))
                    d.rule.append(f"'{a.text}' placed in {guess}")
                continue
            owners = {o.country for o in others if o.country and o.kind != "capital"
                    and not (o.kind == "country" and not o.sector)}
            if (side is d.recipient and a.text.lower().split()[-1] in ("sides", "parties", "factions")
                    and len(owners) == 1 and not owners & {"IGO", "NGO", "IMG"}):
                # "Togo's electoral commission urged all parties to stay calm" (filed from another
                # country's capital): a state's own body speaks to the sides of its own dispute; the
                # dateline says only where the report was filed (real news set I)
                guess = owners.pop()
                side[i] = replace(a, country=guess, name=ctx.roles.tables.country_name(guess))
                d.rule.append(f"'{a.text}' of {guess}, the speaking body's own country")
                continue
            if (side is d.recipient and a.text.lower().split()[-1] in ("sides", "parties", "factions", "candidates")
                    and d.etype in ("REQUEST", "CONSULT", "THREATEN", "ACCUSE", "SUPPORT")):
                # "Washington urged the candidates to avoid violence" in a story about Nigeria's election:
                # an outsider speaks to the domestic sides of the country the story is about, never to
                # its own (real news sets K, L, M)
                mine = {o.country for o in others if o.country}
                guess = next((c for c in story if c not in mine and c not in ("IGO", "NGO", "IMG")), "")
                if guess:
                    side[i] = replace(a, country=guess, name=ctx.roles.tables.country_name(guess))
                    d.rule.append(f"'{a.text}' of {guess}, the country the story is about")
                    continue
            guess = loc.country if loc is not None and loc.country else ""
            if not guess and not victim and (d.etype in FACED_AT_HOME or a.sector == "OPP"):
                # (an opposition is of the country of the ruler it accuses or meets, whatever its act)
                # "the government bowed to the protesters' demand": a crowd or an opposition that a
                # government, its police or its army faces is of its country
                # (an embassy is a foreign state's, not the ruler of the crowd before it)
                rulers = {o.country for o in others if o.sector in ("GOV", "COP", "MIL", "JUD") and o.country
                          and o.country not in ("IGO", "NGO", "IMG")
                          and not any(w in o.text.lower() for w in ("embassy", "consulate"))}
                if len(rulers) == 1:
                    guess = rulers.pop()
            # a country named inside the party's own phrase but not by its own modifiers ("the troops,
            # alongside Chadian forces"): another body's, no guess for this one (_own_country took its own)
            beside = _countries_beside(ctx, a)
            if not guess and victim:
                guess = next((m.actor.country for m in in_sentence if m.actor.country not in taken
                              and m.actor.country not in beside), "")
            if not guess:
                guess = next((c for c in sent_places if c not in taken or not victim), "")
            if not guess:
                # a country standing on its own in the sentence ("from Chad", "for Bosnia"), not
                # qualifying another party ("a UK-based group") and not the other side's
                guess = next((m.actor.country for m in in_sentence if m.actor.country not in taken
                              and m.actor.country not in beside
                              and ctx.doc[m.end - 1].dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod")
                              and not _destination_tok(ctx.doc[m.end - 1])), "")
            if not guess and not victim:
                # "thousands were jailed after Lukashenko won a sixth term": the ruler named in the
                # sentence tells whose state did it and to whom
                rulers_named = [m.actor.country for m in ctx.doc._.wc_mentions or [] if m.kind == "person"
                                and m.actor.sector == "GOV" and m.actor.country and sent.start <= m.start < sent.end
                                and m.actor.country not in taken]
                if len(set(rulers_named)) == 1:
                    guess = rulers_named[0]
            if not guess:
                guess = next((c for c in story if c not in beside), "")
            if guess:
                side[i] = replace(a, country=guess, name=ctx.roles.tables.country_name(guess))
                d.rule.append(f"'{a.text}' placed in {guess}")


def venue_hosts(ctx: Story) -> set[str]:
    """Countries the story names only as the place of talks between others (and by the host's own
    officials): never the country of the sides that meet there."""
    if ctx.hosts is None:
        doc = ctx.doc
        venues: set[str] = set()
        for p in ctx.places:
            if not p.country:
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None and venue_token(span.root):
                venues.add(p.country)
        for m in doc._.wc_mentions or []:
            if m.kind in ("adjective", "capital") and m.actor.country and venue_token(doc[m.end - 1]):
                venues.add(m.actor.country)
        # a country that is itself a side of the talks ("Israeli-Palestinian talks in Jerusalem") stays
        sides = {m.actor.country for m in doc._.wc_mentions or [] if m.actor.country
                 and m.kind in ("country", "adjective") and any(
                     t.lemma_.lower() in MEETING_NOUNS for t in (doc[m.end - 1].head,))
                 and not venue_token(doc[m.end - 1])}
        ctx.hosts = venues - sides
    return ctx.hosts


def place_country(ctx: Story) -> str:
    """Where the story happens: the country of most of the places it names (towns, regions,
    the dateline). The police, the army and the protesters of a story are mostly there."""
    if ctx.where is None:
        from ..where import story_place_country

        ctx.where = story_place_country(ctx.doc)
    return ctx.where


def story_country(ctx: Story, mentions: list[Any]) -> str:
    if ctx.main_country is None:
        counts: dict[str, int] = {}
        for m in mentions:
            counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
        ctx.main_country = max(counts, key=lambda k: counts[k]) if counts else ""
    return ctx.main_country


def country_actor(ctx: Story, loc: Location) -> Actor | None:
    if not loc.country:
        return None
    name = ctx.roles.tables.country_name(loc.country)
    return Actor(loc.name, name, loc.country, "GOV" if loc.feature != "country" else "", "country",
                 loc.start, loc.end)
