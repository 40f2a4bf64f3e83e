"""Plain acts missed or mistyped (task G4), one class per block, with sentences of our own about
real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2019-06-10")


# ---- a ruler firing an official: an ended relation of office, no gunfire -------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("President Trump fired FBI Director James Comey on Tuesday.", "fired"),
    ("Prime Minister Netanyahu fired Defense Minister Yoav Gallant on Sunday.", "fired"),
    ("Evo Morales fired the foreign minister on Monday.", "fired"),
    ("President Zelensky sacked the army commander on Thursday.", "sacked"),
])
def test_firing_an_official_is_no_shooting(code, text, trigger):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "SANCTION"


def test_firing_on_people_is_still_shooting(code):
    (e,) = by_trigger(code("Soldiers fired on protesters in Khartoum on Monday."), "fired")
    assert e.event_type == "ASSAULT"


# ---- a commander dismissing the head of government takes power --------------------------------------
@pytest.mark.parametrize("text", [
    "General Prayuth dismissed the prime minister on Thursday.",
    "President Kais Saied dismissed the prime minister and froze parliament on Sunday.",
    "The army commander dismissed the president on Wednesday.",
])
def test_dismissing_the_head_of_government_is_a_seizure(code, text):
    (e,) = by_trigger(code(text), "dismissed")
    assert (e.event_type, e.mode) == ("COERCE", "seize")


# ---- forced entry and storming of a site of armed or jailing power -----------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Soldiers blasted their way into the presidential palace on Tuesday.", "blasted"),
    ("Protesters stormed a police station in Bishkek on Tuesday.", "stormed"),
    ("Demonstrators stormed the city prison in Benghazi on Friday.", "stormed"),
    ("An angry crowd stormed the jail and freed dozens of inmates.", "stormed"),
])
def test_forced_entry_is_an_assault(code, text, trigger):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "ASSAULT"


def test_protesters_storming_a_ministry_still_riot(code):
    (e,) = by_trigger(code("Protesters stormed the foreign ministry in Beirut on Saturday."), "stormed")
    assert e.event_type == "PROTEST"


# ---- an order to one's forces to shoot is the shooting ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Assad ordered his troops to fire on demonstrators in Daraa.",
    "Gaddafi ordered his forces to open fire on protesters in Benghazi.",
    "The president ordered the army to shoot at the marchers.",
])
def test_an_order_to_shoot_is_an_assault(code, text):
    (e,) = by_trigger(code(text), "ordered")
    assert e.event_type == "ASSAULT"


# ---- kept as they were: joint drills, ceasefires agreed, abductions --------------------------------
@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("China and Pakistan held a joint counter-terrorism exercise on Monday.", "held", "COOPERATE"),
    ("Armenia and Azerbaijan agreed a ceasefire on Saturday.", "agreed", "AGREE"),
    ("Boko Haram abducted 276 schoolgirls in Chibok.", "abducted", "ASSAULT"),
    ("Islamist rebels kidnapped ten aid workers in Mali on Monday.", "kidnapped", "ASSAULT"),
])
def test_kept_types(code, text, trigger, etype):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == etype
