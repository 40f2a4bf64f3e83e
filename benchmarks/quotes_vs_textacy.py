"""Quotes and speakers: wirecoder against textacy's direct-quotation extractor.

Both tools read the same spaCy documents (wirecoder's pipeline parses each
story once; textacy.extract.triples.direct_quotations and wirecoder's
quotes component then run on that same Doc, each timed on its own). Scored
on the project's gold stories (examples/stories/*.txt with the "quotes" of
tests/gold/stories.gold.jsonl) and, when ../shared is there, on the seed
story with the quotes its contract check names.

A gold quote is found when a quote of the tool contains its words; its
speaker is right when the gold speaker's first or last name (or head word,
for "the regional governor") is among the words the tool gives for the speaker
(textacy: the speaker tokens as written; wirecoder: the resolved actors'
names and the words in the story).

Installs nothing. Run it where textacy is importable, e.g. a separate venv:

    python -m venv /tmp/bench-venv
    /tmp/bench-venv/bin/pip install -e '.[bench]'
    /tmp/bench-venv/bin/python benchmarks/quotes_vs_textacy.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "stories.gold.jsonl"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_7e8dc7e681b72be7.txt"
SEED_CHECK = SHARED / "checks" / "seed-facts"


@dataclass
class Found:
    text: str
    speaker_words: str  # everything the tool says about who spoke, lower case


@dataclass
class Score:
    found: int = 0
    gold: int = 0
    matched: int = 0
    speakers_right: int = 0
    gold_quoted: int = 0  # gold quotes in quotation marks (direct or partial)
    matched_quoted: int = 0
    right_quoted: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)


def norm(s: str) -> str:
    s = s.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return " ".join(s.split()).lower()


def speaker_keys(name: str) -> set[str]:
    """Words that identify a gold speaker: a person's family name, which in "Kim Jong Un" comes
    first and in "Federica Mogherini" last; the head word of a description ("the regional governor")."""
    words = re.findall(r"[\w-]+", name.replace("'s", ""))
    if not words:
        return set()
    if name[:1].isupper() and len(words) > 1:
        return {words[0].lower(), words[-1].lower()}
    return {words[-1].lower()}


def load_stories() -> list[dict[str, Any]]:
    stories: list[dict[str, Any]] = []
    if GOLD.exists():
        for line in GOLD.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                path = ROOT / rec["file"]
                if path.exists() and rec.get("quotes") is not None:
                    stories.append({"name": rec["id"], "path": path, "date": rec.get("date"),
                                    "quotes": rec["quotes"]})
    if SEED.exists() and SEED_CHECK.exists():
        # the seed is not ours: its expected quotes are read from the shared contract check
        block = re.search(r"want_quotes = \[(.*?)\]\n", SEED_CHECK.read_text(encoding="utf-8"), re.S)
        pairs = re.findall(r'\("([A-Z]\w+)", "([^"]+)"\)', block.group(1)) if block else []
        stories.append({"name": "seed", "path": SEED, "date": "2025-05-09",
                        "quotes": [{"speaker": who, "contains": words, "kind": "direct"}
                                   for who, words in pairs]})
    return stories


def wirecoder_quotes(doc: Any, finder: Any) -> tuple[list[Found], float]:
    t0 = time.perf_counter()
    finder(doc)
    dt = time.perf_counter() - t0
    out = []
    for q in doc._.wc_quotes or []:
        words = " ".join(f"{a.name} {a.text}" for a in q.speaker)
        out.append(Found(q.text, words.lower()))
    return out, dt


def textacy_quotes(doc: Any) -> tuple[list[Found], float]:
    from textacy.extract.triples import direct_quotations

    t0 = time.perf_counter()
    try:
        triples = list(direct_quotations(doc))
    except ValueError as e:  # textacy gives up on a story with an odd number of quotation marks
        print(f"  textacy: {str(e)[:70]}...", file=sys.stderr)
        triples = []
    dt = time.perf_counter() - t0
    return [Found(t.content.text, " ".join(tok.text for tok in t.speaker).lower()) for t in triples], dt


def score(found: list[Found], gold: list[dict[str, Any]], sc: Score, name: str) -> None:
    sc.found += len(found)
    for g in gold:
        quoted = g.get("kind") in ("direct", "partial")
        sc.gold += 1
        sc.gold_quoted += quoted
        hits = [f for f in found if norm(g["contains"]) in norm(f.text)]
        if not hits:
            sc.misses.append(f"{name}: {g['contains'][:40]!r}")
            continue
        sc.matched += 1
        sc.matched_quoted += quoted
        keys = speaker_keys(g["speaker"])
        if any(keys & set(re.findall(r"[\w-]+", f.speaker_words.replace("'s", ""))) for f in hits):
            sc.speakers_right += 1
            sc.right_quoted += quoted
        else:
            sc.misses.append(f"{name}: speaker of {g['contains'][:30]!r}: {hits[0].speaker_words!r} "
                             f"(gold {g['speaker']})")


def main() -> int:
    try:
        import textacy  # noqa: F401
    except ImportError:
        print("textacy is not importable here; install it in a separate venv (see the docstring)",
              file=sys.stderr)
        return 2
    from wirecoder.config import Config
    from wirecoder.ingest import ReadOptions, read_inputs
    from wirecoder.pipeline import Coder

    coder = Coder(Config())
    finder = dict(coder.nlp.pipeline)["wirecoder_quotes"]
    stories = load_stories()
    if not stories:
        print("no stories with gold quotes found", file=sys.stderr)
        return 2
    wc, tx = Score(), Score()
    for st in stories:
        (art,) = list(read_inputs([str(st["path"])], ReadOptions(default_date=st["date"])))
        doc = coder.make_doc(art)
        for name, proc in coder.nlp.pipeline:  # parse once, up to (not including) the quotes component
            if name == "wirecoder_quotes":
                break
            doc = proc(doc)
        got_tx, dt_tx = textacy_quotes(doc)
        got_wc, dt_wc = wirecoder_quotes(doc, finder)
        tx.seconds += dt_tx
        wc.seconds += dt_wc
        score(got_tx, st["quotes"], tx, st["name"])
        score(got_wc, st["quotes"], wc, st["name"])
    n = len(stories)
    print(f"{n} stories ({', '.join(s['name'] for s in stories)})")
    print(f"{'tool':10} {'found':>6} {'gold matched':>14} {'speakers right':>15} {'quoted gold':>12} "
          f"{'quoted right':>13} {'seconds':>8}")
    for label, sc in (("textacy", tx), ("wirecoder", wc)):
        print(f"{label:10} {sc.found:>6} {f'{sc.matched}/{sc.gold}':>14} {sc.speakers_right:>15} "
              f"{f'{sc.matched_quoted}/{sc.gold_quoted}':>12} {sc.right_quoted:>13} {sc.seconds:>8.3f}")
    print("(quoted gold: gold quotes in quotation marks, the only kind textacy looks for; seconds: the "
          "extractor alone on the shared parse)")
    if "-v" in sys.argv:
        for label, sc in (("textacy", tx), ("wirecoder", wc)):
            print(f"\n{label} missed:", *sc.misses, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
