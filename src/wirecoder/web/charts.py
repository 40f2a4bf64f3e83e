"""Chart geometry, computed here and drawn as inline SVG by the templates.

No charting library and no JavaScript: the server works out every bar,
point and line, and the template writes them out (escaped like any other
field). Each data point carries ``data-*`` attributes and an SVG <title>, so
the chart explains itself on hover and tests can read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..display import coarser, date_label, number

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
BUCKET_DAYS = {"day": 1, "week": 7, "month": 30.44}


def choose_bucket(first: str | None, last: str | None) -> str:
    """Days for a few months of events, weeks up to about three years, months beyond."""
    if not first or not last:
        return "day"
    span = (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    return "day" if span <= 120 else "week" if span <= 1100 else "month"


def period_start(iso: str, unit: str) -> date:
    d = date.fromisoformat(iso[:10])
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    if unit == "year":
        return d.replace(month=1, day=1)
    return d


def period_end(start: date, unit: str) -> date:
    if unit == "week":
        return start + timedelta(days=6)
    if unit == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if unit == "year":
        return start.replace(month=12, day=31)
    return start


def extent(rows: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """First and last day the rows cover, a month- or year-dated event counting for its whole period."""
    if not rows:
        return None, None
    starts = [period_start(r["period"], r.get("precision") or "day") for r in rows]
    ends = [period_end(s, r.get("precision") or "day") for s, r in zip(starts, rows, strict=True)]
    return min(starts).isoformat(), max(ends).isoformat()


def series(rows: list[dict[str, Any]], bucket: str = "day") -> dict[str, list[dict[str, Any]]]:
    """Store timeline rows (by day, date precision and quad class) -> one record per ``bucket``, and,
    apart, one per period for events known only more coarsely (a year-dated event is not put in the
    first week of January): ``{"series": [...], "spans": [...]}``."""
    by: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        precision = r.get("precision") or "day"
        unit = precision if coarser(precision, bucket) else bucket
        start = period_start(r["period"], unit)
        p = by.setdefault((unit, start.isoformat()), {
            "period": start.isoformat(), "end": period_end(start, unit).isoformat(), "precision": unit,
            "label": date_label(start.isoformat(), unit), "counts": {1: 0, 2: 0, 3: 0, 4: 0}, "_score": 0.0})
        q = int(r["quad_class"] or 0)
        if q in p["counts"]:
            p["counts"][q] += r["count"]
        p["_score"] += r["count"] * r["mean_plover_score"]
    out: dict[str, list[dict[str, Any]]] = {"series": [], "spans": []}
    for (unit, _), p in sorted(by.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        c = p.pop("counts")
        total = sum(c.values())
        score = p.pop("_score")
        out["series" if unit == bucket else "spans"].append({
            **p, "counts": {str(k): v for k, v in c.items()}, "cooperation": c[1] + c[2], "conflict": c[3] + c[4],
            "total": total, "mean_plover_score": round(score / total, 3) if total else 0.0})
    return out


@dataclass
class Timeline:
    width: int = 920
    height: int = 384
    bars: list[dict[str, Any]] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    line: str = ""
    xlabels: list[dict[str, Any]] = field(default_factory=list)
    ylabels: list[dict[str, Any]] = field(default_factory=list)
    zero_y: float = 0.0
    score_zero_y: float = 0.0
    score_top: float = 0.0
    score_bottom: float = 0.0
    lane_top: float = 0.0
    left: int = 48
    right: int = 900
    top: int = 20
    bars_bottom: int = 236
    bucket: str = "day"


CHAR_PX = 6.4  # about how wide one character of the 11px chart font is
LANE_PX, LANES = 18, 3


def timeline_chart(points: list[dict[str, Any]], bucket: str, spans: list[dict[str, Any]] | None = None
                   ) -> Timeline:
    """Diverging stacked bars (cooperation up, conflict down) per period; below them, events known only
    to a coarser period (a month, a year) as bands across that whole period; then a mean-score strip."""
    t = Timeline(bucket=bucket)
    spans = spans or []
    if not points and not spans:
        return t
    left, right, top, bars_bottom = t.left, t.right, t.top, t.bars_bottom
    lanes = _lanes(spans)
    t.lane_top = bars_bottom + 30
    lane_bottom = t.lane_top + LANE_PX * (max(lanes, default=-1) + 1)
    t.score_top = max(282.0, lane_bottom + 40)
    t.score_bottom = t.score_top + 68
    t.height = int(t.score_bottom + 34)
    days = [date.fromisoformat(p["period"][:10]).toordinal() for p in points]
    ends = [date.fromisoformat(sp["end"]).toordinal() for sp in spans]
    starts = [date.fromisoformat(sp["period"]).toordinal() for sp in spans]
    lo, hi = min(days + starts), max(days + ends)
    step = BUCKET_DAYS[bucket]
    slots = max(1.0, (hi - lo) / step + 1)
    bw = max(1.5, min(28.0, (right - left) / slots * 0.8))
    span = max(hi - lo, 1)

    def x_of(d: int) -> float:
        return left + bw / 2 + (d - lo) / span * (right - left - bw) if hi > lo else (left + right) / 2

    peak = max((max(p["cooperation"], p["conflict"]) for p in points), default=1) or 1
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
                t.bars.append(_bar(x, up, bw, n * unit, p, q, n))
        for q in (4, 3):
            n = p["counts"][str(q)]
            if n:
                t.bars.append(_bar(x, down, bw, n * unit, p, q, n))
                down += n * unit
    for sp, a, b, lane in zip(spans, starts, ends, lanes, strict=True):
        x0, x1 = max(left, x_of(a) - bw / 2), min(right, x_of(b) + bw / 2)
        text = f"{sp['label']}: {number(sp['total'])}"
        t.spans.append({**sp, "x": round(x0, 1), "w": round(max(x1 - x0, 3.0), 1),
                        "y": round(t.lane_top + lane * LANE_PX, 1), "h": LANE_PX - 4,
                        "text": text if len(text) * CHAR_PX + 8 <= x1 - x0 else "",
                        "colour": score_colour(sp["mean_plover_score"])})
    score_mid = (t.score_top + t.score_bottom) / 2
    t.score_zero_y = score_mid
    sy = (t.score_bottom - t.score_top) / 20  # PLOVER scores run from -10 to +10
    for p, d in zip(points, days, strict=True):
        t.points.append({"x": round(x_of(d), 1), "y": round(score_mid - p["mean_plover_score"] * sy, 1),
                         "period": p["period"], "label": p.get("label") or p["period"],
                         "score": p["mean_plover_score"], "total": p["total"]})
    t.line = " ".join(f"{pt['x']},{pt['y']}" for pt in t.points)
    if points:
        t.ylabels = [{"y": round(t.zero_y - half, 1), "text": str(peak)}, {"y": round(t.zero_y, 1), "text": "0"},
                     {"y": round(t.zero_y + half, 1), "text": str(peak)}]
    # Weeks are named by their Monday ("week of" would not fit under a bar); months and years as such.
    marks = sorted({(x_of(d), p["period"] if bucket == "week" else p["label"])
                    for p, d in zip(points, days, strict=True)} |
                   {(x_of(a), sp["label"]) for sp, a in zip(spans, starts, strict=True)})
    t.xlabels = axis_labels(marks, 4, t.width - 4)
    return t


def _lanes(spans: list[dict[str, Any]]) -> list[int]:
    """A lane for each span, so that bands of overlapping periods (2022 and 2022-11) do not cover each other."""
    ends: list[str] = []
    out = []
    for sp in spans:  # sorted by start
        lane = next((i for i, end in enumerate(ends) if end < sp["period"]), len(ends))
        lane = min(lane, LANES - 1)
        if lane == len(ends):
            ends.append(sp["end"])
        else:
            ends[lane] = max(ends[lane], sp["end"])
        out.append(lane)
    return out


def axis_labels(marks: list[tuple[float, str]], left: float, right: float, gap: float = 10) -> list[dict[str, Any]]:
    """Date labels under the chart, as many as fit without touching: first, last, and between them
    every one that leaves ``gap`` pixels to its neighbours. Each says where it reaches (x0, x1)."""
    def placed(x: float, text: str) -> dict[str, Any]:
        w = len(text) * CHAR_PX
        anchor, x0 = "middle", x - w / 2
        if x0 < left:
            anchor, x0 = "start", x
        elif x + w / 2 > right:
            anchor, x0 = "end", x - w
        return {"x": round(x, 1), "text": text, "anchor": anchor, "x0": round(x0, 1), "x1": round(x0 + w, 1)}

    labels = [placed(x, text) for x, text in marks]
    if len(labels) <= 1:
        return labels
    kept = [labels[0]]
    for lab in labels[1:-1]:
        if lab["x0"] >= kept[-1]["x1"] + gap:
            kept.append(lab)
    last = labels[-1]
    while kept and last["x0"] < kept[-1]["x1"] + gap and len(kept) > 1:
        kept.pop()
    if last["x0"] >= kept[-1]["x1"] + gap:
        kept.append(last)
    return kept


def _bar(x: float, y: float, w: float, h: float, p: dict[str, Any], quad: int, n: int) -> dict[str, Any]:
    return {"x": round(x, 1), "y": round(y, 1), "w": round(w, 1), "h": round(max(h, 0.5), 1),
            "period": p["period"], "when": p.get("label") or p["period"], "quad": quad, "count": n,
            "label": QUAD_NAMES[quad]}


def score_colour(score: float) -> str:
    """Blue for cooperation, red for conflict, grey near zero (PLOVER -10..+10)."""
    s = max(-10.0, min(10.0, score)) / 10
    if s >= 0:
        return f"rgb({int(200 - 170 * s)},{int(200 - 100 * s)},{int(200 + 40 * s)})"
    return f"rgb({int(200 + 20 * -s)},{int(200 - 160 * -s)},{int(200 - 160 * -s)})"
