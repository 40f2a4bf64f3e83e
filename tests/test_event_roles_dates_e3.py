"""Missing roles (set J findings, class 3), one class per block, with sentences of our own about
real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2006-11-22")


# ---- "the government of X and Y rebels signed": both sides sign ------------------------------------------
@pytest.mark.parametrize(("text", "date", "second"), [
    ("The government of Sri Lanka and Tamil rebels signed a ceasefire on Friday.", "2002-02-25", "REB"),
    ("The government of Nepal and Maoist rebels signed a peace accord in Kathmandu.", "2006-11-22", "REB"),
    ("The government of Indonesia and Aceh separatists signed a peace deal in Helsinki.", "2005-08-16", None),
])
def test_both_signers_of_a_misjoined_government(code, text, date, second):
    (e,) = by_trigger(code(text, date), "signed")
    assert len(e.actor) == 2
    if second:
        assert any(a.sector == second for a in e.actor)


def test_a_government_of_one_country_stays_one_signer(code):
    (e,) = by_trigger(code("The government of France and its allies agreed on new sanctions.", "2006-11-22"),
                      "agreed")
    assert {a.country for a in e.actor} == {"FRA"}


# ---- "a Security Council resolution urging Iran": the body named on the text demands -----------------------
@pytest.mark.parametrize(("text", "date", "actor", "recipient"), [
    ("Pyongyang said on Monday that a UN Security Council resolution urging North Korea to halt its missile "
     "tests was unacceptable.", "2006-07-18", "IGO", "PRK"),
    ("Iran's parliament said a Security Council resolution urging Iran to suspend enrichment was illegal.",
     "2006-08-02", "IGO", "IRN"),
    ("Belgrade said that a NATO statement urging Serbia to withdraw its forces from Kosovo was unacceptable.",
     "1998-10-10", "IGO", "SRB"),
])
def test_the_issuer_of_a_text_demands(code, text, date, actor, recipient):
    (e,) = by_trigger(code(text, date), "urging")
    assert {a.country for a in e.actor} == {actor}
    assert recipient in {a.country for a in e.recipient}


# ---- "the Egyptian Organisation for Human Rights": a national body the tagger leaves untagged --------------
@pytest.mark.parametrize(("text", "date", "trigger", "country", "name"), [
    ("The Egyptian Organization for Human Rights called for the release of Saad Eddin Ibrahim.", "2002-08-01",
     "called for", "EGY", "Organization"),
    ("The Syrian Observatory for Human Rights urged the authorities to free the detained activists.",
     "2011-05-02", "urged", "SYR", "Observatory"),
    ("The Bahrain Centre for Human Rights demanded the release of Abdulhadi al-Khawaja.", "2011-04-12",
     "demanded", "BHR", "Centre"),
])
def test_a_national_body_is_its_own_actor(code, text, date, trigger, country, name):
    (e,) = by_trigger(code(text, date), trigger)
    assert [a.country for a in e.actor] == [country]
    assert name in e.actor[0].text


# ---- "voted on Monday to impose ...": what a vote or decision enacts is of its day ---------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("The Security Council voted on Saturday to impose sanctions on North Korea, and Pyongyang's envoy said on "
     "Monday that his country would not comply.", "2006-10-17", "impose", "2006-10-14"),
    ("The European Union decided on Monday to impose sanctions on Belarus, a spokesman said on Wednesday.",
     "2011-01-27", "impose", "2011-01-24"),
    ("NATO foreign ministers decided on Tuesday to suspend all practical cooperation with Russia, officials said "
     "on Thursday.", "2014-04-03", "suspend", "2014-04-01"),
])
def test_what_a_vote_enacts_takes_its_day(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.date == expected
