"""PostgreSQL through psycopg 3: a shared team database.

The tables are the ones SQLite gets (stored lists as JSONB). Several
``wirecoder ingest`` processes may write at once: saving an article takes a
transaction-scoped advisory lock on its id, so two processes coding the
same story store it once. A connection that cannot be made is reported in
one line with host, port and the server's reason, never the password.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ..errors import StoreError
from .tables import dumps

CONNECT_TIMEOUT_S = 10


def safe_label(url: URL) -> str:
    """The URL as users may see it: no password, no driver name."""
    user = f"{url.username}@" if url.username else ""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"postgresql://{user}{host}{port}/{url.database or ''}"


def postgres_engine(url: str, *, readonly: bool = False) -> tuple[Engine, str]:
    """An engine over the PostgreSQL database at ``url``, and the label to name it by."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError("cannot read the PostgreSQL URL (expected postgresql://USER@HOST:PORT/DB)") from None
    parsed = parsed.set(drivername="postgresql+psycopg")
    options = "-c default_transaction_read_only=on" if readonly else ""
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "wirecoder"}
    if options:
        connect_args["options"] = options
    try:
        engine = create_engine(parsed, pool_size=8, max_overflow=16, pool_pre_ping=True, json_serializer=dumps,
                               connect_args=connect_args)
    except ImportError:
        raise StoreError("PostgreSQL needs psycopg: pip install 'wirecoder[postgres]'") from None
    return engine, safe_label(parsed)


def connection_problem(label: str, url: URL, error: BaseException) -> str:
    """One line: which server, and why it refused (psycopg's first line, without the URL)."""
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0] if str(error).strip() else ""
    reason = reason.removeprefix("connection failed: ")
    # 'connection to server at "127.0.0.1", port 5433 failed: Connection refused' -> 'Connection refused'
    reason = re.sub(r'^connection to server (?:at|on socket) "[^"]*"(?: \([^)]*\))?(?:, port \d+)? failed: ', "",
                    reason)
    if url.password:
        reason = reason.replace(url.password, "***")
    host, port = url.host or "localhost", url.port or 5432
    return f"{label}: cannot connect to PostgreSQL at {host}:{port} ({reason or type(error).__name__})"
