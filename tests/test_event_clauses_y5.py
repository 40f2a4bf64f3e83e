"""Real acts told in an 'as', 'after', 'when' or 'since' clause that are news of their own (fix-Y5):
one with a day of its own, or an act of force or seizure told in the story's lead; one dated by an
older year stays background. Sentences of our own about real, well-documented events; no story text
from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-07-14")


# ---- a clause act with its own day is news ------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Ukraine's president called it a terrorist act after Russian missiles struck a shopping centre in "
     "Kremenchuk on Monday.", "2022-06-28", "struck"),
    ("Sri Lanka's prime minister declared a state of emergency when protesters stormed his office on "
     "Wednesday.", "2022-07-14", "stormed"),
    ("Dozens of people have been detained since police raided the opposition offices in Minsk last week.",
     "2020-08-20", "raided"),
    ("Flights were suspended at the airport after gunmen attacked the terminal on Sunday.",
     "2016-06-30", "attacked"),
])
def test_a_clause_act_with_its_own_day_is_news(code, text, date, trigger):
    assert by_trigger(code(text, date), trigger)


# ---- in the lead, an act of force in such a clause is the news -----------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Chaos gripped Colombo as protesters stormed the president's official residence.", "2022-07-10", "stormed"),
    ("A curfew was imposed in the capital hours after the president's palace was attacked by gunmen.",
     "2021-07-08", "attacked"),
    ("Markets in Niamey stayed shut as soldiers detained President Mohamed Bazoum.", "2023-07-27", "detained"),
])
def test_an_act_of_force_in_the_lead_is_news(code, text, date, trigger):
    assert by_trigger(code(text, date), trigger)


# ---- an older, dated act stays background -------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Grain prices have soared since Russia invaded Ukraine in 2022.", "2024-03-01", "invaded"),
    ("Relations have been cold since Russia seized Crimea in 2014.", "2019-05-01", "seized"),
    ("The country has been ruled by the army since soldiers ousted the elected government in 2014.",
     "2019-05-01", "ousted"),
])
def test_an_older_dated_act_stays_background(code, text, date, trigger):
    assert not by_trigger(code(text, date), trigger)


# ---- the story's only telling of an act of force, told in passing, is news --------------------------------
ONLY_FORCE = [
    ("Thousands of people rallied in Minsk on Sunday to demand a new election.\n"
     "The opposition says the August vote was rigged.\n"
     "Opposition leaders called for a general strike, after Belarusian riot police beat protesters in the "
     "city centre.\nThe interior ministry did not comment.", "2020-08-17", "beat"),
    ("Hong Kong's legislature was closed on Tuesday.\nBusinesses in the district stayed shut.\n"
     "Lawmakers postponed the debate on the extradition bill, as Hong Kong police fired tear gas at "
     "demonstrators.\nThe government urged calm.", "2019-06-12", "fired"),
    ("Sudan's opposition coalition suspended talks with the military council.\n"
     "The talks had been held in Khartoum for weeks.\n"
     "The coalition said it would not return to the table since Sudanese soldiers attacked the protest camp.\n"
     "Doctors said dozens had died.", "2019-06-05", "attacked"),
]


@pytest.mark.parametrize(("text", "date", "trigger"), ONLY_FORCE)
def test_the_only_telling_of_force_is_news(code, text, date, trigger):
    assert by_trigger(code(text, date), trigger)


def test_an_act_of_force_of_another_year_stays_background(code):
    text = ("Grain exporters met in Istanbul on Tuesday.\nThey discussed shipping routes.\n"
            "Prices have been high since Russian forces attacked Ukraine in 2022.\nTalks will resume next week.")
    assert not by_trigger(code(text, "2024-03-05"), "attacked")
