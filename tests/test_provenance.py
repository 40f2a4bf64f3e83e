"""Provenance: wire, publisher and title; the sources a story cites; and the outputs that carry
quotes, amounts and sources (JSONL, SQLite, the GDELT GKG 2.1 TSV)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import coder_for
from wirecoder.ingest import ReadOptions, read_inputs
from wirecoder.ingest.clean import clean_text
from wirecoder.model import CodedArticle
from wirecoder.store.base import open_store
from wirecoder.store.export import Writer
from wirecoder.store.gdelt import GDELT_COLUMNS, gdelt_row

FIXTURES = Path(__file__).parent / "fixtures" / "provenance"


@pytest.fixture(scope="module")
def code(coder):
    return coder_for(coder, "2024-06-01")


# ---- wire, publisher, title -------------------------------------------------------------
def test_feed_footer_gives_title_and_publisher():
    c = clean_text("Russia and China signed a gas deal on Tuesday.\n"
                   "The post Russia and China sign gas deal appeared first on Harbour Post.")
    assert (c.title, c.publisher) == ("Russia and China sign gas deal", "Harbour Post")
    assert "appeared first" not in c.text


@pytest.mark.parametrize(("raw", "wire"), [
    ("Russia and China signed a gas deal on Tuesday. –BLOOMBERG", "Bloomberg"),
    ("Russia and China signed a gas deal on Tuesday. —AFP", "AFP"),
    ("(Reuters) - Russia and China signed a gas deal on Tuesday.", "Reuters"),
    ("WASHINGTON (AP) — Russia and China signed a gas deal on Tuesday.", "Associated Press"),
])
def test_credit_lines_give_the_wire(raw, wire):
    c = clean_text(raw)
    assert c.wire == wire
    assert c.text == "Russia and China signed a gas deal on Tuesday."


def test_footer_and_credit_together():
    c = clean_text("Russia and China signed a gas deal on Tuesday. –BLOOMBERG\n"
                   "The post Gas deal signed appeared first on Harbour Post.")
    assert (c.wire, c.publisher, c.title) == ("Bloomberg", "Harbour Post", "Gas deal signed")


def test_html_metadata():
    (art,) = list(read_inputs([str(FIXTURES / "page.html")], ReadOptions()))
    assert art.title == "Philippines and Japan sign troop access pact"
    assert art.publisher == "Harbour Post"
    assert art.url == "https://example.org/asia/2024/07/08/philippines-japan-raa"
    assert art.published == "2024-07-08"


def test_html_dateline_credit_gives_the_wire():
    (art,) = list(read_inputs([str(FIXTURES / "page.html")], ReadOptions()))
    assert art.wire == "Reuters"


def test_feed_item_metadata():
    (art,) = list(read_inputs([str(FIXTURES / "feed.xml")], ReadOptions()))
    assert art.title == "EU leaders agree Ukraine aid package"
    assert (art.publisher or "").startswith("Harbour Post")
    assert art.url == "https://example.org/world/2024/02/01/eu-ukraine-facility"
    assert art.published == "2024-02-01"


# ---- cited sources ------------------------------------------------------------------------
def sources_of(coded: CodedArticle) -> dict[str, tuple[str, str]]:
    text = coded.article.text
    for s in coded.sources:
        assert text[s.start:s.end] == s.text and s.name in s.text
    return {s.name: (s.kind, s.text) for s in coded.sources}


def test_according_to(code):
    coded = code("Exports fell 7.5% in May, according to Chinese customs data.\n"
                 "The army lost ground in the east, according to the Institute for the Study of War.")
    got = sources_of(coded)
    assert got["Chinese customs data"] == ("data", "according to Chinese customs data")
    assert got["the Institute for the Study of War"][0] == "agency"


def test_reported_citing(code):
    coded = code("Iran has enriched uranium to 60 percent purity, the Wall Street Journal reported, citing "
                 "Western diplomats.\nThe leaders discussed a new pipeline, Tass reported.")
    got = sources_of(coded)
    assert got["the Wall Street Journal"] == ("media", "the Wall Street Journal reported")
    assert got["Western diplomats"] == ("official", "citing Western diplomats")
    assert got["Tass"] == ("wire", "Tass reported")


def test_statement_website_and_data(code):
    coded = code("The Treasury Department said in a statement that it had frozen the assets of three banks.\n"
                 "The ministry posted the decree on its website on Friday.\n"
                 "Official data showed China's exports fell 7.5% in May.")
    got = sources_of(coded)
    assert got["The Treasury Department"] == ("agency", "The Treasury Department said in a statement")
    assert got["its website"] == ("document", "on its website")
    assert got["Official data"] == ("data", "Official data showed")


def test_people_who_said_are_speakers_not_sources(code):
    coded = code("German Chancellor Olaf Scholz said Germany would send more air defence systems.",
                 date="2024-04-13")
    assert coded.sources == []
    assert coded.quotes and coded.quotes[0].speaker[0].name == "Olaf Scholz"


# ---- outputs ------------------------------------------------------------------------------
STORY = ("Israeli strikes killed 25 people in Gaza on Sunday, the territory's health ministry said.\n"
         '"We will not stop until our goals are met," Israeli Prime Minister Benjamin Netanyahu said.\n'
         "Bilateral trade rose 26% to $240 billion last year, according to customs data.\n")


@pytest.fixture(scope="module")
def story(code) -> CodedArticle:
    return code(STORY, date="2024-05-12", title="Strikes kill 25 in Gaza", publisher="Harbour Post",
                wire="Reuters", url="https://example.org/gaza")


def test_jsonl_carries_quotes_amounts_and_sources(story):
    out = io.StringIO()
    Writer("jsonl", out).write(story)
    d = json.loads(out.getvalue())
    assert (d["wire"], d["publisher"], d["title"]) == ("Reuters", "Harbour Post", "Strikes kill 25 in Gaza")
    assert any("until our goals are met" in q["text"] for q in d["quotes"])
    assert any(a["value"] == 240e9 and a["currency"] == "USD" for a in d["amounts"])
    assert any(s["name"] == "customs data" for s in d["sources"])


def gkg(story: CodedArticle) -> dict[str, str]:
    out = io.StringIO()
    Writer("tsv", out).write(story)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    # no header row, as in GDELT's own GKG 2.1 files: one row of the codebook's 27 columns
    assert len(GDELT_COLUMNS) == 27 and len(rows) == 1 and len(rows[0]) == 27
    return dict(zip(GDELT_COLUMNS, rows[0], strict=True))


def test_gdelt_row_header_fields(story):
    row = gkg(story)
    assert row["GKGRECORDID"] == f"20240512000000-{story.article.id}"
    assert row["V2.1DATE"] == "20240512000000"
    assert row["V2SOURCECOLLECTIONIDENTIFIER"] == "1"
    assert row["V2SOURCECOMMONNAME"] == "Harbour Post"
    assert row["V2DOCUMENTIDENTIFIER"] == "https://example.org/gaza"
    assert "<PAGE_TITLE>Strikes kill 25 in Gaza</PAGE_TITLE>" in row["V2EXTRASXML"]
    assert "<PAGE_WIRE>Reuters</PAGE_WIRE>" in row["V2EXTRASXML"]


def test_gdelt_quotations_field(story):
    row = gkg(story)
    blocks = row["V2.1QUOTATIONS"].split("#")
    text = story.article.text
    parsed = [b.split("|") for b in blocks]
    assert all(len(p) == 4 for p in parsed)
    offset, length, verb, quote = next(p for p in parsed if "goals are met" in p[3])
    assert text[int(offset):int(offset) + int(length)] == quote and verb == "said"


def test_gdelt_amounts_and_counts_fields(story):
    row = gkg(story)
    blocks = [b.split(",") for b in row["V2.1AMOUNTS"].split(";")]
    assert all(len(b) == 3 for b in blocks)
    assert ["240000000000", "USD Bilateral trade", str(story.article.text.index("$240"))] in blocks
    assert ["25", "people killed", str(story.article.text.index("25 people"))] in blocks
    kill = row["V1COUNTS"].split("#")
    assert kill[:3] == ["KILL", "25", "people"] and len(kill) == 10
    assert len(row["V2.1COUNTS"].split("#")) == 11


def test_gdelt_row_escapes_tabs_and_newlines(story):
    line = gdelt_row(story)
    assert "\n" not in line and line.count("\t") == 26


def test_sqlite_round_trip(story, tmp_path):
    with open_store(str(tmp_path / "t.db")) as store:
        assert store.save(story) == "new"
        got = store.article(story.article.id)
    assert got is not None
    want = sorted(story.quotes, key=lambda q: q.start)
    assert [(q["text"], q["kind"], q["cue"], [s["name"] for s in q["speaker"]]) for q in got["quotes"]] == \
        [(q.text, q.kind, q.cue, [s.name for s in q.speaker]) for q in want]
    assert [(a["value"], a["currency"], a["unit"], a["object"], a["period"], a["change"], a["source"])
            for a in got["amounts"]] == \
        [(a.value, a.currency, a.unit, a.object, a.period, a.change, a.source) for a in story.amounts]
    assert [(s["name"], s["kind"], s["start"], s["end"]) for s in got["sources"]] == \
        [(s.name, s.kind, s.start, s.end) for s in story.sources]
    linked = [e for e in got["events"] if e["quote_ids"] or e["amount_ids"]]
    assert len(linked) == len([e for e in story.events if e.quote_ids or e.amount_ids])


# ---- the seed story -----------------------------------------------------------------------
def test_seed_provenance(seed_coded):
    a = seed_coded.article
    assert (a.wire, a.publisher) == ("Bloomberg", "The Malaysian Reserve")
    assert a.title == "Putin and Xi tout partnership aimed at US-led order in talks"
    got = sources_of(seed_coded)
    assert got["Tass"] == ("wire", "Tass reported")
    assert got["the Kremlin website"][0] == "document"
    assert got["Chinese customs data"] == ("data", "according to Chinese customs data")


def test_seed_gdelt_row(seed_coded):
    row = gkg(seed_coded)
    assert row["V2SOURCECOMMONNAME"] == "The Malaysian Reserve"
    assert "245000000000,USD Bilateral trade," in row["V2.1AMOUNTS"]
    text = seed_coded.article.text
    blocks = [b.split("|") for b in row["V2.1QUOTATIONS"].split("#")]
    assert len(blocks) >= 6 and {b[2] for b in blocks} >= {"said", "vowed"}
    for offset, length, _verb, quote in blocks:
        assert text[int(offset):int(offset) + int(length)] == quote
