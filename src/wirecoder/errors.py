"""One exception tree for the whole package.

Every error a user can cause carries a message that names the input and the
reason, so the CLI and the web app can report it in one line.
"""

from __future__ import annotations

from typing import Any


class WirecoderError(Exception):
    """Base of every error wirecoder raises on purpose.

    Every class here pickles (errors cross process boundaries when coding
    runs in worker processes); tests/test_reliability.py checks each one.
    """


class UsageError(WirecoderError):
    """Bad options or arguments (exit code 2)."""


class InputError(WirecoderError):
    """An input that cannot be read or coded: names the input and the reason."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds from self.args (one message) and so cannot call __init__(origin, reason).
        return (type(self), (self.origin, self.reason))


class MissingInputError(InputError):
    """A path that does not exist (exit code 2, not 1: the command itself is wrong)."""


class NotEnglishError(InputError):
    """Text detected as not English; skipped rather than coded into nonsense."""


class ArticleTimeoutError(InputError):
    """An article that took longer than its time limit to code (its worker was stopped)."""


class WorkerDiedError(InputError):
    """The worker process coding an article died (killed, or out of memory)."""


class StoreError(WirecoderError):
    """A database that cannot be opened, or a query that cannot run."""


class ModelNotFoundError(WirecoderError):
    """No English spaCy pipeline installed."""


def reason_of(exc: BaseException, limit: int = 200) -> str:
    """One line naming an unexpected exception, for the report of the input it happened on."""
    if isinstance(exc, RecursionError):
        return "RecursionError: nested too deeply"
    if isinstance(exc, MemoryError):
        return "MemoryError: out of memory"
    text = " ".join(str(exc).split()) if str(exc) else ""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
