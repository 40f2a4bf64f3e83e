"""Date classes (set I findings, class 4): background and habitual acts, a day named with a time of day,
'the day before', a bare weekday behind a past verb, and a 'since' date that dates no other clause.
Sentences of our own about real, well-documented events; no story text is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


def _date(code, text, date, trigger):
    evs = by_trigger(code(text, date), trigger)
    assert evs, f"no event on '{trigger}'"
    return evs[0].date or ""


# ---- 1. historical, standing, habitual and since-dated acts get no story day ------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Belarus police arrested thousands of protesters in 2020.", "2021-06-01", "arrested"),
    ("Soldiers detained President Alpha Conde on Sunday.\nThe junta said it would hold talks. In 2020, security "
     "forces arrested dozens of opposition activists. They also jailed several journalists.", "2021-09-07",
     "jailed"),
    ("Russian forces have shelled villages in the region since 2014.", "2021-06-01", "shelled"),
    ("North Korea routinely fired missiles into the sea before the allied exercises.", "2021-06-01", "fired"),
    ("Myanmar's army seized power on Monday.\nThe military ruled the country until 2011, after a new "
     "constitution was adopted in 2008.\nThousands of monks were arrested.", "2021-02-03", "arrested"),
    ("Al-Shabaab militants have stepped up attacks in Somalia since 2017.", "2021-06-01", "stepped"),
])
def test_background_acts_get_no_story_day(code, text, date, trigger):
    assert _date(code, text, date, trigger) != date


# ---- 2. a weekday with a time of day, 'the day before', a past start on a weekday ---------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Ecuador police arrested former vice president Jorge Glas late Friday.", "2024-04-06", "arrested",
     "2024-04-05"),
    ("Mexico broke off diplomatic ties with Ecuador on Friday evening.", "2024-04-06", "broke", "2024-04-05"),
    ("Joint naval drills between China and Russia kicked off Monday in the Sea of Japan.", "2021-10-16",
     "drills", "2021-10-11"),
    ("Chinese President Xi Jinping spoke with Joe Biden by phone the day before.", "2021-09-11", "spoke",
     "2021-09-10"),
    ("Bolivia cuts ties with Israel over Gaza war\nBolivia's government has moved to break off diplomatic "
     "relations with Israel over its offensive in Gaza.\nDeputy Foreign Minister Freddy Mamani made the "
     "announcement Tuesday evening.", "2023-11-01", "break", "2023-10-31"),
    ("It was the first reaction to the joint drills between Japan and the United States, which kicked off "
     "Monday.", "2021-10-12", "drills", "2021-10-11"),
    ("Lithuania recalled its ambassador from Beijing on Friday.\nThe foreign ministry said the move was "
     "temporary.\nThe day before, China criticized Lithuania by demanding it withdraw its envoy.",
     "2021-08-13", "criticized", "2021-08-12"),
])
def test_the_day_named_is_the_acts(code, text, date, trigger, expected):
    assert _date(code, text, date, trigger).startswith(expected)


# ---- 3. another date is not the act's; a past Monday meeting is not next week's ----------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Since 1 October the area has been tense. Azerbaijani forces shelled Stepanakert early on Monday.",
     "2020-10-05", "shelled", "2020-10-05"),
    ("Two civilians were killed when Azerbaijani forces fired at villages near Stepanakert early on Monday.\n"
     "Since 27 September, Azerbaijan has attacked border villages several times.", "2020-10-05", "killed",
     "2020-10-05"),
    ("Soldiers who seized power in Mali on Tuesday, capturing President Ibrahim Boubacar Keita, promised "
     "elections.", "2020-08-20", "capturing", "2020-08-18"),
    ("Mali's junta met West African mediators on Saturday.", "2020-08-22", "met", "2020-08-22"),
    ("Guinea's junta met mining companies on Monday.", "2021-09-07", "met", "2021-09-06"),
    ("Guinea's junta has met mining company executives on Monday.", "2021-09-07", "met", "2021-09-06"),
])
def test_the_acts_own_day(code, text, date, trigger, expected):
    assert _date(code, text, date, trigger).startswith(expected)


# ---- a 'since' clause in the paragraph before does not make the next one background ---------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Israel and Egypt signed a gas deal on Wednesday.\n"
     "Egypt has faced power cuts since demand rose sharply in 2021.\n"
     "Separately, Egypt and the European Union signed a memorandum on gas exports.",
     "2022-06-15", "signed", "2022-06-15"),
    ("Turkey and Sweden held talks in Ankara on Tuesday.\n"
     "Turkey has blocked Sweden's NATO bid since it applied in May 2022.\n"
     "Separately, Finland and Turkey signed a defence agreement.",
     "2023-03-14", "signed", "2023-03-14"),
])
def test_a_since_clause_before_is_no_background(code, text, date, trigger, expected):
    evs = [e for e in by_trigger(code(text, date), trigger) if e.evidence.text.startswith("Separately")]
    assert evs and evs[0].date == expected


def test_one_reference_is_one_party_of_its_country():
    # 'they' standing for a minister and his government: one Ukrainian party for the one word, the one
    # with a sector; two countries behind one 'they' stay two parties
    from wirecoder.model import Actor
    from wirecoder.nlp.events.record import _one_per_reference

    minister = Actor("they", "Oleksandr Kubrakov", "UKR", "", "person", 10, 14)
    state = Actor("they", "Ukraine", "UKR", "GOV", "capital", 10, 14)
    other = Actor("they", "Turkey", "TUR", "GOV", "country", 10, 14)
    assert _one_per_reference([minister, state]) == [state]
    assert _one_per_reference([minister, state, other]) == [state, other]
    assert _one_per_reference([state, Actor("Ukraine", "Ukraine", "UKR", "GOV", "country", 30, 37)]) == [
        state, Actor("Ukraine", "Ukraine", "UKR", "GOV", "country", 30, 37)]


# ---- a mention told 'on <the story's day>' keeps that day when a later mention of it is merged in ---------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("India sent more troops to the Ladakh border on Tuesday, an army officer said.\n"
     "Indian troops were deployed a day after Chinese soldiers pitched tents in the valley.",
     "2020-06-16", "sent", "2020-06-16"),
    ("Azerbaijan deployed extra troops along the Lachin corridor on Monday, officials said.\n"
     "Azerbaijani forces were sent there a day after protesters blocked the road.",
     "2022-12-12", "deployed", "2022-12-12"),
])
def test_the_story_day_told_in_the_first_mention_stays(code, text, date, trigger, expected):
    assert _date(code, text, date, trigger) == expected


# ---- a reaction to the story's news after a background paragraph is of the story's day -------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Israel and the UAE agreed on Thursday to establish full diplomatic relations.\n"
     "They also agreed to build on an aviation accord signed in 2019.\n"
     "Egypt's president welcomed the agreement.",
     "2020-08-13", "welcomed"),
    ("Ethiopia and Eritrea signed a peace declaration on Monday.\n"
     "Eritrea blamed Ethiopia for a 2016 border clash that killed hundreds.\n"
     "The African Union hailed the deal as historic.",
     "2018-07-09", "hailed"),
    ("Armenia and Azerbaijan agreed on Friday to exchange prisoners.\n"
     "The European Union thanked both sides for talks held in Brussels in 2022 and 2023.",
     "2023-12-08", "thanked"),
])
def test_a_reaction_after_background_is_of_the_story_day(code, text, date, trigger):
    assert _date(code, text, date, trigger) == date


# ---- an act that 'entered its Nth day' began N-1 days before the day it is told of ------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Russia's offensive in Kharkiv entered its fourth day on Monday.", "2024-05-13", "offensive", "2024-05-10"),
    ("Azerbaijan's offensive in Karabakh entered its second day on Wednesday.", "2023-09-20", "offensive",
     "2023-09-19"),
    ("Israel's ground offensive in Gaza entered its third day on Sunday.", "2023-10-29", "offensive",
     "2023-10-27"),
])
def test_an_act_in_its_nth_day_began_before(code, text, date, trigger, expected):
    assert _date(code, text, date, trigger) == expected
