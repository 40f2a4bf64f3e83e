"""Date classes (brief S), one class per block, with sentences of our own about real,
well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-05-30")


# ---- a calendar day written as an ordinal beside its month ---------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Russia and Ukraine exchanged prisoners on 22nd September.", "2022-09-25", "exchanged", "2022-09-22"),
    ("Peruvian police arrested former President Pedro Castillo on December 7th.", "2022-12-10", "arrested",
     "2022-12-07"),
    ("Sudanese troops detained the prime minister on the 25th of October.", "2021-10-30", "detained", "2021-10-25"),
    ("The United States imposed sanctions on Belarus on 9th August.", "2021-08-12", "imposed", "2021-08-09"),
    ("Russian forces attacked the Azovstal plant on May 3rd.", "2022-05-06", "attacked", "2022-05-03"),
])
def test_an_ordinal_day_with_its_month_dates_the_act(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.date == expected and e.date_precision == "day"


def test_an_ordinal_with_no_month_is_still_no_date(code):
    (e,) = by_trigger(code("Protesters attacked the 10th police station in Colombo.", "2022-05-10"),
                      "attacked")
    assert e.date == "2022-05-10"


# ---- the day of the thing an act is told against is not the act's day ------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Turkish police detained the Istanbul mayor days before Sunday's opposition primary.", "2025-03-19",
     "detained"),
    ("Ugandan police arrested the opposition candidate ahead of Thursday's election.", "2021-01-12", "arrested"),
    ("Belarusian authorities jailed the rival candidate weeks before Sunday's presidential vote.", "2020-07-15",
     "jailed"),
])
def test_a_day_the_act_is_told_against_is_not_its_date(code, text, date, trigger):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.date == date  # no day of its own: the story's day, not the later one


def test_a_day_that_dates_the_act_itself_is_kept(code):
    (e,) = by_trigger(code("Police arrested dozens of protesters at Sunday's rally in Minsk.", "2020-08-11"),
                      "arrested")
    assert e.date == "2020-08-09"
