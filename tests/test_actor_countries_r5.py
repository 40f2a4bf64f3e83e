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
