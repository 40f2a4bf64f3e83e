"""Places: the offline gazetteer (nlp.gazetteer.choose) and place resolution through the pipeline."""

from __future__ import annotations

import pytest

from wirecoder.ingest import ReadOptions
from wirecoder.ingest.readers import make_article
from wirecoder.nlp.gazetteer import candidates, choose


def near(place, lat: float, lon: float, tol: float = 0.5) -> bool:
    return abs(place.lat - lat) < tol and abs(place.lon - lon) < tol


# ---- choose() -------------------------------------------------------------------------------
def test_moscow_in_a_russia_story():
    p = choose("Moscow", ["RUS"])
    assert (p.name, p.country, p.feature) == ("Moscow", "RUS", "city")
    assert near(p, 55.75, 37.62)
    assert p.geonameid == 524901


def test_moscow_pinned_to_the_usa_is_idaho():
    p = choose("Moscow", ["USA"], near="USA")
    assert p.country == "USA"
    assert near(p, 46.73, -117.0)  # Moscow, Idaho
    assert isinstance(p.geonameid, int) and p.geonameid != 524901


def test_moscow_with_no_story_countries_is_the_biggest():
    assert choose("Moscow", []).country == "RUS"


def test_tianjin_pinned_to_china():
    p = choose("Tianjin", [], near="CHN")
    assert p.country == "CHN" and near(p, 39.14, 117.18)
    assert isinstance(p.geonameid, int)


def test_pin_to_a_country_without_that_place_falls_back():
    assert choose("Tianjin", [], near="BRA").country == "CHN"


def test_capital_of_a_story_country_wins():
    # Paris, Texas is in the USA, but Paris is France's capital and France is in the story.
    assert choose("Paris", ["USA", "FRA"]).country == "FRA"
    assert choose("Damascus", ["USA", "SYR"]).country == "SYR"
    assert choose("Moscow", ["USA", "RUS"]).country == "RUS"


def test_same_country_town_wins_over_population_elsewhere():
    p = choose("Paris", ["USA"])
    assert p.country == "USA" and p.feature == "city"


@pytest.mark.parametrize(("name", "iso3", "lat", "lon"), [
    ("Russia", "RUS", 61.5, 105.3),
    ("China", "CHN", 35.9, 104.2),
    ("Ukraine", "UKR", 48.4, 31.2),
    ("United States", "USA", 37.1, -95.7),
])
def test_country_names_resolve_to_countries(name, iso3, lat, lon):
    p = choose(name, [])
    assert (p.country, p.feature) == (iso3, "country")
    assert near(p, lat, lon, tol=2)
    assert isinstance(p.geonameid, int)


def test_a_country_name_is_the_country_even_in_another_countrys_story():
    assert choose("Georgia", ["USA"]).country == "GEO"
    assert choose("Georgia", ["USA"], near="USA").feature == "state"  # "Atlanta, Georgia"


def test_exonyms_and_case():
    assert choose("Kiev", []).name == "Kyiv"
    assert choose("  moscow ", ["RUS"]).geonameid == 524901


def test_gazetteer_additions_for_regions():
    p = choose("Crimea", [])
    assert p is not None and p.country == "UKR" and p.feature != "city"


@pytest.mark.parametrize("name", ["Atlantis Prime", "", "Narnia", "Wakanda City"])
def test_unknown_names(name):
    assert choose(name, ["RUS"]) is None
    assert candidates(name) == ()


def test_candidates_are_ordered_by_population():
    pops = [c.population for c in candidates("Moscow") if c.feature == "city"]
    assert len(pops) >= 2 and pops == sorted(pops, reverse=True)


# ---- through the pipeline -------------------------------------------------------------------
@pytest.fixture(scope="module")
def places_of(coder):
    def run(text: str) -> dict[str, tuple[str, str]]:
        coded = coder.code(make_article(text, "places", ReadOptions(default_date="2025-05-09")))
        return {e.text: (e.country, e.value) for e in coded.entities if e.label == "PLACE"}

    return run


def test_pipeline_moscow_in_a_us_story_is_still_russia(places_of):
    got = places_of("U.S. Secretary of State Antony Blinken arrived in Moscow on Tuesday.")
    assert got["Moscow"] == ("RUS", "524901")


def test_pipeline_place_pinned_by_the_next_name(places_of):
    got = places_of("Police in Moscow, Idaho, arrested a man on Friday after a shooting near the university.")
    assert got["Moscow"][0] == "USA" and got["Moscow"][1] != "524901"
    got = places_of("Chinese and Russian officials held talks in Tianjin, China, on Monday.")
    assert got["Tianjin"][0] == "CHN"


def test_pipeline_event_location_has_coordinates(coder):
    coded = coder.code(make_article("Syrian troops shelled villages near Damascus on Sunday, activists said.",
                                    "damascus", ReadOptions(default_date="2025-05-09")))
    located = [e.location for e in coded.events if e.location]
    assert located, "the attack should be placed"
    loc = located[0]
    assert (loc.name, loc.country) == ("Damascus", "SYR")
    assert abs(loc.lat - 33.51) < 0.2 and abs(loc.lon - 36.29) < 0.2
    assert loc.geonameid == 170654
    assert coded.article.text[loc.start:loc.end] == "Damascus"


def test_seed_consult_is_in_moscow_russia(seed_coded):
    moscow = [e.location for e in seed_coded.events if e.location and e.location.name == "Moscow"]
    assert moscow, "the seed's Moscow talks should carry a location"
    loc = moscow[0]
    assert loc.country == "RUS" and loc.geonameid == 524901
    assert abs(loc.lat - 55.75) < 0.1 and abs(loc.lon - 37.62) < 0.1
    consult = [e for e in seed_coded.events if e.event_type == "CONSULT" and e.location is not None]
    assert any(e.location.name == "Moscow" and e.location.country == "RUS" for e in consult)
    text = seed_coded.article.text
    for e in seed_coded.events:
        if e.location and e.location.start >= 0:
            assert 0 <= e.location.start < e.location.end <= len(text)
    places = {(x.text, x.country, x.value) for x in seed_coded.entities if x.label == "PLACE"}
    assert ("Moscow", "RUS", "524901") in places
