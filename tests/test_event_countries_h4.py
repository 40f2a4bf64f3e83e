"""Wrong country or entity in a role (findings of sets K and L, class 4), one class per block, with
sentences of our own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2018-06-10")


# ---- a leader's surname inside a longer country name is no person ("Costa" of "Costa Rican") ----------
@pytest.mark.parametrize(("text", "date", "trigger", "actor"), [
    ("Costa Rica and Nicaragua have quarrelled over the San Juan river for years.\n"
     "Costa Rican officials accused Nicaragua of sending soldiers onto its territory on Monday.",
     "2010-11-03", "accused", "CRI"),
    ("Nicaragua's government has blamed its neighbour for the crisis.\n"
     "Costa Rican police arrested two Nicaraguan smugglers near the border on Tuesday.",
     "2018-07-20", "arrested", "CRI"),
    ("Thousands of Nicaraguans have fled south since April.\n"
     "On Friday, Costa Rican authorities deported a Nicaraguan activist.",
     "2018-09-01", "deported", "CRI"),
])
def test_a_surname_inside_a_country_name(code, text, date, trigger, actor):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.actor) == {actor}


# ---- a body's word before a title ("Police spokesman X") is no town (Police, Poland) --------------------
@pytest.mark.parametrize(("text", "date", "trigger", "actor"), [
    ("Kizza Besigye was charged in Kampala on Monday.\n"
     "Police spokesman Fred Enanga said officers had arrested 40 of his supporters.",
     "2016-05-12", "arrested", "UGA"),
    ("Raila Odinga's supporters marched in Nairobi on Friday.\n"
     "Police spokesman Charles Owino said officers dispersed the crowd with tear gas.",
     "2017-10-13", "dispersed", "KEN"),
    ("Protests over fuel prices spread across Zimbabwe on Monday.\n"
     "Police spokesman Paul Nyathi said officers arrested 200 people in Harare.",
     "2019-01-15", "arrested", "ZWE"),
])
def test_a_police_spokesman_is_of_the_story(code, text, date, trigger, actor):
    events = code(text, date)
    assert "POL" not in {c for e in events for c in countries(e.actor) | countries(e.recipient)}
    (e,) = by_trigger(events, trigger)
    assert countries(e.actor) <= {actor, ""}


# ---- "Guinea-Bissau" is not Guinea, and its bare adjective is its own ----------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "side", "expected"), [
    ("Soldiers in Guinea-Bissau seized power on Thursday.\n"
     "A spokesman said the prime minister was detained by the military late on Wednesday.",
     "2012-04-13", "detained", "actor", "GNB"),
    ("Gunmen attacked the government palace in Guinea-Bissau on Tuesday.\n"
     "The military arrested several suspects on Wednesday.",
     "2022-02-04", "arrested", "actor", "GNB"),
    ("Guinea-Bissau's army took power in April.\n"
     "On Friday, Nigeria urged the Guinean soldiers to hand power back to civilians.",
     "2012-04-27", "urged", "recipient", "GNB"),
])
def test_guinea_bissau_is_not_guinea(code, text, date, trigger, side, expected):
    (e,) = by_trigger(code(text, date), trigger)
    got = countries(getattr(e, side))
    assert expected in got and "GIN" not in got


# ---- the town a deal is named for is no side to it ("the Brussels agreement") --------------------------
@pytest.mark.parametrize(("text", "date", "town"), [
    ("Serbia and Kosovo signed the Brussels agreement in April 2013.", "2013-05-01", "BEL"),
    ("Russia and Ukraine signed the Minsk agreement in February 2015.", "2015-03-01", "BLR"),
    ("Israel and the PLO signed the Oslo accords in September 1993.", "1993-10-01", "NOR"),
])
def test_a_deal_named_for_a_town(code, text, date, town):
    (e,) = by_trigger(code(text, date), "signed")
    assert town not in countries(e.actor) | countries(e.recipient)
