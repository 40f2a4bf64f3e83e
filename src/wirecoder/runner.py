"""Coding a batch of inputs: reading, coding (in one process or several),
reporting failures and progress.

Results come back in input order. A failed input is yielded as an
:class:`InputError`; the caller reports it and goes on. Coding runs in
worker processes (workers.py), so that no article can hang the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .config import Config
from .errors import InputError
from .model import Article, CodedArticle


def code_stream(items: Iterable[Article | InputError], config: Config, workers: int = 1, *,
                article_timeout: float | None = None, isolate: bool = True) -> Iterator[CodedArticle | InputError]:
    """Code every article of ``items``, in ``workers`` worker processes with a time limit per article
    (see workers.py); ``isolate=False`` codes in this process instead (no time limit, no start-up)."""
    if not isolate:
        from .pipeline import Coder

        yield from Coder(config).code_many(items)
        return
    from .workers import WorkerPool

    with WorkerPool(config, workers, article_timeout=article_timeout) as pool:
        yield from pool.imap(items)


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
