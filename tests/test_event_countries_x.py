"""Countries of the parties (fix-X, real news set I class 1), one class per block, with sentences of our
own about real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- 1. a dateline city says where the report was filed, not whose bodies act ------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "actor", "recipient"), [
    ("ACCRA, Feb 22 (Reuters) - Togo's electoral commission urged all parties to remain calm on Saturday after "
     "the presidential vote.", "2020-02-22", "urged", "TGO", "TGO"),
    ("DAKAR, Jan 12 (Reuters) - Guinea's constitutional court called on all parties to accept the results of "
     "the referendum.", "2020-04-12", "called on", "GIN", "GIN"),
    ("JOHANNESBURG, Aug 1 (Reuters) - Zimbabwe's electoral commission urged the parties to respect the law "
     "while votes were counted.", "2018-08-01", "urged", "ZWE", "ZWE"),
    ("NAIROBI, Jul 1 (Reuters) - Burundi's constitutional court called for calm on Friday.",
     "2016-07-01", "called for", "BDI", None),
])
def test_a_dateline_gives_no_country(code, text, date, trigger, actor, recipient):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.actor) == {actor}
    if recipient:
        assert countries(e.recipient) == {recipient}


# a dateline the cleaner leaves in the text (a syndicated credit with its date in brackets) is furniture too:
# its city's country is no party, and "both sides" of one country's election are of that country
SYNDICATED = ("Zimbabwe opposition rejects early election results\n"
              "Johannesburg, (XNA - Example Wire / Example News - 2nd August, 2018 ) :Zimbabwe's main opposition "
              "party has rejected the early results of Monday's general election.\n"
              "Nelson Chamisa, the leader of the MDC Alliance, said the count was being rigged in Zimbabwe.\n"
              "Both sides alleged fraud in the Zimbabwe vote on Wednesday.\n"
              "The electoral commission on Wednesday called for calm, saying results would come within days.")


def test_a_syndicated_dateline_gives_no_country(code):
    events = code(SYNDICATED, "2018-08-02")
    assert all("ZAF" not in countries(e.actor) | countries(e.recipient) for e in events)
    (e,) = by_trigger(events, "alleged")
    assert countries(e.actor) == {"ZWE"}
    (e,) = by_trigger(events, "called for")
    assert countries(e.actor) == {"ZWE"}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("China lodged solemn representations with Britain and Canada, said Zhao, urging them to stop "
     "interfering in Hong Kong.", "urging", {"GBR", "CAN"}),
])
def test_them_after_a_named_pair(code, text, trigger, expected):
    (e,) = by_trigger(code(text, "2020-07-29"), trigger)
    assert countries(e.recipient) == expected


# ---- 2. a pronoun for the actor itself is never its recipient; nor is its own state it defends ------------
@pytest.mark.parametrize(("text", "date", "trigger", "own"), [
    ("North Korea's military threatened on Tuesday that it is ready to launch merciless strikes against "
     "South Korea and the United States over their joint exercises.", "2017-08-22", "threatened", "PRK"),
    ("Iran's Revolutionary Guards warned on Monday that it would respond to any attack on its ships.",
     "2019-07-22", "warned", "IRN"),
    ("A spokesperson at the Chinese embassy in London on Tuesday rejected the accusations against China "
     "made by British lawmakers.", "2023-07-05", "rejected", "CHN"),
    ("The Russian embassy in Washington firmly rejected the claims against Russia in the U.S. intelligence "
     "report on Wednesday.", "2021-03-24", "rejected", "RUS"),
])
def test_the_actor_is_not_its_own_recipient(code, text, date, trigger, own):
    for e in by_trigger(code(text, date), trigger):
        assert own in countries(e.actor) and own not in countries(e.recipient)


# ---- 3. "the two leaders": the two named before, one of each country --------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Modi received the visiting Nepali prime minister at Hyderabad House on Saturday, his office said. "
     "The two leaders signed agreements on a railway link.", "2022-04-02", "signed", {"IND", "NPL"}),
    ("Sri Lankan President Gotabaya Rajapaksa arrived in New Delhi on Friday. Modi welcomed him at the "
     "presidential palace. The two leaders signed an agreement on maritime security.", "2019-11-29", "signed",
     {"IND", "LKA"}),
    ("Japanese Prime Minister Fumio Kishida welcomed U.S. President Joe Biden in Tokyo on Monday. Both leaders "
     "criticised Russia's invasion of Ukraine.", "2022-05-23", "criticised", {"JPN", "USA"}),
    ("Sheikh Hasina hosted the visiting Indian prime minister in Dhaka on Friday. The two leaders signed "
     "five agreements on trade and connectivity.", "2021-03-26", "signed", {"BGD", "IND"}),
])
def test_the_two_leaders_are_of_two_countries(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.actor) == expected


# ---- 4. the nationality words next to a name win ----------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "side", "expected"), [
    ("Indian police arrested a Nepali businessman in New Delhi on Thursday.", "2022-03-10", "arrested",
     "recipient", {"NPL"}),
    ("Turkish police detained a Syrian journalist in Istanbul on Thursday.", "2019-10-10", "detained",
     "recipient", {"SYR"}),
    ("Ukraine's foreign minister met Russian Foreign Minister Sergei Lavrov in Antalya on Thursday.",
     "2022-03-10", "met", "recipient", {"RUS"}),
])
def test_own_nationality_words_win(code, text, date, trigger, side, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(getattr(e, side)) == expected


# ---- 5. "urged them": the parties just named, not the speaker's own state ----------------------------------
@pytest.mark.parametrize(("text", "date", "trigger", "expected"), [
    ("Russia's Vladimir Putin hosted Armenian and Azerbaijani leaders in Moscow on Friday and urged them "
     "to respect the ceasefire.", "2020-01-10", "urged", {"ARM", "AZE"}),
    ("French President Emmanuel Macron received Serbian and Kosovar leaders in Paris on Monday and urged "
     "them to resume their dialogue.", "2019-07-01", "urged", {"SRB", "XKX"}),
    ("German Foreign Minister Frank-Walter Steinmeier hosted Russian and Ukrainian ministers in Berlin on "
     "Monday and called on them to honour the Minsk agreements.", "2016-03-07", "called on", {"RUS", "UKR"}),
])
def test_them_are_the_parties_just_named(code, text, date, trigger, expected):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.recipient) == expected


# ---- one's own troops moved are no recipient of the mobilisation ----------------------------------------------
@pytest.mark.parametrize(("text", "actor", "other"), [
    ("Thailand sent more troops to the disputed border area on Wednesday.", "THA", None),
    ("Pakistan deployed thousands of soldiers to the Swat valley in May.", "PAK", None),
    ("India deployed additional soldiers along the border with China.", "IND", "CHN"),
])
def test_own_troops_moved_are_no_recipient(code, text, actor, other):
    events = [e for e in code(text) if e.event_type == "MOBILIZE"]
    assert events
    assert actor not in countries(events[0].recipient)
    if other:
        assert other in countries(events[0].recipient)
