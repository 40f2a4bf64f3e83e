"""Turn the furniture around a story into metadata.

Republished wire copy carries lines that are not part of the story: the
WordPress feed footer ("The post TITLE appeared first on PUBLISHER."), the
agency credit ("–BLOOMBERG", "—AFP"), the dateline with its credit
("MOSCOW (Reuters) -", "WASHINGTON (AP) —") and Reuters' reporting credits.
Coding them would invent actors (Bloomberg, Reuters) and places; dropping
them would lose provenance. So they leave the text and become fields.

The returned text is what every offset in every record refers to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import read_tsv, split_multi

DASH = r"[-‐‑‒–—―]"  # hyphen, en dash, em dash and friends


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    publisher: str | None = None
    wire: str | None = None
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _wires() -> tuple[dict[str, str], str]:
    """spelling (lower) -> agency name, and one regex alternation of spellings."""
    by_spelling: dict[str, str] = {}
    for name, spellings in read_tsv("ingest/wires.tsv", 2):
        for s in split_multi(spellings):
            by_spelling[s.lower()] = name
    alts = sorted(by_spelling, key=len, reverse=True)
    # matched case-insensitively wherever it is used ("–BLOOMBERG", "(Reuters)")
    return by_spelling, "(?i:" + "|".join(re.escape(a) for a in alts) + ")"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    _, wires = _wires()
    return {
        # WordPress' default feed footer, on its own line or run onto the last one.
        # The title stays on one line, and only the last "The post" can start the footer
        # (a story may itself say "The post of defence minister ...").
        "footer": re.compile(
            r"(?:^|\n|(?<=[.!?”\"']))[ \t]*The post (?P<title>(?:(?!The post )[^\n])+?) appeared first on "
            r"(?P<pub>[^\n]+?)\.?\s*$",
        ),
        # "… dollar and Euro. –BLOOMBERG" / "—AFP" / "- Reuters" closing the story.
        "tail_credit": re.compile(rf"\s*{DASH}{{1,2}}\s*(?P<wire>{wires})\s*\.?\s*$", re.I),
        # "(Reporting by …; Editing by …)" Reuters-style credits at the end.
        "reporting": re.compile(r"\s*\((?:Reporting|Additional reporting|Writing|Editing)\b[^()]*\)\s*$", re.I),
        # "MOSCOW (Reuters) - " / "WASHINGTON, May 9 (AP) — " / "BEIJING (Xinhua) -- "
        "dateline": re.compile(
            rf"^\s*(?P<place>[A-Z][A-Za-z .'’-]{{1,40}}?)(?:,\s*[A-Z][A-Za-z .]{{1,30}}?)?"
            rf"(?:,\s*[A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:,? \d{{4}})?)?\s*\((?P<wire>{wires})\)\s*{DASH}{{1,2}}\s*",
        ),
        # "(Reuters) - " with no place.
        "bare_credit": re.compile(rf"^\s*\((?P<wire>{wires})\)\s*{DASH}{{1,2}}\s*"),
    }


def wire_name(spelling: str) -> str:
    return _wires()[0].get(spelling.strip().lower(), spelling.strip())


APOSTROPHES = str.maketrans({"\u02bc": "\u2019", "\u00b4": "\u2019", "\u2032": "\u2019", "\u02b9": "\u2019",
                             "`": "\u2019"})


def clean_text(raw: str) -> Cleaned:
    """Strip footers, credits and datelines from ``raw``; keep them as metadata."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # apostrophes typed as other marks ("Canadaʼs", modifier letter U+02BC; "Canada´s", acute
    # accent; "Canada′s", prime; "Chile`s", a backtick) are read as the apostrophe they stand for:
    # one character for one, so that nothing else moves
    text = text.translate(APOSTROPHES)
    pats = _patterns()
    out = Cleaned(text="")

    m = pats["footer"].search(text)
    if m:
        out.title = m.group("title").strip()
        out.publisher = m.group("pub").strip()
        text = text[: m.start()]

    # Credits can stack at the end ("… –BLOOMBERG (Reporting by …)"), so peel repeatedly.
    changed = True
    while changed:
        changed = False
        text = text.rstrip()
        m = pats["reporting"].search(text)
        if m:
            out.credits.insert(0, m.group(0).strip())
            text = text[: m.start()]
            changed = True
        m = pats["tail_credit"].search(text)
        if m and (m.start() == 0 or text[m.start() - 1] in " \n.!?”\"'’)" or text[m.start()] in " \n"):
            out.wire = out.wire or wire_name(m.group("wire"))
            text = text[: m.start()]
            changed = True

    stripped = text.lstrip()
    m = pats["dateline"].match(stripped) or pats["bare_credit"].match(stripped)
    if m:
        out.wire = out.wire or wire_name(m.group("wire"))
        place = m.groupdict().get("place")
        if place:
            out.dateline = place.strip().title() if place.isupper() else place.strip()
        stripped = stripped[m.end():]
    out.text = stripped.strip()
    return out
