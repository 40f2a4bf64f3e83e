"""The dates component: time expressions resolved against the story's date.

News dates are relative: "on Thursday" in a story dated Friday 9 May 2025 is
8 May; "in September" in a sentence about plans is the coming September;
"February 2022" is a month. Each DATE entity spaCy finds becomes a
:class:`DateMention` with an ISO date and a precision (day, week, month,
year), or is dropped when it is a duration or an age ("four-day", "80th").
The shapes news uses are resolved here directly: fast (a corpus has
millions of them) and exact about precision, which general date parsers
are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import guarded, register_extensions, text_of

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
FUTURE_MARKERS = {"will", "'ll", "’ll", "shall", "would", "'d", "’d", "plan", "expect", "due", "next", "upcoming",
                  "going", "scheduled", "set"}
# "offered to hold talks Thursday", "agreed to meet on Monday": the infinitive a verb of offering,
# promising or intending governs is an act still to come (not the governing verb's own day)
FORWARD_GOVERNORS = {"offer", "propose", "agree", "promise", "pledge", "vow", "threaten", "intend", "aim", "hope",
                     "want", "seek", "decide", "invite", "prepare", "arrange", "plan", "expect", "schedule", "set",
                     "due", "call", "urge", "ask"}
# "could seek to impose sanctions at a summit on Monday": a modal with no 'have' speaks of what is to come
FORWARD_MODALS = {"could", "might", "may", "should", "must", "can"}
OWN_CLAUSE = {"ccomp", "parataxis", "conj", "advcl", "relcl", "csubj", "acl"}
# "the party's planned rally on Saturday", "an upcoming summit on Monday": a noun told as coming
PLANNED = {"planned", "scheduled", "upcoming", "coming", "proposed", "forthcoming", "expected", "next"}
NOT_DATES = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](day|week|month|year|hour)s?"
                       r"(?:[- ]long|[- ]old)?\b|\banniversary\b|\d+(st|nd|rd|th)\b(?! of)|\bage\b|\bdecades?\b",
                       re.I)


DAY_IN_TIME = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"|yesterday|tonight|last night)\b", re.I)


@dataclass
class DateMention:
    start: int  # token index
    end: int
    text: str
    date: str  # ISO date (first day of the month or year for coarser precision)
    precision: str  # day, week, month, year
    start_char: int
    end_char: int
    # the day in a dateline ("COLOMBO, 10 January 2008 —"): when the report was filed, no act's own day
    dateline: bool = False


def _parse_pub(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _month_num(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS.index(w) + 1
    return MONTH_ABBR.get(w)


def resolve(text: str, pub: date, future: bool) -> tuple[date, str] | None:
    """Resolve one time expression; None when it is not a point in time."""
    t = text.lower().strip()
    t = re.sub(r"^(just|only)\s+(?=(last|earlier|this|yesterday)\b)", "", t)  # "just last week"
    t = re.sub(r"^(earlier|later)(\s+on)?\s+(?=\S)", "", t)  # "earlier this month", "earlier on Thursday"
    t = re.sub(r"^(on|in|since|by|from|until|during|early|late|mid|the|this past)\s+", "", t)
    t = re.sub(r"^overnight\s+(?:on\s+)?(?=(" + "|".join(WEEKDAYS) + r")\b)", "", t)  # "erupted overnight Saturday"
    # "in the early hours of Wednesday", "the night of Sunday": a part of the day named, that day
    t = re.sub(r"^(?:the\s+)?(?:(?:early|small|wee|late)\s+hours|(?:early\s+|late\s+)?(?:morning|afternoon|"
               r"evening|night))\s+of\s+(?=(" + "|".join(WEEKDAYS) + r"|yesterday)\b)", "", t)
    before = re.fullmatch(r"(a|one|two|three|four|five|six|\d+) days? (earlier|before|after|previously|prior)"
                          r"|(day before|previous day|day earlier|eve)", t)
    if before:
        # "a day after the army seized power", "two days earlier": counted back from the story's
        # day, which is the day of the news the phrase leans on in wire copy
        n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(
            before.group(1) or "a", int(before.group(1)) if (before.group(1) or "").isdigit() else 1)
        return pub - timedelta(days=n), "day"
    if re.fullmatch(r"(the )?(recent|past|last|previous)( few| several| couple of)? days", t):
        # "in recent days", "over the past few days": the week up to the story's day
        return pub, "week"
    if any(_month_num(w) for w in re.findall(r"[a-z]+", t)):
        # "on 26th May", "May 26th", "the 28th of May": an ordinal beside a month is its calendar day,
        # not the "80th" of an age or a count that NOT_DATES keeps out
        t = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", r"\1", t)
    ago = _ago(t, pub)
    if ago is not None:
        return ago
    if NOT_DATES.search(t) and not re.search(r"\b\d{4}\b", t):
        return None
    words = re.findall(r"[a-z]+|\d+", t)
    if not words:
        return None
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now") or \
            t.startswith(("today", "this morning", "this afternoon", "this evening")):
        return pub, "day"
    if t.startswith("yesterday") or t == "last night":
        return pub - timedelta(days=1), "day"
    if t.startswith("tomorrow"):
        return pub + timedelta(days=1), "day"
    for i, wd in enumerate(WEEKDAYS):
        if words[0] == wd or (words[0] in ("last", "next", "this") and len(words) > 1 and words[1] == wd):
            delta = (pub.weekday() - i) % 7
            if words[0] == "next" or (future and words[0] != "last"):
                ahead = (i - pub.weekday()) % 7 or 7
                return pub + timedelta(days=ahead), "day"
            if words[0] == "last" and delta == 0:
                delta = 7
            return pub - timedelta(days=delta), "day"
    if words[:2] in (["last", "week"], ["past", "week"]):
        return pub - timedelta(days=7), "week"
    if words[:2] == ["next", "week"]:
        return pub + timedelta(days=7), "week"
    if words[:2] == ["this", "week"]:
        return pub, "week"
    if words[:2] == ["last", "month"]:
        m = date(pub.year, pub.month, 1) - timedelta(days=1)
        return date(m.year, m.month, 1), "month"
    if words[:2] == ["next", "month"]:
        m = date(pub.year, pub.month, 28) + timedelta(days=7)
        return date(m.year, m.month, 1), "month"
    if words[:2] == ["this", "month"]:
        return date(pub.year, pub.month, 1), "month"
    if words[:2] == ["last", "year"]:
        return date(pub.year - 1, 1, 1), "year"
    if words[:2] == ["next", "year"]:
        return date(pub.year + 1, 1, 1), "year"
    if words[:2] == ["this", "year"]:
        return date(pub.year, 1, 1), "year"
    return _absolute(words, pub, future)


def _ago(t: str, pub: date) -> tuple[date, str] | None:
    """'two years ago', '3 days ago', 'a week ago' (not 'a day earlier': earlier than what?)."""
    m = re.fullmatch(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month|year)s? "
                     r"ago", t)
    if not m:
        return None
    n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10}.get(m[1]) or int(m[1])
    unit = m[2]
    if unit == "day":
        return pub - timedelta(days=n), "day"
    if unit == "week":
        return pub - timedelta(days=7 * n), "week"
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return date(y, mo + 1, 1), "month"
    return date(pub.year - n, 1, 1), "year"


def _absolute(words: list[str], pub: date, future: bool) -> tuple[date, str] | None:
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4 and 1800 < int(w) < 2200), None)
    month = next((_month_num(w) for w in words if _month_num(w)), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if month is None and year is not None and len(words) == 1:
        return date(year, 1, 1), "year"
    if month is None:
        if year is not None and all(w.isdigit() or w in ("the", "of", "in", "s") for w in words):
            return date(year, 1, 1), "year"
        return None
    rel = next((words[i - 1] for i in range(1, len(words)) if words[i] == "year"
                and words[i - 1] in ("last", "next", "this", "past")), None)
    if year is None and rel is not None:
        # "July last year": last year's July, whatever the month of the story
        year = pub.year + {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    if year is None:
        year = pub.year
        # A bare month or day: the nearest one, looking ahead when the sentence speaks of plans.
        probe = date(year, month, min(day or 1, 28))
        if future and probe < date(pub.year, pub.month, 1):
            year += 1
        elif not future and (probe - pub).days > 60:
            year -= 1
    try:
        if day is not None:
            return date(year, month, day), "day"
        return date(year, month, 1), "month"
    except ValueError:
        return None


def is_future_context(span: Span) -> bool:
    head = span.root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if head.i != span.root.i and head.pos_ in ("NOUN", "PROPN") and any(
                k.lower_ in PLANNED and k.dep_ in ("amod", "compound", "nmod") for k in head.children):
            return True  # "during the party's planned rally in Dhaka on Saturday"
        head = head.head
    if _after_planned_noun(span):
        return True
    # "is due to visit Paris on Monday", "plans to travel ... on Friday": the governing verb says
    chain = [head]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i and len(chain) < 3:
        chain.append(chain[-1].head)
    # (not a clause of its own hanging on the verb: "said on Saturday that Sweden should not expect ...")
    for tok in [t for h in chain for t in (h, *h.children) if t.i == h.i or t.dep_ not in OWN_CLAUSE]:
        if tok.lower_ in FUTURE_MARKERS or tok.lemma_.lower() in FUTURE_MARKERS:
            return True
    if len(chain) > 1 and chain[0].tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ == "to"
                                                        for k in chain[0].children) \
            and any(h.lemma_.lower() in FORWARD_GOVERNORS for h in chain[1:]):
        return True  # the date hangs on the infinitive ("to hold talks Thursday"), not on "offered"
    for h in chain:
        kids = [k for k in h.children if k.dep_ == "aux"]
        if any(k.lower_ in FORWARD_MODALS for k in kids) and not any(k.lower_ == "have" for k in kids):
            return True
    return any(t.lower_ in ("will", "'ll", "’ll", "would", "'d", "’d") for t in span.sent
               if t.i < span.start and t.head.i == head.i)


START_WORDS = {"start", "begin", "effective", "effect", "from", "starting", "beginning"}


def _a_start(span: Span) -> bool:
    """'started Thursday', 'from Thursday morning', 'effective Tuesday': a bare weekday naming when something starts."""
    if re.match(r"\s*(last|this past|past)\b", span.text, re.I):
        return False
    t = span.root
    for _ in range(3):
        if t.lemma_.lower() in START_WORDS or t.lower_ in START_WORDS:
            return True
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
            break
        t = t.head
    return span.start > 0 and span.doc[span.start - 1].lower_ in START_WORDS


def _after_planned_noun(span: Span) -> bool:
    """'killed on Wednesday ... amid speculation about the party's planned rally in Dhaka on Saturday':
    where the parser hangs the second day of a clause on its verb, the day right after a noun told as
    planned is that noun's (only when another day is named in the sentence for the act itself)."""
    sent = span.sent
    if not DAY_IN_TIME.search(span.text) or not any(
            e.start != span.start and e.label_ == "DATE" and DAY_IN_TIME.search(e.text) for e in sent.ents
            if e.start < span.start):
        return False
    for i in range(span.start - 1, max(sent.start, span.start - 7) - 1, -1):
        t = span.doc[i]
        if t.pos_ in ("VERB", "AUX", "PUNCT") and t.dep_ != "amod":
            return False
        if t.lower_ in PLANNED and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN":
            return True
    return False


ORDINAL_DAY = re.compile(r"\d{1,2}(st|nd|rd|th)", re.I)


def _with_ordinal_day(ent: Span) -> Span:
    """'on 9th August': the NER may leave the ordinal day out of a bare month; it belongs to it."""
    doc = ent.doc
    if ent.start == 0 or len(ent) != 1 or not _month_num(ent.text) or not ORDINAL_DAY.fullmatch(
            doc[ent.start - 1].text):
        return ent
    return doc[ent.start - 1: ent.end]


# "COLOMBO, 10 January 2008 —", "Adamawa [Nigeria], November 4 (ANI/Xinhua):": the place a report was filed
# from (if named), then its day, then an agency in brackets and a dash or colon
DATELINE_BEFORE = re.compile(r"^(?:[A-Z][\w .'’\[\]()/-]{1,50}?,\s*)?$")  # (or no place: "Oct. 9, 2019 --")
DATELINE_AFTER = re.compile(r"^,?\s*(?:\d{4}\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—:])")


def _dateline_ent(doc: Doc, ent: Span) -> bool:
    """A date right after the filing place at the start of one of the story's first lines, before its dash."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    if text.count("\n", 0, line_start) > 2:
        return False
    end = ent.start_char + len(ent.text.rstrip(" -–—:"))  # (the NER may take the dash in: "10 January 2008 -")
    return bool(DATELINE_BEFORE.match(text[line_start: ent.start_char])) and bool(
        DATELINE_AFTER.match(text[end: end + 50]))


def find_dates(doc: Doc) -> list[DateMention]:
    pub = _parse_pub((doc._.wc_meta or {}).get("published"))
    out: list[DateMention] = []
    if pub is None:
        return out
    # a dateline's day a few days before the story's date ("BEIJING, Feb. 13 (Xinhua) --" in a story dated the
    # 14th) is the day the report was written: its "yesterday" and "Tuesday" count back from that day
    filed = None
    for ent in doc.ents:
        if ent.label_ == "DATE" and _dateline_ent(doc, ent):
            got = resolve(ent.text, pub, False)
            if got and got[1] == "day" and 0 <= (pub - got[0]).days <= 3:
                filed = ent
                out.append(DateMention(ent.start, ent.end, ent.text, got[0].isoformat(), "day",
                                       ent.start_char, ent.end_char, dateline=True))
                pub = got[0]
            break
    for ent in doc.ents:
        if filed is not None and ent.start == filed.start:
            continue
        # "on Friday morning", "Wednesday night": the NER calls these TIME, but they name a day
        if ent.label_ != "DATE" and not (ent.label_ == "TIME" and DAY_IN_TIME.search(ent.text)):
            continue
        ent = _with_ordinal_day(ent)
        got = resolve(ent.text, pub, is_future_context(ent))
        if got and got[1] == "day" and (pub - got[0]).days == 6 and _a_start(ent):
            # "a state of emergency started Thursday" in a story dated Wednesday: a start named by a
            # bare weekday is the one announced for the next day (the place may already be in it, a
            # time zone ahead of the story's date), not a start six days back
            got = resolve(ent.text, pub, True)
        if got and got[0] > pub and got[1] in ("month", "day") and not re.search(r"\b\d{4}\b", ent.text) \
                and any(_month_num(w) for w in re.findall(r"[a-z]+", ent.text.lower())) \
                and not re.search(r"\b(next|coming|this)\b", ent.text, re.I) and _told_as_past(ent) \
                and not is_future_context(ent):
            # "was arrested and sentenced in March" in a story of February: a bare month ahead of the
            # story in a clause told as done is last year's, not the coming one
            try:
                got = (got[0].replace(year=got[0].year - 1), got[1])
            except ValueError:
                got = None
        if got:
            d, precision = got
            out.append(DateMention(ent.start, ent.end, ent.text, d.isoformat(), precision,
                                   ent.start_char, ent.end_char))
    taken = {i for m in out for i in range(m.start, m.end)}
    for tok in doc:
        # "a day after the army seized power": not an entity for the NER, but a date all the same
        if tok.lemma_.lower() == "day" and tok.i not in taken and tok.i + 1 < len(doc) and \
                doc[tok.i + 1].lower_ in ("after", "before", "earlier") and tok.i > 0 and \
                doc[tok.i - 1].lower_ in ("a", "one", "two", "three", "the"):
            span = doc[tok.i - 1: tok.i + 2]
            got = resolve(span.text, pub, False)
            if got:
                out.append(DateMention(span.start, span.end, span.text, got[0].isoformat(), got[1],
                                       span.start_char, span.end_char))
    return _counted_from_day_named(doc, out, pub)


BACK_FROM = re.compile(r"^(the |a |one |two |three )?(day|days) (before|earlier)$|^(the )?previous day$", re.I)


def _counted_from_day_named(doc: Doc, out: list[DateMention], pub: date) -> list[DateMention]:
    """'Xu spoke to the assembly on Thursday. The day before, he met lawmakers.': a day counted back
    ('the day before', 'two days earlier') from a day the text has just named is counted from that day,
    not from the story's (only a named day within the week before the story, in the text before it)."""
    out = sorted(out, key=lambda m: m.start)
    for k, m in enumerate(out):
        if m.precision != "day" or not BACK_FROM.match(m.text.strip()):
            continue
        prev = next((p for p in reversed(out[:k]) if p.precision == "day" and not BACK_FROM.match(p.text.strip())
                     and p.start_char >= m.start_char - 1200
                     and doc[max(p.start - 1, 0)].lower_ != "since"), None)
        if prev is None:
            continue
        try:
            named = date.fromisoformat(prev.date)
        except ValueError:
            continue
        if not 0 <= (pub - named).days <= 7:
            continue
        n = (pub - date.fromisoformat(m.date)).days
        m.date = (named - timedelta(days=n)).isoformat()
    return out


def _told_as_past(span: Span) -> bool:
    """The verb a date hangs on is told in the past ('sentenced' after 'was arrested and', 'met')."""
    t = span.root
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return False
    for v in (t, t.head) if t.dep_ == "conj" else (t,):
        if v.tag_ == "VBD" or any(k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" for k in v.children):
            return True
    return False


def _when(doc: Doc) -> Doc:
    doc._.wc_dates = find_dates(doc)
    return doc


@Language.factory("wirecoder_when", requires=["doc.ents"], assigns=["doc._.wc_dates"])
def make_when(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, _when)
