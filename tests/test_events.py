"""The event coder on sentences of our own, one shape at a time, with the real spaCy model.

Each sentence is a wire-style sentence about a real, well-documented event,
written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import article_of
from wirecoder.ingest.readers import ReadOptions, make_article
from wirecoder.model import EVENT_TYPES


def code(coder, text: str, date: str = "2023-03-15"):
    return coder.code(article_of(text, date))


def events_of(coder, text: str, date: str = "2023-03-15"):
    return code(coder, text, date).events


def countries(actors) -> set[str]:
    return {a.country for a in actors}


def find(events, etype):
    hits = [e for e in events if e.event_type == etype]
    assert hits, f"no {etype} among {[(e.event_type, e.trigger.text) for e in events]}"
    return hits[0]


# One sentence per PLOVER type: (type, text, actor countries, recipient countries or None for "any")
TYPE_CASES = [
    ("AGREE", "Iran agreed on Tuesday to limit its uranium enrichment under a deal with six world powers.",
     {"IRN"}, None),
    ("CONSULT", "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Friday.",
     {"DEU"}, {"CHN"}),
    ("SUPPORT", "Saudi Arabia and Iran signed an agreement in Beijing to restore diplomatic relations.",
     {"SAU", "IRN"}, None),
    ("CONCEDE", "Sri Lanka's government lifted the nationwide curfew on Monday.", {"LKA"}, None),
    ("COOPERATE", "Russia and China held joint naval exercises in the East China Sea on Monday.",
     {"RUS", "CHN"}, None),
    ("AID", "Japan provided $100 million in humanitarian aid to Ukraine on Thursday.", {"JPN"}, {"UKR"}),
    ("RETREAT", "Russia withdrew its troops from the city of Kherson on Friday.", {"RUS"}, {"UKR"}),
    ("REQUEST", "The United Nations urged Israel to allow more aid into Gaza.", {"IGO"}, {"ISR"}),
    ("ACCUSE", "Britain accused Russia of carrying out the nerve agent attack in Salisbury.", {"GBR"}, {"RUS"}),
    ("REJECT", "Ukraine rejected Russia's proposal for a ceasefire on Wednesday.", {"UKR"}, {"RUS"}),
    ("THREATEN", "North Korea threatened to strike U.S. military bases in Guam.", {"PRK"}, {"USA"}),
    ("PROTEST", "Thousands of Israeli protesters rallied in Tel Aviv against the government's judicial overhaul.",
     {"ISR"}, None),
    ("SANCTION", "The European Union imposed sanctions on Belarus on Monday.", {"IGO"}, {"BLR"}),
    ("MOBILIZE", "Russia deployed thousands of troops near its border with Ukraine.", {"RUS"}, None),
    ("COERCE", "Myanmar's military arrested Aung San Suu Kyi on Monday.", {"MMR"}, None),
    ("ASSAULT", "Russian forces shelled the Ukrainian city of Kharkiv on Sunday.", {"RUS"}, {"UKR"}),
]


def test_every_plover_type_has_a_case():
    assert {t for t, *_ in TYPE_CASES} == set(EVENT_TYPES)


@pytest.mark.parametrize(("etype", "text", "actors", "recipients"), TYPE_CASES, ids=[c[0] for c in TYPE_CASES])
def test_each_plover_type(coder, etype, text, actors, recipients):
    e = find(events_of(coder, text), etype)
    assert actors <= countries(e.actor) | countries(e.recipient), (e.actor, e.recipient)
    if recipients:
        assert recipients <= countries(e.recipient) | countries(e.actor)
    # the record explains itself and points at the words
    assert e.rule and e.cameo and e.quad_class in (1, 2, 3, 4)
    assert e.evidence.text in text
    assert text[e.trigger.start:e.trigger.end] == e.trigger.text


def test_modes_and_codes(coder):
    e = find(events_of(coder, "U.S. President Joe Biden spoke by phone with Ukrainian President "
                              "Volodymyr Zelenskiy on Saturday."), "CONSULT")
    assert e.mode == "phone" and e.cameo == "041"
    e = find(events_of(coder, "Israeli warplanes carried out air strikes on Gaza overnight."), "ASSAULT")
    assert e.mode == "aerial" and e.cameo.startswith("19") and e.goldstein <= -9
    e = find(events_of(coder, "Police in Minsk detained dozens of opposition protesters on Sunday."), "COERCE")
    assert e.mode == "arrest" and e.cameo == "173"
    e = find(events_of(coder, "Xi Jinping paid a state visit to Moscow in March."), "CONSULT")
    assert e.mode == "visit" and e.plover_score == 4


def test_negation_is_flagged_and_left_out_by_default(coder, coder_all):
    text = "Turkey did not agree to Sweden's bid to join NATO on Tuesday."
    e = find(events_of(coder_all, text), "AGREE")
    assert "negation" in e.aux_modes and e.confidence < 0.35
    assert not events_of(coder, text)


def test_future_consult_is_agree(coder):
    e = find(events_of(coder, "Chinese President Xi Jinping will visit Moscow next week, the Kremlin said."), "AGREE")
    assert "future" in e.aux_modes and e.cameo == "036"
    assert "CHN" in countries(e.actor)


def test_conditional_sanction_is_a_threat(coder):
    e = find(events_of(coder, "The European Union could impose new sanctions on Iran if the talks fail."),
             "THREATEN")
    assert "hypothetical" in e.aux_modes and "IRN" in countries(e.recipient)


def test_historical_nominal_event(coder):
    evs = events_of(coder, "Relations soured after Russia's 2014 annexation of Crimea.", date="2023-03-15")
    e = find(evs, "COERCE")
    assert "historical" in e.aux_modes and e.date and e.date.startswith("2014")
    assert "RUS" in countries(e.actor) and "UKR" in countries(e.recipient)


def test_passive_voice(coder):
    e = find(events_of(coder, "The Chinese embassy in Belgrade was bombed by NATO aircraft in 1999.",
                       date="1999-05-08"), "ASSAULT")
    assert "IGO" in countries(e.actor)


def test_compound_actor(coder):
    e = find(events_of(coder, "Russia and China pledged to deepen their partnership on Tuesday."), "AGREE")
    assert {"RUS", "CHN"} <= countries(e.actor)


def test_reported_speech_codes_the_reported_act(coder):
    evs = events_of(coder, "U.S. officials said China imposed sanctions on Lithuania last year.")
    e = find(evs, "SANCTION")
    assert "CHN" in countries(e.actor) and "LTU" in countries(e.recipient)
    assert not any(ev.trigger.text == "said" for ev in evs)


def test_deontic_reported_clause_is_a_demand(coder):
    e = find(events_of(coder, "Russia said on Tuesday that Ukraine must withdraw its troops from the region."),
             "REQUEST")
    assert "RUS" in countries(e.actor) and "UKR" in countries(e.recipient)


def test_possessive_and_nominal_invasion(coder):
    e = find(events_of(coder, "Putin's invasion of Ukraine began in February 2022.", date="2023-03-15"),
             "ASSAULT")
    assert "RUS" in countries(e.actor) and "UKR" in countries(e.recipient)


def test_complement_is_not_a_second_event(coder):
    evs = events_of(coder, "Hungarian and Romanian officials agreed that their countries should cooperate.")
    assert [e.event_type for e in evs] == ["AGREE"]
    assert {"HUN", "ROU"} <= countries(evs[0].actor)


def test_no_duplicate_events_from_one_trigger(coder):
    evs = events_of(coder, "Israel and Hamas agreed to a ceasefire after eleven days of fighting.")
    keys = [(e.trigger.start, e.event_type) for e in evs]
    assert len(keys) == len(set(keys))


def test_several_events_in_one_sentence(coder):
    evs = events_of(coder, "Egyptian police opened fire on protesters in Cairo, killing two, and arrested dozens.")
    types = {e.event_type for e in evs}
    assert {"ASSAULT", "COERCE"} <= types


def test_drop_negated(coder_all):
    from wirecoder.config import Config
    from wirecoder.pipeline import Coder

    text = "Turkey did not agree to Sweden's bid to join NATO on Tuesday."
    assert any("negation" in e.aux_modes for e in events_of(coder_all, text))
    dropper = Coder(Config(drop_negated=True, min_confidence=0.0))
    art = make_article(text, "t", ReadOptions(default_date="2023-03-15"))
    assert not any("negation" in e.aux_modes for e in dropper.code(art).events)


def test_event_ids_are_stable(coder):
    text = "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Friday."
    a = [e.event_id for e in events_of(coder, text)]
    b = [e.event_id for e in events_of(coder, text)]
    assert a == b and len(set(a)) == len(a)


# ---- the seed story (not ours: read from ../shared when present) ----------------------------

def test_seed_consult_in_moscow(seed_coded):
    evs = seed_coded.events
    consults = [e for e in evs if e.event_type == "CONSULT" and {"RUS", "CHN"} <= countries(e.actor + e.recipient)]
    assert consults
    good = [e for e in consults if e.location and e.location.name == "Moscow" and e.location.country == "RUS"
            and e.date in ("2025-05-08", "2025-05-07")]
    assert good, [(e.location, e.date) for e in consults]
    assert good[0].location.lat and abs(good[0].location.lat - 55.75) < 0.5
    text = seed_coded.article.text
    for e in evs:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text


def test_seed_expected_events(seed_coded):
    evs = seed_coded.events

    def has(etype, actor=None, recipient=None, aux=None):
        for e in evs:
            if e.event_type != etype:
                continue
            if actor and not actor <= countries(e.actor) | countries(e.recipient):
                continue
            if recipient and not recipient <= countries(e.recipient):
                continue
            if aux and aux not in e.aux_modes:
                continue
            return True
        return False

    assert has("AGREE", {"RUS", "CHN"}), "pledge to strengthen military cooperation"
    assert has("AID", {"CHN"}, {"RUS"}), "China's economic lifeline for Moscow"
    assert has("ASSAULT", {"RUS"}, {"UKR"}, "historical"), "the war in Ukraine"
    assert has("SANCTION", recipient={"RUS"}), "Western sanctions on Russia"


def test_lexicon_has_no_duplicate_patterns():
    from wirecoder.lexicon import read_tsv

    patterns = [row[0] for row in read_tsv("events/verbs.tsv", 6, 4)]
    assert len(patterns) == len(set(patterns))
    # a noun may have two senses ("a workers' strike", "an air strike"), but not the same one twice
    nouns = [(row[0], row[1]) for row in read_tsv("events/nouns.tsv", 5, 4)]
    assert len(nouns) == len(set(nouns))


@pytest.mark.parametrize(("text", "etype"), [
    ("Thousands of people gathered in the capital to protest against the election result.", "PROTEST"),
    ("Russia and Ukraine exchanged prisoners on Friday.", "RETREAT"),
    ("The European Union released a tranche of aid to Ukraine on Monday.", "AID"),
    ("President Putin told the army to prepare for an offensive.", "REQUEST"),
    ("The opposition lashed out at the government over the arrests.", "ACCUSE"),
])
def test_common_news_phrasings(coder, text, etype):
    assert etype in {e.event_type for e in events_of(coder, text)}

# Wire-style sentences of our own, one act each: (type, sentence) and (type, actors, recipients, sentence)
PHRASINGS = [
    ('AGREE', 'Pakistan and India agreed on Thursday to resume direct flights between the two countries.'),
    ('AGREE', 'The Philippine government promised to release all political prisoners by the end of the year.'),
    ('AGREE', 'Japan offered to host the next round of peace talks between the warring factions.'),
    ('CONSULT', 'The Iranian foreign minister arrived in Damascus on Sunday for talks with Syrian officials.'),
    ('CONSULT', 'Egyptian and Israeli negotiators held a fresh round of talks in Cairo on Tuesday.'),
    ('CONSULT', 'Turkish President Recep Tayyip Erdogan telephoned Russian President Vladimir Putin on Friday.'),
    ('SUPPORT', "The African Union praised Ethiopia's decision to hold elections next year."),
    ('SUPPORT', 'Kosovo and Serbia signed an agreement in Brussels on Monday to normalise relations.'),
    ('SUPPORT', 'Brazil recognised the Palestinian state in December.'),
    ('CONCEDE', 'The military government in Myanmar eased restrictions on foreign journalists on Wednesday.'),
    ('CONCEDE', 'Belarus pardoned twelve opposition activists on Saturday.'),
    ('COOPERATE', 'India and Japan signed a defence agreement to share military intelligence.'),
    ('COOPERATE', 'France extradited a Rwandan genocide suspect to Kigali on Thursday.'),
    ('AID', 'Saudi Arabia donated $500 million to the United Nations appeal for Yemen.'),
    ('AID', 'Germany granted asylum to more than 300 Afghan interpreters last month.'),
    ('RETREAT', 'Armenian forces withdrew from three villages along the border with Azerbaijan on Sunday.'),
    ('RETREAT', 'Colombian rebels freed four kidnapped soldiers on Tuesday, the Red Cross said.'),
    ('RETREAT', 'The Peruvian prime minister resigned on Friday after weeks of protests.'),
    ('REQUEST', 'The Arab League called on Israel to halt settlement construction in the West Bank.'),
    ('REQUEST', "Venezuela's opposition demanded new presidential elections on Monday."),
    ('REQUEST', 'Ukraine asked NATO for more air defence systems.'),
    ('ACCUSE', 'China accused the United States of interfering in its internal affairs.'),
    ('ACCUSE', 'Amnesty International condemned the execution of three protesters in Iran.'),
    ('ACCUSE', 'Argentine prosecutors charged a former president with corruption on Wednesday.'),
    ('REJECT', 'Hamas rejected an Egyptian proposal for a long-term truce with Israel.'),
    ('REJECT', 'The Venezuelan government refused to let a U.N. human rights team into the country.'),
    ('THREATEN', 'Turkey threatened to launch a new military operation in northern Syria.'),
    ('THREATEN', 'The United States warned Russia of severe consequences if it used chemical weapons.'),
    ('PROTEST', "Tens of thousands of Serbians marched through Belgrade on Saturday to demand the "
                "government's resignation."),
    ('PROTEST', 'Dock workers in Chile went on strike on Monday over pension reforms.'),
    ('SANCTION', 'Britain froze the assets of five Russian oligarchs on Thursday.'),
    ('SANCTION', 'Lithuania expelled the Russian ambassador on Tuesday.'),
    ('SANCTION', 'The United States suspended military aid to Egypt after the coup.'),
    ('MOBILIZE', 'China sent warships and fighter jets toward Taiwan on Sunday.'),
    ('MOBILIZE', 'North Korea test-fired two ballistic missiles into the sea on Wednesday.'),
    ('COERCE', 'Iranian security forces detained a French tourist in Tehran.'),
    ('COERCE', 'The Nicaraguan government shut down dozens of independent radio stations.'),
    ('COERCE', 'Authorities in Kazakhstan imposed a state of emergency in Almaty on Wednesday.'),
    ('ASSAULT', 'Gunmen killed twelve villagers in northern Burkina Faso on Saturday.'),
    ('ASSAULT', 'Israeli aircraft bombed targets in southern Lebanon overnight.'),
    ('ASSAULT', 'A suicide bomber blew himself up at a checkpoint in Mogadishu, killing five soldiers.'),
    ('ASSAULT', 'Rebels abducted forty schoolchildren in north-west Nigeria.'),
]


@pytest.mark.parametrize(("etype", "text"), PHRASINGS, ids=[f"{t}-{i}" for i, (t, _) in enumerate(PHRASINGS)])
def test_phrasings(coder, etype, text):
    assert etype in {e.event_type for e in events_of(coder, text, date="2024-03-15")}


WITH_ACTORS = [
    ("AID", {"CHN"}, {"PAK"}, "China sent 500,000 doses of its coronavirus vaccine to Pakistan."),
    ("SANCTION", {"USA"}, {"CHN"}, "The Commerce Department added dozens of Chinese companies to its trade blacklist."),
    ("PROTEST", {"ISR"}, set(), "Israeli reservists refused to report for duty in protest at the judicial overhaul."),
    ("CONCEDE", {"IND"}, set(), "India's government repealed three controversial farm laws after a year of protests."),
    ("SUPPORT", {"IND"}, set(), "India voted in favour of a UN resolution on Tuesday."),
    ("CONSULT", {"JOR"}, {"SYR"}, "King Abdullah of Jordan flew to Damascus on Monday for a one-day visit."),
    ("THREATEN", {"RUS"}, {"GEO"}, "Moscow warned Tbilisi that it would respond to any attack on its peacekeepers."),
    ("SANCTION", {"MAR"}, {"DZA"}, "Morocco closed its embassy in Algiers and recalled its ambassador."),
    ("SANCTION", {"USA"}, {"VEN"}, "Washington barred Venezuelan officials from entering the United States."),
    ("ASSAULT", {"TUR"}, {"IRQ"}, "Turkish warplanes bombed Kurdish rebel positions in northern Iraq on Sunday."),
    ('ASSAULT', {'RUS'}, {'UKR'},
     'Ukrainian officials said Russian drones attacked the port of Odesa overnight, damaging grain silos.'),
    ('SANCTION', {'USA'}, {'IRN'},
     'Washington imposed fresh sanctions on Iranian oil exports on Thursday, the Treasury said.'),
    ('CONSULT', {'USA'}, {'SAU'},
     'U.S. Secretary of State Antony Blinken held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh.'),
    ('ACCUSE', {'IRN'}, {'ISR'},
     'Iran blamed Israel for the attack on its nuclear facility at Natanz.'),
    ('REJECT', {'CHN'}, {'USA'},
     "Beijing rejected Washington's accusations of unfair trade practices as groundless."),
    ('COERCE', {'RUS'}, set(),
     'Alexei Navalny was arrested on his return to Moscow on Sunday.'),
    ('AID', {'USA'}, {'UKR'},
     'The Pentagon announced a new $300 million security assistance package for Ukraine.'),
    ('THREATEN', {'PRK'}, {'KOR'},
     'North Korea warned it would take military action if South Korea continued its drills.'),
    ('PROTEST', {'FRA'}, set(),
     'French farmers blocked highways around Paris on Monday to protest against rising costs.'),
    ('AGREE', {'PSE', 'ISR'}, set(),
     'Israel and Hamas agreed to a four-day truce to allow the release of hostages.'),
    ('RETREAT', {'ISR'}, set(),
     'Israel released 39 Palestinian prisoners on Friday under the truce deal.'),
    ('MOBILIZE', {'USA'}, set(),
     'The Pentagon ordered a second aircraft carrier to the eastern Mediterranean.'),
    ('REQUEST', {'IGO'}, set(),
     'U.N. Secretary-General Antonio Guterres appealed for an immediate humanitarian ceasefire.'),
    ('SUPPORT', {'USA'}, {'ISR'},
     'President Biden reaffirmed U.S. support for Israel during a visit to Tel Aviv.'),
    ('COOPERATE', {'RUS', 'PRK'}, set(),
     "Russia and North Korea signed a mutual defence pact during Putin's visit to Pyongyang."),
    ('ASSAULT', {'PSE'}, {'ISR'},
     'Hamas militants fired hundreds of rockets at Israeli towns on Saturday.'),
    ('SANCTION', {'NER'}, {'FRA'},
     "Niger's junta ordered the French ambassador to leave the country within 48 hours."),
    ('CONCEDE', {'CHN'}, set(),
     'China lifted its remaining COVID-19 travel restrictions on Sunday.'),
    ('ACCUSE', {'DEU'}, {'RUS'},
     'German prosecutors opened an investigation into suspected Russian sabotage of the pipelines.'),
    ('CONSULT', {'USA', 'CHN'}, set(),
     'Chinese and American trade officials met in Geneva for two days of talks.'),
]


@pytest.mark.parametrize(("etype", "actors", "recipients", "text"), WITH_ACTORS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(WITH_ACTORS)])
def test_phrasings_with_actors(coder, etype, actors, recipients, text):
    evs = [e for e in events_of(coder, text, date="2024-03-15") if e.event_type == etype]
    assert evs, f"no {etype}"
    sides = [countries(e.actor) | countries(e.recipient) for e in evs]
    assert any(actors | recipients <= s for s in sides), sides
