"""What one app holds: the store (a pool of connections shared by the worker threads) and the coder (loaded once,
lazily)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from ..model import Article, CodedArticle
from ..store.base import Store, open_store


class ArticleCoder(Protocol):
    def code(self, article: Article) -> CodedArticle: ...


def default_coder() -> ArticleCoder:
    """Coding in a worker process (spawned: this process has threads), with a time limit per story,
    so that a slow story never blocks the server's reads (see workers.py)."""
    from ..config import Config
    from ..workers import WorkerPool

    return WorkerPool(Config(), 1, method="spawn").start()


class BusyError(Exception):
    """Too many stories are waiting to be coded; the client should try again shortly."""


class Stores:
    """The app's store, opened (and its schema created or migrated) at start.

    FastAPI runs plain ``def`` endpoints in a thread pool; a store takes a
    pooled connection for each operation, so one store serves every thread
    (on SQLite, WAL lets them read while another writes).
    """

    def __init__(self, db: str | Store) -> None:
        # Opened now: fail at start (not on the first request) if we cannot.
        self._store = open_store(db) if isinstance(db, str) else db

    def get(self) -> Store:
        return self._store

    def close(self) -> None:
        self._store.close()


class CoderHolder:
    """Builds the coder on first use (loading spaCy takes seconds) and codes one article at a time.

    Coding is CPU-bound and a spaCy pipeline is not meant to be shared by
    threads mid-document, so callers run ``code`` in the thread pool and it
    takes a lock; requests that only read never wait for it. At most
    ``max_waiting`` stories wait their turn (each holds a thread of the pool
    that reads are answered from); more get BusyError.
    """

    def __init__(self, factory: Callable[[], ArticleCoder] | None = None, max_waiting: int = 8) -> None:
        self._factory = factory or default_coder
        self._coder: ArticleCoder | None = None
        self._load_lock = threading.Lock()
        self._code_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_waiting)

    def get(self) -> ArticleCoder:
        if self._coder is None:
            with self._load_lock:
                if self._coder is None:
                    self._coder = self._factory()
        return self._coder

    def code(self, article: Article) -> CodedArticle:
        if not self._slots.acquire(blocking=False):
            raise BusyError("too many stories are being coded; try again in a minute")
        try:
            coder = self.get()
            with self._code_lock:
                return coder.code(article)
        finally:
            self._slots.release()

    def close(self) -> None:
        close = getattr(self._coder, "close", None)
        if callable(close):
            close()


class WebState:
    def __init__(self, db: str | Store, guard: Any, coder_factory: Callable[[], ArticleCoder] | None) -> None:
        self.guard = guard
        self.stores = Stores(db)
        self.db_label = self.stores.get().label
        self.coder = CoderHolder(coder_factory)
