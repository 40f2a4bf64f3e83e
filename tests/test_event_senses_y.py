"""Plain acts missed and verb senses misread (real news set I, classes 2c, 5 and 6), one class per
block, with sentences of our own about real, well-documented events. No story text is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, of_type, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")



# ---- a government's formal displeasure is an ACCUSE (disapprove) of the one it is lodged with ------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Beijing lodged solemn representations with Japan over the visit to the Yasukuni shrine.", "CHN", "JPN"),
    ("China lodged stern representations with the United States after the warship sailed through the strait.",
     "CHN", "USA"),
    ("India lodged a strong protest with Pakistan over the killing of its soldiers in Kashmir.", "IND", "PAK"),
])
def test_representations_lodged_are_disapproval(code, text, actor, recipient):
    (e,) = by_trigger(code(text), "lodged")
    assert e.event_type == "ACCUSE" and e.mode == "disapprove"
    assert actor in countries(e.actor) and recipient in countries(e.recipient)


@pytest.mark.parametrize("text", [
    "China's foreign ministry expressed strong dissatisfaction with the arms sale to Taiwan.",
    "Moscow expressed its displeasure at the expulsion of its diplomats from Prague.",
    "The Turkish government expressed strong opposition to the French bill on the Armenian genocide.",
])
def test_dissatisfaction_expressed_is_disapproval(code, text):
    (e,) = by_trigger(code(text), "expressed")
    assert e.event_type == "ACCUSE" and e.mode == "disapprove"


# ---- troops that face off stand mobilized against each other ---------------------------------------------
@pytest.mark.parametrize(("text", "sides"), [
    ("Indian and Chinese troops faced off in the Galwan valley in June.", {"IND", "CHN"}),
    ("Chinese and Indian soldiers faced off on the Doklam plateau in 2017.", {"IND", "CHN"}),
    ("Armenian and Azerbaijani forces faced off along the border in May.", {"ARM", "AZE"}),
])
def test_troops_facing_off_are_mobilized(code_all, text, sides):
    (e,) = by_trigger(code_all(text), "faced")
    assert e.event_type == "MOBILIZE"
    assert sides <= countries(e.actor) | countries(e.recipient)


# ---- an attacker that strikes a place on the ground assaults it; no labour strike ------------------------
@pytest.mark.parametrize("text", [
    "A suicide bomber struck a police checkpoint in Kabul on Monday, killing six officers.",
    "Militants struck an army convoy in North Waziristan on Sunday.",
    "A suicide attacker struck a crowded market in Baghdad on Thursday.",
])
def test_an_attacker_striking_a_place_assaults(code, text):
    (e,) = by_trigger(code(text), "struck")
    assert e.event_type == "ASSAULT"


# ---- forces called in are mobilized, not telephoned --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Extra police were called in to Minneapolis after the protests.",
    "The governor called in the National Guard after the riots in Kenosha.",
    "Authorities called in troops to restore order in Almaty.",
])
def test_forces_called_in_are_mobilized(code_all, text):
    (e,) = by_trigger(code_all(text), "called")
    assert e.event_type == "MOBILIZE"


# ---- senses that are no event of the kind their verb usually carries --------------------------------------
@pytest.mark.parametrize(("text", "word"), [
    # fighting a crime or a want is no assault
    ("The government vowed to keep fighting smuggling along the border with Libya.", "fighting"),
    ("Ecuador's new president promised to fight drug trafficking in the ports.", "fight"),
    ("Kenya's president said he would fight graft in the ministries.", "fight"),
    # winning votes or seats is no assault
    ("The ruling party captured three-quarters of the votes in the Ethiopian election.", "captured"),
    ("The Congress party captured most of the seats in the Karnataka assembly.", "captured"),
    ("Macron's movement captured a large majority in the National Assembly in 2017.", "captured"),
    # a thing or a happening that threatens is a danger, no THREATEN
    ("The rebel offensive threatens to dismember Ethiopia.", "threatens"),
    ("The drought threatens to push millions in Somalia into famine.", "threatens"),
    ("The escalating conflict threatens to draw Lebanon into the war.", "threatens"),
    # keeping to a pledge already made is no new AGREE
    ("Germany stayed firm in its commitment to NATO.", "commitment"),
    ("Japan remained steadfast in its commitment to the Paris climate accord.", "commitment"),
    ("Norway stayed true to its commitment to the peace talks in Colombia.", "commitment"),
    # a caution about judging is no threat
    ("Electoral officials in Kenya warned against reading into early results.", "warned"),
    ("The Fed chairman warned against complacency about inflation.", "warned"),
    ("Health officials in Sweden warned against speculation about the cause of the outbreak.", "warned"),
    # people driven out by a danger get no aid
    ("Heavy shelling forced the evacuation of residents from Mariupol.", "evacuation"),
    ("Rising waters forced the evacuation of villagers in Sindh province.", "evacuation"),
    ("The wildfire forced the evacuation of thousands from Fort McMurray.", "evacuation"),
])
def test_senses_that_are_no_event(code, text, word):
    assert not by_trigger(code(text), word)


# ---- guards: what these senses are not -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dozens of people suffered injuries from Cyclone Idai in Mozambique.",
    "Hundreds of residents were injured by flooding in Germany's Ahr valley.",
    "Many people were hurt when Typhoon Haiyan struck the Philippines.",
])
def test_injuries_from_a_disaster_are_no_assault(code, text):
    assert "ASSAULT" not in types(code(text))


@pytest.mark.parametrize("text", [
    "Thousands of people are expected to attend the demo in Hong Kong on Sunday.",
    "Tens of thousands are expected to attend the rally in Minsk.",
    "Supporters were expected to attend the march in Caracas.",
])
def test_attending_a_demonstration_is_no_consultation(code, text):
    assert not of_type(code(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "The families of the hostages urged efforts to secure their release from Hamas.",
    "Relatives pressed for efforts to secure the release of the schoolgirls from Boko Haram.",
    "The church called for efforts to secure the release of the missionaries in Haiti.",
])
def test_efforts_to_secure_a_release_are_no_release_yet(code, text):
    assert not of_type(code(text), "RETREAT")


def test_a_real_threat_still_codes(code):
    (e,) = by_trigger(code("North Korea threatened to strike the United States with nuclear weapons."), "threatened")
    assert e.event_type == "THREATEN"


def test_a_new_commitment_still_codes(code):
    assert of_type(code("Germany made a commitment to send tanks to Ukraine."), "AGREE")
