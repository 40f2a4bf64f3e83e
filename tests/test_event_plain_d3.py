"""Plain clauses of a few kinds (real news set J, findings 1c, 1d, 5, 6): words that tell no act
(a plan for one's career, an act by others not ruled out, a view held, an open question), people
carried somewhere who pay no visit, a ruler sacking a government, and a crowd led in chants. One
class per block, with sentences of our own about real, well-documented events."""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- spurious: a plan for one's own career or outing is no agreement -------------------------------------
@pytest.mark.parametrize("text", [
    "Former Prime Minister Nawaz Sharif is planning a comeback.",
    "Donald Trump was planning a run for the presidency.",
    "Former president Thaksin Shinawatra is planning a comeback.",
])
def test_planning_a_comeback_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text))


# ---- spurious: an attack by others that one does not rule out is no threat by the speaker ----------------
@pytest.mark.parametrize("text", [
    "The United States does not rule out an attack by Iranian proxies.",
    "Turkey did not rule out an attack by the PKK.",
    "Spain does not rule out an attack by the separatists.",
])
def test_not_ruling_out_an_attack_by_others(code, text):
    assert "THREATEN" not in types(code(text))


def test_not_ruling_out_force_stays_a_threat(code):
    assert "THREATEN" in types(code("China did not rule out the use of force against Taiwan."))


# ---- spurious: one flown somewhere, or captives arriving, pay no visit -----------------------------------
@pytest.mark.parametrize("text", [
    "Former Afghan president Ashraf Ghani was flown to Abu Dhabi on Sunday.",
    "Ousted president Evo Morales was flown to Mexico on Tuesday.",
    "The freed prisoners arrived in Germany on Thursday.",
    "The released hostages arrived in Israel on Sunday.",
])
def test_carried_people_pay_no_visit(code, text):
    assert "CONSULT" not in types(code(text))


def test_a_leader_flying_in_still_visits(code):
    assert "CONSULT" in types(code("Chinese President Xi Jinping flew to Moscow on Monday."))


# ---- spurious: a view held by those described is no act -------------------------------------------------
def test_leaders_opposed_to_something_reject_nothing(code):
    assert "REJECT" not in types(code("The president met leaders opposed to Chinese influence in the region."))


# ---- spurious: what is unclear was neither done nor promised ---------------------------------------------
@pytest.mark.parametrize("text", [
    "It was unclear when Britain would extradite Julian Assange.",
    "It remains unclear whether Germany will send tanks to Ukraine.",
    "It was not clear when Russia would release the detained journalist.",
])
def test_unclear_whether_is_no_event(code, text):
    assert code(text) == []


# ---- wrong type: a ruler sacking the government coerces, it rejects nothing ------------------------------
@pytest.mark.parametrize(("text", "actor"), [
    ("Nepal's King Gyanendra dismissed the government on Tuesday.", "NPL"),
    ("Tunisia's President Kais Saied dismissed the government on Sunday.", "TUN"),
])
def test_dismissing_the_government(code, text, actor):
    (e,) = by_trigger(code(text), "dismissed")
    assert e.event_type == "COERCE" and actor in countries(e.actor)


# ---- missed: leading a crowd in chants, chanting slogans --------------------------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Maria Kolesnikova led demonstrators in chants outside the election commission in Minsk.", "led"),
    ("Supporters of Alexei Navalny chanted slogans outside the court.", "chanted"),
])
def test_chants_are_a_protest(code, text, trigger):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "PROTEST"


# ---- spurious party: a city naming an attack is its place, not its attacker ------------------------------
@pytest.mark.parametrize("text", [
    "The Bali bombings killed 202 people in 2002.",
    "The Madrid train bombings were carried out by an Islamist cell.",
    "After the Mumbai attacks, India suspended talks with Pakistan.",
])
def test_a_city_naming_an_attack_is_no_attacker(code, text):
    for e in code(text):
        assert not any(a.text in ("Bali", "Madrid", "Mumbai") for a in e.actor)


def test_a_nationality_naming_an_attack_still_attacks(code):
    (e,) = by_trigger(code("Russian shelling killed three civilians in Kharkiv."), "killed")
    assert "RUS" in countries(e.actor)


# ---- wrong type: a court approving or ordering an extradition agrees to nothing ---------------------------
@pytest.mark.parametrize("text", [
    "A British court approved the extradition of Julian Assange to the United States.",
    "A Spanish court approved the extradition of Hugo Carvajal to the United States.",
    "The court accepted the arguments of the prosecutors and ordered his extradition.",
])
def test_an_extradition_ruling_is_no_agreement(code, text):
    events = code(text)
    assert "AGREE" not in types(events) and "REQUEST" not in types(events)
    assert "COOPERATE" in types(events)


# ---- the same, as a second passive verb and as a loosely attached participle -----------------------------
@pytest.mark.parametrize("text", [
    "Bolivia's Evo Morales was granted asylum by Mexico and was flown to Mexico City on Tuesday.",
    "Aristide was forced out by rebels and was flown to the Central African Republic.",
])
def test_a_second_passive_verb_carries_no_visit(code, text):
    assert "CONSULT" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The vote strengthened the bloc of populist governments opposed to Western sanctions.",
    "The rally drew students and workers opposed to the junta.",
])
def test_a_loose_participle_of_a_view_rejects_nothing(code, text):
    assert "REJECT" not in types(code(text))
