"""Event files the field's users load unchanged: GDELT 2.0 Events and an ICEWS/POLECAT-style TSV.

**GDELT 2.0 Events** (``gdelt-events``): the 61 columns of GDELT's event
codebook, in its order, tab-separated, no header (GDELT's files have none;
the names are ``GDELT_EVENT_COLUMNS``). One row per happening when written
from a store (``events``, ``export``), with NumMentions, NumSources and
NumArticles from its counts; one row per coded event, counted once, when
written by ``code``. GDELT's conventions win in its fields: GlobalEventID is
an integer (the first 15 hex digits of the happening id), Actor codes are
country code + sector (``RUSGOV``), geography country codes are FIPS 10-4,
IsRootEvent is 1 for an event told in the story's first sentence, EventCode,
EventBaseCode and EventRootCode come from our CAMEO code, DATEADDED is the
story's date. AvgTone is left empty rather than invented, and so are the
known-group, ethnic, religion and ADM codes we do not have. Actor1Geo and
Actor2Geo are the event's place (GDELT places the actors where the action is
when the story says nothing else).

**ICEWS/POLECAT-style TSV** (``icews``): a header (``ICEWS_COLUMNS``), then
one row per happening (or coded event), with the ICEWS field names where
ICEWS has them and POLECAT's Event Type and Mode.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict
from datetime import date
from typing import IO, Any

from ..model import CodedArticle
from .gdelt import _loc_type, _number, clean, fips

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS), *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS), *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_EVENT_COLUMNS) == 61

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Source Name", "Source Sectors", "Source Country",
    "Target Name", "Target Sectors", "Target Country", "CAMEO Code", "Intensity", "Place", "Country",
    "Latitude", "Longitude", "Story ID", "Sentence Number", "Sentence", "Publisher", "Mentions", "Sources",
    "Articles",
)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _actor(side: list[Mapping[str, Any]]) -> list[str]:
    """The 10 Actor fields of the first actor of a side (GDELT has one actor a side)."""
    if not side:
        return [""] * 10
    a = side[0]
    country, sector = clean(a.get("country")), clean(a.get("sector"))
    return [country + sector, clean(a.get("name")).upper(), country, "", "", "", "", sector, "", ""]


def _geo(loc: Mapping[str, Any] | None) -> list[str]:
    if not loc:
        return ["0", "", "", "", "", "", "", ""]
    country = fips(loc.get("country"))
    typ = _loc_type(loc.get("feature") or "", country)
    feature = country if typ == 1 else str(loc.get("geonameid") or "")
    return [str(typ), clean(loc.get("name")), country, country if typ == 1 else "", "",
            _number(loc.get("lat")), _number(loc.get("lon")), feature]


def global_event_id(event_id: str) -> str:
    """GDELT's integer id from our hex id (15 hex digits: a positive 64-bit integer)."""
    try:
        return str(int(event_id[:15], 16))
    except ValueError:
        return str(int.from_bytes(event_id.encode("utf-8")[:7], "big"))


def gdelt_event_fields(e: Mapping[str, Any]) -> list[str]:
    """The 61 GDELT 2.0 Events fields of one event record (stored, or the coder's with the article's keys)."""
    day = _day(e.get("date")) or _day(e.get("published"))
    cameo = clean(e.get("cameo"))
    loc = e.get("location")
    first = int((e.get("evidence") or {}).get("sentence") or 0) == 0
    geo = _geo(loc)
    return [
        global_event_id(e.get("happening_id") or e["event_id"]),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "", str(day.year) if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_actor(e.get("actor") or []), *_actor(e.get("recipient") or []),
        "1" if first else "0", cameo, cameo[:3], cameo[:2], str(e.get("quad_class") or ""),
        _number(e.get("goldstein")),
        str(e.get("mentions", 1)), str(e.get("sources", 1)), str(e.get("articles", 1)), "",
        *geo, *geo, *geo,
        (day.strftime("%Y%m%d") + "000000") if day else "", clean(e.get("url")),
    ]


def icews_fields(e: Mapping[str, Any]) -> list[str]:
    def names(side: list[Mapping[str, Any]], key: str) -> str:
        return ";".join(clean(a.get(key), ";") for a in side)

    loc = e.get("location") or {}
    ev = e.get("evidence") or {}
    src, tgt = e.get("actor") or [], e.get("recipient") or []
    return [
        e.get("happening_id") or e["event_id"], str(e.get("date") or ""), e["event_type"], e.get("mode") or "",
        names(src, "name"), names(src, "sector"), names(src, "country"),
        names(tgt, "name"), names(tgt, "sector"), names(tgt, "country"),
        clean(e.get("cameo")), _number(e.get("goldstein")), clean(loc.get("name")), clean(loc.get("country")),
        _number(loc.get("lat")), _number(loc.get("lon")), e["article_id"], str(ev.get("sentence", "")),
        clean(ev.get("text")), clean(e.get("publisher")),
        str(e.get("mentions", 1)), str(e.get("sources", 1)), str(e.get("articles", 1)),
    ]


def coded_records(coded: CodedArticle) -> Iterator[dict[str, Any]]:
    """The coder's events as records with their article's url, publisher and date (each counted once)."""
    a = coded.article
    for e in coded.events:
        yield {**asdict(e), "url": a.url, "publisher": a.publisher, "published": a.published}


# ---- the registry's two shapes: lines from stored records, and sinks for coded articles -------------
def gdelt_event_lines(events: Iterable[Mapping[str, Any]], reviews: bool = False) -> Iterator[str]:
    for e in events:
        yield "\t".join(gdelt_event_fields(e)) + "\n"


def icews_lines(events: Iterable[Mapping[str, Any]], reviews: bool = False) -> Iterator[str]:
    yield "\t".join(ICEWS_COLUMNS) + "\n"
    for e in events:
        yield "\t".join(icews_fields(e)) + "\n"


class GdeltEventSink:
    """GDELT 2.0 Events rows, one per coded event (no header)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, coded: CodedArticle) -> None:
        self.out.writelines(gdelt_event_lines(coded_records(coded)))

    def close(self) -> None:
        self.out.flush()


class IcewsSink(GdeltEventSink):
    """The ICEWS/POLECAT-style TSV: a header, then one row per coded event."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        out.write("\t".join(ICEWS_COLUMNS) + "\n")

    def write(self, coded: CodedArticle) -> None:
        self.out.writelines("\t".join(icews_fields(e)) + "\n" for e in coded_records(coded))
