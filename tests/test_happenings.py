"""Each happening counted once: copies of a story form one copy cluster when they are saved, and their
events, with the same event told by other stories on the same day, are linked to one happening with
mentions, sources and articles. On SQLite and on PostgreSQL (``db_url``), through the store, the CLI
and the API."""

from __future__ import annotations

import dataclasses
import json

import pytest

from conftest import run_cli
from wirecoder.ingest import ReadOptions, read_inputs
from wirecoder.model import Actor, Article, CodedArticle, Event, Evidence, Location, Span, stable_id
from wirecoder.store.base import EventQuery, open_store

OTHER_FOOTER = "The post Putin, Xi hail ties in Moscow talks appeared first on Harbour Times."


def seed_copy(seed_path, tmp_path):
    """The seed story as another outlet runs it: its own footer instead of The Malaysian Reserve's."""
    lines = seed_path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    assert lines[-1].startswith("The post ")
    copy = tmp_path / "copy.txt"
    copy.write_text("\n".join([*lines[:-1], OTHER_FOOTER]) + "\n", encoding="utf-8")
    return copy


def test_seed_and_a_copy_give_one_cluster_and_each_event_once(coder, seed_path, tmp_path, db_url):
    copy = seed_copy(seed_path, tmp_path)
    arts = list(read_inputs([str(seed_path), str(copy)], ReadOptions(default_date="2025-05-09")))
    assert all(isinstance(a, Article) for a in arts)
    assert {a.publisher for a in arts} == {"The Malaysian Reserve", "Harbour Times"}
    coded = [coder.code(a) for a in arts]
    with open_store(db_url) as s:
        for c in coded:
            assert s.save(c) == "new"
        cluster = s.copy_cluster(arts[1].id)
        assert cluster is not None
        assert cluster["article_ids"] == sorted(a.id for a in arts)
        assert cluster["cluster_id"] == min(a.id for a in arts)
        assert cluster["wire"] == "Bloomberg"
        assert cluster["publishers"] == ["Harbour Times", "The Malaysian Reserve"]
        happenings, total = s.events(EventQuery(per_page=1000))
        mentions, all_mentions = s.events(EventQuery(per_page=1000, view="mentions"))
        stats = s.stats()
    n = len(coded[0].events)
    assert n >= 5 and all_mentions == 2 * n
    assert total == n == len(happenings) == stats["happenings"] and stats["copy_clusters"] == 1
    for e in happenings:
        assert (e["sources"], e["articles"]) == (2, 2) and e["mentions"] >= 2, e
    consult = [e for e in happenings if e["event_type"] == "CONSULT"]
    assert consult and consult[0]["date"] == "2025-05-08"
    # every mention names its happening, and the happening's representative is one of them
    assert {m["happening_id"] for m in mentions} == {e["happening_id"] for e in happenings}


def test_the_cli_lists_happenings_by_default(seed_path, tmp_path):
    db = str(tmp_path / "w.db")
    copy = seed_copy(seed_path, tmp_path)
    res = run_cli("ingest", str(seed_path), str(copy), "--db", db, "--date", "2025-05-09", "--quiet")
    assert res.returncode == 0, res.stderr

    def rows(*opts: str) -> list[dict]:
        out = run_cli("events", "--db", db, "--format", "jsonl", *opts)
        assert out.returncode == 0, out.stderr
        return [json.loads(line) for line in out.stdout.splitlines()]

    once, every, daily = rows(), rows("--per-article"), rows("--one-a-day")
    assert len(every) == 2 * len(once) and once
    assert all((e["mentions"], e["sources"], e["articles"]) == (2, 2, 2) for e in once)
    assert len(daily) <= len(once)
    table = run_cli("events", "--db", db, "--type", "CONSULT").stdout
    assert "2m2s2a" in table  # mentions, sources, articles
    assert run_cli("events", "--db", db, "--per-article", "--one-a-day").returncode == 2
    # the Parquet export adds one row per happening, with its counts
    from wirecoder.store.parquet import read_dataset

    out = tmp_path / "corpus"
    assert run_cli("export", "--db", db, "--format", "parquet", "-o", str(out)).returncode == 0
    rows = read_dataset(out, "happenings").to_pylist()
    assert sorted(r["happening_id"] for r in rows) == sorted(e["happening_id"] for e in once)
    assert all((r["mentions"], r["sources"], r["articles"]) == (2, 2, 2) for r in rows)
    assert len(read_dataset(out, "events")) == len(every)
    assert run_cli("export", "--db", db, "--format", "parquet", "-o", str(out)).returncode == 0  # replaced
    assert len(read_dataset(out, "happenings")) == len(rows)


# ---- linking rules, on hand-made records ----------------------------------------------------------
def event(aid: str, etype: str, actors: list[str], recipients: list[str], date: str | None,
          precision: str = "day", place: str | None = None, n: int = 0) -> Event:
    def side(codes: list[str]) -> list[Actor]:
        return [Actor(c, c, c, "GOV", "country") for c in codes]

    return Event(stable_id(aid, n, etype), aid, etype, "", [], [], side(actors), side(recipients), date, precision,
                 Location(place, place) if place else None, "040", 1.0, 1, 1.0, Span("met", 0, 3),
                 Evidence(0, 0, 10, "They met."), 0.9, "test")


def story(aid: str, text: str, publisher: str | None, *events: Event) -> CodedArticle:
    return CodedArticle(Article(aid, text, published="2025-05-08", publisher=publisher), list(events),
                        coder_version="test")


TEXT_A = ("Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Thursday for talks on trade, "
          "energy and security, the Kremlin said in a statement after the meeting ended late in the evening.")
TEXT_B = ("Xi Jinping and Vladimir Putin held talks in the Russian capital, Chinese state media reported, with "
          "both leaders praising a partnership that they said was not aimed at any third country at all.")


def test_the_same_event_told_by_other_stories_on_the_same_day_is_one_happening(db_url):
    with open_store(db_url) as s:
        s.save(story("a", TEXT_A, "Harbour Times", event("a", "CONSULT", ["RUS"], ["CHN"], "2025-05-08",
                                                         place="RUS"),
                     event("a", "AGREE", ["RUS"], ["CHN"], None, None, n=1)))
        # told the other way round (a meeting has no direction), by another publisher, with no place
        s.save(story("b", TEXT_B, "Valley Courier", event("b", "CONSULT", ["CHN"], ["RUS"], "2025-05-08"),
                     event("b", "AGREE", ["RUS"], ["CHN"], None, None, n=1)))
        # the same publisher again, the same day: one more mention and story, no more sources
        s.save(story("c", TEXT_B + " Trade grew.", "Valley Courier",
                     event("c", "CONSULT", ["RUS"], ["CHN"], "2025-05-08")))
        # other day, other place, other type: other happenings
        s.save(story("d", "Other words entirely about a different meeting of other people elsewhere.", None,
                     event("d", "CONSULT", ["RUS"], ["CHN"], "2025-05-09"),
                     event("d", "CONSULT", ["RUS"], ["CHN"], "2025-05-08", place="KAZ", n=1),
                     event("d", "ACCUSE", ["RUS"], ["CHN"], "2025-05-08", n=2)))
        items, total = s.events(EventQuery(type="CONSULT"))
        assert total == 3
        told = sorted((e["date"], e["mentions"], e["sources"], e["articles"]) for e in items)
        assert told == [("2025-05-08", 1, 1, 1), ("2025-05-08", 3, 2, 3), ("2025-05-09", 1, 1, 1)]
        may8 = next(e for e in items if e["mentions"] == 3)
        kaz = next(e for e in items if e["date"] == "2025-05-08" and e["mentions"] == 1)
        assert kaz["location"]["country"] == "KAZ"
        # undated events of stories that are not copies stay apart
        agree, n_agree = s.events(EventQuery(type="AGREE"))
        assert n_agree == 2 and all(e["mentions"] == 1 for e in agree)
        # one a day: one per dyad, type and day, whatever the place (CONSULT RUS>CHN and CHN>RUS are two dyads)
        _, daily = s.events(EventQuery(type="CONSULT", view="one_a_day"))
        assert daily == 3
        _, every = s.events(EventQuery(type="CONSULT", view="mentions"))
        assert every == 5
        # the counts follow the filters' page: one event by id carries them too
        one = s.event(may8["event_id"])
        assert one is not None and one["mentions"] == 3


def test_resaving_a_story_keeps_its_happenings(db_url):
    a = story("a", TEXT_A, "Harbour Times", event("a", "CONSULT", ["RUS"], ["CHN"], "2025-05-08"))
    b = story("b", TEXT_B, "Valley Courier", event("b", "CONSULT", ["RUS"], ["CHN"], "2025-05-08"))
    with open_store(db_url) as s:
        s.save(a)
        s.save(b)
        assert s.save(a) == "unchanged"
        changed = dataclasses.replace(a, coder_version="test2")
        assert s.save(changed) == "updated"
        items, total = s.events(EventQuery())
        assert total == 1 and items[0]["mentions"] == 2 and items[0]["articles"] == 2


def test_copies_join_one_cluster_in_any_order(db_url):
    long = " ".join([TEXT_A, TEXT_B, TEXT_A.replace("Moscow", "the Kremlin"), "Trade hit a record last year."])
    with open_store(db_url) as s:
        s.save(story("z", long + "\nRead more at harbourtimes.com", "Harbour Times"))
        s.save(story("m", "Other story about floods in the south that killed many people on Monday night.", None))
        s.save(story("b", "Headline here\n" + long, "Valley Courier"))
        s.save(story("a", long.replace("record", "recrod"), None))
        assert s.copy_cluster("z") == {"cluster_id": "a", "article_ids": ["a", "b", "z"], "wire": None,
                                       "publishers": ["Harbour Times", "Valley Courier"]}
        assert s.copy_cluster("m")["article_ids"] == ["m"]
        assert s.copy_cluster("nope") is None


def test_a_database_of_revision_0002_is_migrated_and_sketched(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine, text

    from wirecoder.store import migrate

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        command.upgrade(migrate._config(c), "0002")
        c.execute(text("INSERT INTO articles(id, text, meta, content_hash, coder_version, coded_at, publisher) "
                       "VALUES ('old', :t, '{}', 'h', '0.0.9', '2025-01-01T00:00:00Z', 'Harbour Times')"),
                  {"t": TEXT_A})
        c.execute(text("INSERT INTO events(event_id, article_id, event_type, context, aux_modes, quote_ids, "
                       "amount_ids, date, date_precision, actor_label, recipient_label) VALUES "
                       "('e-old', 'old', 'CONSULT', '[]', '[]', '[]', '[]', '2025-05-08', 'day', 'RUS', 'CHN')"))
    engine.dispose()
    with open_store(str(path)) as s:
        assert s.copy_cluster("old") == {"cluster_id": "old", "article_ids": ["old"], "wire": None,
                                         "publishers": ["Harbour Times"]}
        s.save(story("new", TEXT_A + " The talks lasted three hours.", "Valley Courier",
                     event("new", "CONSULT", ["RUS"], ["CHN"], "2025-05-08")))
        assert s.copy_cluster("new")["article_ids"] == ["new", "old"]
        (e,), total = s.events(EventQuery())
        assert total == 1 and (e["mentions"], e["sources"], e["articles"]) == (2, 2, 2)


def test_the_api_gives_happenings_by_default(tmp_path):
    from fastapi.testclient import TestClient

    from wirecoder.web import create_app

    db = tmp_path / "w.db"
    with open_store(str(db)) as s:
        s.save(story("a", TEXT_A, "Harbour Times", event("a", "CONSULT", ["RUS"], ["CHN"], "2025-05-08")))
        s.save(story("b", TEXT_B, "Valley Courier", event("b", "CONSULT", ["RUS"], ["CHN"], "2025-05-08")))
    with TestClient(create_app(db, "t0ken")) as client:
        body = client.get("/api/events").json()
        assert body["total"] == 1 and body["items"][0]["sources"] == 2
        assert client.get("/api/events", params={"view": "mentions"}).json()["total"] == 2
        assert client.get("/api/events", params={"view": "one_a_day"}).json()["total"] == 1
        bad = client.get("/api/events", params={"view": "weekly"})
        assert bad.status_code == 422 and bad.json()["ok"] is False


@pytest.mark.parametrize("view", ["happenings", "mentions", "one_a_day"])
def test_exports_stream_the_same_rows_as_the_pages(tmp_path, view):
    with open_store(str(tmp_path / "w.db")) as s:
        for aid, text in (("a", TEXT_A), ("b", TEXT_B)):
            s.save(story(aid, text, aid, event(aid, "CONSULT", ["RUS"], ["CHN"], "2025-05-08"),
                         event(aid, "ACCUSE", ["RUS"], ["CHN"], "2025-05-08", n=1)))
        page, total = s.events(EventQuery(view=view))
        streamed = list(s.export_events(EventQuery(view=view)))
        assert sorted(e["event_id"] for e in page) == sorted(e["event_id"] for e in streamed)
        assert total == len(streamed) == (4 if view == "mentions" else 2)
