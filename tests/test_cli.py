"""The ``wirecoder`` command as a user runs it: a subprocess over real files, stdin and SQLite.

Each run loads the spaCy model (about two seconds), so runs that several tests inspect are made
once per module in fixtures.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from conftest import run_cli
from wirecoder.store.base import open_store
from wirecoder.store.export import EVENT_COLUMNS, HAPPENING_COLUMNS

# subprocesses, servers, whole gold sets: the slow tier (pytest -m "not slow" skips it)
pytestmark = pytest.mark.slow

DATE = "2025-05-09"
STORIES = [
    "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday.",
    "India accused Pakistan on Monday of shelling villages along the border in Kashmir.",
    "The European Union imposed new sanctions on Belarus on Wednesday over the detention of journalists.",
    "Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden at the White House on Friday.",
    "Russia did not impose sanctions on Georgia. Turkey and Greece agreed to hold talks in Ankara on Monday.",
    "Turkey threatened on Thursday to block Sweden from joining NATO.",
]
NEGATED = 4  # the story with "did not impose sanctions"


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def ok(res, code: int = 0):
    assert res.returncode == code, f"exit {res.returncode}\nstderr: {res.stderr[-2000:]}"
    assert "Traceback" not in res.stderr
    return res


def has_negation(doc: dict) -> bool:
    return any("negation" in e["aux_modes"] for e in doc["events"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cli")
    with open(d / "six.jsonl", "w", encoding="utf-8") as f:
        for i, text in enumerate(STORIES):
            f.write(json.dumps({"id": f"s{i}", "text": text, "date": DATE, "source": "Harbour Times"}) + "\n")
    (d / "story.txt").write_text(f"{STORIES[0]} –BLOOMBERG\n"
                                 "The post Lavrov meets Wang in Beijing appeared first on Harbour Times.\n",
                                 encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def workers_runs(corpus):
    one = ok(run_cli("code", str(corpus / "six.jsonl"), "--workers", "1"))
    two = ok(run_cli("code", str(corpus / "six.jsonl"), "--workers", "2"))
    return lines(one.stdout), lines(two.stdout), one, two


@pytest.fixture(scope="module")
def seed_runs(seed_path, tmp_path_factory):
    db = tmp_path_factory.mktemp("seed") / "w.db"
    code = ok(run_cli("code", str(seed_path), "--date", DATE))
    first = ok(run_cli("ingest", str(seed_path), "--date", DATE, "--db", str(db)))
    second = ok(run_cli("ingest", str(seed_path), "--date", DATE, "--db", str(db)))
    return {"code": code, "first": first, "second": second, "db": db}


# ---- code: the seed, stored and queried ---------------------------------------------------------
def test_code_seed_prints_one_article_with_located_consult(seed_runs):
    (doc,) = lines(seed_runs["code"].stdout)
    assert {"id", "title", "url", "published", "publisher", "wire", "events", "quotes", "amounts",
            "entities"} <= set(doc)
    assert "text" not in doc
    assert (doc["wire"], doc["published"]) == ("Bloomberg", DATE)
    consults = [e for e in doc["events"] if e["event_type"] == "CONSULT"
                and {"RUS", "CHN"} <= {a["country"] for a in e["actor"] + e["recipient"]}]
    assert consults
    assert any((e["location"] or {}).get("name") == "Moscow" and e["location"]["country"] == "RUS"
               and e["date"] in ("2025-05-08", "2025-05-07") for e in consults)
    assert seed_runs["code"].stderr == ""  # stderr is not a terminal: no progress bar


def test_code_evidence_offsets_slice_the_stored_text(seed_runs):
    (doc,) = lines(seed_runs["code"].stdout)
    with open_store(str(seed_runs["db"]), readonly=True) as store:
        art = store.article(doc["id"])
    text = art["text"]
    assert {e["event_id"] for e in art["events"]} == {e["event_id"] for e in doc["events"]}
    for e in doc["events"]:
        ev = e["evidence"]
        assert isinstance(ev["start"], int) and isinstance(ev["end"], int)
        assert text[ev["start"]:ev["end"]] == ev["text"], e["event_type"]
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]


def test_ingest_twice_changes_nothing(seed_runs):
    assert seed_runs["first"].stdout.startswith("1 new, 0 updated, 0 unchanged")
    assert seed_runs["second"].stdout.startswith("0 new, 0 updated, 1 unchanged")
    assert "holds 1 articles" in seed_runs["second"].stdout


def test_events_queries(seed_runs):
    db = str(seed_runs["db"])
    dyad = lines(ok(run_cli("events", "--db", db, "--dyad", "RUS,CHN", "--format", "jsonl")).stdout)
    ids = [e["event_id"] for e in dyad]
    assert dyad and len(ids) == len(set(ids))
    assert all({"RUS", "CHN"} <= {a["country"] for a in e["actor"] + e["recipient"]} for e in dyad)
    rows = list(csv.DictReader(io.StringIO(ok(run_cli("events", "--db", db, "--type", "CONSULT",
                                                      "--format", "csv")).stdout)))
    assert rows and all(r["event_type"] == "CONSULT" for r in rows)
    assert list(rows[0]) == [*EVENT_COLUMNS, *HAPPENING_COLUMNS]
    table = ok(run_cli("events", "--db", db, "--actor", "RUS")).stdout
    assert "events" in table and "CONSULT" in table and "RUS" in table


def test_show_stored_article_and_file(seed_runs, corpus):
    (doc,) = lines(seed_runs["code"].stdout)
    stored = ok(run_cli("show", doc["id"], "--db", str(seed_runs["db"]))).stdout
    assert doc["title"][:30] in stored and "events" in stored and "CONSULT" in stored
    fresh = ok(run_cli("show", str(corpus / "story.txt"), "--date", DATE)).stdout
    flat = " ".join(fresh.split())  # rich wraps at 80 columns when stdout is not a terminal
    for words in ("Lavrov meets Wang in Beijing", "wire Bloomberg", "publisher Harbour Times"):
        assert words in flat
    assert "CONSULT" in fresh and "BLOOMBERG" not in fresh
    missing = ok(run_cli("show", "no-such-article", "--db", str(seed_runs["db"])), code=2)
    assert "no-such-article" in missing.stderr


# ---- code: formats, files and stdin -------------------------------------------------------------
def test_plover_from_stdin_with_drop_negated():
    res = ok(run_cli("code", "-", "--date", DATE, "--format", "plover", "--drop-negated",
                     stdin=STORIES[NEGATED]))
    events = lines(res.stdout)
    assert events, "the talks between Turkey and Greece should still be coded"
    for e in events:
        assert {"event", "source", "target", "id", "sentence"} <= set(e)
        assert "negation" not in e["aux_modes"]
    assert res.stderr == ""


def test_negated_events_are_left_out_by_default_and_flagged_when_asked_for(workers_runs):
    # a negated act did not happen: like an act told only as possible it scores below the
    # default --min-confidence; asked for, it comes flagged; --drop-negated drops it anyway
    one, _, _, _ = workers_runs
    assert not any(has_negation(d) for d in one)
    everything = lines(ok(run_cli("code", "-", "--date", DATE, "--min-confidence", "0",
                                  stdin=STORIES[NEGATED])).stdout)[0]
    negated = [e for e in everything["events"] if "negation" in e["aux_modes"]]
    assert [e["event_type"] for e in negated] == ["SANCTION"]
    assert all(e["confidence"] < 0.35 for e in negated)
    dropped = lines(ok(run_cli("code", "-", "--date", DATE, "--min-confidence", "0", "--drop-negated",
                               stdin=STORIES[NEGATED])).stdout)[0]
    assert not any("negation" in e["aux_modes"] for e in dropped["events"])


def test_csv_to_a_file(corpus, tmp_path):
    out = tmp_path / "events.csv"
    res = ok(run_cli("code", str(corpus / "story.txt"), str(corpus / "six.jsonl"), "--date", DATE,
                     "--format", "csv", "-o", str(out)))
    assert res.stdout == "" and res.stderr == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and list(rows[0]) == list(EVENT_COLUMNS)
    assert {"CONSULT", "SANCTION"} <= {r["event_type"] for r in rows}
    assert all(r["event_id"] and r["article_id"] for r in rows)


def test_tsv_one_row_per_article(corpus):
    from wirecoder.store.gdelt import GDELT_COLUMNS

    res = ok(run_cli("code", str(corpus / "six.jsonl"), "--format", "tsv"))
    rows = res.stdout.rstrip("\n").split("\n")
    # GKG 2.1 files have no header row: one row per article, the codebook's columns
    assert len(rows) == len(STORIES)
    assert all(len(r.split("\t")) == len(GDELT_COLUMNS) for r in rows)
    assert any("Harbour Times" in r for r in rows)


def test_workers_give_the_same_records(workers_runs):
    one, two, r1, r2 = workers_runs
    assert [d["id"] for d in one] == [f"s{i}" for i in range(len(STORIES))]
    assert one == two
    assert r1.stderr == r2.stderr == ""


# ---- bad input and bad usage --------------------------------------------------------------------
def test_bad_batch_names_each_bad_input(tmp_path):
    import random

    (tmp_path / "binary.txt").write_bytes(random.Random(3).randbytes(4096))
    (tmp_path / "empty.txt").write_bytes(b"")
    broken = json.dumps({"id": "j1", "text": STORIES[0]}) + '\n{"id": "j2", "text": \n'
    (tmp_path / "broken.jsonl").write_text(broken, encoding="utf-8")
    french = ("La ministre allemande a rencontré mardi à Paris son homologue français "
              "pour parler de la guerre et de l'énergie.\n")
    (tmp_path / "french.txt").write_text(french, encoding="utf-8")
    (tmp_path / "good.txt").write_text(STORIES[3] + "\n", encoding="utf-8")
    names = ["binary.txt", "empty.txt", "broken.jsonl", "french.txt", "good.txt"]
    res = ok(run_cli("code", *[str(tmp_path / n) for n in names], "--date", DATE), code=1)
    for bad in ("binary.txt", "empty.txt", "broken.jsonl:2", "french.txt"):
        assert bad in res.stderr, bad
    assert "French" in res.stderr
    # stderr is not a terminal: no progress bar, one line per bad input and the summary, nothing else
    assert [line.startswith("wirecoder: ") for line in res.stderr.splitlines()] == [True] * 5
    assert res.stderr.splitlines()[-1] == "wirecoder: 2 articles coded, 4 failed (named above)"
    docs = lines(res.stdout)
    assert len(docs) == 2 and docs[0]["id"] == "j1"
    assert all(d["events"] for d in docs)
    assert any(e["event_type"] == "CONSULT" for d in docs for e in d["events"])


def test_missing_path_exits_2(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORIES[0], encoding="utf-8")
    res = ok(run_cli("code", str(good), str(tmp_path / "does-not-exist.txt")), code=2)
    assert "does-not-exist.txt" in res.stderr and "no such file" in res.stderr
    assert res.stdout == ""  # nothing is coded when the command itself is wrong


def test_oversized_article_is_reported(corpus):
    res = ok(run_cli("code", str(corpus / "story.txt"), "--max-chars", "50"), code=1)
    assert "story.txt" in res.stderr and "too long" in res.stderr and res.stdout == ""


@pytest.mark.parametrize("args", [
    ["code"],
    ["code", "{f}", "--date", "2025-13-45"],
    ["code", "{f}", "--workers", "0"],
    ["code", "{f}", "--format", "xml"],
    ["code", "{f}", "--min-confidence", "2"],
    ["events", "--dyad", "RUS"],
    ["frobnicate"],
    ["code", "{f}", "-o", "/nonexistent-dir/out.jsonl"],
    ["code", "{f}", "--max-chars", "0"],
    ["explain", ""],
])
def test_bad_usage_exits_2(corpus, args):
    res = ok(run_cli(*[a.format(f=corpus / "story.txt") for a in args]), code=2)
    assert res.stderr.strip() and res.stdout == ""


def test_events_on_a_missing_database(tmp_path):
    res = run_cli("events", "--db", str(tmp_path / "none.db"))
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert "none.db" in res.stderr and "no such database" in res.stderr
    assert not (tmp_path / "none.db").exists()


# ---- explain and eval ---------------------------------------------------------------------------
def test_explain_shows_the_parse_and_the_rules():
    res = ok(run_cli("explain", "Russia imposed sanctions on Georgia on Monday.", "--date", DATE))
    out = res.stdout
    assert "nsubj" in out and "dobj" in out  # the dependency parse
    assert "actors found" in out and "RUS" in out and "GEO" in out
    assert "rules" in out and "SANCTION" in out and "verbs.tsv" in out
    assert "2025-05-05" in out  # Monday before the Friday publication date


def test_explain_from_stdin():
    out = ok(run_cli("explain", "-", stdin="India accused Pakistan of shelling border villages.")).stdout
    assert "ACCUSE" in out


def test_eval_json():
    res = ok(run_cli("eval", str(Path(__file__).parent / "gold" / "stories.gold.jsonl"), "--json"))
    report = json.loads(res.stdout)
    assert "overall" in report and report["records"] > 0
    assert isinstance(report["types"], dict)


# ---- names in any case, help that names its defaults, README in step with --help ---------------
def test_events_take_names_in_any_case(seed_runs):
    db = str(seed_runs["db"])
    by_code = lines(ok(run_cli("events", "--db", db, "--dyad", "RUS,CHN", "--format", "jsonl")).stdout)
    by_name = lines(ok(run_cli("events", "--db", db, "--dyad", "russia,China", "--type", "consult",
                               "--format", "jsonl")).stdout)
    assert by_name and {e["event_id"] for e in by_name} <= {e["event_id"] for e in by_code}
    assert all(e["event_type"] == "CONSULT" for e in by_name)
    plural = lines(ok(run_cli("events", "--db", db, "--type", "sanctions", "--actor", "Russian",
                              "--format", "jsonl")).stdout)
    assert all(e["event_type"] == "SANCTION" for e in plural)


@pytest.mark.parametrize(("args", "hint"), [
    (["--dyad", "rusia,china"], "did you mean Russia (RUS)"),
    (["--type", "sanctoins"], "did you mean SANCTION"),
    (["--actor", "Atlantis"], "an organisation such as NATO"),
])
def test_events_say_what_they_expected(seed_runs, args, hint):
    res = ok(run_cli("events", "--db", str(seed_runs["db"]), *args), code=2)
    assert hint in res.stderr and res.stdout == ""


def _subparsers() -> dict:
    import argparse

    from wirecoder.cli import build_parser

    ap = build_parser()
    (sub,) = [a for a in ap._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_every_option_of_every_command_names_its_default():
    missing = [f"{name} {a.option_strings[0]}" for name, p in _subparsers().items() for a in p._actions
               if a.option_strings and a.dest != "help" and "(default: " not in (a.help or "")]
    assert not missing, missing


def test_readme_settings_table_and_help_agree():
    from wirecoder.config import default_words, flag_of, settings

    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8").split())
    subs = _subparsers()
    for f in settings():
        commands = f.metadata["commands"]
        if not commands:
            continue
        row = f"| `{flag_of(f)}` | {', '.join(commands)} | {default_words(f)} | {f.metadata['help']} |"
        assert row in readme, f"README's settings table lacks or differs from: {row}"
        for name in subs:
            helptext = " ".join(subs[name].format_help().split())
            if name in commands:
                assert f"{flag_of(f)} " in helptext and f"(default: {default_words(f)})" in helptext, (name, f.name)
            else:
                assert f"{flag_of(f)} " not in helptext, (name, f.name)
    for flag in set(re.findall(r"(--[a-z][a-z-]+)", readme)) - {"--help", "--version"}:
        assert any(f"{flag} " in " ".join(p.format_help().split()) for p in subs.values()), \
            f"README names {flag}, which no command takes"
