"""Spurious events from verb senses (real news sets K and L): a crime committed, a reception 'met
with' condemnation, a feeling 'provided', a gesture 'given', 'went on to say', 'requesting anonymity',
and a case 'committed for trial'. Sentences of our own about real, well-documented events.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


def types(events):
    return {e.event_type for e in events}


# ---- a crime committed is the crime, no pledge ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Boko Haram fighters committed several attacks on villages in Borno state in 2015.",
    "Al-Shabaab militants committed a bombing in Mogadishu in October 2017.",
    "Islamic State committed a series of kidnappings in northern Iraq in 2014.",
])
def test_a_crime_committed_is_no_agreement(code, text):
    events = code(text, "2021-10-30")
    assert "AGREE" not in types(events)
    assert "ASSAULT" in types(by_trigger(events, "committed"))


# ---- 'met with condemnation' is a reception, no meeting -------------------------------------------------
@pytest.mark.parametrize("text", [
    "The annexation of Crimea by Russia was met with swift condemnation from the European Union.",
    "North Korea's missile launch was met with criticism from Japan.",
    "The coup in Myanmar was met with outrage from the United States.",
])
def test_met_with_condemnation_is_no_consultation(code, text):
    assert "CONSULT" not in types(code(text, "2021-10-30"))


# ---- a feeling or a gesture given is no aid and no threat -----------------------------------------------
@pytest.mark.parametrize("text", [
    "The peace deal provided Colombians with a sense of hope.",
    "The visit of the Pope provided Iraqis with a glimpse of normal life.",
    "Putin gave a terse smile to the Ukrainian president.",
    "Kim Jong Un gave a broad grin to Donald Trump in Singapore.",
])
def test_a_feeling_or_gesture_given_is_no_act(code, text):
    assert not types(code(text, "2021-10-30")) & {"AID", "THREATEN"}


# ---- reporting phrases: 'went on to say', 'requesting anonymity' -----------------------------------------
@pytest.mark.parametrize("text", [
    "Merkel went on to say that Europe must stand together.",
    "Erdogan went on to say that Turkey would not be silent.",
    "A Japanese diplomat, requesting anonymity, said Tokyo was worried.",
    "Two French officials, asking anonymity, said Paris was worried.",
])
def test_reporting_phrases_are_no_acts(code, text):
    assert not types(code(text, "2021-10-30")) & {"MOBILIZE", "REQUEST"}


# ---- committed for trial: a court sends the case on, no pledge ------------------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("A Kenyan court committed the two Britons for trial in 2019.", "committed"),
    ("A Pakistani court committed the suspects to trial in 2008.", "committed"),
])
def test_committed_for_trial_is_no_agreement(code, text, trigger):
    events = code(text, "2021-10-30")
    assert "AGREE" not in types(events)
    assert types(by_trigger(events, trigger)) <= {"ACCUSE"}
