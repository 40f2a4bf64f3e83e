"""Story-level date classes (brief S2), one class per block, with tiny stories of our own about real,
well-documented events. No story text from elsewhere is copied here. Paragraphs are lines.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-05-30")



def _one(events, trigger):
    (e,) = by_trigger(events, trigger)
    return e


# ---- 1. the lead tells the act without a day; the next paragraph restates it with its day ------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Peru's Congress removed President Martin Vizcarra from office in an impeachment vote.\n"
     "The vote took place late Monday after a day of debate.", "2020-11-11", "removed", "2020-11-09"),
    ("Italy's Prime Minister Giuseppe Conte has been ousted in a confidence vote.\n"
     "Mr Conte was replaced late Thursday by Mario Draghi.", "2021-02-14", "ousted", "2021-02-11"),
    ("Peruvian lawmakers removed President Pedro Castillo from office.\n"
     "Congress voted on Wednesday to oust him after he tried to dissolve it.", "2022-12-09", "removed", "2022-12-07"),
    ("Russian forces shelled the Zaporizhzhia nuclear plant.\n"
     "A spokesman said the plant was shelled on Friday night.", "2022-08-07", "shelled", "2022-08-05"),
])
def test_the_lead_takes_the_day_its_restatement_gives(code_all, text, date, trigger, expected):
    e = _one(code_all(text, date), trigger)
    assert e.date == expected and e.date_precision == "day"


def test_a_later_day_of_another_act_does_not_date_the_lead(code):
    e = _one(code("Ukrainian police detained a former minister.\nPolice said that Sunday's protest went on.",
                  "2022-08-07"), "detained")
    assert e.date == "2022-08-07"


# ---- 2. the act named again elsewhere with a possessive day ---------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Israeli warplanes struck Houthi targets in the port of Hodeidah.\nThe airstrikes came after a drone hit "
     "Tel Aviv.\nThe military said Saturday's strike was its longest operation.", "2024-07-21", "struck",
     "2024-07-20"),
    ("Sudanese paramilitaries shelled a market in Omdurman.\nResidents said Sunday's shelling was the deadliest "
     "in weeks.", "2023-09-12", "shelled", "2023-09-10"),
    ("Thai police arrested protest leaders in Bangkok.\nLawyers said Wednesday's arrests were unlawful.",
     "2020-10-16", "arrested", "2020-10-14"),
    ("Nigerian soldiers raided the offices of a newspaper in Abuja.\nThe editor said that Sunday's raid was an "
     "attack on the press.", "2019-01-08", "raided", "2019-01-06"),
])
def test_the_same_act_named_with_a_possessive_day_dates_it(code, text, date, trigger, expected):
    e = _one(code(text, date), trigger)
    assert e.date == expected and e.date_precision == "day"


# ---- 3. a later paragraph tells the lead's act again by its own verb, with its day -------------------------------
def test_a_later_paragraph_with_the_leads_own_verb_dates_it(code):
    text = ("The Philippine government has received coronavirus vaccines donated by China.\n"
            "The doses will go to hospitals in Manila.\n"
            "Officials said the vaccines were meant for health workers.\n"
            "Speaking after receiving the shipment at the airport on Sunday, the health secretary praised "
            "the donation.")
    e = _one(code(text, "2021-03-02"), "received")
    assert e.date == "2021-02-28"


# ---- 4. ongoing stands and states are not acts of the story's day ---------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Former Brazilian president Lula is appealing his conviction for corruption.", "2018-02-10", "appealing"),
    ("Aung San Suu Kyi continues to deny all the charges against her.", "2021-06-10", "deny"),
    ("Activists say there are 600 political prisoners detained in Belarus.", "2021-06-10", "detained"),
])
def test_an_ongoing_stand_or_state_has_no_day(code, text, date, trigger):
    e = _one(code(text, date), trigger)
    assert e.date is None


def test_the_same_verb_done_on_a_day_keeps_it(code):
    e = _one(code("Pedro Castillo denied the charges on Thursday.", "2022-12-10"), "denied")
    assert e.date == "2022-12-08"


# ---- 5. historical acts keep their own year, whatever later sentences date -----------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "year"), [
    ("The 2018 crackdown killed more than 300 people in Nicaragua.\nOn Tuesday police detained a bishop.",
     "2022-08-20", "killed", "2018"),
    ("In 2014, Thai troops detained the ousted prime minister.\nOn Friday a court banned her from politics.",
     "2017-09-30", "detained", "2014"),
    ("The Sudanese general was first arrested in 1989 during a coup attempt.\nOn Sunday the army detained him "
     "again.", "2021-10-27", "arrested", "1989"),
])
def test_a_historical_act_keeps_its_year(code, text, date, trigger, year):
    e = _one(code(text, date), trigger)
    assert e.date is not None and e.date[:4] == year and e.date_precision == "year"
