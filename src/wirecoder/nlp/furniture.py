"""Story furniture: the lines and prefixes of a story that are not its news.

A wire story as it reaches us keeps its headline on the first line (often without
final punctuation), datelines ("SEOUL, May 25 (UPI) -", "ADDIS ABABA —"), bylines,
photo credits and captions, and "Reporting by" lines. Read as prose, the parser
runs a headline into the lead sentence and the words of a dateline become actors
("SEOUL" as the recipient of a North Korean launch). This component runs before
the parser: every line starts a sentence, and the spans that are furniture are
recorded in ``doc._.wc_furniture`` as ``(start_char, end_char, kind)`` so that the
actors, events and quotes components leave them alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import guarded, register_extensions, text_of
from .gazetteer import candidates

TERMINAL = tuple(".!?:;\"'”’…)]")
# "SEOUL, May 25 (UPI) -", "KYIV, Ukraine (AP) —", "MOSCOW -", "ADDIS ABABA, Ethiopia —", "PARIS (AFP) --"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"(?:,\s*(?P<second>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s*(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{1,30})\))?\s*(?P<sep>--|[-–—]|:)(?P<gap>\s*)")
# syndicated copy: "Nairobi, (APP - Some News - 22nd May, 2020 ) :": the credit in brackets ends with the
# filing date's year (real news set I: the filing city's country leaked into the story's parties)
DATELINE_DATED_CREDIT = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'’-]{1,40}?),?\s*\((?P<agency>[^()]{2,80}?\b(?:19|20)\d{2})\s*\)\s*"
    r"(?P<sep>--|[-–—]|:)\s*")
# a web site's name before the place ("ANTARANEWS.COM, JAKARTA --"): the place is the second part
SITE = re.compile(r"^[A-Za-z]+(?:\.[A-Za-z]+)+$")
BYLINE = re.compile(r"^(?:By|BY|Written by|Reporting by|Compiled by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}"
                    r"(?:\s*(?:,|and|&|\|)\s*[\w .'’|,-]*)?$")
CREDIT = re.compile(r"^\(?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Photo|Photos|Image|"
                    r"Picture|File photo|FILE PHOTO|Credit|Source|Video)\b", re.I)
CAPTION_TAIL = re.compile(r"(?:/|\|)\s*(?:Reuters|AP|AFP|Getty Images|EPA|Xinhua|Anadolu|Bloomberg)\s*\)?\s*$", re.I)
PIPE_LINE = re.compile(r"\S\s*\|\s*\S")
MAX_HEADLINE_WORDS = 30


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for part in text.split("\n"):
        start, end = pos, pos + len(part)
        lead = len(part) - len(part.lstrip())
        if part.strip():
            out.append((start + lead, start + len(part.rstrip())))
        pos = end + 1
    return out


def _title_case(words: list[str]) -> bool:
    """'So, How Do You Expel an Ambassador, Anyway?': most words capitalised, as headlines are."""
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) >= 0.8 * len(long)


def _kind(line: str, first: bool, has_more: bool) -> str:
    """What a whole line is, if it is furniture: 'headline', 'byline', 'credit', or ''."""
    words = line.split()
    if BYLINE.match(line) and len(words) <= 12:
        return "byline"
    if (CREDIT.match(line) and len(words) <= 25) or (CAPTION_TAIL.search(line) and len(words) <= 40):
        return "credit"
    if line.startswith("[") and line.endswith("]") and len(words) <= 20:
        return "credit"  # "[photo: NAME, Standard]"
    if PIPE_LINE.search(line) and len(words) <= 15 and not line.endswith(TERMINAL):
        return "credit"  # "Reuters | Ankara | Updated: ..."
    if first and has_more and len(words) <= MAX_HEADLINE_WORDS and (
            not line.endswith(TERMINAL) or (line.endswith(("?", "!", "?'", '?"')) and _title_case(words))):
        return "headline"
    if not line.endswith(TERMINAL) and len(words) <= 4 and not first:
        return "credit"  # a kicker, a section label, a lone date
    return ""


def _dateline_ends(m: re.Match[str]) -> bool:
    """Does the separator a DATELINE match found really end a dateline?"""
    place = m.group("place").strip()
    credited = bool(m.group("day") or m.group("agency"))
    # glued to the next word ("(Reuters) -Georgian police", "(VNA):Vietnam and Laos") only after a day or an
    # agency credit: "US-China talks" is a compound, not a dateline
    if not m.group("gap") and not credited:
        return False
    if m.group("sep") != ":":
        return True
    # a colon ends a dateline after a place in capitals with a day or a credit ("RIYADH, April 22:"), or after a
    # capitals city of some size the gazetteer knows ("NEW DELHI: India has airlifted"); not after a label
    # ("UPDATE:") or a speaker ("Santiago:" may be either; "OBAMA:" in a transcript, though Japan has a town so
    # named)
    if not place.isupper():
        return False
    return credited or any(p.population >= 100_000 or p.feature == "country" for p in candidates(place.title()))


def find_furniture(text: str) -> list[tuple[int, int, str]]:
    """Furniture spans of a story's text: whole lines and datelines at the start of a paragraph."""
    found: list[tuple[int, int, str]] = []
    lines = _lines(text)
    body_seen = False
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        kind = _kind(line, first=not body_seen and n == 0, has_more=n + 1 < len(lines))
        if kind:
            found.append((s, e, kind))
            continue
        if not body_seen or n <= 2:
            m = DATELINE.match(line)
            if m and not _dateline_ends(m):
                m = None
            if m and (m.group("agency") or m.group("place").isupper()):
                found.append((s, s + m.end(), "dateline"))
            elif (d := DATELINE_DATED_CREDIT.match(line)) is not None:
                found.append((s, s + d.end(), "dateline"))
        body_seen = True
    return found


def in_furniture(furniture: list[tuple[int, int, str]] | None, start: int, end: int | None = None) -> bool:
    """Does the character span [start, end) fall inside furniture?"""
    end = start + 1 if end is None else end
    return any(s <= start and end <= e for s, e, _k in furniture or ())


def dateline_place(text: str, furniture: list[tuple[int, int, str]]) -> str | None:
    for s, e, kind in furniture:
        if kind == "dateline":
            m = DATELINE.match(text[s:e + 1])
            if m:
                place = m.group("place").strip()
                if SITE.match(place) and m.group("second"):
                    place = m.group("second").strip()
                return place.title() if place.isupper() else place
    return None


class LineBreaker:
    """Every line of the story starts a sentence; furniture is marked."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or ("\n" in prev.text and not prev.text.strip()):
                tok.is_sent_start = True
        furniture = find_furniture(text)
        doc._.wc_furniture = furniture
        # a dateline is a sentence of its own: "PRETORIA, South Africa (AFP) - Ethiopia's government
        # agreed ..." must not give the parser "PRETORIA" as the subject
        ends = {e for _s, e, k in furniture if k == "dateline"}
        for tok in doc:
            after = tok.i > 0 and doc[tok.i - 1].idx + len(doc[tok.i - 1]) in ends
            if (tok.idx in ends or after) and tok.i > 0 and not tok.is_space:
                tok.is_sent_start = True
        meta = doc._.wc_meta
        if meta is not None and not meta.get("dateline"):
            place = dateline_place(text, furniture)
            if place:
                meta["dateline"] = place
        return doc


@Language.factory("wirecoder_lines", assigns=["token.is_sent_start", "doc._.wc_furniture"])
def make_line_breaker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, LineBreaker())
