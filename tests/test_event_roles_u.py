"""Roles left empty or given the wrong country (real-news set H, classes 2 and 5), one class per block,
with sentences of our own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- a person named by a relation to the actor is the recipient, of the actor's country -------------------
@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("Philippine President Gloria Arroyo pardoned her ousted predecessor in October 2007.", "pardoned",
     "PHL", "PHL"),
    ("Peruvian President Pedro Pablo Kuczynski pardoned his jailed predecessor on Christmas Eve 2017.",
     "pardoned", "PER", "PER"),
    ("Kenyan President Uhuru Kenyatta met his longtime rival in Nairobi in March 2018.", "met", "KEN", "KEN"),
    ("Indonesian President Joko Widodo praised his predecessor for the Aceh peace deal.", "praised",
     "IDN", "IDN"),
    # a counterpart is of another country: the one its adjective names, never the possessor's
    ("Russian President Vladimir Putin received his Turkish counterpart in Sochi in September 2018.",
     "received", "TUR", "RUS"),
])
def test_a_related_person_is_the_recipient(code, text, trigger, actor, recipient):
    (e,) = by_trigger(code(text), trigger)
    assert countries(e.actor) == {actor} and countries(e.recipient) == {recipient}


def test_a_named_relation_keeps_the_name(code):
    (e,) = by_trigger(code("Ivorian President Alassane Ouattara met his predecessor Laurent Gbagbo in July 2021."),
                      "met")
    assert [a.name for a in e.recipient] == ["Laurent Gbagbo"]


# ---- an embassy speaks for the state that owns it, not for the one it sits in -----------------------------
@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("The U.S. Embassy in Kenya urged Kenyan lawmakers to reject the security bill.", "urged", "USA", "KEN"),
    ("The French embassy in Niger called on Nigerien soldiers to free President Bazoum.", "called", "FRA", "NER"),
    ("The German embassy in Bangkok urged Thai parliament members to vote freely.", "urged", "DEU", "THA"),
    ("The Chinese Embassy in Manila protested against Philippine coast guard patrols.", "protested",
     "CHN", "PHL"),
])
def test_an_embassy_is_its_owners(code, text, trigger, actor, recipient):
    (e,) = by_trigger(code(text), trigger)
    assert countries(e.actor) == {actor} and countries(e.recipient) == {recipient}


# ---- a named group the tables do not know is of the country where it acts; a coup is its military's -------
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Fighting broke out in northern Mali in 2012.\nThe MNLA rebels seized the town of Kidal in March 2012.",
     "seized", "MLI"),
    ("Clashes erupted in the Central African Republic last year.\nThe UPC rebels attacked the town of "
     "Bambari on Sunday.", "attacked", "CAF"),
    # a bare name the story calls rebels elsewhere ("UPC fighters")
    ("Peace talks were held in Bangui in 2019. The UPC agreed to disarm, and UPC fighters left the town "
     "of Bambari.", "agreed", "CAF"),
])
def test_an_unknown_group_acts_at_home(code, text, trigger, country):
    (e,) = by_trigger(code(text), trigger)
    assert countries(e.actor) == {country}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("A coup was staged in Guinea in September 2021, and President Alpha Conde was detained.", "coup", "GIN"),
    ("Gabon's President Ali Bongo was ousted in a coup in August 2023.", "ousted", "GAB"),
])
def test_a_coup_by_no_one_named_is_the_militarys(code, text, trigger, country):
    (e,) = by_trigger(code(text), trigger)
    assert countries(e.actor) == {country} and {a.sector for a in e.actor} == {"MIL"}


# ---- an agentless passive in a party's statement of its own diplomatic acts is the speaker's --------------
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("India's foreign ministry said on Tuesday that the Canadian envoy was summoned and an explanation was "
     "demanded.", "demanded", "IND"),
    ("Pakistan's foreign ministry said an explanation was sought from the Afghan embassy over the border "
     "firing.", "sought", "PAK"),
])
def test_the_speaker_did_it(code, text, trigger, actor):
    (e,) = by_trigger(code(text), trigger)
    assert countries(e.actor) == {actor}


def test_violence_told_in_a_statement_is_not_the_speakers(code):
    events = code("Nigeria's army said on Monday that ten soldiers were killed in an ambush in Borno state.")
    assert not any("NGA" in countries(e.actor) and "NGA" in countries(e.recipient) and e.rule.endswith(
        "(an agentless passive)") for e in events)


# ---- a news agency credited for the report is never the "they" of the story -------------------------------
@pytest.mark.parametrize(("text", "trigger", "country", "agency"), [
    ("Militants attacked a police post in northern Burkina Faso on Sunday, AFP reported, citing security "
     "sources. They killed five officers.", "killed", "BFA", "FRA"),
    ("Gunmen ambushed an army patrol in Niger's Tillaberi region, Reuters reported on Monday. They killed "
     "eight soldiers and seized weapons.", "killed", "NER", "GBR"),
    ("Suspected jihadists raided a village in Mozambique's Cabo Delgado province, AFP said. They burned "
     "houses and beheaded several villagers.", "beheaded", "MOZ", "FRA"),
])
def test_they_is_not_the_agency(code, text, trigger, country, agency):
    (e,) = by_trigger(code(text), trigger)
    assert country in countries(e.actor) and agency not in countries(e.actor)


# ---- a place owned by a town ("Jakarta's Chinatown") is in that town's country, whatever a namesake is -------
@pytest.mark.parametrize("text, country", [
    ("Rioters looted and burned shops in Jakarta's Chinatown in May 1998.", "IDN"),
    ("Police fired tear gas at protesters in Bangkok's Chinatown on Sunday.", "THA"),
])
def test_a_place_owned_by_a_town_is_in_its_country(code, text, country):
    events = code(text)
    assert events
    assert all(e.location is None or e.location.country == country for e in events)
    assert any(e.location is not None and e.location.country == country for e in events)


# ---- a place named as a party is the one the story most likely means, not the gazetteer's first namesake --------
@pytest.mark.parametrize("text, country", [
    ("Hundreds of protesters blocked roads in Bali on Monday.", "IDN"),
    ("Police detained dozens of activists in Bali ahead of the summit.", "IDN"),
])
def test_a_place_party_is_the_place_meant(code, text, country):
    events = code(text)
    assert events
    assert country in {a.country for e in events for a in e.actor + e.recipient}
    assert "IND" not in {a.country for e in events for a in e.actor + e.recipient}
