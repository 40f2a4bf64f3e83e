"""PostgreSQL answers what SQLite answers: the same stories, stored in both, give the same events
(ids and counts) from `wirecoder events` and the same timelines, network, articles and exports from
the web app."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conftest import WEB_STORIES, WEB_TOKEN, run_cli
from wirecoder.ingest.readers import ReadOptions, make_article
from wirecoder.store.base import open_store
from wirecoder.web import create_app

pytestmark = pytest.mark.slow

PATHS = ["/api/events?dyad=RUS,CHN", "/api/events?actor=RUS&per_page=2&page=2", "/api/events?q=drones",
         "/api/events?quad_class=3", "/api/dyads/RUS/CHN/timeline?bucket=week", "/api/dyads/RUS/CHN/timeline",
         "/api/network", "/api/actors", "/api/stats", "/api/articles", "/api/articles?q=pipeline"]


@pytest.fixture(scope="module")
def coded(coder):
    return [coder.code(make_article(text, name, ReadOptions(default_date=day), title=title))
            for name, (day, title, text) in WEB_STORIES.items()]


@pytest.fixture
def clients(coded, tmp_path, pg_url):
    out = {}
    for name, url in (("sqlite", str(tmp_path / "web.db")), ("postgresql", pg_url)):
        with open_store(url) as store:
            for c in coded:
                store.save(c)
        out[name] = TestClient(create_app(url, WEB_TOKEN))
    yield out
    for client in out.values():
        client.close()


def without_times(value):
    """Drop what differs by when it was stored (coded_at, review times)."""
    if isinstance(value, dict):
        return {k: without_times(v) for k, v in value.items() if k not in ("coded_at", "created_at")}
    if isinstance(value, list):
        return [without_times(v) for v in value]
    return value


def test_same_answers_on_both_backends(clients):
    lite, pg = clients["sqlite"], clients["postgresql"]
    for path in PATHS:
        a, b = lite.get(path), pg.get(path)
        assert a.status_code == b.status_code == 200, path
        assert without_times(a.json()) == without_times(b.json()), path
    assert lite.get("/api/events?dyad=RUS,CHN").json()["total"] >= 1


def test_reviews_and_exports_on_postgres(clients):
    pg = clients["postgresql"]
    eid = pg.get("/api/events?dyad=RUS,CHN").json()["items"][0]["event_id"]
    auth = {"Authorization": f"Bearer {WEB_TOKEN}"}
    r = pg.post(f"/api/events/{eid}/reviews", json={"verdict": "correct", "changes": {"type": "AGREE"}},
                headers=auth)
    assert r.status_code == 201 and r.json()["changes"] == {"event_type": "AGREE"}
    csv_text = pg.get("/api/export/events.csv", params={"dyad": "RUS,CHN"}).text
    assert "review_verdict" in csv_text.splitlines()[0] and "correct" in csv_text
    lines = pg.get("/api/export/events.jsonl").text.splitlines()
    assert len(lines) == pg.get("/api/stats").json()["events"]
    page = pg.get(f"/articles/{pg.get('/api/articles').json()['items'][0]['id']}")
    assert page.status_code == 200 and 'data-kind="event"' in page.text


def test_cli_events_are_the_same_on_both_backends(clients, tmp_path, pg_url):
    import json

    got = {}
    for name, url in (("sqlite", str(tmp_path / "web.db")), ("postgresql", pg_url)):
        res = run_cli("events", "--db", url, "--dyad", "RUS,CHN", "--format", "jsonl")
        assert res.returncode == 0, res.stderr
        got[name] = sorted(json.loads(line)["event_id"] for line in res.stdout.splitlines())
    assert got["sqlite"] == got["postgresql"] and got["sqlite"]
    table = run_cli("events", "--db", pg_url, "--actor", "RUS")
    assert table.returncode == 0 and "events" in table.stdout


def test_token_file_of_a_postgres_database_is_not_beside_it():
    from pathlib import Path

    from wirecoder.web.server import token_file

    path = token_file("postgresql://ana:s3cret@db.example.org:5433/news")
    assert path == Path.home() / ".config" / "wirecoder" / "db.example.org-5433-news.token"
    assert token_file("sqlite:///data/news.db") == Path("data/news.db.token")
    assert token_file("news.db") == Path("news.db.token")
