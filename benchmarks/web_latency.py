"""Latency of the HTTP API over a database of 100,000 events.

Builds a database of synthetic coded events (inserted in bulk through the
store's tables, SQLite or PostgreSQL: about 60 countries with a skewed spread,
three years of dates, the real PLOVER types, quad classes and scores),
starts the real app under uvicorn on a free port, and prints p50/p95/max
latencies of the event queries (filters, dyads, deep pages), the dyad
timeline, the network and the article list.

    python benchmarks/web_latency.py [--events 100000] [--repeat 20] [--db PATH_OR_URL]

It prints numbers and never fails; "well under a second" is the target.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import insert

from wirecoder.lexicon import read_tsv
from wirecoder.store import tables
from wirecoder.store.base import open_store
from wirecoder.web import create_app

# Sixty countries, busiest first (their share of events falls off like 1/rank).
_CODES = ("USA RUS CHN UKR ISR IRN GBR FRA DEU IND PAK TUR SAU SYR IRQ AFG PRK KOR JPN TWN EGY QAT ARE BRA "
          "MEX VEN COL ARG CAN AUS IDN PHL VNM THA MMR BGD LKA NGA ETH KEN SDN SSD SOM LBY DZA MAR ZAF POL "
          "HUN SRB BLR GEO ARM AZE KAZ ITA ESP NLD BEL SWE")
_WORDS = ("talks sanctions troops ceasefire summit aid drones border trade envoy protest missile election "
          "grain energy pipeline refugees tariffs visit accord")
COUNTRIES = tuple(_CODES.split())
WORDS = tuple(_WORDS.split())
START = date(2023, 1, 1)
DAYS = 3 * 365


def build(db: str | Path, n_events: int, per_article: int = 5, seed: int = 7) -> None:
    """Fill the database at ``db`` (a path or URL) with synthetic articles, events and actors, in bulk."""
    rng = random.Random(seed)
    types = [(t, m, int(q), float(s)) for t, m, q, s in read_tsv("events/plover.tsv", 4)]
    weights = [1 / (i + 1) ** 0.9 for i in range(len(COUNTRIES))]  # a few countries make most news
    articles, events, actors = [], [], []
    for a in range(n_events // per_article):
        aid = f"a{a:07d}"
        day = START + timedelta(days=rng.randrange(DAYS))
        words = " ".join(rng.choices(WORDS, k=12))
        text = f"Synthetic story {a} about {words}."
        articles.append({"id": aid, "title": f"Story {a}: {words[:40]}", "url": None, "published": day.isoformat(),
                         "publisher": "Synthetic Wire", "wire": None, "origin": "bench", "text": text, "meta": {},
                         "content_hash": f"h{a}", "coder_version": "bench", "coded_at": "2025-01-01T00:00:00Z",
                         "n_events": per_article})
        for k in range(per_article):
            eid = f"e{a:07d}{k}"
            t, mode, quad, score = rng.choice(types)
            src, dst = rng.choices(COUNTRIES, weights=weights, k=2)
            ev_day = day - timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            evidence = {"sentence": k, "start": 0, "end": len(text), "text": text}
            events.append({"event_id": eid, "article_id": aid, "event_type": t, "mode": mode, "context": [],
                           "aux_modes": [], "date": ev_day.isoformat(), "date_precision": "day", "location": None,
                           "location_name": None, "location_country": None, "cameo": "040", "goldstein": 1.0,
                           "quad_class": quad, "plover_score": score, "trigger_text": "talks", "trigger_start": 10,
                           "trigger_end": 15, "evidence": evidence, "evidence_text": text, "confidence": 0.8,
                           "rule": "synthetic", "quote_ids": [], "amount_ids": [], "actor_label": src,
                           "recipient_label": dst if dst != src else ""})
            actors.append({"event_id": eid, "role": "actor", "idx": 0, "text": src, "name": src, "country": src,
                           "sector": "GOV", "kind": "country", "start_char": 0, "end_char": 3})
            if dst != src:
                actors.append({"event_id": eid, "role": "recipient", "idx": 0, "text": dst, "name": dst,
                               "country": dst, "sector": "GOV", "kind": "country", "start_char": 5, "end_char": 8})
    store = open_store(str(db))
    with store.engine.begin() as conn:  # bulk rows straight into the tables (the benchmark's shortcut)
        for table, rows in ((tables.articles, articles), (tables.events, events), (tables.event_actors, actors)):
            for i in range(0, len(rows), 10_000):
                conn.execute(insert(table), rows[i:i + 10_000])
    store.close()


QUERIES = [
    ("events, no filter", "/api/events"),
    ("events, dyad RUS,CHN", "/api/events?dyad=RUS,CHN"),
    ("events, dyad USA,IRN", "/api/events?dyad=USA,IRN"),
    ("events, actor + type", "/api/events?actor=USA&type=ASSAULT"),
    ("events, quad + dates", "/api/events?quad_class=4&since=2024-01-01&until=2024-06-30"),
    ("events, text q", "/api/events?q=ceasefire"),
    ("events, page 100", "/api/events?page=100&per_page=50"),
    ("events, page 1000", "/api/events?page=1000&per_page=50"),
    ("events, last page", "/api/events?page=2000&per_page=50"),
    ("events, dyad page 20", "/api/events?dyad=RUS,CHN&page=20&per_page=20"),
    ("timeline RUS-CHN day", "/api/dyads/RUS/CHN/timeline"),
    ("timeline RUS-CHN week", "/api/dyads/RUS/CHN/timeline?bucket=week"),
    ("timeline USA-ISR month", "/api/dyads/USA/ISR/timeline?bucket=month"),
    ("network", "/api/network"),
    ("network, one year", "/api/network?since=2024-01-01&until=2024-12-31"),
    ("articles", "/api/articles"),
    ("articles, page 300", "/api/articles?page=300"),
    ("articles, q", "/api/articles?q=pipeline"),
    ("articles, actor", "/api/articles?actor=UKR"),
    ("page: dyad RUS-CHN", "/dyads/RUS/CHN"),
    ("page: story list", "/"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(base: str, repeat: int) -> list[tuple[str, float, float, float, int]]:
    out = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for label, path in QUERIES:
            for _ in range(2):  # warm the page cache and the connection
                client.get(path)
            times = []
            status = 0
            for _ in range(repeat):
                t0 = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                status = r.status_code
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            out.append((label, statistics.median(times), p95, times[-1], status))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--db", help="reuse or keep the database here, a path or a postgresql:// URL "
                                 "(default: a temporary file)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = args.db or str(Path(tmp.name) / "bench.db")
    with open_store(path) as store:
        empty = store.stats()["events"] == 0
    if empty:
        t0 = time.perf_counter()
        build(path, args.events)
        print(f"built {path} with {args.events:,} events in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    app = create_app(path, token="bench-token")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        rows = measure(f"http://127.0.0.1:{port}", args.repeat)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print(f"{'query':<26}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  status")
    for label, p50, p95, worst, status in rows:
        print(f"{label:<26}{p50:>9.1f}{p95:>9.1f}{worst:>9.1f}  {status}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
