"""Real events coded with the wrong type, and plain clauses not coded (fix-P5), one class per block,
with sentences of our own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")



def _one(events, trigger):
    (e,) = by_trigger(events, trigger)
    return e


# ---- a ruler dismissing a named minister ends a relation of office: no rejection in words ----------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Tunisian President Kais Saied dismissed Prime Minister Hichem Mechichi on Sunday.", "dismissed"),
    ("Ukrainian President Volodymyr Zelensky dismissed Defence Minister Oleksii Reznikov in September.", "dismissed"),
    ("Sri Lankan President Maithripala Sirisena fired Prime Minister Ranil Wickremesinghe in October 2018.", "fired"),
    ("Peru's President Pedro Castillo sacked his interior minister on Tuesday.", "sacked"),
])
def test_dismissing_a_minister_is_no_rejection(code, text, trigger):
    e = _one(code(text), trigger)
    assert e.event_type in ("SANCTION", "COERCE")


# ---- forcing one's way into a building is force, not criticism ------------------------------------------
@pytest.mark.parametrize(("text", "types"), [
    ("Soldiers forced their way into the offices of the electoral commission on Monday.", {"COERCE", "ASSAULT"}),
    ("Nigerien troops smashed their way into the state broadcaster's building in Niamey.", {"ASSAULT"}),
    ("Police blasted their way into the Ecuadorian embassy in Quito on Friday.", {"ASSAULT"}),
])
def test_forcing_ones_way_in(code, text, types):
    (e,) = code(text)
    assert e.event_type in types


# ---- handing power to another is a concession, not support ----------------------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Sudan's President Omar al-Bashir handed power to the military council.", "handed"),
    ("Kyrgyz President Sooronbay Jeenbekov signed over power to Prime Minister Sadyr Japarov.", "signed"),
    ("Mali's junta handed power to a civilian transitional government on Friday.", "handed"),
])
def test_handing_power_over_is_a_retreat(code, text, trigger):
    assert _one(code(text), trigger).event_type == "RETREAT"


# ---- an order to one's forces to open fire is the shooting -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Myanmar's army chief ordered soldiers to open fire on demonstrators in Yangon.",
    "Kazakh President Kassym-Jomart Tokayev ordered troops to shoot protesters without warning.",
    "Syrian President Bashar al-Assad ordered his forces to fire on protesters in Daraa.",
])
def test_an_order_to_fire_is_an_assault(code, text):
    e = _one(code(text), "ordered")
    assert e.event_type == "ASSAULT"
    assert not any(r.text.lower() in ("soldiers", "troops", "his forces") for r in e.recipient)


# ---- weapons bought arriving are an exchange, not aid ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Egypt took delivery of two Mistral warships from France.",
    "Turkey took delivery of the first S-400 batch from Russia on Friday.",
    "Greece took delivery of its first Rafale jets from France in July.",
])
def test_taking_delivery_is_cooperation(code_all, text):
    assert _one(code_all(text), "took").event_type == "COOPERATE"


# ---- suspending military operations is a halt to fighting ------------------------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Ethiopia's government suspended military operations in Tigray in March 2022.", "suspended"),
    ("Israel suspended military operations in Gaza on Friday.", "suspended"),
    ("Russia suspended its offensive near Kyiv in late March.", "suspended"),
    ("Israel and Hamas halted hostilities on Friday after 11 days of fighting.", "halted"),
])
def test_suspended_operations_are_a_ceasefire(code, text, trigger):
    e = _one(code(text), trigger)
    assert (e.event_type, e.mode) == ("RETREAT", "ceasefire")


# ---- a curfew or a state of emergency declared is coercion -----------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh government declared a state of emergency in Almaty on Wednesday.",
    "Sri Lanka's president declared a curfew in Colombo on Friday.",
    "Ethiopia's government imposed a curfew in Addis Ababa on Tuesday.",
])
def test_curfews_are_coercion(code, text):
    (e,) = code(text)
    assert e.event_type == "COERCE"


# ---- taking a country out of a programme is a sanction ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "The United States cancelled Turkey's participation in the F-35 programme.",
    "The United States removed Turkey from the F-35 programme in July 2019.",
    "The European Union suspended Mali's participation in the training mission.",
])
def test_ending_participation_is_a_sanction(code, text):
    (e,) = code(text)
    assert e.event_type == "SANCTION"
    assert e.recipient


# ---- convening a meeting is a consultation ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Egyptian President Abdel Fattah al-Sisi convened a meeting of the National Security Council on Tuesday.",
    "Kenya's President Uhuru Kenyatta convened a meeting with opposition leaders on Monday.",
    "The UN Security Council convened an emergency meeting on Myanmar on Friday.",
])
def test_convening_a_meeting_is_a_consultation(code, text):
    assert _one(code(text), "convened").event_type == "CONSULT"


# ---- advising another to act is a request ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kenya's Supreme Court advised the opposition to go to court.",
    "Nigeria's President Muhammadu Buhari advised the aggrieved parties to go to court.",
    "Ghana's electoral commission advised the losing candidates to file petitions in court.",
])
def test_advising_another_to_act_is_a_request(code, text):
    assert _one(code(text), "advised").event_type == "REQUEST"


# ---- people seized by armed men are abducted -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Gunmen seized 17 American missionaries near Port-au-Prince on Saturday.",
    "Armed men seized more than 300 schoolgirls from a school in Zamfara state on Friday.",
    "Boko Haram militants seized 276 schoolgirls from Chibok in 2014.",
])
def test_people_seized_are_abducted(code, text):
    (e,) = by_trigger(code(text), "seized")
    assert (e.event_type, e.mode) == ("ASSAULT", "abduct")


# ---- a curfew with its hours declared is coded as the curfew ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Thailand's army declared a 10 p.m. until 4 a.m. curfew across the country on Thursday.",
    "Uganda's president declared a 7 p.m. to 6 a.m. curfew on Monday.",
    "The governor of Lagos ordered a 24-hour curfew on Tuesday.",
])
def test_curfews_with_hours_are_coercion(code, text):
    es = [e for e in code(text) if e.event_type == "COERCE"]
    assert [e.mode for e in es] == ["curfew"]


# ---- armed men halting their advance stop short (RETREAT); a crowd halting its march is no event ----------
@pytest.mark.parametrize("text", [
    "Russian forces halted their advance on Kyiv in late March.",
    "Senegalese troops halted their march into Gambia on Thursday night.",
    "Ethiopian troops halted their advance on Mekelle on Sunday.",
])
def test_an_advance_halted_is_a_retreat(code, text):
    (e,) = by_trigger(code(text), "halted")
    assert e.event_type == "RETREAT"


def test_a_protest_march_halted_is_no_ceasefire(code):
    assert not [e for e in code("Protesters halted their march outside parliament on Monday.")
                if e.event_type in ("RETREAT", "ACCUSE")]


# ---- a halt told in an agentless passive: the halted fighting is no party, the story's two sides halt -----
@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan fought for six weeks in 2020. Military operations have been suspended on the "
    "front line between Azerbaijani and Armenian forces since midnight, the Kremlin said.",
    "India and Pakistan exchanged fire in February. Military operations have been suspended on the line "
    "between Indian and Pakistani troops since midnight, the army said.",
])
def test_an_agentless_halt_is_the_two_sides(code, text):
    (e,) = by_trigger(code(text), "suspended")
    assert (e.event_type, e.mode) == ("RETREAT", "ceasefire")
    assert not any("operations" in r.text.lower() for r in e.recipient)
