"""Plain main-clause acts missed or mistyped (task G5), one class per block, with sentences of our
own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2019-06-10")



# ---- joint naval exercises begun, kicked off or staged: mutual cooperation ----------------------------
@pytest.mark.parametrize(("text", "trigger", "sides"), [
    ("India and France began the Varuna joint naval exercise off Goa on Monday.", "began", {"IND", "FRA"}),
    ("The Russian and Chinese navies kicked off a joint naval exercise on Sunday.", "kicked", {"RUS", "CHN"}),
    ("Iran and Russia staged joint naval drills in the Gulf of Oman on Friday.", "staged", {"IRN", "RUS"}),
    ("Russia and China launched joint naval drills in the Sea of Japan on Thursday.", "launched", {"RUS", "CHN"}),
    ("The US and South Korean militaries started joint drills on Monday.", "started", {"USA", "KOR"}),
])
def test_joint_exercise_is_cooperation_of_the_sides(code, text, trigger, sides):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "COOPERATE"
    assert countries(e.actor) == sides
    # the sea or gulf the ships sail in is no partner
    assert not (countries(e.recipient) - sides)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Taiwan staged its annual Han Kuang military exercise on Monday.", "staged"),
    ("North Korea kicked off a large artillery drill near the border on Monday.", "kicked"),
])
def test_one_country_exercise_is_mobilization(code, text, trigger):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "MOBILIZE"


# ---- road blockades thrown up by protesters: obstruction ------------------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Farmers set up road blockades across Punjab on Monday.", "set"),
    ("Truckers erected blockades at the Ambassador Bridge in Windsor on Saturday.", "erected"),
    ("Supporters of Evo Morales threw up roadblocks on highways in Bolivia on Tuesday.", "threw"),
    ("Yellow vest protesters put up barricades on roads around Paris on Saturday.", "put"),
])
def test_protesters_blockades_are_obstruction(code_all, text, trigger):
    (e,) = by_trigger(code_all(text), trigger)
    assert (e.event_type, e.mode) == ("PROTEST", "obstruct")


def test_police_roadblocks_are_a_restriction(code):
    (e,) = by_trigger(code("Police set up roadblocks around Minsk on Sunday."), "set")
    assert e.event_type == "COERCE"


# ---- tear gas and water cannon used on a crowd: crowd-control force ---------------------------------
@pytest.mark.parametrize(("text", "trigger", "where"), [
    ("Soldiers used tear gas to chase away demonstrators in Khartoum on Monday.", "chased", "SDN"),
    ("Police used tear gas and water cannon against protesters in Santiago on Friday.", "used", "CHL"),
    ("Riot police chased away the protesters in Minsk on Sunday.", "chased", "BLR"),
    ("Security forces used rubber bullets on crowds in Yangon on Sunday.", "used", "MMR"),
])
def test_tear_gas_on_crowds_is_crowd_control(code, text, trigger, where):
    # one act, told by its purpose ("to chase away") when there is one, else by the weapon used
    (e,) = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert (e.event_type, e.mode) == ("ASSAULT", "crowd-control")
    assert countries(e.actor) == {where}


# ---- a cordon thrown around a place: movement restricted ----------------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Police cordoned off Independence Square in Kiev on Saturday.", "cordoned"),
    ("Troops sealed off the state broadcaster in Harare on Wednesday.", "sealed"),
    ("Riot police set up a cordon around parliament in Tbilisi on Thursday.", "set"),
    ("Police and soldiers set up a ring of security around the airport in La Paz.", "set"),
])
def test_cordon_is_a_restriction(code, text, trigger):
    (e,) = by_trigger(code(text), trigger)
    assert (e.event_type, e.mode) == ("COERCE", "restrict")


# ---- ground, towns, weapons or ships taken: a seizure, not an assault ---------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Taliban fighters captured the city of Kunduz on Monday.", "captured"),
    ("Islamic State militants seized the town of Palmyra on Wednesday.", "seized"),
    ("Russian forces seized three Ukrainian navy vessels in the Kerch Strait on Sunday.", "seized"),
    ("Houthi rebels overran the town of Amran on Tuesday.", "overran"),
    ("Tuareg rebels captured weapons and vehicles from the army near Kidal.", "captured"),
    ("The Iraqi army recaptured the city of Tikrit on Tuesday.", "recaptured"),
])
def test_capture_of_ground_or_arms_is_a_seizure(code, text, trigger):
    (e,) = by_trigger(code(text), trigger)
    assert (e.event_type, e.mode) == ("COERCE", "seize")


# ---- staying away from talks: a refusal to meet, never the meeting ---------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Venezuela boycotted the meeting of the Organization of American States on Tuesday.", "boycotted"),
    ("The Syrian opposition boycotted the talks in Sochi on Tuesday.", "boycotted"),
    ("Pakistan refused to attend the conference in Bonn on Afghanistan.", "refused"),
    ("India will not attend the Belt and Road summit in Beijing.", "attend"),
])
def test_boycotted_talks_are_a_refusal(code, text, trigger):
    evs = code(text)
    (e,) = by_trigger(evs, trigger)
    assert (e.event_type, e.mode) == ("REJECT", "meet")
    assert "CONSULT" not in types(evs)


def test_boycotted_election_stays_a_protest(code):
    (e,) = by_trigger(code("The opposition boycotted the election in Venezuela."), "boycotted")
    assert (e.event_type, e.mode) == ("PROTEST", "boycott")


# ---- a ruler suspending a broadcaster: censorship, no request -------------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Mali's junta suspended the French broadcaster RFI on Thursday.", "suspended", "MLI"),
    ("Burkina Faso's military rulers ordered the suspension of France 24 television on Monday.",
     "ordered", "BFA"),
    ("The junta in Niger ordered the suspension of the broadcaster RFI on Thursday.", "ordered", "NER"),
    ("Thailand's junta suspended the Voice TV channel on Tuesday.", "suspended", "THA"),
])
def test_suspending_a_broadcaster_is_censorship(code, text, trigger, actor):
    (e,) = by_trigger(code(text), trigger)
    assert (e.event_type, e.mode) == ("COERCE", "censor")
    assert countries(e.actor) == {actor}


# ---- a ceasefire brokered by a third state: the sides agree, the broker mediates -------------------
@pytest.mark.parametrize(("text", "broker", "sides"), [
    ("Egypt brokered a ceasefire between Israel and Islamic Jihad on Sunday.", "EGY", {"ISR", "PSE"}),
    ("Russia brokered a ceasefire between Armenia and Azerbaijan on Saturday.", "RUS", {"ARM", "AZE"}),
    ("Egyptian mediators brokered a truce between Israel and Hamas on Friday.", "EGY", {"ISR", "PSE"}),
    ("Qatar mediated a deal between the United States and the Taliban in Doha.", "QAT", {"USA", "AFG"}),
])
def test_brokered_ceasefire_is_the_sides_agreement(code, text, broker, sides):
    evs = code(text)
    agree = [e for e in evs if e.event_type == "AGREE"]
    assert len(agree) == 1
    assert countries(agree[0].actor) == sides and not agree[0].recipient
    (m,) = [e for e in evs if e.event_type == "CONSULT"]
    assert m.mode == "third-party" and countries(m.actor) == {broker}


def test_a_failed_mediation_gives_no_agreement(code):
    evs = code("Egypt did not broker a ceasefire between Israel and Hamas.")
    assert "AGREE" not in types(evs)


def test_a_report_hung_under_a_blockade_keeps_its_own_acts(code):
    # a misparse may hang the report under "were set up"; the patrol reported is still an act
    evs = code("Local media reported that riot police patrolled the streets of Nairobi, roadblocks were set up "
               "on major roads and many shops were shut.")
    assert [e.event_type for e in by_trigger(evs, "patrolled")] == ["MOBILIZE"]
