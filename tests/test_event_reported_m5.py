"""Factual acts told under an attribution ("the ministry said ...", "X reports that ...") that went
uncoded: the reported act is coded, the one who reports it is no party. One class per block, with
sentences of our own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2020-10-01")


def _one(events, trigger, etype):
    got = [e for e in events if trigger in e.trigger.text and e.event_type == etype]
    assert got, [(e.trigger.text, e.event_type) for e in events]
    return got[0]


# ---- 'neutralize' fighters: the military sense is killing or capturing them (ASSAULT) ---------------------
@pytest.mark.parametrize(("text", "actor"), [
    ('The Turkish Defense Ministry said its forces "neutralized" 17 PKK militants in northern Iraq.', "TUR"),
    ("Pakistan's army said troops neutralized eight militants in North Waziristan on Sunday.", "PAK"),
    ("Nigeria's army said soldiers had neutralized 30 Boko Haram fighters near Lake Chad.", "NGA"),
    ("Egypt's military said its forces neutralized 12 terrorists in northern Sinai.", "EGY"),
])
def test_neutralized_fighters_are_an_assault(code, text, actor):
    e = _one(code(text), "neutrali", "ASSAULT")
    assert actor in countries(e.actor)


def test_neutralizing_a_threat_is_no_assault(code):
    events = code("The minister said the new law would neutralize the threat of inflation.")
    assert not [e for e in by_trigger(events, "neutrali") if e.event_type == "ASSAULT"]


# ---- an aspectual verb with a gerund or infinitive: the gerund is the act ---------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("The Armenian Defense Ministry said Azerbaijani forces started shelling Armenian border towns on Tuesday.",
     "shelling", "AZE", "ARM"),
    ("Ukraine's military said Russian forces began attacking Mariupol from the east.", "attacking", "RUS", "UKR"),
    ("Israel's army said Hamas militants resumed firing rockets at southern Israel.", "firing", "PSE", "ISR"),
    ("India's army said Pakistani troops started to shell Indian posts along the Line of Control.",
     "shell", "PAK", "IND"),
])
def test_the_act_after_an_aspectual_verb(code, text, trigger, actor, recipient):
    e = _one(code(text), trigger, "ASSAULT")
    assert actor in countries(e.actor) and recipient in countries(e.recipient)


# ---- taking over a government or country: a coup (COERCE/seize) -------------------------------------------
@pytest.mark.parametrize(("text", "actor"), [
    ("Sudan's army chief said the military has taken over the government.", "SDN"),
    ("General Prayuth Chan-ocha announced that the army had taken control of the country.", "THA"),
    ("Mali's mutinous soldiers said they had taken over power in Bamako.", "MLI"),
    ("Myanmar's military said it had taken over the country and detained Aung San Suu Kyi.", "MMR"),
])
def test_a_takeover_is_a_seizure(code, text, actor):
    e = _one(code(text), "taken", "COERCE")
    assert e.mode == "seize" and actor in countries(e.actor)


def test_a_company_taken_over_is_no_coup(code):
    events = code("Reuters said Microsoft had taken over the gaming company last year.")
    assert not [e for e in by_trigger(events, "taken") if e.event_type == "COERCE"]


# ---- an ambush laid: an assault ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "actor"), [
    ("Officials said Boko Haram fighters laid an ambush for soldiers near Maiduguri.", "NGA"),
    ("Police said Taliban insurgents set an ambush for a police convoy in Helmand.", "AFG"),
    ("Residents said al-Shabaab militants laid an ambush on Kenyan troops near Lamu.", "SOM"),
])
def test_an_ambush_laid_is_an_assault(code, text, actor):
    e = _one(code(text), "ambush", "ASSAULT")
    assert actor in countries(e.actor)


# ---- a ruler who flees: RETREAT; the outlet that reports it is no party --------------------------------------
@pytest.mark.parametrize(("text", "actor"), [
    ("The BBC reports that Yanukovych fled Ukraine.", "UKR"),
    ("Al Jazeera reported that President Ben Ali fled the country on Friday.", "TUN"),
    ("State media said Ashraf Ghani had fled Afghanistan.", "AFG"),
])
def test_a_ruler_who_flees(code, text, actor):
    e = _one(code(text), "fled", "RETREAT")
    assert countries(e.actor) == {actor}
    assert "GBR" not in countries(e.actor) | countries(e.recipient)
    assert "QAT" not in countries(e.actor) | countries(e.recipient)


def test_people_who_flee_fighting_retreat_from_nothing(code):
    events = code("The UN said thousands of Syrians fled the country last year.")
    assert not [e for e in by_trigger(events, "fled") if e.event_type == "RETREAT"]


# ---- fighters taken alive: captured (COERCE/arrest) ----------------------------------------------------------
@pytest.mark.parametrize(("text", "actor"), [
    ("The Tajik army said several rebels were taken alive.", "TJK"),
    ("Iraqi forces said two Islamic State fighters were taken alive near Mosul.", "IRQ"),
    ("Colombian troops took three FARC guerrillas alive, the army said.", "COL"),
])
def test_taken_alive_is_an_arrest(code, text, actor):
    e = _one(code(text), "t", "COERCE")
    assert e.mode == "arrest"
    assert actor in countries(e.actor) | countries(e.recipient)


# ---- ships that will depart with relief supplies: aid promised --------------------------------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Two Australian navy ships will depart with water and relief supplies for Vanuatu, the minister said.",
     "AUS", "VUT"),
    ("A French navy frigate departed with food and medical supplies for Haiti, officials said.", "FRA", "HTI"),
    ("Indian navy vessels will leave for Sri Lanka with relief supplies, the ministry said.", "IND", "LKA"),
    ("The Indian navy ship INS Airavat will carry relief supplies to Indonesia, the ministry said.", "IND", "IDN"),
    ("Japanese navy ships carried food and medicine to the Philippines, officials said.", "JPN", "PHL"),
])
def test_ships_leaving_with_relief_are_aid(code, text, actor, recipient):
    events = code(text)
    got = [e for e in events if e.event_type in ("AID", "AGREE")]
    assert got, [(e.trigger.text, e.event_type) for e in events]
    e = got[0]
    assert actor in countries(e.actor) and recipient in countries(e.recipient)


# ---- freezing one's own project: a concession ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "actor"), [
    ("Bolivian President Carlos Mesa said Monday he was freezing the gas export project.", "BOL"),
    ("Israel froze the settlement construction plan in East Jerusalem, officials said.", "ISR"),
    ("Myanmar President Thein Sein said he was freezing the Myitsone dam project.", "MMR"),
])
def test_freezing_a_project_is_a_concession(code, text, actor):
    e = _one(code(text), "fr", "CONCEDE")
    assert actor in countries(e.actor)
