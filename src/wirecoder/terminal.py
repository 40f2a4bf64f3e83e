"""Terminal rendering: a story with its coded spans marked, and event tables.

Works on the dict shape of an article (``CodedArticle.to_dict()`` or
``Store.article()``), so a stored article and a freshly coded one look
the same.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .display import date_label, number, snippet, word_span

STYLES = {"event": "bold reverse red", "actor": "bold cyan", "quote": "italic green", "amount": "bold magenta",
          "place": "underline yellow", "date": "blue"}


def _actors(actors: list[dict[str, Any]]) -> str:
    return " + ".join(f"{a.get('name') or a.get('text')} ({a.get('country') or '?'}"
                      f"{'/' + a['sector'] if a.get('sector') else ''})" for a in actors) or "-"


# "told": how often the happening was reported (mentions, sources, articles), when the store counts them
WIDTHS = {"date": 16, "type": 20, "actor → recipient": 25, "place": 8, "trigger": 14, "told": 7}  # 90 + padding
AUX_SHORT = {"negation": "not", "future": "fut", "hypothetical": "if", "historical": "past"}


def _short(a: dict[str, Any]) -> str:
    """One actor in a few characters: USA/GOV, NATO, Suu Kyi."""
    country = a.get("country") or ""
    if country and country not in ("IGO", "NGO", "IMG"):
        return country + (f"/{a['sector']}" if a.get("sector") else "")
    return a.get("name") or a.get("text") or country or "?"


def dyad_words(e: dict[str, Any]) -> str:
    """'USA/GOV → MMR/MIL'; one side alone when the other is unknown ('USA + CHN', '→ NER')."""
    who = " + ".join(_short(a) for a in e.get("actor") or [])
    whom = " + ".join(_short(a) for a in e.get("recipient") or [])
    if who and whom:
        return f"{who} → {whom}"
    return who or (f"→ {whom}" if whom else "?")


def event_date(e: dict[str, Any]) -> str:
    return date_label(e.get("date"), e.get("date_precision"))


def marked_text(art: dict[str, Any]) -> Text:
    text = Text(art.get("text") or "")
    n = len(text.plain)

    def mark(start: Any, end: Any, style: str) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n:
            lo, hi = (start, end) if style == STYLES["quote"] else word_span(text.plain, start, end)
            if lo < hi:
                text.stylize(style, lo, hi)

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
                      event_date(e), loc, (e.get("trigger") or {}).get("text") or "", e.get("rule") or "")
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
            t.add_row(m.get("text") or "", number(m.get("value")), unit, m.get("approximate") or "",
                      m.get("object") or "", m.get("period") or "", m.get("change") or "", m.get("source") or "")
        con.print(t)
    sources = art.get("sources") or []
    if sources:
        con.print("cited sources: " + "; ".join(f"{s.get('name')} ({s.get('kind')})" for s in sources))


def _console(width: int = 170) -> Console:
    import sys

    # A pipe or a log file has no width; 80 columns would fold every row into a tall column.
    return Console() if sys.stdout.isatty() else Console(width=width)


def _told(e: dict[str, Any]) -> str:
    """How often the event's happening was reported: mentions, distinct sources, distinct stories."""
    if "mentions" not in e:
        return ""
    return f"{e['mentions']}m{e['sources']}s{e['articles']}a"


def events_table(items: list[dict[str, Any]], total: int, console: Console | None = None) -> None:
    """One line per event: date (with its precision), type, actor → recipient, place, trigger words."""
    con = console or _console(100)
    shown = f"{len(items)} of {total} events, newest first (--limit for more)" if total > len(items) \
        else f"{total} event{'' if total == 1 else 's'}"
    t = Table(title=shown, box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    for name, width in WIDTHS.items():
        t.add_column(name, no_wrap=True, overflow="ellipsis", max_width=width)
    for e in items:
        typ = e["event_type"] + (f"/{e['mode']}" if e.get("mode") else "")
        if e.get("aux_modes"):
            typ += " (" + ",".join(AUX_SHORT.get(a, a) for a in e["aux_modes"]) + ")"
        if e.get("review"):
            typ += f" ✓{e['review']['verdict']}"
        day = event_date(e).replace("week of ", "wk of ") or "undated"
        # Each cell cut here, at a word, to its column's width: the table fits 100 columns and rich
        # never has to cut a word in half.
        cells = [day, typ, dyad_words(e), (e.get("location") or {}).get("name"), (e.get("trigger") or {}).get("text"),
                 _told(e)]
        t.add_row(*(snippet(c, w) for c, w in zip(cells, WIDTHS.values(), strict=True)))
    con.print(t)
