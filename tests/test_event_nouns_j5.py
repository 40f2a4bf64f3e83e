"""Main events told only in passing: a 'who' clause about a party, a participle with its own date, a noun
of an act. One class per block, with sentences of our own about real, well-documented events. No story
text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, of_type


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-07-15")



# ---- a 'who' clause set off by commas tells the party's own act in the news ------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "actor"), [
    ("Prime Minister Boris Johnson, who has rejected calls to resign, faced lawmakers on Wednesday.",
     "2022-07-06", "rejected", "GBR"),
    ("President Gotabaya Rajapaksa, who has refused opposition demands to step down, left Colombo on Wednesday.",
     "2022-07-14", "refused", "LKA"),
    ("Peruvian President Dina Boluarte, who has rejected calls to quit, met her cabinet on Monday.",
     "2023-01-16", "rejected", "PER"),
])
def test_a_who_clause_refusal_is_coded(code, text, date, trigger, actor):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.event_type == "REJECT" and actor in countries(e.actor)


@pytest.mark.parametrize(("text", "date", "actor"), [
    ("Kenyan police, who fired tear gas at opposition supporters in Kisumu, arrested several people on Monday.",
     "2023-03-21", "KEN"),
    ("Scuffles broke out between opposition supporters and Pakistani police, who fired tear gas at the crowd.",
     "2023-05-10", "PAK"),
    ("Riot police in Tbilisi, who fired water cannon at the crowd outside parliament, detained dozens on "
     "Thursday.", "2023-03-10", "GEO"),
])
def test_a_who_clause_of_crowd_force_is_coded(code, text, date, actor):
    events = [e for e in code(text, date) if e.mode == "crowd-control"]
    assert events and actor in countries(events[0].actor)


def test_tear_gas_fired_at_a_crowd_is_crowd_control(code):
    (e,) = by_trigger(code("Police fired tear gas at protesters in Nairobi on Wednesday.", "2023-07-20"), "fired")
    assert (e.event_type, e.mode) == ("ASSAULT", "crowd-control")


@pytest.mark.parametrize(("text", "date", "actor"), [
    ("Pakistani police responded with tear gas when supporters of Imran Khan gathered outside the court.",
     "2023-05-10", "PAK"),
])
def test_tear_gas_answered_with_is_crowd_control(code, text, date, actor):
    events = [e for e in code(text, date) if e.mode == "crowd-control"]
    assert events and actor in countries(events[0].actor)


def test_a_standing_promise_of_someone_else_stays_an_aside(code):
    events = code("The minister was replaced in May by Kwame Mensah, who has promised to cut spending.", "2022-07-15")
    assert not by_trigger(events, "promised")


def test_a_who_clause_with_a_time_of_its_own_stays_background(code):
    events = code("The general, who led the 2019 coup in Sudan, was arrested on Monday.", "2022-07-15")
    assert not by_trigger(events, "led")


# ---- a participle with a date of its own tells a dated act (kidnapping) ---------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "victim", "when"), [
    ("Two Italian aid workers kidnapped on Saturday in northern Kenya have been freed, police said.",
     "2022-07-15", "kidnapped", "ITA", "2022-07-09"),
    ("Seventeen American missionaries, abducted by a gang near Port-au-Prince in October, were released "
     "on Thursday.", "2021-12-17", "abducted", "USA", "2021-10"),
    ("The French journalist Olivier Dubois, kidnapped in Gao in April 2021, arrived in Niamey on Monday.",
     "2023-03-21", "kidnapped", "FRA", "2021-04"),
])
def test_a_dated_kidnapping_participle_is_coded(code_all, text, date, trigger, victim, when):
    (e,) = by_trigger(code_all(text, date), trigger)
    assert e.event_type == "ASSAULT" and victim in countries(e.recipient)
    assert (e.date or "").startswith(when)


def test_the_release_of_the_kidnapped_is_no_aid(code_all):
    events = code_all("Two Italian aid workers kidnapped on Saturday in northern Kenya have been freed, police said.")
    assert not of_type(events, "AID") and of_type(events, "RETREAT")


# ---- 'a day after' a deadly act: the act told with its interval is news too --------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "etype", "actor", "when"), [
    ("Peruvian unions called a national strike, a day after security forces shot 17 protesters in Juliaca.",
     "2023-01-11", "shot", {"ASSAULT"}, "PER", "2023-01-10"),
    ("Brazilian police arrested hundreds of people, a day after supporters of Jair Bolsonaro stormed the "
     "Congress building in Brasilia.", "2023-01-09", "stormed", {"ASSAULT", "PROTEST"}, "BRA", "2023-01-08"),
    ("Kazakh President Kassym-Jomart Tokayev asked Russia for troops, a day after Kazakh protesters "
     "stormed the mayor's office in Almaty.", "2022-01-06", "stormed", {"PROTEST"}, "KAZ", "2022-01-05"),
])
def test_a_deadly_act_a_day_before_is_coded(code, text, date, trigger, etype, actor, when):
    # (protesters storming a building: PROTEST/riot, as the ontology reads it; a mob of supporters either)
    (e,) = by_trigger(code(text, date), trigger)
    assert e.event_type in etype and actor in countries(e.actor) and e.date == when


def test_another_act_a_day_before_stays_background(code):
    events = code("The ministers met in Brussels, a day after the government announced new elections.", "2022-07-15")
    assert not by_trigger(events, "announced")
