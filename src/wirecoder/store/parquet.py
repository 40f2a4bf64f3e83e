"""Parquet datasets for corpora: events, articles, quotes and amounts.

Each dataset is a folder partitioned Hive-style by year and month
(``events/year=2025/month=05/part-....parquet``): events by the event's
date, the others by the article's publication date (an event with no date
takes its article's). Actors are ``list<struct>``, locations, triggers and
evidence are structs, so pyarrow, pandas, DuckDB and Spark read the files
as they are. The schema is written down in docs/PARQUET.md.

Appending a later run to the same folder adds only what is not there yet:
ids are stable (same article, same coding, same ids), and rows whose id is
already in the dataset are skipped.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from ..errors import UsageError
from ..model import CodedArticle

ACTOR = pa.struct([("text", pa.string()), ("name", pa.string()), ("country", pa.string()),
                   ("sector", pa.string()), ("kind", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
SPAN = pa.struct([("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
EVIDENCE = pa.struct([("sentence", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
LOCATION = pa.struct([("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
                      ("geonameid", pa.int64()), ("feature", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
STRINGS = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "events": pa.schema([
        ("event_id", pa.string()), ("article_id", pa.string()), ("event_type", pa.string()), ("mode", pa.string()),
        ("context", STRINGS), ("aux_modes", STRINGS), ("actor", pa.list_(ACTOR)), ("recipient", pa.list_(ACTOR)),
        ("date", pa.date32()), ("date_precision", pa.string()), ("location", LOCATION), ("cameo", pa.string()),
        ("goldstein", pa.float64()), ("quad_class", pa.int32()), ("plover_score", pa.float64()),
        ("trigger", SPAN), ("evidence", EVIDENCE), ("confidence", pa.float64()), ("rule", pa.string()),
        ("quote_ids", STRINGS), ("amount_ids", STRINGS), ("published", pa.date32()), ("publisher", pa.string()),
        ("wire", pa.string()), ("coder_version", pa.string()), ("topic", SPAN),
    ]),
    "articles": pa.schema([
        ("id", pa.string()), ("title", pa.string()), ("url", pa.string()), ("published", pa.date32()),
        ("publisher", pa.string()), ("wire", pa.string()), ("origin", pa.string()), ("text", pa.string()),
        ("meta", pa.string()), ("n_events", pa.int32()), ("coder_version", pa.string()),
    ]),
    "quotes": pa.schema([
        ("quote_id", pa.string()), ("article_id", pa.string()), ("text", pa.string()), ("start", pa.int32()),
        ("end", pa.int32()), ("kind", pa.string()), ("speaker", pa.list_(ACTOR)), ("cue", pa.string()),
        ("cue_start", pa.int32()), ("cue_end", pa.int32()), ("event_ids", STRINGS), ("published", pa.date32()),
    ]),
    "amounts": pa.schema([
        ("amount_id", pa.string()), ("article_id", pa.string()), ("text", pa.string()), ("value", pa.float64()),
        ("unit", pa.string()), ("currency", pa.string()), ("object", pa.string()), ("period", pa.string()),
        ("change", pa.string()), ("source", pa.string()), ("approximate", pa.string()), ("start", pa.int32()),
        ("end", pa.int32()), ("event_ids", STRINGS), ("published", pa.date32()),
    ]),
}
ID_COLUMN = {"events": "event_id", "articles": "id", "quotes": "quote_id", "amounts": "amount_id"}
PARTITIONING = ds.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")
UNDATED = (0, 0)  # year=0/month=00 holds what has no date at all


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _month(d: date | None) -> tuple[int, int]:
    return (d.year, d.month) if d else UNDATED


def read_dataset(folder: str | Path, name: str) -> pa.Table:
    """One dataset of an export (year and month come back as int32 columns)."""
    return ds.dataset(Path(folder) / name, format="parquet", partitioning=PARTITIONING).to_table()


def dataset_rows(coded: CodedArticle) -> Iterator[tuple[str, tuple[int, int], dict[str, Any]]]:
    """(dataset, (year, month), row) of every row one coded article gives (the Spark job writes these too)."""
    a = coded.article
    published = _date(a.published)
    art_key = _month(published)
    yield "articles", art_key, {
        "id": a.id, "title": a.title, "url": a.url, "published": published, "publisher": a.publisher,
        "wire": a.wire, "origin": a.origin, "text": a.text, "meta": json.dumps(a.meta, ensure_ascii=False),
        "n_events": len(coded.events), "coder_version": coded.coder_version}
    for e in coded.events:
        d = asdict(e)
        when = _date(e.date)
        d.update(date=when, published=published, publisher=a.publisher, wire=a.wire,
                 coder_version=coded.coder_version)
        yield "events", _month(when or published), d
    for q in coded.quotes:
        yield "quotes", art_key, {**asdict(q), "published": published}
    for m in coded.amounts:
        yield "amounts", art_key, {**asdict(m), "published": published}


class ParquetSink:
    """Writes coded articles into the four datasets under ``folder``, a batch of files at a time."""

    def __init__(self, folder: str | Path, batch_articles: int = 1000) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and not self.folder.is_dir():
            raise UsageError(f"{folder}: exists and is not a folder (Parquet output is a folder of datasets)")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise UsageError(f"{folder}: cannot create ({e.strerror or e})") from None
        self.batch_articles = batch_articles
        self.run = uuid.uuid4().hex[:12]
        self.files = 0
        self.seen = {name: self._existing_ids(name) for name in SCHEMAS}
        self.rows: dict[str, dict[tuple[int, int], list[dict[str, Any]]]] = {
            name: defaultdict(list) for name in SCHEMAS}
        self.pending = 0

    def _existing_ids(self, name: str) -> set[str]:
        path = self.folder / name
        if not path.is_dir() or not any(path.rglob("*.parquet")):
            return set()
        table = ds.dataset(path, format="parquet", partitioning=PARTITIONING).to_table(columns=[ID_COLUMN[name]])
        return set(table.column(0).to_pylist())

    def _add(self, name: str, key: tuple[int, int], row: dict[str, Any]) -> None:
        rid = row[ID_COLUMN[name]]
        if rid in self.seen[name]:
            return
        self.seen[name].add(rid)
        self.rows[name][key].append(row)

    def write(self, coded: CodedArticle) -> None:
        for name, key, row in dataset_rows(coded):
            self._add(name, key, row)
        self.pending += 1
        if self.pending >= self.batch_articles:
            self.flush()

    def flush(self) -> None:
        for name, parts in self.rows.items():
            for (year, month), rows in parts.items():
                self._write_part(name, year, month, rows)
            parts.clear()
        self.pending = 0

    def _write_part(self, name: str, year: int, month: int, rows: Iterable[dict[str, Any]]) -> None:
        table = pa.Table.from_pylist(list(rows), schema=SCHEMAS[name])
        where = self.folder / name / f"year={year}" / f"month={month:02d}"
        where.mkdir(parents=True, exist_ok=True)
        self.files += 1
        pq.write_table(table, where / f"part-{self.run}-{self.files:05d}.parquet", compression="zstd")

    def close(self) -> None:
        self.flush()
