"""The JSON API under /api: articles, events, reviews, dyad timelines, the actor network, exports.

Endpoints are plain ``def`` functions: FastAPI runs them in its thread pool,
and the store takes a pooled connection for each query (see state.Stores). Every
error leaves as ``{"ok": false, "error", "status"}`` (see app.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import AfterValidator, BaseModel, Field

from ..config import Config
from ..errors import InputError, reason_of
from ..model import EVENT_TYPES
from ..store.base import EventQuery, Store
from ..store.export import FORMATS
from . import charts
from .state import BusyError, WebState

DATE = r"^\d{4}-\d{2}-\d{2}$"
MAX_PAGE = 1_000_000  # page * per_page stays far inside SQLite's 64-bit integers


def real_date(value: str | None) -> str | None:
    """A YYYY-MM-DD that is a day of the calendar (2024-13-45 is not)."""
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date of the calendar") from None
    return value


DateQ = Annotated[str | None, Query(pattern=DATE, description="ISO date, YYYY-MM-DD (inclusive)"),
                  AfterValidator(real_date)]
PageQ = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")]
PerPageQ = Annotated[int, Query(ge=1, le=500, description="items per page (at most 500)")]
QUAD_HELP = "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"

router = APIRouter(prefix="/api", tags=["api"])


def web(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def db(request: Request) -> Store:
    """The app's store."""
    return web(request).stores.get()


async def require_writer(request: Request) -> str:
    """Bearer token, or a signed-in browser session with its CSRF token; else 401/403."""
    return web(request).guard.check_write(request)


Writer = Annotated[str, Depends(require_writer)]


# ---- articles ---------------------------------------------------------------------------
class NewArticle(BaseModel):
    # The coder refuses longer stories anyway (Config.max_chars); refuse them before coding starts.
    text: str = Field(min_length=1, max_length=Config.max_chars,
                      description="the story text (plain text; HTML is not parsed here)")
    title: str | None = Field(None, max_length=500)
    date: Annotated[str | None, AfterValidator(real_date)] = Field(
        None, pattern=DATE, description="publication date; relative dates resolve against it (default: today)")
    url: str | None = Field(None, max_length=2000)
    publisher: str | None = Field(None, max_length=200)
    wire: str | None = Field(None, max_length=200)


@router.get("/articles", summary="List stored articles (newest first) with search and filters")
def list_articles(request: Request, q: str | None = Query(None, description="words in the title or text"),
                  actor: str | None = Query(None, description="an actor code (RUS, IGO, ...) in its events"),
                  since: DateQ = None, until: DateQ = None, page: PageQ = 1, per_page: PerPageQ = 50
                  ) -> dict[str, Any]:
    items, total = db(request).articles(q=q, since=since, until=until, actor=actor, page=page,
                                        per_page=per_page)
    return {"items": items, "total": total, "page": page, "per_page": per_page}


# ":path": an id may hold any character, "/" included (percent-encode it in the URL)
@router.get("/articles/{article_id:path}", summary="One article with its text, events, quotes, amounts, entities")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    art = db(request).article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return dict(art)


@router.post("/articles", status_code=201, summary="Code a new story and store it (needs the token)")
def post_article(request: Request, body: NewArticle, who: Writer) -> JSONResponse:
    art = store_story(web(request), body)
    return JSONResponse(art, status_code=201 if art["stored"] == "new" else 200)


def store_story(state: WebState, body: NewArticle) -> dict[str, Any]:
    """Clean, code and store one story; InputError (not English, too long, empty) -> 422."""
    from ..pipeline import article_from_text

    published = body.date or datetime.now(UTC).date().isoformat()
    try:
        made = article_from_text(body.text, "web", date=published, title=body.title, url=body.url,
                                 published=published, publisher=body.publisher, wire=body.wire)
    except Exception as e:  # whatever the story does to the reader: this request only
        raise HTTPException(422, f"cannot read this story ({reason_of(e)})") from None
    try:
        if isinstance(made, InputError):
            raise made
        coded = state.coder.code(made)  # in a worker process, with a time limit (workers.py)
    except InputError as e:
        raise HTTPException(422, f"cannot code this story: {e.reason}") from None
    except BusyError as e:
        raise HTTPException(503, str(e), headers={"retry-after": "30"}) from None
    store = state.stores.get()
    status = store.save(coded)
    art: dict[str, Any] = dict(store.article(made.id) or {})
    return {**art, "stored": status}


# ---- events -----------------------------------------------------------------------------
def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise HTTPException(422, f"dyad: {value!r} is not two actor codes such as RUS,CHN")
    return parts[0], parts[1]


def event_query(actor: str | None = Query(None, description="actor code or name on either side"),
                dyad: str | None = Query(None, description="two actor codes, e.g. RUS,CHN: events with both"),
                type: str | None = Query(None, description="PLOVER event type, e.g. CONSULT"),
                quad_class: int | None = Query(None, ge=1, le=4, description=QUAD_HELP),
                since: DateQ = None, until: DateQ = None,
                q: str | None = Query(None, description="words in the evidence sentence or trigger"),
                article_id: str | None = Query(None), page: PageQ = 1, per_page: PerPageQ = 50,
                view: Literal["happenings", "mentions", "one_a_day"] = Query(
                    "happenings", description="happenings: one row per happening with its mentions, sources and "
                                              "articles (default); mentions: every coded event of every story; "
                                              "one_a_day: one per dyad, type and day")) -> EventQuery:
    if type and type.upper() not in EVENT_TYPES:
        raise HTTPException(422, f"type: {type!r} is not a PLOVER event type ({', '.join(EVENT_TYPES)})")
    return EventQuery(actor=actor, dyad=_dyad(dyad), type=type, quad_class=quad_class, since=since,
                      until=until, q=q, article_id=article_id, page=page, per_page=per_page, view=view)


Filters = Annotated[EventQuery, Depends(event_query)]


@router.get("/events", summary="Events with filters and paging: {items, total, page, per_page}")
def list_events(request: Request, eq: Filters) -> dict[str, Any]:
    items, total = db(request).events(eq)
    return {"items": items, "total": total, "page": eq.page, "per_page": eq.per_page}


@router.get("/events/{event_id}", summary="One event (machine coding) with every analyst review")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    store = db(request)
    ev = store.event(event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return {**ev, "reviews": store.reviews(event_id)}


# ---- reviews ----------------------------------------------------------------------------
class ReviewIn(BaseModel):
    verdict: Literal["confirm", "reject", "correct"]
    changes: dict[str, Any] | None = Field(
        None, description="for 'correct': the fields that change, e.g. {\"event_type\": \"AGREE\", "
                          "\"mode\": \"\", \"actor\": [\"RUS\"], \"recipient\": [\"CHN\"]}")
    reviewer: str | None = Field(None, max_length=100)
    note: str | None = Field(None, max_length=2000)


def normalise_changes(changes: dict[str, Any] | None) -> dict[str, Any]:
    """Accept ``type`` for ``event_type`` and actor lists written "RUS, CHN"; "" clears a field."""
    out: dict[str, Any] = {}
    for key, value in (changes or {}).items():
        key = "event_type" if key == "type" else key
        if value is None:
            continue
        if key == "event_type":
            value = str(value).strip().upper()
            if value not in EVENT_TYPES:
                raise HTTPException(422, f"changes.event_type: {value!r} is not a PLOVER event type")
        elif key in ("actor", "recipient"):
            value = actor_codes(key, value)
        elif key == "mode":
            value = str(value).strip().lower()
        out[key] = value
    return out


def actor_codes(key: str, value: Any) -> list[str]:
    """'RUS, CHN' or ["RUS", "CHN"] -> ["RUS", "CHN"], each a code the coder knows, else 422."""
    parts = re.split(r"[,;|]", value) if isinstance(value, str) else value
    if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
        raise HTTPException(422, f"changes.{key}: a list of actor codes, or one string such as 'RUS, CHN'")
    codes = [p.strip().upper() for p in parts if p.strip()]
    unknown = [c for c in codes if c not in known_actor_codes()]
    if unknown:
        raise HTTPException(422, f"changes.{key}: {', '.join(repr(c[:40]) for c in unknown[:5])} is not a known "
                                 f"actor code (ISO 3166 alpha-3 such as RUS, IGO, NGO, IMG, or an organisation's "
                                 f"code such as NATO)")
    return codes


@lru_cache(maxsize=1)
def known_actor_codes() -> frozenset[str]:
    from ..lexicon import read_tsv

    countries = {row[0].upper() for row in read_tsv("actors/countries.tsv", 9, 1)}
    igos = {row[0].upper() for row in read_tsv("actors/igos.tsv", 4, 1)}
    return frozenset(countries | igos | {"IGO", "NGO", "IMG"})


def add_review(store: Store, event_id: str, body: ReviewIn, who: str) -> dict[str, Any]:
    changes = normalise_changes(body.changes)
    try:
        return dict(store.add_review(event_id, body.verdict, changes, reviewer=body.reviewer or who,
                                     note=body.note))
    except KeyError:
        raise HTTPException(404, f"no event {event_id!r}") from None
    except ValueError as e:
        raise HTTPException(422, str(e)) from None


@router.post("/events/{event_id}/reviews", status_code=201,
             summary="Confirm, reject or correct an event (needs the token); the machine coding is kept")
def post_review(request: Request, event_id: str, body: ReviewIn, who: Writer) -> dict[str, Any]:
    return add_review(db(request), event_id, body, who)


@router.get("/events/{event_id}/reviews", summary="An event's reviews, oldest first")
def get_reviews(request: Request, event_id: str) -> list[dict[str, Any]]:
    store = db(request)
    if store.event(event_id) is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return [dict(r) for r in store.reviews(event_id)]


# ---- dyads, network, actors ---------------------------------------------------------------
def timeline(store: Store, a: str, b: str, bucket: str, since: str | None,
             until: str | None) -> dict[str, Any]:
    """Per ``bucket`` ("auto": by the time the events span), with events known only to a coarser
    period (a month, a year) apart under "spans"; "rows" are the store's, per day and precision."""
    rows = [dict(r) for r in store.dyad_timeline(a, b, bucket="day", since=since, until=until)]
    if bucket == "auto":
        bucket = charts.choose_bucket(*charts.extent(rows))
    return {"a": a.upper(), "b": b.upper(), "bucket": bucket, "since": since, "until": until,
            **charts.series(rows, bucket), "rows": rows}


@router.get("/dyads/{a}/{b}/timeline",
            summary="Events between two actors per day, week or month, by quad class, with mean PLOVER score; "
                    "events dated only to a coarser period (a month, a year) come apart, under 'spans'")
def get_timeline(request: Request, a: str, b: str, since: DateQ = None, until: DateQ = None,
                 bucket: Literal["day", "week", "month"] = "day") -> dict[str, Any]:
    return timeline(db(request), a, b, bucket, since, until)


@router.get("/network", summary="Actor network: nodes with event counts; directed edges with counts and "
                                "mean PLOVER score")
def get_network(request: Request, since: DateQ = None, until: DateQ = None, type: str | None = None,
                min_count: int = Query(1, ge=1, le=MAX_PAGE), limit: int = Query(500, ge=1, le=5000)
                ) -> dict[str, Any]:
    return dict(db(request).actor_network(since=since, until=until, type=type, min_count=min_count, limit=limit))


@router.get("/actors", summary="Actor codes by number of events (for picking a dyad)")
def get_actors(request: Request, limit: int = Query(200, ge=1, le=1000)) -> list[dict[str, Any]]:
    return [dict(a) for a in db(request).actor_codes(limit)]


@router.get("/stats", summary="How many articles, events, quotes, amounts and reviews are stored")
def get_stats(request: Request) -> dict[str, int]:
    return db(request).stats()


# ---- exports ----------------------------------------------------------------------------
def _export_lines(state: WebState, eq: EventQuery, fmt: str) -> Iterator[str]:
    """Matching events in ``fmt`` (the writer registry's), review columns included, streamed in keyset pages."""
    lines = FORMATS[fmt].lines
    assert lines is not None
    return lines(state.stores.get().export_events(eq), reviews=True)


@router.get("/export/events.csv", summary="Matching events as CSV (streamed); review_* columns hold the "
                                          "latest analyst verdict beside the machine coding")
def export_csv(request: Request, eq: Filters) -> StreamingResponse:
    return StreamingResponse(_export_lines(web(request), eq, "csv"), media_type="text/csv; charset=utf-8",
                             headers={"content-disposition": 'attachment; filename="events.csv"'})


@router.get("/export/events.jsonl", summary="Matching events as JSON lines (streamed); 'coded_by' says "
                                            "machine, 'review' holds the latest analyst review")
def export_jsonl(request: Request, eq: Filters) -> StreamingResponse:
    return StreamingResponse(_export_lines(web(request), eq, "jsonl"), media_type="application/x-ndjson",
                             headers={"content-disposition": 'attachment; filename="events.jsonl"'})
