"""Acts told in the first person inside a quote whose speaker is named only in the sentence after it
('"We will ..." / X said.') or before it ('X said:'): the speaker's act (fix-Z5). Sentences of our own
about real, well-documented events; no story text from elsewhere is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")



@pytest.mark.parametrize(("text", "date", "trigger", "actor", "recipient"), [
    # the speaker named in the next sentence
    ('"We will impose sanctions on Venezuela\'s state oil company."\n'
     'U.S. Treasury Secretary Steven Mnuchin said this on Monday.',
     "2019-01-29", "impose", {"USA"}, {"VEN"}),
    ('"Our government will expel 23 Russian diplomats."\nTheresa May told parliament on Wednesday.',
     "2018-03-14", "expel", {"GBR"}, {"RUS"}),
    ('"I have decided to break diplomatic relations with the United States."\nNicolas Maduro told supporters.',
     "2019-01-23", "break", {"VEN"}, {"USA"}),
    ('"We have decided to expel four Russian diplomats."\nSaid Dutch Foreign Minister Stef Blok.',
     "2018-10-04", "expel", {"NLD"}, {"RUS"}),
    # a quote that goes on after its attribution, in the same paragraph
    ('"Our economy is strong," Indian Prime Minister Narendra Modi said on Tuesday. "We have decided to ban '
     '59 Chinese apps."', "2020-06-30", "ban", {"IND"}, {"CHN"}),
    # the speaker named in the sentence before, ending in a colon
    ('In a statement, China\'s foreign ministry said:\n"We will impose sanctions on Lockheed Martin."',
     "2020-07-14", "impose", {"CHN"}, set()),
])
def test_quote_speaker_beside_the_quote(code, text, date, trigger, actor, recipient):
    (e,) = by_trigger(code(text, date), trigger)
    assert countries(e.actor) == actor
    assert recipient <= countries(e.recipient)


def test_an_attribution_with_its_own_claim_lends_no_speaker(code_all):
    events = code_all('"We will impose sanctions on Venezuela\'s state oil company."\nSteven Mnuchin said the '
                  'measures were overdue.', "2019-01-29")
    (e,) = by_trigger(events, "impose")
    assert "USA" not in countries(e.actor)


def test_a_third_person_subject_is_not_the_speaker(code):
    events = code('"They will impose sanctions on our banks."\nVladimir Putin said this on Friday.', "2022-02-25")
    for e in by_trigger(events, "impose"):
        assert "RUS" not in countries(e.actor)
