"""Plain acts not coded, real acts read as the wrong type, and events that did not happen as told
(real news set H, classes 1c, 1d, 4 and 6). Sentences are our own, about real, well-documented events.
"""

from __future__ import annotations

import pytest

from event_helpers import cached_coder, of_type, sides, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2016-08-31")



# ---- 1. plain main-clause acts ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Brazil's Senate impeached President Dilma Rousseff on Wednesday.", "BRA"),
    ("South Korea's National Assembly impeached President Park Geun-hye on Friday.", "KOR"),
    ("Peru's Congress ousted President Martin Vizcarra on Monday.", "PER"),
    ("Paraguay's Senate impeached President Fernando Lugo on Friday.", "PRY"),
])
def test_a_legislature_removing_its_president_is_a_sanction(code, text, country):
    events = of_type(code(text), "SANCTION")
    assert events
    assert sides(events[0]) == ({country}, {country})


@pytest.mark.parametrize("text", [
    "The Syrian army laid siege to the town of Madaya in July.",
    "Russian forces besieged the city of Mariupol in March.",
    "Ethiopian troops encircled the town of Mekelle on Sunday.",
    "Saudi-led forces laid siege to the port city of Hodeidah in June.",
])
def test_an_army_besieging_a_town_is_coercion(code, text):
    assert "COERCE" in types(code(text))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Venezuela reiterated its support for Argentina's claim to the islands.", "VEN", "ARG"),
    ("China reaffirmed its support for Pakistan's position on Kashmir.", "CHN", "PAK"),
    ("Cuba reiterated its support for Venezuela on Tuesday.", "CUB", "VEN"),
])
def test_reiterated_support_is_support(code, text, actor, recipient):
    events = of_type(code(text), "SUPPORT")
    assert events
    a, r = sides(events[0])
    assert actor in a and recipient in r


@pytest.mark.parametrize("text", [
    "A Houthi drone crashed into an apartment building in Tel Aviv on Friday.",
    "A Russian missile struck the city of Dnipro on Saturday.",
    "An Iranian drone hit the Israeli city of Eilat on Monday.",
])
def test_a_weapon_hitting_a_city_is_an_assault(code, text):
    assert "ASSAULT" in types(code(text))


@pytest.mark.parametrize("text", [
    "Erdogan and Macron traded insults on Sunday.",
    "Pakistan and India exchanged accusations over the attack on Tuesday.",
    "Trump and Kim Jong Un traded insults in September.",
])
def test_trading_insults_is_an_accusation(code, text):
    events = code(text)
    assert "ACCUSE" in types(events)
    assert not ({"COOPERATE", "AGREE"} & types(events))


# ---- 2. wrong types -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "China's foreign ministry lodged a strong protest with Japan over the visit to the shrine.",
    "Pakistan's Foreign Ministry conveyed a strong protest to India over the firing on Monday.",
    "Russia lodged a formal protest with Norway over the seizure of the trawler.",
])
def test_a_diplomatic_protest_is_an_accusation(code, text):
    events = code(text)
    assert "ACCUSE" in types(events)
    assert "PROTEST" not in types(events)


@pytest.mark.parametrize("text", [
    "Zelensky shot back with an accusation that Moscow was lying.",
    "Duterte fired back with an accusation that Washington was meddling.",
    "Maduro fired back at Pompeo on Tuesday, calling him a liar.",
])
def test_firing_back_in_words_is_no_shooting(code, text):
    events = code(text)
    assert not [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The United States imposed a travel ban on two Chinese officials over the crackdown.",
    "Britain imposed visa bans on twelve Russian officials.",
    "Washington imposed investment restrictions on eight Chinese companies.",
    "The European Union imposed a travel ban on the Belarusian president.",
])
def test_travel_and_investment_bans_are_sanctions(code, text):
    events = code(text)
    assert "SANCTION" in types(events)
    assert "COERCE" not in types(events)


@pytest.mark.parametrize("text", [
    "Israeli airstrikes hit the port of Hodeidah on Saturday.",
    "Saturday's strike on the port killed six people.",
    "A Saudi strike on the port of Hodeidah killed four dock workers.",
])
def test_a_strike_from_the_air_is_an_assault(code, text):
    events = code(text)
    assert "PROTEST" not in types(events)


def test_a_general_strike_by_workers_stays_a_protest(code):
    events = code("Workers in Argentina staged a general strike against Milei's reforms on Wednesday.")
    assert "PROTEST" in types(events)


@pytest.mark.parametrize("text", [
    "Police in Managua arrested opposition leader Felix Maradiaga on Tuesday.",
    "Belarusian police arrested opposition figure Maria Kolesnikova on Monday.",
    "Russian police arrested opposition leader Alexei Navalny at the airport.",
])
def test_an_arrest_is_not_a_protest(code, text):
    events = code(text)
    assert "COERCE" in types(events)
    assert "PROTEST" not in types(events)


# ---- 3. events that did not happen as told -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Thousands of families in Gaza were forced to seek shelter in schools.",
    "Residents of Kharkiv had to seek shelter in metro stations.",
    "Villagers were forced to seek shelter in caves after the shelling.",
])
def test_forced_to_seek_shelter_is_no_request(code, text):
    assert "REQUEST" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The sanctions are intended to freeze the assets of Russian oligarchs.",
    "The measures are designed to freeze North Korean funds abroad.",
    "The sanctions aim to freeze the assets of Iranian officials.",
])
def test_a_purpose_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text))


@pytest.mark.parametrize("text", [
    "Turkish police detained the journalist on charges of aiding a terrorist group.",
    "Egypt arrested the activist on charges of assisting a terrorist organisation.",
    "Prosecutors charged the lawyer with aiding the Kurdistan Workers' Party.",
])
def test_the_content_of_a_charge_is_no_aid(code, text):
    assert "AID" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The minister appeared in public on Sunday, dismissing rumors of his death.",
    "Putin appeared on television on Monday, dismissing rumours about his health.",
    "The general spoke to reporters, dismissing speculation of a coup.",
])
def test_dismissing_rumors_is_no_rejection(code, text):
    assert "REJECT" not in types(code(text))


@pytest.mark.parametrize("text", [
    "Health officials received the consignment of vaccines at Entebbe airport on Monday.",
    "The shipment was received at Kabul airport by officials of the health ministry.",
    "Officials received the aid consignment at Beirut airport.",
])
def test_receiving_a_consignment_is_no_visit(code, text):
    assert "CONSULT" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The travel ban on the two Chinese officials took effect on Friday.",
    "The visa ban on Russian lawmakers was announced by the State Department.",
])
def test_a_travel_ban_noun_is_a_sanction(code, text):
    events = code(text)
    assert "COERCE" not in types(events)


@pytest.mark.parametrize("text", [
    "A Russian drone flew over the border and crashed into Kyiv, killing two people.",
    "A Houthi missile evaded the defences and crashed into Eilat on Sunday.",
])
def test_a_weapon_crashing_into_a_named_city_is_an_assault(code, text):
    assert "ASSAULT" in types(code(text))


@pytest.mark.parametrize("text", [
    "A small plane crashed into a house in Florida, killing two people.",
    "A bus crashed into a wall in Lima on Monday.",
])
def test_other_crashes_stay_accidents(code, text):
    assert "ASSAULT" not in types(code(text))


@pytest.mark.parametrize("text", [
    "Protests spread after the mayor was detained on charges of corruption and aiding a terrorist group.",
    "The lawyer was arrested on charges of fraud and helping an armed group.",
])
def test_a_second_charge_joined_by_and_is_no_act(code, text):
    assert not ({"AID", "COOPERATE"} & types(code(text)))


# ---- a delivery received is aid from whoever gave it, not a visit and not nothing --------------------------
@pytest.mark.parametrize("text, giver, getter", [
    ("Zimbabwe received coronavirus vaccines donated by China.", "CHN", "ZWE"),
    ("Nepal received a consignment of relief supplies sent by India after the earthquake.", "IND", "NPL"),
    ("Ukraine received a shipment of Javelin missiles from the United States.", "USA", "UKR"),
    ("Ghana received 600,000 vaccine doses supplied by the COVAX facility.", None, "GHA"),
])
def test_a_received_delivery_is_aid_from_its_giver(code_all, text, giver, getter):
    events = of_type(code_all(text), "AID")
    assert events
    actors, recipients = sides(events[0])
    assert getter in recipients
    if giver:
        assert giver in actors


# ---- crowds that mass demonstrate; troops that mass mobilise ------------------------------------------------
@pytest.mark.parametrize("text, etype", [
    ("Thousands of protesters massed outside the parliament in Kyiv on Sunday.", "PROTEST"),
    ("Demonstrators massed in Tahrir Square on Friday to demand the president's resignation.", "PROTEST"),
    ("Russian troops massed near the border with Georgia in early August.", "MOBILIZE"),
    ("A crowd of students smashed the windows of the Chinese embassy in Hanoi.", "ASSAULT"),
])
def test_who_masses_says_what_massing_is(code, text, etype):
    assert etype in types(code(text))
