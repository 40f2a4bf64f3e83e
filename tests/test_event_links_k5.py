"""Acts told again, praise of a deal the story told, venues and attributions (issues 8 and 12): one
class per block, with sentences of our own about real, well-documented events. No story text
from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, of_type


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2018-09-17")


# ---- a signing or meeting told again without parties of its own is the act already told --------------------
@pytest.mark.parametrize(("text", "date", "parties"), [
    ("Bosnia, Croatia and Serbia signed the Dayton peace agreement in Paris on Thursday. The agreement was signed "
     "at the Elysee Palace in the presence of President Bill Clinton and President Jacques Chirac.",
     "1995-12-15", {"BIH", "HRV", "SRB"}),
    ("Israel and Jordan signed a peace treaty with each other and with the United States at the Arava crossing on "
     "Wednesday. The treaty was signed in a desert ceremony attended by thousands of guests.",
     "1994-10-27", {"ISR", "JOR"}),
    ("Armenia and Azerbaijan signed a joint declaration with the United States at the White House on Friday. "
     "The declaration was signed in the presence of President Donald Trump. Armenian Prime Minister Nikol "
     "Pashinyan signed for Yerevan and Azerbaijani President Ilham Aliyev for Baku.",
     "2025-08-09", {"ARM", "AZE"}),
])
def test_a_signing_told_again_is_one_event(code, text, date, parties):
    signed = of_type(code(text, date), "SUPPORT")
    assert len(signed) == 1
    (e,) = signed
    assert parties <= countries(e.actor) | countries(e.recipient)


def test_a_separate_signing_stays_apart(code):
    text = ("Russia and Ukraine signed separate deals with Turkey and the United Nations in Istanbul on Friday. "
            "Separately, the United Nations and Russia signed a memorandum on food exports.")
    assert len(by_trigger(code(text, "2022-07-23"), "signed")) == 2


# ---- a seat of government named as the venue is the place, not a party -------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Israel, the United Arab Emirates and Bahrain signed the Abraham Accords at the White House on Tuesday.",
     "2020-09-16", "signed"),
    ("The Egyptian and Israeli leaders signed the peace treaty at the White House in March 1979.",
     "1979-03-27", "signed"),
    ("Ethiopia and Eritrea signed a peace agreement at the royal palace in Jeddah on Sunday.", "2018-09-17",
     "signed"),
])
def test_a_seat_as_venue_is_no_party(code, text, date, trigger):
    (e,) = by_trigger(code(text, date), trigger)
    assert "USA" not in countries(e.recipient) and "SAU" not in countries(e.recipient)


def test_protesters_at_a_seat_still_protest_to_it(code):
    (e,) = by_trigger(code("Thousands of protesters rallied at the White House on Saturday against the war.",
                           "2003-03-16"), "rallied")
    assert "USA" in countries(e.actor) | countries(e.recipient)


# ---- whom a signer signs for is his own side ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "signer"), [
    ("Foreign Minister Sergei Lavrov signed for Russia at the ceremony in Moscow on Monday.", "2021-06-01", "RUS"),
    ("Deputy Prime Minister Yuliia Svyrydenko signed for Ukraine in Washington on Wednesday.", "2025-05-01", "UKR"),
])
def test_signing_for_a_country_is_no_counterpart(code, text, date, signer):
    (e,) = by_trigger(code(text, date), "signed")
    assert signer in countries(e.actor) and signer not in countries(e.recipient)


# ---- praise of a deal the story told goes to the sides that made it ---------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "praiser", "sides"), [
    ("Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday. The African Union welcomed the "
     "agreement.", "2018-09-17", "welcomed", "IGO", {"ETH", "ERI"}),
    ("Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington on Friday. Kenyan "
     "President William Ruto praised the deal.", "2025-06-28", "praised", "KEN", {"RWA", "COD"}),
    ("Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations. Egypt's "
     "President Abdel Fattah al-Sisi hailed the agreement.", "2020-08-14", "hailed", "EGY", {"ISR", "ARE"}),
    ("India and Pakistan agreed on Thursday to strictly observe the 2003 ceasefire along the Line of Control. The "
     "United States welcomed the agreement.", "2021-02-26", "welcomed", "USA", {"IND", "PAK"}),
])
def test_praise_of_a_told_deal_goes_to_its_sides(code, text, date, trigger, praiser, sides):
    (e,) = by_trigger(code(text, date), trigger)
    assert praiser in countries(e.actor)
    assert sides <= countries(e.recipient) | countries(e.actor)
    assert countries(e.recipient)


def test_praise_of_a_deal_only_promised_has_no_sides(code):
    text = ("Serbia and Kosovo will sign an agreement on freedom of movement next month, officials said. The "
            "European Union welcomed the plan.")
    (e,) = by_trigger(code(text, "2016-03-01"), "welcomed")
    assert not ({"SRB", "XKX"} & countries(e.recipient))


# ---- an attribution set between commas: the one it is about does the next act -----------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "actor"), [
    ("German Chancellor Olaf Scholz condemned the attack, his spokesman said, and urged Moscow to withdraw its "
     "troops.", "2022-03-01", "urged", "Scholz"),
    ("Japanese Prime Minister Fumio Kishida protested the missile launch, a government spokesman said, and called "
     "on North Korea to halt its tests.", "2023-10-10", "called", "Kishida"),
    ("President Emmanuel Macron welcomed the ceasefire, the Elysee said, and thanked Qatar for its mediation.",
     "2023-11-22", "thanked", "Macron"),
])
def test_an_inserted_attribution_does_not_act(code, text, date, trigger, actor):
    (e,) = by_trigger(code(text, date), trigger)
    assert any(actor in a.text for a in e.actor)
    assert not any("spokesman" in a.text or a.text == "Elysee" for a in e.actor)


# ---- an act told a measured time before the news is not promoted as the story's lone act of force -------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("A plane carrying Yevgeny Prigozhin crashed north of Moscow on Wednesday, killing all ten people on board, "
     "Russian aviation authorities said. The crash came exactly two months after Prigozhin led a mutiny in which "
     "his fighters took control of a military headquarters in Rostov-on-Don. The Kremlin denied any role. "
     "Investigators were at the site on Thursday.", "2023-08-24", "took"),
    ("Niger's junta named a new prime minister on Monday. The appointment came three weeks after the presidential "
     "guard staged a coup in which soldiers detained President Mohamed Bazoum in the capital. ECOWAS leaders met "
     "in Abuja. They said sanctions would stay.", "2023-08-08", "detained"),
])
def test_an_act_counted_back_is_not_the_lone_act_of_force(code, text, date, trigger):
    assert not by_trigger(code(text, date), trigger)


# ---- forcing one's way into a mission is aimed at the country it represents ----------------------------------
@pytest.mark.parametrize(("text", "date", "country"), [
    ("Hundreds of protesters gathered outside the Swedish embassy in Baghdad on Thursday, where some tried to force "
     "their way in.", "2023-07-20", "SWE"),
    ("Thousands of students rallied outside the United States embassy in Tehran, where some forced their way in.",
     "1979-11-05", "USA"),
])
def test_forcing_the_way_into_an_embassy(code, text, date, country):
    (e,) = by_trigger(code(text, date), "force")
    assert country in countries(e.recipient)
