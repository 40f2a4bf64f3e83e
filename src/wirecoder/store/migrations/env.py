"""Alembic's entry point for wirecoder's migrations.

wirecoder runs them itself when it opens a store (store/migrate.py), on a
connection it passes in ``config.attributes["connection"]``. To write a new
migration, change store/tables.py, then from the repository root:

    alembic -c src/wirecoder/store/migrations/alembic.ini -x url=sqlite:///scratch.db revision \
        --autogenerate -m "what changed"
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wirecoder.store.tables import metadata

config = context.config


def run(connection: object) -> None:
    context.configure(connection=connection, target_metadata=metadata,  # type: ignore[arg-type]
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:  # the alembic command line: -x url=...
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("give the database: alembic ... -x url=sqlite:///PATH (or postgresql://...)")
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    with create_engine(url).connect() as conn:
        run(conn)
        conn.commit()
