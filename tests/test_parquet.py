"""Parquet datasets: written by `code` and `export` through the writer registry, partitioned
year=/month=, read back unchanged by pyarrow and DuckDB, appended to without duplicates."""

from __future__ import annotations

import dataclasses
from dataclasses import asdict
from datetime import date
from pathlib import Path

import duckdb
import pytest

from conftest import run_cli
from test_store import ROWS, make_coded
from wirecoder.ingest import ReadOptions
from wirecoder.ingest.readers import make_article
from wirecoder.store.base import open_store
from wirecoder.store.export import FORMATS, open_sink
from wirecoder.store.parquet import SCHEMAS, read_dataset

pytestmark = pytest.mark.slow

STORY = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday.\n"
         "\"Our partnership has never been stronger,\" Putin told reporters after the talks.\n"
         "China will buy $12 billion of Russian gas next year, according to the Chinese commerce ministry.\n")


@pytest.fixture(scope="module")
def corpus(coder):
    real = coder.code(make_article(STORY, "real", ReadOptions(default_date="2025-05-09")))
    assert real.events and real.quotes and real.amounts
    return [make_coded(a) for a in ("a1", "a2", "a3")] + [real]


def write(folder: Path, articles) -> None:
    sink = open_sink("parquet", str(folder))
    for coded in articles:
        sink.write(coded)
    sink.close()


def duck(sql: str) -> list[tuple]:
    with duckdb.connect() as con:
        return con.execute(sql).fetchall()


def test_datasets_are_partitioned_by_year_and_month(corpus, tmp_path):
    write(tmp_path, corpus)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["amounts", "articles", "events", "quotes"]
    months = {p.relative_to(tmp_path / "events").parent.as_posix()
              for p in (tmp_path / "events").rglob("*.parquet")}
    want = {f"year={y}/month={m:02d}" for y, m in {(int(r[4][:4]), int(r[4][5:7])) for r in ROWS}}
    assert want <= months  # events by their own date (2025-04 .. 2025-06), month zero-padded
    assert "year=2025/month=05" in {p.relative_to(tmp_path / "articles").parent.as_posix()
                                    for p in (tmp_path / "articles").rglob("*.parquet")}


def test_pyarrow_reads_the_events_back_unchanged(corpus, tmp_path):
    write(tmp_path, corpus)
    table = read_dataset(tmp_path, "events")
    assert table.schema.field("actor").type == SCHEMAS["events"].field("actor").type  # list<struct>
    got = {r["event_id"]: r for r in table.to_pylist()}
    want = [e for c in corpus for e in c.events]
    assert len(got) == table.num_rows == len(want)
    for e in want:
        row = got[e.event_id]
        d = asdict(e)
        for key in ("article_id", "event_type", "mode", "context", "aux_modes", "actor", "recipient", "location",
                    "trigger", "evidence", "cameo", "goldstein", "quad_class", "plover_score", "rule",
                    "quote_ids", "amount_ids", "topic"):
            assert row[key] == d[key], key
        assert row["date"] == date.fromisoformat(e.date)
        assert (row["year"], row["month"]) == (row["date"].year, row["date"].month)
    quotes = read_dataset(tmp_path, "quotes").to_pylist()
    assert {q["quote_id"]: q["speaker"] for q in quotes} == \
        {q.quote_id: [asdict(s) for s in q.speaker] for c in corpus for q in c.quotes}
    amounts = read_dataset(tmp_path, "amounts").to_pylist()
    assert sorted(m["value"] for m in amounts) == sorted(m.value for c in corpus for m in c.amounts)
    articles = read_dataset(tmp_path, "articles").to_pylist()
    assert {a["id"]: a["text"] for a in articles} == {c.article.id: c.article.text for c in corpus}


def test_duckdb_reads_the_same(corpus, tmp_path):
    write(tmp_path, corpus)
    # DuckDB keeps a zero-padded partition value ("05") as text unless told its type
    events = (f"read_parquet('{tmp_path}/events/**/*.parquet', hive_partitioning = true, "
              f"hive_types = {{'year': INTEGER, 'month': INTEGER}})")
    n_events = sum(len(c.events) for c in corpus)
    assert duck(f"SELECT count(*), count(DISTINCT event_id) FROM {events}") == [(n_events, n_events)]
    rows = duck(f"SELECT event_id, actor[1].country, len(recipient), evidence.text, year, month, date "
                f"FROM {events} ORDER BY event_id")
    want = sorted((e.event_id, e.actor[0].country if e.actor else None, len(e.recipient), e.evidence.text,
                   int(e.date[:4]), int(e.date[5:7]), date.fromisoformat(e.date)) for c in corpus for e in c.events)
    assert rows == want
    dyad = duck(f"SELECT count(*) FROM {events} WHERE list_contains(list_transform(actor, lambda a: a.country), 'RUS') "
                f"AND list_contains(list_transform(recipient, lambda a: a.country), 'CHN')")
    assert dyad[0][0] >= 1
    n_quotes = duck(f"SELECT count(*) FROM read_parquet('{tmp_path}/quotes/**/*.parquet', hive_partitioning=1)")
    assert n_quotes == [(sum(len(c.quotes) for c in corpus),)]


def test_appending_a_later_run_adds_only_what_is_new(corpus, tmp_path):
    write(tmp_path, corpus[:2])
    later = dataclasses.replace(corpus[2])
    write(tmp_path, [*corpus[:2], later, corpus[3]])  # two again, two new
    write(tmp_path, corpus)  # everything again: nothing new
    for name, id_col, want in (("events", "event_id", sum(len(c.events) for c in corpus)),
                               ("articles", "id", len(corpus)),
                               ("quotes", "quote_id", sum(len(c.quotes) for c in corpus))):
        ids = read_dataset(tmp_path, name).column(id_col).to_pylist()
        assert len(ids) == len(set(ids)) == want, name


def test_export_from_the_store_matches_the_store(db_url, corpus, tmp_path, cli):
    with open_store(db_url) as store:
        for coded in corpus:
            store.save(coded)
        stats = store.stats()
    out = tmp_path / "parquet"
    res = cli("export", "--db", db_url, "--format", "parquet", "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert read_dataset(out, "events").num_rows == stats["events"]
    assert duck(f"SELECT count(*) FROM read_parquet('{out}/events/**/*.parquet', hive_partitioning=1)") == \
        [(stats["events"],)]
    assert read_dataset(out, "articles").num_rows == stats["articles"]
    again = cli("export", "--db", db_url, "--format", "parquet", "-o", str(out))
    assert again.returncode == 0 and read_dataset(out, "events").num_rows == stats["events"]


def test_export_jsonl_equals_code_jsonl(db_url, corpus, tmp_path, cli, monkeypatch):
    """The store gives back what the coder made: `export --format jsonl` prints what `code` printed."""
    import io
    import json

    from wirecoder.store.export import Writer

    buf = io.StringIO()
    sink = Writer("jsonl", buf)
    for coded in corpus:
        sink.write(coded)
    want = {d["id"]: d for d in map(json.loads, buf.getvalue().splitlines())}
    with open_store(db_url) as store:
        for coded in corpus:
            store.save(coded)
    monkeypatch.setenv("WIRECODER_DB", db_url)  # --db from the environment
    res = cli("export", "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    got = {d["id"]: d for d in map(json.loads, res.stdout.splitlines())}
    assert got.keys() == want.keys()
    for aid, doc in got.items():
        for key in ("events", "quotes", "amounts"):
            doc[key] = sorted(doc[key], key=lambda x: json.dumps(x, sort_keys=True))
            want[aid][key] = sorted(want[aid][key], key=lambda x: json.dumps(x, sort_keys=True))
        assert doc == want[aid]


def test_code_writes_parquet_and_needs_a_folder(tmp_path):
    import json

    story = tmp_path / "story.txt"
    story.write_text("Lavrov and Wang meet in Beijing\n\n" + STORY, encoding="utf-8")
    res = run_cli("code", str(story), "--date", "2025-05-09", "--format", "parquet")
    assert res.returncode == 2 and "-o DIR" in res.stderr
    res = run_cli("code", str(story), "--date", "2025-05-09", "--format", "parquet", "-o", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    (doc,) = [json.loads(line) for line in run_cli("code", str(story), "--date", "2025-05-09").stdout.splitlines()]
    events = read_dataset(tmp_path / "out", "events")
    assert events.num_rows >= 1
    assert sorted(events.column("event_id").to_pylist()) == sorted(e["event_id"] for e in doc["events"])


def test_every_format_is_one_registry_entry():
    assert set(FORMATS) == {"jsonl", "plover", "csv", "tsv", "gdelt-events", "icews", "parquet"}
    assert [n for n, f in FORMATS.items() if f.folder] == ["parquet"]
    assert {n for n, f in FORMATS.items() if f.lines} == {"jsonl", "plover", "csv", "gdelt-events", "icews"}
