"""Dates: relative time expressions resolved against the publication date (nlp.when.resolve), and
publication dates normalised from the shapes inputs give them in (ingest.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.ingest import ReadOptions
from wirecoder.ingest.dates import check_iso_date, from_struct, normalise_date
from wirecoder.ingest.readers import make_article
from wirecoder.nlp.when import resolve

FRI = date(2025, 5, 9)  # a Friday


def r(text: str, future: bool = False, pub: date = FRI) -> tuple[str, str] | None:
    got = resolve(text, pub, future)
    return (got[0].isoformat(), got[1]) if got else None


# ---- weekdays -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Thursday", "2025-05-08"),
    ("on Thursday", "2025-05-08"),
    ("Wednesday", "2025-05-07"),
    ("on Monday", "2025-05-05"),
    ("Saturday", "2025-05-03"),
    ("Friday", "2025-05-09"),  # the day of publication
    ("last Friday", "2025-05-02"),
    ("last Thursday", "2025-05-08"),
])
def test_weekday_in_the_past(text, want):
    assert r(text) == (want, "day")


@pytest.mark.parametrize(("text", "want"), [
    ("Thursday", "2025-05-15"),
    ("on Monday", "2025-05-12"),
    ("Friday", "2025-05-16"),
])
def test_weekday_in_a_sentence_about_plans_looks_ahead(text, want):
    assert r(text, future=True) == (want, "day")


def test_next_weekday_is_ahead_whatever_the_tense():
    assert r("next Monday") == r("next Monday", future=True) == ("2025-05-12", "day")


# ---- months and years -----------------------------------------------------------------------
def test_bare_month_past_and_future():
    assert r("in September", future=True) == ("2025-09-01", "month")
    assert r("in September") == ("2024-09-01", "month")
    assert r("December") == ("2024-12-01", "month")
    assert r("in May") == ("2025-05-01", "month")
    assert r("March") == ("2025-03-01", "month")


@pytest.mark.parametrize(("text", "want"), [
    ("May 9", ("2025-05-09", "day")),
    ("on May 9", ("2025-05-09", "day")),
    ("9 May", ("2025-05-09", "day")),
    ("March 3, 2022", ("2022-03-03", "day")),
    ("Sept. 12, 2001", ("2001-09-12", "day")),
    ("February 2022", ("2022-02-01", "month")),
    ("in February 2022", ("2022-02-01", "month")),
    ("2024", ("2024-01-01", "year")),
    ("in 2014", ("2014-01-01", "year")),
])
def test_absolute_dates(text, want):
    assert r(text) == want
    assert r(text, future=True) == want


def test_bare_day_month_in_the_near_future_stays_this_year():
    assert r("June 20") == ("2025-06-20", "day")  # within two months: this year's
    assert r("Sept. 12") == ("2024-09-12", "day")  # months ahead in a past sentence: last year's
    assert r("Sept. 12", future=True) == ("2025-09-12", "day")


def test_impossible_day_is_none():
    assert r("February 30") is None


# ---- relative words -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("today", ("2025-05-09", "day")),
    ("this morning", ("2025-05-09", "day")),
    ("yesterday", ("2025-05-08", "day")),
    ("last night", ("2025-05-08", "day")),
    ("tomorrow", ("2025-05-10", "day")),
    ("last week", ("2025-05-02", "week")),
    ("next week", ("2025-05-16", "week")),
    ("this week", ("2025-05-09", "week")),
    ("last month", ("2025-04-01", "month")),
    ("next month", ("2025-06-01", "month")),
    ("this month", ("2025-05-01", "month")),
    ("last year", ("2024-01-01", "year")),
    ("next year", ("2026-01-01", "year")),
    ("this year", ("2025-01-01", "year")),
    ("a week ago", ("2025-05-02", "week")),
])
def test_relative_expressions(text, want):
    assert r(text) == want


def test_month_arithmetic_across_year_ends():
    jan = date(2025, 1, 15)
    assert r("last month", pub=jan) == ("2024-12-01", "month")
    assert r("next month", pub=date(2024, 12, 31)) == ("2025-01-01", "month")


@pytest.mark.parametrize(("text", "want"), [
    ("two years ago", ("2023-01-01", "year")),
    ("three days ago", ("2025-05-06", "day")),
    ("2 weeks ago", ("2025-04-25", "week")),
    ("six months ago", ("2024-11-01", "month")),
    ("an hour ago", None),
])
def test_n_units_ago(text, want):
    assert r(text) == want


def test_days_before_count_back_from_the_story_day():
    # "a day after the army seized power", "two days earlier": wire copy leans them on the day of its
    # news, which is the story's day more often than not; counted back from it
    from datetime import date

    pub = date(2025, 5, 9)
    assert resolve("a day earlier", pub, False) == (date(2025, 5, 8), "day")
    assert resolve("two days earlier", pub, False) == (date(2025, 5, 7), "day")
    assert resolve("the previous day", pub, False) == (date(2025, 5, 8), "day")
    assert resolve("earlier this month", pub, False) == (date(2025, 5, 1), "month")


@pytest.mark.parametrize("text", [
    "four-day",
    "80th",
    "the 80th anniversary",
    "two-year-old",
    "decades",
    "the past two weeks",
    "",
    "several",
])
def test_not_points_in_time(text):
    assert r(text) is None


# ---- through the pipeline -------------------------------------------------------------------
@pytest.fixture(scope="module")
def dates_of(coder):
    def run(text: str, pub: str = "2025-05-09") -> list[tuple[str, str, str]]:
        coded = coder.code(make_article(text, "dates", ReadOptions(default_date=pub)))
        return [(e.text, e.value, e.kind) for e in coded.entities if e.label == "DATE"]

    return run


def test_pipeline_resolves_weekday_against_publication(dates_of):
    got = dates_of("India and Pakistan agreed to a ceasefire on Thursday.")
    assert ("Thursday", "2025-05-08", "day") in got


def test_pipeline_uses_tense_for_bare_months(dates_of):
    ahead = dates_of("Russia will hold talks with China in September.")
    assert ahead == [("September", "2025-09-01", "month")]
    past = dates_of("Russia held talks with China in September.")
    assert past == [("September", "2024-09-01", "month")]


def test_pipeline_drops_durations_and_ordinals(dates_of):
    assert dates_of("The four-day visit marks the 80th anniversary of the victory.") == []


def test_no_publication_date_no_resolved_dates(coder):
    coded = coder.code(make_article("India and Pakistan agreed to a ceasefire on Thursday.", "nodate",
                                    ReadOptions()))
    assert [e for e in coded.entities if e.label == "DATE"] == []


# ---- publication dates ----------------------------------------------------------------------
@pytest.mark.parametrize(("value", "want"), [
    ("Fri, 09 May 2025 08:00:00 GMT", "2025-05-09"),
    ("Fri, 09 May 2025 08:00:00 +0000", "2025-05-09"),
    ("2025-05-09", "2025-05-09"),
    ("2025-05-09T10:00:00Z", "2025-05-09"),
    ("2025-05-09T23:30:00-05:00", "2025-05-09"),
    ("2025-05-09 10:00:00", "2025-05-09"),
    ("20250509", "2025-05-09"),
    (" 20250509 ", "2025-05-09"),
    ("May 9, 2025", "2025-05-09"),
    ("9 May 2025", "2025-05-09"),
])
def test_normalise_date(value, want):
    assert normalise_date(value) == want


@pytest.mark.parametrize("value", [None, "", "2025-13-45", "20251345", "not a date at all"])
def test_normalise_date_rejects(value):
    assert normalise_date(value) is None


def test_from_struct():
    import time

    assert from_struct(time.strptime("2025-05-09 08:00", "%Y-%m-%d %H:%M")) == "2025-05-09"
    assert from_struct(None) is None


def test_check_iso_date():
    assert check_iso_date("2025-05-09") == "2025-05-09"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        check_iso_date("2025-13-45")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        check_iso_date("09/05/2025")
