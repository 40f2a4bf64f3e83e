"""Spurious events (real news sets K, L, M): definitions, plots, disasters, polls, dangers spoken of,
plans, readiness, calls to protest and the bars a sanction puts on one's own citizens. One class per
block, with sentences of our own about real, well-documented events. No story text is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- a definition: what a word is used to mean is no act --------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Pentagon uses the phrase 'collateral damage' to refer to civilians killed in air strikes.",
    "Israeli officials use the term 'targeted prevention' to describe the killing of militant leaders.",
    "Russian officials use the words 'special military operation' to mean the invasion of Ukraine.",
    "The Turkish army uses the word 'neutralised' to imply that militants were captured or surrendered.",
])
def test_a_definition_is_no_event(code, text):
    assert not code(text)


def test_weapons_used_to_attack_still_attack(code):
    assert "ASSAULT" in types(code("Russian forces used drones to attack power stations in Kyiv on Monday."))


# ---- a plot or a plan of attacks is no attack ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Prosecutors said the three men had plotted attacks on Jewish targets in Paris.",
    "Police in Vienna arrested four Islamic State supporters suspected of planning attacks on churches.",
    "Al-Shabaab uses bases in southern Somalia to plan attacks in Kenya.",
    "The Taliban hide out in Pakistan's tribal areas to plot raids on Afghan soldiers.",
])
def test_a_plotted_attack_is_no_assault(code, text):
    assert "ASSAULT" not in types(code(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Al-Shabaab militants attacked a hotel complex in Nairobi on Tuesday, killing 21 people.", "attacked"),
    ("Gunmen who had planned the assault for months stormed the Bataclan theatre in Paris.", "stormed"),
])
def test_a_told_attack_stays(code, text, trigger):
    assert [e.event_type for e in by_trigger(code(text), trigger)] == ["ASSAULT"]


# ---- deaths in a disaster are no attack -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "At least 200 people have been killed since monsoon rains triggered floods and landslides across Kerala.",
    "Officials said 120 people had been killed after heavy rains caused mudslides in Freetown.",
    "More than 40 people were killed as floods swept through villages in northern Nigeria.",
])
def test_deaths_in_a_disaster_are_no_assault(code, text):
    assert "ASSAULT" not in types(code(text))


def test_killings_by_fighters_stay(code):
    events = code("Boko Haram fighters killed 30 villagers in Borno state after floods had cut off the roads.")
    assert "ASSAULT" in types(events)


# ---- an opinion poll is no act of the state ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nearly 70 percent of Germans support sanctions against Russia, a survey by the broadcaster ARD showed.",
    "A majority of respondents backed new sanctions on Iran, according to a Gallup poll.",
    "Two-thirds of Americans favor sanctions on China, according to a poll by the Pew Research Center.",
    "More than two-thirds of Britons support tougher sanctions against Moscow, according to a YouGov poll.",
])
def test_a_poll_is_no_sanction(code, text):
    assert not ({"SANCTION", "SUPPORT"} & types(code(text)))


def test_a_state_that_imposes_sanctions_still_does(code):
    assert "SANCTION" in types(code("The European Union imposed new sanctions on Russia on Monday."))


# ---- a threat spoken of is none made by the speaker ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Seoul dismissed the warning, with the unification minister suggesting the threat of retaliation was a bluff.",
    "President Biden warned of the threat posed by Iranian missiles to Gulf shipping.",
    "The NATO chief spoke about the threat posed by Russia to the Baltic states.",
    "Taiwan's defence minister described the threat of a Chinese blockade as growing.",
    "Israel's prime minister played down the threat of rocket fire from Hezbollah.",
])
def test_a_threat_spoken_of_is_no_threat(code, text):
    assert "THREATEN" not in types(code(text))


def test_a_threat_made_stays(code):
    assert "THREATEN" in types(code("North Korea threatened on Tuesday to retaliate against South Korea."))


# ---- a plan or a proposal named is no agreement -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Protests erupted in La Paz over the government's plan to export gas through Chile.",
    "Pakistan will not attend the peace conference proposed by Russia, its foreign ministry said.",
    "India rejected the ceasefire plan proposed by the Chinese side.",
    "The president's plan to sell natural gas to Chile and Peru angered protesters in El Alto.",
    "Armenia skipped the summit between Russia, Armenia and Azerbaijan, proposed by Moscow, in Sochi.",
])
def test_a_plan_named_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text))


@pytest.mark.parametrize("text", [
    "Iran agreed on Monday to export gas to Iraq.",
    "Russia proposed a ceasefire in Ukraine on Friday.",
])
def test_an_agreement_or_a_proposal_made_stays(code, text):
    assert "AGREE" in types(code(text))


# ---- readiness to lead or to risk is no agreement ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Former President Trump told supporters in Ohio that he was ready to lead the country again.",
    "Opposition leader Alexei Navalny said he was ready to risk his life for his country.",
    "Erdogan said Turkey has always been ready to help its neighbours.",
])
def test_readiness_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text))


@pytest.mark.parametrize("text", [
    "China stands ready to mediate between Russia and Ukraine, its foreign minister said on Tuesday.",
    "Iran said on Monday it was ready to resume talks with the United States.",
])
def test_readiness_to_cooperate_stays(code, text):
    assert "AGREE" in types(code(text))


# ---- a call to take to the streets is no protest by those called -----------------------------------------
@pytest.mark.parametrize("text", [
    "Sudan's Forces of Freedom and Change called on supporters to take to the streets on Thursday.",
    "Imran Khan urged his followers to march on Islamabad.",
    "Mosque loudspeakers carried calls for residents to take to the streets of Khartoum.",
    "Radio stations broadcast calls on Monday for citizens to take to the streets again after protests in Caracas.",
    "Mosques rang out with calls on Friday for residents to take to the streets again after the killings in Omdurman.",
])
def test_a_call_to_protest_is_no_protest(code, text):
    assert "PROTEST" not in types(code(text))


def test_a_protest_told_stays(code):
    assert "PROTEST" in types(code("Thousands of protesters took to the streets of Khartoum on Thursday."))


# ---- a sanction's bar on one's own citizens is no coercion of them ---------------------------------------
@pytest.mark.parametrize("text", [
    "The measures bar Americans from doing business with the company.",
    "The sanctions prohibit British citizens from trading with the listed individuals.",
    "EU nationals are barred from dealing with the frozen entities.",
])
def test_a_sanction_bar_coerces_no_citizen(code, text):
    assert "COERCE" not in types(code(text))


def test_a_bar_on_entry_stays(code):
    events = code("Israeli police barred Palestinian worshippers from entering the Al-Aqsa compound on Friday.")
    assert {"COERCE", "SANCTION"} & types(events)
