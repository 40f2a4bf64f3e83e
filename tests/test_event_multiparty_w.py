"""Classes seen in the bundled example stories (fix W), one class per block, with sentences of our own
about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2022-02-27")


@pytest.fixture(scope="module")
def all_events(coder_all):
    return cached_coder(coder_all, "2022-02-27")


# ---- a casualty tally counted "since the war began" does not re-date the war itself ----------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Israel's offensive in Gaza widened on Sunday.\n"
     "Health officials said on Saturday that 300 people had been killed and 2,000 wounded since the offensive began.",
     "2014-07-20", "offensive", "2014-07-20"),
    ("Azerbaijan's offensive in Nagorno-Karabakh widened on Wednesday.\n"
     "Armenian officials said on Tuesday that 27 people had been killed since the offensive began.",
     "2023-09-20", "offensive", "2023-09-20"),
    ("Russia's invasion of Ukraine ground on on Monday.\n"
     "Ukrainian officials said on Sunday that 350 civilians had been killed since the invasion began.",
     "2022-02-28", "invasion", "2022-02-28"),
])
def test_a_tally_since_the_war_began_does_not_date_the_war(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert e.date == expected


# ---- talks between two sides hosted or brokered by a third: the two sides meet, the host takes no part -------
@pytest.mark.parametrize(("text", "date", "trigger", "sides"), [
    ("The deal came after a week of talks, kept secret until Monday, between Ethiopian Prime Minister Abiy "
     "Ahmed and Eritrean President Isaias Afwerki, hosted by Saudi officials.", "2018-09-17", "hosted",
     {"ETH", "ERI"}),
    ("The accord followed months of negotiations, held far from the press, between Colombian government "
     "envoys and FARC commanders, hosted by Cuban officials.", "2016-08-25", "hosted", {"COL"}),
    ("The truce was reached after two days of talks, kept quiet until Tuesday, between Armenian Prime Minister Nikol "
     "Pashinyan and Azerbaijani President Ilham Aliyev, hosted by Russian officials.", "2020-11-10", "hosted",
     {"ARM", "AZE"}),
    ("The deal came after weeks of talks, kept out of view, between Israeli Prime Minister Benjamin Netanyahu and "
     "Emirati Crown Prince Mohammed bin Zayed, hosted by American officials.", "2020-08-14", "hosted",
     {"ISR", "ARE"}),
])
def test_hosted_talks_between_two_sides(all_events, text, date, trigger, sides):
    # told in an 'after' clause, these are background events (low confidence): look at all of them
    events = all_events(text, date)
    hosts = by_trigger(events, trigger)
    assert hosts
    for e in hosts:
        assert e.event_type == "CONSULT"
        assert sides <= countries(e.actor) | countries(e.recipient)
        host = {"SAU", "CUB", "RUS", "USA"} - sides
        assert not host & (countries(e.actor) | countries(e.recipient))


# ---- "the parties" / "the signatories" of a deal named with several parties: all of them -------------------
@pytest.mark.parametrize(("text", "date", "trigger", "parties"), [
    ("Iran signed a nuclear accord with the United States, Russia, China, France, Britain and Germany in Vienna "
     "on Tuesday.\nThe parties agreed to meet again within six months.", "2015-07-14", "agreed",
     {"IRN", "USA", "RUS", "CHN", "FRA", "GBR", "DEU"}),
    ("Ethiopia, Egypt and Sudan signed a declaration of principles on the Nile dam in Khartoum on Monday.\n"
     "The signatories agreed to share data on the filling of the reservoir.", "2015-03-23", "agreed",
     {"ETH", "EGY", "SDN"}),
    ("Armenia and Azerbaijan signed a ceasefire deal with Russia on Tuesday.\n"
     "The parties agreed to exchange prisoners.", "2020-11-10", "agreed", {"ARM", "AZE", "RUS"}),
])
def test_the_parties_of_a_deal_are_all_its_parties(code, text, date, trigger, parties):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.actor) | countries(e.recipient) == parties


# ---- an attack on an embassy (or its door, gate or flag) is aimed at the embassy's country --------------------
@pytest.mark.parametrize(("text", "date", "trigger", "target"), [
    ("Protesters stormed the Swedish embassy in Baghdad on Thursday.", "2023-07-20", "stormed", "SWE"),
    ("Demonstrators set fire to the Danish embassy in Damascus on Saturday.", "2006-02-04", "set", "DNK"),
    ("Crowds attacked the British embassy in Tehran on Tuesday.", "2011-11-29", "attacked", "GBR"),
    ("Protesters attacked the gate of the U.S. embassy in Baghdad on Tuesday.", "2019-12-31", "attacked", "USA"),
])
def test_an_attacked_embassy_is_its_country(code, text, date, trigger, target):
    (e,) = by_trigger(code(text, date), trigger)
    assert target in countries(e.recipient)
    assert target not in countries(e.actor)  # the crowd is of the place it stands in, not of its target


# ---- a door or gate in a clause that hangs on an embassy is that embassy's ------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "target"), [
    ("Hundreds of students gathered outside the U.S. embassy in Belgrade, where some smashed a window and set "
     "fire to a door.", "2008-02-21", "set", "USA"),
    ("Protesters massed at the Danish embassy in Beirut, where a group broke down the gate.", "2006-02-05",
     "broke", "DNK"),
])
def test_a_door_of_the_embassy_a_clause_hangs_on(code, text, date, trigger, target):
    events = by_trigger(code(text, date), trigger)
    assert events and target in countries(events[0].recipient)


# ---- a toll counted since the war named earlier is that war's: both its sides --------------------------------
@pytest.mark.parametrize(("text", "date", "attacker", "attacked"), [
    ("Russia's invasion of Ukraine entered its second week on Thursday.\n"
     "Ukrainian officials said 2,000 civilians had been killed since the invasion began.",
     "2022-03-03", "RUS", "UKR"),
    ("Israel's offensive in Gaza continued on Monday with strikes on Gaza City.\n"
     "Hamas officials said 1,000 people had been killed since the offensive began.",
     "2014-07-28", "ISR", "PSE"),
])
def test_a_toll_of_the_war_has_both_sides(code, text, date, attacker, attacked):
    events = [e for e in code(text, date) if e.event_type == "ASSAULT"]
    assert any(attacker in countries(e.actor) and attacked in countries(e.recipient) for e in events)


# ---- an agreement reported by the other side of a two-country story was made to that side --------------------
@pytest.mark.parametrize(("text", "date", "actor", "recipient"), [
    ("Japanese and South Korean officials held talks in Tokyo on Monday.\n"
     "Japan's foreign minister told reporters that South Korea had agreed to end the dispute over export controls.",
     "2023-03-20", "KOR", "JPN"),
    ("U.S. and Mexican officials met in Washington on Friday to discuss migration.\n"
     "The U.S. secretary of state said Mexico had agreed to deploy 6,000 National Guard troops to its border.",
     "2019-06-07", "MEX", "USA"),
    ("Indian and Chinese commanders held talks at the border on Sunday.\n"
     "India's army said China had agreed to pull back troops from the Galwan valley.",
     "2020-06-07", "CHN", "IND"),
])
def test_an_agreement_told_by_the_other_side_is_made_to_it(all_events, text, date, actor, recipient):
    events = [e for e in all_events(text, date) if e.event_type == "AGREE" and actor in countries(e.actor)]
    assert events and any(recipient in countries(e.recipient) for e in events)


# ---- a war named later without its target is the one the story named with it, not the story's other country ----
@pytest.mark.parametrize(("text", "date", "attacker", "target", "not_target"), [
    ("Iran and Russia signed a trade pact on Friday.\n"
     "Russia's invasion of Ukraine in 2022 drew the two countries closer.\n"
     "Iran has supplied drones to Moscow since the start of the Kremlin's war.",
     "2025-01-17", "RUS", "UKR", "IRN"),
    ("India and Russia agreed on Tuesday to expand oil trade.\n"
     "India has not condemned Russia's war on Ukraine.\n"
     "Indian refiners have bought more Russian oil since Moscow's offensive began.",
     "2024-07-09", "RUS", "UKR", "IND"),
])
def test_a_war_named_later_is_the_one_named_before(all_events, text, date, attacker, target, not_target):
    wars = [e for e in all_events(text, date) if e.event_type == "ASSAULT" and attacker in countries(e.actor)]
    assert wars
    assert all(not_target not in countries(e.recipient) for e in wars)
    assert any(target in countries(e.recipient) for e in wars)
