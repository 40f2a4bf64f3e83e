"""Wrong countries in roles (round 5): a country word inside a longer place name, a town named
only as where someone lives abroad, a king's bare first name, datelines that are not parties,
and the summoning of envoys. Sentences of our own about real, well-documented events."""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


def all_countries(events) -> set[str]:
    return {a.country for e in events for a in [*e.actor, *e.recipient]}


# ---- a country or capital inside a longer place name is no country mention ------------------------------
@pytest.mark.parametrize(("text", "date", "wrong"), [
    ("Uruguayan police arrested 20 demonstrators on Avenida Italia in Montevideo on Thursday.", "2019-10-24", "ITA"),
    ("Police fired tear gas at thousands of protesters near Plaza Italia in Buenos Aires on Monday.", "2018-06-12",
     "ITA"),
    ("Israeli police detained dozens of Palestinians outside the Damascus Gate on Sunday.", "2021-04-25", "SYR"),
    ("Riot police in Lima dispersed students marching down Avenida Brasil on Tuesday.", "2020-11-17", "BRA"),
])
def test_a_country_inside_a_place_name_is_no_party(code, text, date, wrong):
    events = code(text, date)
    assert events
    assert wrong not in all_countries(events)


# ---- a town named only as where someone lives abroad does not place the story ---------------------------
def test_an_exiles_city_does_not_place_the_court_or_police(code):
    text = ("Thailand's Supreme Court sentenced former prime minister Thaksin Shinawatra in absentia to two years "
            "in prison on Tuesday.\nThaksin, who lives in Dubai, called the verdict political.\n"
            "Police arrested 12 protesters outside the court.")
    events = code(text, "2008-10-21")
    (e,) = by_trigger(events, "arrested")
    assert countries(e.recipient) == {"THA"}
    assert "ARE" not in all_countries(events)


def test_a_treatment_abroad_does_not_place_the_opposition(code):
    text = ("A court in Pakistan sentenced former prime minister Nawaz Sharif to ten years in prison on Friday.\n"
            "Sharif, who is in London where his wife is receiving medical treatment, called the verdict unjust.\n"
            "The government called on the opposition parties to accept the ruling.")
    events = code(text, "2018-07-06")
    (e,) = by_trigger(events, "called on")
    assert countries(e.recipient) == {"PAK"}
    assert "GBR" not in all_countries(events)


# ---- a king's bare first name is the king of his day, not a namesake ------------------------------------
@pytest.mark.parametrize(("text", "date", "iso"), [
    ("President George W. Bush met King Abdullah in Riyadh on Monday.", "2008-01-14", "SAU"),
    ("King Abdullah received Pakistani Prime Minister Yousuf Raza Gilani in Riyadh on Saturday.", "2008-05-31", "SAU"),
    ("King Abdullah met Palestinian President Mahmoud Abbas in Amman on Sunday.", "2017-01-22", "JOR"),
])
def test_king_abdullah(code, text, date, iso):
    events = code(text, date)
    assert events
    assert "AFG" not in all_countries(events)
    assert iso in all_countries(events)


# ---- datelines with a colon, or after a web site's name, are furniture ----------------------------------
@pytest.mark.parametrize(("text", "date", "wrong"), [
    ("RIYADH, January 14: US President George W. Bush arrived in Saudi Arabia on Monday for talks.",
     "2008-01-14", "SAU"),
    ("ISLAMABAD, July 6: A Pakistani court sentenced Nawaz Sharif to ten years in prison on Friday.",
     "2018-07-06", "GBR"),
    ("ANTARANEWS.COM, JAKARTA -- Indonesian police arrested 30 students during a protest on Tuesday.",
     "2019-09-24", "GBR"),
])
def test_a_dateline_is_no_party(code, text, date, wrong):
    events = code(text, date)
    assert events
    first = text.split(",")[0].lower()
    assert not any(a.text.lower().startswith(first) for e in events for a in [*e.actor, *e.recipient])
    assert wrong not in {a.country for e in events for a in e.actor}


# ---- the summoning government is the actor, the summoned envoy the recipient -----------------------------
@pytest.mark.parametrize(("text", "date", "actor", "recipient"), [
    ("South Korea summoned a Japanese diplomat on Friday to protest Tokyo's claim to the islands.",
     "2012-08-10", "KOR", "JPN"),
    ("China summoned the US ambassador on Sunday over the arrest of a Huawei executive.", "2018-12-09",
     "CHN", "USA"),
    ("Japan's claim prompted South Korea to summon a Japanese diplomat in protest.", "2012-08-10", "KOR", "JPN"),
    ("A Japanese diplomat was summoned to the foreign ministry in Seoul on Friday.", "2012-08-10", "KOR", "JPN"),
])
def test_summoning(code, text, date, actor, recipient):
    (e,) = by_trigger(code(text, date), "summon")
    assert countries(e.actor) == {actor}
    assert recipient in countries(e.recipient)


# ---- (fix-R5) a sea or gulf named after a country is a place, not the country as recipient ---------------
@pytest.mark.parametrize(("text", "date", "wrong"), [
    ("North Korea fired two short-range missiles into the Sea of Japan on Thursday.", "2019-10-31", "JPN"),
    ("North Korea launched a ballistic missile toward the East Sea (Sea of Japan) on Wednesday.", "2022-11-02",
     "JPN"),
    ("Iran's navy seized an oil tanker in the Gulf of Oman on Thursday.", "2023-04-27", "OMN"),
])
def test_a_sea_named_after_a_country_is_no_party(code, text, date, wrong):
    events = code(text, date)
    assert events
    assert wrong not in all_countries(events)


# ---- (fix-R5) a region's states named as a group after the list are those states, not an IGO -------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("Saudi Arabia, Egypt, the United Arab Emirates and Bahrain severed ties with Qatar on Monday.\n"
     "The four Arab states accused Qatar of funding terrorism.", "2017-06-05", "accused"),
    ("Saudi Arabia, Egypt, the United Arab Emirates and Bahrain severed ties with Qatar on Monday.\n"
     "The Gulf states also closed their airspace to Qatari planes.", "2017-06-05", "closed"),
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt imposed a blockade on Qatar in June.\n"
     "The four Arab states rejected Qatar's reply to their demands on Wednesday.", "2017-07-05", "rejected"),
])
def test_the_listed_states_act_not_an_igo(code, text, date, trigger):
    (e,) = by_trigger(code(text, date), trigger)
    assert "IGO" not in countries(e.actor)
    assert {"SAU", "ARE"} <= countries(e.actor)


# ---- (fix-R5) "Chinatown" is a quarter many towns have: no country of its own -----------------------------
@pytest.mark.parametrize(("text", "date"), [
    ("Police raided gambling dens in Chinatown on Saturday.", "2010-11-13"),
    ("Rioters looted and burned shops in Chinatown on Wednesday.", "2006-04-19"),
    ("Masked men attacked a restaurant in Chinatown on Friday night.", "2020-06-12"),
])
def test_chinatown_gives_no_country(code, text, date):
    assert "USA" not in all_countries(code(text, date))


def test_an_owned_chinatown_keeps_its_town(code):
    (e,) = by_trigger(code("Rioters burned shops in Honiara's Chinatown on Wednesday.", "2006-04-20"), "burned")
    assert "SLB" in countries(e.recipient) | countries(e.actor)


# ---- (fix-R5) a person's country comes from the words next to the name, past a ministry's long name ------
@pytest.mark.parametrize(("text", "date", "trigger", "name", "iso"), [
    ("Romania's Emergency Management head Raed Arafat and South Korea's Minister of the Interior and Safety "
     "Lee Sang Min signed a memorandum on Tuesday.", "2023-11-21", "signed", "Lee Sang Min", "KOR"),
    ("Pakistan's Minister of State for Foreign Affairs Hina Rabbani Khar met Afghan officials in Kabul on "
     "Monday.", "2022-11-29", "met", "Khar", "PAK"),
    ("Britain's Secretary of State for Foreign Affairs Dominic Raab condemned the arrests on Wednesday.",
     "2021-03-10", "condemned", "Raab", "GBR"),
    ("Nikola Selakovic, Secretary General of Serbian President Aleksandar Vucic, condemned the arrest on Tuesday.\n"
     "Selakovic also accused the Kosovo police of brutality.", "2018-03-27", "accused", "Selakovic", "SRB"),
])
def test_a_persons_country_from_the_words_next_to_the_name(code, text, date, trigger, name, iso):
    (e,) = by_trigger(code(text, date), trigger)
    named = [a for a in e.actor if name in a.text] or e.actor  # (the parser may keep only the title)
    assert named and all(a.country == iso for a in named)


# ---- (fix-R5) "the North" and "the South" in a story about the Koreas ------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "iso"), [
    ("North Korea test-launched an intercontinental ballistic missile on Tuesday.\n"
     "The United States said the North had escalated the threat.", "2017-07-05", "escalated", "PRK"),
    ("North Korea fired at least 23 missiles on Wednesday, South Korea's military said.\n"
     "The South responded by launching three air-to-ground missiles.", "2022-11-03", "launching", "KOR"),
    ("North Korea blew up the inter-Korean liaison office in Kaesong on Tuesday.\n"
     "Seoul said the North had threatened to send troops to the border.", "2020-06-16", "threatened", "PRK"),
])
def test_the_north_and_the_south_are_the_koreas(code, text, date, trigger, iso):
    (e,) = by_trigger(code(text, date), trigger)
    assert iso in countries(e.actor)
    assert "USA" not in countries(e.actor)


# ---- (fix-R5) a rebel group talking in a foreign capital keeps its own country ----------------------------
@pytest.mark.parametrize(("text", "date", "trigger"), [
    ("The FARC rebels in Havana condemned the military operation on Monday.\n"
     "The guerrillas freed the general two weeks later.", "2014-11-17", "freed"),
    ("Government negotiators and the FARC rebels resumed talks in Havana on Tuesday.\n"
     "The rebels announced a unilateral ceasefire on Wednesday.", "2014-12-17", "announced"),
])
def test_a_rebel_group_keeps_its_country_abroad(code, text, date, trigger):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.actor) == {"COL"}
