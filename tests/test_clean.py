"""Cleaning: feed footers, wire credits, datelines and reporting credits leave the text and become
metadata; the words of the story stay, and every offset refers to the cleaned text."""

from __future__ import annotations

import pytest

from wirecoder.ingest import ReadOptions, read_inputs
from wirecoder.ingest.clean import clean_text, wire_name
from wirecoder.ingest.readers import make_article

BODY = "Japan and South Korea agreed on Friday to resume regular security talks."


# ---- feed footers ---------------------------------------------------------------------------
def test_wordpress_footer_becomes_title_and_publisher():
    c = clean_text(f"{BODY}\n"
                   "The post Seoul and Tokyo to resume security talks appeared first on Harbour Times.")
    assert c.title == "Seoul and Tokyo to resume security talks"
    assert c.publisher == "Harbour Times"
    assert c.text == BODY


def test_footer_run_onto_the_last_line():
    c = clean_text(f"{BODY}The post Security talks resume appeared first on Asia Ledger.")
    assert (c.title, c.publisher) == ("Security talks resume", "Asia Ledger")
    assert c.text == BODY


def test_footer_does_not_swallow_an_earlier_the_post():
    body = "The post of defence minister has been vacant since March. Officials met on Monday."
    c = clean_text(f"{body}\nThe post Officials meet appeared first on Harbour Times.")
    assert (c.text, c.title, c.publisher) == (body, "Officials meet", "Harbour Times")


def test_footer_without_final_full_stop():
    c = clean_text(f"{BODY}\n\nThe post Talks resume appeared first on Asia Ledger")
    assert c.publisher == "Asia Ledger"
    assert c.text == BODY


# ---- wire credits at the end ----------------------------------------------------------------
@pytest.mark.parametrize(("tail", "wire"), [
    (" –BLOOMBERG", "Bloomberg"),
    ("\n–BLOOMBERG", "Bloomberg"),
    (" —AFP", "AFP"),
    (" - Reuters", "Reuters"),
    ("\n— Reuters.", "Reuters"),
    (" -- Xinhua", "Xinhua"),
    (" – Associated Press", "Associated Press"),
])
def test_tail_credit_becomes_the_wire(tail, wire):
    c = clean_text(BODY + tail)
    assert c.wire == wire
    assert c.text == BODY


def test_footer_and_tail_credit_together():
    raw = f"{BODY} –BLOOMBERG\nThe post Talks to resume appeared first on The Harbour Times."
    c = clean_text(raw)
    assert (c.wire, c.publisher, c.title) == ("Bloomberg", "The Harbour Times", "Talks to resume")
    assert c.text == BODY


def test_reporting_credits_are_kept_as_credits():
    raw = f"{BODY}\n(Reporting by Hyonhee Shin in Seoul; Editing by Kim Coghill)"
    c = clean_text(raw)
    assert c.text == BODY
    assert c.credits == ["(Reporting by Hyonhee Shin in Seoul; Editing by Kim Coghill)"]


def test_stacked_credits_are_peeled():
    raw = f"{BODY} - Reuters\n(Additional reporting by Ju-min Park; Writing by Josh Smith)"
    c = clean_text(raw)
    assert c.text == BODY
    assert c.wire == "Reuters"
    assert len(c.credits) == 1 and c.credits[0].startswith("(Additional reporting by")


@pytest.mark.parametrize("text", [
    "Bloomberg reported on Tuesday that the two governments had agreed to resume talks.",
    "Officials told Bloomberg the talks would resume in June.",
    "The talks will resume in June, according to Reuters.",
    "Seoul's defence ministry denied an AFP report on the talks.",
    "A Reuters-Ipsos poll showed support for the talks.",
])
def test_agency_names_inside_sentences_are_not_stripped(text):
    c = clean_text(text)
    assert c.text == text
    assert c.wire is None


def test_hyphenated_word_ending_in_an_agency_name_is_not_a_credit():
    text = "Seoul signed the deal with a Tokyo-AFP"  # no space or sentence end before the dash
    assert clean_text(text).wire is None


def test_plain_story_is_unchanged():
    c = clean_text(f"  {BODY}\r\nThe talks last met in 2019.\r\n")
    assert c.text == f"{BODY}\nThe talks last met in 2019."
    assert (c.title, c.publisher, c.wire, c.dateline, c.credits) == (None, None, None, None, [])


def test_wire_name_maps_spellings():
    assert wire_name("AP") == "Associated Press"
    assert wire_name(" agence france-presse ") == "AFP"
    assert wire_name("Harbour Newswire") == "Harbour Newswire"  # unknown agencies keep their name


# ---- datelines ------------------------------------------------------------------------------
def test_dateline_credit_in_any_case():
    c = clean_text(f"SEOUL (reuters) - {BODY}")
    assert (c.text, c.wire, c.dateline) == (BODY, "Reuters", "Seoul")


@pytest.mark.parametrize(("head", "wire", "place"), [
    ("MOSCOW (Reuters) - ", "Reuters", "Moscow"),
    ("WASHINGTON (AP) — ", "Associated Press", "Washington"),
    ("BEIJING (Xinhua) -- ", "Xinhua", "Beijing"),
    ("NEW DELHI, May 9 (Reuters) - ", "Reuters", "New Delhi"),
])
def test_dateline_becomes_wire_and_place(head, wire, place):
    c = clean_text(head + BODY)
    assert c.text == BODY
    assert c.wire == wire
    assert c.dateline == place


def test_bare_credit_at_the_start():
    c = clean_text(f"(Reuters) - {BODY}")
    assert (c.text, c.wire) == (BODY, "Reuters")


# ---- offsets: the article's text is the cleaned text ----------------------------------------
def test_article_text_is_the_cleaned_text(tmp_path):
    raw = (f"{BODY}\nThe two sides last held such talks in 2018. –BLOOMBERG\n"
           "The post Seoul and Tokyo resume talks appeared first on Harbour Times.\n")
    (tmp_path / "story.txt").write_text(raw, encoding="utf-8")
    (art,) = read_inputs([str(tmp_path / "story.txt")])
    assert art.text == f"{BODY}\nThe two sides last held such talks in 2018."
    assert (art.wire, art.publisher) == ("Bloomberg", "Harbour Times")
    assert art.title == "Seoul and Tokyo resume talks"


def test_input_metadata_wins_over_what_cleaning_finds():
    raw = f"{BODY}\nThe post Found title appeared first on Found Publisher."
    art = make_article(raw, "t", ReadOptions(), title="Given title", publisher="Given Publisher", wire="AP")
    assert (art.title, art.publisher, art.wire) == ("Given title", "Given Publisher", "Associated Press")


def test_only_furniture_is_an_input_error():
    raw = "The post Nothing here appeared first on Harbour Times."
    err = make_article(raw, "furniture.txt", ReadOptions())
    assert isinstance(err, Exception)
    assert err.origin == "furniture.txt" and "no story text" in err.reason


def test_coded_offsets_point_into_the_cleaned_text(coder):
    raw = ("India and Pakistan agreed on Thursday to restore a ceasefire along the Line of Control. "
           "Indian officials accused Pakistan of shelling border villages on Wednesday. –BLOOMBERG\n"
           "The post India, Pakistan restore ceasefire appeared first on Subcontinent Daily.")
    art = make_article(raw, "offsets", ReadOptions(default_date="2025-05-09"))
    coded = coder.code(art)
    text = coded.article.text
    assert "appeared first" not in text and "BLOOMBERG" not in text
    assert coded.events, "the story should yield events"
    for e in coded.events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        for a in e.actor + e.recipient:
            if a.start >= 0:
                assert text[a.start:a.end] == a.text
    for ent in coded.entities:
        assert text[ent.start:ent.end] == ent.text


def test_apostrophe_look_alikes_become_apostrophes():
    from wirecoder.ingest.clean import clean_text

    for mark in ("\u02bc", "\u00b4", "\u2032"):
        raw = f"Canada{mark}s foreign minister expelled a diplomat on Monday."
        out = clean_text(raw).text
        assert out == "Canada\u2019s foreign minister expelled a diplomat on Monday." and len(out) == len(raw)
