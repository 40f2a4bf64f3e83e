"""The Spark job on a real local[2] Spark (Java needed; .ci/run installs Debian's openjdk-17-jre-headless):
a JSONL corpus with a broken line and a copy of one story, plus a folder of text files with a binary one,
gives the datasets `wirecoder code --format parquet` gives (same ids, same columns and types), the broken
inputs in errors/, and the copy counted once in happenings/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

pytestmark = pytest.mark.slow
pa = pytest.importorskip("pyarrow")
pytest.importorskip("pyspark")
ds = pytest.importorskip("pyarrow.dataset")

STORIES = sorted((ROOT / "examples" / "stories").glob("*.txt"))
IDS = {"events": "event_id", "articles": "id", "quotes": "quote_id", "amounts": "amount_id"}


def java_or_skip() -> None:
    if shutil.which("java"):
        return
    why = "no Java for Spark (apt-get install openjdk-17-jre-headless)"
    if os.environ.get("CI", "").lower() == "true" or os.environ.get("WIRECODER_REQUIRE_SPARK") == "1":
        pytest.fail(why)
    pytest.skip(why)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("spark")
    with (d / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for p in STORIES[:3]:
            f.write(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": p.stem[:10],
                                "source": "Harbour Times"}) + "\n")
        f.write('{"id": "broken", "text": \n')
        copy = STORIES[1].read_text(encoding="utf-8") + "\n© 2025 Valley Courier. All rights reserved.\n"
        f.write(json.dumps({"id": "copy", "text": copy, "date": STORIES[1].stem[:10],
                            "source": "Valley Courier"}) + "\n")
    folder = d / "stories"
    folder.mkdir()
    for p in STORIES[3:5]:
        shutil.copy(p, folder / p.name)
    (folder / "photo.jpg").write_bytes(bytes(range(256)) * 4)
    return d


@pytest.fixture(scope="module")
def outputs(corpus) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    java_or_skip()
    inputs = [str(corpus / "corpus.jsonl"), str(corpus / "stories")]
    spark = run_cli("spark", *inputs, str(corpus / "out"), "--master", "local[2]", "--date", "2025-05-09")
    cli = run_cli("code", *inputs, "--date", "2025-05-09", "--format", "parquet", "-o", str(corpus / "cli"))
    assert cli.returncode == 1  # the CLI reports the two bad inputs
    return corpus / "out", corpus / "cli", spark


def test_the_job_writes_what_code_writes(outputs):
    from wirecoder.store.parquet import read_dataset

    out, cli, res = outputs
    assert res.returncode == 0, res.stderr[-3000:]
    assert "2 errors" in res.stderr
    for name, key in IDS.items():
        got, want = read_dataset(out, name), read_dataset(cli, name)
        assert got.schema.equals(want.schema), name
        assert sorted(got.column(key).to_pylist()) == sorted(want.column(key).to_pylist()), name
        assert got.num_rows == want.num_rows > 0
    # partitions are named as the export names them (zero-padded months)
    assert {p.name for p in (out / "events").glob("year=*")} == {p.name for p in (cli / "events").glob("year=*")}
    assert {p.name for p in (out / "events").glob("year=*/month=*")} <= {
        p.name for p in (cli / "events").glob("year=*/month=*")}


def test_bad_inputs_go_to_errors(outputs):
    out, _, _ = outputs
    errors = ds.dataset(out / "errors", format="parquet").to_table().to_pylist()
    reasons = {Path(e["origin"]).name: e["reason"] for e in errors}
    assert reasons.keys() == {"corpus.jsonl:4", "photo.jpg"}
    assert "invalid JSON" in reasons["corpus.jsonl:4"] and "binary" in reasons["photo.jpg"]


def test_copies_are_one_cluster_and_their_events_one_happening(outputs):
    from wirecoder.store.parquet import read_dataset

    out, _, _ = outputs
    stories = {r["article_id"]: r for r in ds.dataset(out / "stories", format="parquet").to_table().to_pylist()}
    assert stories["copy"]["cluster_id"] == stories[STORIES[1].stem]["cluster_id"] == min("copy", STORIES[1].stem)
    assert stories["copy"]["source"] == "Valley Courier"
    happenings = read_dataset(out, "happenings").to_pylist()
    events = read_dataset(out, "events").to_pylist()
    copied = [h for h in happenings if h["article_id"] in ("copy", STORIES[1].stem)]
    assert copied and all((h["sources"], h["articles"]) == (2, 2) and h["mentions"] >= 2 for h in copied)
    assert sum(h["mentions"] for h in happenings) == len(events)
    assert {"happening_id", "mentions", "sources", "articles"} <= set(happenings[0])
    from wirecoder.store.happening_parquet import SCHEMA

    got = read_dataset(out, "happenings").schema
    assert pa.schema([f for f in got if f.name not in ("year", "month")]).equals(SCHEMA)  # as export writes it


def test_the_job_runs_as_a_module_for_spark_submit():
    res = subprocess.run([sys.executable, "-m", "wirecoder.batch.spark", "--help"], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0 and "OUTPUT" in res.stdout
    bad = subprocess.run([sys.executable, str(ROOT / "src" / "wirecoder" / "batch" / "spark.py"), "nowhere.jsonl",
                          "out"], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "no such file" in bad.stderr
