"""Main events told only in reported speech (fix-B3): threats said of another, the quoted speaker as the
actor, and stated opposition in the speaker's own words. Sentences of our own about real, well-documented
events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2023-11-30")


# ---- "said X would pay a heavy price": a threat by the speaker to X ---------------------------------------
@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Iran's foreign minister warned that Israel would pay a heavy price for any attack on Iranian soil.",
     "IRN", "ISR"),
    ("Russia said Ukraine would pay a high price if it struck Crimea again.", "RUS", "UKR"),
    ("Chinese state media quoted Defence Minister Wei Fenghe as saying Taiwan would pay a high price for "
     "independence.", "CHN", "TWN"),
])
def test_a_price_to_pay_is_the_speakers_threat(code, text, actor, recipient):
    (e,) = by_trigger(code(text), "pay")
    assert e.event_type == "THREATEN"
    assert countries(e.actor) == {actor} and recipient in countries(e.recipient)


def test_the_quoted_one_threatens_not_the_medium(code):
    (e,) = by_trigger(code("Chinese state media quoted Defence Minister Wei Fenghe as saying Taiwan would pay "
                           "a high price for independence."), "pay")
    assert any("Wei" in a.text for a in e.actor)


def test_a_price_paid_is_no_threat(code):
    assert not by_trigger(code("Ukraine has paid a heavy price for the war."), "paid")


# ---- '"We will oppose this," X said': the speaker's rejection, stated now ---------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ('"We will oppose this bill," Odinga said.', "oppose", "KEN"),
    ('"We will resist this decision," Erdogan told reporters.', "resist", "TUR"),
    ('"We will reject any deal that divides Cyprus," Erdogan said on Tuesday.', "reject", "TUR"),
])
def test_stated_opposition_is_a_rejection(code, text, trigger, actor):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "REJECT" and countries(e.actor) == {actor}
    assert "future" not in e.aux_modes


# ---- a broker announces that two sides agreed: the agreement is theirs ------------------------------------
@pytest.mark.parametrize(("text", "sides", "broker"), [
    ("Qatar announced that Israel and Hamas had agreed to a four-day truce.", {"ISR", "PSE"}, "QAT"),
    ("Egypt announced that the Sudanese army and the Rapid Support Forces had agreed to a ceasefire.",
     {"SDN"}, "EGY"),
])
def test_the_broker_is_no_party_to_the_agreement(code, text, sides, broker):
    (e,) = by_trigger(code(text), "agreed")
    assert e.event_type == "AGREE"
    got = countries(e.actor) | countries(e.recipient)
    assert sides <= got and broker not in got


# ---- dismissals in words: "called the results manipulation", "said the report was biased" -----------------
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Opposition leader Raila Odinga called the election results pure manipulation.", "called", "KEN"),
    ("China said the human rights report was biased and had political motives.", "said", "CHN"),
    ("The Kremlin called the accusations Western propaganda.", "called", "RUS"),
    ("Beijing described the tribunal ruling as a fabrication.", "described", "CHN"),
    ("Russia said the inquiry into the downing of the airliner was politicized.", "said", "RUS"),
])
def test_dismissals_in_words_are_accusations(code, text, trigger, actor):
    (e,) = by_trigger(code(text), trigger)
    assert e.event_type == "ACCUSE" and countries(e.actor) == {actor}
