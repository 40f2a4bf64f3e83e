"""How values read for people, the same in the terminal and the web pages; and names -> codes."""

from __future__ import annotations

import pytest

from wirecoder.display import date_label, number, snippet, word_span
from wirecoder.errors import UsageError
from wirecoder.names import resolve_actor, resolve_type


@pytest.mark.parametrize(("value", "precision", "shown"), [
    ("2022-01-01", "year", "2022"), ("2022-11-01", "month", "2022-11"), ("2022-11-14", "day", "2022-11-14"),
    ("2022-11-16", "week", "week of 2022-11-14"), ("2022-11-14", None, "2022-11-14"), (None, "day", ""),
])
def test_dates_show_their_precision(value, precision, shown):
    assert date_label(value, precision) == shown


@pytest.mark.parametrize(("value", "shown"), [
    (5.0, "5"), (23, "23"), (1115.0, "1,115"), (2.5, "2.5"), (68.0, "68"), (245e9, "245 billion"),
    (1.2e9, "1.2 billion"), (3.5e6, "3.5 million"), (1e12, "1 trillion"), (0.25, "0.25"), (None, ""),
])
def test_numbers_as_people_write_them(value, shown):
    assert number(value) == shown


def test_snippets_end_at_a_word_with_an_ellipsis():
    text = "Russia and China pledged to strengthen military cooperation on Thursday."
    cut = snippet(text, 30)
    assert cut == "Russia and China pledged to…" and len(cut) <= 30
    assert snippet(text, 200) == text
    assert snippet("  a\n  b ") == "a b"


@pytest.mark.parametrize(("text", "words"), [
    ("Moscow, ", "Moscow"), ('"Russia" ', "Russia"), ("talks.", "talks"), ("the U.S.", "the U.S."),
    (" (Reuters)", "Reuters"), ("Xi’s", "Xi’s"),
])
def test_highlights_sit_exactly_on_the_words(text, words):
    lo, hi = word_span(text, 0, len(text))
    assert text[lo:hi] == words


@pytest.mark.parametrize(("typed", "code"), [
    ("russia", "RUS"), ("Russia", "RUS"), ("RUS", "RUS"), ("rus", "RUS"), ("Russian", "RUS"), ("Britain", "GBR"),
    ("the United States", "USA"), ("U.S.", "USA"), ("nato", "NATO"), ("IGO", "IGO"), ("China", "CHN"),
])
def test_actor_names_in_any_case(typed, code):
    assert resolve_actor(typed) == code


def test_unknown_actor_gets_a_suggestion():
    with pytest.raises(UsageError, match=r"did you mean Russia \(RUS\)"):
        resolve_actor("Rusia")
    with pytest.raises(UsageError, match="not an actor"):
        resolve_actor("Qwxyz")


@pytest.mark.parametrize(("typed", "code"), [
    ("sanctions", "SANCTION"), ("SANCTION", "SANCTION"), ("Consult", "CONSULT"), ("protests", "PROTEST"),
    ("assaults", "ASSAULT"),
])
def test_event_types_in_any_case_and_number(typed, code):
    assert resolve_type(typed) == code


def test_unknown_type_gets_a_suggestion():
    with pytest.raises(UsageError, match="did you mean SANCTION"):
        resolve_type("sanctoin")


def test_the_events_table_fits_100_columns_and_cuts_at_words():
    from rich.console import Console

    from wirecoder.terminal import events_table

    def actor(code: str) -> dict:
        return {"country": code, "sector": "GOV", "name": code}

    events = [{"event_type": "SANCTION", "mode": "discontinue", "aux_modes": ["historical"], "date": "2016-01-01",
               "date_precision": "year", "actor": [actor(c) for c in ("USA", "GBR", "FRA", "DEU", "ITA", "CAN")],
               "recipient": [actor("RUS")], "location": {"name": "Washington"},
               "trigger": {"text": "announced its own far-reaching restrictions"}},
              {"event_type": "CONSULT", "mode": "", "aux_modes": [], "date": "2021-02-03", "date_precision": "week",
               "actor": [], "recipient": [actor("MMR")], "location": None, "trigger": {"text": "met"}}]
    con = Console(width=100, record=True)
    events_table(events, 2, console=con)
    lines = con.export_text().splitlines()
    assert max(len(line) for line in lines) <= 100
    text = "\n".join(lines)
    assert "2016 " in text and "wk of 2021-02-01" in text and "→ MMR/GOV" in text
    assert "announced its…" in text and "USA/GOV + GBR/GOV…" in text  # whole words, then the ellipsis
