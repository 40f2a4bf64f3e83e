"""Bringing a database to the current schema with Alembic (forward migrations, one version table).

``alembic_version`` holds the revision a database is at, on SQLite and on
PostgreSQL alike. A database made before wirecoder used Alembic (it has the
tables but no version) is taken to be at the first revision and migrated
from there. Migrating holds a lock (an advisory lock on PostgreSQL, a write
transaction on SQLite), so several processes opening one new database at
once create its tables once.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

HERE = Path(__file__).parent / "migrations"
FIRST = "0001"
MIGRATION_LOCK = 0x77697265  # any constant shared by every wirecoder process ("wire")


def _config(connection: Connection | None = None):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    from alembic.script import ScriptDirectory

    rev = ScriptDirectory.from_config(_config()).get_current_head()
    assert rev is not None
    return rev


def current(conn: Connection) -> str | None:
    """The revision the database is at (None: no version table yet)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Create the tables, or migrate them forward to the newest revision; a no-op when up to date."""
    with engine.connect() as probe:
        if current(probe) == head():
            return
    from alembic import command

    with engine.connect().execution_options(write=True) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
        rev = current(conn)  # again, under the lock: another process may have migrated meanwhile
        if rev == head():
            return
        cfg = _config(conn)
        if rev is None and inspect(conn).has_table("articles"):
            command.stamp(cfg, FIRST)  # made before migrations existed: that schema is revision 0001
        command.upgrade(cfg, "head")
