"""The server's outer edges, checked before a request reaches a route (plain ASGI middleware).

* :class:`HostCheck`: the Host header must name this server (127.0.0.1,
  localhost, ::1, and the names given with ``--allow-host``), so a page on
  another site cannot read our data through DNS rebinding; an Origin header,
  when sent, must name one of them too.
* :class:`WriteGate`: a write (POST, PUT, PATCH) must declare its length, at
  most ``max_body`` bytes, and carry credentials (a Bearer token or a session
  cookie) — all checked from the headers, before a byte of the body is read
  and before the token itself is resolved. Four unauthenticated 50 MB posts
  used to be read in full before their 401.

Refusals have the one error shape, ``{"ok": false, "error", "status"}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from .security import SESSION_COOKIE

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
MAX_BODY = 4 * 1024 * 1024  # a 200,000-character story, even escaped, fits several times over
WRITES = frozenset({"POST", "PUT", "PATCH"})
OPEN_WRITES = frozenset({"/login", "/logout"})  # signing in carries the token in its body


async def refuse(send: Send, status: int, message: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"ok": False, "error": message, "status": status}).encode()
    head = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close")]
    head += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": head})
    await send({"type": "http.response.body", "body": body})


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def host_name(value: str) -> str:
    """'127.0.0.1:8000' -> '127.0.0.1', '[::1]:8000' -> '::1', 'Example.org' -> 'example.org'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class HostCheck:
    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = frozenset(host_name(h) for h in (*LOCAL_HOSTS, *hosts) if h)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        host = host_name(headers.get("host", ""))
        if host not in self.hosts:
            await refuse(send, 400, f"this server does not answer to the host {host or '(none)'!r}; start it "
                                    f"with --allow-host {host or 'NAME'} to allow it")
            return
        origin = headers.get("origin")
        if origin is not None and not self._origin_ok(origin, scope["method"]):
            await refuse(send, 403, f"requests from {origin!r} are refused (not an allowed host)")
            return
        await self.app(scope, receive, send)

    def _origin_ok(self, origin: str, method: str) -> bool:
        if origin == "null":  # sandboxed pages, some redirects: may read, may not write
            return method not in WRITES
        return host_name(urlsplit(origin).netloc) in self.hosts


class WriteGate:
    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITES:
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        length = headers.get("content-length")
        if length is None:
            if "transfer-encoding" in headers:
                await refuse(send, 411, "send the request body with a Content-Length")
                return
            length = "0"
        if not length.isdigit():
            await refuse(send, 400, "the Content-Length header is not a number")
            return
        if int(length) > self.max_body:
            await refuse(send, 413, f"request body too large ({int(length):,} bytes; the limit is "
                                    f"{self.max_body:,})")
            return
        if scope["path"] not in OPEN_WRITES and not self._has_credentials(headers):
            await refuse(send, 401, "sign in first: send 'Authorization: Bearer TOKEN' or sign in on /login",
                         {"www-authenticate": 'Bearer realm="wirecoder"'})
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _has_credentials(headers: dict[str, str]) -> bool:
        if headers.get("authorization"):
            return True
        return any(part.strip().startswith(f"{SESSION_COOKIE}=") for part in headers.get("cookie", "").split(";"))
