"""Answers and furniture (issue 8, sixth session): an answer to an act the story told before ("denied the
accusations", "protested the verdict", "condemned the attack") is addressed to whoever did that act; a coup is
done to the government of its country; a dateline glued to the story's first word ("(VNA):Vietnam",
"(Reuters) -Georgian") or ended by a colon ("NEW DELHI:") is furniture, never an actor. Sentences of our own
about real, well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, of_type
from wirecoder.nlp.furniture import find_furniture


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-06-01")


# ---- an answer names no one; the act it answers does ---------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "answerer", "doer"), [
    ("Rwanda's foreign minister accused Congo on Monday of backing FDLR rebels. Kinshasa denied the accusations "
     "on Tuesday.", "2022-05-31", "denied", "COD", "RWA"),
    ("Turkish F-16s shot down a Russian Su-24 bomber near the Syrian border on Tuesday. President Vladimir Putin "
     "denounced the attack as a stab in the back.", "2015-11-24", "denounced", "RUS", "TUR"),
    ("A court in Istanbul sentenced the opposition party's provincial chair to almost ten years in prison on "
     "Friday. Hundreds of supporters protested the verdict outside the courthouse.", "2019-09-06", "protested",
     "TUR", "TUR"),
    ("India revoked the special status of Kashmir on Monday. On Wednesday Pakistan rejected the decision and "
     "expelled India's envoy.", "2019-08-07", "rejected", "PAK", "IND"),
])
def test_an_answer_is_addressed_to_the_doer_of_the_act_it_names(code, text, date, trigger, answerer, doer):
    (e,) = by_trigger(code(text, date), trigger)
    assert answerer in countries(e.actor)
    assert doer in countries(e.recipient)


def test_the_answer_looks_back_past_other_sentences(code):
    # the accusation three sentences back, with other news between; the trace says which act was answered
    text = ("Ethiopia accused Egypt on Monday of arming rebel groups in the Amhara region. The Nile dam talks "
            "stalled in April. Sudan has called for mediation by the African Union. Cairo denied the "
            "allegations on Wednesday, the foreign ministry said.")
    (e,) = by_trigger(code(text, "2023-08-09"), "denied")
    assert "EGY" in countries(e.actor) and countries(e.recipient) == {"ETH"}
    assert "recipient: who did 'accused" in e.rule and "told 3 sentence(s) before" in e.rule


def test_a_state_does_not_answer_its_own_act(code):
    # China lodged the protest; China's spokesman rejecting "the accusations" answers someone else's, untold
    text = ("China lodged a protest with Australia over the raids on Chinese journalists on Tuesday. A Chinese "
            "embassy spokesman on Wednesday rejected the accusations.")
    (e,) = by_trigger(code(text, "2020-09-09"), "rejected")
    assert "CHN" not in countries(e.recipient)


def test_an_act_only_promised_is_not_answered(code):
    text = ("Serbia will offer Kosovo a new deal on licence plates next week, officials said. Pristina rejected "
            "the offer on Friday.")
    events = by_trigger(code(text, "2022-11-18"), "rejected")
    assert all("names" not in e.rule for e in events)


def test_two_doers_at_the_same_distance_leave_the_answer_open(code):
    text = ("Armenia and Azerbaijan each accused the other on Tuesday of shelling border villages, and Russia "
            "accused Ukraine of shelling Belgorod. Baku denied the accusations.")
    for e in by_trigger(code(text, "2022-09-13"), "denied"):
        assert "names" not in e.rule


def test_an_owned_act_is_not_looked_for_before(code):
    # "Uganda's accusations" names its owner; the pass leaves it to the parse
    text = ("Kenya accused Somalia of auctioning oil blocks on Sunday. Somalia rejected Uganda's accusations on "
            "Monday.")
    for e in by_trigger(code(text, "2019-02-18"), "rejected"):
        assert "KEN" not in countries(e.recipient)


# ---- a coup is done to the government of its country -----------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "country"), [
    ("Soldiers in Burkina Faso said on state television on Monday that they had seized power.", "2022-01-24",
     "seized", "BFA"),
    ("Mali's junta has staged two coups since August 2020, the report said.", "2021-06-01", "staged", "MLI"),
    ("Army officers in Gabon took control of power on Wednesday, minutes after the election result was "
     "announced.", "2023-08-30", "took", "GAB"),
])
def test_a_coup_is_done_to_its_government(code, text, date, trigger, country):
    (e,) = [e for e in by_trigger(code(text, date), trigger) if e.event_type == "COERCE"]
    assert country in countries(e.actor)
    assert [(a.country, a.sector) for a in e.recipient] == [(country, "GOV")]


def test_seized_goods_are_no_coup(code):
    text = "Nigerian soldiers seized two trucks of weapons near Maiduguri on Sunday, the army said."
    for e in of_type(code(text, "2021-06-01"), "COERCE"):
        assert "whose power a coup takes" not in e.rule


# ---- datelines glued to the story or ended by a colon are furniture -----------------------------------------
@pytest.mark.parametrize(("text", "dateline"), [
    ("HANOI, Sept 10 (VNA):Vietnam and Laos on Monday signed five agreements.", "HANOI, Sept 10 (VNA):"),
    ("TBILISI (Reuters) -Georgian riot police used tear gas against protesters.", "TBILISI (Reuters) -"),
    ("NEW DELHI: India has sent relief material to Nepal.", "NEW DELHI: "),
    ("KARACHI, June 2 (APP): Pakistan and China signed a pact.", "KARACHI, June 2 (APP): "),
])
def test_datelines_in_their_glued_and_colon_forms(text, dateline):
    assert [(text[s:e], k) for s, e, k in find_furniture(text)] == [(dateline, "dateline")]


@pytest.mark.parametrize("text", [
    "US-China talks resumed in Geneva on Monday.",
    "UPDATE: The talks resumed in Geneva on Monday.",
    "OBAMA: We will not back down.",  # a speaker's name in capitals, though Japan has a town so named
    "Santiago: the talks resumed.",
])
def test_what_is_no_dateline(text):
    assert not [k for _s, _e, k in find_furniture(text) if k == "dateline"]


@pytest.mark.parametrize(("text", "date", "trigger", "actors"), [
    ("HANOI, Sept 10 (VNA):Vietnam and Laos on Monday signed five agreements on trade and energy.",
     "2018-09-10", "signed", {"VNM", "LAO"}),
    ("TBILISI (Reuters) -Georgian riot police used tear gas against protesters outside parliament on "
     "Tuesday.", "2024-04-30", "used", {"GEO"}),
    ("NEW DELHI: India has airlifted tents and medicine to quake-hit Nepal, the foreign ministry said on "
     "Sunday.", "2015-04-26", "airlifted", {"IND"}),
])
def test_the_story_after_a_glued_dateline_has_its_actors(code, text, date, trigger, actors):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.actor) == actors
    assert all(a.text.isupper() is False for a in e.actor)


# ---- money names no party ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "donor", "receiver", "not_a_party"), [
    ("The Chinese government has decided to donate 800,000 U.S. dollars in cash as emergency aid to Zimbabwe, "
     "its envoy said on Friday.", "2019-03-22", "donate", "CHN", "ZWE", "USA"),
    ("Japan gave 2 million U.S. dollars in emergency aid to Mozambique after Cyclone Idai, the embassy said on "
     "Tuesday.", "2019-03-26", "gave", "JPN", "MOZ", "USA"),
])
def test_a_currency_is_no_party(code_all, text, date, trigger, donor, receiver, not_a_party):
    events = by_trigger(code_all(text, date), trigger)
    assert events
    for e in events:
        assert not_a_party not in countries(e.actor) | countries(e.recipient)
    assert any(donor in countries(e.actor) and receiver in countries(e.recipient) for e in events)


# ---- a member put out of a body is sanctioned by that body -------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "body", "members"), [
    ("Guinea was suspended from the African Union on Thursday after the coup.", "2021-09-10", "suspended",
     "IGO", {"GIN"}),
    ("Russia was expelled from the Council of Europe on Wednesday.", "2022-03-16", "expelled", "IGO", {"RUS"}),
    ("The African Union suspended Madagascar on Friday after the army handed power to the opposition leader.",
     "2009-03-20", "suspended", "IGO", {"MDG"}),
    ("ECOWAS suspended Burkina Faso after the second coup in eight months.", "2022-10-04", "suspended", "IGO",
     {"BFA"}),
])
def test_put_out_of_a_body(code, text, date, trigger, body, members):
    (e,) = by_trigger(code(text, date), trigger)
    assert (e.event_type, e.mode) == ("SANCTION", "discontinue")
    assert countries(e.actor) == {body}
    assert countries(e.recipient) == members


def test_suspending_an_activity_is_no_membership_sanction(code):
    (e,) = by_trigger(code("Israel suspended military operations in Gaza on Sunday.", "2023-11-26"), "suspended")
    assert e.event_type == "RETREAT"


# ---- whoever frees a detainee is whoever held them -------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "holder", "freed"), [
    ("Soldiers detained President Alpha Conde in Conakry on Sunday. Conde was freed in April of the following "
     "year, his party said.", "2021-09-06", "GIN", "GIN"),
    ("Ugandan police arrested opposition leader Bobi Wine in Kampala on Wednesday. Wine was released on bail "
     "on Friday, his lawyer said.", "2020-11-20", "UGA", "UGA"),
])
def test_a_release_is_done_by_those_who_held(code, text, date, holder, freed):
    events = [e for e in code(text, date) if (e.event_type, e.mode) == ("RETREAT", "release")]
    assert events
    assert holder in countries(events[0].actor) and freed in countries(events[0].recipient)
    assert "the act it undoes" in events[0].rule or "= subject" in events[0].rule


def test_someone_else_freed_takes_no_holder(code_all):
    text = ("Soldiers detained President Alpha Conde in Conakry on Sunday. A French journalist was freed in Mali "
            "on Monday.")
    for e in code_all(text, "2021-09-06"):
        if (e.event_type, e.mode) == ("RETREAT", "release"):
            assert "the act it undoes" not in e.rule


# ---- a few phrasings of plain acts ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "etype", "actor", "recipient"), [
    ("The Polish foreign ministry sent a protest note to Minsk on Friday over the border incident.",
     "2021-11-12", "sent", "ACCUSE", "POL", "BLR"),
    ("Kuwait has deposited $2 billion in the central bank of Egypt, the Egyptian cabinet said.", "2013-09-05",
     "deposited", "AID", "KWT", "EGY"),
    ("Serbia announced the visit of the Chinese president to Belgrade for next month.", "2024-04-10", "visit",
     "CONSULT", "CHN", "SRB"),
])
def test_plain_acts_in_other_words(code, text, date, trigger, etype, actor, recipient):
    (e,) = [e for e in by_trigger(code(text, date), trigger) if e.event_type in (etype, "AGREE")]
    assert actor in countries(e.actor)
    assert recipient in countries(e.recipient)


def test_protests_restarted(code):
    (e,) = of_type(code("Opposition supporters in Dhaka restarted protests on Tuesday against the election "
                        "result.", "2024-01-09"), "PROTEST")
    assert "BGD" in countries(e.actor)


# ---- a promise to refrain from force is no threat ---------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("North Korea pledged on Friday to keep its moratorium on long-range missile tests.", "2018-06-15",
     "pledged"),
    ("The rebels vowed to halt attacks on government positions during the talks.", "2019-05-02", "vowed"),
])
def test_a_promise_of_restraint_is_no_threat(code_all, text, date, trigger):
    events = by_trigger(code_all(text, date), trigger)
    assert events and all(e.event_type != "THREATEN" for e in events)


def test_a_pledge_to_attack_is_still_a_threat(code):
    (e,) = by_trigger(code("The rebels vowed to attack army bases in the north.", "2019-05-02"), "vowed")
    assert e.event_type == "THREATEN"


# ---- complying, refusing to comply, and being told to leave office ---------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "etype"), [
    ("The opposition alliance said it would not comply with the court order to disband.", "2017-02-01", "comply",
     "REJECT"),
    ("Bulgaria complied with the European Commission's demand on Monday.", "2017-02-01", "complied", "CONCEDE"),
    ('"President Mugabe must leave office now," the war veterans\' leader said on Tuesday.', "2017-11-21",
     "leave", "REQUEST"),
])
def test_complying_and_leaving_office(code, text, date, trigger, etype):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.event_type == etype


# ---- failing to agree is no refusal ------------------------------------------------------------------------
def test_could_not_agree_is_no_rejection(code_all):
    text = "Greek and Turkish negotiators could not agree on the wording of a joint statement on Tuesday."
    assert not [e for e in code_all(text, "2016-04-12") if e.event_type in ("REJECT", "AGREE")]


def test_cannot_accept_is_still_a_refusal(code):
    text = '"We cannot accept this decision," the Pakistani foreign minister told India on Monday.'
    assert of_type(code(text, "2019-08-05"), "REJECT")


# ---- what is told of a subject is no content of the act done to it ----------------------------------------------
def test_a_subjects_description_is_no_content(code_all):
    text = ("Kem Sokha, known for his criticism of the ruling party, was arrested at his home in Phnom Penh on "
            "Sunday.")
    for e in code_all(text, "2017-09-03"):
        if e.event_type == "COERCE":
            assert "recipient from 'criticism'" not in e.rule


# ---- 'anti-' names the one protested against ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "crowd", "target"), [
    ("Thousands joined anti-Russian protests in Tbilisi on Thursday.", "2019-06-21", "GEO", "RUS"),
    ("Tens of thousands of people held an anti-US demonstration in Seoul on Saturday.", "2008-06-07", "KOR",
     "USA"),
])
def test_anti_names_the_target(code, text, date, crowd, target):
    (e,) = of_type(code(text, date), "PROTEST")
    assert crowd in countries(e.actor)
    assert target in countries(e.recipient) and target not in countries(e.actor)


def test_anti_government_protests_are_not_the_governments(code_all):
    text = "Police fired tear gas at anti-government protesters in Minsk on Sunday."
    for e in code_all(text, "2020-08-16"):
        assert not any(a.sector == "GOV" and a.text.lower() == "government" for a in e.actor)


# ---- the story's other country is the counterpart only where the act's sentence (or the one before) names it ---
def test_a_domestic_denial_is_not_aimed_at_the_storys_other_country(code):
    text = ("Relations between India and Canada plunged this week. Canada expelled an Indian diplomat on Monday, "
            "and India expelled a Canadian diplomat on Tuesday. Canada's foreign minister met India's envoy on "
            "Wednesday. Parliament returned from its summer break on Monday. In a separate case, Prime Minister "
            "Justin Trudeau denied all the charges of ethics breaches "
            "against him on Wednesday.")
    for e in by_trigger(code(text, "2023-09-19"), "denied"):
        assert "IND" not in countries(e.recipient)



# ---- lawyers and ombudspeople speak; a day is no particle -------------------------------------------------
def test_lawyers_calling_an_arrest_illegal(code):
    text = ("Pakistani police arrested former Prime Minister Imran Khan in Islamabad on Tuesday. Khan's lawyers "
            "called the arrest illegal on Wednesday.")
    events = by_trigger(code(text, "2023-05-10"), "called")
    assert [e.event_type for e in events] == ["ACCUSE"]  # no courtesy call "on Wednesday"
    assert "PAK" in countries(events[0].actor) and "PAK" in countries(events[0].recipient)


def test_an_ombudsperson_judging_a_detention(code):
    text = ("Armenian police detained dozens of protesters in Yerevan on Monday. The ombudsman described the "
            "detention of the protesters as unjustified.")
    (e,) = by_trigger(code(text, "2024-05-28"), "described")
    assert e.event_type == "ACCUSE"
    assert "ARM" in countries(e.actor) and "ARM" in countries(e.recipient)


def test_the_country_suspended_is_the_one_named(code):
    text = ("Niger's junta faced new pressure on Thursday after West African leaders suspended the country from "
            "the regional bloc.")
    (e,) = by_trigger(code(text, "2023-08-11"), "suspended")
    assert e.event_type == "SANCTION" and countries(e.recipient) == {"NER"}


def test_a_signal_cut(code_all):
    text = "Kenyan authorities cut the signal of three private television stations in Nairobi on Tuesday."
    (e,) = by_trigger(code_all(text, "2018-01-30"), "cut")
    assert (e.event_type, e.mode) == ("COERCE", "censor") and "KEN" in countries(e.actor)


def test_a_foreign_broadcaster_cut_is_silenced_by_the_host(code_all):
    text = ("Congolese police fired tear gas at opposition supporters in Kinshasa on Saturday. The signal of "
            "French radio RFI was cut in the capital, the broadcaster said.")
    (e,) = by_trigger(code_all(text, "2016-11-05"), "cut")
    assert countries(e.actor) == {"COD"} and "FRA" in countries(e.recipient)


def test_called_in_court_for(code):
    text = "Kyrgyz prosecutors called in court on Friday for the former president to be held in custody."
    (e,) = by_trigger(code(text, "2019-08-09"), "called")
    assert e.event_type == "REQUEST"


@pytest.mark.parametrize("text", [
    "Turkey will suspend its objections to Sweden's bid to join NATO, officials said.",
    "U.N. sanctions could be adjusted, including being suspended or lifted, if Pyongyang complied.",
])
def test_suspending_no_member_is_no_sanction(code_all, text):
    assert not [e for e in by_trigger(code_all(text, "2018-06-18"), "suspend") if e.event_type == "SANCTION"]


# ---- representatives stand for whom they represent; a deal's kind is no party --------------------------------
def test_representatives_of_a_government(code):
    text = ("Representatives of the Government of Moldova condemned the military agreement between Russia and "
            "Transnistria on Tuesday.")
    (e,) = by_trigger(code(text, "2019-05-21"), "condemned")
    assert countries(e.actor) == {"MDA"}
    assert "RUS" in countries(e.recipient)
    assert not any(a.text.lower() == "military" for a in e.recipient)


def test_representatives_from_a_country(code):
    text = "Representatives from Russia walked out of the Geneva talks on Wednesday."
    events = code(text, "2016-12-14")
    assert any("RUS" in countries(e.actor) for e in events)


# ---- a language community or an ethnic group is no state's party -------------------------------------------
def test_french_speaking_is_not_france(code_all):
    text = ("Anglophone lawyers in Cameroon complained on Monday of marginalisation by the French-speaking "
            "majority.")
    for e in code_all(text, "2016-11-21"):
        assert "FRA" not in countries(e.actor) | countries(e.recipient)


def test_an_ethnic_serb_arrested_in_kosovo(code):
    text = "Kosovo police arrested an ethnic Serb former policeman in Pristina on Tuesday."
    (e,) = by_trigger(code(text, "2022-12-13"), "arrested")
    assert countries(e.actor) == {"XKX"}
    assert countries(e.recipient) == {"XKX"}


# ---- "Congress" is the US Congress only in a story that names the United States --------------------------------
def test_a_congress_at_home(code):
    text = ("Thousands of protesters marched on Peru's Congress in Lima on Saturday against the new president. "
            "Police fired tear gas at protesters outside the Congress, and lawmakers in the South American "
            "country met in emergency session.")
    events = code(text, "2020-11-14")
    assert not any("USA" in countries(e.actor) | countries(e.recipient) for e in events)


def test_the_us_congress_stays(code):
    text = ("The U.S. Congress passed new sanctions on Russia on Thursday. President Donald Trump is expected to "
            "sign the bill, the White House said. Congress voted 419-3 for the measure.")
    (e,) = [e for e in by_trigger(code(text, "2017-07-28"), "passed") if e.event_type == "SANCTION"]
    assert "USA" in countries(e.actor)


def test_the_neighbours_are_the_storys_two_countries(code_all):
    text = ("Relations between Ethiopia and Eritrea were frozen for two decades. During the border war, the "
            "neighbours severed diplomatic ties in 1998.")
    (e,) = by_trigger(code_all(text, "2018-07-09"), "severed")
    assert countries(e.actor) == {"ETH", "ERI"}


# ---- "the city of X" is a place, whatever NER makes of the name ---------------------------------------------
def test_the_city_of_a_town_ner_takes_for_a_person(code):
    text = "Armenian forces shelled the city of Ganja overnight, Azerbaijan's defence ministry said on Sunday."
    (e,) = by_trigger(code(text, "2020-10-11"), "shelled")
    assert countries(e.recipient) == {"AZE"}
