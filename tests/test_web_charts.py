"""Chart geometry without a browser: timelines by date precision, axis labels, the network layout."""

from __future__ import annotations

import itertools
import math
import random

from wirecoder.web.charts import axis_labels, series, timeline_chart
from wirecoder.web.network import HEIGHT, WIDTH, network_chart


def row(day: str, precision: str, quad: int, n: int = 1, score: float = 2.5) -> dict:
    return {"period": day, "precision": precision, "quad_class": quad, "count": n, "mean_plover_score": score}


def test_a_year_dated_event_is_not_put_in_a_week():
    rows = [row("2022-01-01", "year", 1), row("2022-11-14", "day", 4, 2, -9.0), row("2022-11-16", "day", 1),
            row("2022-11-01", "month", 3)]
    got = series(rows, "week")
    assert [(p["period"], p["label"], p["total"]) for p in got["series"]] == [("2022-11-14", "week of 2022-11-14", 3)]
    assert [(s["label"], s["precision"], s["end"]) for s in got["spans"]] == [
        ("2022", "year", "2022-12-31"), ("2022-11", "month", "2022-11-30")]
    by_month = series(rows, "month")
    assert [(p["label"], p["total"]) for p in by_month["series"]] == [("2022-11", 4)]
    assert [s["label"] for s in by_month["spans"]] == ["2022"]


def test_the_chart_draws_coarse_events_as_bands_across_their_period():
    got = series([row("2022-01-01", "year", 1), row("2022-06-15", "day", 1), row("2022-09-15", "day", 4)], "week")
    chart = timeline_chart(got["series"], "week", got["spans"])
    (band,) = chart.spans
    xs = [b["x"] for b in chart.bars]
    assert band["x"] <= min(xs) and band["x"] + band["w"] >= max(xs)  # the year covers both weeks
    assert band["y"] > chart.bars_bottom and chart.score_top > band["y"] + band["h"]


def test_axis_labels_never_touch():
    marks = [(x, f"2025-01-{i:02d}") for i, x in enumerate([50, 60, 75, 300, 320, 600, 880, 895], 1)]
    got = axis_labels(marks, 4, 916)
    assert got[0]["text"] == "2025-01-01" and got[-1]["text"] == "2025-01-08"
    for a, b in itertools.pairwise(got):
        assert a["x1"] + 10 <= b["x0"]
    assert all(lab["x0"] >= 4 and lab["x1"] <= 916 for lab in got)


def synthetic_net(n_actors: int, n_edges: int, seed: int = 3) -> dict:
    rng = random.Random(seed)
    codes = [f"A{i:02d}" for i in range(n_actors)]
    pairs = {}
    for _ in range(n_edges):
        a, b = rng.sample(codes[: max(3, int(rng.paretovariate(1.2) * 3)) % n_actors + 2], 2)
        pairs[(a, b)] = pairs.get((a, b), 0) + rng.randint(1, 40)
    edges = [{"source": a, "target": b, "count": n, "mean_plover_score": rng.uniform(-10, 10)}
             for (a, b), n in sorted(pairs.items(), key=lambda kv: -kv[1])]
    counts: dict[str, int] = {}
    for e in edges:
        for k in (e["source"], e["target"]):
            counts[k] = counts.get(k, 0) + e["count"]
    return {"nodes": [{"id": k, "events": v} for k, v in sorted(counts.items(), key=lambda kv: -kv[1])],
            "edges": edges}


def test_network_layout_keeps_circles_apart_and_inside():
    for top in (5, 20, 40):
        net = synthetic_net(60, 600)
        chart = network_chart(net, top=top)
        nodes = chart["nodes"]
        assert len(nodes) == min(top, len(net["nodes"]))
        for a, b in itertools.combinations(nodes, 2):
            assert math.hypot(a["x"] - b["x"], a["y"] - b["y"]) >= a["r"] + b["r"], (top, a["id"], b["id"])
        assert all(n["r"] <= n["x"] <= WIDTH - n["r"] and n["r"] <= n["y"] <= HEIGHT - n["r"] for n in nodes)
        kept = {n["id"] for n in nodes}
        assert all(e["source"] in kept and e["target"] in kept for e in chart["edges"])
    assert network_chart(synthetic_net(60, 600)) == network_chart(synthetic_net(60, 600))  # seeded: stable


def test_network_around_one_actor():
    net = synthetic_net(30, 200)
    chart = network_chart(net, top=10, actor="A01")
    assert chart["nodes"][0]["id"] == "A01"
    assert all("A01" in (e["source"], e["target"]) for e in chart["edges"])
    assert network_chart(net, actor="ZZZ")["nodes"] == []
