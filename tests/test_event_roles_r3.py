"""Roles left empty (round 3): envoys withdrawn from "the country", acts condemned by name
("the coup", "the move") whose doer the story has just named, talks between two sides named
by one noun, foundations of a country. Sentences of our own about real, well-documented events;
no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- an envoy withdrawn "from the country", a High Commissioner ---------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Pakistan expelled India's envoy and withdrew its own High Commissioner from the country.", "2019-08-08",
     "withdrew", "IND"),
    ("Saudi Arabia froze new trade with Canada and recalled its ambassador from the country.", "2018-08-06",
     "recalled", "CAN"),
    ("New Zealand recalled its High Commissioner to Fiji after the coup.", "2006-12-06", "recalled", "FJI"),
])
def test_envoy_withdrawn_from_the_country(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.event_type == "SANCTION"
    assert expected in countries(e.recipient)


# ---- an act condemned by name: its doer is named in the sentence before ------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Russia annexed Crimea on March 18. Germany condemned the annexation.", "2014-03-20", "condemned", "RUS"),
    ("Myanmar's military detained Aung San Suu Kyi and seized power on Monday. Britain denounced the coup.",
     "2021-02-02", "denounced", "MMR"),
    ("North Korea fired a ballistic missile over Japan on Tuesday. Tokyo condemned the launch.", "2017-08-30",
     "condemned", "PRK"),
    ("China suspended imports of Taiwanese pineapples on Friday. Taiwan's government condemned the move.",
     "2021-02-27", "condemned", "CHN"),
])
def test_act_condemned_by_name_has_its_doer(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.event_type == "ACCUSE"
    assert expected in countries(e.recipient)


def test_own_act_is_no_counterpart(code):
    # the doer named before is the one condemning: no recipient taken from it
    events = code("Germany closed its border on Monday. Germany defended the move.", "2020-03-17")
    assert not any("DEU" in countries(e.recipient) for e in events)


# ---- talks between two sides named by one noun ----------------------------------------------------------------
def test_talks_between_the_two_sides_of_the_story(code):
    text = ("Indian and Chinese troops clashed in the Galwan Valley in June. India and China have held several rounds "
            "of talks since. Talks between the two armies were held on Saturday.")
    (e,) = by_trigger(code(text, "2020-10-12"), "held")[-1:]
    assert {"IND", "CHN"} <= countries(e.actor) | countries(e.recipient)
    assert "TUR" not in countries(e.recipient)


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Talks between Indian and Chinese commanders lasted 12 hours on Sunday.", "2021-08-01", "Talks", {"IND", "CHN"}),
    ("Talks between Russian and Ukrainian delegations were held in Istanbul on Tuesday.", "2022-03-29", "held",
     {"RUS", "UKR"}),
])
def test_talks_between_two_adjectives(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.event_type == "CONSULT"
    assert expected <= countries(e.actor) | countries(e.recipient)


# ---- a foundation of a country is that country's ------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("The U.S. Treasury imposed sanctions on Iran's Mostazafan Foundation on Thursday.", "2020-11-18", "imposed",
     "IRN"),
    ("The United States imposed sanctions on the Iranian foundation on Thursday.", "2020-11-18", "imposed", "IRN"),
])
def test_foundation_of_a_country(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert expected in countries(e.recipient)
