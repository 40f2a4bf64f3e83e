"""wirecoder: political event data from English news.

The public API is small: :func:`code_article` codes one story (a pure
function of text, metadata and configuration); :class:`Coder` holds a loaded
pipeline and codes many; the records are in :mod:`wirecoder.model`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Coder", "Config", "__version__", "code_article"]

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from .pipeline import Coder, code_article


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not load spaCy (the CLI's --help stays fast).
    if name in ("Coder", "code_article"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Config":
        from .config import Config

        return Config
    raise AttributeError(name)
