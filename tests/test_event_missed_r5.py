"""Real news set G (classes 1, 5, 6): measures named as nouns after 'announced' and 'ordered', unnamed
measures threatened against someone, recalls 'in protest', and weighing options. Sentences of our own
about real, well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import cached_coder, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-06-10")


# ---- measures named as nouns after 'announced', in a list ------------------------------------------------
@pytest.mark.parametrize(("text", "date"), [
    ("Thailand's army chief announced the suspension of the constitution and the dissolution of the cabinet.",
     "2014-05-22"),
    ("The junta in Niger announced the suspension of the constitution on Wednesday.", "2023-07-27"),
    ("Colonel Doumbouya announced the dissolution of the government and the closure of the land borders.",
     "2021-09-05"),
])
def test_announced_measures_are_coerce(code, text, date):
    events = code(text, date)
    assert "COERCE" in types(events)
    assert all(e.event_type != "SAY" for e in events)


def test_a_suspension_of_aid_stays_a_sanction(code):
    events = code("Washington announced the suspension of military aid to Pakistan.", "2018-01-04")
    assert "SANCTION" in types(events) and "COERCE" not in types(events)


# ---- ordering an envoy out, recalling one in protest ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "The State Department on Monday ordered the expulsion of Russia's defense attache.",
    "Ecuador's president ordered the expulsion of Argentina's ambassador on Friday.",
])
def test_ordering_an_expulsion_is_a_sanction(code, text):
    events = code(text)
    assert "SANCTION" in types(events) and "REQUEST" not in types(events)


@pytest.mark.parametrize("text", [
    "In protest, we are pulling out our ambassador from Ankara, the Dutch foreign minister said.",
    "Ecuador recalled its ambassador from Mexico in protest.",
])
def test_a_recall_in_protest_is_a_sanction(code, text):
    events = code(text)
    assert "SANCTION" in types(events) and "PROTEST" not in types(events) and "RETREAT" not in types(events)


# ---- unnamed measures announced against someone: a threat ---------------------------------------------
@pytest.mark.parametrize(("text", "recipient"), [
    ("Beijing will take resolute measures against Lithuania, the Chinese foreign ministry said.", "LTU"),
    ("Tehran would take appropriate countermeasures against Britain if the tanker was not released, an "
     "Iranian spokesman warned.", "GBR"),
    ("Moscow will take retaliatory steps against Washington over the new sanctions, the Kremlin said.", "USA"),
])
def test_measures_threatened_against_someone(code, text, recipient):
    events = code(text)
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert threats and recipient in {a.country for e in threats for a in e.recipient}


# ---- weighing options is no investigation ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The defence minister said Israel was examining all options, including a ground operation.",
    "Seoul is studying all possible scenarios after the missile launch, a ministry official said.",
    "The cabinet is reviewing its options on Huawei, the minister said.",
])
def test_weighing_options_is_no_investigation(code, text):
    events = code(text)
    assert not any(e.event_type == "ACCUSE" for e in events)


def test_examining_a_case_is_still_an_investigation(code):
    events = code("Prosecutors in Seoul are examining the bribery allegations against Samsung's chief.")
    assert "ACCUSE" in types(events)


def test_a_quoted_recall_in_protest_is_a_sanction(code):
    events = code('The Dutch foreign minister spoke on Sunday. "In protest, we are temporarily pulling out '
                  'Ambassador Laurens from our embassy in Turkey," he said.', "2017-03-12")
    assert "SANCTION" in types(events) and "PROTEST" not in types(events)
