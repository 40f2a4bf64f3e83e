"""When, where and in what mood an event is told: its date, place, auxiliary modes
(negation, future, hypothetical, historical) and contexts."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from ...model import Location
from ..triggers import Candidate
from ..when import DateMention
from .story import FUTURE_AUX, HYPOTHETICAL_AUX, LOCATION_PREPS, PAST_MARKERS, Story

PLACE_NOUNS = {"city", "town", "village", "region", "province", "area", "capital", "port", "border", "district",
               "state", "country", "island", "camp", "enclave", "territory", "outskirts", "suburb", "county",
               "governorate", "oblast", "coast", "square", "part", "east", "west", "north", "south", "centre",
               "center"}


def clause_verb(ctx: Story, tok: Token) -> Token:
    """The verb whose clause ``tok`` sits in (a noun's governing verb; a verb itself)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def reporting_verb(ctx: Story, tok: Token) -> Token | None:
    """The 'said' a clause is reported under, if any."""
    t = clause_verb(ctx, tok)
    for _ in range(4):
        if t.dep_ in ("ccomp", "parataxis") and t.head.i != t.i:
            h = t.head
            from ..triggers import match_verb

            got = match_verb(h, ctx.lex)
            if got and got[0].type == "SAY":
                return h
            t = h
        elif t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head  # ('"I have decided to break relations," he said': through the controlling verb)
        else:
            return None
    return None


def aux_modes(ctx: Story, c: Candidate) -> set[str]:
    modes: set[str] = set()
    verb = clause_verb(ctx, c.head)
    chain = [verb]
    t = verb
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i and len(chain) < 4:
        t = t.head
        chain.append(t)
    said = reporting_verb(ctx, c.head)
    past_report = said is not None and said.tag_ in ("VBD", "VBN")
    for v in chain:
        kids = list(v.children)
        for k in kids:
            low = k.lower_
            if k.dep_ == "neg" and v is chain[0]:
                modes.add("negation")
            if k.dep_ == "aux":
                if low in FUTURE_AUX:
                    modes.add("future")
                elif low in ("would", "'d", "’d") and past_report:
                    modes.add("future")  # "said it would allow": future seen from the past
                elif low in HYPOTHETICAL_AUX:
                    modes.add("hypothetical")
            if k.dep_ == "advcl" and any(m.lower_ in ("if", "unless") and m.dep_ == "mark" for m in k.children):
                modes.add("hypothetical")
        if v.lower_ == "going" and any(k.dep_ == "xcomp" for k in kids):
            modes.add("future")
        if v.lemma_.lower() in ("plan", "intend", "expect", "schedule", "due", "set", "prepare") and \
                any(k.dep_ == "xcomp" for k in kids):
            modes.add("future")
    if verb.dep_ in ("acl", "advcl", "relcl") and verb.head.pos_ == "NOUN" and \
            any(k.dep_ == "aux" and k.lower_ == "to" for k in verb.children):
        modes.add("hypothetical")  # "another opportunity for the two leaders to meet": not (yet) done
    if c.kind == "noun":
        # "sanctions on North Korea could be adjusted": the modal is about the adjusting;
        # the sanctions themselves are real. A noun's event takes no mood from its clause.
        modes -= {"future", "hypothetical", "negation"}
    if c.kind in ("noun", "light") and c.noun is not None:
        for ch in c.noun.children:
            if ch.dep_ == "det" and ch.lower_ == "no":
                modes.add("negation")
    if c.kind != "noun" and any(k.dep_ == "neg" for k in c.head.children):
        modes.add("negation")
    if c.kind != "noun" and any(_nobody(k) for k in c.head.children if k.dep_ in ("nsubj", "nsubjpass")):
        modes.add("negation")  # "No one was arrested", "no troops were sent"
    if is_historical(ctx, c):
        modes.add("historical")
    return modes


def _nobody(k: Token) -> bool:
    if k.lower_ in ("nobody", "none"):
        return True
    return any(x.dep_ == "det" and x.lower_ == "no" for x in k.children) or (
        k.lower_ == "one" and any(x.lower_ == "no" for x in k.children))


def is_historical(ctx: Story, c: Candidate) -> bool:
    d = event_date(ctx, c)
    if d is not None and ctx.published:
        try:
            pub = date.fromisoformat(ctx.published[:10])
            when = date.fromisoformat(d.date)
        except ValueError:
            when = None
        if when is not None:
            # "this year" is not history; "last year", "in 2014" and "six months ago" are
            if d.precision == "year":
                if when.year < pub.year:
                    return True
            elif d.precision == "month":
                if (pub.year * 12 + pub.month) - (when.year * 12 + when.month) > 1:
                    return True
            elif (pub - when).days > 45:
                return True
    if c.kind == "noun":
        t = c.head
        for _ in range(3):
            if t.dep_ == "pobj" and t.head.lower_ in PAST_MARKERS:
                return True
            if t.head.i == t.i:
                break
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in ("start", "beginning",
                                                                                             "outbreak", "end"):
                t = t.head.head
                continue
            t = t.head
        verb = clause_verb(ctx, c.head)
        if d is None and verb.tag_ in ("VBD", "VBN") and any(k.lower_ in PAST_MARKERS for k in verb.children):
            return True  # "since the invasion began": told as the past, with no date of its own
        if d is None and verb.lemma_.lower() == "begin" and verb.tag_ == "VBD":
            return True
    return False


def told_tense(ctx: Story, c: Candidate) -> str | None:
    """'pluperfect' for an act told as done before the time the story speaks of ('they had accused
    the government'), 'ongoing' for an activity told as going on over a stretch ('has been
    conducting offensives'): neither is the story's day."""
    verb = clause_verb(ctx, c.head)
    words = {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN" and words & {"had", "'d", "’d"}:
        return "pluperfect"
    if _habitual_perfect(verb) or _counted_since(ctx, verb):
        return "ongoing"
    if verb.tag_ == "VBD" and any(k.dep_ == "advmod" and k.lower_ in HABITUAL_PAST for k in verb.children):
        # "routinely issued warnings before the drills": a practice of past years, no one day's act
        return "ongoing"
    if verb.tag_ == "VBP" and verb.lemma_.lower() in ("say", "argue", "claim", "contend") and any(
            k.dep_ == "nsubj" and k.tag_ == "NNS" and not any(x.dep_ in ("det", "poss", "nummod")
                                                              for x in k.children) for k in verb.children):
        # "Critics say the government is corrupt": a standing charge of people in general, not a day's act
        return "ongoing"
    aux = {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN" and verb.lemma_.lower() in STANDING_CHARGES and aux & {"is", "are", "'s", "’s"} and \
            not aux & {"being", "been"}:
        # "The dissident ... is accused of inciting violence": a charge that stands, not one made that day
        return "ongoing"
    if verb.tag_ == "VBG" and verb.lemma_.lower() in STANDING_ACTS and aux & PRESENT_BE and not aux & {"been"}:
        # "is appealing his conviction", "are contesting the result": a stand kept up, not an act of that day
        return "ongoing"
    if verb.tag_ == "VBN" and verb.lemma_.lower() in STANDING_PERFECT and aux & PRESENT_PERFECT and \
            not aux & {"had", "'d", "’d"} and verb.sent.start > 0:
        # "Opposition parties have accused the president of ...", "Sharif has denied the charges": a
        # charge or denial told in the present perfect below the lead, with no day of its own, is a
        # stand kept up, not an act of the story's day
        return "ongoing"
    if any(k.dep_ == "prep" and k.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in SPAN_UNITS and g.tag_ == "NNS" and not any(
                x.dep_ in ("nummod", "det", "amod") and x.lower_ not in ("several", "many") for x in g.children)
            for g in k.children) for k in verb.children) and verb.tag_ != "VBD":
        # "For weeks, police have detained protesters": done again and again over a stretch, no one day's act
        return "ongoing"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in GOING_ON and verb.head.tag_ in ("VBZ", "VBP"):
        # "continues to deny the charges", "keeps refusing": told as going on now, not done on the day
        return "ongoing"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not aux and _there_are(verb.head):
        # "there are 182 opposition figures detained in the country": a state that lasts, not an arrest
        return "ongoing"
    named = [c.noun] if c.noun is not None else [c.head] if c.kind == "noun" else \
        [k for k in verb.children if k.dep_ in ("dobj", "obj")]  # ("launched frequent missile attacks")
    if verb.tag_ in ("VBN", "VBP", "VBZ") and (verb.tag_ != "VBN" or aux & PRESENT_PERFECT) and any(
            n.tag_ in ("NNS", "NNPS") and any(k.dep_ == "amod" and k.lower_ in HABITUAL_KINDS for k in n.children)
            for n in named):
        # "Israel has mounted frequent attacks against ...", "carries out regular raids": acts told as
        # done again and again over time, not on the story's day
        return "ongoing"
    # "has been conducting offensives ... to try to secure territory by burning villages": the
    # purpose and means of an ongoing activity, with no subject of their own, go on with it
    for _ in range(8):
        words = {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")}
        if verb.tag_ == "VBG" and "been" in words and words & {"has", "have", "'s", "’s", "'ve", "’ve"}:
            return "ongoing"
        if verb.dep_ not in ("xcomp", "advcl", "pcomp", "conj", "prep", "pobj") or verb.head.i == verb.i or \
                any(k.dep_ in ("nsubj", "nsubjpass") for k in verb.children):
            break
        verb = verb.head
    return None


def _there_are(noun: Token) -> bool:
    """'there are ... <noun>': the noun is what an existential 'be' says exists."""
    h = noun.head
    return noun.dep_ in ("attr", "nsubj") and h.lemma_ == "be" and any(k.dep_ == "expl" for k in h.children)


# stands taken and kept up over time: told in the present progressive they are no act of the story's day
STANDING_ACTS = {"appeal", "contest", "challenge", "dispute", "deny", "reject", "refuse", "boycott"}
GOING_ON = {"continue", "keep", "remain"}
PRESENT_BE = {"is", "are", "'s", "’s", "'re", "’re", "am"}
HABITUAL = {"repeatedly", "frequently", "often", "regularly", "long", "always", "consistently", "continually",
            "constantly", "routinely", "persistently", "previously"}
# (not "repeatedly": "police repeatedly fired tear gas" is one day's acts)
HABITUAL_PAST = {"routinely", "regularly", "frequently", "often", "habitually", "usually", "typically", "always",
                 "customarily", "traditionally"}
PROMPTING = {"prompt", "spur", "provoke", "trigger", "force", "lead"}
# verbs of deciding: "voted on Monday to impose sanctions" imposes them by that day's vote
DECIDING = {"vote", "decide", "resolve", "opt", "elect", "choose"}
STANDING_CHARGES = {"accuse", "charge", "suspect"}
# what an act may be made in, and the verbs by which it comes out ("in a report released March 15")
VESSELS = {"report", "statement", "letter", "communique", "communiqué", "declaration", "resolution", "ruling",
           "interview", "speech", "video", "post", "message"}
ISSUING = {"release", "publish", "issue", "post", "broadcast", "air", "deliver", "give", "adopt", "hand", "send"}
# charges and denials that, told in the present perfect with no day, are stands kept up over time
STANDING_PERFECT = {"accuse", "deny", "blame", "criticize", "criticise", "dispute", "refuse"}
HABITUAL_KINDS = {"frequent", "repeated", "regular", "numerous", "countless", "constant", "continual",
                  "persistent", "routine", "recurrent", "recurring", "periodic", "occasional", "sporadic"}
# acts that are counted up over days ("185 people have been killed since Saturday"), unlike states that
# begin on a day and last ("has been detained since Sunday": the detention's day)
CUMULATIVE = {"kill", "wound", "injure", "die", "displace", "arrest", "flee", "evacuate", "strike", "shell", "launch",
              "fire", "attack", "bomb", "destroy", "damage", "hit"}
PRESENT_PERFECT = {"has", "have", "'s", "’s", "'ve", "’ve"}


def _habitual_perfect(verb: Token) -> bool:
    """'has repeatedly expressed support ... and criticized': a present perfect told as done again
    and again over time (the adverb and the 'has' may sit on the first of joined verbs)."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        aux = {k.lower_ for k in v.children if k.dep_ in ("aux", "auxpass")}
        if v.tag_ == "VBN" and aux & PRESENT_PERFECT and any(
                k.dep_ == "advmod" and k.lower_ in HABITUAL for k in v.children):
            return True
    return False


def _counted_since(ctx: Story, verb: Token) -> bool:
    """'At least 185 people have been killed since Saturday': a toll counted from a day, not the act of one day."""
    if verb.lemma_.lower() not in CUMULATIVE or verb.tag_ != "VBN" or not (
            {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")} & PRESENT_PERFECT):
        return False
    for d in ctx.dates:
        if since_date(ctx, d):
            t = ctx.doc[d.start: d.end].root
            for _ in range(6):  # "2,141 killed, more than 1,300 since Sept. 23"
                if t.i == verb.i:
                    return True
                if t.head.i == t.i:
                    break
                t = t.head
    return False


FRAME_PREPS = {"after", "following", "during", "amid", "amidst", "throughout"}
FRAME_NOUNS = {"election", "vote", "poll", "referendum", "war", "coup", "crackdown", "protest", "uprising", "crisis",
               "collapse", "invasion", "revolution", "unrest", "clash", "fighting", "conflict", "pandemic", "riot",
               "offensive", "occupation", "siege", "insurgency", "takeover"}


def clause_year(ctx: Story, c: Candidate) -> DateMention | None:
    """'Thousands were jailed after a disputed 2020 election', 'stormed his residence after a collapse
    that began in 2019': an undated act told in the frame of an earlier year or month (named after
    'after', 'during', 'amid' on the act's clause, for a happening) is of that time, not the story's week."""
    if not ctx.published:
        return None
    verb = clause_verb(ctx, c.head)
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    pub = ctx.published[:10]
    for d in ctx.dates:
        if d.precision not in ("year", "month") or since_date(ctx, d) or not \
                (c.head.sent.start <= d.start < c.head.sent.end):
            continue
        if d.precision == "year" and d.date[:4] >= pub[:4]:
            continue
        months_back = (int(pub[:4]) * 12 + int(pub[5:7])) - (int(d.date[:4]) * 12 + int(d.date[5:7]))
        if d.precision == "month" and months_back <= 1:
            continue
        root = ctx.doc[d.start: d.end].root
        t, framed = root, False
        # a year on a happening ("a 2020 election") or on the verb of a clause ("began in 2019")
        if root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.lemma_.lower() not in FRAME_NOUNS:
            continue
        if root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.dep_ == "nsubj" \
                and root.head.head.i == verb.i:
            # "The 2018 crackdown killed more than 300 people": what that year's happening did is of that year
            return d
        for _ in range(10):
            if t.i == verb.i:
                if framed:
                    return d
                break
            if (t.dep_ == "prep" and t.lower_ in FRAME_PREPS) or (t.pos_ in ("VERB", "AUX") and any(
                    k.dep_ == "mark" and k.lower_ in FRAME_PREPS for k in t.children)):
                framed = True
            if t.head.i == t.i:
                break
            t = t.head
    return None


def backshifted(ctx: Story, c: Candidate) -> bool:
    """'The ministry said it had protested the harassment': a pluperfect under a reporting verb
    in the past is the speaker's 'has protested', as recent as the report ("told reporters that the
    talks had been constructive and that China had agreed ...": joined clauses too)."""
    verb = clause_verb(ctx, c.head)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.tag_ == "VBD"


def report_date(ctx: Story, c: Candidate) -> DateMention | None:
    """The date of the reporting verb a backshifted pluperfect hangs on ("told reporters on
    Wednesday that China had agreed"): the act is as recent as that report."""
    verb = clause_verb(ctx, c.head)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    return _date_at(ctx, None, {verb.head.i})


def reported_coarse_date(ctx: Story, c: Candidate) -> DateMention | None:
    """'In July, Al Jazeera reported that twenty groups had withdrawn': the month or year of the
    verb that reports a pluperfect act bounds it (a day would not: the act came before it)."""
    verb = clause_verb(ctx, c.head)
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    d = _date_at(ctx, None, {verb.head.i})
    # a month or a year named as such ("In July", "in 2021"), not a span ("a three-day summit")
    named = d is not None and re.search(r"\b(1[89]|20)\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                                        d.text.lower())
    return d if d is not None and named and d.precision in ("month", "year") else None


def event_date(ctx: Story, c: Candidate) -> DateMention | None:
    key = (c.head.i, c.noun.i if c.noun is not None else -1)
    if key not in ctx.dates_of:
        ctx.dates_of[key] = _event_date(ctx, c)
    return ctx.dates_of[key]


def _event_date(ctx: Story, c: Candidate) -> DateMention | None:
    verb = clause_verb(ctx, c.head)
    anchors = {c.head.i, verb.i}
    if c.noun is not None:
        anchors.add(c.noun.i)
    if c.kind == "noun":
        # "U.S. sanctions imposed in 2019": the participle restates the act named by the noun;
        # "the talks that took place on July 31", "talks which were held on May 2": so does a
        # relative clause telling when the thing named happened
        # (the parser may hang such a clause on the last name of the noun's phrase: "talks between
        # Ethiopia and the TPLF that took place ...")
        anchors |= {k.i for k in (c.noun or c.head).children if k.dep_ == "acl" and k.tag_ == "VBN"}
    if c.kind == "noun" or c.noun is not None:
        anchors |= {k.i for k in (c.noun or c.head).subtree if k.dep_ == "relcl" and _happening(k)}
    found = _date_at(ctx, c, anchors)
    if found is not None:
        return found
    # "accused the army of ethnic cleansing in a report released April 6": the act is made in that
    # report, so the day the report came out is the act's own
    vessel = {p.i for k in verb.children if k.dep_ == "prep" and k.lower_ in ("in", "through")
              for n in k.children if n.dep_ == "pobj" and n.lemma_.lower() in VESSELS
              for p in n.children if p.dep_ == "acl" and p.tag_ == "VBN" and p.lemma_.lower() in ISSUING}
    if vessel and (found := _date_at(ctx, None, vessel)) is not None:
        return found
    # "ordered the government to rebuild the temple in 2019" (told in 2020): a past year the parser
    # hangs on the infinitive dates the order (a thing ordered is not told as done years back)
    for x in verb.children:
        if x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) and ctx.published and \
                (found := _date_at(ctx, None, {x.i})) is not None and found.precision == "year" \
                and found.date[:4] < ctx.published[:4]:
            return found
    found = _when_clause(ctx, verb) or _day_after(ctx, verb)
    if found is not None:
        return found
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        # "forces who seized power on Sunday, capturing the president": a participle the parser hangs on
        # the noun after its relative clause goes on that clause's act, and shares its day
        rel = next((k for k in verb.head.children if k.dep_ == "relcl" and k.i < verb.i), None)
        if rel is not None and (found := _date_at(ctx, None, {rel.i})) is not None:
            return found
    # "seized power on Feb. 1, detaining Suu Kyi ... and declared an emergency": verbs joined to
    # a dated verb, or its participle with no subject of its own, share its date.
    while verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") and verb.head.i != verb.i:
        if verb.dep_ == "pcomp":
            # "In 2019, Trump broke with other powers by recognising ...": the act done by way of
            # another is of that one's time (the trace says whose date it takes)
            prep = verb.head
            if prep.lower_ != "by" or prep.head.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBG":
                break
            verb = prep.head
            found = _date_at(ctx, None, {verb.i})
            if found is not None:
                return found
            continue
        if verb.head.pos_ not in ("VERB", "AUX"):
            break
        if verb.dep_ != "conj" and (verb.tag_ != "VBG" or any(ch.dep_ in ("nsubj", "nsubjpass")
                                                              for ch in verb.children)) and not (
                verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PROMPTING | DECIDING):
            # ("renewed its claim last week, prompting Seoul to summon a diplomat": what it prompted
            # follows at once, in the same time; so does what a vote or decision enacts)
            break
        verb = verb.head
        found = _date_at(ctx, None, {verb.i}) or _when_clause(ctx, verb) or _day_after(ctx, verb)
        if found is not None:
            return found
    return None


def _when_clause(ctx: Story, verb: Token) -> DateMention | None:
    """'a turnaround from last year, when North Korea carried out its sixth nuclear test': the
    time named right before 'when' (or the noun the clause hangs on)."""
    when = next((k for k in verb.children if k.dep_ == "advmod" and k.lower_ == "when"), None)
    if verb.dep_ != "relcl" or when is None:
        return None
    return next((d for d in ctx.dates if d.start <= verb.head.i < d.end or d.end in (when.i, when.i - 1)), None)


def _day_after(ctx: Story, verb: Token) -> DateMention | None:
    """'approved martial law on Monday, a day after vessels fired on and seized three ships': the
    parser may hang the 'after' clause on the word 'day'; the phrase ('a day after', counted back
    from the news) dates that clause's act."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or not any(
            k.dep_ == "mark" and k.lower_ == "after" for k in verb.children):
        return None
    return next((d for d in ctx.dates if d.start <= verb.head.i < d.end and d.precision == "day"
                 and re.search(r"\bdays?\b", d.text.lower())), None)


TIMES_OF_DAY = {"morning", "afternoon", "evening", "night", "dawn", "dusk", "midnight", "noon"}
def _happening(v: Token) -> bool:
    """'that took place', 'which was held', 'that happened': a clause that only tells when and where."""
    lemma = v.lemma_.lower()
    kids = list(v.children)
    which = any(k.dep_ == "nsubj" and k.tag_ == "WDT" for k in kids)
    return lemma in ("happen", "occur") or (lemma == "take" and any(k.lower_ == "place" for k in kids)) or (
        lemma in ("hold", "convene", "begin", "start", "open", "end", "conclude")
        and any(k.dep_ == "auxpass" for k in kids)) or (lemma in ("begin", "start", "end", "open", "conclude")
                                                        and which) or (
        # "drills which kicked off Monday": when the thing named began
        lemma == "kick" and any(k.lower_ == "off" for k in kids) and which)


def since_date(ctx: Story, d: DateMention) -> bool:
    """'since Wednesday': the start of a state or of something ongoing, not the day of an act."""
    return d.text.lower().startswith("since") or (d.start > 0 and ctx.doc[d.start - 1].lower_ == "since")


def _lasting(t: Token) -> bool:
    """A verb or noun that can last from a day on: a perfect or a form of 'be' ('has been detained
    since', 'remains in custody since'), or a noun ('his detention since Wednesday')."""
    if t.pos_ not in ("VERB", "AUX"):
        return True
    return (t.tag_ in ("VBN", "VBG") and any(k.lemma_ in ("have", "be") for k in t.children if k.dep_ in (
        "aux", "auxpass"))) or t.lemma_ in ("be", "remain", "stay")


def event_date_at(ctx: Story, anchors: set[int]) -> DateMention | None:
    """The date that hangs on one of these tokens (a sentence's main verb), if any."""
    return _date_at(ctx, None, anchors)


def _date_at(ctx: Story, c: Candidate | None, anchors: set[int]) -> DateMention | None:
    best: DateMention | None = None
    # a date can only hang on a token of its own sentence (parses do not cross sentences)
    sents = {ctx.sent_bounds[i] for i in anchors}
    for d in ctx.dates:
        if not any(a <= d.start < b for a, b in sents) or d.dateline:
            continue  # (a dateline's day is when the report was filed, hung on no act)
        root = ctx.doc[d.start: d.end].root
        t = root
        since = since_date(ctx, d)
        for _ in range(6):
            if t.i in anchors:
                if since and (not _lasting(t) or (t.pos_ == "VERB" and t.lemma_.lower() in CUMULATIVE)):
                    # "condemned ... since Wednesday": the day the condemned state began, not the
                    # condemning (nor "have been killed since Saturday": a toll counted from that day)
                    break
                return d
            if t.head.i == t.i or (t.pos_ in ("VERB",) and t.i not in anchors and t.i != root.i
                                   and not (t.dep_ == "acl" and _range_date(ctx, d))):
                break  # (a range "from Thursday through Sunday" the parser hangs on "areas surrounding
                # Taiwan" spans the clause's activity, not the participle's)
            if t.i != root.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "dobj", "obj", "nsubj") \
                    and root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.i == t.i \
                    and t.lemma_.lower() not in TIMES_OF_DAY:
                break  # "the annulment of the September 28 elections": the date of the elections, not of the call
            if t.i != root.i and t.i not in anchors and t.dep_ == "pobj" and root.dep_ in ("poss", "compound", "nmod") \
                    and _before_or_after(t.head) and t.lemma_.lower() not in TIMES_OF_DAY:
                break  # "days before Sunday's primary", "ahead of Monday's vote": a day the act is told
                # against, not the act's own
            t = t.head
        if best is None and c is not None and ctx.sent_bounds[c.head.i][0] <= d.start < ctx.sent_bounds[c.head.i][1] \
                and c.kind == "noun" \
                and c.noun is not None and c.noun.left_edge.i <= d.start < c.noun.i:
            best = d
    return best


def _before_or_after(prep: Token) -> bool:
    """'before', 'after', 'ahead of', 'prior to', 'until': a preposition placing an act against another time."""
    w = prep.lower_
    return w in ("before", "after", "until", "till") or (
        w in ("of", "to") and prep.head.i != prep.i and prep.head.lower_ in ("ahead", "prior"))


def _range_date(ctx: Story, d: DateMention) -> bool:
    """'from Thursday through Sunday': the start of a range of days whose end is named too."""
    root = ctx.doc[d.start: d.end].root
    if not (root.dep_ == "pobj" and root.head.lower_ == "from") and not d.text.lower().startswith("from"):
        return False
    nxt = ctx.doc[d.end: d.end + 2]
    return any(t.lower_ in ("through", "to", "until", "till", "thru") for t in nxt) or bool(
        re.search(r"\b(through|to|until|till)\b", d.text.lower()))


def report_date_of_clause(ctx: Story, c: Candidate) -> DateMention | None:
    """'On Sunday, Rwanda accused the DRC ... and said its forces remain on alert': a clause
    reported under a dated 'said' (or a 'said' joined to a dated verb) is told as of that day."""
    said = reporting_verb(ctx, c.head)
    for _ in range(3):
        if said is None:
            return None
        d = _date_at(ctx, None, {said.i})
        if d is not None:
            return d if not since_date(ctx, d) else None
        if said.dep_ != "conj" or said.head.i == said.i:
            return None
        said = said.head
    return None


SEQUEL_WORDS = {"after", "afterwards", "afterward", "later", "thereafter", "subsequently"}


def told_as_sequel(ctx: Story, c: Candidate) -> bool:
    """'The court dissolved the party soon after', 'and later expelled ...': an act told as
    following the time the sentence before names (an adverb with no object of its own)."""
    verb = clause_verb(ctx, c.head)
    for _ in range(3):
        for k in verb.children:
            if k.dep_ == "advmod" and k.lower_ in SEQUEL_WORDS and not any(
                    x.dep_ in ("pobj", "pcomp") for x in k.children):
                return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return False


SPAN_UNITS = {"day", "week", "month", "year", "decade"}


def told_as_span(ctx: Story, c: Candidate) -> bool:
    """'followed months of talks', 'after years of fighting': a noun event counted in months or
    years went on over that stretch, not on the story's day."""
    if c.kind != "noun":
        return False
    n = c.noun or c.head
    of = n.head
    if n.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return False
    unit = of.head
    return unit.lemma_.lower() in SPAN_UNITS and unit.tag_ == "NNS" and not any(
        k.lower_ in ("last", "first", "final") for k in unit.children)  # "the last days of the war"


def event_place(ctx: Story, c: Candidate) -> Location | None:
    """Where it happened: a place after 'in/at/near/to' on the trigger, its clause's verb, or
    the nouns those govern ("converging for a rally in Lagos"); the subject's place for a
    nominal subject ("a roadside bombing near Samarra killed ...")."""
    verb = clause_verb(ctx, c.head)
    heads = [x for x in (c.noun, c.head, verb) if x is not None]
    for ch in c.head.children:
        if ch.dep_ == "nsubj" and ch.pos_ == "NOUN":
            heads.append(ch)
        if ch.dep_ in ("dobj", "obj") and ch.pos_ == "NOUN":
            heads.append(ch)  # "held talks in Tokyo", "struck targets in Syria"
    # "outside of the Iraqi city of Basra": a preposition that governs another
    heads += [g for h in list(heads) for ch in h.children if ch.dep_ == "prep" and ch.lower_ in LOCATION_PREPS
              for g in ch.children if g.dep_ == "prep"]
    spans = {(p.start, p.end): p for p in ctx.places}
    own = {c.head.i} | ({c.noun.i} if c.noun is not None else set())
    seen: set[int] = set()
    frontier = heads
    for _depth in range(3):
        nxt: list[Token] = []
        for h in frontier:
            if h.i in seen:
                continue
            seen.add(h.i)
            for ch in h.children:
                if ch.dep_ != "prep":
                    continue
                for p in ch.children:
                    if p.dep_ != "pobj":
                        continue
                    if ch.lower_ == "to" and h.i not in own:
                        pass  # "fled to Bangladesh during a crackdown": where others went, not where it was
                    elif ch.lower_ in LOCATION_PREPS:
                        for t in _place_phrase(p):
                            found = _place_at(ctx, t, spans) or _unmarked_place(ctx, t)
                            if found is not None:
                                return found
                    nxt.append(p)
        frontier = nxt
    return None


def _place_phrase(p: Token) -> list[Token]:
    """The words of 'in the town of Cizre', 'in southeastern Turkey', 'in Tianjin, China' that
    may name the place: the object, and, when the object is a place word ('town', 'port'),
    its modifiers, appositions and 'of' object. Not 'at US restrictions': a measure is no place."""
    out = [p]
    if not (p.pos_ == "PROPN" or p.lemma_.lower() in PLACE_NOUNS):
        return out
    # the 'of' object first: "the eastern DRC city of Goma" is Goma, more precisely than the country
    for c in p.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for x in c.children:
                if x.dep_ == "pobj":
                    out.append(x)
                    out.extend(y for z in x.children if z.dep_ == "prep" and z.lower_ == "of"
                               for y in z.children if y.dep_ == "pobj")
    out.extend(c for c in p.children if c.dep_ in ("compound", "amod", "nmod", "appos", "conj"))
    return out


def in_place_phrase(ctx: Story, p: Location) -> bool:
    """Is this place named as where something happened ('in', 'near', 'at' ...)?"""
    tok = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if tok is None:
        return False
    head = tok.root
    while head.dep_ in ("compound", "amod", "appos", "conj") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "the town of Samarra"
    return head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS


def _unmarked_place(ctx: Story, tok: Token) -> Location | None:
    """A proper noun after 'in/near' that NER did not mark but the gazetteer knows ("Samarra")."""
    # NER takes some towns for people ("the city of Goma"); after "city/town of" it is a place
    named_place = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS
    if tok.pos_ != "PROPN" or (tok.ent_type_ in ("PERSON", "ORG", "NORP", "DATE") and not named_place):
        return None
    from ..gazetteer import choose
    from ..where import NAME_PARTS, possessor_place, story_countries

    if tok.lower_ in NAME_PARTS or (not named_place and any(m.start <= tok.i < m.end
                                                            for m in ctx.doc._.wc_mentions or ())):
        return None  # "the Democratic Republic of the Congo": a word of a longer name (or of a party's name)

    countries = story_countries(ctx.doc)
    owner = possessor_place(ctx.doc, tok, countries)
    place = choose(tok.text, countries, owner.country if owner else None)
    if owner is not None and (place is None or place.country != owner.country):
        # "in Honiara's Chinatown": a part of the town that owns it
        return Location(tok.text, owner.country, owner.lat, owner.lon, None, "district", tok.idx, tok.idx + len(tok))
    if place is None or place.feature == "country":
        return None
    return Location(place.name, place.country, place.lat, place.lon, place.geonameid, place.feature,
                    tok.idx, tok.idx + len(tok))


def _place_at(ctx: Story, tok: Token, spans: dict[tuple[int, int], Location]) -> Location | None:
    for (s, e), loc in spans.items():
        if s <= tok.idx < e:
            return loc
    return None


def sentence_contexts(ctx: Story, sent: Span) -> list[str]:
    found: list[str] = []
    table = ctx.lex.contexts
    prev = ""
    for t in sent:
        for key in (f"{prev} {t.lemma_.lower()}", t.lemma_.lower(), t.lower_):
            cx = table.get(key)
            if cx and cx not in found:
                found.append(cx)
        prev = t.lemma_.lower()
    return found


def _long_before(pub: date, d: DateMention) -> bool:
    """A date well before the story's (an earlier year, a month two or more back, a day over 45 days back)."""
    try:
        when = date.fromisoformat(d.date)
    except ValueError:
        return False
    if d.precision == "year":
        return when.year < pub.year
    if d.precision == "month":
        return (pub.year * 12 + pub.month) - (when.year * 12 + when.month) > 1
    return (pub - when).days > 45


# nouns by which a story refers back to its own news ("hailed the deal", "welcomed the agreement")
NEWS_NOUNS = {"deal", "agreement", "accord", "pact", "move", "decision", "announcement", "talks", "step",
              "ruling", "verdict", "result", "results", "release", "ceasefire", "truce", "plan", "proposal"}


def _under_own_subclause(ctx: Story, d: DateMention, verb: Token) -> bool:
    """'thanked China for hosting earlier rounds in 2021 and 2022': a year inside a clause that hangs
    on the act dates what that clause tells, not the act."""
    t = ctx.doc[d.start: d.end].root
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.i != verb.i and t.dep_ in ("pcomp", "acl", "advcl", "xcomp", "relcl") and any(
                a.i == verb.i for a in t.ancestors)
    return False


def date_on_a_thing(ctx: Story, dm: DateMention) -> bool:
    """'Soldiers who seized power on Tuesday ...', 'an agreement signed in 2001', 'ahead of Thursday's
    election', 'a 2019 drone attack': a date on a relative clause or on a noun is that clause's or that
    thing's own, not the time the sentence tells of."""
    t = ctx.doc[dm.start: dm.end].root
    for _ in range(8):
        if t.dep_ in ("relcl", "acl") or t.head.i == t.i:
            return t.dep_ in ("relcl", "acl")
        if (t.head.pos_ in ("NOUN", "PROPN") and t.dep_ != "pobj") or t.dep_ == "poss":
            return True
        if t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN"):
            return True
        t = t.head
    return False


def _in_since_clause(ctx: Story, d: DateMention) -> bool:
    """'have blockaded the ports since Moscow invaded in February': the time a state began, told in a
    'since' clause, does not make the next paragraph background."""
    t = ctx.doc[d.start: d.end].root
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX") and any(k.dep_ == "mark" and k.lower_ == "since" for k in t.children):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def background_time(ctx: Story, c: Candidate, sent: Span) -> DateMention | None:
    """'Conde won a third term after a new constitution in March 2020. / Hundreds were also arrested.':
    an undated act told in the past within a background stretch (the sentence, or the paragraph up to it,
    or the paragraph before when this one names no time, last names a time long before the story) is of
    that past, not of the story's day. So is an act kept up 'since 2014' ('have stepped up attacks')."""
    if not ctx.published:
        return None
    try:
        pub = date.fromisoformat(ctx.published[:10])
    except ValueError:
        return None
    verb = clause_verb(ctx, c.head)
    if any(k.dep_ in ("dobj", "obj", "nsubjpass") and k.lemma_.lower() in NEWS_NOUNS
           and any(x.dep_ == "det" and x.lower_ in ("the", "this", "that") for x in k.children)
           for k in verb.children):
        return None  # "Wang hailed the deal", "Guterres welcomed the agreement": a reaction to the news
    aux = {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")}
    in_sent = [d for d in ctx.dates if sent.start <= d.start < sent.end]
    if verb.tag_ == "VBN" and aux & PRESENT_PERFECT:
        # "have stepped up attacks since 2014": kept up over years, no one day
        return next((d for d in in_sent if since_date(ctx, d) and _long_before(pub, d)), None)
    if verb.tag_ not in ("VBD", "VBN") or aux & {"will", "would", "could", "may", "might", "can"}:
        return None
    in_sent = [d for d in in_sent if not since_date(ctx, d) and not _under_own_subclause(ctx, d, verb)]
    if in_sent:
        return in_sent[-1] if all(_long_before(pub, d) for d in in_sent) else None
    line_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    before = [d for d in ctx.dates if line_start <= d.start_char < sent.start_char and not since_date(ctx, d)]
    if not before and line_start > 0:
        prev_start = ctx.text.rfind("\n", 0, line_start - 1) + 1
        before = [d for d in ctx.dates if prev_start <= d.start_char < line_start - 1 and not since_date(ctx, d)
                  and not _in_since_clause(ctx, d) and not date_on_a_thing(ctx, d)]
        # (only a time in the last sentence of that paragraph: the one the story goes on from)
        if before and ctx.doc[before[-1].start].sent.end_char < len(ctx.text[:line_start].rstrip()):
            before = []
    return before[-1] if before and _long_before(pub, before[-1]) else None
