"""Quality gate: the coder's scores on gold records may not fall below pinned floors.

Our own gold set (whole stories of ours, tests/gold/) always runs. The shared
gold sets (written by others, not in this repository) run when ../shared is
present, scored by ../shared/eval/score.py, which stays the referee. The floors
sit a little under the measured scores (docs/QUALITY.md): a change that costs
more than noise fails here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from wirecoder.evaluate import evaluate_file

# subprocesses, servers, whole gold sets: the slow tier (pytest -m "not slow" skips it)
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
OWN_GOLD = ROOT / "tests" / "gold" / "stories.gold.jsonl"

# Pinned floors: (measured on 2026-12-01, fifth session: 0.876 / 0.728) - a margin for noise.
# Since the fifth session an act nobody is told doing is held back (doers.py): type F1 fell by about
# 0.01-0.02 on every gold set and type + actors F1 rose; the type floors came down by up to 0.03 (issue 8
# allows it where the locked half and the real stories go up), the type + actors floors went up.
OWN_FLOORS = {"type_f1": 0.86, "full_f1": 0.71}
OWN_ALIGNED_FLOORS = {"type_f1": 0.77, "full_f1": 0.64}
# The wire-style stories of issue 8 (tests/gold/wire): the dev half we tune on and the locked test
# half we only measure. Measured 2026-12-01 (sixth session): dev 0.857 / 0.633, test 0.829 / 0.507
# (before issue 8's changes: 0.775 / 0.452 and 0.794 / 0.398).
WIRE_FLOORS = {"dev": {"type_f1": 0.84, "full_f1": 0.61}, "test": {"type_f1": 0.80, "full_f1": 0.49}}
SHARED_FLOORS = {
    # issue #3 asked for type 0.85 and type+actors 0.70 on the PLOVER dev set; we measure 0.861 / 0.769
    "plover_gsr_dev.jsonl": {"type_f1": 0.84, "full_f1": 0.75},
    # a regression set coded from PETRARCH2's own output (see docs/QUALITY.md for where it
    # departs from PLOVER 2.0); measured 0.675 / 0.537
    "petrarch2_gsr_validation.jsonl": {"type_f1": 0.66, "full_f1": 0.51},
}


@pytest.fixture(scope="module")
def own_report():
    return evaluate_file(str(OWN_GOLD))


def test_own_gold_story_level(own_report):
    overall = own_report["overall"]
    for key, floor in OWN_FLOORS.items():
        assert overall[key] >= floor, f"{key} {overall[key]} < {floor}"


def test_own_gold_paragraph_aligned(own_report):
    overall = own_report["paragraph_aligned"]["overall"]
    for key, floor in OWN_ALIGNED_FLOORS.items():
        assert overall[key] >= floor, f"{key} {overall[key]} < {floor}"


@pytest.mark.parametrize("half", sorted(WIRE_FLOORS))
def test_wire_gold_halves(half):
    report = evaluate_file(str(ROOT / "tests" / "gold" / "wire" / f"{half}.jsonl"))
    for key, floor in WIRE_FLOORS[half].items():
        assert report["overall"][key] >= floor, f"{half}: {key} {report['overall'][key]} < {floor}"


def test_every_type_in_own_gold_is_found_somewhere(own_report):
    missing = [t for t, s in own_report["types"].items() if s["gold"] >= 3 and s["type_r"] == 0]
    assert not missing, f"types never found: {missing}"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SHARED_FLOORS))
def test_shared_gold_floors(name):
    gold = EVAL / name
    if not gold.exists():
        pytest.skip(f"{gold} is not on this machine")
    wc = Path(sys.executable).with_name("wirecoder")
    proc = subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold), "--run",
                           f"{wc} code --format jsonl", "--quiet"], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = proc.stdout.strip().splitlines()[-1]
    got = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", summary)}
    for key, floor in SHARED_FLOORS[name].items():
        assert got[key] >= floor, f"{name}: {key} {got[key]} < {floor} ({summary})"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SHARED_FLOORS))
def test_eval_agrees_with_the_referee(name):
    """`wirecoder eval` and ../shared/eval/score.py, run on the same gold file, give the same numbers."""
    gold = EVAL / name
    if not gold.exists():
        pytest.skip(f"{gold} is not on this machine")
    wc = Path(sys.executable).with_name("wirecoder")
    ours = subprocess.run([str(wc), "eval", str(gold), "--json"], capture_output=True, text=True, timeout=900)
    assert ours.returncode == 0, ours.stderr[-2000:]
    report = __import__("json").loads(ours.stdout)
    ref = subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold), "--run", f"{wc} code --format jsonl"],
                         capture_output=True, text=True, timeout=900)
    assert ref.returncode == 0, ref.stderr[-2000:]
    out = ref.stdout.strip().splitlines()
    summary = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", out[-1])}
    assert {k: report["overall"][k] for k in summary} == summary
    rows = {parts[0]: parts[1:] for parts in (line.split() for line in out[1:]) if len(parts) == 7
            and parts[1].isdigit()}
    assert set(rows) == set(report["types"])
    for t, s in report["types"].items():
        p = s["type_correct"] / s["pred"] if s["pred"] else 0.0
        r = s["type_found"] / s["gold"] if s["gold"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        full_r = s["full_found"] / s["gold"] if s["gold"] else 0.0
        ours_row = [str(s["gold"]), str(s["pred"]), f"{p:.2f}", f"{r:.2f}", f"{f1:.2f}", f"{full_r:.2f}"]
        assert ours_row == rows[t], (t, ours_row, rows[t])
