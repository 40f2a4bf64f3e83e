"""Main events the coder missed on real news (round r4), one class per block, with sentences of our
own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries

SHOWN = 0.35  # the default --min-confidence: an event below it is left out of the output


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- ships or jets entering another state's waters or airspace: a show of force ---------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Russian military jets entered Estonian airspace over the Gulf of Finland in 2021.", "RUS", "EST"),
    ("Chinese coast guard vessels entered Japanese territorial waters near the Senkaku Islands in 2020.",
     "CHN", "JPN"),
    ("Two Turkish warships entered Greek territorial waters near Rhodes in 2020.", "TUR", "GRC"),
])
def test_entering_waters_or_airspace_is_mobilize(code, text, actor, recipient):
    (e,) = by_trigger(code(text), "entered")
    assert e.event_type == "MOBILIZE" and actor in countries(e.actor) and recipient in countries(e.recipient)
    assert e.confidence >= SHOWN


def test_entering_a_country_is_no_show_of_force(code):
    assert not by_trigger(code("Ukrainian refugees entered Poland in large numbers in March 2022."), "entered")


# ---- appealing a verdict: a rejection of the court's decision, not a request -----------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Russian opposition leader Alexei Navalny appealed the verdict in February 2021.", "appealed"),
    ("Former Brazilian president Lula appealed against his conviction in 2018.", "appealed"),
    ("Myanmar's deposed leader Aung San Suu Kyi appealed her sentence in 2022.", "appealed"),
])
def test_appealing_a_verdict_is_reject(code, text, trigger):
    evs = by_trigger(code(text), trigger)
    assert evs and all(e.event_type == "REJECT" for e in evs)


def test_an_appeal_for_calm_stays_a_request(code):
    evs = by_trigger(code("The United Nations appealed for calm in Myanmar in February 2021."), "appealed")
    assert evs and all(e.event_type == "REQUEST" for e in evs)


# ---- a measure named as a noun after "announced": its doer is the announcer --------------------------
@pytest.mark.parametrize(("text", "actor"), [
    ("The Gabonese officers announced the closure of the country's borders in August 2023.", "GAB"),
    ("Niger's junta announced the closure of the country's airspace in August 2023.", "NER"),
    ("The Gabonese officers announced the annulment of the election results in August 2023.", "GAB"),
    ("The Malian military announced the dissolution of parliament and the closure of the borders in "
     "August 2020.", "MLI"),
])
def test_an_announced_measure_is_coded(code, text, actor):
    evs = [e for e in code(text) if e.event_type == "COERCE"]
    assert evs and any(actor in countries(e.actor) and e.confidence >= SHOWN for e in evs)


def test_a_bare_closure_has_no_doer(code):
    evs = code("The closure of the factory cost hundreds of jobs in 2019.")
    assert not [e for e in evs if e.event_type == "COERCE"]
