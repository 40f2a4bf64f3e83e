"""A party's country comes from the words next to it, the leaders table or its first full mention,
never from whichever country or city is named nearest (issue F5). Sentences of our own about real,
well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2013-06-08")



# ---- a city named in a neighbouring sentence gives no one a country --------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "wrong"), [
    ("Ambassador Richard Olson was summoned by Foreign Secretary Jalil Abbas Jilani over the strike, the "
     "Foreign Office said.\nPakistan had planned to attend talks in Brussels next month.",
     "2013-06-08", "summoned", "BEL"),
    ("Foreign Secretary Shamshad Ahmad summoned the Indian high commissioner on Friday, a spokesman said.\n"
     "The two sides had been due to meet again in Geneva next week.", "1999-05-28", "summoned", "CHE"),
    ("Deputy Foreign Minister Sergei Ryabkov summoned the American ambassador on Monday, officials said.\n"
     "Russia and the United States were due to hold arms talks in Vienna in July.", "2020-06-01",
     "summoned", "AUT"),
    ("Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi on Wednesday.\n"
     "Australia will also send a trade envoy to the summit in Jakarta.", "2022-12-21", "met", "IDN"),
])
def test_a_city_next_door_gives_no_country(code, text, date, trigger, wrong):
    (e,) = by_trigger(code(text, date), trigger)
    assert wrong not in countries(e.actor) | countries(e.recipient)


def test_an_official_is_not_of_the_envoy_he_summons(code):
    (e,) = by_trigger(code("Foreign Secretary Shamshad Ahmad summoned the Indian high commissioner on Friday, "
                           "a spokesman said.", "1999-05-28"), "summoned")
    assert countries(e.actor) <= {"", "PAK"} and countries(e.recipient) == {"IND"}


def test_an_ambassador_with_no_country_stays_unknown(code):
    (e,) = by_trigger(code("Ambassador Richard Olson was summoned by Foreign Secretary Jalil Abbas Jilani "
                           "over the strike, the Foreign Office said.\nPakistan had planned to attend talks "
                           "next month."), "summoned")
    assert countries(e.recipient) <= {"", "USA"}


# ---- troops are not of another force named in their sentence ---------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "other"), [
    ("The troops, together with Ethiopian forces, captured the town of Baidoa on Saturday.", "2012-02-25",
     "captured", "ETH"),
    ("The soldiers, alongside Chadian troops, recaptured the town of Damasak on Monday.", "2015-03-09",
     "recaptured", "TCD"),
    ("The troops in conjunction with French special forces killed the militant commander on Friday.",
     "2013-03-01", "killed", "FRA"),
    ("The soldiers, backed by Rwandan troops, recaptured the port of Mocimboa da Praia on Sunday.",
     "2021-08-09", "recaptured", "RWA"),
])
def test_troops_not_of_the_force_beside_them(code, text, date, trigger, other):
    (e,) = by_trigger(code(text, date), trigger)
    assert other not in countries(e.actor)


def test_troops_named_with_their_own_country_keep_it(code):
    (e,) = by_trigger(code("Kenyan troops fighting alongside Somali government forces captured the port "
                           "town of Kismayo on Friday.", "2012-09-28"), "captured")
    assert countries(e.actor) == {"KEN"}


# ---- an epithet refers back to the country just named, not to the one that acts on it -------------------
@pytest.mark.parametrize(("text", "date", "trigger", "side", "country"), [
    ("South Korea said it would suspend aid to North Korea.\nThe Stalinist state had fired a missile on "
     "Friday, Seoul said.", "2006-07-08", "fired", "actor", "PRK"),
    ("Japan said it would halt food aid to North Korea until the abduction issue is settled.\nTokyo accused "
     "the communist state of lying about the victims.", "2004-12-10", "accused", "recipient", "PRK"),
    ("Turkey accused Cyprus of provocation.\nAnkara warned the island nation against drilling for gas.",
     "2019-05-06", "warned", "recipient", "CYP"),
    ("The European Union froze talks with Belarus.\nBrussels imposed sanctions on the authoritarian state "
     "after the disputed election.", "2020-10-02", "imposed", "recipient", "BLR"),
    ("Washington has long pressed Havana to free political prisoners.\nThe United States tightened its "
     "embargo on the communist nation on Friday.", "2019-04-19", "tightened", "recipient", "CUB"),
])
def test_an_epithet_refers_back(code, text, date, trigger, side, country):
    (e,) = by_trigger(code(text, date), trigger)
    got = countries(e.actor if side == "actor" else e.recipient)
    assert got == {country}


def test_an_epithet_with_nothing_before_stays_unknown(code):
    events = code("The reclusive state fired two missiles into the sea on Friday.", "2019-05-10")
    for e in by_trigger(events, "fired"):
        assert countries(e.actor) <= {""}


# ---- a named leader keeps his own country, not his interlocutor's ---------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "who", "country"), [
    ("President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday.\nXi praised Putin as a "
     "close friend.", "2023-03-21", "praised", "recipient", "RUS"),
    ("Pakistan's foreign secretary Aizaz Chaudhry met the American envoy on Monday.\nChaudhry told the envoy "
     "that the drone strikes must stop, officials in Washington said.", "2014-01-20", "met", "actor", "PAK"),
    ("The United States imposed sanctions on Venezuela on Monday.\nWashington accused Maduro of rigging the "
     "vote.", "2017-07-31", "accused", "recipient", "VEN"),
    ("Britain criticised Zimbabwe's election.\nLondon accused Mugabe of intimidating voters.", "2008-04-02",
     "accused", "recipient", "ZWE"),
])
def test_a_leader_keeps_his_country(code, text, date, trigger, who, country):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.actor if who == "actor" else e.recipient) == {country}


# ---- a bare surname shared by a leader and a relative is the leader's ------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "country"), [
    ("Switzerland froze any assets of President Hosni Mubarak and of his son Gamal Mubarak, a banker "
     "who lived in London.\nOpposition leaders accused Mubarak of stealing billions.", "2011-02-11",
     "accused", "EGY"),
    ("The United States blacklisted President Bashar al-Assad and his brother Maher al-Assad, whom Washington "
     "calls a commander.\nRights groups accused Assad of torture.", "2011-05-19", "accused", "SYR"),
    ("The US Treasury imposed sanctions on President Robert Mugabe and on Leo Mugabe, a relative who owns "
     "companies in South Africa.\nThe opposition accused Mugabe of rigging the vote.", "2008-07-25",
     "accused", "ZWE"),
])
def test_a_bare_surname_is_the_leaders(code_all, text, date, trigger, country):
    (e,) = by_trigger(code_all(text, date), trigger)
    assert countries(e.recipient) == {country}
    assert countries(e.actor) <= {"", country}


# ---- "they" continues the plural subject, not a pair named in passing in between -------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "wrong"), [
    ("Prime Minister Narendra Modi and President Joe Biden met at the White House on Thursday.\nThey "
     "discussed defence ties. The plan is meant to counter pressure from China and Pakistan.\nThey agreed to "
     "build jet engines together.", "2023-06-23", "agreed", {"CHN", "PAK"}),
    ("Chancellor Olaf Scholz and President Emmanuel Macron met in Paris on Sunday.\nThey discussed energy "
     "prices. The talks follow tension with Russia and Belarus.\nThey agreed to cooperate on gas supplies.",
     "2023-01-22", "agreed", {"RUS", "BLR"}),
])
def test_they_continue_the_plural_subject(code, text, date, trigger, wrong):
    for e in by_trigger(code(text, date), trigger):
        assert not countries(e.actor) & wrong
