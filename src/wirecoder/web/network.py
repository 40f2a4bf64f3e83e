"""The actor network as a picture an analyst can read: which actors, where, and which lines.

The store gives directed actor -> recipient edges with event counts and mean
PLOVER scores. Here the busiest actors are kept (``top``), a force-directed
layout from networkx places them (pairs with many events pull together), the
circles are pushed apart until none overlaps another, and each line is cut
back to the rim of the circles so its arrowhead shows. Everything is computed
on the server; the template writes it out as SVG.
"""

from __future__ import annotations

import math
from typing import Any

from .charts import score_colour

WIDTH, HEIGHT, MARGIN = 1100, 620, 34
R_MIN, R_MAX, GAP = 14.0, 30.0, 34.0  # GAP: room between circles for a line and its arrowhead


Rows = list[dict[str, Any]]


def select(net: dict[str, Any], top: int, actor: str | None = None) -> tuple[Rows, Rows]:
    """The ``top`` busiest actors (with ``actor``, it and its partners) and the edges among them."""
    edges = net["edges"]
    if actor:
        edges = [e for e in edges if actor in (e["source"], e["target"])]
    counts: dict[str, int] = {}
    for e in edges:
        for k in (e["source"], e["target"]):
            counts[k] = counts.get(k, 0) + e["count"]
    ranked = sorted(counts.items(), key=lambda kv: (kv[0] != actor, -kv[1], kv[0]))[:top]
    keep = {k for k, _ in ranked}
    nodes = [{"id": k, "events": n} for k, n in ranked]
    return nodes, [e for e in edges if e["source"] in keep and e["target"] in keep]


def layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """Positions in the canvas: networkx's spring layout (seeded: the same data, the same picture),
    stretched to the canvas, then circles pushed apart until none overlaps."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in nodes)
    for e in edges:
        w = math.log1p(e["count"])
        if g.has_edge(e["source"], e["target"]):
            g[e["source"]][e["target"]]["weight"] += w
        else:
            g.add_edge(e["source"], e["target"], weight=w)
    if len(g) == 1:
        return {nodes[0]["id"]: (WIDTH / 2, HEIGHT / 2)}
    raw = nx.spring_layout(g, weight="weight", seed=7, iterations=300, k=2.0 / math.sqrt(len(g)))
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]

    def stretch(v: float, lo: float, hi: float, size: int) -> float:
        return size / 2 if hi - lo < 1e-9 else MARGIN + R_MAX + (v - lo) / (hi - lo) * (size - 2 * (MARGIN + R_MAX))

    pos = {k: (stretch(float(p[0]), min(xs), max(xs), WIDTH), stretch(float(p[1]), min(ys), max(ys), HEIGHT))
           for k, p in raw.items()}
    return _separate(pos, {n["id"]: n["r"] for n in nodes})


def _separate(pos: dict[str, tuple[float, float]], radius: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Push overlapping circles apart (and back inside the canvas) until every pair has GAP between."""
    p = {k: list(v) for k, v in pos.items()}
    keys = sorted(p)
    for _ in range(400):
        moved = False
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                dx, dy = p[b][0] - p[a][0], p[b][1] - p[a][1]
                d = math.hypot(dx, dy)
                need = radius[a] + radius[b] + GAP
                if d >= need:
                    continue
                if d < 1e-6:
                    dx, dy, d = 1.0, 0.5, math.hypot(1.0, 0.5)
                push = (need - d) / 2 + 0.5
                ux, uy = dx / d, dy / d
                p[a][0] -= ux * push
                p[a][1] -= uy * push
                p[b][0] += ux * push
                p[b][1] += uy * push
                moved = True
        for k in keys:
            r = radius[k]
            p[k][0] = min(max(p[k][0], MARGIN + r), WIDTH - MARGIN - r)
            p[k][1] = min(max(p[k][1], MARGIN + r), HEIGHT - MARGIN - r)
        if not moved:
            break
    return {k: (v[0], v[1]) for k, v in p.items()}


def network_chart(net: dict[str, Any], top: int = 20, actor: str | None = None) -> dict[str, Any]:
    """Nodes (circle size: events) placed by a force-directed layout; directed edges (width: events,
    colour: mean PLOVER score), each linking to its dyad page; a node links to its busiest dyad."""
    nodes, edges = select(net, top, actor)
    if not nodes:
        return {"width": WIDTH, "height": HEIGHT, "nodes": [], "edges": [], "shown": 0, "of": len(net["nodes"])}
    most = max(n["events"] for n in nodes)
    for n in nodes:
        n["r"] = round(R_MIN + (R_MAX - R_MIN) * math.sqrt(n["events"] / most), 1)
    pos = layout(nodes, edges)
    partners: dict[str, dict[str, int]] = {}
    for e in edges:
        for a, b in ((e["source"], e["target"]), (e["target"], e["source"])):
            partners.setdefault(a, {})
            partners[a][b] = partners[a].get(b, 0) + e["count"]
    radius = {n["id"]: n["r"] for n in nodes}
    pairs = {(e["source"], e["target"]) for e in edges}
    heaviest = max((e["count"] for e in edges), default=1)
    drawn_edges = [_edge(e, pos, radius, (e["target"], e["source"]) in pairs, heaviest) for e in edges]
    drawn_edges.sort(key=lambda e: -e["count"])  # thin lines drawn last, on top of the wide ones
    drawn_nodes = []
    for n in nodes:
        x, y = pos[n["id"]]
        best = sorted(partners.get(n["id"], {}).items(), key=lambda kv: (-kv[1], kv[0]))
        drawn_nodes.append({**n, "x": round(x, 1), "y": round(y, 1), "partners": best[:5],
                            "href_b": best[0][0] if best else ""})
    return {"width": WIDTH, "height": HEIGHT, "nodes": drawn_nodes, "edges": drawn_edges, "shown": len(nodes),
            "of": len(net["nodes"])}


def _edge(e: dict[str, Any], pos: dict[str, tuple[float, float]], radius: dict[str, float], both_ways: bool,
          heaviest: int) -> dict[str, Any]:
    (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
    d = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / d, (y2 - y1) / d
    # Leave the source's rim and stop at the target's rim, so the arrowhead is not under the circle.
    sx, sy = x1 + ux * (radius[e["source"]] + 1), y1 + uy * (radius[e["source"]] + 1)
    tx, ty = x2 - ux * (radius[e["target"]] + 2), y2 - uy * (radius[e["target"]] + 2)
    width = round(1.2 + 5 * math.sqrt(e["count"] / heaviest), 1)
    if both_ways:  # A->B and B->A bend to either side instead of lying on each other
        bend = min(28.0, d * 0.15)
        mx, my = (sx + tx) / 2 - uy * bend, (sy + ty) / 2 + ux * bend
        path = f"M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {tx:.1f},{ty:.1f}"
    else:
        path = f"M{sx:.1f},{sy:.1f} L{tx:.1f},{ty:.1f}"
    return {**e, "d": path, "width": width, "colour": score_colour(e["mean_plover_score"])}
