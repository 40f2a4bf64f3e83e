"""Word senses and readings that made events out of no act, or gave a real act the wrong type
(real-news findings r2, classes 5, 6 and 1d), one class per block, with sentences of our own about
real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, types


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-08-05")


# ---- 1. verb senses ------------------------------------------------------------------------------------
# speaking is no meeting unless a counterpart is named; a speech or a briefing is no consultation
@pytest.mark.parametrize("text", [
    "Pentagon officials spoke on condition of anonymity to discuss the planned strikes.",
    "Two Israeli officials spoke on condition of anonymity to discuss the hostage talks.",
    "Chancellor Olaf Scholz spoke to reporters in Berlin on Tuesday.",
    "President Barack Obama spoke at Cairo University on June 4, 2009.",
])
def test_speaking_is_no_consultation(code, text):
    assert "CONSULT" not in types(code(text))


def test_speaking_with_a_counterpart_is_a_consultation(code):
    (e,) = code("President Joe Biden spoke with Chinese President Xi Jinping on Thursday.")
    assert e.event_type == "CONSULT" and countries(e.recipient) == {"CHN"}


# conceding that something is so is an admission, no concession
@pytest.mark.parametrize("text", [
    "Greek Prime Minister Alexis Tsipras conceded that there was no agreement with the creditors yet.",
    "The British foreign secretary conceded there had been no progress in the Brexit talks.",
    "Nicolas Maduro conceded that the sanctions had hurt Venezuela's oil output.",
])
def test_conceding_a_fact_is_no_concession(code, text):
    assert "CONCEDE" not in types(code(text))


# warning of a danger is no threat; warning of one's own response is
@pytest.mark.parametrize("text", [
    "Ukrainian President Volodymyr Zelensky warned of a possible Russian attack on the Zaporizhzhia nuclear plant.",
    "The Bolivian president warned of irregular troop movements in La Paz.",
    "NATO's secretary general warned of Chinese military expansion in the Pacific.",
])
def test_warning_of_a_danger_is_no_threat(code, text):
    assert "THREATEN" not in types(code(text))


def test_warning_of_a_response_is_a_threat(code):
    (e,) = code("Iran warned of a crushing response if Israel attacked its nuclear sites.")
    assert e.event_type == "THREATEN"


# a standing commitment or a commitment judged is no agreement
@pytest.mark.parametrize("text", [
    "Japan's defence ministry said its forces are committed to defending the Senkaku Islands.",
    "Seoul said it remains committed to the denuclearization of the Korean peninsula.",
    "Opposition leaders said they had no faith in the government's commitment to hold free elections.",
    "Kyiv voiced little confidence in Moscow's commitment to the grain deal.",
])
def test_a_standing_or_judged_commitment_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The Philippine foreign ministry called the attention of the Chinese envoy to the water cannon incident.",
    "Brazil's foreign minister called the attention of the United Nations to the fires in the Amazon.",
])
def test_calling_attention_is_no_phone_call(code, text):
    assert "CONSULT" not in types(code(text))


# hitting back at words is a reply in words, never an assault
@pytest.mark.parametrize("text", [
    "Beijing hit back at Washington's criticism of its Hong Kong policy on Tuesday.",
    "Turkish President Recep Tayyip Erdogan hit back at the European Union over its accusations.",
    "The Kremlin hit back at London's allegation that it had poisoned Sergei Skripal.",
])
def test_hitting_back_at_words_is_no_assault(code, text):
    assert "ASSAULT" not in types(code(text))


# summoning parties to talks is convening them; summoning an envoy stays a protest
@pytest.mark.parametrize("text", [
    "The European Union summoned the leaders of Serbia and Kosovo to crisis talks in Brussels.",
    "Aleksandar Vucic and Albin Kurti were summoned to Brussels for crisis talks.",
    "The African Union summoned the rival Sudanese generals to a meeting in Addis Ababa.",
])
def test_summoning_to_talks_is_no_protest(code, text):
    assert "ACCUSE" not in types(code(text))


def test_summoning_an_ambassador_is_a_protest(code):
    (e,) = code("China summoned the Japanese ambassador on Monday.")
    assert e.event_type == "ACCUSE" and countries(e.recipient) == {"JPN"}


# ---- 2. mentions and the content of accusations --------------------------------------------------------
@pytest.mark.parametrize(("text", "accused"), [
    ("Secretary of State Mike Pompeo said the Maduro regime represses its own people.", "VEN"),
    ('"The regime in Damascus kills its own citizens," the British foreign secretary said on Monday.', "SYR"),
    ("Amnesty International said the Eritrean government jails journalists without trial.", "ERI"),
])
def test_what_an_accuser_charges_is_no_act_of_the_accused(code, text, accused):
    assert not any(accused in countries(e.actor) for e in code(text))


@pytest.mark.parametrize("text", [
    "Britain said Hong Kong authorities must respect peaceful protests.",
    "Thailand's junta banned protests in Bangkok on Thursday.",
    "Police said they had orders to enforce a ban on rallies in Minsk.",
    "The Kazakh government outlawed street demonstrations in Almaty.",
    "Amnesty said Minsk crushes all dissent, including peaceful protests.",
    "Police detained activists in an attempt to thwart protests against the king in Kathmandu.",
])
def test_a_protest_only_named_is_no_protest(code, text):
    assert "PROTEST" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The Kremlin declined to comment on the report on Monday.",
    "Saudi officials declined to comment on the killing of Jamal Khashoggi.",
])
def test_declining_to_comment_is_no_rejection(code, text):
    assert "REJECT" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The minister said China's hostility in the South China Sea had grown.",
    "Manila must show how it handles China's hostility near the Spratly Islands.",
])
def test_hostility_is_an_attitude_not_an_attack(code, text):
    assert "ASSAULT" not in types(code(text))


# ---- 3. future, possible and requested acts -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "NATO defence ministers are to meet in Brussels next week.",
    "The foreign ministers of India and China are to meet in Moscow on Thursday.",
])
def test_be_to_meet_is_no_meeting_held(code, text):
    assert "CONSULT" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The bombing underscored Boko Haram's capacity to carry out attacks in Maiduguri.",
    "The raid showed the militants' ability to launch attacks near Mogadishu.",
    "The strike demonstrated the Houthis' capability to hit targets deep inside Saudi Arabia.",
])
def test_an_ability_is_no_act(code, text):
    assert not types(code(text)) & {"ASSAULT", "THREATEN"}


@pytest.mark.parametrize("text", [
    '"We need the people of Bolivia to mobilize against the coup," President Luis Arce said.',
    "Evo Morales urged his supporters to mobilize against the interim government.",
    '"We need workers and farmers to unite and mobilize against the coup," the Bolivian leader said.',
])
def test_a_call_to_mobilize_is_a_request(code, text):
    events = code(text)
    assert "MOBILIZE" not in types(events)


# ---- 4. real acts, wrong types ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "target"), [
    ("Russia ordered ten Polish embassy officials to leave the country within a week.", "POL"),
    ("Algeria ordered 15 French embassy staff to leave the country within 48 hours.", "FRA"),
    ("Moscow ordered the Estonian consul to leave Russia within a week.", "EST"),
])
def test_an_expulsion_order_is_an_expulsion(code, text, target):
    evs = [e for e in code(text) if e.event_type == "SANCTION" and e.mode == "expel"]
    assert evs and target in countries(evs[0].recipient)
    assert "REQUEST" not in types(code(text))


@pytest.mark.parametrize("text", [
    "The 35 Russian intelligence operatives and their families were given 72 hours to leave the United States.",
    "Those expelled were given 48 hours to leave the country.",
])
def test_a_deadline_to_leave_a_country_is_an_expulsion(code, text):
    evs = code(text)
    assert "THREATEN" not in types(evs)


@pytest.mark.parametrize("text", [
    "The first planeload of American relief supplies landed in Kathmandu on Saturday.",
    "A shipment of Turkish humanitarian aid arrived at the port of Ashdod on Monday.",
    "The first batch of Chinese medical supplies arrived in Rome on Thursday.",
])
def test_aid_that_arrives_is_no_visit(code, text):
    events = code(text)
    assert "CONSULT" not in types(events)


@pytest.mark.parametrize("text", [
    "India and Bangladesh signed seven agreements aimed at enhancing cooperation in energy and trade.",
    "Japan and Australia signed a memorandum to strengthen cooperation in education.",
])
def test_signing_is_support(code, text):
    (e,) = by_trigger(code(text), "signed")
    assert e.event_type == "SUPPORT"


@pytest.mark.parametrize("text", [
    "China held live-fire drills around Taiwan on Thursday.",
    "The Chinese military is holding exercises in six zones surrounding Taiwan.",
    "North Korea conducted artillery drills near the South Korean border on Monday.",
])
def test_one_sides_drills_are_no_cooperation(code, text):
    events = code(text)
    assert "COOPERATE" not in types(events)
    assert types(events) & {"MOBILIZE", "THREATEN"}


def test_joint_drills_are_cooperation(code):
    events = code("Russia and Belarus held joint military exercises near the Polish border.")
    assert "COOPERATE" in types(events)


@pytest.mark.parametrize("text", [
    "The military uprising in Gabon began on Wednesday morning.",
    "A mutiny by soldiers in Kati spread to the Malian capital.",
    "Army officers launched an uprising against President Ali Bongo.",
])
def test_soldiers_rising_do_not_protest(code, text):
    assert "PROTEST" not in types(code(text))


@pytest.mark.parametrize("text", [
    "Typhoon Haiyan struck the Philippines, killing more than 6,000 people.",
    "Cyclone Idai hit Mozambique in March 2019, killing hundreds of people.",
    "Hurricane Maria devastated Puerto Rico, killing nearly 3,000 people.",
])
def test_a_natural_disaster_is_no_attack(code, text):
    assert not types(code(text)) & {"ASSAULT", "PROTEST"}


# ---- an order told is a demand, not the act ----------------------------------------------------------
@pytest.mark.parametrize(("text", "inner"), [
    ('"Withdraw your troops from Ukraine now," the French president told Moscow.', "RETREAT"),
    ('"Release the hostages immediately," the UN secretary general said.', "RETREAT"),
])
def test_an_order_told_is_a_demand(code, text, inner):
    events = code(text)
    assert inner not in types(events)
