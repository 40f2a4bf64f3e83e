"""Amounts: figures with their value, currency or unit, object, period, change and source.

Parsing is tested on its own; everything else on the real pipeline, with
sentences written for these tests in wire style about real events.
"""

from __future__ import annotations

import pytest

from conftest import coder_for
from wirecoder.model import Amount, CodedArticle
from wirecoder.nlp.amount_parse import parse_figure


@pytest.fixture(scope="module")
def code(coder):
    return coder_for(coder, "2024-06-01")


def amount(coded: CodedArticle, words: str) -> Amount:
    found = [a for a in coded.amounts if words in a.text]
    assert found, f"no amount with {words!r} in {[a.text for a in coded.amounts]}"
    a = found[0]
    assert coded.article.text[a.start:a.end] == a.text
    return a


@pytest.mark.parametrize(("text", "value", "currency", "unit", "approx"), [
    ("$245 billion", 245e9, "USD", "", None),
    ("US$1.2bn", 1.2e9, "USD", "", None),
    ("500 billion yuan", 500e9, "CNY", "", None),
    ("1.5 trillion rubles", 1.5e12, "RUB", "", None),
    ("€3 billion", 3e9, "EUR", "", None),
    ("7 billion euros", 7e9, "EUR", "", None),
    ("£40 million", 40e6, "GBP", "", None),
    ("HK$3.5 billion", 3.5e9, "HKD", "", None),
    ("68%", 68, None, "percent", None),
    ("3.9 percent", 3.9, None, "percent", None),
    ("40 per cent", 40, None, "percent", None),
    ("more than 20", 20, None, "", "more than"),
    ("some 368,000", 368000, None, "", "about"),
    ("Eleven", 11, None, "", None),
    ("twenty-five", 25, None, "", None),
    ("half a million", 500000, None, "", None),
    ("20 million tons", 20e6, None, "tonnes", None),
])
def test_parse_figure(text, value, currency, unit, approx):
    p = parse_figure(text)
    assert p is not None
    assert p.value == pytest.approx(value)
    assert (p.currency, p.unit, p.approximate) == (currency, unit, approx)


def test_parse_figure_needs_a_number():
    assert parse_figure("the leaders") is None


def test_dollars_with_object_and_period(code):
    coded = code("The United States approved $61 billion in aid for Ukraine in April.")
    a = amount(coded, "$61 billion")
    assert (a.value, a.currency, a.unit) == (61e9, "USD", "")
    assert a.object.startswith("aid") and a.period == "April"


def test_us_dollar_code_with_change_and_source(code):
    coded = code("Exports to China reached US$1.2bn in the first quarter, up 15% from a year earlier, "
                 "according to customs data.")
    a = amount(coded, "US$1.2bn")
    assert (a.value, a.currency) == (1.2e9, "USD")
    assert a.object == "Exports to China" and a.period == "first quarter"
    assert a.change == "up 15% from a year earlier"
    assert a.source == "according to customs data"
    pct = amount(coded, "15%")
    assert (pct.value, pct.unit, pct.change) == (15, "percent", "up 15% from a year earlier")


def test_yuan(code):
    coded = code("China's central bank injected 500 billion yuan into the banking system on Monday.")
    a = amount(coded, "500 billion yuan")
    assert (a.value, a.currency) == (500e9, "CNY")


def test_rubles_with_period_and_speaker_as_source(code):
    coded = code("Russia's budget deficit widened to 1.5 trillion rubles in the first half of 2024, the "
                 "finance ministry said.")
    a = amount(coded, "rubles")
    assert (a.value, a.currency) == (1.5e12, "RUB")
    assert a.object == "Russia's budget deficit" and a.period == "first half of 2024"
    assert a.source == "the finance ministry said"


def test_euros_as_symbol_and_word(code):
    coded = code("The European Union approved a €50 billion facility for Ukraine, and Germany pledged "
                 "another 7 billion euros.")
    a = amount(coded, "€50 billion")
    assert (a.value, a.currency) == (50e9, "EUR") and a.object == "facility for Ukraine"
    b = amount(coded, "7 billion euros")
    assert (b.value, b.currency) == (7e9, "EUR")


def test_bn_abbreviation(code):
    coded = code("Japan will provide $4.5bn in loans to Indonesia.")
    a = amount(coded, "$4.5bn")
    assert (a.value, a.currency, a.object) == (4.5e9, "USD", "loans to Indonesia")


def test_percent_with_source(code):
    coded = code("Inflation in Turkey rose to 75.4 percent in May, according to the state statistics "
                 "institute.")
    a = amount(coded, "75.4 percent")
    assert (a.value, a.unit, a.period) == (75.4, "percent", "May")
    assert a.object == "Inflation in Turkey"
    assert a.source == "according to the state statistics institute"
    assert a.change is None  # "rose to" gives a level, not a change


def test_change_before_the_figure(code):
    coded = code("Bilateral trade rose 26% to $240 billion last year.")
    assert amount(coded, "$240 billion").change == "rose 26%"
    assert amount(coded, "26%").object == "Bilateral trade"


def test_count_of_people_approximate(code):
    coded = code("More than 1,000 people were arrested during the protests, police said.")
    a = amount(coded, "1,000 people")
    assert (a.value, a.unit, a.approximate) == (1000, "people", "more than")
    assert a.object == "people arrested" and a.source == "police said"


def test_count_of_troops(code):
    coded = code("About 28,500 U.S. troops are stationed in South Korea.", date="2018-06-12")
    a = amount(coded, "28,500")
    assert (a.value, a.unit, a.approximate) == (28500, "troops", "about")
    assert a.text == "About 28,500 U.S. troops"


def test_count_of_countries(code):
    coded = code("Leaders from more than 40 countries attended the summit in Johannesburg.",
                 date="2023-08-24")
    a = amount(coded, "40 countries")
    assert (a.value, a.unit, a.approximate) == (40, "countries", "more than")


def test_count_of_casualties(code):
    coded = code("Israeli strikes killed 25 people in Gaza on Sunday, the territory's health ministry said.\n"
                 "The army reported 120 casualties after the battle.")
    killed = amount(coded, "25 people")
    assert (killed.value, killed.unit, killed.object) == (25, "people", "people killed")
    assert killed.period is None  # a weekday dates the event; it is not the figure's period
    cas = amount(coded, "120 casualties")
    assert (cas.value, cas.unit) == (120, "casualties")
    assert cas.source == "The army reported"


def test_references_and_adjectives_are_not_amounts(code):
    coded = code("The two leaders began a four-day visit, the first since both countries signed the treaty.")
    assert coded.amounts == []


def test_amount_linked_to_its_event(code):
    coded = code("Washington approved another $350 million in military assistance for Ukraine on Saturday.",
                 date="2022-02-27")
    a = amount(coded, "$350 million")
    assert a.event_ids, [(e.event_type, e.trigger.text) for e in coded.events]
    by_id = {e.event_id: e for e in coded.events}
    assert all(a.amount_id in by_id[i].amount_ids for i in a.event_ids)


def test_amount_ids_are_stable(code):
    text = "Bilateral trade rose 26% to $240 billion last year."
    assert [a.amount_id for a in code(text).amounts] == [a.amount_id for a in code(text).amounts]


# ---- the seed story ---------------------------------------------------------------------
def test_seed_trade_figure(seed_coded):
    a = amount(seed_coded, "$245 billion")
    assert (a.value, a.currency, a.unit) == (245_000_000_000, "USD", "")
    assert a.object == "Bilateral trade" and a.period == "2024"
    assert a.change == "up 68% from 2021"
    assert a.source == "according to Chinese customs data"


def test_seed_growth_percentage(seed_coded):
    a = amount(seed_coded, "68%")
    assert (a.value, a.unit, a.currency) == (68, "percent", None)
    assert a.change == "up 68% from 2021"


def test_seed_count_of_countries(seed_coded):
    a = amount(seed_coded, "20 countries")
    assert (a.value, a.unit, a.approximate) == (20, "countries", "more than")
