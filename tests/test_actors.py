"""The actors component: countries, capitals, bodies, people by title and by date, coreference."""

from __future__ import annotations

import pytest

from conftest import article_of
from wirecoder.ingest.readers import ReadOptions, make_article


def parse(coder, text: str, date: str = "2025-05-09"):
    return coder.parse(article_of(text, date))


def mentions(doc) -> dict[str, tuple[str, str, str, str]]:
    return {m.actor.text: (m.actor.name, m.actor.country, m.actor.sector, m.kind) for m in doc._.wc_mentions}


@pytest.mark.parametrize(("text", "word", "country", "kind"), [
    ("RUSSIAN President Vladimir Putin spoke on Friday.", "RUSSIAN", "RUS", "adjective"),
    ("Chinese officials declined to comment.", "Chinese", "CHN", "adjective"),
    ("Talks in Moscow ended without a deal.", "Moscow", "RUS", "capital"),
    ("The Kremlin said talks would continue.", "Kremlin", "RUS", "seat"),
    ("The White House rejected the report.", "White House", "USA", "seat"),
    ("NATO allies met in Brussels.", "NATO", "IGO", "igo"),
    ("The Shanghai Cooperation Organization meets in Tianjin.", "Shanghai Cooperation Organization", "IGO", "igo"),
    ("The U.S. and the UK issued a joint statement.", "U.S.", "USA", "country"),
    ("Hamas fired rockets at Israel.", "Hamas", "PSE", "group"),
    ("Benin opened its borders on Monday.", "Benin", "BEN", "country"),
])
def test_named_actors(coder, text, word, country, kind):
    got = mentions(parse(coder, text))
    assert word in got, got
    assert got[word][1] == country and got[word][3] == kind


def test_person_by_title_and_nationality(coder):
    doc = parse(coder, "Russian Deputy Prime Minister Alexander Novak said gas exports would rise.")
    _name, country, sector, kind = mentions(doc)["Alexander Novak"]
    assert (country, sector, kind) == ("RUS", "GOV", "person")


def test_person_by_apposition(coder):
    doc = parse(coder, "Sergei Lavrov, Russia's foreign minister, arrived in Ankara on Tuesday.")
    _, country, sector, _ = mentions(doc)["Sergei Lavrov"]
    assert country == "RUS" and sector == "GOV"


def test_leaders_resolve_by_the_story_date(coder):
    in_office = mentions(parse(coder, "Trump spoke to reporters on Friday.", date="2019-06-07"))["Trump"]
    assert in_office[:3] == ("Donald Trump", "USA", "GOV")
    out_of_office = mentions(parse(coder, "Trump spoke to reporters on Friday.", date="2022-06-10"))["Trump"]
    assert out_of_office[1] == "USA" and out_of_office[2] != "GOV"
    medvedev = mentions(parse(coder, "Medvedev met the Chinese delegation.", date="2009-06-15"))["Medvedev"]
    assert medvedev[:2] == ("Dmitry Medvedev", "RUS")


def test_a_date_is_not_a_leader(coder):
    doc = parse(coder, "The new rules apply from 1 May in Britain.")
    assert all(m.kind != "person" for m in doc._.wc_mentions)


def test_unknown_person_takes_the_country_of_the_sentence(coder):
    doc = parse(coder, "President Omar al-Bashir shortened the curfew in Sudan on Thursday.", date="1995-05-05")
    got = {m.actor.text: m.actor for m in doc._.wc_mentions if m.kind == "person"}
    (actor,) = got.values()
    assert actor.country == "SDN"


def test_coreference_chain(coder):
    text = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday. "
            "Putin said the talks were useful. The Russian leader added that he would visit China in September. "
            "The two leaders signed a joint statement.")
    doc = parse(coder, text)
    coref = doc._.wc_coref
    by_word = {doc[i].text: [a.name for a in actors] for i, actors in coref.items()}
    assert by_word.get("leader") == ["Vladimir Putin"]
    assert by_word.get("he") == ["Vladimir Putin"]
    assert set(by_word.get("leaders", [])) == {"Vladimir Putin", "Xi Jinping"}
    # the surname alone is the same person as the full name
    putins = [m.actor for m in doc._.wc_mentions if m.actor.text == "Putin"]
    assert putins and putins[0].name == "Vladimir Putin" and putins[0].country == "RUS"


def test_the_russian_leader_without_a_name_is_the_office_holder(coder):
    doc = parse(coder, "The Russian president announced new measures on Monday.", date="2023-03-06")
    coref = doc._.wc_coref
    (actors,) = coref.values()
    assert actors[0].name == "Vladimir Putin"


def test_sectors_from_bodies(coder):
    from wirecoder.nlp.roles import RoleResolver

    doc = parse(coder, "Turkish police detained rebels. Israel's high court ruled. Afghan rebel leaders spoke.")
    roles = RoleResolver(doc)
    heads = {t.text: roles.np_actors(t) for t in doc if t.dep_ in ("nsubj", "dobj")}
    assert [(a.country, a.sector) for a in heads["police"]] == [("TUR", "COP")]
    assert [(a.country, a.sector) for a in heads["court"]] == [("ISR", "JUD")]
    assert [(a.country, a.sector) for a in heads["leaders"]] == [("AFG", "REB")]


def test_entities_point_at_the_words(coder):
    text = "French President Emmanuel Macron visited Beijing in April."
    art = make_article(text, "t", ReadOptions(default_date="2023-04-10"))
    coded = coder.code(art)
    for ent in coded.entities:
        assert text[ent.start:ent.end] == ent.text
    labels = {e.label for e in coded.entities}
    assert {"ACTOR", "PLACE", "DATE"} <= labels
