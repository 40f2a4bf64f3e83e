"""The HTTP API and the review web UI (``wirecoder serve``)."""

from __future__ import annotations

from .app import create_app
from .server import serve

__all__ = ["create_app", "serve"]
