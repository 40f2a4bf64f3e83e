"""What one app holds: the database (a connection per worker thread) and the coder (loaded once, lazily)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from ..model import Article, CodedArticle
from ..store.sqlite import SQLiteStore


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
    """One SQLiteStore per thread.

    FastAPI runs plain ``def`` endpoints in a thread pool, and one sqlite3
    connection must not be used by two threads at once. WAL lets these
    connections read while another writes.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[SQLiteStore] = []
        self.get()  # create the schema now, and fail at start (not on the first request) if we cannot

    def get(self) -> SQLiteStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = SQLiteStore(self.path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for s in self._all:
                s.close()
            self._all.clear()
        self._local = threading.local()


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
    def __init__(self, db_path: str, guard: Any, coder_factory: Callable[[], ArticleCoder] | None) -> None:
        self.db_path = db_path
        self.guard = guard
        self.stores = Stores(db_path)
        self.coder = CoderHolder(coder_factory)
