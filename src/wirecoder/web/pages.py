"""Server-rendered pages: the story list, a story with its marks and review panel, a dyad, the network.

Pages work without JavaScript: reviews and new stories are plain HTML forms
that post here with the session's CSRF token and come back with a redirect
(post/redirect/get), so reloading a page never posts twice.
"""

from __future__ import annotations

import math
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import UsageError
from ..lexicon import read_tsv
from ..model import EVENT_TYPES
from ..names import resolve_actor, resolve_type
from ..store.base import EventQuery
from . import charts
from .api import MAX_PAGE, NewArticle, ReviewIn, add_review, db, store_story, timeline, web
from .api import DateQ as OptDate
from .marks import mark_text, spans_of
from .network import network_chart
from .security import SESSION_COOKIE, SESSION_MAX_AGE, check_origin

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    state = web(request)
    session = state.guard.session_of(request)
    ctx = {"request": request, "signed_in": session is not None,
           "reviewer": session.reviewer if session else "",
           "csrf": state.guard.csrf_for(session) if session else "", **context}
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status)


def pager(page: int, per_page: int, total: int, base: str, params: dict[str, Any]) -> dict[str, Any]:
    pages = max(1, math.ceil(total / per_page))
    keep = {k: v for k, v in params.items() if v not in (None, "")}

    def link(p: int) -> str:
        return f"{base}?{urlencode({**keep, 'page': p})}"

    return {"page": page, "pages": pages, "total": total,
            "prev": link(page - 1) if page > 1 else None, "next": link(page + 1) if page < pages else None}


def modes() -> list[str]:
    return sorted({row[1] for row in read_tsv("events/plover.tsv", 4) if row[1]})


@router.get("/", response_class=HTMLResponse)
def index(request: Request, q: str | None = None, actor: str | None = None, since: OptDate = None,
          until: OptDate = None, page: int = Query(1, ge=1, le=MAX_PAGE)) -> HTMLResponse:
    store = db(request)
    items, total = store.articles(q=q or None, actor=_code(actor) if actor else None, since=since,
                                  until=until, page=page, per_page=25)
    params = {"q": q, "actor": actor, "since": since, "until": until}
    return render(request, "index.html", articles=items, filters=params, stats=store.stats(),
                  pager=pager(page, 25, total, "/", params))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    store = db(request)
    art = store.article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    events = sorted(art["events"], key=lambda e: ((e.get("trigger") or {}).get("start") or 0,
                                                  e["event_type"]))
    marked = mark_text(art["text"], spans_of(dict(art)))
    return render(request, "article.html", article=art, events=events, marked=marked,
                  reviews=store.reviews_by_event(article_id), event_types=EVENT_TYPES, modes=modes(),
                  quads=charts.QUAD_NAMES)


@router.post("/articles")
def new_story(request: Request, text: Annotated[str, Form()], csrf_token: Annotated[str, Form()] = "",
              title: Annotated[str, Form()] = "", date: Annotated[str, Form()] = "",
              url: Annotated[str, Form()] = "") -> Response:
    state = web(request)
    state.guard.check_write(request, form_csrf=csrf_token)
    body = NewArticle.model_validate({"text": text, "title": title or None, "date": date or None,
                                      "url": url or None})
    art = store_story(state, body)
    return RedirectResponse(f"/articles/{quote(art['id'])}", status_code=303)


@router.post("/events/{event_id}/review")
def review_form(request: Request, event_id: str, verdict: Annotated[str, Form()],
                csrf_token: Annotated[str, Form()] = "", type: Annotated[str, Form()] = "",
                mode: Annotated[str, Form()] = "", actor: Annotated[str, Form()] = "",
                recipient: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "") -> Response:
    who = web(request).guard.check_write(request, form_csrf=csrf_token)
    if verdict not in ("confirm", "reject", "correct"):
        raise HTTPException(422, f"verdict: {verdict!r} is not confirm, reject or correct")
    store = db(request)
    ev = store.event(event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    changes = _changed(dict(ev), {"type": type, "mode": mode, "actor": actor, "recipient": recipient}) \
        if verdict == "correct" else None
    review = ReviewIn.model_validate({"verdict": verdict, "changes": changes, "note": note or None})
    add_review(store, event_id, review, who)
    return RedirectResponse(f"/articles/{quote(ev['article_id'])}#ev-{quote(event_id)}", status_code=303)


def _changed(ev: dict[str, Any], form: dict[str, str]) -> dict[str, Any]:
    """Only the fields the analyst changed: the form comes prefilled with the machine's values."""
    def codes(actors: list[dict[str, Any]]) -> str:
        return ", ".join(a.get("country") or a.get("name") or "" for a in actors)

    machine = {"type": ev["event_type"], "mode": ev.get("mode") or "", "actor": codes(ev["actor"]),
               "recipient": codes(ev["recipient"])}
    return {k: v.strip() for k, v in form.items()
            if v.strip().upper().replace(" ", "") != machine[k].upper().replace(" ", "")}


@router.get("/dyads", response_class=HTMLResponse)
def dyad_picker(request: Request, a: str | None = None, b: str | None = None) -> Response:
    problem = ""
    if a and b:
        try:
            where = f"/dyads/{quote(resolve_actor(a))}/{quote(resolve_actor(b))}"
            return RedirectResponse(where, status_code=303)
        except UsageError as e:
            problem = str(e)
    return render(request, "dyads.html", actors=db(request).actor_codes(300), a=a or "", b=b or "",
                  problem=problem)


def _code(name: str) -> str:
    """An actor's code when the name is known ('russia' -> RUS), else the name as written."""
    try:
        return resolve_actor(name)
    except UsageError:
        return name


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad_page(request: Request, a: str, b: str, since: OptDate = None, until: OptDate = None,
              bucket: str = Query("auto", pattern="^(auto|day|week|month)$"),
              page: int = Query(1, ge=1, le=MAX_PAGE)) -> Response:
    if (_code(a), _code(b)) != (a, b):
        return RedirectResponse(f"/dyads/{quote(_code(a))}/{quote(_code(b))}?{request.url.query}".rstrip("?"),
                                status_code=307)
    store = db(request)
    data = timeline(store, a, b, bucket, since, until)
    events, total = store.events(EventQuery(dyad=(a, b), since=since, until=until, page=page, per_page=50))
    params = {"since": since, "until": until, "bucket": bucket}
    chart = charts.timeline_chart(data["series"], data["bucket"], data["spans"])
    return render(request, "dyad.html", a=a, b=b, data=data, chart=chart, events=events,
                  quads=charts.QUAD_NAMES, filters=params, actors=store.actor_codes(300),
                  pager=pager(page, 50, total, f"/dyads/{quote(a)}/{quote(b)}", params))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, since: OptDate = None, until: OptDate = None, type: str | None = None,
                 actor: str | None = None, min_count: int = Query(1, ge=1, le=100_000),
                 top: int = Query(20, ge=2, le=60)) -> HTMLResponse:
    problem = ""
    etype = code = None
    try:
        etype = resolve_type(type) if type else None
        code = resolve_actor(actor) if actor else None
    except UsageError as e:
        problem = str(e)
    net = db(request).actor_network(since=since, until=until, type=etype, min_count=min_count, limit=2000)
    chart = network_chart(dict(net), top=top, actor=code)
    return render(request, "network.html", net=net, chart=chart, event_types=EVENT_TYPES, problem=problem,
                  filters={"since": since, "until": until, "type": etype or "", "actor": actor or "",
                           "code": code or "", "min_count": min_count, "top": top})


# ---- signing in ---------------------------------------------------------------------------
def _safe_next(target: str | None) -> str:
    # Only paths on this site: an open redirect would let a link bounce analysts elsewhere.
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", next=_safe_next(next), error="")


@router.post("/login")
def login(request: Request, token: Annotated[str, Form()], reviewer: Annotated[str, Form()] = "",
          next: Annotated[str, Form()] = "/") -> Response:
    check_origin(request)  # no signing-in from another site's form
    guard = web(request).guard
    if not guard.token_ok(token.strip()):
        return render(request, "login.html", status=401, next=_safe_next(next),
                      error="That is not the token.")
    resp = RedirectResponse(_safe_next(next), status_code=303)
    resp.set_cookie(SESSION_COOKIE, guard.make_session(reviewer.strip() or "analyst"),
                    max_age=SESSION_MAX_AGE, httponly=True, samesite="strict",
                    secure=request.url.scheme == "https", path="/")
    return resp


@router.post("/logout")
def logout(request: Request) -> Response:
    check_origin(request)
    resp = RedirectResponse("/", status_code=303)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI document as a page, drawn here: Swagger UI would come from a CDN."""
    spec = request.app.openapi()
    ops = [{"method": m.upper(), "path": p, **op}
           for p, item in spec["paths"].items() for m, op in item.items()]
    return render(request, "docs.html", ops=ops, spec=spec)
