"""Main events told in reported speech that went uncoded (fix-S5): a conditional threat ('said X would
face sanctions if ...', 'said it would reconsider its participation ... if ...'): the speaker threatens
the one who would face them, or the one the condition names; a finding made public ('announced that
tests showed X did ...') accuses X; what an authority says will be done to others ('anyone who enters
illegally will be arrested') is its threat; 'it fills my heart with joy that X did ...' praises X.
Sentences of our own about real, well-documented events; no story text is copied here.
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
    # the condition's subject is no party, but names the one held to account
    ("Venezuela said it would reconsider its participation in the Mexico talks aimed at ending the crisis if the "
     "campaign in Colombia against its government continued.", "VEN", "COL"),
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


# ---- 'announced that tests showed X did Y': the one who makes the finding public accuses X --------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Germany announced that tests showed Russia had poisoned Alexei Navalny with Novichok.", "DEU", "RUS"),
    ("Britain said tests showed Russia had poisoned Sergei Skripal with a nerve agent.", "GBR", "RUS"),
    ("The United Nations said an investigation found that Syrian forces had attacked the aid convoy near Aleppo.",
     "IGO", "SYR"),
])
def test_a_finding_made_public_is_an_accusation(code, text, actor, recipient):
    (e,) = of_type(code(text), "ACCUSE")
    assert actor in countries(e.actor) | {a.sector for a in e.actor} and recipient in countries(e.recipient)
    assert not of_type(code(text), "ASSAULT")


def test_a_finding_of_ones_own_innocence_is_no_accusation(code):
    assert not of_type(code("Russia said an investigation found that its forces had not attacked the convoy."),
                       "ACCUSE")


# ---- 'X will be arrested', said by an authority: the speaker's threat -----------------------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ('"Anyone who crosses the border illegally will be arrested," Hungarian Prime Minister Viktor Orban said.',
     "HUN", None),
    ("Polish Interior Minister Mariusz Kaminski said migrants who crossed from Belarus illegally would be "
     "detained.", "POL", None),
    ('"Kosovo\'s leaders will be arrested if they enter Serbia," Serbian President Aleksandar Vucic said.',
     "SRB", "XKX"),
    ("Philippine President Rodrigo Duterte said drug dealers who resisted arrest would be killed.", "PHL", None),
])
def test_what_will_be_done_to_others_is_the_speakers_threat(code, text, actor, recipient):
    (e,) = of_type(code(text), "THREATEN")
    assert actor in countries(e.actor)
    assert recipient is None or recipient in countries(e.recipient)


@pytest.mark.parametrize("text", [
    "Human Rights Watch said the protesters would be arrested if they returned to Minsk.",
    "Ukrainian President Volodymyr Zelenskiy said civilians would be killed if Russia attacked Kyiv.",
])
def test_a_fear_or_a_warning_by_others_is_no_threat_by_the_speaker(code, text):
    for e in code(text):
        assert not ({"NGO", "UKR"} & countries(e.actor))


# ---- 'it fills my heart with joy that X did ...': the speaker's praise of X -------------------------------
@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ('"It fills my heart with joy that Ethiopia and Eritrea signed the peace agreement," Kenyan President '
     'Uhuru Kenyatta said.', "SUPPORT", "KEN", "ETH"),
    ('"It fills my heart with joy that Russia freed the Ukrainian sailors," Turkish President Recep Tayyip '
     'Erdogan said.', "SUPPORT", "TUR", "RUS"),
    ("Ukrainian President Volodymyr Zelenskiy said it filled his heart with joy that Turkey had helped free the "
     "prisoners.", "SUPPORT", "UKR", "TUR"),
    ('"It fills my heart with sadness that Azerbaijan attacked Armenian villages," French President Emmanuel '
     'Macron said.', "ACCUSE", "FRA", "AZE"),
])
def test_a_heart_filled_with_joy_praises_the_doer(code, text, etype, actor, recipient):
    (e,) = [e for e in of_type(code(text), etype) if e.trigger.text.startswith("fill")]
    assert actor in countries(e.actor) and recipient in countries(e.recipient)


def test_a_heart_filled_by_a_thing_is_no_praise(code):
    events = code("The new reservoir will fill the hearts of farmers with hope, the Indian minister said.")
    assert not [e for e in events if e.trigger.text.startswith("fill")]
