"""Events that did not happen as told, and real events read as the wrong type (real news set F,
class 5 and 6): a speech to an audience is no act; an act only weighed or forecast is none;
a status recognised is no act; a summoned envoy is a protest, not a phone call; shells fired
into the sea are a show of force, not an attack. Sentences are our own, about real events.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-10-14")



# ---- (a) speaking to a rally, a crowd or a news conference is no act ---------------------------------------
@pytest.mark.parametrize("text", [
    '"We will never surrender to the empire," Chavez told a rally of supporters in Caracas.',
    '"Our patience has limits," Erdogan told a crowd of supporters in Istanbul.',
    '"The border will stay open," Lopez Obrador told a gathering of farmers in Sonora.',
    'The incursion "is a violation of international law," Chief Cabinet Secretary Hirokazu Matsuno '
    'told a news conference.',
])
def test_speaking_to_an_audience_is_no_act(code, text):
    # telling a crowd is no act of its own; only what is said may be one (an evaluation: "a violation")
    assert not [e for e in by_trigger(code(text), "told") if "evaluations.tsv" not in e.rule]


@pytest.mark.parametrize("text", [
    '"The sanctions are illegal," Lavrov told reporters in Moscow.',
    '"This tariff is unacceptable," the Chinese commerce minister told journalists in Beijing.',
])
def test_the_press_is_no_target_of_a_charge(code, text):
    for e in code(text):
        assert not any("reporter" in a.text or "journalist" in a.text for a in e.recipient)


def test_a_meeting_of_ones_own_government_where_one_spoke_is_no_consultation(code):
    events = code('"We must act faster," Prime Minister Kishida said at a meeting of the cabinet task force.')
    assert "CONSULT" not in types(events)


def test_a_meeting_with_a_foreign_leader_still_counts(code):
    events = code('"We must act faster," Kishida said at a meeting with Joe Biden in Tokyo.')
    assert "CONSULT" in types(events)


# ---- (b) weighed or forecast, not done ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Germany is considering sending Leopard tanks to Ukraine, a government spokesman said.",
    "The United States is weighing sending more troops to Poland, officials said.",
    "Britain is mulling sanctions on Iranian oil exports, diplomats said.",
    "Japan is contemplating sending rescue teams to Turkey after the earthquake.",
])
def test_only_weighed_is_no_event(code, text):
    assert not (types(code(text)) - {"SAY"})


@pytest.mark.parametrize("text", [
    "Leaders of India and Pakistan are expected to attend a summit of the Shanghai Cooperation Organization "
    "in Astana next week.",
    "Xi Jinping is expected to visit Moscow next month, diplomats said.",
])
def test_a_forecast_attendance_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text)) and "CONSULT" not in types(code(text))


def test_a_plan_to_visit_stays_an_agreement(code):
    assert "AGREE" in types(code("Xi Jinping plans to visit Moscow next month, the Kremlin said."))


# ---- (c) a status is no act --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Crimea is internationally recognized as part of Ukraine, but Russia annexed it in 2014.",
    "Western Sahara is widely recognized as a non-self-governing territory.",
])
def test_a_recognised_status_is_no_support(code, text):
    assert not by_trigger(code(text), "recognized")


def test_a_recognition_by_a_state_is_support(code):
    assert "SUPPORT" in types(code("Russia recognized the independence of Abkhazia on Tuesday."))


# ---- (d) a summoned envoy is a protest; shells into the sea are no attack -----------------------------------
@pytest.mark.parametrize("text", [
    "The German ambassador was called in and informed of Moscow's protest.",
    "The Dutch ambassador in Ankara was called to the foreign ministry on Sunday.",
    "Beijing called in the Japanese ambassador to protest the visit.",
])
def test_an_envoy_called_in_is_a_protest(code_all, text):
    (e,) = by_trigger(code_all(text), "called")
    assert e.event_type == "ACCUSE"


def test_a_phone_call_to_a_leader_stays_a_call(code):
    (e,) = by_trigger(code("Biden called Xi Jinping on Thursday."), "called")
    assert e.event_type == "CONSULT"


@pytest.mark.parametrize("text", [
    "North Korea fired about 100 artillery shells into the sea near the maritime border on Thursday.",
    "North Korea fired some 130 artillery rounds into the buffer zone off its west coast.",
    "North Korean troops fired artillery shells into the waters off Yeonpyeong island.",
])
def test_shells_fired_into_the_sea_are_no_attack(code, text):
    (e,) = by_trigger(code(text), "fired")
    assert e.event_type == "MOBILIZE" and not e.recipient


def test_shells_fired_at_an_island_are_an_attack(code):
    (e,) = by_trigger(code("North Korea fired artillery shells at Yeonpyeong island in November 2010.", "2010-11-24"),
                      "fired")
    assert e.event_type == "ASSAULT"


def test_shells_fired_into_two_named_seas_are_no_attack(code):
    (e,) = by_trigger(code("North Korea fired more artillery shells into the East and Yellow Seas on Friday."), "fired")
    assert e.event_type == "MOBILIZE"


# ---- (d) burning tyres is a riot by protesters, no destruction of property ----------------------------------
@pytest.mark.parametrize("text", [
    "Opposition protesters burned tyres and blocked roads in Nairobi on Monday.",
    "Demonstrators burned tires outside the presidential palace in Port-au-Prince.",
])
def test_burning_tyres_is_a_protest(code, text):
    (e,) = by_trigger(code(text), "burned")
    assert e.event_type == "PROTEST"


# ---- (b) a planned or coming event named as a landmark is not told as done ----------------------------------
@pytest.mark.parametrize(("text", "etype"), [
    ("Tensions rose in Dhaka over the planned rally of the opposition on Saturday.", "PROTEST"),
    ("Police braced for a planned march by teachers in Santiago on Friday.", "PROTEST"),
    ("The clashes came a day before a summit of the Shanghai Cooperation Organization in Samarkand.", "CONSULT"),
    ("The strike came two days ahead of a meeting of NATO defence ministers in Brussels.", "CONSULT"),
])
def test_a_coming_event_is_not_told_as_done(code, text, etype):
    assert etype not in types(code(text))


def test_we_are_talking_about_someone_is_no_consultation(code):
    events = code('"We are talking about a reporter who has been held for a year," the Dutch minister said.')
    assert "CONSULT" not in types(events)


def test_a_summit_held_after_the_signing_the_same_day_stays(code):
    events = code("The deals were signed in Hanoi on Monday ahead of a summit between Joe Biden and "
                  "Nguyen Phu Trong.", "2023-09-11")
    assert "CONSULT" in types(events)


# ---- (c) a kind of act or a habit, not a happening -----------------------------------------------------------
@pytest.mark.parametrize(("text", "etype"), [
    ('"It is too risky to hold such rallies during the pandemic," the health minister said.', "PROTEST"),
    ('"It would be dangerous to hold such talks now," the foreign minister said.', "CONSULT"),
    ("The UN usually sends observers to countries where the army seizes power.", "COERCE"),
    ("The EU typically freezes the assets of officials who arrest peaceful protesters.", "COERCE"),
])
def test_a_kind_of_act_or_a_habit_is_no_event(code, text, etype):
    assert etype not in types(code(text))


# ---- (d) a crowd at a place to press for something is demonstrating -----------------------------------------
@pytest.mark.parametrize("text", [
    "Thousands of farmers were outside parliament in New Delhi to press for the repeal of the farm laws.",
    "Opposition supporters stood at the gates of the electoral commission in Kinshasa to demand a recount.",
])
def test_a_crowd_there_to_press_is_a_protest(code, text):
    assert "PROTEST" in types(code(text)) and "REQUEST" not in types(code(text))


def test_an_envoy_there_to_press_still_asks(code):
    events = code("The French foreign minister was in Beirut on Monday to press for the formation of a government.")
    assert "PROTEST" not in types(events)


# ---- a month is no march; "demonstrated" something is no protest ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The region was annexed by Russia in March after a disputed referendum.",
    "The opposition said the verdict demonstrated the government's contempt for the talks.",
])
def test_month_and_showing_are_no_protest(code, text):
    assert "PROTEST" not in types(code(text))


def test_students_who_demonstrated_protest(code):
    assert "PROTEST" in types(code("Thousands of students demonstrated in Santiago on Thursday."))
