"""Main events the coder missed on real news (round r3), one class per block, with sentences of our
own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries

SHOWN = 0.35  # the default --min-confidence: an event below it is left out of the output


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- an act told in an 'as' clause of a lead whose main clause is an act too: both are news ----------
@pytest.mark.parametrize(("text", "trigger", "etype", "actor"), [
    ("Protesters rallied outside the French embassy in Islamabad on Monday, as Pakistan summoned the "
     "French ambassador.", "summoned", "ACCUSE", "PAK"),
    ("Demonstrators stormed the Swedish embassy in Baghdad on Thursday, as Iraq expelled the Swedish "
     "ambassador.", "expelled", "SANCTION", "IRQ"),
    ("Thousands marched in Kyiv on Sunday, as Ukraine recalled its ambassador from Minsk.",
     "recalled", "SANCTION", "UKR"),
])
def test_an_as_clause_after_an_act_is_news(code, text, trigger, etype, actor):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == etype and actor in countries(e.actor)
    assert e.confidence >= SHOWN


@pytest.mark.parametrize(("text", "trigger"), [
    ("Oil prices rose sharply as Russia invaded Ukraine.", "invaded"),  # the main clause is no act
    ("Protesters rallied in Islamabad, as he summoned the French ambassador.", "summoned"),  # no named subject
])
def test_an_as_clause_stays_background_otherwise(code, text, trigger):
    assert all(e.confidence < SHOWN for e in by_trigger(code(text), trigger))


# ---- an army retaking ground: "retook", "regained control of" -----------------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The Iraqi army retook the town of Tal Afar from Islamic State in August 2017.", "retook", "IRQ"),
    ("Philippine troops retook the city of Marawi from militants in October 2017.", "retook", "PHL"),
    ("Syrian government forces regained control of Palmyra in March 2016.", "regained", "SYR"),
    ("Ukrainian forces regained control of the city of Kherson in November 2022.", "regained", "UKR"),
])
def test_retaking_ground_is_an_assault(code, text, trigger, actor):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "ASSAULT" and actor in countries(e.actor)
