"""``wirecoder serve``: resolve the token, build the app, run uvicorn."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from .security import new_token

TOKEN_ENV = "WIRECODER_TOKEN"


def token_file(db: str | Path) -> Path:
    """Beside a SQLite file; for a PostgreSQL database, in ~/.config/wirecoder/ under its host, port and name."""
    from ..store.base import is_postgres_url

    if is_postgres_url(str(db)):
        from sqlalchemy.engine import make_url

        url = make_url(str(db))
        name = f"{url.host or 'localhost'}-{url.port or 5432}-{url.database or ''}.token"
        return Path.home() / ".config" / "wirecoder" / name
    if str(db).startswith("sqlite:///"):
        db = str(db)[len("sqlite:///"):]
    return Path(f"{db}.token")


def resolve_token(db: str | Path) -> tuple[str, str]:
    """The write token and where it came from: $WIRECODER_TOKEN, else a file beside the database.

    On first start the file does not exist: a random token is made and saved
    there, readable by its owner only, so it survives restarts without
    living inside the database (which analysts may copy and share).
    """
    env = os.environ.get(TOKEN_ENV, "").strip()
    if env:
        return env, f"${TOKEN_ENV}"
    path = token_file(db)
    if path.exists():
        saved = path.read_text(encoding="utf-8").strip()
        if saved:
            return saved, str(path)
    token = new_token()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    return token, f"{path} (new)"


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, allow_hosts: Iterable[str] = (),
          article_timeout: float | None = None) -> None:
    import uvicorn

    from ..config import Config
    from ..workers import WorkerPool
    from .app import create_app

    token, origin = resolve_token(db)
    # Posted stories are coded in a worker process with a time limit; it starts loading now.
    coder = WorkerPool(Config(), 1, article_timeout=article_timeout, method="spawn").start()
    hosts = [*allow_hosts, *([host] if host not in ("0.0.0.0", "::", "") else [])]
    app = create_app(db, token, coder_factory=lambda: coder, allowed_hosts=hosts)
    shown = "(hidden)" if origin.startswith("$") else token
    sys.stderr.write(f"wirecoder: serving {app.state.web.db_label} on http://{host}:{port}/\n"
                     f"wirecoder: write token from {origin}: {shown}\n"
                     f"wirecoder: sign in at http://{host}:{port}/login "
                     f"(or send 'Authorization: Bearer TOKEN')\n")
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.stderr.write(f"wirecoder: warning: listening on {host}, reachable from other machines "
                         f"(it answers to the host names {', '.join(sorted(set(hosts)))}; add others with "
                         f"--allow-host)\n")
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)
    finally:
        coder.close()
