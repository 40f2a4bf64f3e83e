"""SQLite against PostgreSQL: the same corpus ingested into each, then the web API's heaviest queries.

Makes a synthetic corpus of coded articles (the spread of benchmarks/web_latency.py: about 60
countries, busiest first, three years of dates, the real PLOVER types; five events per article,
each with its actors), saves every article through ``Store.save`` (one transaction per article,
as ``wirecoder ingest`` does) into a new SQLite file and a new PostgreSQL database, then starts
the real app under uvicorn over each and prints p50/p95 latencies of the API's heaviest queries.
PostgreSQL gets a VACUUM ANALYZE after the load (autovacuum's job on a live server; right after a
bulk load its statistics are empty and plans poor); SQLite is queried as ingest left it.

    python benchmarks/store_backends.py --postgres postgresql://USER@HOST:PORT/postgres \\
        [--events 100000] [--repeat 10]

The PostgreSQL URL names a server on which the benchmark may create (and afterwards drops) a
database. It prints numbers and never fails.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import uvicorn
from sqlalchemy.engine import make_url
from web_latency import COUNTRIES, DAYS, QUERIES, START, WORDS, free_port, measure

from wirecoder.lexicon import read_tsv
from wirecoder.model import Actor, Article, CodedArticle, Event, Evidence, Span, stable_id
from wirecoder.store.base import open_store
from wirecoder.web import create_app

HEAVIEST = {"events, dyad RUS,CHN", "events, actor + type", "events, text q", "events, last page",
            "events, dyad page 20", "timeline RUS-CHN week", "network", "network, one year", "articles, q",
            "articles, actor", "page: dyad RUS-CHN", "events, no filter", "articles, page 300"}


def corpus(n_events: int, per_article: int = 5, seed: int = 7) -> Iterator[CodedArticle]:
    rng = random.Random(seed)
    types = [(t, m, int(q), float(s)) for t, m, q, s in read_tsv("events/plover.tsv", 4)]
    weights = [1 / (i + 1) ** 0.9 for i in range(len(COUNTRIES))]
    for a in range(n_events // per_article):
        aid = f"a{a:07d}"
        day = START + timedelta(days=rng.randrange(DAYS))
        words = " ".join(rng.choices(WORDS, k=12))
        text = f"Synthetic story {a} about {words}."
        events = []
        for k in range(per_article):
            t, mode, quad, score = rng.choice(types)
            src, dst = rng.choices(COUNTRIES, weights=weights, k=2)
            ev_day = day - timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            recipient = [Actor(dst, dst, dst, "GOV", "country", 5, 8)] if dst != src else []
            events.append(Event(
                event_id=stable_id(aid, k), article_id=aid, event_type=t, mode=mode, context=[], aux_modes=[],
                actor=[Actor(src, src, src, "GOV", "country", 0, 3)], recipient=recipient,
                date=ev_day.isoformat(), date_precision="day", location=None, cameo="040", goldstein=1.0,
                quad_class=quad, plover_score=score, trigger=Span("talks", 10, 15),
                evidence=Evidence(k, 0, len(text), text), confidence=0.8, rule="synthetic"))
        art = Article(id=aid, text=text, title=f"Story {a}: {words[:40]}", published=day.isoformat(),
                      publisher="Synthetic Wire", origin="bench")
        yield CodedArticle(article=art, events=events, coder_version="bench")


def ingest(url: str, n_events: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    with open_store(url) as store:
        n = sum(1 for coded in corpus(n_events) if store.save(coded) == "new")
    return time.perf_counter() - t0, n


def vacuum_analyze(url: str) -> None:
    """What autovacuum does on a live server a little after a bulk load: fresh statistics, a visibility map."""
    with psycopg.connect(url, autocommit=True) as c:
        c.execute("VACUUM ANALYZE")


def latencies(url: str, repeat: int) -> dict[str, tuple[float, float, int]]:
    app = create_app(url, token="bench-token")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        rows = measure(f"http://127.0.0.1:{port}", repeat)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return {label: (p50, p95, status) for label, p50, p95, _worst, status in rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--postgres", required=True, help="postgresql://USER@HOST:PORT/DB of a server to use")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    server = make_url(args.postgres)
    name = f"wc_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.postgres.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    backends = {"SQLite": str(Path(tmp.name) / "bench.db"),
                "PostgreSQL": server.set(database=name).render_as_string(hide_password=False)}
    results: dict[str, dict[str, tuple[float, float, int]]] = {}
    try:
        for label, url in backends.items():
            seconds, n = ingest(url, args.events)
            print(f"{label:<11} ingest {n:,} articles ({args.events:,} events) through Store.save: {seconds:.1f}s "
                  f"({n / seconds:,.0f} articles/s)", file=sys.stderr)
            if label == "PostgreSQL":
                vacuum_analyze(url)
            results[label] = latencies(url, args.repeat)
    finally:
        with psycopg.connect(args.postgres.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        tmp.cleanup()
    print(f"{'query':<26}{'SQLite p50':>11}{'p95':>8}{'PostgreSQL p50':>16}{'p95':>8}  (ms)")
    for label, _path in QUERIES:
        if label not in HEAVIEST:
            continue
        (a50, a95, sa), (b50, b95, sb) = results["SQLite"][label], results["PostgreSQL"][label]
        flag = "" if sa == sb == 200 else f"  status {sa}/{sb}"
        print(f"{label:<26}{a50:>11.1f}{a95:>8.1f}{b50:>16.1f}{b95:>8.1f}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
