"""The ``happenings`` Parquet dataset: one row per happening, as `export --format parquet` and the Spark job
write it.

Columns: those of ``events`` (docs/PARQUET.md) for the happening's first
event, then ``happening_id``, ``mentions``, ``sources`` and ``articles``
(int32); partitioned ``year=/month=`` by the event's date (else its story's).
Counts change as stories arrive, so an export replaces this dataset instead
of appending to it.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .parquet import SCHEMAS, _date, _month

COUNTS = (("happening_id", pa.string()), ("mentions", pa.int32()), ("sources", pa.int32()), ("articles", pa.int32()))
SCHEMA = pa.schema([*SCHEMAS["events"], *COUNTS])
ROWS_PER_FILE = 50_000


def happening_row(e: Mapping[str, Any]) -> dict[str, Any]:
    """A stored event record (with its happening's counts and article fields) as a row of SCHEMA."""
    row = {name: e.get(name) for name in SCHEMA.names}
    row["date"], row["published"] = _date(e.get("date")), _date(e.get("published"))
    row["happening_id"] = e.get("happening_id") or e["event_id"]
    for k in ("mentions", "sources", "articles"):
        row[k] = int(e.get(k) or 1)
    return row


def write_happenings(folder: str | Path, events: Iterable[Mapping[str, Any]]) -> int:
    """Replace ``folder``/happenings with one row per record of ``events``; returns the rows written."""
    where = Path(folder) / "happenings"
    if where.exists():
        shutil.rmtree(where)
    parts: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    n = files = 0
    for e in events:
        row = happening_row(e)
        key = _month(row["date"] or row["published"])
        parts[key].append(row)
        n += 1
        if len(parts[key]) >= ROWS_PER_FILE:
            files += 1
            _write(where, key, parts.pop(key), files)
    for key, rows in parts.items():
        files += 1
        _write(where, key, rows, files)
    return n


def _write(where: Path, key: tuple[int, int], rows: list[dict[str, Any]], n: int) -> None:
    part = where / f"year={key[0]}" / f"month={key[1]:02d}"
    part.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), part / f"part-{n:05d}.parquet", compression="zstd")
