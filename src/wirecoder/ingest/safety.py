"""Text that is safe to clean and to hand to spaCy's tokenizer.

Every reader builds its articles through ``make_article``, which runs these
first, so every offset in every record still points into the text we store:

* :func:`normalise_text` replaces what no UTF-8 encoder accepts (lone
  surrogates such as ``\\ud800`` from a JSON escape) with U+FFFD, removes NULs
  and other control characters, and shortens runs of blank characters that
  would make the cleaning regexes quadratic.
* :func:`degenerate` names what would keep the tokenizer busy for minutes: a
  long run of punctuation or symbols (``[[[[...``: 25 KB took 68 s), or
  thousands of characters without a space. Such text is refused with that
  reason, before it reaches spaCy. docs/QUALITY.md ("Reliability") has the
  measurements behind the limits.
* :func:`id_problem` says why an article id given by the input cannot be used.
"""

from __future__ import annotations

import re

MAX_SYMBOL_RUN = 200  # punctuation/symbols in a row: the tokenizer is quadratic in such a run
MAX_WORD = 5_000  # characters without a space (a long URL is a few hundred)
MAX_BLANK_RUN = 100  # longer runs of blanks are shortened (the cleaning regexes are quadratic in them)
MAX_ID = 512

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")  # tab, newline, \v, \f and \r are kept for now
_VERTICAL = re.compile("[\x0b\x0c]")
_BLANK_RUN = re.compile(rf"\s{{{MAX_BLANK_RUN + 1},}}")
_SYMBOL_RUN = re.compile(rf"[^\w\s]{{{MAX_SYMBOL_RUN + 1},}}")
_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
_BAD_ID = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """``text`` with unencodable code points replaced, control characters removed and blank runs shortened."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if _VERTICAL.search(text):
        text = _VERTICAL.sub("\n", text)
    if _BLANK_RUN.search(text):
        text = _BLANK_RUN.sub(_shorter_blank, text)
    return text


def _shorter_blank(m: re.Match[str]) -> str:
    return "\n\n" if "\n" in m.group(0) else " "


def normalise_field(value: str | None) -> str | None:
    """A metadata field (title, url, publisher): the same replacements, on one line."""
    if value is None:
        return None
    value = " ".join(normalise_text(value).split())
    return value or None


def degenerate(text: str) -> str | None:
    """Why ``text`` would stall the tokenizer, or None when it is fine."""
    m = _SYMBOL_RUN.search(text)
    if m:
        return (f"degenerate text: {len(m.group(0)):,} punctuation or symbol characters in a row at offset "
                f"{m.start():,} (the limit is {MAX_SYMBOL_RUN}); refused before coding")
    m = _WORD.search(text)
    if m:
        run = m.group(0)
        if sum(c.isalpha() and not c.isascii() for c in run[:2000]) > 1600:  # Chinese, Japanese, Thai...
            return f"not English ({len(run):,} characters of a script written without spaces); skipped"
        return (f"degenerate text: {len(run):,} characters without a space at offset {m.start():,} "
                f"(the limit is {MAX_WORD:,}); refused before coding")
    return None


def id_problem(value: str) -> str | None:
    """Why ``value`` cannot be an article id (None when it can): any printable characters, up to 512."""
    if not value.strip():
        return "the id is blank"
    if len(value) > MAX_ID:
        return f"the id is {len(value):,} characters long (at most {MAX_ID})"
    if _BAD_ID.search(value):
        return "the id holds control characters or unencodable code points"
    return None
