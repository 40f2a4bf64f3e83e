"""Right country, wrong participant: the one done to taken for the doer (findings of real news sets K, L, M,
class "wrong entity or swapped roles"). One block per phrasing, sentences of our own about real,
well-documented events; no story text is copied here.
"""

from __future__ import annotations

import pytest

from event_helpers import by_trigger, cached_coder, countries


@pytest.fixture(scope="module")
def code(coder):
    return cached_coder(coder, "2021-10-30")



def _texts(side) -> str:
    return " ".join(a.text for a in side).lower()


# ---- the killed are recipients, never the doers ----------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("More than 200 people have been reported killed since the Sudanese army and the RSF began fighting.",
     "killed", "people"),
    ("Gunmen shot dead a Mexican mayor on Sunday, the third mayor killed in a month.", "killed", "mayor"),
    ("At least 40 people were killed when gunmen attacked a mosque in northern Nigeria on Friday.",
     "killed", "people"),
    ("Suspected jihadists attacked a village in Burkina Faso on Sunday, killing 12 civilians.",
     "killing", "civilians"),
    ("Two Pakistani policemen were killed when militants ambushed their patrol in Khyber Pakhtunkhwa.",
     "killed", "policemen"),
])
def test_the_killed_are_recipients(code_all, text, trigger, victim):
    (e,) = by_trigger(code_all(text), trigger)
    assert victim not in _texts(e.actor)
    assert victim in _texts(e.recipient)


# ---- agentless passives: the one fined, sentenced, held is the recipient; the state of the country acts -----
@pytest.mark.parametrize(("text", "trigger", "patient", "country"), [
    ("Former Thai Prime Minister Thaksin Shinawatra was arrested at the airport and was also fined by the court.",
     "fined", "thaksin", "THA"),
    ("Former Pakistani Prime Minister Imran Khan was sentenced to three years in prison on Saturday.",
     "sentenced", "imran khan", "PAK"),
    ("Thousands of Iranian protesters remain imprisoned since the demonstrations in 2022.",
     "imprisoned", "protesters", "IRN"),
    ("Hundreds of Egyptian activists are still detained without trial.", "detained", "activists", "EGY"),
])
def test_the_one_done_to_is_the_recipient(code, text, trigger, patient, country):
    (e,) = by_trigger(code(text), trigger)
    assert patient not in _texts(e.actor)
    assert patient in _texts(e.recipient)
    assert countries(e.actor) == {country}


# ---- a participle said of the subject: the subject underwent it, and acts the next verb --------------------
@pytest.mark.parametrize(("text", "trigger", "patient"), [
    ("Aristide, forced out of his country at gunpoint, returned to Haiti in 2011.", "forced", "aristide"),
    ("Egyptian President Mohamed Morsi was ousted by the army in July 2013.", "ousted", "morsi"),
])
def test_the_ousted_is_no_actor_of_his_ouster(code, text, trigger, patient):
    (e,) = by_trigger(code(text), trigger)
    assert patient not in _texts(e.actor)
    assert patient in _texts(e.recipient)


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The Tunisian president Zine El Abidine Ben Ali, who was toppled in January, fled to Saudi Arabia.",
     "fled", "ben ali"),
    ("Evo Morales, forced to resign in November, flew to Mexico on Tuesday.", "flew", "morales"),
])
def test_the_ousted_acts_what_he_does_next(code, text, trigger, actor):
    (e,) = by_trigger(code(text), trigger)
    assert actor in _texts(e.actor)


# ---- participles on the noun: arrested MPs, detained journalists are the ones released ------------------------
@pytest.mark.parametrize(("text", "trigger", "patient"), [
    ("Ugandan police arrested opposition lawmakers on Monday, and the arrested MPs were released on Friday.",
     "released", "mps"),
    ("Myanmar's junta freed the detained journalists on Thursday.", "freed", "journalists"),
    ("Arrested Ugandan opposition lawmakers were released on bail on Monday.", "released", "lawmakers"),
])
def test_participle_nouns_are_patients(code_all, text, trigger, patient):
    (e,) = by_trigger(code_all(text), trigger)
    assert patient not in _texts(e.actor)
    assert patient in _texts(e.recipient)


# ---- censored media: the censor acts ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "media", "country"), [
    ("Protests were banned and newspapers censored after the Thai army seized power.", "censored",
     "newspapers", "THA"),
    ("Independent newspapers were censored by the Ethiopian government during the war.", "censored",
     "newspapers", "ETH"),
    ("Russian independent media were shut down after the invasion of Ukraine.", "shut", "media", "RUS"),
    ("Turkish news websites were blocked after the earthquake.", "blocked", "websites", "TUR"),
])
def test_censored_media_are_recipients(code, text, trigger, media, country):
    (e,) = by_trigger(code(text), trigger)
    assert media not in _texts(e.actor)
    assert media in _texts(e.recipient)
    assert countries(e.actor) == {country}
