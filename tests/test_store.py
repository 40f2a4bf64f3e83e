"""Storage on both backends (every test taking ``store`` runs on a SQLite file and on a real
PostgreSQL database): idempotent saves, one transaction per article, queries, timelines, the
network, reviews and the article view; then what is particular to each (WAL, read-only files,
connection errors), migrations, and several processes saving at once. Records are built by hand
where a test needs exact counts and dates (the coder keeps improving), and come from the real coder
where the test is about what the coder's records look like once stored."""

from __future__ import annotations

import dataclasses
import multiprocessing as mp
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from wirecoder.errors import StoreError
from wirecoder.ingest import ReadOptions
from wirecoder.ingest.readers import make_article
from wirecoder.model import (
    Actor,
    Amount,
    Article,
    CitedSource,
    CodedArticle,
    Entity,
    Event,
    Evidence,
    Quote,
    Span,
    stable_id,
)
from wirecoder.store.base import EventQuery, open_store

TYPES = {"CONSULT": (1, 2.5, "040"), "AGREE": (1, 3.0, "057"), "ACCUSE": (3, -2.0, "112"),
         "SANCTION": (4, -6.0, "163"), "ASSAULT": (4, -9.0, "190")}

# (article, event type, actor countries, recipient countries, date, sentence)
ROWS = [
    ("a1", "CONSULT", ["RUS"], ["CHN"], "2025-05-08", "Russia's president met China's leader in Moscow."),
    ("a1", "AGREE", ["CHN"], ["RUS"], "2025-05-12", "China and Russia agreed to widen military drills."),
    ("a2", "SANCTION", ["USA"], ["RUS"], "2025-05-05", "Washington imposed sanctions on Russian banks."),
    ("a2", "ACCUSE", ["RUS"], ["USA"], "2025-05-06", "Moscow accused Washington of economic warfare."),
    ("a3", "ASSAULT", ["IND"], ["CHN"], "2025-04-28", "Indian troops clashed with Chinese soldiers."),
    ("a3", "CONSULT", ["IND", "CHN"], [], "2025-06-02", "Indian and Chinese generals held border talks."),
]


def actors(codes: list[str], offset: int) -> list[Actor]:
    return [Actor(c, c, c, "GOV", "country", offset, offset + 3) for c in codes]


def make_coded(article_id: str, rows=ROWS, version: str = "0.1.0", text_suffix: str = "") -> CodedArticle:
    mine = [r for r in rows if r[0] == article_id]
    text = " ".join(r[5] for r in mine) + text_suffix
    art = Article(id=article_id, text=text, title=f"Story {article_id}", published=mine[0][4],
                  publisher="Harbour Times", wire="Reuters", origin=f"{article_id}.txt")
    events, pos = [], 0
    for i, (_, etype, act, rec, day, sentence) in enumerate(mine):
        quad, score, cameo = TYPES[etype]
        events.append(Event(
            event_id=stable_id(article_id, i, etype), article_id=article_id, event_type=etype, mode="",
            context=["diplomatic"], aux_modes=[], actor=actors(act, pos), recipient=actors(rec, pos),
            date=day, date_precision="day", location=None, cameo=cameo, goldstein=1.0, quad_class=quad,
            plover_score=score, trigger=Span(sentence.split()[2], pos, pos + 3),
            evidence=Evidence(i, pos, pos + len(sentence), sentence), confidence=0.9, rule="test"))
        pos += len(sentence) + 1
    quote = Quote(stable_id(article_id, "q"), article_id, mine[0][5][:10], 0, 10, "direct",
                  actors(mine[0][2], 0), "said")
    amount = Amount(stable_id(article_id, "m"), article_id, "$5 billion", 5e9, "", "USD", "trade", "2024",
                    None, "customs data", None, 0, 10)
    return CodedArticle(article=art, events=events, quotes=[quote], amounts=[amount],
                        entities=[Entity(text[:6], "ACTOR", 0, 6, "X", mine[0][2][0], "", "country")],
                        sources=[CitedSource("according to customs data", "customs data", "data", 0, 10)],
                        coder_version=version)


@pytest.fixture
def store(db_url):
    with open_store(db_url) as s:
        yield s


@pytest.fixture
def filled(store):
    for aid in ("a1", "a2", "a3"):
        assert store.save(make_coded(aid)) == "new"
    return store


@pytest.fixture(scope="module")
def real_coded(coder):
    text = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday.\n"
            "\"Our partnership has never been stronger,\" Putin told reporters after the talks.\n"
            "China will buy $12 billion of Russian gas next year, according to the Chinese commerce "
            "ministry.\n")
    coded = coder.code(make_article(text, "real", ReadOptions(default_date="2025-05-09")))
    assert coded.events and coded.quotes, "the story should have events and a quote"
    return coded


def ids(items) -> set[str]:
    return {e["event_id"] for e in items}


def sql(store, query: str, **params) -> list:
    """Raw SQL on the store's database (what a test checks behind the interface's back)."""
    with store.engine.begin() as c:
        result = c.execute(text(query), params)
        return list(result) if result.returns_rows else []


def count(store, query: str, **params) -> int:
    return sql(store, query, **params)[0][0]


def rows_in(store, article_id: str) -> dict[str, int]:
    return {
        "articles": count(store, "SELECT COUNT(*) FROM articles WHERE id = :a", a=article_id),
        **{t: count(store, f"SELECT COUNT(*) FROM {t} WHERE article_id = :a", a=article_id)
           for t in ("events", "entities", "quotes", "amounts", "sources")},
        "event_actors": count(store, "SELECT COUNT(*) FROM event_actors a JOIN events e "
                                     "ON e.event_id = a.event_id WHERE e.article_id = :a", a=article_id),
    }


def fail_inserts_into(store, table: str) -> None:
    """Make the database refuse every insert into ``table`` (a trigger raising 'boom')."""
    if store.dialect == "sqlite":
        sql(store, f"CREATE TRIGGER boom BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, 'boom'); END;")
    else:
        sql(store, "CREATE OR REPLACE FUNCTION boom() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ "
                   "LANGUAGE plpgsql")
        sql(store, f"CREATE TRIGGER boom BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION boom()")


def allow_inserts_into(store, table: str) -> None:
    sql(store, "DROP TRIGGER boom" if store.dialect == "sqlite" else f"DROP TRIGGER boom ON {table}")


# ---- saving ---------------------------------------------------------------------------------
def test_save_new_unchanged_updated(store):
    coded = make_coded("a1")
    assert store.save(coded) == "new"
    assert store.save(coded) == "unchanged"
    edited = dataclasses.replace(coded.article, text=coded.article.text + " X")
    changed = dataclasses.replace(coded, article=edited)
    assert store.save(changed) == "updated"
    assert store.save(changed) == "unchanged"
    assert store.stats()["articles"] == 1


def test_sqlite_wal_mode(tmp_path):
    with open_store(str(tmp_path / "w.db")) as store:
        assert sql(store, "PRAGMA journal_mode")[0][0] == "wal"
        store.save(make_coded("a1"))
        with open_store(f"sqlite:///{tmp_path / 'w.db'}", readonly=True) as ro:  # a reader beside the writer
            assert ro.article("a1")["title"] == "Story a1"


def test_update_replaces_the_old_coding(store):
    store.save(make_coded("a1"))
    fewer = make_coded("a1", rows=ROWS[:1], text_suffix=" Update.")
    assert store.save(fewer) == "updated"
    assert ids(store.events(EventQuery(article_id="a1"))[0]) == {fewer.events[0].event_id}
    assert rows_in(store, "a1")["event_actors"] == 2


def test_recoding_with_different_results_replaces_them(store):
    coded = make_coded("a1")
    store.save(coded)
    assert store.save(dataclasses.replace(coded, events=coded.events[:1])) == "updated"
    assert len(store.events(EventQuery(article_id="a1"))[0]) == 1


def test_failed_save_leaves_nothing_of_the_article(store, real_coded):
    fail_inserts_into(store, "quotes")
    with pytest.raises(StoreError, match="boom") as exc:
        store.save(real_coded)
    assert real_coded.article.id in str(exc.value)
    assert set(rows_in(store, real_coded.article.id).values()) == {0}
    assert count(store, "SELECT COUNT(*) FROM event_actors") == 0
    allow_inserts_into(store, "quotes")
    assert store.save(real_coded) == "new"  # the connection is usable afterwards
    assert rows_in(store, real_coded.article.id)["quotes"] == len(real_coded.quotes)


def test_failed_update_keeps_the_previous_version(store):
    first = make_coded("a1")
    store.save(first)
    fail_inserts_into(store, "amounts")
    with pytest.raises(StoreError):
        store.save(make_coded("a1", text_suffix=" More."))
    art = store.article("a1")
    assert art["text"] == first.article.text
    assert ids(art["events"]) == {e.event_id for e in first.events}


# ---- querying -------------------------------------------------------------------------------
def test_events_filters(filled):
    def q(**kw) -> set[str]:
        items, total = filled.events(EventQuery(**kw))
        assert total == len(items)
        return {(e["article_id"], e["event_type"]) for e in items}

    assert q(actor="RUS") == {("a1", "CONSULT"), ("a1", "AGREE"), ("a2", "SANCTION"), ("a2", "ACCUSE")}
    assert q(dyad=("RUS", "CHN")) == q(dyad=("CHN", "RUS")) == {("a1", "CONSULT"), ("a1", "AGREE")}
    assert q(dyad=("IND", "CHN")) == {("a3", "ASSAULT"), ("a3", "CONSULT")}  # same side counts too
    assert q(type="CONSULT") == q(type="consult") == {("a1", "CONSULT"), ("a3", "CONSULT")}
    assert q(quad_class=4) == {("a2", "SANCTION"), ("a3", "ASSAULT")}
    assert q(since="2025-05-06", until="2025-05-12") == {("a1", "CONSULT"), ("a1", "AGREE"), ("a2", "ACCUSE")}
    assert q(since="2025-06-01") == {("a3", "CONSULT")}
    assert q(q="sanctions") == {("a2", "SANCTION")}
    assert q(actor="rus", type="ACCUSE") == {("a2", "ACCUSE")}
    assert q(actor="BRA") == set()


def test_events_newest_first_with_actors_and_paging(filled):
    items, total = filled.events(EventQuery())
    assert total == len(ROWS)
    assert [e["date"] for e in items] == sorted((r[4] for r in ROWS), reverse=True)
    consult = next(e for e in items if e["article_id"] == "a1" and e["event_type"] == "CONSULT")
    assert [a["country"] for a in consult["actor"]] == ["RUS"]
    assert [a["country"] for a in consult["recipient"]] == ["CHN"]
    assert consult["evidence"]["text"].startswith("Russia's president met")
    seen: list[str] = []
    for page in (1, 2, 3):
        got, t = filled.events(EventQuery(page=page, per_page=2))
        assert t == len(ROWS) and len(got) == 2
        seen += [e["event_id"] for e in got]
    assert len(set(seen)) == len(ROWS)
    assert filled.events(EventQuery(page=4, per_page=2)) == ([], len(ROWS))
    assert ids(filled.export_events(EventQuery(), chunk=4)) == ids(items)
    rus = ids(filled.events(EventQuery(actor="RUS"))[0])
    assert ids(filled.export_events(EventQuery(actor="RUS"), chunk=1)) == rus


def test_dyad_timeline_by_day(filled):
    got = filled.dyad_timeline("RUS", "CHN", bucket="day")
    got_rows = [(g["period"], g["quad_class"], g["count"]) for g in got]
    assert got_rows == [("2025-05-08", 1, 1), ("2025-05-12", 1, 1)]
    assert got[0]["mean_plover_score"] == 2.5
    assert filled.dyad_timeline("CHN", "RUS", bucket="day") == got
    assert filled.dyad_timeline("RUS", "CHN", since="2025-05-10") == got[1:]


def expected_weeks(store, a: str, b: str) -> dict[tuple[str, int], int]:
    out: dict[tuple[str, int], int] = {}
    for e in store.events(EventQuery(dyad=(a, b), per_page=1000))[0]:
        d = date.fromisoformat(e["date"])
        key = ((d - timedelta(days=d.weekday())).isoformat(), e["quad_class"])
        out[key] = out.get(key, 0) + 1
    return out


def test_dyad_timeline_by_week(filled):
    # SANCTION on Monday 5 May, ACCUSE on Tuesday 6 May
    got = filled.dyad_timeline("RUS", "USA", bucket="week")
    by_quad = {g["quad_class"]: g["period"] for g in got}
    assert by_quad[3] == "2025-05-05"  # a Tuesday falls in the week starting Monday 5 May
    assert sum(g["count"] for g in got) == 2


def test_dyad_timeline_weeks_start_on_monday(filled):
    got = filled.dyad_timeline("RUS", "CHN", bucket="week")  # Thursday 8 May, Monday 12 May
    assert {(g["period"], g["quad_class"]): g["count"] for g in got} == expected_weeks(filled, "RUS", "CHN")


def test_dyad_timeline_by_month_and_bad_bucket(filled):
    got = filled.dyad_timeline("IND", "CHN", bucket="month")
    assert {(g["period"], g["quad_class"]) for g in got} == {("2025-04-01", 4), ("2025-06-01", 1)}
    with pytest.raises(ValueError, match="bucket"):
        filled.dyad_timeline("IND", "CHN", bucket="decade")


def test_network(filled):
    net = filled.actor_network()
    edges = {(e["source"], e["target"]): e["count"] for e in net["edges"]}
    assert edges == {("RUS", "CHN"): 1, ("CHN", "RUS"): 1, ("USA", "RUS"): 1, ("RUS", "USA"): 1,
                     ("IND", "CHN"): 1}
    nodes = {n["id"]: n["events"] for n in net["nodes"]}
    assert nodes == {"RUS": 4, "CHN": 3, "USA": 2, "IND": 1}
    assert {(e["source"], e["target"]) for e in filled.actor_network(type="SANCTION")["edges"]} == {("USA", "RUS")}
    window = filled.actor_network(since="2025-05-07", until="2025-05-08")
    assert {(e["source"], e["target"]) for e in window["edges"]} == {("RUS", "CHN")}
    assert filled.actor_network(min_count=2)["edges"] == []
    assert [a["code"] for a in filled.actor_codes()][:2] == ["CHN", "RUS"]  # 4 events each, then by code


def test_articles_listing(filled):
    items, total = filled.articles()
    assert total == 3 and all("snippet" in a and "text" not in a for a in items)
    assert [a["id"] for a in filled.articles(q="sanctions")[0]] == ["a2"]
    assert {a["id"] for a in filled.articles(actor="ind")[0]} == {"a3"}
    assert filled.articles(since="2025-06-01")[1] == 0


# ---- reviews --------------------------------------------------------------------------------
def test_reviews(filled):
    eid = filled.events(EventQuery(type="SANCTION"))[0][0]["event_id"]
    r1 = filled.add_review(eid, "confirm", reviewer="ana")
    assert (r1["verdict"], r1["reviewer"], r1["coded_by"]) == ("confirm", "ana", "analyst")
    changes = {"event_type": "COERCE", "actor": [{"country": "EUR"}]}
    r2 = filled.add_review(eid, "correct", changes, note="EU too")
    assert r2["changes"]["event_type"] == "COERCE" and r2["note"] == "EU too"
    filled.add_review(eid, "reject")
    assert [r["verdict"] for r in filled.reviews(eid)] == ["confirm", "correct", "reject"]
    ev = filled.event(eid)
    assert ev["review"]["verdict"] == "reject" and ev["event_type"] == "SANCTION"  # machine coding kept
    assert list(filled.reviews_by_event("a2")) == [eid]


@pytest.mark.parametrize(("verdict", "changes", "match"), [
    ("approve", None, "verdict"),
    ("", None, "verdict"),
    ("correct", None, "changes"),
    ("correct", {"goldstein": 3}, "goldstein"),
    ("confirm", {"event_id": "x"}, "event_id"),
])
def test_bad_reviews_are_refused(filled, verdict, changes, match):
    eid = filled.events(EventQuery())[0][0]["event_id"]
    with pytest.raises(ValueError, match=match):
        filled.add_review(eid, verdict, changes)
    assert filled.reviews(eid) == []


def test_review_of_unknown_event(filled):
    with pytest.raises(KeyError):
        filled.add_review("no-such-event", "confirm")


def test_reviews_survive_recoding(store, real_coded):
    store.save(real_coded)
    eid = real_coded.events[0].event_id
    store.add_review(eid, "confirm", reviewer="ana")
    recoded = dataclasses.replace(real_coded, coder_version="9.9.9")
    assert store.save(recoded) == "updated"
    assert [r["verdict"] for r in store.reviews(eid)] == ["confirm"]
    assert store.event(eid)["review"]["reviewer"] == "ana"
    assert store.article(real_coded.article.id)["coder_version"] == "9.9.9"


# ---- the article view -----------------------------------------------------------------------
def test_article_round_trip(store):
    coded = make_coded("a2")
    store.save(coded)
    art = store.article("a2")
    assert (art["text"], art["title"], art["publisher"], art["wire"], art["published"]) == \
        (coded.article.text, "Story a2", "Harbour Times", "Reuters", "2025-05-05")
    assert ids(art["events"]) == {e.event_id for e in coded.events}
    assert [q["quote_id"] for q in art["quotes"]] == [coded.quotes[0].quote_id]
    assert art["quotes"][0]["speaker"][0]["country"] == "USA"
    assert (art["amounts"][0]["value"], art["amounts"][0]["currency"]) == (5e9, "USD")
    assert art["entities"][0]["label"] == "ACTOR"
    assert art["sources"][0]["name"] == "customs data"
    assert store.article("nope") is None


def test_real_coded_article_round_trip(store, real_coded):
    store.save(real_coded)
    art = store.article(real_coded.article.id)
    text = art["text"]
    assert text == real_coded.article.text
    assert ids(art["events"]) == {e.event_id for e in real_coded.events}
    for e in art["events"]:
        assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    for q in art["quotes"]:
        assert q["text"] in text[q["start"]:q["end"]] or text[q["start"]:q["end"]] in q["text"]
    for m in art["amounts"]:
        assert text[m["start"]:m["end"]] == m["text"]
    assert len(art["entities"]) == len(real_coded.entities)
    assert len(art["sources"]) == len(real_coded.sources)


# ---- opening: SQLite ---------------------------------------------------------------------------
def test_readonly_open_of_a_missing_file(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(tmp_path / "missing.db"), readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_readonly_store_refuses_writes(tmp_path):
    with open_store(str(tmp_path / "w.db")) as s:
        s.save(make_coded("a1"))
    with open_store(str(tmp_path / "w.db"), readonly=True) as ro, pytest.raises(StoreError):
        ro.save(make_coded("a1", text_suffix=" Changed."))


def test_writable_open_of_a_non_database(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("these are notes, not a database\n" * 20)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(p))


def test_readonly_open_of_a_non_database(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("these are notes, not a database\n" * 20)
    with pytest.raises(StoreError):
        open_store(str(p), readonly=True)


def test_urls_pick_the_backend(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///rel.db") as s:
        assert s.dialect == "sqlite" and s.label == "rel.db"
    assert (tmp_path / "rel.db").exists()
    with open_store(f"sqlite:///{tmp_path / 'abs.db'}") as s:
        assert s.label == str(tmp_path / "abs.db")
    with pytest.raises(StoreError, match="unknown database kind"):
        open_store("mysql://me@localhost/news")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["abs.db", "rel.db"]  # no folder named 'mysql:'


# ---- opening: PostgreSQL --------------------------------------------------------------------------
def test_postgres_connection_error_is_one_line_without_the_password():
    with socket_on_a_free_port() as port, pytest.raises(StoreError) as exc:
        open_store(f"postgresql://ana:s3cret-pw@127.0.0.1:{port}/news")
    msg = str(exc.value)
    assert "\n" not in msg and "s3cret-pw" not in msg
    assert f"127.0.0.1:{port}" in msg and "postgresql://ana@127.0.0.1" in msg
    assert "refused" in msg.lower() or "closed" in msg.lower() or "timeout" in msg.lower(), msg


def test_postgres_bad_password_is_named_without_it(pg_server):
    from sqlalchemy.engine import make_url

    url = make_url(pg_server).set(username="nobody_here", password="hunter2-pw").render_as_string(False)
    with pytest.raises(StoreError) as exc:
        open_store(url)
    assert "hunter2-pw" not in str(exc.value) and "nobody_here" in str(exc.value)
    assert "\n" not in str(exc.value)


def test_postgres_readonly_open_of_an_empty_database(pg_url):
    with pytest.raises(StoreError, match="no wirecoder tables"):
        open_store(pg_url, readonly=True)


def test_postgres_stores_lists_as_jsonb(pg_url):
    with open_store(pg_url) as s:
        s.save(make_coded("a1"))
        types = dict(sql(s, "SELECT column_name, data_type FROM information_schema.columns "
                            "WHERE table_name = 'events'"))
        assert types["context"] == types["evidence"] == types["quote_ids"] == "jsonb"
        assert count(s, "SELECT COUNT(*) FROM events WHERE context @> '[\"diplomatic\"]'::jsonb") == 2


def socket_on_a_free_port():
    """A port nothing listens on (bound, never listening, so the connection is refused)."""
    import socket
    from contextlib import contextmanager

    @contextmanager
    def bound():
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            yield sock.getsockname()[1]

    return bound()


# ---- schema and migrations --------------------------------------------------------------------------
def test_schema_is_the_tables_definition(store):
    """Migrating an empty database to the newest revision gives exactly store/tables.py."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from wirecoder.store import migrate
    from wirecoder.store.tables import metadata

    with store.engine.connect() as c:
        assert migrate.current(c) == migrate.head()
        diff = compare_metadata(MigrationContext.configure(c, opts={"compare_type": False}), metadata)
    assert diff == []


def test_a_database_from_before_migrations_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript((Path(__file__).parent / "fixtures" / "schema_v1.sql").read_text())
    old.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    old.execute("INSERT INTO articles(id, text, content_hash, coder_version, coded_at, published) "
                "VALUES ('old', 'Moscow hosted talks.', 'h', '0.0.9', '2025-01-01T00:00:00Z', '2025-01-01')")
    old.execute("INSERT INTO events(event_id, article_id, event_type, date, evidence, quad_class) VALUES "
                "('e-old', 'old', 'CONSULT', '2025-01-01', "
                "'{\"sentence\": 0, \"start\": 0, \"end\": 20, \"text\": \"Moscow hosted talks.\"}', 1)")
    old.commit()
    old.close()
    with open_store(str(path)) as s:  # stamps revision 0001, then migrates forward
        assert [e["event_id"] for e in s.events(EventQuery(q="hosted"))[0]] == ["e-old"]
        assert s.save(make_coded("a1")) == "new"
        assert s.stats()["articles"] == 2
    with open_store(str(path)) as s:
        from wirecoder.store import migrate

        with s.engine.connect() as c:
            assert migrate.current(c) == migrate.head()


# ---- several writers at once --------------------------------------------------------------------------
def _save_all(url: str, article_ids: list[str]) -> dict[str, int]:
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    with open_store(url) as s:
        for aid in article_ids:
            counts[s.save(make_coded(aid, rows=MANY, text_suffix=""))] += 1
    return counts


MANY = [(f"m{i}", *row[1:]) for i in range(40) for row in ROWS[:2]]


def test_processes_saving_at_once_store_every_article_once(db_url):
    """Three processes save the same 40 articles (in different orders) into one new database."""
    ids_ = [f"m{i}" for i in range(40)]
    orders = [ids_, ids_[::-1], ids_[20:] + ids_[:20]]
    with mp.get_context("fork").Pool(3) as pool:
        results = pool.starmap(_save_all, [(db_url, order) for order in orders])
    assert sum(r["new"] for r in results) == 40
    assert sum(r["unchanged"] for r in results) == 80 and sum(r["updated"] for r in results) == 0
    with open_store(db_url, readonly=True) as s:
        assert s.stats()["articles"] == 40 and s.stats()["events"] == 80
