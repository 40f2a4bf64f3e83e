"""Event dates on news, round 3: a clause told under a dated 'said'; an act told as following the
time the sentence before names ('soon after'); a range of days ('from Monday through Thursday');
a stretch counted in months or years ('months of talks'). Sentences
of our own about real, well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-09-20")


# ---- a clause reported under a dated 'said' is told as of that day ------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("On Sunday, Armenia accused Azerbaijan of violating the ceasefire and said its troops remain on high "
     "alert.", "2022-09-19", "remain", "2022-09-18"),
    ("On Saturday, North Korea said its army remains on alert along the border.", "2017-08-14", "remain",
     "2017-08-12"),
])
def test_a_reported_clause_takes_the_day_of_the_report(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected
    assert "date of the report" in evs[0].rule


# ---- 'soon after': the time the sentence before names ---------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Thailand's army seized power in May 2014.\nThe junta dissolved the Senate soon after and detained "
     "dozens of politicians.", "2022-09-20", "dissolved", "2014-05"),
    ("Thailand's army seized power in May 2014.\nThe junta dissolved the Senate soon after and detained "
     "dozens of politicians.", "2022-09-20", "detained", "2014-05"),
    ("Egypt's army removed Mohamed Morsi in July 2013.\nA court later banned the Muslim Brotherhood.",
     "2015-01-10", "banned", "2013-07"),
])
def test_an_act_told_as_following_takes_the_time_before(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and (evs[0].date or "").startswith(expected)
    assert "told as following it" in evs[0].rule


# ---- a range of days: its start, not the story's day ---------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("South Korean and US forces are holding joint drills in waters surrounding the peninsula from Monday "
     "through Thursday.", "2022-09-20", "holding", "2022-09-19"),
    ("Russia's navy is holding exercises in waters surrounding Crimea from Tuesday to Friday.",
     "2021-04-16", "holding", "2021-04-13"),
])
def test_a_range_of_days_takes_its_start(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected


# ---- months of talks: a stretch, not the story's day ---------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("The deal followed months of negotiations in Doha between the Taliban and US envoys.", "2020-02-29",
     "negotiations"),
    ("The ceasefire came after years of fighting between Azerbaijan and Armenia.", "2020-11-10", "fighting"),
])
def test_months_of_an_activity_get_no_story_day(code, text, date, trigger):
    evs = by_trigger(code(text, date), trigger)
    for e in evs:
        assert e.date != date
