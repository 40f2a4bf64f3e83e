"""Shared fixtures: one real spaCy pipeline per test session, real files, real SQLite.

Several test modules add their own fixtures below; keep this file to fixtures
that more than one module uses.
"""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_7e8dc7e681b72be7.txt"


@pytest.fixture(scope="session")
def coder():
    """The real pipeline (en_core_web_sm), loaded once."""
    from wirecoder.config import Config
    from wirecoder.pipeline import Coder

    return Coder(Config())


@pytest.fixture(scope="session")
def coder_all():
    """The real pipeline keeping every event, those below the default confidence included."""
    from wirecoder.config import Config
    from wirecoder.pipeline import Coder

    return Coder(Config(min_confidence=0.0))


@pytest.fixture(scope="module")
def code_all(coder_all, code):
    """Every event, those held back included (an act nobody is told doing is held back: doers.py), on
    the default date of the module's own `code` fixture."""
    from event_helpers import cached_coder

    return cached_coder(coder_all, code.default_date)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The canonical seed story; it is not ours, so it is read from ../shared when present."""
    if not SEED.exists():
        pytest.skip("the shared seed story is not available on this machine")
    return SEED


@pytest.fixture(scope="session")
def seed_coded(coder, seed_path):
    from wirecoder.ingest import ReadOptions, read_inputs

    (article,) = list(read_inputs([str(seed_path)], ReadOptions(default_date="2025-05-09")))
    return coder.code(article)


def article_of(text: str, date: str, **meta: str):
    """An Article from a test string, as a reader would make it (cleaning included)."""
    from wirecoder.pipeline import article_from_text

    art = article_from_text(text, "test", date=date, **meta)
    assert not isinstance(art, Exception), art
    return art


def coder_for(coder, default_date: str):
    """A function text -> CodedArticle with a module's own default story date."""
    def run(text: str, date: str = default_date, **meta: str):
        return coder.code(article_of(text, date, **meta))

    return run


def wirecoder_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("wirecoder")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "wirecoder.cli"]


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None,
            timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the installed ``wirecoder`` command as a user would (a hang fails the test after ``timeout``)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([*wirecoder_cmd(), *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, timeout=timeout)


@pytest.fixture
def cli():
    return run_cli


# ---- databases: SQLite files, and PostgreSQL on a real server ----------------------------------
PG_ENV = "WIRECODER_TEST_POSTGRES"  # postgresql://USER@HOST:PORT/postgres of a server the tests may use


def postgres_required() -> bool:
    """Under CI a missing server fails the PostgreSQL tests instead of skipping them."""
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("WIRECODER_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The URL of a PostgreSQL server (its maintenance database) that tests may create databases on."""
    import psycopg

    url = os.environ.get(PG_ENV, "")
    problem = "" if url else (f"no PostgreSQL server for the tests: set {PG_ENV}=postgresql://USER@HOST:PORT/postgres "
                              f"(.ci/run starts a throwaway one)")
    if url:
        try:
            psycopg.connect(url, connect_timeout=5).close()
        except psycopg.Error as e:
            problem = f"cannot connect to the test PostgreSQL server in ${PG_ENV}: {str(e).splitlines()[0]}"
    if problem:
        if postgres_required():
            pytest.fail(problem)
        pytest.skip(problem)
    return url


def new_pg_database(server: str) -> str:
    """A fresh, empty database on the test server; returns its URL."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    name = f"wc_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(server: str, url: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(server, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_server):
    url = new_pg_database(pg_server)
    yield url
    drop_pg_database(pg_server, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A new, empty database on each backend in turn: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "w.db")
    return request.getfixturevalue("pg_url")


# ---- the web app (tests/test_web_*.py) ------------------------------------------------------
# Short wire-style stories written for these tests: Russia and China cooperating in March and
# quarrelling in June (so the dyad has cooperation and conflict on different dates), and a
# story between other actors.
WEB_STORIES = {
    "lavrov-wang": ("2025-03-12", "Lavrov and Wang agree to expand energy ties",
                    "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on "
                    "Tuesday, and the two sides agreed to expand energy cooperation.\n"
                    "\"Our relations are at their best in history,\" Lavrov told reporters after the talks.\n"
                    "China will buy $12 billion of Russian gas next year, according to the Chinese commerce "
                    "ministry.\n"),
    "pipeline-row": ("2025-06-20", "China rejects Russian pipeline route",
                     "BEIJING (Reuters) - China rejected a Russian proposal on Friday to route a new gas "
                     "pipeline through Mongolia, officials said.\n"
                     "Chinese Foreign Ministry spokeswoman Mao Ning accused Moscow of delaying talks on the "
                     "price.\n"),
    "kyiv-drones": ("2025-07-07", "Ukraine accuses Russia of drone attack on Kyiv",
                    "KYIV (AP) - Ukraine accused Russia on Monday of launching more than 100 drones at Kyiv "
                    "overnight, killing three people.\n"
                    "\"This is terror against civilians,\" Ukrainian President Volodymyr Zelensky said in a "
                    "statement.\n"
                    "The United States imposed new sanctions on Russian banks, the Treasury Department said.\n"),
}
WEB_TOKEN = "test-token-0123456789"


class WebServer:
    """A real uvicorn server on a free port over a temporary database."""

    def __init__(self, base: str, token: str, db: Path, ids: dict[str, str]) -> None:
        self.base, self.token, self.db, self.ids = base, token, db, ids

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="session")
def web_server(tmp_path_factory, coder):


    from wirecoder.ingest import read_inputs
    from wirecoder.ingest.readers import ReadOptions
    from wirecoder.pipeline import article_from_text
    from wirecoder.store.base import open_store
    from wirecoder.web import create_app

    db = tmp_path_factory.mktemp("web") / "web.db"
    ids: dict[str, str] = {}
    stories = dict(WEB_STORIES)
    articles = []
    for name, (day, title, text) in stories.items():
        articles.append((name, article_from_text(text, name, date=day, title=title)))
    if SEED.exists():  # read from ../shared as `wirecoder ingest` would; never copied into the repository
        (seed,) = read_inputs([str(SEED)], ReadOptions(default_date="2025-05-09"))
        articles.append(("seed", seed))
    with open_store(str(db)) as store:
        for name, art in articles:
            assert not isinstance(art, Exception), art
            store.save(coder.code(art))
            ids[name] = art.id
    app = create_app(db, WEB_TOKEN, coder_factory=lambda: coder)
    with serving(app) as url:
        yield WebServer(url, WEB_TOKEN, db, ids)


@contextmanager
def serving(app):
    """``app`` under a real uvicorn server on a free port; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
