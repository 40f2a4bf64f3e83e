"""Spurious events that remain (fix-A6), one class per block, with sentences of our own about
real, well-documented events. No story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")


# ---- a contingency on need: "will be sent if needed" is a standby plan, no promise or threat -------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Defence Minister Peter Dutton said more Australian police would be sent to Honiara if they were needed.",
     "sent"),
    ("The Royal Navy frigate will return to Portsmouth if it is not required in the Gulf, the ministry said.",
     "return"),
    ("Foreign Minister Nanaia Mahuta said New Zealand would provide further medical teams to Tonga if "
     "necessary.", "provide"),
    ("The Pentagon said additional paratroopers would be deployed to Kabul airport if required.", "deployed"),
])
def test_a_contingency_on_need_is_no_event(code, text, trigger):
    assert not by_trigger(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    # a use of force held ready against someone stays a threat
    ("Turkey said it would attack PKK militants in northern Iraq if necessary.", "attack", "THREATEN"),
    # a condition that is not a need keeps the promise
    ("Iran said it would return to full compliance with the nuclear deal if Washington lifted its sanctions.",
     "return", "AGREE"),
    # a plain announced dispatch stays coded
    ("Australia sent 100 police officers to Honiara on Thursday.", "sent", "MOBILIZE"),
])
def test_what_still_codes(code, text, trigger, etype):
    assert any(e.event_type == etype for e in by_trigger(code(text), trigger))


# ---- what a text or measure lets others do: no leave given, no act done ---------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("The executive order permits the Treasury Department to block transactions with the company's Chinese "
     "owner.", "permits"),
    ("The European Union agreed new sanctions on Belarus on Monday.\nThe measures permit member states to bar "
     "Belarusian airlines from their airspace.", "permit"),
    ("The Security Council resolution permits member states to inspect cargo bound for North Korea.", "permits"),
    ("The emergency decree enables the army to detain protesters in Yangon without trial.", "detain"),
])
def test_what_a_text_lets_others_do_is_no_event(code, text, trigger):
    assert not by_trigger(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Hungary allowed the refugees to travel on to Austria.", "allowed", "CONCEDE"),
    ("Ethiopia's government allowed aid convoys to enter Tigray on Friday.", "allowed", "CONCEDE"),
    ("The European Union agreed new sanctions on Belarus on Monday.", "agreed", "AGREE"),
])
def test_a_party_that_allows_still_codes(code, text, trigger, etype):
    assert any(e.event_type == etype for e in by_trigger(code(text), trigger))
