"""Event dates on news, round 5: a lead that names no day, whose happening the next paragraph dates
by the same word ('tried to lead the march yesterday', 'was sentenced late on Tuesday'), is of that
day, and so are the acts told after it with no day of their own. Sentences of our own about real,
well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-09-20")



# ---- the lead's happening dated in the next paragraph ---------------------------------------------------
@pytest.mark.parametrize(("text", "date", "triggers", "expected"), [
    # 2019-06-13 is a Thursday: the march was the day before
    ("Hong Kong police fired tear gas and rubber bullets to disperse a protest against the extradition bill.\n"
     "Thousands of demonstrators tried to hold the protest outside the legislature yesterday before officers "
     "moved in.\n"
     "Police arrested several people near the government offices.",
     "2019-06-13", ("fired", "arrested"), "2019-06-12"),
    # 2021-10-12 is a Tuesday: the sentencing was on Monday
    ("A Russian court has sentenced the opposition activist to three years in prison.\n"
     "The activist was sentenced late on Monday after a two-day trial in Moscow.\n"
     "Police detained a dozen supporters outside the courthouse.",
     "2021-10-12", ("sentenced", "detained"), "2021-10-11"),
    # 2020-08-11 is a Tuesday: the crackdown was on Sunday night
    ("Belarusian riot police used stun grenades and water cannon to break up protests against the "
     "election result.\n"
     "Crowds gathered in central Minsk to protest late on Sunday, and police beat many of them.\n"
     "Police detained about 3,000 people.",
     "2020-08-11", ("break", "detained"), "2020-08-09"),
])
def test_the_lead_takes_the_day_the_next_paragraph_gives_its_happening(code, text, date, triggers, expected):
    evs = code(text, date)
    for word in triggers:
        found = by_trigger(evs, word)
        assert found and found[0].date == expected, (word, [(e.trigger.text, e.date) for e in evs])
    assert any("next paragraph" in e.rule for e in evs)


@pytest.mark.parametrize(("text", "date", "trigger"), [
    # the next paragraph's day is of another act, not of the lead's: the lead keeps the story's day
    ("Japan's prime minister dissolved the lower house of parliament.\n"
     "The opposition parties met yesterday to agree on joint candidates.",
     "2017-09-28", "dissolved"),
])
def test_a_day_of_another_act_in_the_next_paragraph_is_not_the_lead_s(code, text, date, trigger):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == date


# ---- a bare month ahead of the story, in a clause told as done: last year's ----------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("The former president was arrested and convicted in March of abusing his office.", "2018-02-05",
     "convicted", "2017-03-01"),
    ("Egypt's ousted president was detained in November and charged with inciting violence.", "2014-09-20",
     "detained", "2013-11-01"),
    ("Thai soldiers detained the former prime minister in June.", "2015-04-10", "detained", "2014-06-01"),
])
def test_a_bare_month_ahead_in_a_past_clause_is_last_year_s(code_all, text, date, trigger, expected):
    evs = by_trigger(code_all(text, date), trigger)
    assert evs and evs[0].date == expected


def test_a_bare_month_ahead_in_a_planned_clause_stays_ahead(code):
    evs = by_trigger(code("The two leaders will meet in March to sign the accord.", "2018-02-05"), "meet")
    assert evs and evs[0].date == "2018-03-01"


# ---- an act done by way of another takes the year that other is told in ---------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("In 2014, Russia shocked Europe by seizing Crimea from Ukraine.", "2021-12-16", "seizing", "2014-01-01"),
    ("In 2011, NATO answered the appeal by bombing Libyan government forces.", "2021-12-16", "bombing",
     "2011-01-01"),
    ("In 2018, the United States broke with its allies by withdrawing from the Iran nuclear deal.", "2021-05-03",
     "withdrawing", "2018-01-01"),
    ("In 2017, Saudi Arabia and its allies punished Qatar by cutting diplomatic ties with Doha.", "2020-11-02",
     "cutting", "2017-01-01"),
])
def test_an_act_done_by_another_takes_its_year(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected
    assert "of the clause the act is told under" in evs[0].rule


# ---- acts told as done again and again ('frequent attacks', 'regular raids'): no day --------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Turkey has carried out repeated air strikes on Kurdish militants in northern Iraq.", "2022-06-10", "carried"),
    ("Russia has launched frequent missile attacks on Ukrainian power plants.", "2022-12-10", "launched"),
    ("Israel has conducted regular raids on Palestinian towns in the occupied West Bank.", "2022-12-10",
     "conducted"),
])
def test_acts_told_as_frequent_have_no_day(code, text, date, trigger):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date is None and "stretch of time" in evs[0].rule


def test_a_single_act_keeps_the_story_s_day(code):
    evs = by_trigger(code("Russia launched missile attacks on Ukrainian power plants.", "2022-12-10"), "launched")
    assert evs and evs[0].date == "2022-12-10"


# ---- a charge told in the present ('is accused of'): a standing charge, no day -------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("The jailed Russian opposition leader is accused of extremism by the authorities.", "2022-06-10", "accused",
     None),
    ("The former Peruvian president is charged with corruption by prosecutors.", "2022-12-10", "charged", None),
    ("The former president was accused of corruption by prosecutors.", "2022-12-10", "accused", "2022-12-10"),
])
def test_a_charge_told_in_the_present_stands(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected


# ---- 'just last week', 'only last month': the time named, not the story's day ---------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Just last week, the administration further restricted visa access for Chinese Communist Party officials.",
     "2020-12-07", "restricted", "2020-11-30"),
    ("Only last month, the European Union imposed sanctions on Belarusian officials.", "2021-07-10", "imposed",
     "2021-06-01"),
    ("Just yesterday, Iran seized a British tanker in the Strait of Hormuz.", "2019-07-20", "seized",
     "2019-07-19"),
])
def test_just_last_week_is_last_week(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected


# ---- what a dated act prompted ('..., prompting Tokyo to protest'): the same time -----------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Last week, China sailed warships near the disputed islands, prompting Japan to summon the Chinese "
     "ambassador.", "2012-09-20", "summon", "2012-09-13"),
    ("On Monday, North Korea fired a missile over Japan, prompting Tokyo to protest to Pyongyang.", "2017-08-31",
     "protest", "2017-08-28"),
    ("In 2016, Turkey shot down a Russian jet, prompting Moscow to impose sanctions on Ankara.", "2019-08-31",
     "impose", "2016-01-01"),
])
def test_what_a_dated_act_prompted_shares_its_time(code, text, date, trigger, expected):
    evs = by_trigger(code(text, date), trigger)
    assert evs and evs[0].date == expected and "of the clause the act is told under" in evs[0].rule
