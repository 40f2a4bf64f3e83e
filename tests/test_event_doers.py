"""Who did it (issue 8, fifth session): an act told without its doer takes the doer of the same act
told before it in the story; an act still without anyone doing it is held back (left out at the
default confidence, kept and flagged below it). Sentences of our own about real, well-documented
events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import cached_coder, countries, of_type


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-09-13")


# ---- an act nobody is told doing is held back, not dropped ---------------------------------------------------
@pytest.mark.parametrize(("text", "date", "etype", "victim"), [
    ("Two Lebanese soldiers were killed near the border on Monday.", "2023-10-16", "ASSAULT", "LBN"),
    ("Four Malian peacekeepers were wounded near Kidal on Sunday, officials said.", "2019-01-21", "ASSAULT", "MLI"),
    ("Two Turkish diplomats were wounded on Monday, the foreign ministry said.", "2013-05-13", "ASSAULT",
     "TUR"),
])
def test_an_act_without_a_doer_is_held_back(code, code_all, text, date, etype, victim):
    assert not of_type(code(text, date), etype)
    (e,) = of_type(code_all(text, date), etype)
    assert not e.actor and victim in countries(e.recipient)
    assert e.confidence == 0.3 and "held back: no one is told doing it" in e.rule


# ---- a doer named without a country keeps the event: the words are kept, the code left unknown ----------------
@pytest.mark.parametrize(("text", "date", "etype"), [
    ("Western governments condemned the coup in Niger on Thursday.", "2023-07-28", "ACCUSE"),
    ("Masked gunmen abducted a journalist outside his home on Friday, his newspaper said.", "2021-05-14",
     "ASSAULT"),
])
def test_a_doer_without_a_country_is_not_held_back(code, text, date, etype):
    (e,) = of_type(code(text, date), etype)
    assert e.actor and not any(a.country for a in e.actor)
    assert "held back" not in e.rule


# ---- the same act told again without its doer is the act told before ------------------------------------------
@pytest.mark.parametrize(("text", "date", "etype", "doer", "victim"), [
    ("Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, Armenia's defence ministry said. "
     "Later that day two Armenian soldiers were wounded near the village of Sotk, the ministry added.",
     "2022-09-13", "ASSAULT", "AZE", "ARM"),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday. On Sunday another "
     "Philippine vessel was hit by water cannon, Manila said.", "2023-12-10", "ASSAULT", "CHN", "PHL"),
    ("Russian troops seized two Ukrainian navy vessels near the Kerch Strait on Sunday. A third Ukrainian ship "
     "was seized near the strait an hour later, Kyiv said.", "2018-11-26", "COERCE", "RUS", "UKR"),
])
def test_a_mention_without_its_doer_takes_the_doer_told_before(code_all, text, date, etype, doer, victim):
    acts = of_type(code_all(text, date), etype)
    assert acts and all(doer in countries(e.actor) for e in acts)
    assert all(victim in countries(e.recipient) for e in acts)


def test_a_mention_told_before_the_full_telling_is_not_given_a_doer(code_all):
    # the first telling lacks the doer: merging keeps the first mention, so it must not stand in for the act
    text = ("Two Armenian soldiers were wounded near Jermuk on Tuesday, the ministry said. Azerbaijani forces "
            "shelled Armenian positions overnight, it added.")
    wounded = [e for e in of_type(code_all(text), "ASSAULT") if e.trigger.text == "wounded"]
    assert wounded and not wounded[0].actor and wounded[0].confidence == 0.3


def test_the_nearest_act_before_gives_the_doer(code_all):
    text = ("Israeli jets struck Hezbollah positions in southern Lebanon on Sunday. Syrian artillery shelled "
            "villages near the Lebanese border the same day. Later three Lebanese civilians were killed near "
            "the village of Arsal, officials said.")
    for e in of_type(code_all(text, "2023-10-16"), "ASSAULT"):
        assert e.actor, e.trigger.text
    killed = [e for e in of_type(code_all(text, "2023-10-16"), "ASSAULT") if e.trigger.text == "killed"]
    assert not killed or countries(killed[0].actor) == {"SYR"}


# ---- charged or indicted in the passive: the state's prosecutors, of the country of the one charged ------------
@pytest.mark.parametrize(("text", "date", "country"), [
    ("Former Brazilian president Jair Bolsonaro was indicted on Tuesday over an alleged coup plot.", "2024-11-26",
     "BRA"),
    ("South Korea's former president Yoon Suk Yeol was charged with leading an insurrection on Sunday.",
     "2025-01-26", "KOR"),
    ("The former Peruvian president is charged with corruption by prosecutors.", "2022-12-10", "PER"),
])
def test_a_charge_in_the_passive_is_the_states(code, text, date, country):
    (e,) = of_type(code(text, date), "ACCUSE")
    assert countries(e.actor) == {country} and country in countries(e.recipient)
    assert e.actor[0].sector == "JUD"


def test_accused_of_in_the_passive_names_no_accuser(code_all):
    # anyone may accuse: a rights group, a rival, a newspaper; the state is not assumed
    for e in of_type(code_all("The opposition leader was accused of links to armed groups.", "2019-01-01"),
                     "ACCUSE"):
        assert not e.actor
