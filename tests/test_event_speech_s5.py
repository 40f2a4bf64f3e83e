"""Main events told in reported speech that went uncoded (fix-S5): a conditional threat ('said X would
face sanctions if ...', 'said it would reconsider its participation ... if ...'): the speaker threatens
the one who would face them, or the one the condition names. Sentences of our own about real,
well-documented events; no story text is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import cached_coder, countries, of_type


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-06-10")


# ---- 'said X would face sanctions / consequences if ...': the speaker's threat to X ----------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The European Union said Turkey would face sanctions if it continued drilling off Cyprus.", "IGO", "TUR"),
    ("Washington warned that Moscow would face severe consequences if it invaded Ukraine.", "USA", "RUS"),
    ("Britain said Iran would face repercussions if it seized another tanker in the Gulf.", "GBR", "IRN"),
])
def test_facing_sanctions_is_the_speakers_threat(code, text, actor, recipient):
    (e,) = of_type(code(text), "THREATEN")
    assert actor in countries(e.actor) | {a.sector for a in e.actor} and recipient in countries(e.recipient)


# ---- 'said it would reconsider its ties / participation if ...': a threat to the one the condition names --
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Iran said it would reconsider its participation in the Vienna talks if Washington imposed new sanctions.",
     "IRN", "USA"),
    ("Pakistan said it would reconsider its ties with the Taliban government if attacks from Afghanistan "
     "continued.", "PAK", "AFG"),
    ("Iran said it would reconsider its cooperation with the IAEA if the board passed the resolution.",
     "IRN", "IGO"),
])
def test_reconsidering_on_a_condition_is_a_threat(code, text, actor, recipient):
    (e,) = of_type(code(text), "THREATEN")
    assert actor in countries(e.actor) and recipient in countries(e.recipient) | {a.sector for a in e.recipient}


# ---- sanctions faced are the sanctions; a plain reconsidering is nothing ---------------------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Iran faced new U.S. sanctions on Monday.", "USA", "IRN"),
    ("Russia is facing sanctions from the European Union over the poisoning of Navalny.", "IGO", "RUS"),
])
def test_sanctions_faced_are_no_threat(code, text, actor, recipient):
    events = code(text)
    assert not of_type(events, "THREATEN")
    (e,) = of_type(events, "SANCTION")
    assert actor in countries(e.actor) | {a.sector for a in e.actor} and recipient in countries(e.recipient)


@pytest.mark.parametrize("text", [
    "Britain reconsidered its membership in the European Union.",
    "Germany said it would not reconsider its ties with Israel.",
    "Russia faces a difficult winter.",
])
def test_no_threat_without_a_condition(code, text):
    events = code(text)
    assert not of_type(events, "THREATEN") and not of_type(events, "SANCTION")
