"""One exception tree for the whole package.

Every error a user can cause carries a message that names the input and the
reason, so the CLI and the web app can report it in one line.
"""

from __future__ import annotations


class WirecoderError(Exception):
    """Base of every error wirecoder raises on purpose."""


class UsageError(WirecoderError):
    """Bad options or arguments (exit code 2)."""


class InputError(WirecoderError):
    """An input that cannot be read or coded: names the input and the reason."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class MissingInputError(InputError):
    """A path that does not exist (exit code 2, not 1: the command itself is wrong)."""


class NotEnglishError(InputError):
    """Text detected as not English; skipped rather than coded into nonsense."""


class StoreError(WirecoderError):
    """A database that cannot be opened, or a query that cannot run."""


class ModelNotFoundError(WirecoderError):
    """No English spaCy pipeline installed."""
