"""``wirecoder eval``: score the coder on gold records.

Accepts the PLOVER gold-standard shape (``expected``: events with "event",
"source", "target" actor codes) and the PETRARCH shape (a CAMEO "code" with
"source"/"target" codes such as "USAGOV"), and our own story gold set (a
"file" field instead of "text"). Matching follows ../shared/eval/score.py,
which stays the referee: an event type must match; for type+actors the
actor and recipient countries must match (for a one-sided or compound gold
event, any gold actor on either side).

The coder never sees gold ids: records are coded under neutral ids.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .config import Config
from .errors import InputError, UsageError
from .model import Article

OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# As in score.py: typos and older names of ISO codes in the PLOVER gold, and its habit of coding
# international NGOs as IGO (both sides of a comparison pass through this map).
ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "NGO": "IGO"}
MEANING = ("type: a prediction is correct when a gold event of its record has the same PLOVER type; "
           "type + actors: the actor and recipient countries match too (for a one-sided or compound gold "
           "event, any gold actor on either side). P = correct / predicted; R = found / gold, where a gold "
           "event is found when some prediction matches it (two predictions may match one gold event, so "
           "correct can exceed found).")


def cameo_to_plover(code: str) -> str | None:
    """CAMEO code -> PLOVER 2.0 type (CAMEO2PLOVER crosswalk at root level); None for 01 and 02."""
    c = str(code).strip()
    if len(c) < 2 or not c[:2].isdigit():
        return None
    root = int(c[:2])
    if c.startswith("1712"):
        return "ASSAULT"
    if c[:3] in ("191", "192"):
        return "COERCE"
    if root == 8:
        return "RETREAT" if c[:3] in ("084", "085", "086", "087") else "CONCEDE"
    return {3: "AGREE", 4: "CONSULT", 5: "SUPPORT", 6: "COOPERATE", 7: "AID", 9: "ACCUSE", 10: "REQUEST",
            11: "ACCUSE", 12: "REJECT", 13: "THREATEN", 14: "PROTEST", 15: "MOBILIZE", 16: "SANCTION",
            17: "COERCE", 18: "ASSAULT", 19: "ASSAULT", 20: "ASSAULT"}.get(root)


def gold_type(g: dict[str, Any]) -> str:
    t = g.get("event") or g.get("event_type") or ""
    if not t and g.get("code") is not None:
        t = cameo_to_plover(g["code"]) or ""
    t = t.upper()
    return OLD_TO_NEW.get(t, t)


def codes(actors: Any) -> set[str]:
    if actors is None:
        return set()
    if isinstance(actors, (dict, str)):
        actors = [actors]
    out = set()
    for a in actors:
        c = a if isinstance(a, str) else (a.get("country") or a.get("code") or "") if isinstance(a, dict) else ""
        c = (c or "").upper()
        if len(c) >= 3 and c[:3].isalpha():
            out.add(ALIASES.get(c[:3], c[:3]))
    return out


def matches(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[bool, bool]:
    if gold_type(gold) != pred["event_type"]:
        return False, False
    gs, gt = codes(gold.get("source")), codes(gold.get("target"))
    ps, pt = codes(pred.get("actor")), codes(pred.get("recipient"))
    if gt:
        ok = (not gs or bool(ps & gs)) and bool(pt & gt)
        if not ok:  # an undirected coding of a two-sided event counts either way round
            ok = (not gs or bool(pt & gs)) and bool(ps & gt)
    else:
        ok = not gs or bool((ps | pt) & gs)
    return True, ok


def load_gold(path: str) -> list[dict[str, Any]]:
    p = Path(path)
    if not p.exists():
        raise UsageError(f"{path}: no such gold file")
    records = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise UsageError(f"{path}:{n}: invalid JSON ({e.msg})") from None
        if "text" not in rec and rec.get("file"):
            f = _resolve(p, rec["file"])
            rec["text"] = f.read_text(encoding="utf-8")
        if "text" not in rec:
            raise UsageError(f"{path}:{n}: gold record has neither 'text' nor 'file'")
        records.append(rec)
    return records


def _resolve(gold_path: Path, rel: str) -> Path:
    for base in [gold_path.parent, *gold_path.parents]:
        f = base / rel
        if f.exists():
            return f
    raise UsageError(f"{gold_path}: story file {rel} not found")


def code_records(records: list[dict[str, Any]], config: Config | None = None) -> list[list[dict[str, Any]]]:
    """Code every gold text under a neutral id; the events of each, as dicts (each with the
    paragraph its evidence lies in, as "_line")."""
    from dataclasses import asdict

    from .pipeline import Coder, article_from_text

    coder = Coder(config or Config())
    arts: list[Article | InputError] = []
    for i, rec in enumerate(records):
        date = rec.get("date")
        arts.append(article_from_text(rec["text"], f"record {i}", date=date, id=f"doc{i:05d}",
                                      title=rec.get("title"), published=date))
    out: list[list[dict[str, Any]]] = []
    for result in coder.code_many(arts):
        if isinstance(result, InputError):
            out.append([])
            continue
        text = result.article.text
        events = []
        for e in result.events:
            d = asdict(e)
            d["_line"] = text.count("\n", 0, e.evidence.start)
            events.append(d)
        out.append(events)
    return out


def score(records: list[dict[str, Any]], predictions: list[list[dict[str, Any]]],
          aligned: bool = False) -> dict[str, Any]:
    """Per-type precision, recall and F1, by event type and by type and actors.

    ``aligned``: for whole stories whose gold events name their paragraph ("sentence"), a
    prediction matches a gold event only if its evidence lies in that paragraph or the next
    one over; stricter than matching anywhere in the story, as score.py does for sentences."""

    def near(g: dict[str, Any], p: dict[str, Any]) -> bool:
        line = g.get("sentence")
        return not aligned or line is None or abs(p.get("_line", line) - int(line)) <= 1

    def match(g: dict[str, Any], p: dict[str, Any]) -> tuple[bool, bool]:
        return matches(g, p) if near(g, p) else (False, False)

    per: dict[str, Counter[str]] = defaultdict(Counter)
    tot: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    for n, (rec, preds) in enumerate(zip(records, predictions, strict=True)):
        gold = rec.get("expected", [])
        for g in gold:
            t = gold_type(g)
            res = [match(g, p) for p in preds]
            hit, full = any(r[0] for r in res), any(r[1] for r in res)
            if g.get("required", True) and t:  # CAMEO 01/02 have no PLOVER type
                for c in (per[t], tot):
                    c["gold"] += 1
                    c["hit"] += hit
                    c["full"] += full
                if not full:
                    errors.append({"record": n, "kind": "missed" if not hit else "wrong actors", "gold": t,
                                   "text": g.get("eventText") if aligned else rec["text"][:200]})
        for p in preds:
            t = p["event_type"]
            res = [match(g, p) for g in gold]
            ok_t, ok_f = any(r[0] for r in res), any(r[1] for r in res)
            for c in (per[t], tot):
                c["pred"] += 1
                c["ptype"] += ok_t
                c["pfull"] += ok_f
            if not ok_t:
                text = (p.get("evidence") or {}).get("text", "") if aligned else rec["text"]
                errors.append({"record": n, "kind": "false alarm", "pred": t, "trigger": p["trigger"]["text"],
                               "text": text[:200]})
    return {"records": len(records), "types": {t: _prf(c) for t, c in sorted(per.items())}, "overall": _prf(tot),
            "errors": errors, "aligned": aligned}


def _prf(c: Counter[str]) -> dict[str, float | int]:
    def f(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
        p = tp_p / n_p if n_p else 0.0
        r = tp_g / n_g if n_g else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    tp, tr, tf = f(c["ptype"], c["pred"], c["hit"], c["gold"])
    fp, fr, ff = f(c["pfull"], c["pred"], c["full"], c["gold"])
    return {"gold": c["gold"], "pred": c["pred"],
            "type_correct": c["ptype"], "type_found": c["hit"], "full_correct": c["pfull"], "full_found": c["full"],
            "type_p": round(tp, 3), "type_r": round(tr, 3), "type_f1": round(tf, 3),
            "full_p": round(fp, 3), "full_r": round(fr, 3), "full_f1": round(ff, 3)}


def evaluate_file(path: str, config: Config | None = None) -> dict[str, Any]:
    records = load_gold(path)
    predictions = code_records(records, config)
    report = score(records, predictions)
    if any("sentence" in g for r in records for g in r.get("expected", [])):
        report["paragraph_aligned"] = score(records, predictions, aligned=True)
    return report


def _cells(s: dict[str, Any], kind: str) -> str:
    """correct, found, P, R, F1 for 'type' or 'full', worked out from the counts (not the rounded scores)."""
    correct, found = s[f"{kind}_correct"], s[f"{kind}_found"]
    p = correct / s["pred"] if s["pred"] else 0.0
    r = found / s["gold"] if s["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{correct:>9}{found:>7}{p:>6.2f}{r:>6.2f}{f1:>6.2f}"


def print_report(report: dict[str, Any], show_errors: bool = False) -> None:
    """A table in 100 columns: per type, gold and predicted counts, then correct, found, P, R, F1
    for the type alone and for the type with its actors; one paragraph says what they mean."""
    import textwrap

    print(f"{report['records']} gold records")
    print(f"{'':<30}{' type ':-^32}  {' type + actors ':-^32}")
    print(f"{'event':<12}{'gold':>6}{'predicted':>10}{'correct':>9}{'found':>7}{'P':>6}{'R':>6}{'F1':>6}"
          f"{'correct':>9}{'found':>7}{'P':>6}{'R':>6}{'F1':>6}")
    for name, s in [*report["types"].items(), ("all", report["overall"])]:
        if name == "all":
            print("-" * 96)
        print(f"{name:<12}{s['gold']:>6}{s['pred']:>10}{_cells(s, 'type')}{_cells(s, 'full')}")
    print(textwrap.fill(MEANING, width=96))
    o = report["overall"]
    print(f"type_f1={o['type_f1']:.3f} type_p={o['type_p']:.3f} type_r={o['type_r']:.3f} "
          f"full_f1={o['full_f1']:.3f} full_p={o['full_p']:.3f} full_r={o['full_r']:.3f}")
    if report.get("paragraph_aligned"):
        a = report["paragraph_aligned"]["overall"]
        print(f"paragraph-aligned (a prediction counts only in the gold event's paragraph): "
              f"type_f1={a['type_f1']:.3f} full_f1={a['full_f1']:.3f}")
        if show_errors:
            report = report["paragraph_aligned"]
    if show_errors:
        for e in report["errors"]:
            what = e.get("gold") or e.get("pred")
            print(f"  #{e['record']} {e['kind']}: {what} {e.get('trigger', '')!s} | {e['text']}")
