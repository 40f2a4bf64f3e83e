"""Wrong country in a role (fix-C3): a go-between's country is no party, and one's own forces
moved are no recipient. Sentences of our own about real, well-documented events."""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2020-11-10")


# ---- the country that brokers a deal is not the counterpart of those who accept it ----------------------
@pytest.mark.parametrize(("text", "trigger", "broker"), [
    ("Armenia and Azerbaijan signed a Russian-brokered ceasefire on Tuesday.", "signed", "RUS"),
    ("Israel and Hamas agreed to an Egyptian-brokered truce on Friday.", "agreed", "EGY"),
    ("Ethiopia and Eritrea signed a Saudi-hosted peace accord in Jeddah on Sunday.", "signed", "SAU"),
    ("Sudan's rival generals accepted a U.S.-mediated truce on Saturday.", "accepted", "USA"),
])
def test_the_broker_is_no_party(code, text, trigger, broker):
    for e in by_trigger(code(text), trigger):
        assert broker not in countries(e.actor) | countries(e.recipient)


# ---- one's own forces moved are the means, not the recipient --------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "own", "other"), [
    ("Venezuela's president ordered troops to the Colombian border on Sunday.", "ordered", "VEN", "COL"),
    ("Russia sent troops to its border with Ukraine on Monday.", "sent", "RUS", "UKR"),
    ("India deployed additional troops to its border with China on Thursday.", "deployed", "IND", "CHN"),
    ("Armenia has also sent thousands of soldiers to the front line and declared martial law on Sunday.",
     "sent", "ARM", ""),
    ("Pakistan moved hundreds of troops to its border with India on Friday.", "moved", "PAK", "IND"),
])
def test_own_forces_are_no_recipient(code, text, trigger, own, other):
    (e,) = by_trigger(code(text), trigger)
    assert own not in countries(e.recipient)
    assert not any(w in a.text for a in e.recipient for w in ("troops", "soldiers"))
    assert not other or other in countries(e.recipient)


# ---- the envoy summoned and asked is the one asked, not the one asking ----------------------------------
@pytest.mark.parametrize(("text", "trigger", "envoy"), [
    ("The Chinese ambassador was summoned by the Swedish foreign ministry and asked to explain the detention "
     "of a bookseller.", "asked", "CHN"),
    ("The Saudi ambassador was summoned by Canada's foreign ministry and urged to release the detained "
     "activists.", "urged", "SAU"),
    ("Turkey's envoy was called in by the German government on Tuesday and asked for clarification of the "
     "arrests.", "asked", "TUR"),
    ("Russia's ambassador was summoned to the Foreign Office on Monday and asked for an explanation of the "
     "poisoning.", "asked", "RUS"),
])
def test_the_envoy_summoned_is_asked(code, text, trigger, envoy):
    for e in by_trigger(code(text), trigger):
        assert envoy not in countries(e.actor)


# ---- the host of talks is not the home of the sides that meet there -------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "host", "home"), [
    ("Venezuela's government and its opposition resumed talks in Mexico City on Friday, Mexico's foreign "
     "minister Marcelo Ebrard announced.\nDuring the Mexico City talks, the opposition refused a proposed delay "
     "to the regional elections.", "2021-09-05", "refused", "MEX", "VEN"),
    ("Venezuela's government and its opposition resumed talks in Mexico City on Friday, Mexico's foreign "
     "minister Marcelo Ebrard announced.\nAfter three days of talks in the Mexican capital, political leaders "
     "agreed to open a dialogue on the release of political prisoners.", "2021-09-05", "agreed", "MEX", "VEN"),
    ("Afghan government negotiators and the Taliban opened peace talks in Doha on Saturday, Qatar's foreign "
     "minister announced.\nDuring the Doha talks, the insurgents rejected a proposed ceasefire.",
     "2020-09-14", "rejected", "QAT", "AFG"),
    ("Afghan government negotiators and the Taliban opened peace talks in Doha on Saturday, Qatar's foreign "
     "minister announced.\nAfter a day of talks in the Qatari capital, the government delegation demanded a "
     "ceasefire.", "2020-09-14", "demanded", "QAT", "AFG"),
])
def test_the_host_of_talks_is_not_the_sides_home(code, text, date, trigger, host, home):
    (e,) = by_trigger(code(text, date), trigger)
    assert host not in countries(e.actor) and home in countries(e.actor)


# ---- rebels attack their own state's forces, not the neighbour named by the border ----------------------
@pytest.mark.parametrize(("text", "trigger", "state", "neighbour"), [
    ("PKK rebels attacked a Turkish army outpost near the Iraqi border on Sunday.", "attacked", "TUR", "IRQ"),
    ("FARC rebels ambushed a Colombian army patrol near the Venezuelan border on Wednesday.", "ambushed",
     "COL", "VEN"),
    ("Taliban fighters attacked an Afghan army checkpoint in Kunduz province on Tuesday.", "attacked",
     "AFG", ""),
])
def test_rebels_attack_their_own_state(code, text, trigger, state, neighbour):
    (e,) = by_trigger(code(text), trigger)
    assert state in countries(e.recipient) and neighbour not in countries(e.recipient)
