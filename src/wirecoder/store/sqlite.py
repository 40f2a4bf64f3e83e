"""SQLite: one file, WAL, one transaction per article.

What differs from PostgreSQL is how a connection is made: the file is
created on first write (or refused when opened read-only and missing), WAL
lets readers read while one writer writes, and a write transaction starts
with ``BEGIN IMMEDIATE`` so that two processes saving at once wait for each
other (busy timeout) instead of failing on a lock upgrade.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ..errors import StoreError
from .tables import dumps

BUSY_TIMEOUT_S = 30


def sqlite_engine(path: str | Path, *, readonly: bool = False) -> tuple[Engine, str]:
    """An engine over the SQLite file at ``path``, and the label to name it by."""
    path = str(path)
    if readonly:
        if not Path(path).exists():
            raise StoreError(f"{path}: no such database (ingest some articles first)")
        uri = Path(path).resolve().as_uri() + "?mode=ro"

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
    else:
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{path}: cannot create the database's folder ({e.strerror or e})") from None

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT_S)

    # Connections are shared by the web app's threads, one at a time (the pool hands each out once).
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool, pool_size=8,
                           max_overflow=16, json_serializer=dumps)

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we say when transactions begin (below), not the driver
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            _wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("write") and not readonly
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine, path


def _wal(cur: sqlite3.Cursor) -> None:
    """Switch the file to WAL (once per file). The switch does not wait on the busy timeout when another
    process holds a lock (several processes opening one new database), so it is retried here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
