"""The amounts component: the figures a story reports, normalised and explained.

Each MONEY, PERCENT, CARDINAL and QUANTITY entity spaCy finds (plus
durations such as "15 years" and numbers it missed) is read by
amount_parse.py into a value, a currency (ISO 4217) or unit and an
approximation ("more than 20"). Then the parse says what it counts or
measures:

- object: the counted noun ("28,500 U.S. troops"), the thing a sum is in or
  of ("$350 million in military assistance"), else the subject of the verb
  the figure completes ("Bilateral trade hit ... $245 billion");
- period: a time expression governing the same clause with "in/for/during"
  ("in 2024"), never the base of a change ("from 2021");
- change: "up 68% from 2021", "rose 3.9 percent";
- source: the cited source of the sentence ("according to Chinese customs
  data"), else the speaker of the quote that holds the figure.

A figure that is a definite reference ("the two leaders") or part of an
adjective ("a four-day trip") is not a reported amount and is left out.
After the events component has run, an amount is linked to the events of
its clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Amount, CitedSource, Event, Quote, stable_id
from .amount_parse import Parsed, approx_before, change_before, count_unit, parse_figure, units
from .extensions import guarded, register_extensions, text_of
from .sources import cited_sources
from .speakers import np_end, np_start

LABELS = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
DURATION = re.compile(r"^(?:(?:about|some|nearly|almost|over|more than|at least|up to)\s+)?"
                      r"(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?:day|week|month|year|hour)s$", re.I)
REFERENCE_DETS = {"the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "my", "your"}
NOT_DURATION_AFTER = {"ago", "old", "later", "earlier", "after", "before", "since", "later,"}
NOT_DURATION_BEFORE = {"the", "past", "last", "next", "previous", "coming", "first", "recent", "following"}
PERIOD_PREPS = {"in", "for", "during", "over", "through", "throughout"}  # not "by": a deadline
NOT_PERIOD = re.compile(r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                        r"yesterday|tomorrow|tonight)\b", re.I)
BASE = re.compile(r"^\s*(?:from|on|over|compared with|compared to|versus|vs\.?|than|year[- ]on[- ]year|"
                  r"year[- ]over[- ]year|a year earlier|a year ago)\b[^,;.]*", re.I)
MEASURE_NOUNS = {"record", "level", "total", "sum", "value", "worth", "high", "low", "peak", "amount",
                 "figure", "tally", "rate", "share", "increase", "rise", "drop", "fall", "gain", "decline",
                 "jump"}
OBJECT_PREPS = ("of", "in", "for", "on", "worth")
MAX_OBJECT_TOKENS = 8
# A period is a stretch of time with a number or a calendar word in it: "2024", "the first quarter",
# "last year"; not "Days before the invasion".
PERIOD_WORDS = re.compile(r"\d|\b(?:year|month|quarter|half|week|decade|january|february|march|april|may|"
                          r"june|july|august|september|october|november|december|spring|summer|autumn|winter|"
                          r"season|fiscal)\b", re.I)
# Verbs by which a quantity reaches a figure: their subject is what the figure measures.
LEVEL_VERBS = {"be", "reach", "hit", "total", "stand", "amount", "rise", "fall", "climb", "grow", "widen",
               "narrow",
               "exceed", "top", "jump", "drop", "increase", "decrease", "decline", "shrink", "surge", "soar",
               "double", "triple", "account", "come", "slip", "slide", "plunge", "tumble", "near",
               "approach", "surpass", "swell", "balloon", "contract", "expand", "cost", "average", "remain"}
OBJECT_DEPS = {"nsubjpass", "dobj", "obj", "nsubj", "attr"}


class AmountFinder:
    def __init__(self, nlp: Language) -> None:
        units()  # fail at pipeline build, not on the first story, if the data file is broken

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.wc_meta or {}
        article_id = meta.get("article_id", "")
        sources = cited_sources(doc)
        quotes: list[Quote] = doc._.wc_quotes or []
        amounts: list[Amount] = []
        taken: set[int] = set()
        for span in candidates(doc):
            if taken.intersection(range(span.start, span.end)):
                continue
            got = read_amount(doc, span, article_id, sources, quotes)
            if got is not None:
                amounts.append(got)
                ext = doc.char_span(got.start, got.end, alignment_mode="expand")
                taken.update(range(ext.start, ext.end) if ext is not None else range(span.start, span.end))
        amounts.sort(key=lambda a: a.start)
        inherit_units(doc, amounts)
        add_changes(doc, amounts)
        link_amounts(doc, amounts, doc._.wc_events or [])
        doc._.wc_amounts = amounts
        return doc


def candidates(doc: Doc) -> list[Span]:
    """Spans that may hold a reported figure, in text order."""
    out: list[Span] = [e for e in doc.ents if e.label_ in LABELS]
    for e in doc.ents:
        if e.label_ == "DATE" and DURATION.match(e.text.strip()):
            before = doc[e.start - 1].lower_ if e.start else ""
            after = doc[e.end].lower_ if e.end < len(doc) else ""
            if before not in NOT_DURATION_BEFORE and after not in NOT_DURATION_AFTER:
                out.append(e)
    in_ent = {i for e in doc.ents for i in range(e.start, e.end)}
    for t in doc:
        # numbers the entity recogniser missed: "1,115 wounded", "500 Stinger missiles"
        if t.i not in in_ent and t.like_num and t.pos_ == "NUM" and re.search(r"\d", t.text):
            out.append(doc[t.i:t.i + 1])
    return sorted(out, key=lambda s: s.start)


def _num_token(span: Span) -> Token:
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return nums[-1] if nums else span.root


def _counted_noun(span: Span) -> Token | None:
    """The noun a figure counts: '28,500 U.S. troops' -> troops."""
    tok = _num_token(span)
    for _ in range(3):
        if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") and tok.head.i > tok.i \
                and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i >= span.end \
                and tok.head.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT"):
            return tok.head
        if tok.head.i < span.end and tok.head.i >= span.start and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


def _is_reference(doc: Doc, span: Span) -> bool:
    """'the two leaders', 'both countries', 'a four-day trip', 'No. 2': not reported figures."""
    first = span[0]
    prev = doc[span.start - 1] if span.start else None
    if first.lower_ in REFERENCE_DETS:
        return True
    if prev is not None and prev.lower_ in REFERENCE_DETS and prev.tag_ != "POS":
        return True
    if span.end < len(doc) and doc[span.end].text in ("-", "‐", "–") and span.label_ != "MONEY":
        return True
    if prev is not None and prev.lower_ in ("no", "no.", "number", "article", "resolution", "chapter"):
        return True
    return span.end < len(doc) and re.match(r"^-\w", doc[span.end].text) is not None


def read_amount(doc: Doc, span: Span, article_id: str, sources: list[CitedSource],
                quotes: list[Quote]) -> Amount | None:
    if _is_reference(doc, span):
        return None
    text = span.text
    parsed = parse_figure(text)
    if parsed is None:
        return None
    start_i, end_i = span.start, span.end
    # an approximation the entity left outside: "more than [20 countries]"
    words = [t.text for t in doc[max(span.sent.start, span.start - 4):span.start]]
    if parsed.approximate is None:
        got = approx_before(words)
        if got is not None:
            parsed.approximate = got[0]
            start_i -= got[1]
    # a currency symbol the entity left outside
    if parsed.currency is None and span.start and doc[span.start - 1].text in units().currency \
            and not doc[span.start - 1].is_alpha:
        parsed.currency = units().currency[doc[span.start - 1].text]
        start_i = min(start_i, span.start - 1)
    noun = None
    if not parsed.unit and parsed.currency is None:
        noun = _counted_noun(span)
        cur = units().currency
        if noun is not None and noun.i == span.end and (noun.text in cur or noun.lower_ in cur):
            # "7 billion euros" with the currency word left outside the entity
            parsed.currency = cur.get(noun.text) or cur[noun.lower_]
            end_i, noun = noun.i + 1, None
        elif noun is not None:
            parsed.unit = count_unit(noun.text, noun.lemma_)
            end_i = max(end_i, noun.i + 1)
        elif span.label_ in ("CARDINAL", "") and not _bare_count_ok(span, parsed):
            return None
    if span.label_ == "DATE" and not parsed.unit:
        return None
    if parsed.currency is None and not parsed.unit and span.label_ == "MONEY":
        parsed.unit = ""
    start, end = doc[start_i].idx, doc[end_i - 1].idx + len(doc[end_i - 1])
    verb = _clause_verb(noun or span.root)
    return Amount(
        amount_id=stable_id(article_id, start, end), article_id=article_id, text=doc[start_i:end_i].text,
        value=_tidy(parsed.value), unit=parsed.unit, currency=parsed.currency,
        object=_object(doc, span, noun, verb, end_i), period=_period(doc, span, noun, verb), change=None,
        source=_source(span, sources, quotes), approximate=parsed.approximate, start=start, end=end)


def _bare_count_ok(span: Span, parsed: Parsed) -> bool:
    """A number with no counted noun is kept when the sentence says what it counts:
    'Eleven of the council's 15 members', '198 people ... and 1,115 wounded' (not 'one of the
    activists' or 'half of its output': fractions and ones are no head counts)."""
    if parsed.value < 2:
        return False
    root = _num_token(span)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return True
    if root.dep_ in ("conj", "appos") or any(c.dep_ == "amod" for c in root.children):
        return True
    return root.dep_ in ("nsubj", "nsubjpass", "dobj") and parsed.value >= 10


def _tidy(v: float) -> float:
    return float(round(v, 6))


def _np_text(tok: Token, skip: set[int], preps: bool = True) -> str:
    """The noun phrase headed by ``tok`` without the figure's own words; its prepositional phrases
    only when asked for and short (an object is a label, not a sentence)."""
    if tok.pos_ == "PRON":
        return ""  # "whom", "which": the antecedent is not ours to guess here
    s, e = np_start(tok), np_end(tok)
    if not preps or e - s > MAX_OBJECT_TOKENS:
        e = tok.i + 1
    words = [t for t in tok.doc[s:e] if t.i not in skip]
    while words and words[0].pos_ == "DET" and words[0].lower_ != "no":
        words = words[1:]
    while words and (words[0].is_punct or words[0].like_num or words[0].i in skip):
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def _clause_verb(tok: Token) -> Token | None:
    a = tok
    for _ in range(10):
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("amod", "compound"):
            return a
        if a.head.i == a.i:
            return None
        a = a.head
    return None


def _object(doc: Doc, span: Span, noun: Token | None, verb: Token | None, end_i: int) -> str | None:
    skip = set(range(span.start, span.end))
    if noun is not None:
        text = _np_text(noun, skip)
        head = noun.head
        # what happened to those counted: "people killed", "diplomats expelled"
        done_to = noun.dep_ != "nsubj" or not any(c.dep_ in ("dobj", "obj") for c in head.children)
        if noun.dep_ in OBJECT_DEPS and head.pos_ == "VERB" and head.lemma_ not in ("be", "have") \
                and head.tag_ in ("VBD", "VBN") and done_to:
            return f"{_np_text(noun, skip, preps=False)} {head.text}"
        if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "AUX":
            return text
        return text or None
    root = span.root
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS]
    if end_i < len(doc) and doc[end_i].lower_ in OBJECT_PREPS and doc[end_i].dep_ == "prep":
        preps.append(doc[end_i])  # "$4.5bn in loans", however the parser attached "in"
    for c in preps:  # "$350 million in military assistance", "40% of the population"
        p = next((x for x in c.children if x.dep_ == "pobj"), None)
        if p is not None and p.ent_type_ not in ("DATE", "TIME") and p.i >= end_i:
            return _np_text(p, skip) or None
    head = root.head
    if root.dep_ in ("compound", "nummod", "amod", "nmod", "quantmod") and head.pos_ == "NOUN" \
            and head.i >= end_i:
        return _np_text(head, skip) or None  # "a €50 billion facility"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and root.head.head.lemma_ not in MEASURE_NOUNS:
        return _np_text(root.head.head, skip) or None  # "a package of $5 billion"
    if verb is not None and verb.lemma_.lower() in LEVEL_VERBS:
        # "Bilateral trade hit $245 billion": what reached the figure (not who paid it out)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i not in skip and not _is_actor(subj):
            return _np_text(subj, skip) or None
    return None


def _is_actor(tok: Token) -> bool:
    mentions = tok.doc._.wc_mentions or []
    return tok.pos_ == "PRON" or any(m.start <= tok.i < m.end and m.kind != "org" for m in mentions) \
        or tok.ent_type_ in ("GPE", "PERSON", "NORP")


def _period(doc: Doc, span: Span, noun: Token | None, verb: Token | None) -> str | None:
    chain: set[int] = set()
    a = noun or span.root
    for _ in range(10):
        chain.add(a.i)
        if a.head.i == a.i or (verb is not None and a.i == verb.i):
            break
        a = a.head
    best: tuple[int, str] | None = None
    for e in span.sent.ents:
        if e.label_ != "DATE" or (e.start < span.end and span.start < e.end) or NOT_PERIOD.match(e.text) \
                or DURATION.match(e.text.strip()) or not PERIOD_WORDS.search(e.text):
            continue
        r = e.root
        ok = False
        if r.dep_ == "pobj" and r.head.lower_ in PERIOD_PREPS and r.head.head.i in chain:
            ok = True
        elif r.dep_ in ("npadvmod", "nmod", "compound") and r.head.i in chain and noun is None:
            ok = True  # "last year" for a sum or a rate; for a head count it dates the event instead
        between = doc[span.end:e.start].text.strip().lower() if e.start >= span.end else "-"
        if between in ("in", "for", "during", "in the", "over", "over the", "this", "last", "") \
                and noun is None:
            ok = ok or e.start >= span.end
        if ok:
            dist = min(abs(e.start - span.end), abs(span.start - e.end))
            text = re.sub(r"^(?:the)\s+", "", e.text, flags=re.I)
            if best is None or dist < best[0]:
                best = (dist, text)
    return best[1] if best else None


def _source(span: Span, sources: list[CitedSource], quotes: list[Quote]) -> str | None:
    s0, s1 = span.sent.start_char, span.sent.end_char
    here = [s for s in sources if s0 <= s.start < s1]
    if here:
        return min(here, key=lambda s: abs(s.start - span.start_char)).text
    for q in quotes:
        if q.start <= span.start_char < q.end and q.speaker:
            who = " and ".join(dict.fromkeys(a.text for a in q.speaker))
            return f"{who} {q.cue}".strip()
    return None


def inherit_units(doc: Doc, amounts: list[Amount]) -> None:
    """'198 people ... had been killed and 1,115 wounded': a bare number after a head count of the
    same sentence counts the same thing."""
    for prev, a in pairwise(amounts):
        if a.unit or a.currency or not prev.unit or prev.unit == "percent" or prev.currency:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        pspan = doc.char_span(prev.start, prev.end, alignment_mode="expand")
        if span is not None and pspan is not None and span.sent.start == pspan.sent.start:
            a.unit = prev.unit


def add_changes(doc: Doc, amounts: list[Amount]) -> None:
    """'up 68% from 2021', 'rose 3.9 percent': the change a percentage states, on itself and on
    the figure of the same clause it changes ('$245 billion in 2024, up 68% from 2021')."""
    text = text_of(doc)
    for a in amounts:
        if a.unit != "percent":
            continue
        before = text[max(0, a.start - 40):a.start].split()
        got = change_before(before)
        if got is None:
            continue
        n = got[1]
        pre_len = len(" ".join(before[-n:]))
        start = text.rfind(before[-n], 0, a.start)
        start = start if start >= 0 and a.start - start <= pre_len + 2 else a.start
        m = BASE.match(text[a.end:])
        end = a.end + (m.end() if m else 0)
        a.change = text[start:end].strip()
        sent = doc.char_span(a.start, a.end, alignment_mode="expand")
        if sent is None:
            continue
        s = sent.sent
        for b in amounts:
            if b is a or b.unit == "percent" or not (s.start_char <= b.start < s.end_char) or b.change:
                continue
            # the changed figure is the one just before it in the sentence (or just after "to")
            gap = text[b.end:start] if b.end <= start else text[end:b.start]
            if len(gap) <= 40 and not re.search(r"[.;]", gap):
                b.change = a.change
                a.object = a.object or b.object
                a.period = a.period if a.period else None
    for a in amounts:
        if a.change is None and a.unit != "percent":
            got = change_before(text[max(0, a.start - 30):a.start].split())
            if got is not None:
                words = text[:a.start].split()[-got[1]:]
                a.change = " ".join(words)


def link_amounts(doc: Doc, amounts: list[Amount], events: list[Event]) -> None:
    """Link an amount to the events of its clause: the event whose trigger governs the figure,
    hangs from it, or shares its clause's verb."""
    for a in amounts:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        ancestors = {t.i for t in root.ancestors}
        clause = _clause_verb(root)
        for ev in events:
            if not (ev.evidence.start <= a.start < ev.evidence.end):
                continue
            trig = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
            if trig is None:
                continue
            t = trig.root
            t_clause = _clause_verb(t)
            related = t.i in ancestors or root in t.ancestors or (
                clause is not None and t_clause is not None and t_clause.i == clause.i)
            if related and ev.event_id not in a.event_ids:
                a.event_ids.append(ev.event_id)
                if a.amount_id not in ev.amount_ids:
                    ev.amount_ids.append(a.amount_id)


@Language.factory("wirecoder_amounts", requires=["doc.ents", "doc._.wc_events"], assigns=["doc._.wc_amounts"])
def make_amount_finder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, AmountFinder(nlp))
