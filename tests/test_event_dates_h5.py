"""Event dates (brief H5): ongoing stands in the present perfect, an act named again after a sentence
that dates it, a day given by the report an act is made in, and a past year on an order's infinitive.
Sentences of our own about real, well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-06-18")



# ---- (a) charges, denials and stretches told in the present perfect below the lead: no story day ---------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Venezuela's electoral council declared Maduro the winner on Monday.\nOpposition parties have accused "
     "President Nicolas Maduro of rigging the vote.", "2018-05-22", "accused"),
    ("A Brazilian judge sentenced Lula to prison on Wednesday.\nFormer Brazilian president Luiz Inacio Lula da "
     "Silva has denied any wrongdoing in the corruption case.", "2017-07-13", "denied"),
    ("Germany summoned Russia's ambassador on Tuesday.\nWestern governments have criticized Russia over the "
     "poisoning of Alexei Navalny.", "2020-09-10", "criticized"),
    ("Thousands marched in Minsk on Sunday.\nFor weeks, Belarusian riot police have detained protesters in "
     "Minsk.", "2020-09-10", "detained"),
])
def test_a_standing_act_has_no_story_day(code, text, date, trigger):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.date is None


def test_a_present_perfect_lead_keeps_its_day(code):
    # the lead's own news in the present perfect is still of the story's days
    (e,) = by_trigger(code("Russia has denied any role in the poisoning of Alexei Navalny.", "2020-09-03"), "denied")
    assert e.date is not None


# ---- (b) an act named again by its noun takes the day a sentence just before gives it ----------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("NATO leaders met in Brussels on Thursday.\nRussia's foreign ministry issued a statement on Tuesday.\n"
     "The statement accused NATO of provoking tension.", "2021-06-18", "accused", "2021-06-15"),
    ("The U.N. Security Council met on Tuesday.\nOn Sunday, the council issued a statement condemning the "
     "violence in Juba.\nThe statement also urged both leaders to restrain their forces.", "2016-07-12", "urged",
     "2016-07-10"),
])
def test_the_act_named_again_takes_its_day(code_all, text, date, trigger, expected):
    (e,) = by_trigger(code_all(text, date), trigger)
    assert e.date == expected
    assert "same act told before" in e.rule


def test_a_later_act_does_not_take_the_day(code):
    events = code("Israel's cabinet met on Sunday.\nHamas fired rockets at Jerusalem on Monday.\nThe rockets "
                  "prompted Israel to launch air strikes on Gaza.", "2021-05-13")
    assert all("same act told before" not in e.rule for e in by_trigger(events, "launch"))


# ---- (c) the day of the report an act is made in --------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Human Rights Watch accused Ethiopian forces of ethnic cleansing in a report released April 6.",
     "2022-04-10", "accused", "2022-04-06"),
    ("Amnesty International accused Myanmar's army of war crimes in a report published on Wednesday.",
     "2018-06-29", "accused", "2018-06-27"),
    ("In December 2013, President Salva Kiir accused his former deputy Riek Machar of plotting a coup.",
     "2015-08-20", "accused", "2013-12"),
])
def test_a_date_in_the_sentence_is_kept(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert (e.date or "").startswith(expected)


# ---- (d) a day of another act is not borrowed ----------------------------------------------------------
def test_another_acts_day_is_not_borrowed(code):
    (e,) = by_trigger(code("After yesterday's drone strike in Waziristan, Pakistan's foreign secretary met the "
                           "U.S. ambassador to protest.", "2011-11-27"), "met")
    assert e.date == "2011-11-27"


# ---- (e) historical acts keep their own time ------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("The Supreme Court ordered the government to rebuild the temple in 2019.", "2020-08-05", "ordered", "2019"),
    ("In June, the army ousted President Mohamed Morsi after mass protests.", "2013-09-20", "ousted", "2013-06"),
])
def test_a_past_act_keeps_its_time(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert (e.date or "").startswith(expected)
