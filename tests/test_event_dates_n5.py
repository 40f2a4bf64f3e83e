"""Event dates (brief N5): an act the text dates earlier must not take the story's, the dateline's or the
publication day. (a) a lead dated by a part of its day ('in the early hours of Wednesday') under a dated
dateline, and the acts later paragraphs tell of it; (b) a verdict told undated in the lead and dated in the
next paragraph ('on Friday found X guilty'), with the protests at it; (c) a spokesman's briefing on a day
under a placeless dateline ('Oct. 9, 2019 --'); (d) clashes 'overnight Saturday', and an act told 'after'
them that is not of their day; (e) 'yesterday' in a story filed a day before its publication date.
Sentences of our own about real, well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import by_trigger, cached_coder
from wirecoder.nlp.when import resolve


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-06-11")


# ---- date expressions: a part of a named day is that day ---------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("in the early hours of Wednesday", date(2021, 11, 4), date(2021, 11, 3)),
    ("the small hours of Sunday", date(2019, 4, 23), date(2019, 4, 21)),
    ("the night of Friday", date(2015, 11, 16), date(2015, 11, 13)),
    ("overnight Saturday", date(2016, 4, 5), date(2016, 4, 2)),
])
def test_a_part_of_a_named_day_is_that_day(text, pub, expected):
    assert resolve(text, pub, False) == (expected, "day")


# ---- (a) a dated dateline and a lead dated by a part of a day: the later paragraphs take the lead's day ----
@pytest.mark.parametrize(("text", "date_", "trigger", "expected"), [
    ("Gunmen kill dozens in Zamfara\nGusau [Nigeria], June 11 (Xinhua): Gunmen attacked a village in Nigeria's "
     "Zamfara state in the early hours of Thursday, killing 53 people, police said.\nThe gunmen shot at "
     "residents and burned houses.", "2021-06-11", "shot", "2021-06-10"),  # (burning merged into it: one attack)
    ("Gunmen storm school in Niger state\nMinna [Nigeria], Feb. 18 (Xinhua): Gunmen stormed a boarding school in "
     "Nigeria's Niger state in the early hours of Wednesday, abducting dozens of students.\nThe gunmen killed "
     "a student.", "2021-02-18", "killed", "2021-02-17"),
    ("Militants attack Burkina village\nOUAGADOUGOU, June 6 (Xinhua): Militants stormed the village of Solhan "
     "in northern Burkina Faso in the early hours of Saturday, killing over 100 civilians.\nThe militants "
     "shot residents and burned homes.", "2021-06-06", "shot", "2021-06-05"),
])
def test_the_lead_day_not_the_dateline_day(code, text, date_, trigger, expected):
    (e,) = by_trigger(code(text, date_), trigger)
    assert e.date == expected
    assert "date from the lead" in e.rule or "same act told before" in e.rule  # (the trace says why)


def test_a_present_perfect_act_below_the_lead_is_of_the_story_day(code):
    text = ("Gunmen kill dozens in Zamfara\nGusau [Nigeria], June 11 (Xinhua): Gunmen attacked a village in "
            "Nigeria's Zamfara state in the early hours of Thursday, killing 53 people, police said.\nHe said the "
            "police have deployed a special squad to the area.")
    (e,) = by_trigger(code(text, "2021-06-11"), "deployed")
    assert e.date == "2021-06-11"
    assert "present perfect" in e.rule


# ---- (b) a verdict dated in the next paragraph: the sentence and the protests at it are of that day -------
@pytest.mark.parametrize(("text", "date_", "trigger", "expected"), [
    ("Navalny jailed\nMOSCOW - A Moscow court has sentenced Kremlin critic Alexei Navalny to prison.\nThe court "
     "on Tuesday found Navalny guilty of violating the terms of his suspended sentence.\nThousands of his "
     "supporters protested in central Moscow.", "2021-02-03", "protested", "2021-02-02"),
    ("Navalny jailed\nMOSCOW - A Moscow court has sentenced Kremlin critic Alexei Navalny to prison.\nThe court "
     "on Tuesday found Navalny guilty of violating the terms of his suspended sentence.\nThousands of his "
     "supporters protested in central Moscow.", "2021-02-03", "sentenced", "2021-02-02"),
    ("Lula convicted\nSAO PAULO - A Brazilian judge has sentenced former president Luiz Inacio Lula da Silva to "
     "nearly ten years in prison.\nJudge Sergio Moro on Wednesday found Lula guilty of corruption.\nHundreds of "
     "his supporters protested outside his institute.", "2017-07-13", "protested", "2017-07-12"),
    ("Hong Kong activists jailed\nHONG KONG - A court has sentenced democracy activist Joshua Wong to prison.\n"
     "The court jailed Wong on Wednesday for his role in a 2019 protest.\nDozens of his supporters protested "
     "outside the court.", "2020-12-03", "protested", "2020-12-02"),
])
def test_the_verdict_day_dates_the_lead_and_the_protests(code, text, date_, trigger, expected):
    (e,) = by_trigger(code(text, date_), trigger)
    assert e.date == expected
    assert "next paragraph dates it" in e.rule


# ---- (c) a briefing on a day under a dateline: the briefing's acts take that day --------------------------
@pytest.mark.parametrize(("text", "date_", "expected"), [
    ("Iran condemns IAEA resolution\nJune 9, 2022 -- Iran's foreign ministry spokesman on Wednesday condemned "
     "a Western draft resolution at the IAEA.\nThe spokesman accused Washington of politicising the agency at "
     "a news conference.", "2022-06-09", "2022-06-08"),
    ("Kremlin rejects hacking charge\nMOSCOW, Dec. 15 -- Kremlin spokesman Dmitry Peskov on Monday rejected "
     "claims that Russia was behind cyberattacks on U.S. agencies.\nPeskov accused U.S. media of blaming Russia "
     "without evidence.", "2020-12-15", "2020-12-14"),
    ("China recalls envoy\nAug. 11, 2021 -- China's foreign ministry on Tuesday recalled its ambassador to "
     "Lithuania.\nSpokeswoman Hua Chunying accused Vilnius of undermining China's sovereignty at a press "
     "briefing.", "2021-08-11", "2021-08-10"),
])
def test_the_briefing_day_not_the_dateline_day(code, text, date_, expected):
    (e,) = by_trigger(code(text, date_), "accused")
    assert e.date == expected


# ---- (d) clashes 'overnight Saturday': their day, not that of an act told after them ----------------------
@pytest.mark.parametrize(("text", "date_", "clash", "act", "day"), [
    ("Kyrgyzstan and Tajikistan agreed on a ceasefire after their border guards clashed overnight Thursday.",
     "2021-04-30", "clashed", "agreed", "2021-04-29"),
    ("Thailand and Cambodia agreed to a ceasefire after their troops clashed overnight Thursday along the border.",
     "2025-07-29", "clashed", "agreed", "2025-07-24"),
    ("Sudan's rival forces agreed to a truce after fighters clashed overnight Saturday in Khartoum.",
     "2023-04-18", "clashed", "agreed", "2023-04-15"),
])
def test_an_act_told_after_clashes_is_not_of_their_day(code, text, date_, clash, act, day):
    events = code(text, date_)
    (c,) = by_trigger(events, clash)
    assert c.date == day
    assert all(e.date != day for e in by_trigger(events, act))


# ---- (e) 'yesterday' in a story filed the day before its publication date ---------------------------------
@pytest.mark.parametrize(("text", "date_", "trigger", "expected"), [
    ("Bomber hits Kabul airport\nKABUL, Aug. 27 (Reuters) - A suicide bomber attacked crowds outside Kabul "
     "airport yesterday, killing scores.", "2021-08-28", "attacked", "2021-08-26"),
    ("Gunmen storm Nairobi mall\nNAIROBI, Sept. 22 (Xinhua) -- Gunmen stormed Nairobi's Westgate shopping mall "
     "yesterday, killing at least 39 people.", "2013-09-23", "stormed", "2013-09-21"),
    ("Port officials held\nBEIRUT, Aug. 6 (Xinhua) -- Lebanese authorities arrested port officials yesterday "
     "after the explosion.", "2020-08-07", "arrested", "2020-08-05"),
])
def test_yesterday_counts_from_the_dateline_day(code, text, date_, trigger, expected):
    (e,) = by_trigger(code(text, date_), trigger)
    assert e.date == expected


def test_an_undated_lead_takes_the_dateline_day(code):
    text = ("North Korea fires missile\nPYONGYANG, Nov. 29 (Xinhua) -- North Korea fired an intercontinental "
            "ballistic missile into the sea off Japan.")
    (e,) = by_trigger(code(text, "2017-11-30"), "fired")
    assert e.date == "2017-11-29"
    assert "dateline" in e.rule
