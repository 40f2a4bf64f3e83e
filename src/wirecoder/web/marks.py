"""The story text with every coded span marked, as safe HTML.

Spans come from offsets into the article's clean text: event triggers,
actors, places, dates, quotes and amounts. They overlap freely (a quote
holds actors; "Moscow" is both a place and an actor), but HTML elements must
nest. So the text is cut at every span boundary into segments, and each
segment is wrapped in the spans that cover it, outermost first; a span that
crosses another's edge is closed and reopened, giving two elements that
carry the same attributes (``data-part="cont"`` on the continuation).

All text and attribute values are escaped here; the result is Markup.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from ..display import number, word_span

# Which kind sits outside when two spans cover exactly the same words.
KIND_ORDER = {"quote": 0, "event": 1, "amount": 2, "place": 3, "actor": 4, "date": 5}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    attrs: tuple[tuple[str, str], ...] = field(default=())

    def sort_key(self) -> tuple[int, int, int, tuple[tuple[str, str], ...]]:
        return (self.start, -self.end, KIND_ORDER.get(self.kind, 9), self.attrs)


def _actor_title(a: dict[str, Any]) -> str:
    bits = [a.get("name") or a.get("text") or "", a.get("country") or "", a.get("sector") or ""]
    return " · ".join(b for b in bits if b)


def dyad_label(e: dict[str, Any]) -> str:
    """'RUS, CHN → UKR'; one side alone when the other is unknown ('RUS, CHN'; '→ UKR')."""
    who = ", ".join(a.get("country") or a.get("name") or "" for a in e.get("actor") or [])
    whom = ", ".join(a.get("country") or a.get("name") or "" for a in e.get("recipient") or [])
    if who and whom:
        return f"{who} → {whom}"
    return who or (f"→ {whom}" if whom else "no actor named")


def spans_of(article: dict[str, Any]) -> list[Span]:
    """Every markable span of a stored article (as returned by Store.article)."""
    spans: set[Span] = set()
    for e in article.get("events") or []:
        t = e.get("trigger") or {}
        if t.get("start") is not None and t.get("end") is not None:
            what = f"{e['event_type']} {e.get('mode') or ''}".strip()
            title = f"{what}: {dyad_label(e)}"
            spans.add(Span(t["start"], t["end"], "event",
                           (("data-event-id", e["event_id"]), ("title", title))))
        for role in ("actor", "recipient"):
            for a in e.get(role) or []:
                if (a.get("start") or -1) >= 0:
                    spans.add(Span(a["start"], a["end"], "actor",
                                   (("data-country", a.get("country") or ""), ("title", _actor_title(a)))))
    for ent in article.get("entities") or []:
        kind = {"ACTOR": "actor", "PLACE": "place", "DATE": "date"}.get(ent.get("label") or "")
        if not kind:
            continue
        attrs: tuple[tuple[str, str], ...]
        if kind == "actor":
            attrs = (("data-country", ent.get("country") or ""), ("title", _actor_title(ent)))
        elif kind == "place":
            attrs = (("data-country", ent.get("country") or ""),
                     ("title", f"{ent.get('name') or ent['text']} ({ent.get('country') or '?'})"))
        else:
            attrs = (("title", ent.get("value") or ""),)
        spans.add(Span(ent["start"], ent["end"], kind, attrs))
    for q in article.get("quotes") or []:
        speaker = ", ".join(s.get("name") or "" for s in q.get("speaker") or []) or "unknown speaker"
        title = f"{q.get('kind') or 'quote'}: {speaker}"
        spans.add(Span(q["start"], q["end"], "quote", (("data-quote-id", q["quote_id"]), ("title", title))))
    for m in article.get("amounts") or []:
        bits = (number(m.get("value")), m.get("currency") or m.get("unit"), m.get("object"))
        what = " ".join(str(x) for x in bits if x)
        spans.add(Span(m["start"], m["end"], "amount", (("data-amount-id", m["amount_id"]), ("title", what))))
    return _dedupe(spans)


def _dedupe(spans: set[Span]) -> list[Span]:
    """One span per (kind, start, end): an event's actor is usually also an entity; keep the first seen."""
    seen: dict[tuple[str, int, int], Span] = {}
    for s in sorted(spans, key=Span.sort_key):
        seen.setdefault((s.kind, s.start, s.end), s)
    return sorted(seen.values(), key=Span.sort_key)


def _on_words(text: str, span: Span) -> Span:
    """A span pulled in to its words (no trailing space or comma in the box)."""
    if span.kind == "quote":  # its quotation marks belong to it; spaces around it do not
        lo, hi = span.start, span.end
        while lo < hi and text[hi - 1].isspace():
            hi -= 1
        while lo < hi and text[lo].isspace():
            lo += 1
    else:
        lo, hi = word_span(text, span.start, span.end)
    return span if (lo, hi) == (span.start, span.end) else Span(lo, hi, span.kind, span.attrs)


def _open(span: Span, cont: bool) -> str:
    # <mark>, never <a>: two triggers can overlap and anchors must not nest. Event marks are
    # focusable, and app.js takes a click or Enter on one to its card in the panel.
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in span.attrs)
    extra = ' tabindex="0"' if span.kind == "event" and not cont else ""
    part = ' data-part="cont"' if cont else ""
    return f'<mark class="m m-{span.kind}" data-kind="{span.kind}"{attrs}{extra}{part}>'


def _close(span: Span) -> str:
    return "</mark>"


def mark_text(text: str, spans: list[Span]) -> Markup:
    """``text`` as HTML with ``spans`` marked, properly nested; everything escaped."""
    n = len(text)
    good = [_on_words(text, s) for s in spans if 0 <= s.start < s.end <= n]
    good = [s for s in good if s.start < s.end]
    if not good:
        return Markup(escape(text))
    cuts = sorted({0, n, *(s.start for s in good), *(s.end for s in good)})
    out: list[str] = []
    stack: list[Span] = []
    opened: set[Span] = set()
    for lo, hi in itertools.pairwise(cuts):
        active = [s for s in good if s.start <= lo and s.end >= hi]
        active.sort(key=Span.sort_key)
        # Keep the longest prefix of open elements that is still valid; close the rest.
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(_close(stack.pop()))
        for s in active[keep:]:
            out.append(_open(s, cont=s in opened))
            opened.add(s)
            stack.append(s)
        out.append(str(escape(text[lo:hi])))
    while stack:
        out.append(_close(stack.pop()))
    return Markup("".join(out))


def evidence_html(event: dict[str, Any]) -> Markup:
    """The evidence sentence with the trigger words in bold (escaped)."""
    ev = event.get("evidence") or {}
    text = ev.get("text") or ""
    t = event.get("trigger") or {}
    lo = (t.get("start") or 0) - (ev.get("start") or 0)
    hi = (t.get("end") or 0) - (ev.get("start") or 0)
    if not (0 <= lo < hi <= len(text)):
        return Markup(escape(text))
    lo, hi = word_span(text, lo, hi)
    return Markup(f"{escape(text[:lo])}<b class=\"trig\">{escape(text[lo:hi])}</b>{escape(text[hi:])}")
