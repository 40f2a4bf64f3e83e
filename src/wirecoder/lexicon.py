"""Loading the data files under ``wirecoder/data``.

Lexicons, leader tables and gazetteer additions are TSV files with
comments saying where each fact comes from. This module only reads them;
what a file means is up to the module that uses it. Files are read once per
process and cached, because Spark workers and the CLI build many coders.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import WirecoderError


class LexiconError(WirecoderError):
    """A data file that does not have the shape its reader expects."""


def data_path(relpath: str) -> Path:
    return Path(str(resources.files("wirecoder") / "data" / relpath))


def _lines(relpath: str) -> Iterator[tuple[int, str]]:
    path = data_path(relpath)
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield n, line


@cache
def read_tsv(relpath: str, ncols: int, min_cols: int | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file, each padded to ``ncols`` fields (stripped).

    A row with more than ``ncols`` fields, or fewer than ``min_cols``, is an
    error naming the file and line: a broken data file must fail loudly.
    """
    lo = ncols if min_cols is None else min_cols
    rows = []
    for n, line in _lines(relpath):
        parts = [p.strip() for p in line.split("\t")]
        if not lo <= len(parts) <= ncols:
            raise LexiconError(f"{relpath}:{n}: expected {ncols} tab-separated fields, got {len(parts)}")
        parts += [""] * (ncols - len(parts))
        rows.append(tuple(parts))
    return tuple(rows)


def split_multi(field: str) -> list[str]:
    """'a|b|c' -> ['a', 'b', 'c'] (empty parts dropped)."""
    return [p.strip() for p in field.split("|") if p.strip()]
