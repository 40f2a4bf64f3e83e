"""Coding in worker processes that cannot hang a batch.

Each worker process holds a loaded pipeline and codes one article at a time.
The parent waits on the workers' pipes and on their process sentinels, with a
deadline for every article:

* a result comes back as plain data: the CodedArticle, or the error's class
  name, input and reason (never a pickled exception);
* a worker that dies (killed, out of memory) is noticed at once: its article
  is reported as failed and a fresh worker takes its place;
* a worker that overruns its article's time limit, or grows past its memory
  budget, is killed, its article reported, and replaced.

Results come back in input order, whatever order the workers finish in. On
Linux the workers are forked from a parent that has loaded the pipeline once
(they share its memory, and a replacement starts at once); elsewhere, and in
the web server (a threaded process), they are spawned and load it themselves.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from . import errors
from .config import Config
from .errors import ArticleTimeoutError, InputError, WirecoderError, WorkerDiedError, reason_of
from .model import Article, CodedArticle

BASE_SECONDS = 30.0  # every article's time limit starts here (loading, a busy machine) ...
SECONDS_PER_KCHAR = 0.75  # ... and grows with its length: 172 s for 190,000 characters, which take about 30 s
MEMORY_MB = 3072  # a worker above this (resident) is stopped and its article reported
STARTUP_SECONDS = 300.0  # loading the pipeline in a fresh worker
POLL_SECONDS = 0.5  # how often memory is looked at while articles are being coded


def time_limit(chars: int, fixed: float | None = None) -> float:
    """Seconds an article of ``chars`` characters may take: ``fixed`` when given, else a few times the
    time such an article is expected to take (docs/QUALITY.md, "Reliability")."""
    return fixed if fixed else BASE_SECONDS + SECONDS_PER_KCHAR * chars / 1000


# ---- the worker side ------------------------------------------------------------------------------
def _worker_main(conn: Connection, config: Config, coder: Any = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        if coder is None:
            from .pipeline import Coder

            coder = Coder(config)
    except BaseException as e:  # no pipeline: say why, once, and stop
        conn.send(("failed", type(e).__name__, str(e)))
        return
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        seq, article = task
        conn.send(_code_one(coder, seq, article))


def _code_one(coder: Any, seq: int, article: Article) -> tuple[Any, ...]:
    origin = article.origin or article.id
    try:
        result = coder.code(article)
    except InputError as e:
        return ("error", seq, type(e).__name__, e.origin, e.reason)
    except Exception as e:  # RecursionError, MemoryError...: this article only
        return ("error", seq, "InputError", origin, f"coding failed ({reason_of(e)})")
    try:
        import pickle

        pickle.dumps(result)  # what cannot travel is reported, not left to break the pipe
    except Exception as e:
        return ("error", seq, "InputError", origin, f"the coded article cannot be sent back ({reason_of(e)})")
    return ("ok", seq, result)


def _error(kind: str, origin: str, reason: str) -> InputError:
    cls = getattr(errors, kind, InputError)
    if not (isinstance(cls, type) and issubclass(cls, InputError)):
        cls = InputError
    return cls(origin, reason)


# ---- the parent side ------------------------------------------------------------------------------
@dataclass
class _Task:
    seq: int
    article: Article
    limit: float
    deadline: float


class _Worker:
    def __init__(self, ctx: Any, config: Config, coder: Any) -> None:
        if ctx.get_start_method() == "fork":
            # a forked child flushes its copy of these buffers when it exits: lines would print twice
            sys.stdout.flush()
            sys.stderr.flush()
        self.conn, child = ctx.Pipe(duplex=True)
        args = (child, config, coder) if coder is not None else (child, config)
        self.proc = ctx.Process(target=_worker_main, args=args, name="wirecoder-worker", daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.started = time.monotonic()
        self.task: _Task | None = None

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.proc.pid}/statm", encoding="ascii") as f:
                return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        except (OSError, ValueError, IndexError):
            return 0.0


class WorkerPool:
    """``workers`` processes coding articles with a time limit each (``article_timeout`` seconds, or
    :func:`time_limit` of the article's length). Use as a context manager, or call :meth:`close`.

    ``coder``: a loaded Coder for forked workers to share (else the pool loads one when it forks)."""

    def __init__(self, config: Config, workers: int = 1, *, article_timeout: float | None = None,
                 memory_mb: float | None = MEMORY_MB, method: str | None = None, coder: Any = None) -> None:
        self.config = config
        self.size = max(1, workers)
        self.article_timeout = article_timeout
        self.memory_mb = memory_mb
        self.method = method or ("fork" if sys.platform.startswith("linux") else "spawn")
        self._ctx = mp.get_context(self.method)
        self._coder: Any = coder if self.method == "fork" else None
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        self._failed_starts = 0

    # ---- life cycle -----------------------------------------------------------------------------
    def start(self) -> WorkerPool:
        """Start the workers (without waiting for them to load the pipeline)."""
        if self.method == "fork":
            from .ingest.language import identifier
            from .pipeline import Coder

            if self._coder is None:
                self._coder = Coder(self.config)  # loaded once, shared by every forked worker
            identifier()  # loaded before forking: no loading thread may be running when we fork
        while len(self._workers) < self.size:
            self._workers.append(_Worker(self._ctx, self.config, self._coder))
        return self

    def close(self, wait: float = 5.0) -> None:
        """Ask the workers to stop; kill those still busy after ``wait`` seconds."""
        for w in self._workers:
            with contextlib.suppress(OSError):
                w.conn.send(None)
        deadline = time.monotonic() + wait
        for w in self._workers:
            w.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            w.stop()
        self._workers = []

    def __enter__(self) -> WorkerPool:
        return self.start()

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(wait=5.0 if exc_type is None else 0.0)  # interrupted: no waiting for busy workers

    def pids(self) -> list[int]:
        """The worker processes' ids (for monitoring)."""
        return [w.proc.pid for w in self._workers if w.proc.pid is not None]

    # ---- coding ---------------------------------------------------------------------------------
    def code(self, article: Article) -> CodedArticle:
        """Code one article in a worker (several threads may call this; they take turns)."""
        with self._lock:
            (result,) = list(self.imap([article]))
        if isinstance(result, InputError):
            raise result
        return result

    def imap(self, items: Iterable[Article | InputError]) -> Iterator[CodedArticle | InputError]:
        """Code every article of ``items``; InputErrors pass through; results in input order."""
        self.start()
        source = iter(items)
        queue: deque[tuple[int, Article]] = deque()
        done: dict[int, CodedArticle | InputError] = {}
        read = emitted = 0
        exhausted = False
        window = 8 * self.size + 64  # how far reading may run ahead of what is handed back
        while True:
            while not exhausted and len(queue) < self.size and read - emitted < window:
                item = _next(source)
                if item is None:
                    exhausted = True
                elif isinstance(item, Article):
                    queue.append((read, item))
                    read += 1
                else:
                    done[read] = item
                    read += 1
            self._dispatch(queue, done)
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
            if exhausted and emitted == read:
                return
            self._wait(done)

    def _dispatch(self, queue: deque[tuple[int, Article]], done: dict[int, CodedArticle | InputError]) -> None:
        for w in self._workers:
            if not queue:
                return
            if w.ready and w.task is None:
                seq, article = queue.popleft()
                limit = time_limit(len(article.text), self.article_timeout)
                w.task = _Task(seq, article, limit, time.monotonic() + limit)
                try:
                    w.conn.send((seq, article))
                except OSError:
                    pass  # a pipe to a dead worker: _wait notices the death and reports the article
                except Exception as e:  # an article that cannot be sent (pickled)
                    w.task = None
                    done[seq] = InputError(article.origin or article.id, f"cannot be sent to a worker "
                                                                         f"({reason_of(e)})")

    def _wait(self, done: dict[int, CodedArticle | InputError]) -> None:
        now = time.monotonic()
        ends = [w.task.deadline for w in self._workers if w.task] + \
               [w.started + STARTUP_SECONDS for w in self._workers if not w.ready]
        timeout = max(0.0, min(ends) - now) if ends else POLL_SECONDS
        if self.memory_mb and any(w.task for w in self._workers):
            timeout = min(timeout, POLL_SECONDS)
        handles: list[Any] = [w.conn for w in self._workers] + [w.proc.sentinel for w in self._workers]
        ready = set(wait(handles, timeout))
        for i, w in enumerate(list(self._workers)):
            if w.conn in ready or w.proc.sentinel in ready:
                self._receive(i, w, done)
            else:
                self._check_budget(i, w, done)

    def _receive(self, i: int, w: _Worker, done: dict[int, CodedArticle | InputError]) -> None:
        try:
            msg = w.conn.recv() if w.conn.poll() else None
        except (EOFError, OSError):  # the pipe closed: the worker is gone
            msg = None
        if msg is None:
            self._replace(i, done, WorkerDiedError, self._death_reason(w))
            return
        if msg[0] == "ready":
            w.ready = True
            self._failed_starts = 0
        elif msg[0] == "failed":
            self.close()
            cls = getattr(errors, msg[1], WirecoderError)
            raise (cls if isinstance(cls, type) and issubclass(cls, WirecoderError)
                   and not issubclass(cls, InputError) else WirecoderError)(msg[2])
        elif w.task is not None and msg[1] == w.task.seq:
            done[w.task.seq] = msg[2] if msg[0] == "ok" else _error(*msg[2:])
            w.task = None

    def _check_budget(self, i: int, w: _Worker, done: dict[int, CodedArticle | InputError]) -> None:
        now = time.monotonic()
        if w.task is not None and now > w.task.deadline:
            how = "--article-timeout" if self.article_timeout else "the default limit for its length"
            self._replace(i, done, ArticleTimeoutError,
                          f"took longer than {w.task.limit:.0f} s to code ({how}); stopped")
        elif w.task is not None and self.memory_mb and w.rss_mb() > self.memory_mb:
            self._replace(i, done, WorkerDiedError,
                          f"needed more than {self.memory_mb:.0f} MB of memory to code; stopped")
        elif not w.ready and now > w.started + STARTUP_SECONDS:
            self._replace(i, done, WorkerDiedError, f"worker did not start in {STARTUP_SECONDS:.0f} s")

    def _death_reason(self, w: _Worker) -> str:
        w.proc.join(timeout=1)
        code = w.proc.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            hint = " (out of memory?)" if -code == signal.SIGKILL else ""
            return f"the worker process coding it was killed by {name}{hint}"
        return f"the worker process coding it exited (status {code})"

    def _replace(self, i: int, done: dict[int, CodedArticle | InputError], cls: type[InputError],
                 reason: str) -> None:
        w = self._workers[i]
        w.stop()
        if w.task is not None:
            done[w.task.seq] = cls(w.task.article.origin or w.task.article.id, reason)
        elif not w.ready:
            self._failed_starts += 1
            if self._failed_starts >= 3:
                self.close()
                raise WirecoderError(f"worker processes keep failing to start ({reason})")
        self._workers[i] = _Worker(self._ctx, self.config, self._coder)


def _next(source: Iterator[Article | InputError]) -> Article | InputError | None:
    """The next input, None at the end; a reader that breaks down ends the input with one error."""
    try:
        return next(source)
    except StopIteration:
        return None
    except Exception as e:  # the generator is finished now: the next call ends the input
        return InputError("input", f"reading stopped ({reason_of(e)})")
