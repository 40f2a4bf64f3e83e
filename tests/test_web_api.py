"""The HTTP API and pages, driven over real HTTP against a real uvicorn server and SQLite.

The server (tests/conftest.py: web_server) holds three short stories written
for these tests, plus the shared seed story when ../shared is present.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ERROR_KEYS = {"ok", "error", "status"}


@pytest.fixture(scope="module")
def http(web_server):
    with httpx.Client(base_url=web_server.base, timeout=60, follow_redirects=False) as client:
        yield client


@pytest.fixture(scope="module")
def auth(web_server):
    return {"Authorization": f"Bearer {web_server.token}"}


def assert_error(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == ERROR_KEYS and body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    return body


def rus_chn_event(http) -> dict:
    items = http.get("/api/events", params={"dyad": "RUS,CHN"}).json()["items"]
    assert items
    return items[0]


def sign_in(web_server, name: str = "tester") -> tuple[httpx.Client, str]:
    """A browser-like client signed in through /login, and the CSRF token its pages carry."""
    client = httpx.Client(base_url=web_server.base, timeout=60, follow_redirects=False)
    r = client.post("/login", data={"token": web_server.token, "reviewer": name, "next": "/"},
                    headers={"Origin": web_server.base})
    assert r.status_code == 303 and "wc_session" in r.cookies
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    page = client.get(f"/articles/{web_server.ids['lavrov-wang']}").text
    m = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert m, "a signed-in story page carries the CSRF token in its forms"
    return client, m.group(1)


# ---- reading ----------------------------------------------------------------------------------
def test_openapi_lists_the_contract(http):
    spec = http.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events",
                 "/api/events/{event_id}/reviews", "/api/dyads/{a}/{b}/timeline", "/api/network",
                 "/api/export/events.csv", "/api/export/events.jsonl"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]
    docs = http.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text and "cdn" not in docs.text.lower()


def test_articles_list_search_filters_and_paging(http, web_server):
    r = http.get("/api/articles").json()
    assert r["total"] >= 3 and {"items", "total", "page", "per_page"} <= set(r)
    assert all("text" not in a and "snippet" in a for a in r["items"])
    found = http.get("/api/articles", params={"q": "Mongolia"}).json()
    found_ids = {a["id"] for a in found["items"]}
    assert web_server.ids["pipeline-row"] in found_ids and web_server.ids["lavrov-wang"] not in found_ids
    ukr = http.get("/api/articles", params={"actor": "UKR"}).json()["items"]
    assert web_server.ids["kyiv-drones"] in {a["id"] for a in ukr}
    june = http.get("/api/articles", params={"since": "2025-06-01", "until": "2025-06-30"}).json()["items"]
    assert [a["id"] for a in june] == [web_server.ids["pipeline-row"]]
    p1 = http.get("/api/articles", params={"per_page": 1, "page": 1}).json()["items"]
    p2 = http.get("/api/articles", params={"per_page": 1, "page": 2}).json()["items"]
    assert len(p1) == len(p2) == 1 and p1[0]["id"] != p2[0]["id"]
    assert_error(http.get("/api/articles", params={"per_page": 501}), 422)
    assert_error(http.get("/api/articles", params={"since": "last week"}), 422)


def test_one_article_has_text_events_quotes_amounts_entities(http, web_server):
    art = http.get(f"/api/articles/{web_server.ids['lavrov-wang']}").json()
    assert art["text"].startswith("Russian Foreign Minister") and art["title"].startswith("Lavrov")
    for key in ("events", "quotes", "amounts", "entities"):
        assert isinstance(art[key], list)
    assert art["events"] and art["entities"]
    assert all(e["coded_by"] == "machine" for e in art["events"])
    assert_error(http.get("/api/articles/no-such-article"), 404)


def test_events_filters_and_paging(http):
    everything = http.get("/api/events", params={"per_page": 500}).json()
    assert everything["total"] == len(everything["items"]) >= 5
    dyad = http.get("/api/events", params={"dyad": "RUS,CHN"}).json()
    assert dyad["items"]
    for e in dyad["items"]:
        both = e["actor"] + e["recipient"]
        codes = {a["country"] for a in both} | {a["name"] for a in both}
        assert {"RUS", "CHN"} <= codes
    assert http.get("/api/events", params={"dyad": "chn,rus"}).json()["total"] == dyad["total"]
    ukr = http.get("/api/events", params={"actor": "UKR"}).json()["items"]
    assert ukr and all("UKR" in {a["country"] for a in e["actor"] + e["recipient"]} for e in ukr)
    rejects = http.get("/api/events", params={"type": "reject"}).json()["items"]
    assert rejects and {e["event_type"] for e in rejects} == {"REJECT"}
    for quad in (1, 3):
        items = http.get("/api/events", params={"quad_class": quad}).json()["items"]
        assert items and {e["quad_class"] for e in items} == {quad}
    june = http.get("/api/events", params={"since": "2025-06-01", "until": "2025-06-30"}).json()["items"]
    assert june and all("2025-06-01" <= e["date"] <= "2025-06-30" for e in june)
    words = http.get("/api/events", params={"q": "Mongolia"}).json()["items"]
    assert words and all("Mongolia" in e["evidence"]["text"] for e in words)
    a = http.get("/api/events", params={"per_page": 2, "page": 1}).json()
    b = http.get("/api/events", params={"per_page": 2, "page": 2}).json()
    assert a["total"] == b["total"] == everything["total"]
    assert {e["event_id"] for e in a["items"]}.isdisjoint(e["event_id"] for e in b["items"])
    assert_error(http.get("/api/events", params={"dyad": "RUS"}), 422)
    assert_error(http.get("/api/events", params={"type": "HUG"}), 422)
    assert_error(http.get("/api/events", params={"quad_class": 5}), 422)
    assert_error(http.get("/api/events", params={"until": "2025-13"}), 422)


def test_seed_has_a_china_russia_consult(http, web_server):
    if "seed" not in web_server.ids:
        pytest.skip("the shared seed story is not available on this machine")
    items = http.get("/api/events", params={"dyad": "RUS,CHN", "type": "CONSULT",
                                            "article_id": web_server.ids["seed"]}).json()["items"]
    assert items, "the seed yields a CONSULT between China and Russia"


def test_one_event_and_unknown_ids(http):
    ev = rus_chn_event(http)
    one = http.get(f"/api/events/{ev['event_id']}").json()
    assert one["event_id"] == ev["event_id"] and isinstance(one["reviews"], list)
    assert_error(http.get("/api/events/nope"), 404)
    assert_error(http.get("/api/events/nope/reviews"), 404)


def test_dyad_timeline_by_day_and_week(http):
    t = http.get("/api/dyads/RUS/CHN/timeline").json()
    assert t["a"] == "RUS" and t["b"] == "CHN" and t["bucket"] == "day"
    by_period = {p["period"]: p for p in t["series"]}
    march = [p for k, p in by_period.items() if k.startswith("2025-03")]
    june = [p for k, p in by_period.items() if k.startswith("2025-06")]
    assert march and sum(p["cooperation"] for p in march) > 0
    assert june and sum(p["conflict"] for p in june) > 0
    for p in t["series"]:
        assert p["total"] == sum(p["counts"].values()) and -10 <= p["mean_plover_score"] <= 10
    weekly = http.get("/api/dyads/RUS/CHN/timeline", params={"bucket": "week"}).json()
    assert weekly["bucket"] == "week"
    assert sum(p["total"] for p in weekly["series"]) == sum(p["total"] for p in t["series"])
    assert_error(http.get("/api/dyads/RUS/CHN/timeline", params={"bucket": "decade"}), 422)


def test_dyad_timeline_keeps_coarse_dates_apart(http):
    t = http.get("/api/dyads/RUS/CHN/timeline", params={"bucket": "week"}).json()
    assert "spans" in t and all(p["precision"] == "week" for p in t["series"])
    assert all(s["precision"] in ("month", "year") and s["end"] >= s["period"] for s in t["spans"])
    stored = sum(r["count"] for r in t["rows"])
    assert stored == sum(p["total"] for p in t["series"]) + sum(s["total"] for s in t["spans"])


def test_network_nodes_and_edges(http):
    net = http.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"RUS", "CHN", "UKR"} <= ids
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {"CHN", "RUS"})
    assert edge["count"] >= 1 and -10 <= edge["mean_plover_score"] <= 10
    few = http.get("/api/network", params={"min_count": 1000}).json()
    assert few == {"nodes": [], "edges": []}


# ---- writing ----------------------------------------------------------------------------------
def test_reviews_need_the_token(http):
    ev = rus_chn_event(http)
    r = http.post(f"/api/events/{ev['event_id']}/reviews", json={"verdict": "confirm"})
    assert_error(r, 401)
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert_error(http.post(f"/api/events/{ev['event_id']}/reviews", json={"verdict": "confirm"},
                           headers={"Authorization": "Bearer wrong"}), 401)
    assert_error(http.post("/api/articles", json={"text": "Russia met China."}), 401)


def test_reviews_are_kept_beside_the_machine_coding(http, auth):
    ev = rus_chn_event(http)
    eid = ev["event_id"]
    before = len(http.get(f"/api/events/{eid}/reviews").json())
    r = http.post(f"/api/events/{eid}/reviews", json={"verdict": "confirm", "reviewer": "ana", "note": "ok"},
                  headers=auth)
    assert r.status_code == 201
    made = r.json()
    assert made["verdict"] == "confirm" and made["reviewer"] == "ana" and made["coded_by"] == "analyst"
    assert made["created_at"].endswith("Z")
    fixed = http.post(f"/api/events/{eid}/reviews", headers=auth,
                      json={"verdict": "correct", "changes": {"type": "agree", "actor": "RUS, CHN"}}).json()
    assert fixed["changes"] == {"event_type": "AGREE", "actor": ["RUS", "CHN"]} and fixed["reviewer"] == "api"
    reviews = http.get(f"/api/events/{eid}/reviews").json()
    assert [x["verdict"] for x in reviews[before:]] == ["confirm", "correct"]
    now = http.get(f"/api/events/{eid}").json()
    assert now["event_type"] == ev["event_type"] and now["coded_by"] == "machine"  # machine coding untouched
    assert now["review"]["verdict"] == "correct" and now["review"]["coded_by"] == "analyst"


def test_bad_reviews_are_refused(http, auth):
    eid = rus_chn_event(http)["event_id"]
    assert_error(http.post(f"/api/events/{eid}/reviews", json={"verdict": "maybe"}, headers=auth), 422)
    assert_error(http.post(f"/api/events/{eid}/reviews", json={"verdict": "correct"}, headers=auth), 422)
    assert_error(http.post(f"/api/events/{eid}/reviews", headers=auth,
                           json={"verdict": "correct", "changes": {"event_type": "HUG"}}), 422)
    assert_error(http.post(f"/api/events/{eid}/reviews", headers=auth,
                           json={"verdict": "correct", "changes": {"confidence": 1}}), 422)
    assert_error(http.post("/api/events/nope/reviews", json={"verdict": "confirm"}, headers=auth), 404)
    assert_error(http.post(f"/api/events/{eid}/reviews", content=b"{not json", headers=auth), 422)


def test_posting_a_story_codes_and_stores_it(http, auth):
    text = ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo "
            "on Friday.")
    r = http.post("/api/articles", json={"text": text, "title": "Modi in Tokyo", "date": "2025-08-29"},
                  headers=auth)
    assert r.status_code == 201, r.text
    art = r.json()
    assert art["id"] and art["title"] == "Modi in Tokyo" and art["published"] == "2025-08-29"
    assert art["stored"] == "new" and any(e["event_type"] == "CONSULT" for e in art["events"])
    assert http.get(f"/api/articles/{art['id']}").status_code == 200
    again = http.post("/api/articles", json={"text": text, "title": "Modi in Tokyo", "date": "2025-08-29"},
                      headers=auth)
    assert again.status_code == 200 and again.json()["stored"] == "unchanged"
    assert_error(http.post("/api/articles", json={"text": ""}, headers=auth), 422)
    assert_error(http.post("/api/articles", json={"text": "x", "date": "Friday"}, headers=auth), 422)


def test_a_story_with_script_renders_as_text(http, auth):
    evil = ('<script>document.title="pwned"</script> Russian President Vladimir Putin met Chinese President '
            'Xi Jinping in Moscow on Thursday.')
    art = http.post("/api/articles", json={"text": evil, "title": "<b>bold</b> title", "date": "2025-05-09"},
                    headers=auth).json()
    page = http.get(f"/articles/{art['id']}").text
    assert "&lt;script&gt;document.title" in page and '<script>document.title' not in page
    assert "&lt;b&gt;bold&lt;/b&gt; title" in page and "<b>bold</b>" not in page
    listing = http.get("/", params={"q": "pwned"}).text
    assert "&lt;script&gt;" in listing and "<script>document" not in listing


# ---- browser sessions, CSRF and origins -----------------------------------------------------------
def test_sign_in_csrf_and_origin_checks(web_server, http):
    eid = rus_chn_event(http)["event_id"]
    bad = http.post("/login", data={"token": "wrong", "next": "/"})
    assert bad.status_code == 401 and "wc_session" not in bad.cookies
    assert http.post("/login", data={"token": web_server.token},
                     headers={"Origin": "http://evil.example"}).status_code == 403
    client, csrf = sign_in(web_server, "lena")
    try:
        url = f"/api/events/{eid}/reviews"
        assert_error(client.post(url, json={"verdict": "confirm"}), 403)  # cookie alone is not enough
        assert_error(client.post(url, json={"verdict": "confirm"}, headers={"X-CSRF-Token": "forged"}), 403)
        assert_error(client.post(url, json={"verdict": "confirm"},
                                 headers={"X-CSRF-Token": csrf, "Origin": "http://evil.example"}), 403)
        ok = client.post(url, json={"verdict": "reject"}, headers={"X-CSRF-Token": csrf,
                                                                 "Origin": web_server.base})
        assert ok.status_code == 201 and ok.json()["reviewer"] == "lena"
        form = f"/events/{eid}/review"
        assert client.post(form, data={"verdict": "confirm"}).status_code == 403
        assert client.post(form, data={"verdict": "confirm", "csrf_token": csrf},
                           headers={"Referer": "http://evil.example/page"}).status_code == 403
        done = client.post(form, data={"verdict": "confirm", "csrf_token": csrf},
                           headers={"Origin": web_server.base})
        assert done.status_code == 303 and done.headers["location"].endswith(f"#ev-{eid}")
        assert client.post("/logout", headers={"Origin": web_server.base}).status_code == 303
    finally:
        client.close()
    assert http.post(form, data={"verdict": "confirm", "csrf_token": csrf}).status_code == 401


def test_adding_a_story_from_the_page_form(web_server, http):
    client, csrf = sign_in(web_server)
    try:
        text = "French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris on Monday."
        refused = client.post("/articles", data={"text": text, "date": "2025-09-01"})
        assert refused.status_code == 403
        r = client.post("/articles", data={"text": text, "title": "Macron and Merz", "date": "2025-09-01",
                                           "csrf_token": csrf}, headers={"Origin": web_server.base})
        assert r.status_code == 303 and r.headers["location"].startswith("/articles/")
        page = client.get(r.headers["location"])
        assert page.status_code == 200 and "Macron and Merz" in page.text
    finally:
        client.close()
    stats = http.get("/api/stats").json()
    assert stats["articles"] >= 4 and stats["events"] >= 5
    actors = http.get("/api/actors").json()
    assert {"RUS", "CHN"} <= {a["code"] for a in actors} and all(a["events"] > 0 for a in actors)


# ---- exports ----------------------------------------------------------------------------------
def test_exports_carry_machine_coding_and_latest_review(http, auth):
    ev = rus_chn_event(http)
    http.post(f"/api/events/{ev['event_id']}/reviews", json={"verdict": "confirm", "reviewer": "exp"},
              headers=auth)
    total = http.get("/api/events", params={"dyad": "RUS,CHN"}).json()["total"]
    r = http.get("/api/export/events.csv", params={"dyad": "RUS,CHN"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total
    assert {"event_type", "coded_by", "review_verdict", "reviewer", "reviewed_at"} <= set(rows[0])
    row = next(x for x in rows if x["event_id"] == ev["event_id"])
    assert row["coded_by"] == "machine" and row["review_verdict"] == "confirm" and row["reviewer"] == "exp"
    assert row["event_type"] == ev["event_type"]
    lines = http.get("/api/export/events.jsonl", params={"dyad": "RUS,CHN"}).text.splitlines()
    recs = [json.loads(x) for x in lines]
    assert len(recs) == total and all(x["coded_by"] == "machine" for x in recs)
    mine = next(x for x in recs if x["event_id"] == ev["event_id"])
    assert mine["review"]["verdict"] == "confirm" and mine["review"]["coded_by"] == "analyst"
    everything = http.get("/api/export/events.jsonl").text.splitlines()
    assert len(everything) == http.get("/api/events").json()["total"]


# ---- errors, pages, headers -------------------------------------------------------------------------
def test_every_error_has_one_shape(http):
    assert_error(http.get("/api/no/such/thing"), 404)
    assert_error(http.get("/no-such-page"), 404)
    assert_error(http.delete("/api/events"), 405)
    assert_error(http.get("/api/events", params={"page": 0}), 422)
    page = http.get("/articles/missing", headers={"Accept": "text/html"})
    assert page.status_code == 404 and "text/html" in page.headers["content-type"] and "missing" in page.text


def test_server_errors_have_the_shape_too(tmp_path):
    from fastapi.testclient import TestClient

    from wirecoder.web import create_app

    def broken() -> object:
        raise RuntimeError("no coder today")

    app = create_app(tmp_path / "e.db", "t0ken", coder_factory=broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.post("/api/articles", json={"text": "Russia met China."},
                        headers={"Authorization": "Bearer t0ken"})
    body = assert_error(r, 500)
    assert "no coder today" not in body["error"]  # internals stay in the server log


def test_pages_render_with_local_assets_and_a_strict_csp(http, web_server):
    story = f"/articles/{web_server.ids['lavrov-wang']}"
    for path in ("/", story, "/dyads", "/dyads/RUS/CHN", "/network", "/login", "/docs"):
        r = http.get(path)
        assert r.status_code == 200, path
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert not re.search(r'(src|href)="(https?:)?//', r.text), f"{path} loads something from elsewhere"
        assert not re.search(r"\son[a-z]+=", r.text), f"{path} has an inline event handler"
    assert http.get("/static/app.css").status_code == 200 and http.get("/static/app.js").status_code == 200
    story = http.get(f"/articles/{web_server.ids['lavrov-wang']}").text
    assert 'data-kind="event"' in story and 'data-kind="actor"' in story and 'data-event-id="' in story
    dyad = http.get("/dyads/RUS/CHN").text
    assert '<svg class="timeline"' in dyad and 'data-quad="' in dyad
    assert http.get("/dyads", params={"a": "rus", "b": "chn"}).headers["location"] == "/dyads/RUS/CHN"
    assert '<svg class="network"' in http.get("/network").text


# ---- the real command ---------------------------------------------------------------------------
def test_serve_makes_and_keeps_a_token_and_binds_locally(tmp_path):
    exe = Path(sys.executable).with_name("wirecoder")
    if not exe.exists():
        pytest.skip("the wirecoder command is not installed in this environment")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "served.db"
    env = {k: v for k, v in os.environ.items() if k != "WIRECODER_TOKEN"}
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--create", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(120):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.25)
        token_file = Path(f"{db}.token")
        token = token_file.read_text().strip()
        assert len(token) >= 20 and (token_file.stat().st_mode & 0o077) == 0
        r = httpx.post(f"http://127.0.0.1:{port}/api/events/x/reviews", json={"verdict": "confirm"},
                       headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 404  # past the token check: there is just no such event
        conns = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True)
        if conns.returncode == 0 and conns.stdout.strip():
            assert conns.stdout.split()[3].startswith("127.0.0.1:")  # the local address column
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert token in err, "a generated token is printed at start"
