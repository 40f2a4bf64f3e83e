"""Main events missed in reported speech and in clauses or passives (real news set H, classes 1a
and 1b), one class per block, with sentences of our own about real, well-documented events. No
story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2019-06-10")


# ---- an evaluation in reported speech: praise is SUPPORT, blame is ACCUSE ------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("Ethiopian Prime Minister Abiy Ahmed called the peace deal with Eritrea a historic breakthrough.",
     "called", "ETH", "ERI"),
    ("Kenyan opposition leader Raila Odinga described the handshake with Uhuru Kenyatta as a historic step "
     "towards unity.", "described", "KEN", "KEN"),
    ("Philippine Senate President Franklin Drilon called President Duterte's peace deal a big step towards "
     "reconciliation.", "called", "PHL", "PHL"),
])
def test_praise_in_reported_speech_is_support(code, text, trigger, actor, recipient):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "SUPPORT"
    assert actor in countries(e.actor) and recipient in countries(e.recipient)


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("Canada described the expulsion of its ambassador by Saudi Arabia as completely unacceptable.",
     "described", "CAN", "SAU"),
    ("India said Pakistan's decision amounted to a unilateral violation of the treaty.", "said", "IND", "PAK"),
    ("Amnesty International said the new security law amounted to a license to silence critics.",
     "said", "NGO", None),
])
def test_blame_by_describing_or_amounting_is_accuse(code, text, trigger, actor, recipient):
    (e,) = by_trigger(code(text), trigger)
    assert (e.event_type, e.mode) == ("ACCUSE", "disapprove")
    assert actor in countries(e.actor)
    assert recipient is None or recipient in countries(e.recipient)


@pytest.mark.parametrize("text", [
    "The minister described the talks as lengthy.",
    "Analysts said the reform amounted to a modest change.",
    "The president called the day a national holiday.",
])
def test_neutral_naming_is_no_event(code, text):
    assert not types(code(text)) & {"SUPPORT", "ACCUSE"}


# ---- a refusal told as a negated future: not recalling an envoy is a REJECT ----------------------------
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Australia will not recall its ambassador from Beijing, Prime Minister Scott Morrison said.", "recall", "AUS"),
    ("Britain said it would not withdraw its diplomats from Moscow.", "withdraw", "GBR"),
    ("Iran said it would not pull out of the nuclear deal.", "pull", "IRN"),
    ("Turkey refused to withdraw its troops from northern Iraq.", "refused", "TUR"),
])
def test_a_negated_future_cut_is_a_refusal(code, text, trigger, actor):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "REJECT" and actor in countries(e.actor)
    assert "negation" not in e.aux_modes


def test_a_negated_past_recall_stays_negated(code):
    for e in code("Japan did not recall its ambassador from Seoul last year."):
        assert e.event_type != "REJECT"


# ---- acts told in clauses and agentless passives ------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "etype", "actor"), [
    ("Russia summoned the Dutch ambassador after Dutch police detained a Russian diplomat in The Hague.",
     "detained", "COERCE", "NLD"),
    ("China lodged a protest with Vietnam after Vietnamese protesters burned Chinese factories in Binh Duong.",
     "burned", "PROTEST", "VNM"),
    ("Heavy gunfire was heard near the presidential palace in Ouagadougou on Friday.", "gunfire", "ASSAULT", "BFA"),
    ("Gunshots were reported in the Sudanese capital Khartoum early on Saturday.", "Gunshots", "ASSAULT", "SDN"),
    ("Officials in Gabon said a coup attempt in Libreville had been foiled.", "foiled", "COERCE", "GAB"),
    ("Turkish forces thwarted the coup attempt in Ankara.", "thwarted", "COERCE", "TUR"),
    ("Gabonese security forces regained control of the state radio station in Libreville after the coup bid.",
     "regained", "ASSAULT", "GAB"),
    ("Foreign journalists were barred from the polling stations in Belarus.", "barred", "COERCE", "BLR"),
])
def test_acts_in_clauses_and_passives(code, text, trigger, etype, actor):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == etype and actor in countries(e.actor)


@pytest.mark.parametrize("text", [
    "The report said no gunfire was heard in the city.",
    "Gunfire has long been a problem in Chicago.",
    "Sanctions were reported to be under discussion in Brussels.",
])
def test_background_mentions_stay_mentions(code, text):
    assert not code(text)
