"""Writers for coded articles and events, behind one registry: ``FORMATS``.

A format is one :class:`Format` entry: how it writes coded articles (``code``
and ``export``: JSONL, PLOVER, CSV, GDELT-style TSV, Parquet) and, where it
has one, how it writes stored event records as text lines (``events`` and
the web app's exports). Articles are streamed one at a time, so a corpus
never has to fit in memory. Adding a format is one entry in ``FORMATS``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import IO, Any, Protocol

from ..errors import UsageError
from ..model import CodedArticle

EVENT_COLUMNS = ("event_id", "article_id", "date", "date_precision", "event_type", "mode", "aux_modes", "context",
                 "actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country",
                 "recipient_sector", "cameo", "goldstein", "quad_class", "plover_score", "location_name",
                 "location_country", "lat", "lon", "geonameid", "trigger", "evidence", "confidence", "rule")
HAPPENING_COLUMNS = ("happening_id", "mentions", "sources", "articles")  # stored events (events, web exports)
REVIEW_COLUMNS = ("coded_by", "review_verdict", "review_changes", "reviewer", "review_note", "reviewed_at")


def article_json(coded: CodedArticle, with_text: bool = False) -> dict[str, Any]:
    d = coded.to_dict()
    if not with_text:
        d.pop("text", None)
    return d


def flat_event(e: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a flat row (CSV, tables): several actors joined with ';'."""
    def join(actors: list[dict[str, Any]], key: str) -> str:
        return ";".join(str(a.get(key) or "") for a in actors)

    loc = e.get("location") or {}
    ev = e.get("evidence") or {}
    return {
        "event_id": e["event_id"], "article_id": e["article_id"], "date": e.get("date"),
        "date_precision": e.get("date_precision"), "event_type": e["event_type"], "mode": e.get("mode", ""),
        "aux_modes": ";".join(e.get("aux_modes") or []), "context": ";".join(e.get("context") or []),
        "actor_name": join(e["actor"], "name"), "actor_country": join(e["actor"], "country"),
        "actor_sector": join(e["actor"], "sector"), "recipient_name": join(e["recipient"], "name"),
        "recipient_country": join(e["recipient"], "country"), "recipient_sector": join(e["recipient"], "sector"),
        "cameo": e.get("cameo"), "goldstein": e.get("goldstein"), "quad_class": e.get("quad_class"),
        "plover_score": e.get("plover_score"), "location_name": loc.get("name"),
        "location_country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "geonameid": loc.get("geonameid"), "trigger": (e.get("trigger") or {}).get("text"),
        "evidence": ev.get("text"), "confidence": e.get("confidence"), "rule": e.get("rule"),
    }


def review_fields(e: Mapping[str, Any]) -> dict[str, Any]:
    """A stored event's latest analyst review as flat columns (REVIEW_COLUMNS)."""
    r = e.get("review") or {}
    return {"coded_by": "machine", "review_verdict": r.get("verdict"),
            "review_changes": json.dumps(r["changes"], ensure_ascii=False) if r.get("changes") else None,
            "reviewer": r.get("reviewer"), "review_note": r.get("note"), "reviewed_at": r.get("created_at")}


def plover_event(e: Mapping[str, Any], article: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """An event in the PLOVER JSON shape (field names of the PLOVER manual), with our extras."""
    def side(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"actorText": a.get("text"), "name": a.get("name"), "code": a.get("country"),
                 "sector": a.get("sector")} for a in actors]

    out = {
        "id": e["event_id"], "article_id": e["article_id"], "date": e.get("date"),
        "event": e["event_type"], "mode": e.get("mode", ""), "context": e.get("context") or [],
        "aux_modes": e.get("aux_modes") or [], "source": side(e["actor"]), "target": side(e["recipient"]),
        "eventText": (e.get("trigger") or {}).get("text"), "cameo": e.get("cameo"),
        "goldstein": e.get("goldstein"), "quad_class": e.get("quad_class"), "plover_score": e.get("plover_score"),
        "location": e.get("location"), "sentence": (e.get("evidence") or {}).get("text"),
        "confidence": e.get("confidence"), "rule": e.get("rule"),
    }
    if article:
        out["publisher"], out["wire"], out["url"] = article.get("publisher"), article.get("wire"), article.get("url")
    return out


# ---- event records as lines (events command, web exports) -----------------------------------------
def jsonl_lines(events: Iterable[Mapping[str, Any]], reviews: bool = False) -> Iterator[str]:
    for e in events:
        yield json.dumps(e, ensure_ascii=False) + "\n"


def plover_lines(events: Iterable[Mapping[str, Any]], reviews: bool = False) -> Iterator[str]:
    for e in events:
        yield json.dumps(plover_event(e), ensure_ascii=False) + "\n"


def csv_lines(events: Iterable[Mapping[str, Any]], reviews: bool = False, batch: int = 500) -> Iterator[str]:
    """A header, then one row per stored event with its happening's counts (with ``reviews``: the latest
    review's columns too), in chunks."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=[*EVENT_COLUMNS, *HAPPENING_COLUMNS, *(REVIEW_COLUMNS if reviews else ())],
                       extrasaction="ignore")
    w.writeheader()
    for n, e in enumerate(events, 1):
        told = {k: e.get(k) for k in HAPPENING_COLUMNS}
        w.writerow({**flat_event(e), **told, **review_fields(e)} if reviews else {**flat_event(e), **told})
        if n % batch == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


# ---- coded articles (code, export) ------------------------------------------------------------------
class Sink(Protocol):
    """Where coded articles go, one at a time; ``close`` finishes the output."""

    def write(self, coded: CodedArticle) -> None: ...
    def close(self) -> None: ...


class _StreamSink:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def close(self) -> None:
        self.out.flush()


class JsonlSink(_StreamSink):
    """One article per line, with its events, quotes, amounts, entities and sources."""

    def write(self, coded: CodedArticle) -> None:
        self.out.write(json.dumps(article_json(coded), ensure_ascii=False) + "\n")


class PloverSink(_StreamSink):
    """One event per line in the PLOVER shape, with the article's publisher, wire and URL."""

    def write(self, coded: CodedArticle) -> None:
        art = {"publisher": coded.article.publisher, "wire": coded.article.wire, "url": coded.article.url}
        for e in coded.events:
            self.out.write(json.dumps(plover_event(asdict(e), art), ensure_ascii=False) + "\n")


class CsvSink(_StreamSink):
    """One event per row (EVENT_COLUMNS), with a header."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self._csv = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
        self._csv.writeheader()

    def write(self, coded: CodedArticle) -> None:
        for e in coded.events:
            self._csv.writerow(flat_event(asdict(e)))


class GkgSink(_StreamSink):
    """One GDELT GKG 2.1 row per article. GKG files carry no header row (the column order is the
    codebook's), so none here: GDELT loaders read our rows unchanged. The names are in
    store.gdelt.GDELT_COLUMNS."""

    def write(self, coded: CodedArticle) -> None:
        from .gdelt import gdelt_row

        self.out.write(gdelt_row(coded) + "\n")


def _gdelt_event_sink(out: IO[str]) -> Sink:
    from .event_files import GdeltEventSink

    return GdeltEventSink(out)


def _icews_sink(out: IO[str]) -> Sink:
    from .event_files import IcewsSink

    return IcewsSink(out)


def _gdelt_event_lines(events: Iterable[Mapping[str, Any]], reviews: bool = False) -> Iterator[str]:
    from .event_files import gdelt_event_lines

    return gdelt_event_lines(events)


def _icews_lines(events: Iterable[Mapping[str, Any]], reviews: bool = False) -> Iterator[str]:
    from .event_files import icews_lines

    return icews_lines(events)


def _parquet_sink(folder: str) -> Sink:
    from .parquet import ParquetSink

    return ParquetSink(folder)


@dataclass(frozen=True)
class Format:
    name: str
    help: str
    sink: Callable[[Any], Sink]  # given an open text stream (or, for a folder format, the folder's path)
    folder: bool = False  # writes a folder of files: needs -o
    lines: Callable[..., Iterator[str]] | None = None  # stored event records as text (events, web exports)
    by_happening: bool = False  # `export` writes the store's happenings (with counts) through ``lines``


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("jsonl", "one article per line (events: one event per line)", JsonlSink, lines=jsonl_lines),
    Format("plover", "one PLOVER event per line", PloverSink, lines=plover_lines),
    Format("csv", "one event per row, with a header", CsvSink, lines=csv_lines),
    Format("tsv", "GDELT GKG 2.1-style rows, one per article (quotes, amounts, names, places)", GkgSink),
    Format("gdelt-events", "GDELT 2.0 Events rows (61 columns, no header); from a store one per happening with "
                           "NumMentions/NumSources/NumArticles", _gdelt_event_sink, lines=_gdelt_event_lines,
           by_happening=True),
    Format("icews", "ICEWS/POLECAT-style TSV with a header; from a store one row per happening with its counts",
           _icews_sink, lines=_icews_lines, by_happening=True),
    Format("parquet", "a folder of Parquet datasets (events, articles, quotes, amounts) partitioned "
                      "year=/month=; needs -o DIR", _parquet_sink, folder=True),
)}


def format_help(names: Iterable[str] | None = None) -> str:
    return "; ".join(f"{n}: {FORMATS[n].help}" for n in (names or FORMATS))


def Writer(fmt: str, out: IO[str]) -> Sink:  # the name callers have always used
    """A sink writing ``fmt`` to an open text stream."""
    f = FORMATS.get(fmt)
    if f is None or f.folder:
        raise ValueError(f"unknown stream format {fmt!r}; choose from "
                         f"{', '.join(n for n, x in FORMATS.items() if not x.folder)}")
    return f.sink(out)


class _Closing:
    """A sink that also closes the file it writes to."""

    def __init__(self, sink: Sink, out: IO[str]) -> None:
        self.sink, self.out = sink, out

    def write(self, coded: CodedArticle) -> None:
        self.sink.write(coded)

    def close(self) -> None:
        try:
            self.sink.close()
        finally:
            self.out.close()


def open_sink(fmt: str, target: str | None) -> Sink:
    """A sink for ``fmt`` writing to ``target`` (a file, a folder for Parquet, or None: standard output)."""
    f = FORMATS[fmt]
    if f.folder:
        if not target:
            raise UsageError(f"--format {fmt} writes a folder: give it with -o DIR")
        return f.sink(target)
    if not target:
        return f.sink(sys.stdout)
    try:
        out = open(target, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as e:
        raise UsageError(f"{target}: cannot write ({e.strerror or e})") from None
    return _Closing(f.sink(out), out)
