"""Event dates (brief T5): (a) a day in the possessive on an act noun that is its sentence's subject
('Tuesday's fighting came as ...') dates the acts told with it, in that sentence and the next; (b) acts
told as already past or as they stand: a passive sentencing of people named as already held, an act's
noun described in the present ('the X's accusations are ...'); (d) 'last week' / 'earlier this month'
acts keep their week or month. Sentences of our own about real, well-documented events; no story text
from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-06-11")



# ---- (a) the day an act noun owns dates the acts told with it ---------------------------------------------
@pytest.mark.parametrize(("text", "date_", "trigger", "expected"), [
    ("Sri Lankan troops killed 20 rebels yesterday.\nTuesday’s fighting came as suspected rebels assassinated "
     "a government minister with a roadside bomb.", "2008-01-10", "assassinated", "2008-01-08"),
    ("Azerbaijan said on Wednesday that its forces repelled an attack.\nTuesday's fighting came as Armenian "
     "troops shelled the town of Tartar.", "2020-10-08", "shelled", "2020-10-06"),
    ("Police raided homes in Molenbeek yesterday.\nFriday's attacks were the deadliest in France since the "
     "Second World War.\nGunmen attacked the Bataclan concert hall.", "2015-11-16", "attacked", "2015-11-13"),
    ("Israel struck targets in Gaza yesterday.\nMonday's clashes came as Israeli troops fired on protesters "
     "at the border fence.", "2018-05-16", "fired", "2018-05-14"),
])
def test_the_day_an_act_noun_owns(code_all, text, date_, trigger, expected):
    (e,) = by_trigger(code_all(text, date_), trigger)
    assert e.date == expected
    assert "the day owns" in e.rule  # (the trace says why)


# ---- (b) already past or standing: no news day ------------------------------------------------------------
@pytest.mark.parametrize(("text", "date_", "trigger"), [
    ("Belarus released 12 political prisoners on Tuesday.\nThe prisoners were convicted of organising mass "
     "riots, the presidency said in a statement on Tuesday.", "2021-01-20", "convicted"),
    ("Myanmar's junta freed 23,000 inmates on Friday.\nThe inmates were sentenced for common crimes, state "
     "media said on Friday.", "2021-02-13", "sentenced"),
    ("China on Wednesday rejected US criticism of its policies in Xinjiang.\nThe United States' accusations "
     "are excuses to interfere in China's internal affairs, a spokesman said.", "2019-10-09", "accusations"),
])
def test_a_past_or_standing_act_has_no_news_day(code, text, date_, trigger):
    (e,) = by_trigger(code(text, date_), trigger)
    assert e.date is None


def test_a_court_convicting_on_a_day_keeps_it(code):
    (e,) = by_trigger(code("A Minsk court on Tuesday convicted two journalists of organising protests.",
                           "2021-02-19"), "convicted")
    assert e.date == "2021-02-16"


# ---- (d) 'last week', 'earlier this month': the week or the month, not the story's day --------------------
@pytest.mark.parametrize(("text", "date_", "trigger", "expected", "precision"), [
    ("Security forces killed 38 protesters in Yangon on Wednesday.\nThe junta arrested dozens of journalists "
     "last week.", "2021-03-10", "arrested", "2021-03-03", "week"),
    ("Iran seized a British tanker on Friday.\nBritain detained an Iranian tanker off Gibraltar earlier this "
     "month.", "2019-07-24", "detained", "2019-07-01", "month"),
    ("Russian troops shelled Kharkiv on Wednesday.\nLast week, Russia invaded Ukraine.", "2022-03-03",
     "invaded", "2022-02-24", "week"),
    ("Iran fired missiles at US bases in Iraq on Wednesday.\nA US drone strike killed Qassem Soleimani in "
     "Baghdad last week.", "2020-01-08", "killed", "2020-01-01", "week"),
])
def test_last_week_and_earlier_this_month(code, text, date_, trigger, expected, precision):
    (e,) = by_trigger(code(text, date_), trigger)
    assert (e.date, e.date_precision) == (expected, precision)
