"""Event dates on news: an act told before the news, an activity going on over a stretch, a date
that belongs to another act of the sentence, a day the NER calls a time. Sentences of our own
about real, well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")



# ---- a meeting's own relative clause dates it ----------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("The truce followed talks between Ethiopia and the TPLF that took place on Oct. 25 in Pretoria.",
     "2022-11-05", "talks", "2022-10-25"),
])
def test_a_meeting_is_dated_by_its_relative_clause(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected


# ---- a pluperfect act is not the story's day -----------------------------------------------------------
def test_pluperfect_takes_the_day_of_the_sentence_before(code):
    text = ("Sudanese soldiers stormed the home of Prime Minister Abdalla Hamdok on Oct. 25.\n"
            "They had arrested several civilian ministers before dawn.")
    (e,) = by_trigger(code(text, "2021-10-27"), "arrested")
    assert e.date == "2021-10-25"
    assert "sentence before" in e.rule


def test_pluperfect_under_a_dated_report_takes_its_month(code):
    text = ("In March, Human Rights Watch reported that Myanmar's army had arrested thousands of protesters "
            "since the coup.")
    (e,) = by_trigger(code(text, "2021-06-10"), "arrested")
    assert (e.date or "").startswith("2021-03")


def test_pluperfect_without_a_time_gets_no_story_day(code):
    text = ("Mali's junta ordered the French ambassador to leave on Monday.\n"
            "Relations between Bamako and Paris have soured.\n"
            "French troops had killed a senior jihadist commander in the north.")
    (e,) = by_trigger(code(text, "2022-02-01"), "killed")
    assert e.date != "2022-01-31" and e.date != "2022-02-01"


def test_a_backshifted_pluperfect_keeps_the_lead_day(code):
    text = ("Poland summoned Belarus's charge d'affaires on Tuesday over the migrant crisis.\n"
            "The foreign ministry said it had also protested the use of force at the border.")
    (e,) = by_trigger(code(text, "2021-11-10"), "protested")
    assert e.date == "2021-11-09"


# ---- an activity going on over a stretch of time is not the story's day -------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Nigeria's army has been conducting raids on Boko Haram camps in the Sambisa forest.",
     "2021-05-20", "conducting"),
    ("Ethiopian forces have been carrying out airstrikes in Tigray to weaken the rebels.",
     "2021-10-30", "carrying"),
])
def test_an_ongoing_activity_has_no_day(code, text, date, trigger):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date is None


# ---- "since X" dates a state, not the act that speaks of it --------------------------------------------
def test_a_since_date_does_not_date_a_condemnation(code):
    text = ("The African Union on Friday suspended Guinea's membership.\n"
            "It also condemned the detention of President Alpha Conde since Sunday.")
    (e,) = by_trigger(code(text, "2021-09-10"), "condemned")
    assert e.date == "2021-09-10"


def test_a_since_date_is_not_carried_to_the_paragraph(code):
    text = ("The African Union on Friday suspended Guinea's membership.\n"
            "It condemned the detention of President Alpha Conde since Sunday. "
            "The bloc said it would not accept the junta's plan.")
    (e,) = by_trigger(code(text, "2021-09-10"), "condemned")
    assert e.date == "2021-09-10"


# ---- days the NER calls a time, and "in recent days" ---------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Israeli jets struck Hamas targets in Gaza on Friday night.", "2021-05-16", "struck", "2021-05-14"),
    ("Police arrested the opposition leader Alexei Navalny on Sunday evening at a Moscow airport.",
     "2021-01-19", "arrested", "2021-01-17"),
])
def test_a_day_named_with_its_time_of_day(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected


def test_in_recent_days_is_the_week(code):
    (e,) = by_trigger(code("M23 rebels in recent days captured the town of Bunagana.", "2022-06-15"), "captured")
    assert e.date_precision == "week"


def test_a_start_date_before_is_no_time_of_a_pluperfect_act(coder_all):
    from conftest import article_of

    text = ("The bloc on Thursday invited Ethiopia to become a full member from Jan. 1.\n"
            "Its chairman announced the decision at a summit, saying the leaders had reached consensus on the step.")
    events = coder_all.code(article_of(text, "2023-08-24")).events
    assert events and all(e.date not in ("2023-01-01", "2024-01-01") for e in events)
