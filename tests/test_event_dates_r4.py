"""Event dates on news, round 4: a weekday in a planned or coming context is the coming day (and a
date ahead is never the day of an act told as done, nor carried to later acts); a month with 'last
year'; an act in a clause that names an earlier year; acts told as repeated over time or counted
since a day; an act told by a pronoun right after a dated sentence. Sentences of our own about real,
well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-09-20")



# ---- a weekday in a planned or coming context: the coming day ------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    # 2022-03-28 is a Monday
    ("Russian and Ukrainian negotiators are due to hold talks Thursday in Istanbul.", "2022-03-28", "hold",
     "2022-03-31"),
    # 2022-11-12 is a Saturday
    ("The European Union could adopt new sanctions on Iran at a meeting of foreign ministers on Monday.",
     "2022-11-12", "meeting", "2022-11-14"),
    # 2023-04-30 is a Sunday
    ("Armenia's foreign minister is scheduled to meet his Azerbaijani counterpart in Washington on Monday.",
     "2023-04-30", "meet", "2023-05-01"),
])
def test_a_weekday_in_a_planned_context_is_the_coming_day(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected


@pytest.mark.parametrize(("text", "date", "trigger"), [
    # 2023-02-22 is a Wednesday: the offer is made now; the talks are on the coming Friday
    ("Serbia's president offered to hold talks Friday with Kosovo's prime minister.", "2023-02-22", "offered"),
    # 2023-07-18 is a Tuesday: the march is the coming Thursday, the tear gas was fired today
    ("Kenyan police fired tear gas at opposition supporters ahead of a planned march on Thursday.",
     "2023-07-18", "fired"),
])
def test_a_day_ahead_is_not_the_day_of_an_act_done(code, text, date, trigger):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == date


def test_a_day_ahead_is_not_carried_to_later_acts(code):
    text = ("Serbia's president offered to hold talks Friday with Kosovo's prime minister.\n"
            "Police detained two protesters in Belgrade.")
    evs = by_trigger(code(text, "2023-02-22"), "detained")
    assert evs and evs[0].date == "2023-02-22"


# ---- 'July last year': last year's July ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Russian security agents arrested the reporter in March last year.", "2024-07-19", "arrested", "2023-03"),
    ("Ethiopia and the Tigrayan forces signed a truce in November last year.", "2023-06-01", "signed", "2022-11"),
])
def test_a_month_of_last_year(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and (evs[0].date or "").startswith(expected)


# ---- an act in a clause that names an earlier year is not the story's week --------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Poland deployed more troops to its border with Belarus on Tuesday.\n"
     "Belarusian police detained thousands of protesters after a disputed 2020 presidential election.",
     "2021-11-10", "detained"),
    ("Sri Lanka's president fled the country on Wednesday.\n"
     "Protesters stormed his residence after an economic collapse that began in 2019.", "2022-07-15", "stormed"),
])
def test_an_act_in_a_clause_of_an_earlier_year(code, text, date, trigger):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date is not None and evs[0].date[:4] < date[:4]


# ---- repeated over time, or counted since a day: no single day ----------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Poland closed a border crossing on Tuesday.\nWarsaw has repeatedly accused Minsk of using migrants as "
     "a weapon.", "2021-11-10", "accused"),
    ("The United Nations called for a ceasefire in Sudan on Monday.\nAt least 185 people have been killed "
     "in the fighting since Saturday, the UN envoy said.", "2023-04-18", "killed"),
])
def test_an_act_repeated_or_counted_over_days_has_no_single_day(code_all, text, date, trigger):
    evs = by_trigger(code_all(text, date), trigger)
    assert evs and evs[0].date is None


# ---- a pronoun right after a dated sentence: that day ------------------------------------------------------
def test_a_pronoun_sentence_takes_the_day_of_the_sentence_before(code):
    # 2023-01-23 is a Monday
    text = ("Turkey summoned the Swedish ambassador on Monday over a protest in Stockholm.\n"
            "Turkey's president said on Saturday that Sweden should not expect support for its NATO bid.\n"
            "He also accused Stockholm of tolerating Kurdish militants.")
    evs = by_trigger(code(text, "2023-01-23"), "accused")
    assert evs and evs[0].date == "2023-01-21"


# ---- a start named by a bare weekday is the next day, not six days back ---------------------------------
def test_a_start_on_the_next_weekday_is_not_six_days_back(code):
    # 2022-04-01 is a Friday
    text = "Sri Lanka's government imposed a curfew from Saturday morning.\nPolice arrested dozens of protesters."
    evs = code(text, "2022-04-01")
    assert evs and all(e.date in ("2022-04-01", "2022-04-02") for e in evs)
