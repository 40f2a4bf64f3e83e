"""Roles left empty where the sentence or its neighbour names them (fix-O5), one class per block, with
sentences of our own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2019-06-10")



# ---- prisoners pardoned, freed or amnestied are the recipients, of the jailing state's country ----------
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Myanmar's president pardoned 8,000 prisoners on Tuesday in an annual amnesty.", "pardoned", "MMR"),
    ("Cuba freed 2,600 prisoners ahead of the papal visit.", "freed", "CUB"),
    ("Egypt's president pardoned hundreds of prisoners, state media said on Sunday.", "pardoned", "EGY"),
    ("Iran released 50 detainees on Monday after the protests.", "released", "IRN"),
    ("Vietnam's president granted amnesty to 18,000 prisoners on Sunday.", "granted", "VNM"),
])
def test_prisoners_are_the_recipients(code, text, trigger, country):
    (e,) = by_trigger(code(text), trigger)
    assert countries(e.recipient) == {country}


def test_named_prisoners_keep_their_own_country(code):
    (e,) = by_trigger(code("Hamas freed the Israeli soldier in exchange for 1,027 Palestinian prisoners."), "freed")
    assert countries(e.recipient) == {"ISR"}


# ---- a state's own constitution suspended, its politicians detained: the domestic body ----------------
@pytest.mark.parametrize(("text", "trigger", "country", "sector"), [
    ("Thailand's army chief suspended the constitution on Thursday and detained politicians.", "suspended",
     "THA", "GOV"),
    ("Thailand's army chief suspended the constitution on Thursday and detained politicians.", "detained",
     "THA", "PTY"),
    ("The Fijian military suspended the constitution after the coup.", "suspended", "FJI", "GOV"),
    ("Pakistan's army chief Pervez Musharraf suspended the constitution in 1999 and arrested politicians.",
     "suspended", "PAK", "GOV"),
    ("The junta in Niger suspended the constitution on Thursday.", "suspended", "NER", "GOV"),
    ("Mali's junta leader announced the suspension of the constitution on Thursday.", "announced", "MLI", "GOV"),
    ("Sudan's army chief announced the suspension of the constitution after detaining Prime Minister Abdalla "
     "Hamdok.", "announced", "SDN", "GOV"),
])
def test_the_domestic_body_is_the_recipient(code, text, trigger, country, sector):
    (e,) = by_trigger(code(text), trigger)
    assert countries(e.recipient) == {country}
    assert {a.sector for a in e.recipient} == {sector}


# ---- a bare 'the kingdom' as subject: the country that acted in the sentence before --------------------
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Saudi Arabia expelled the Canadian ambassador on Monday. The kingdom also suspended new trade with Ottawa.",
     "suspended", "SAU"),
    ("Jordan's king met Iraqi leaders on Sunday. The kingdom pledged aid to Baghdad.", "pledged", "JOR"),
    ("Bahrain recalled its ambassador from Qatar on Monday. The kingdom accused Doha of backing militants.",
     "accused", "BHR"),
])
def test_the_kingdom_is_the_state_that_acted_before(code, text, trigger, country):
    (e,) = by_trigger(code(text), trigger)
    assert countries(e.actor) == {country}


# ---- candidates urged: the domestic parties of the country the story is about --------------------------
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Kenya's electoral commission chairman urged candidates to accept the results of the vote.", "urged", "KEN"),
    ("Nigeria holds its presidential election on Saturday. The United States urged the candidates to avoid "
     "violence.", "urged", "NGA"),
    ("Malawi's constitutional court annulled the election. The chief justice called on the candidates to "
     "respect the ruling.", "called", "MWI"),
    ("Police arrested two presidential candidates in Uganda on Tuesday.", "arrested", "UGA"),
])
def test_candidates_are_the_domestic_parties(code_all, text, trigger, country):
    (e,) = by_trigger(code_all(text), trigger)
    assert countries(e.recipient) == {country}
