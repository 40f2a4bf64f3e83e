"""Main events told only as an evaluation in reported speech or a quote (fix-L5): a speaker judging
another's act ('an unfriendly act', 'illegal', 'no justification for the coup', 'played a vital role',
'very timely') condemns or praises the one who did it; a denial ('there is no so-called ...') rejects
the charge. Sentences of our own about real, well-documented events; no story text is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import cached_coder, countries, of_type


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-06-10")


# ---- a judgment pointing back at the act told just before ('This is ...', 'the detention was ...') ------
@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ('Russia expelled two Estonian diplomats on Monday. "This is an unfriendly act," Estonian Foreign '
     'Minister Urmas Reinsalu said.', "ACCUSE", "EST", "RUS"),
    ("Myanmar's military detained Aung San Suu Kyi on Monday. The British government issued a statement "
     "saying the detention was illegal.", "ACCUSE", "GBR", "MMR"),
    ('India sent 500,000 doses of vaccine to Sri Lanka on Thursday. "The gift is very timely," Sri Lankan '
     'Health Minister Pavithra Wanniarachchi said.', "SUPPORT", "LKA", "IND"),
    ("Estonian Foreign Minister Urmas Reinsalu said Russia's expulsion of the two diplomats was an "
     "unfriendly act.", "ACCUSE", "EST", "RUS"),
])
def test_judgment_of_the_act_told_before(code, text, etype, actor, recipient):
    (e,) = of_type(code(text), etype)
    assert actor in countries(e.actor) and recipient in countries(e.recipient)


# ---- 'there was no justification for (an act)': blame of whoever did it -------------------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Myanmar's military seized power on Monday. U.S. Secretary of State Antony Blinken said there was no "
     "justification for the military coup.", "USA", "MMR"),
    ("Germany said there was no justification for Russia's invasion of Ukraine.", "DEU", "RUS"),
    ("Britain said there was no excuse for Russia's arrest of Alexei Navalny.", "GBR", "RUS"),
])
def test_no_justification_for_an_act(code, text, actor, recipient):
    (e,) = of_type(code(text), "ACCUSE")
    assert actor in countries(e.actor) | {a.sector for a in e.actor} and recipient in countries(e.recipient)


# ---- 'played a vital role', 'grateful to': praise of the one who did it ---------------------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("U.S. Secretary of State Antony Blinken said Qatar played a vital role in the evacuation of Americans "
     "from Kabul.", "USA", "QAT"),
    ("Israeli Prime Minister Naftali Bennett said Egypt played a key role in securing the Gaza ceasefire.",
     "ISR", "EGY"),
    ("Sri Lankan Health Minister Pavithra Wanniarachchi said her government was deeply grateful to India for "
     "the vaccines.", "LKA", "IND"),
])
def test_praise_of_a_role(code, text, actor, recipient):
    (e,) = of_type(code(text), "SUPPORT")
    assert actor in countries(e.actor) and recipient in countries(e.recipient)


# ---- 'there is no so-called ...': a denial of the charge, not the act denied -----------------------------
@pytest.mark.parametrize("text", [
    "Chinese Foreign Ministry spokesman Zhao Lijian said there was no so-called genocide in Xinjiang.",
    "Russian Foreign Minister Sergei Lavrov said there was no so-called invasion of Ukraine.",
    "A Chinese government spokesman said there was no so-called forced labor in Xinjiang.",
])
def test_no_so_called_is_a_rejection(code, text):
    events = code(text)
    assert of_type(events, "REJECT")
    assert not of_type(events, "ASSAULT") and not of_type(events, "COERCE")


# ---- what is no act by a named party is no evaluation of one ----------------------------------------------
@pytest.mark.parametrize("text", [
    "The ministry said there was no reason for concern.",
    "Britain said Iran played a key role in the attacks on shipping in the Gulf.",
    "Heavy rain hit Beijing on Monday. Chinese officials said it was very timely for the farmers.",
])
def test_no_praise_or_blame_of_a_thing(code, text):
    events = code(text)
    assert not of_type(events, "SUPPORT")
    assert not [e for e in of_type(events, "ACCUSE") if "evaluations.tsv" in e.rule and e.recipient]


def test_a_denial_holds_only_what_it_denies(code):
    events = code("A Chinese government spokesman said there was no so-called genocide in Xinjiang, and Washington's "
                  "accusations were lies.")
    assert of_type(events, "REJECT")


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # the speaker's own reply told in between is not what the quote judges
    ("Russian forces seized three Ukrainian navy ships near the Kerch Strait on Sunday. Ukraine recalled its "
     'envoy on Monday. "This is an act of aggression," Ukrainian President Petro Poroshenko said.', "UKR", "RUS"),
    ("Belarus forced a Ryanair flight to land in Minsk on Sunday. Lithuania closed its airspace to Belarusian "
     'planes. "This is an act of state terrorism," Lithuanian Foreign Minister Gabrielius Landsbergis said.',
     "LTU", "BLR"),
])
def test_judgment_skips_the_speakers_own_reply(code, text, actor, recipient):
    (e,) = [e for e in of_type(code(text, "2018-11-27"), "ACCUSE") if "evaluations.tsv" in e.rule]
    assert actor in countries(e.actor) and recipient in countries(e.recipient)
