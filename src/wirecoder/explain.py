"""``wirecoder explain``: how one sentence is parsed and coded, rule by rule."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .config import Config
from .errors import InputError


def explain(sentence: str, date: str | None = None, console: Console | None = None) -> None:
    from .pipeline import Coder

    con = console or Console()
    from .pipeline import article_from_text

    art = article_from_text(sentence, "sentence", date=date, id="explain")
    if isinstance(art, InputError):
        con.print(f"[red]{art.reason}")
        return
    coder = Coder(Config(default_date=date))
    doc = coder.parse(art, trace=True)
    for n, sent in enumerate(doc.sents):
        con.rule(f"sentence {n}: {sent.text[:80]}")
        t = Table(title="parse", expand=False)
        for col in ("i", "word", "lemma", "pos", "dep", "head", "entity"):
            t.add_column(col)
        for tok in sent:
            t.add_row(str(tok.i), tok.text, tok.lemma_, tok.pos_, tok.dep_, f"{tok.head.text} ({tok.head.i})",
                      tok.ent_type_ or "")
        con.print(t)
        mentions = [m for m in doc._.wc_mentions or [] if sent.start <= m.start < sent.end]
        if mentions:
            con.print("[bold]actors found:")
            for m in mentions:
                a = m.actor
                con.print(f"  '{a.text}' -> {a.name} country={a.country or '?'} sector={a.sector or '-'} ({a.kind})")
        corefs = {i: v for i, v in (doc._.wc_coref or {}).items() if sent.start <= i < sent.end}
        for i, actors in corefs.items():
            con.print(f"  '{doc[i].text}' refers to " + " + ".join(f"{a.name} ({a.country})" for a in actors))
        trace = [line for i, line in doc._.wc_event_trace or [] if i == sent.start]
        con.print("[bold]rules:" if trace else "[bold]rules:[/] no word of this sentence is in the event lexicon")
        for line in trace:
            style = "green" if ": EVENT " in line else "dim"
            con.print(f"  [{style}]{line}")
    con.rule("events after merging repeated mentions")
    for e in doc._.wc_events or []:
        actors = " + ".join(f"{a.name} ({a.country})" for a in e.actor) or "-"
        recips = " + ".join(f"{a.name} ({a.country})" for a in e.recipient) or "-"
        aux = f" [{', '.join(e.aux_modes)}]" if e.aux_modes else ""
        where = f", in {e.location.name} ({e.location.country})" if e.location else ""
        con.print(f"  {e.event_type}{'/' + e.mode if e.mode else ''}{aux}: {actors} -> {recips}; "
                  f"CAMEO {e.cameo}, date {e.date}{where}, trigger '{e.trigger.text}'; rule: {e.rule}")
