"""Chart geometry, computed here and drawn as inline SVG by the templates.

No charting library and no JavaScript: the server works out every bar,
point and line, and the template writes them out (escaped like any other
field). Each data point carries ``data-*`` attributes and an SVG <title>, so
the chart explains itself on hover and tests can read it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
BUCKET_DAYS = {"day": 1, "week": 7, "month": 30.44}


def choose_bucket(first: str | None, last: str | None) -> str:
    """Days for a few months of events, weeks up to about three years, months beyond."""
    if not first or not last:
        return "day"
    span = (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    return "day" if span <= 120 else "week" if span <= 1100 else "month"


def series(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Store timeline rows (one per period and quad class) -> one record per period."""
    by: dict[str, dict[str, Any]] = {}
    for r in rows:
        p = by.setdefault(r["period"], {"period": r["period"], "counts": {1: 0, 2: 0, 3: 0, 4: 0},
                                        "_score": 0.0})
        q = int(r["quad_class"] or 0)
        if q in p["counts"]:
            p["counts"][q] += r["count"]
        p["_score"] += r["count"] * r["mean_plover_score"]
    out = []
    for p in sorted(by.values(), key=lambda p: p["period"]):
        c = p["counts"]
        total = sum(c.values())
        out.append({"period": p["period"], "counts": {str(k): v for k, v in c.items()},
                    "cooperation": c[1] + c[2], "conflict": c[3] + c[4], "total": total,
                    "mean_plover_score": round(p["_score"] / total, 3) if total else 0.0})
    return out


@dataclass
class Timeline:
    width: int = 920
    height: int = 384
    bars: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    line: str = ""
    xlabels: list[dict[str, Any]] = field(default_factory=list)
    ylabels: list[dict[str, Any]] = field(default_factory=list)
    zero_y: float = 0.0
    score_zero_y: float = 0.0
    score_top: float = 0.0
    score_bottom: float = 0.0
    left: int = 48
    right: int = 900
    top: int = 20
    bars_bottom: int = 236
    bucket: str = "day"


def timeline_chart(points: list[dict[str, Any]], bucket: str) -> Timeline:
    """Diverging stacked bars (cooperation up, conflict down) over a mean-score line strip."""
    t = Timeline(bucket=bucket)
    if not points:
        return t
    left, right, top, bars_bottom = t.left, t.right, t.top, t.bars_bottom
    t.score_top, t.score_bottom = 282.0, 350.0
    days = [date.fromisoformat(p["period"][:10]).toordinal() for p in points]
    lo, hi = min(days), max(days)
    step = BUCKET_DAYS[bucket]
    slots = max(1.0, (hi - lo) / step + 1)
    bw = max(1.5, min(28.0, (right - left) / slots * 0.8))
    span = max(hi - lo, 1)

    def x_of(d: int) -> float:
        return left + bw / 2 + (d - lo) / span * (right - left - bw) if hi > lo else (left + right) / 2

    peak = max(max(p["cooperation"], p["conflict"]) for p in points) or 1
    half = (bars_bottom - top) / 2
    t.zero_y = top + half
    unit = half / peak
    for p, d in zip(points, days, strict=True):
        x = x_of(d) - bw / 2
        up, down = t.zero_y, t.zero_y
        for q in (2, 1):  # material cooperation sits on the axis, verbal above it
            n = p["counts"][str(q)]
            if n:
                up -= n * unit
                t.bars.append(_bar(x, up, bw, n * unit, p["period"], q, n))
        for q in (4, 3):
            n = p["counts"][str(q)]
            if n:
                t.bars.append(_bar(x, down, bw, n * unit, p["period"], q, n))
                down += n * unit
    score_mid = (t.score_top + t.score_bottom) / 2
    t.score_zero_y = score_mid
    sy = (t.score_bottom - t.score_top) / 20  # PLOVER scores run from -10 to +10
    for p, d in zip(points, days, strict=True):
        t.points.append({"x": round(x_of(d), 1), "y": round(score_mid - p["mean_plover_score"] * sy, 1),
                         "period": p["period"], "score": p["mean_plover_score"], "total": p["total"]})
    t.line = " ".join(f"{pt['x']},{pt['y']}" for pt in t.points)
    t.ylabels = [{"y": round(t.zero_y - half, 1), "text": str(peak)}, {"y": round(t.zero_y, 1), "text": "0"},
                 {"y": round(t.zero_y + half, 1), "text": str(peak)}]
    every = max(1, math.ceil(len(points) / 6))
    shown = list(range(0, len(points), every))
    if shown[-1] != len(points) - 1 and len(points) > 1:
        shown[-1] = len(points) - 1
    # The end labels are anchored inwards so they are not cut off at the edges.
    def anchor(i: int) -> str:
        if len(shown) == 1:
            return "middle"
        return "start" if i == shown[0] else "end" if i == shown[-1] else "middle"

    t.xlabels = [{"x": round(x_of(days[i]), 1), "text": points[i]["period"], "anchor": anchor(i)}
                 for i in shown]
    return t


def _bar(x: float, y: float, w: float, h: float, period: str, quad: int, n: int) -> dict[str, Any]:
    return {"x": round(x, 1), "y": round(y, 1), "w": round(w, 1), "h": round(max(h, 0.5), 1),
            "period": period, "quad": quad, "count": n, "label": QUAD_NAMES[quad]}


def score_colour(score: float) -> str:
    """Blue for cooperation, red for conflict, grey near zero (PLOVER -10..+10)."""
    s = max(-10.0, min(10.0, score)) / 10
    if s >= 0:
        return f"rgb({int(200 - 170 * s)},{int(200 - 100 * s)},{int(200 + 40 * s)})"
    return f"rgb({int(200 + 20 * -s)},{int(200 - 160 * -s)},{int(200 - 160 * -s)})"


def network_chart(net: dict[str, Any], max_nodes: int = 24, size: int = 560) -> dict[str, Any]:
    """Nodes on a circle (busiest first), directed edges between the ones shown."""
    nodes = net["nodes"][:max_nodes]
    keep = {n["id"] for n in nodes}
    c, r = size / 2, size / 2 - 48
    top = max((n["events"] for n in nodes), default=1)
    pos: dict[str, tuple[float, float]] = {}
    drawn_nodes = []
    for i, n in enumerate(nodes):
        a = 2 * math.pi * i / max(len(nodes), 1) - math.pi / 2
        x, y = c + r * math.cos(a), c + r * math.sin(a)
        pos[n["id"]] = (x, y)
        drawn_nodes.append({"id": n["id"], "events": n["events"], "x": round(x, 1), "y": round(y, 1),
                            "r": round(5 + 13 * math.sqrt(n["events"] / top), 1),
                            "lx": round(c + (r + 26) * math.cos(a), 1),
                            "ly": round(c + (r + 26) * math.sin(a) + 4, 1)})
    edges = [e for e in net["edges"] if e["source"] in keep and e["target"] in keep]
    most = max((e["count"] for e in edges), default=1)
    drawn_edges = []
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        # Bend each edge a little to its right, so A->B and B->A do not overlap.
        mx, my = (x1 + x2) / 2 + (y2 - y1) * 0.08, (y1 + y2) / 2 - (x2 - x1) * 0.08
        drawn_edges.append({**e, "d": f"M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}",
                            "width": round(0.8 + 5 * math.sqrt(e["count"] / most), 1),
                            "colour": score_colour(e["mean_plover_score"])})
    return {"size": size, "nodes": drawn_nodes, "edges": drawn_edges}
