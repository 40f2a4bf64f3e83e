"""The web layer's edges and the server under load, over real HTTP.

The first half uses the shared in-process server (conftest.web_server); the second starts the real
``wirecoder serve`` command, which codes posted stories in a worker process with a time limit and
answers only to the hosts it knows, and drives it with concurrent reads, reviews and stories.
"""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from conftest import WEB_STORIES, article_of, wirecoder_cmd
from wirecoder.store.base import open_store

# subprocesses, servers, whole gold sets: the slow tier (pytest -m "not slow" skips it)
pytestmark = pytest.mark.slow

HUGE = "9223372036854775807"
TOKEN = "limits-token-0123456789"
GOOD = "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday."
SLOW = " ".join('"Russia said' for _ in range(700))  # passes the guards; the quotes component takes ~30 s


def assert_error(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, (r.status_code, r.text[:300])
    body = r.json()
    assert set(body) == {"ok", "error", "status"} and body["ok"] is False and body["status"] == status
    return body


@pytest.fixture(scope="module")
def http(web_server):
    with httpx.Client(base_url=web_server.base, timeout=60) as client:
        yield client


def raw(base: str, head: str) -> tuple[int, float]:
    """Send only the request head (no body) and return the status and how soon it came back."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        t0 = time.monotonic()
        s.sendall(head.replace("\n", "\r\n").encode() + b"\r\n")
        data = s.recv(65536)
        return int(data.split(b" ", 2)[1]), time.monotonic() - t0


# ---- bounded parameters, strict dates ----------------------------------------------------------------
@pytest.mark.parametrize("path", [f"/?page={HUGE}", f"/dyads/RUS/CHN?page={HUGE}", f"/network?min_count={HUGE}",
                                  f"/api/events?page={HUGE}", f"/api/articles?page={HUGE}",
                                  f"/api/network?min_count={HUGE}", "/api/events?per_page=-1", "/?page=-5",
                                  "/api/events?since=2024-99-99", "/?since=2024-13-45", "/network?until=2025-02-30",
                                  "/api/dyads/RUS/CHN/timeline?since=2025-00-10", "/dyads/RUS/CHN?until=0000-01-01x"])
def test_out_of_range_parameters_are_422_not_500(http, path):
    assert_error(http.get(path), 422)
    page = http.get(path, headers={"Accept": "text/html"})
    assert page.status_code == 422
    if not path.startswith("/api"):
        assert "text/html" in page.headers["content-type"]


def test_every_integer_parameter_is_bounded(http):
    spec = http.get("/openapi.json").json()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method != "get" or "{" in path:
                continue
            for p in op.get("parameters", []):
                if p.get("schema", {}).get("type") == "integer" or "integer" in str(p.get("schema")):
                    r = http.get(path, params={p["name"]: HUGE})
                    assert r.status_code == 422, (path, p["name"], r.status_code)


def test_posted_dates_must_be_real(http, web_server):
    auth = {"Authorization": f"Bearer {web_server.token}"}
    assert_error(http.post("/api/articles", json={"text": GOOD, "date": "2024-13-45"}, headers=auth), 422)


# ---- links, ids, review codes ------------------------------------------------------------------------
def test_only_web_addresses_become_links(http, web_server):
    auth = {"Authorization": f"Bearer {web_server.token}"}
    bad = http.post("/api/articles", json={"text": GOOD + " They talked.", "date": "2025-08-29",
                                           "url": "javascript:alert(document.cookie)"}, headers=auth).json()
    page = http.get(f"/articles/{bad['id']}").text
    assert 'href="javascript' not in page and "javascript:alert(document.cookie)" in page
    ok = http.post("/api/articles", json={"text": GOOD + " They agreed.", "date": "2025-08-29",
                                          "url": "https://example.org/story"}, headers=auth).json()
    assert 'href="https://example.org/story"' in http.get(f"/articles/{ok['id']}").text


def test_ids_with_any_characters_are_reachable(http, web_server, coder):
    odd = "wire/2025/05?x=1#part%20two ü"
    with open_store(str(web_server.db)) as store:
        store.save(coder.code(article_of(GOOD + " Odd id.", "2025-08-29", id=odd)))
    url = quote(odd, safe="")
    assert http.get(f"/api/articles/{url}").json()["id"] == odd
    assert http.get(f"/articles/{url}").status_code == 200
    listing = http.get("/", params={"q": "Odd id"}).text
    link = re.search(r'href="(/articles/[^"]+)"', listing.split("<tbody>", 1)[-1])
    assert link and http.get(link.group(1).replace("&amp;", "&")).status_code == 200


def test_review_actor_codes_must_be_known(http, web_server):
    auth = {"Authorization": f"Bearer {web_server.token}"}
    eid = http.get("/api/events", params={"dyad": "RUS,CHN"}).json()["items"][0]["event_id"]
    body = assert_error(http.post(f"/api/events/{eid}/reviews", headers=auth,
                                  json={"verdict": "correct", "changes": {"actor": "RUS, XYZ"}}), 422)
    assert "XYZ" in body["error"]
    assert_error(http.post(f"/api/events/{eid}/reviews", headers=auth,
                           json={"verdict": "correct", "changes": {"recipient": [1, 2]}}), 422)
    r = http.post(f"/api/events/{eid}/reviews", headers=auth,
                  json={"verdict": "correct", "changes": {"actor": "rus, NATO"}})
    assert r.status_code == 201 and r.json()["changes"]["actor"] == ["RUS", "NATO"]


# ---- writes are checked before their body is read ---------------------------------------------------------
def test_oversized_and_unauthenticated_writes_are_refused_before_the_body(web_server):
    base = web_server.base
    big, took = raw(base, "POST /api/articles HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/json\n"
                          "Content-Length: 52428800\n")
    assert big == 413 and took < 2
    big_auth, _ = raw(base, f"POST /api/articles HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer {web_server.token}"
                            f"\nContent-Type: application/json\nContent-Length: 52428800\n")
    assert big_auth == 413
    anon, took = raw(base, "POST /api/events/x/reviews HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/json\n"
                           "Content-Length: 1000\n")
    assert anon == 401 and took < 2  # answered without waiting for the 1,000 bytes
    chunked, _ = raw(base, "POST /api/articles HTTP/1.1\nHost: 127.0.0.1\nTransfer-Encoding: chunked\n"
                           f"Authorization: Bearer {web_server.token}\n")
    assert chunked == 411


# ---- the real server: hosts, a hostile story, load ------------------------------------------------------------
class Served:
    def __init__(self, base: str, proc: subprocess.Popen[str], db: Path) -> None:
        self.base, self.proc, self.db = base, proc, db


@pytest.fixture(scope="module")
def served(tmp_path_factory, coder):
    folder = tmp_path_factory.mktemp("served")
    db = folder / "served.db"
    with open_store(str(db)) as store:
        for day, title, text in WEB_STORIES.values():
            store.save(coder.code(article_of(text, day, title=title)))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "WIRECODER_TOKEN": TOKEN}
    proc = subprocess.Popen([*wirecoder_cmd(), "serve", "--db", str(db), "--port", str(port), "--article-timeout",
                             "3", "--allow-host", "wirecoder.test"], env=env, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(base + "/openapi.json", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, "wirecoder serve did not start"
        time.sleep(0.2)
    yield Served(base, proc, db)
    proc.terminate()
    try:
        proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_only_known_hosts_and_origins_are_answered(served):
    base = served.base
    with httpx.Client(base_url=base, timeout=30) as c:
        assert_error(c.get("/api/events", headers={"Host": "evil.example"}), 400)
        assert c.get("/api/events", headers={"Host": "wirecoder.test"}).status_code == 200
        assert c.get("/api/events", headers={"Host": "localhost:8000"}).status_code == 200
        assert_error(c.get("/api/events", headers={"Origin": "http://evil.example"}), 403)
        assert c.get("/api/events", headers={"Origin": base}).status_code == 200
        assert_error(c.post("/api/articles", json={"text": GOOD}, headers={
            "Origin": "null", "Authorization": f"Bearer {TOKEN}"}), 403)


class Reader(threading.Thread):
    """Reads the given paths round and round until stopped, timing each answer."""

    def __init__(self, base: str, paths: list[str], pause: float = 0.0) -> None:
        super().__init__(daemon=True)
        self.base, self.paths, self.pause = base, paths, pause
        self.times: list[float] = []
        self.bad: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as c:
            n = 0
            while not self.stop.is_set():
                path = self.paths[n % len(self.paths)]
                t0 = time.monotonic()
                r = c.get(path)
                self.times.append(time.monotonic() - t0)
                if r.status_code != 200:
                    self.bad.append(f"{path} -> {r.status_code}")
                n += 1
                time.sleep(self.pause)


@pytest.mark.slow
def test_a_hostile_story_does_not_block_reads(served):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=served.base, timeout=300) as c:
        warm = c.post("/api/articles", json={"text": GOOD, "date": "2025-08-29"}, headers=auth)  # coder loaded
        assert warm.status_code in (200, 201), warm.text
        reader = Reader(served.base, ["/api/events?per_page=5", "/api/stats"], pause=0.05)
        reader.start()
        t0 = time.monotonic()
        slow = c.post("/api/articles", json={"text": SLOW, "date": "2025-08-29"}, headers=auth)
        took = time.monotonic() - t0
        reader.stop.set()
        reader.join()
        body = assert_error(slow, 422)
        assert "took longer than 3 s" in body["error"] and took < 15
        brackets = c.post("/api/articles", json={"text": "[" * 12_500 + "]" * 12_500}, headers=auth)
        assert "degenerate" in assert_error(brackets, 422)["error"]
        after = c.post("/api/articles", json={"text": GOOD + " Again.", "date": "2025-08-30"}, headers=auth)
        assert after.status_code == 201 and after.json()["events"]  # a fresh worker took over
    assert not reader.bad and len(reader.times) >= 10
    print(f"\nreads while a hostile story was coded: {len(reader.times)}, "
          f"max {max(reader.times) * 1000:.0f} ms, the story refused after {took:.1f} s")
    assert max(reader.times) < 1.0


@pytest.mark.slow
def test_load_concurrent_reads_reviews_and_stories(served):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=served.base, timeout=120) as c:
        events = c.get("/api/events", params={"per_page": 20}).json()["items"]
        eids = [e["event_id"] for e in events[:4]]
        before = {e: len(c.get(f"/api/events/{e}/reviews").json()) for e in eids}
    paths = ["/api/events?per_page=50", "/api/events?dyad=RUS,CHN", "/api/articles", "/", "/dyads/RUS/CHN",
             "/api/network", "/network", f"/api/events/{eids[0]}"]
    readers = [Reader(served.base, paths[i:] + paths[:i]) for i in range(6)]
    posted: list[tuple[str, int]] = []
    lock = threading.Lock()

    def review(n: int) -> None:
        with httpx.Client(base_url=served.base, timeout=120) as c:
            for k in range(20):
                eid = eids[(n + k) % len(eids)]
                r = c.post(f"/api/events/{eid}/reviews", json={"verdict": "confirm", "reviewer": f"r{n}-{k}"},
                           headers=auth)
                with lock:
                    posted.append((eid, r.status_code))

    stories: list[int] = []

    def post_stories() -> None:
        with httpx.Client(base_url=served.base, timeout=120) as c:
            for k in range(10):
                text = f"{GOOD} Story {k} of the load test.\n" + "\n".join(t for _, _, t in WEB_STORIES.values())
                r = c.post("/api/articles", json={"text": text, "date": "2025-09-01"}, headers=auth)
                stories.append(r.status_code)

    writers = [threading.Thread(target=review, args=(n,)) for n in range(3)] + [threading.Thread(target=post_stories)]
    t0 = time.monotonic()
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join(timeout=240)
    for r in readers:
        r.stop.set()
        r.join()
    took = time.monotonic() - t0
    times = sorted(t for r in readers for t in r.times)
    assert not [b for r in readers for b in r.bad]
    assert len(posted) == 60 and all(code == 201 for _, code in posted) and stories == [201] * 10
    with httpx.Client(base_url=served.base, timeout=60) as c:
        for eid in eids:
            stored = len(c.get(f"/api/events/{eid}/reviews").json())
            assert stored == before[eid] + sum(1 for e, _ in posted if e == eid), "a review was lost"
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
    print(f"\nload: {len(times)} reads by 6 clients in {took:.1f} s while 60 reviews and 10 stories were posted; "
          f"read latency p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
    assert p95 < 2.0


def test_stories_beyond_the_waiting_room_are_told_to_come_back(coder):
    from wirecoder.web.state import BusyError, CoderHolder

    holder = CoderHolder(lambda: coder, max_waiting=1)
    long_story = article_of(" ".join(t for _, _, t in WEB_STORIES.values()) * 12, "2025-09-01")
    first = threading.Thread(target=holder.code, args=(long_story,))
    first.start()
    time.sleep(0.2)
    try:
        with pytest.raises(BusyError):
            holder.code(article_of(GOOD, "2025-09-01"))
    finally:
        first.join()
    assert holder.code(article_of(GOOD, "2025-09-01")).events  # the room is free again
