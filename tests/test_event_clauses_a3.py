"""Main events told only in a subordinate clause, a noun or a passive (real news sets I and J,
class 'noun/clause/passive'), one class per block, with sentences of our own about real,
well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- troops or police surrounding a building: a siege or confinement, also in an 'although' clause -----
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Zimbabwean police surrounded the headquarters of the opposition party in Harare on Tuesday.",
     "surrounded", {"ZWE"}),
    ("The opposition leader said he would address supporters, although Ugandan soldiers surrounded his home "
     "in Kampala.", "surrounded", {"UGA"}),
    ("Crimea's parliament met on Thursday, though Russian troops surrounded the building.",
     "surrounded", {"RUS"}),
])
def test_surrounding_a_building_is_coercion(code, text, trigger, actor):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "COERCE" and actor <= countries(e.actor)


def test_hills_around_a_town_are_no_siege(code):
    assert not by_trigger(code("Mountains surround the town of Bamiyan in central Afghanistan."), "surround")


def test_a_concession_in_the_past_stays_background(code):
    events = code("The two countries are now close partners, although Vietnam fought a war with China in 1979.")
    assert not by_trigger(events, "fought")


# ---- a meeting or visit that frames the act ('after', 'following', 'during') is an act of its own -------
@pytest.mark.parametrize(("text", "trigger", "parties"), [
    ("After a meeting between Vladimir Putin and Recep Tayyip Erdogan in Sochi, Russia lifted its ban on "
     "Turkish tomatoes.", "meeting", {"RUS", "TUR"}),
    ("Following his meeting with Chinese President Xi Jinping, Barack Obama flew to Manila.",
     "meeting", {"USA", "CHN"}),
    ("During the visit of Indian Prime Minister Narendra Modi to Lahore, Pakistan released Indian fishermen.",
     "visit", {"IND", "PAK"}),
])
def test_a_framing_meeting_is_coded(code, text, trigger, parties):
    (e,) = by_trigger(code(text, "2016-08-10"), trigger)
    assert e.event_type == "CONSULT"
    assert parties <= countries(e.actor) | countries(e.recipient)


# ---- an agentless extradition 'from' a country: that country hands them over ---------------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Five suspects have been extradited to Germany from Poland.", "POL", "DEU"),
    ("Two militants were extradited from Spain to France on Monday.", "ESP", "FRA"),
    ("The former dictator was extradited from Chile to Peru last month.", "CHL", "PER"),
])
def test_extradited_from_a_country(code, text, actor, recipient):
    (e,) = by_trigger(code(text), "extradited")
    assert e.event_type == "COOPERATE"
    assert actor in countries(e.actor) and recipient in countries(e.recipient)


def test_an_extradition_with_its_agent_keeps_it(code):
    (e,) = by_trigger(code("Two militants were extradited from Spain to France by a Madrid court."), "extradited")
    assert "FRA" not in countries(e.actor)
