"""Reading a figure as written: "$245 billion", "US$1.2bn", "more than 20", "3.9 percent".

The tables (currencies, scale words, counted nouns, approximation and change
words) live in data/amounts/units.tsv; this module turns the words of one
figure into a value, a currency or unit and an approximation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import read_tsv, split_multi

SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "a dozen": 12, "dozen": 12, "half a": 0.5, "half": 0.5, "a": 1, "an": 1}
A_FOLLOWERS = {"hundred", "thousand", "dozen", "million", "billion", "trillion"}  # "a million", not "a deal"
ABBREVIATIONS = {"m", "b", "k", "t", "tr"}  # scale letters count only when glued to a number ("5bn", "$3m")
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


@dataclass(frozen=True)
class Units:
    currency: dict[str, str]  # spelling -> ISO 4217 ("yuan" -> CNY); lower case except symbols
    prefixes: tuple[str, ...]  # spellings written before the number ("US$", "€", "USD"), longest first
    scale: dict[str, float]
    percent: tuple[str, ...]
    count: dict[str, str]  # counted noun (lower) -> unit
    approx: tuple[tuple[str, str], ...]  # phrase -> recorded form, longest first
    change: dict[str, str]  # phrase -> up/down


@lru_cache(maxsize=1)
def units() -> Units:
    currency: dict[str, str] = {}
    scale: dict[str, float] = {}
    percent: list[str] = []
    count: dict[str, str] = {}
    approx: list[tuple[str, str]] = []
    change: dict[str, str] = {}
    for kind, spellings, value, _note in read_tsv("amounts/units.tsv", 4, 3):
        for s in split_multi(spellings):
            key = s if not s[:1].isalpha() else s.lower()
            if kind == "currency":
                currency.setdefault(key, value)
                if s[-1:] in "$€£¥₽₹₩₺₪₴₦" or s.isupper():
                    currency.setdefault(s, value)  # symbols and codes keep their casing
            elif kind == "scale":
                scale[key] = float(value)
            elif kind == "percent":
                percent.append(key)
            elif kind == "count":
                count[key] = value
            elif kind == "approx":
                approx.append((key, value))
            elif kind == "change":
                change[key] = value
    prefixes = tuple(sorted((k for k in currency if not k[:1].isalpha() or k.isupper() or k.endswith("$")),
                            key=len, reverse=True))
    return Units(currency, prefixes, scale, tuple(sorted(percent, key=len, reverse=True)), count,
                 tuple(sorted(approx, key=lambda p: len(p[0]), reverse=True)), change)


@dataclass
class Parsed:
    value: float
    currency: str | None = None
    unit: str = ""  # percent, a counted unit from the table, or ""
    approximate: str | None = None
    words: list[str] = field(default_factory=list)  # what followed the figure, unread


def _word_number(words: list[str]) -> tuple[float, int] | None:
    """'twenty-five' / 'one hundred' / 'a dozen' / 'Eleven' -> (value, words used)."""
    total, used, current = 0.0, 0, 0.0
    i = 0
    while i < len(words):
        w = words[i].lower()
        two = f"{w} {words[i + 1].lower()}" if i + 1 < len(words) else ""
        if two in SMALL:
            current += SMALL[two]
            i += 2
        elif "-" in w and all(p in SMALL for p in w.split("-")):
            current += sum(SMALL[p] for p in w.split("-"))
            i += 1
        elif w in SMALL and (w not in ("a", "an") or (i + 1 < len(words)
                                                       and words[i + 1].lower() in A_FOLLOWERS)):
            current += SMALL[w]
            i += 1
        elif w == "hundred" and used:
            current = (current or 1) * 100
            i += 1
        elif w == "thousand" and used and i + 1 < len(words) and words[i + 1].lower() not in units().currency:
            total += (current or 1) * 1000
            current = 0
            i += 1
        elif w == "and" and used and i + 1 < len(words) and words[i + 1].lower() in SMALL:
            i += 1
        else:
            break
        used = i
    if not used:
        return None
    return total + current, used


def parse_figure(text: str) -> Parsed | None:
    """Value, currency, unit and approximation of a figure's words; None if there is no number."""
    u = units()
    t = " ".join(text.split())
    approx = None
    low = t.lower()
    for phrase, form in u.approx:
        if low.startswith(phrase + " "):
            approx = form
            t = t[len(phrase):].lstrip()
            break
    currency = None
    for p in u.prefixes:
        if t.startswith(p) and (p[-1:] in "$€£¥₽₹₩₺₪₴₦" or t[len(p):len(p) + 1] in (" ", "")
                                or t[len(p):len(p) + 1].isdigit()):
            currency = u.currency[p]
            t = t[len(p):].lstrip()
            break
    m = re.match(rf"({NUMBER})([A-Za-z]*)", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        suffix = m.group(2).lower()
        rest = t[m.end():].split()
        if suffix and suffix in u.scale:
            value *= u.scale[suffix]
        elif suffix:
            rest = [suffix, *rest]
    else:
        words = t.split()
        got = _word_number(words)
        if got is None:
            return None
        value, used = got
        rest = words[used:]
    # scale words ("245 billion", "1.5 trillion"), then a currency or unit word
    while rest and rest[0].lower().strip(".,") in u.scale and rest[0].lower() not in ABBREVIATIONS:
        value *= u.scale[rest[0].lower().strip(".,")]
        rest = rest[1:]
    unit = ""
    joined = " ".join(rest).lower()
    for p in u.percent:
        if joined.startswith(p) and (len(joined) == len(p) or not joined[len(p)].isalpha()):
            unit = "percent"
            rest = rest[len(p.split()):]
            break
    if not unit and currency is None:
        for n in (3, 2, 1):
            key = " ".join(rest[:n]).strip(".,")
            if len(rest) >= n and (key in u.currency or key.lower() in u.currency):
                currency = u.currency.get(key) or u.currency[key.lower()]
                rest = rest[n:]
                break
    if not unit and currency is None and rest:
        for n in (2, 1):
            key = " ".join(rest[:n]).lower().strip(".,")
            if len(rest) >= n and key in u.count:
                unit = u.count[key]
                rest = rest[n:]
                break
    return Parsed(value, currency, unit, approx, rest)


def approx_before(words: list[str]) -> tuple[str, int] | None:
    """An approximation phrase ending the words before a figure: ('more than', 2)."""
    low = [w.lower() for w in words]
    for phrase, form in units().approx:
        n = len(phrase.split())
        if low[-n:] == phrase.split():
            return form, n
    return None


def change_before(words: list[str]) -> tuple[str, int] | None:
    """A change phrase ending the words before a figure ('up', 'rose by', 'a rise of'): (direction, n)."""
    low = [w.lower() for w in words]
    if low and low[-1] == "by":
        got = change_before(words[:-1])
        return (got[0], got[1] + 1) if got else None
    for phrase, direction in sorted(units().change.items(), key=lambda kv: -len(kv[0])):
        n = len(phrase.split())
        if low[-n:] == phrase.split():
            return direction, n
    return None


def count_unit(noun: str, lemma: str) -> str:
    """The unit of a counted noun: the table's, else the noun's own plural ('missiles')."""
    c = units().count
    return c.get(noun.lower()) or c.get(lemma.lower()) or noun.lower()
