"""Main events told with no doer in the clause: an agentless passive of cutting off or locking out, and an
arrest named only as what someone condemns. One class per block, with sentences of our own about real,
well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries, of_type


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-02-01")



# ---- communications cut off, lawmakers locked out: the authorities where it happens restrict -------------
@pytest.mark.parametrize(("text", "date", "trigger", "actor"), [
    ("Phone and internet connections in Khartoum were cut off on Monday.", "2021-10-26", "cut", "SDN"),
    ("Internet access in Ethiopia's Tigray region was cut off on Wednesday, residents said.", "2020-11-06", "cut",
     "ETH"),
    ("Mobile internet in Yangon was cut off on Monday.", "2021-02-01", "cut", "MMR"),
    ("Opposition lawmakers were locked out of parliament in Apia on Monday.", "2021-05-24", "locked", "WSM"),
    ("The parliament in Apia was locked on Monday.", "2021-05-24", "locked", "WSM"),
])
def test_an_agentless_cut_off_or_lock_out_is_the_authorities(code, text, date, trigger, actor):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.event_type == "COERCE" and actor in countries(e.actor)


def test_communications_cut_off_in_a_story_about_one_country(code):
    events = code("Myanmar's army seized power on Monday. The army detained Aung San Suu Kyi in Myanmar. "
                  "Phone connections were cut off on Monday.", "2021-02-01")
    (e,) = by_trigger(events, "cut")
    assert e.event_type == "COERCE" and "MMR" in countries(e.actor)


def test_locked_out_of_a_market_is_no_restriction(code):
    events = code("The sanctions freeze the bank's assets, effectively locking it out of the global banking system.",
                  "2022-02-27")
    assert not by_trigger(events, "locking")


def test_cutting_off_aid_stays_a_sanction(code):
    (e,) = by_trigger(code("The United States cut off aid to Myanmar on Tuesday.", "2021-02-03"), "cut")
    assert e.event_type == "SANCTION"


# ---- "condemned the arrest of X": the arrest is an event of its own ---------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "victim"), [
    ("The European Union condemned the arrest of Russian opposition leader Alexei Navalny on Monday.",
     "2021-01-19", "arrest", "RUS"),
    ("Washington condemned the detention of Myanmar leader Aung San Suu Kyi.", "2021-02-02", "detention", "MMR"),
    ("Amnesty International protested the arrest of Ugandan opposition leader Bobi Wine.", "2020-11-19",
     "arrest", "UGA"),
    ("Britain denounced the detention of Iranian-British aid worker Nazanin Zaghari-Ratcliffe in Iran.",
     "2016-05-10", "detention", "IRN"),
])
def test_a_condemned_arrest_is_coded(code, text, date, trigger, victim):
    events = code(text, date)
    (e,) = by_trigger(events, trigger)
    assert (e.event_type, e.mode) == ("COERCE", "arrest") and victim in countries(e.actor)
    assert of_type(events, "ACCUSE") or of_type(events, "PROTEST")


def test_condemned_arrests_of_a_kind_stay_uncoded(code):
    assert not of_type(code("Rights groups condemned arrests of activists in recent years.", "2021-02-01"), "COERCE")


# ---- an attack named by a noun with its attacker in a modifier: "Saudi-led", "US drone strikes" -----------
@pytest.mark.parametrize(("text", "date", "trigger", "actor", "target"), [
    ("A Saudi-led airstrike on Tuesday killed 20 people in Yemen.", "2018-08-10", "killed", "SAU", "YEM"),
    ("US drone strikes in North Waziristan killed 12 militants on Sunday.", "2013-07-08", "killed", "USA", "PAK"),
    ("Pakistan condemned yesterday's US drone strikes in North Waziristan.", "2013-07-04", "drone strikes", "USA",
     "PAK"),
    ("Iran condemned Tuesday's Saudi-led airstrike on a market in Yemen.", "2018-08-10", "airstrike", "SAU", "YEM"),
    ("Turkey condemned Sunday's Russian airstrikes on Idlib.", "2019-06-10", "airstrikes", "RUS", "SYR"),
])
def test_an_attack_noun_names_its_attacker(code, text, date, trigger, actor, target):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.event_type == "ASSAULT" and actor in countries(e.actor) and target in countries(e.recipient)


@pytest.mark.parametrize("text", [
    "Iran condemned the Saudi-led war in Yemen.",
    "Rights groups condemned the violence in Darfur.",
    "Aid groups condemned the Saudi-led airstrikes in Yemen.",
])
def test_a_condemned_kind_of_violence_is_no_attack(code, text):
    assert not of_type(code(text, "2019-06-10"), "ASSAULT")


# ---- "the prime minister's home was attacked": an attack on the one whose home it is ----------------------
@pytest.mark.parametrize(("text", "date", "target"), [
    ("The Haitian prime minister's home was attacked with grenades on Thursday.", "2012-04-13", "HTI"),
    ("Afghan Vice President Amrullah Saleh's convoy was attacked with a roadside bomb in Kabul on Wednesday.",
     "2020-09-10", "AFG"),
    ("Iraqi Prime Minister Mustafa al-Kadhimi's residence was attacked with explosives on Sunday.", "2021-11-08",
     "IRQ"),
])
def test_an_attack_on_someones_home_is_on_them(code_all, text, date, target):
    (e,) = by_trigger(code_all(text, date), "attacked")
    assert e.event_type == "ASSAULT" and target in countries(e.recipient)


# ---- "X was sentenced / jailed": the state's court or authorities act (already coded; kept) ----------------
@pytest.mark.parametrize(("text", "date", "trigger", "actor"), [
    ("Russian opposition leader Alexei Navalny was jailed for two and a half years on Tuesday.", "2021-02-03",
     "jailed", "RUS"),
    ("Saudi activist Loujain al-Hathloul was sentenced to nearly six years in prison on Monday.", "2020-12-29",
     "sentenced", "SAU"),
    ("Former Brazilian President Luiz Inacio Lula da Silva was convicted of corruption on Wednesday.", "2017-07-13",
     "convicted", "BRA"),
])
def test_a_passive_sentence_is_the_states(code, text, date, trigger, actor):
    (e,) = by_trigger(code(text, date), trigger)
    assert actor in countries(e.actor)
