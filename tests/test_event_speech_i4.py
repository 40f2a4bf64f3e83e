"""Main events told only in reported speech (fix-I4): a statement that names someone as responsible
for an attack is an accusation by the one who makes it. Sentences of our own about real,
well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2023-11-30")


# ---- "said the group was responsible for / behind the attack": the speaker accuses the group ---------------
@pytest.mark.parametrize(("text", "actor", "named"), [
    ("Russia's FSB said Ukrainian special services were responsible for the bombing in St Petersburg.",
     "RUS", "Ukrainian"),
    ("Turkey's National Intelligence Organisation said the PKK was responsible for the Istanbul bombing.",
     "TUR", "PKK"),
    ("Pakistan's Inter-Services Intelligence said the Pakistani Taliban was behind the attack.",
     "PAK", "Taliban"),
    ("Egypt's interior ministry said the Muslim Brotherhood was behind the assassination of the prosecutor "
     "general.", "EGY", "Brotherhood"),
])
def test_naming_the_attacker_is_an_accusation(code, text, actor, named):
    (e,) = [x for x in by_trigger(code(text), "said") if x.event_type == "ACCUSE"]
    assert countries(e.actor) == {actor}
    assert any(named in a.text for a in e.recipient)


@pytest.mark.parametrize("text", [
    "The ministry said it was responsible for border security.",
    "Iran said it was not behind the attack on the tanker.",
])
def test_no_accusation_without_an_attack_or_under_a_negation(code, text):
    assert not [x for x in by_trigger(code(text), "said") if x.event_type == "ACCUSE"]
