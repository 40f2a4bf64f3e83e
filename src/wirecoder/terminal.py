"""Terminal rendering: a story with its coded spans marked, and event tables.

Works on the dict shape of an article (``CodedArticle.to_dict()`` or
``Store.article()``), so a stored article and a freshly coded one look
the same.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

STYLES = {"event": "bold reverse red", "actor": "bold cyan", "quote": "italic green", "amount": "bold magenta",
          "place": "underline yellow", "date": "blue"}


def _actors(actors: list[dict[str, Any]]) -> str:
    return " + ".join(f"{a.get('name') or a.get('text')} ({a.get('country') or '?'}"
                      f"{'/' + a['sector'] if a.get('sector') else ''})" for a in actors) or "-"


def _number(v: Any) -> str:
    """245000000000.0 -> '245,000,000,000'; 68.0 -> '68'; 2.5 -> '2.5'."""
    if v is None:
        return ""
    f = float(v)
    return f"{f:,.0f}" if f.is_integer() else f"{f:,.4g}"


def marked_text(art: dict[str, Any]) -> Text:
    text = Text(art.get("text") or "")
    n = len(text.plain)

    def mark(start: Any, end: Any, style: str) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n:
            text.stylize(style, start, end)

    # Wider spans first, so narrower marks drawn later stay visible inside them.
    for q in art.get("quotes") or []:
        mark(q.get("start"), q.get("end"), STYLES["quote"])
    for e in art.get("entities") or []:
        kind = {"ACTOR": "actor", "PLACE": "place", "DATE": "date"}.get(e.get("label", ""))
        if kind:
            mark(e.get("start"), e.get("end"), STYLES[kind])
    for m in art.get("amounts") or []:
        mark(m.get("start"), m.get("end"), STYLES["amount"])
    for ev in art.get("events") or []:
        t = ev.get("trigger") or {}
        mark(t.get("start"), t.get("end"), STYLES["event"])
    return text


def show_article(art: dict[str, Any], console: Console | None = None) -> None:
    con = console or _console()
    head = art.get("title") or "(untitled)"
    con.rule(f"[bold]{head}")
    meta = [f"id {art.get('id')}"]
    for k in ("published", "wire", "publisher", "url"):
        if art.get(k):
            meta.append(f"{k} {art[k]}")
    con.print("  ".join(meta), style="dim")
    legend = Text("marks: ")
    for kind, style in STYLES.items():
        legend.append(kind, style=style)
        legend.append(" ")
    con.print(legend)
    con.print(marked_text(art))
    events = art.get("events") or []
    if events:
        t = Table(title=f"{len(events)} events", show_lines=False, expand=True)
        for col in ("#", "type", "actor", "recipient", "date", "where", "trigger", "rule"):
            t.add_column(col, overflow="fold")
        for i, e in enumerate(events, 1):
            typ = e["event_type"] + (f"/{e['mode']}" if e.get("mode") else "")
            if e.get("aux_modes"):
                typ += " [" + ",".join(e["aux_modes"]) + "]"
            loc = (e.get("location") or {}).get("name") or ""
            t.add_row(str(i), typ, _actors(e.get("actor") or []), _actors(e.get("recipient") or []),
                      str(e.get("date") or ""), loc, (e.get("trigger") or {}).get("text") or "", e.get("rule") or "")
        con.print(t)
    quotes = art.get("quotes") or []
    if quotes:
        t = Table(title=f"{len(quotes)} quotes", expand=True)
        for col in ("speaker", "kind", "cue", "quote"):
            t.add_column(col, overflow="fold")
        for q in quotes:
            t.add_row(_actors(q.get("speaker") or []), q.get("kind") or "", q.get("cue") or "", q.get("text") or "")
        con.print(t)
    amounts = art.get("amounts") or []
    if amounts:
        t = Table(title=f"{len(amounts)} amounts", expand=True)
        for col in ("amount", "value", "unit", "approx.", "object", "period", "change", "source"):
            t.add_column(col, overflow="fold")
        for m in amounts:
            unit = m.get("currency") or m.get("unit") or ""
            t.add_row(m.get("text") or "", _number(m.get("value")), unit, m.get("approximate") or "",
                      m.get("object") or "", m.get("period") or "", m.get("change") or "", m.get("source") or "")
        con.print(t)
    sources = art.get("sources") or []
    if sources:
        con.print("cited sources: " + "; ".join(f"{s.get('name')} ({s.get('kind')})" for s in sources))


def _console() -> Console:
    import sys

    # A pipe or a log file has no width; 80 columns would fold every row into a tall column.
    return Console() if sys.stdout.isatty() else Console(width=170)


def _told(e: dict[str, Any]) -> str:
    """How often the event's happening was reported: mentions, distinct sources, distinct stories."""
    if "mentions" not in e:
        return ""
    return f"{e['mentions']}m {e['sources']}s {e['articles']}a"


def events_table(items: list[dict[str, Any]], total: int, console: Console | None = None) -> None:
    con = console or _console()
    t = Table(title=f"{len(items)} of {total} events", expand=True)
    for col in ("date", "type", "actor", "recipient", "where", "cameo", "score", "told"):
        t.add_column(col, overflow="fold")
    t.add_column("trigger / evidence", overflow="ellipsis", no_wrap=True, ratio=3)
    for e in items:
        typ = e["event_type"] + (f"/{e['mode']}" if e.get("mode") else "")
        if e.get("review"):
            typ += f" ✓{e['review']['verdict']}"
        trig = (e.get("trigger") or {}).get("text") or ""
        t.add_row(str(e.get("date") or ""), typ, _actors(e["actor"]), _actors(e["recipient"]),
                  (e.get("location") or {}).get("name") or "", e.get("cameo") or "", str(e.get("plover_score")),
                  _told(e),
                  f"[bold]{trig}[/]: {(e.get('evidence') or {}).get('text') or ''}")
    con.print(t)
