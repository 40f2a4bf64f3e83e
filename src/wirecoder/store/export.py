"""Writers for coded articles and events: JSONL, PLOVER, CSV and GDELT-style TSV.

Each writer takes coded articles one at a time (a corpus is streamed) and
writes to an open text stream.
"""

from __future__ import annotations

import csv
import json
from dataclasses import asdict
from typing import IO, Any

from ..model import CodedArticle

EVENT_COLUMNS = ("event_id", "article_id", "date", "date_precision", "event_type", "mode", "aux_modes", "context",
                 "actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country",
                 "recipient_sector", "cameo", "goldstein", "quad_class", "plover_score", "location_name",
                 "location_country", "lat", "lon", "geonameid", "trigger", "evidence", "confidence", "rule")
FORMATS = ("jsonl", "plover", "csv", "tsv")


def article_json(coded: CodedArticle, with_text: bool = False) -> dict[str, Any]:
    d = coded.to_dict()
    if not with_text:
        d.pop("text", None)
    return d


def flat_event(e: dict[str, Any]) -> dict[str, Any]:
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


def plover_event(e: dict[str, Any], article: dict[str, Any] | None = None) -> dict[str, Any]:
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


class Writer:
    """Streams coded articles to ``out`` in one of FORMATS."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        self.fmt = fmt
        self.out = out
        self._csv: Any = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
            self._csv.writeheader()
        # GKG 2.1 files carry no header row (the column order is the codebook's), so none here:
        # GDELT loaders read our rows unchanged. The names are in store.gdelt.GDELT_COLUMNS.

    def write(self, coded: CodedArticle) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(article_json(coded), ensure_ascii=False) + "\n")
            return
        art = {"publisher": coded.article.publisher, "wire": coded.article.wire, "url": coded.article.url}
        if self.fmt == "tsv":
            from .gdelt import gdelt_row

            self.out.write(gdelt_row(coded) + "\n")
            return
        for e in coded.events:
            d = asdict(e)
            if self.fmt == "plover":
                self.out.write(json.dumps(plover_event(d, art), ensure_ascii=False) + "\n")
            else:
                self._csv.writerow(flat_event(d))
