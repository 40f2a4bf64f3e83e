"""Coding a batch of inputs: reading, coding (in one process or several),
reporting failures and progress.

Results come back in input order. A failed input is yielded as an
:class:`InputError`; the caller reports it and goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .config import Config
from .errors import InputError
from .model import Article, CodedArticle

_worker_coder: Any = None


def _init_worker(config: Config) -> None:
    global _worker_coder
    from .pipeline import Coder

    _worker_coder = Coder(config)


def _code_in_worker(chunk: list[Article | InputError]) -> list[CodedArticle | InputError]:
    assert _worker_coder is not None
    return list(_worker_coder.code_many(chunk))


def _chunks(items: Iterable[Article | InputError], size: int) -> Iterator[list[Article | InputError]]:
    chunk: list[Article | InputError] = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_stream(items: Iterable[Article | InputError], config: Config,
                workers: int = 1) -> Iterator[CodedArticle | InputError]:
    """Code every article of ``items``; with workers > 1, in that many processes."""
    if workers <= 1:
        from .pipeline import Coder

        yield from Coder(config).code_many(items)
        return
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(config,)) as pool:
        # Small chunks keep every worker busy; imap keeps input order and streams.
        for results in pool.imap(_code_in_worker, _chunks(items, config.batch_size), chunksize=1):
            yield from results


@contextmanager
def progress(enabled: bool, label: str) -> Iterator[Any]:
    """A progress line on stderr (articles done, rate); a no-op when disabled."""
    if not enabled:
        yield lambda n=1: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn(f"{label} [bold]{{task.completed}}[/] articles"),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda n=1: bar.advance(task, n)
