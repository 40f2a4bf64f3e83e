"""GDELT 2.0 Events and ICEWS/POLECAT-style TSV files, loaded back by their published column lists (written
out here from GDELT's event codebook and from docs, not imported from our code)."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import run_cli
from test_happenings import TEXT_A, TEXT_B, event, story
from wirecoder.store.base import open_store

# GDELT 2.0 Event Database codebook (GDELT-Event_Codebook-V2.0), in the order of the files' 61 columns.
GDELT_PUBLISHED = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
    "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
    "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
    "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"
]
# The ICEWS/POLECAT-style columns as README.md publishes them.
ICEWS_PUBLISHED = ["Event ID", "Event Date", "Event Type", "Event Mode", "Source Name", "Source Sectors",
                   "Source Country", "Target Name", "Target Sectors", "Target Country", "CAMEO Code", "Intensity",
                   "Place", "Country", "Latitude", "Longitude", "Story ID", "Sentence Number", "Sentence",
                   "Publisher", "Mentions", "Sources", "Articles"]


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "w.db")
    with open_store(path) as s:
        for aid, text, pub in (("a", TEXT_A, "Harbour Times"), ("b", TEXT_B, "Valley Courier")):
            s.save(story(aid, text, pub, event(aid, "CONSULT", ["RUS"], ["CHN"], "2025-05-08", place="RUS"),
                         event(aid, "ACCUSE", ["USA"], ["RUS"], "2025-05-08", n=1)))
    return path


def test_gdelt_events_load_by_the_codebook_columns(db, tmp_path):
    import pandas as pd

    assert len(GDELT_PUBLISHED) == 61
    out = tmp_path / "events.tsv"
    res = run_cli("export", "--db", db, "--format", "gdelt-events", "-o", str(out))
    assert res.returncode == 0, res.stderr
    df = pd.read_csv(out, sep="\t", header=None, names=GDELT_PUBLISHED, dtype={"EventCode": str,
                     "EventBaseCode": str, "EventRootCode": str}, keep_default_na=False, na_values=[""])
    assert len(df) == 2  # one row per happening
    assert (df.columns == GDELT_PUBLISHED).all() and df.shape[1] == 61
    assert df["GlobalEventID"].dtype.kind == "i" and df["GlobalEventID"].is_unique
    row = df[df["Actor1CountryCode"] == "RUS"].iloc[0]
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (2, 2, 2)
    assert row["Day"] == 20250508 and row["MonthYear"] == 202505 and row["Year"] == 2025
    assert row["Actor1Code"] == "RUSGOV" and row["Actor1CountryCode"] == "RUS" and row["Actor1Type1Code"] == "GOV"
    assert row["Actor2CountryCode"] == "CHN" and row["QuadClass"] == 1
    assert row["EventBaseCode"] == "040" and row["EventRootCode"] == "04"
    assert pd.isna(row["AvgTone"])  # not invented
    assert row["ActionGeo_CountryCode"] == "RS"  # FIPS 10-4, as GDELT
    assert str(row["DATEADDED"]).startswith("20250508")
    # the events command writes the same rows
    lines = run_cli("events", "--db", db, "--format", "gdelt-events").stdout
    assert lines == out.read_text(encoding="utf-8")


def test_icews_tsv_loads_by_its_header(db):
    res = run_cli("events", "--db", db, "--format", "icews")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout), delimiter="\t"))
    assert list(rows[0]) == ICEWS_PUBLISHED
    consult = next(r for r in rows if r["Event Type"] == "CONSULT")
    assert (consult["Source Country"], consult["Target Country"]) == ("RUS", "CHN")
    assert (consult["Mentions"], consult["Sources"], consult["Articles"]) == ("2", "2", "2")
    assert consult["Event Date"] == "2025-05-08" and consult["Story ID"] in ("a", "b")
    assert consult["Sentence"] == "They met." and consult["Publisher"] in ("Harbour Times", "Valley Courier")
    per_article = run_cli("events", "--db", db, "--format", "icews", "--per-article").stdout
    assert len(per_article.splitlines()) == 1 + 4


def test_code_writes_both_from_the_coder(tmp_path):
    story_file = tmp_path / "s.txt"
    story_file.write_text("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday.\n",
                          encoding="utf-8")
    gd = run_cli("code", str(story_file), "--date", "2025-05-09", "--format", "gdelt-events")
    assert gd.returncode == 0, gd.stderr
    fields = [line.split("\t") for line in gd.stdout.splitlines()]
    assert fields and all(len(f) == 61 for f in fields)
    assert any(f[GDELT_PUBLISHED.index("EventRootCode")] == "04" for f in fields)
    ic = run_cli("code", str(story_file), "--date", "2025-05-09", "--format", "icews")
    rows = list(csv.DictReader(io.StringIO(ic.stdout), delimiter="\t"))
    assert list(rows[0]) == ICEWS_PUBLISHED and rows[0]["Event Type"] == "CONSULT"
