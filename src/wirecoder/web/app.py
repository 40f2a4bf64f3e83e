"""The FastAPI application: ``create_app`` is what the server, the tests and the benchmark all build."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..display import date_label, number, snippet
from ..errors import StoreError
from ..store.base import Store
from . import api, charts, marks, pages
from .limits import MAX_BODY, HostCheck, WriteGate
from .security import SECURITY_HEADERS, AuthError, Guard
from .state import ArticleCoder, WebState

HERE = Path(__file__).parent
log = logging.getLogger("wirecoder.web")

DESCRIPTION = """Political event data coded from English news, with analyst review.

Reading needs nothing. Writing (posting a story, reviewing an event) needs the server's token, sent as
`Authorization: Bearer TOKEN`. Every error is `{"ok": false, "error": "...", "status": N}`.
Reviews never overwrite the machine coding: events carry `"coded_by": "machine"` and their latest
analyst review under `"review"` (`"coded_by": "analyst"`)."""


class SecurityHeaders:
    """Adds the CSP and friends to every response (plain ASGI: streamed exports pass straight through)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> Jinja2Templates:
    # Autoescape on for every template: story text and every field are user data.
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["score_colour"] = charts.score_colour
    env.filters["evidence"] = marks.evidence_html
    env.filters["when"] = lambda e: date_label(e.get("date"), e.get("date_precision"))
    env.filters["number"] = number
    env.filters["snippet"] = snippet
    env.filters["dyad"] = marks.dyad_label
    env.tests["web_link"] = is_web_link
    env.globals["version"] = __version__
    return Jinja2Templates(env=env)


def is_web_link(url: object) -> bool:
    """Only http(s) addresses become links: a story's url may say javascript: or data:."""
    return isinstance(url, str) and url.strip().lower().startswith(("http://", "https://"))


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    """The one error shape; browsers asking for a page get the same message as a page."""
    if _wants_html(request):
        try:
            return pages.render(request, "error.html", status=status, status_code=status, message=message)
        except Exception:  # an error page must never fail: fall back to JSON
            log.exception("error page failed")
    body = {"ok": False, "error": message, "status": status}
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError | ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body") or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        return error_response(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(ValidationError)
    async def model_error(request: Request, exc: ValidationError) -> Response:
        # A form checked against an API model inside a page handler.
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(AuthError)
    async def auth_error(request: Request, exc: AuthError) -> Response:
        headers = {"www-authenticate": 'Bearer realm="wirecoder"'} if exc.status == 401 else None
        return error_response(request, exc.status, exc.message, headers)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("database error: %s", exc)
        return error_response(request, 500, f"database error: {exc}")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal server error (see the server log)")


def create_app(db: str | Path | Store, token: str,
               coder_factory: Callable[[], ArticleCoder] | None = None, *,
               allowed_hosts: Iterable[str] | None = None, max_body: int = MAX_BODY) -> FastAPI:
    """The web app over one store (a path or database URL, or an open Store); ``token`` guards every write.

    ``allowed_hosts``: answer only requests whose Host (and Origin) is 127.0.0.1, localhost or one of
    these (``wirecoder serve`` always passes it; None checks no Host). ``max_body``: the largest write."""
    state = WebState(str(db) if isinstance(db, str | Path) else db, Guard(token), coder_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.stores.close()
        state.coder.close()

    app = FastAPI(title="wirecoder", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.web = state
    app.state.templates = _templates()
    app.add_middleware(WriteGate, max_body=max_body)  # before the body is read, before auth
    if allowed_hosts is not None:
        app.add_middleware(HostCheck, hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    _install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app

