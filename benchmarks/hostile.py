"""Seconds per KB on hostile text: what the guards refuse, and what they let through to spaCy.

For each kind of hostile text, at each size, this builds the article the way a reader does
(``make_article``: normalising, the degenerate-text guard, cleaning) and, when it is not refused,
codes it with the real pipeline in this process, timing both. It prints one row per case and the
worst seconds per KB among the texts that reach spaCy. docs/QUALITY.md ("Reliability") quotes it.

    python benchmarks/hostile.py [--sizes 2000,8000] [--kinds brackets,quotes_in_sentence]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_7e8dc7e681b72be7.txt"
PROSE = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday. " * 50


def kinds(rng: random.Random) -> dict[str, Callable[[int], str]]:
    prose = SEED.read_text(encoding="utf-8") if SEED.exists() else PROSE
    return {
        "prose (seed repeated)": lambda n: (prose * (n // len(prose) + 1))[:n],
        "brackets [[[…]]]": lambda n: "[" * (n // 2) + "]" * (n // 2),
        "quotes \"\"\"…": lambda n: '"' * n,
        "emoji run": lambda n: "😀" * (n // 4),
        "symbols with spaces": lambda n: " ".join(rng.choice("[](){}!?.,;:*&^%$#@") for _ in range(n // 2)),
        "one long word": lambda n: "a" * n,
        "url-like": lambda n: ("http://x.example/" + "abc/def?q=1&" * n)[:n],
        "words, no full stop": lambda n: " ".join(rng.choice(["Russia", "China", "met", "said", "the", "and",
                                                                "sanctions", "in", "Moscow"]) for _ in range(n // 6)),
        "quotes in one sentence": lambda n: " ".join('"Russia said' for _ in range(n // 13)),
        "numbers, one per line": lambda n: "\n".join(str(rng.randint(0, 99999)) for _ in range(n // 6)),
        "blank runs": lambda n: ("Russia met China." + " " * 500) * (n // 517 + 1),
        "combining marks": lambda n: "a" + "\u0301" * n,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000,8000", help="characters, comma-separated")
    ap.add_argument("--kinds", default="", help="only these kinds (comma-separated prefixes)")
    args = ap.parse_args()
    from wirecoder.config import Config
    from wirecoder.errors import InputError
    from wirecoder.ingest.readers import ReadOptions, make_article
    from wirecoder.pipeline import Coder

    coder = Coder(Config(max_chars=10**7))
    opts = ReadOptions(default_date="2025-05-09", max_chars=10**7)
    coder.code(make_article(PROSE[:2000], "warm", opts))  # type: ignore[arg-type]
    gens = kinds(random.Random(1))
    wanted = [k for k in gens if not args.kinds or any(k.startswith(p) for p in args.kinds.split(","))]
    worst = 0.0
    print(f"{'kind':26s} {'chars':>7s} {'read s':>7s} {'code s':>7s} {'s/KB':>6s}  outcome")
    for name in wanted:
        for n in (int(x) for x in args.sizes.split(",")):
            text = gens[name](n)
            kb = len(text.encode("utf-8")) / 1024
            t0 = time.perf_counter()
            art = make_article(text, name, opts)
            t_read = time.perf_counter() - t0
            if isinstance(art, InputError):
                print(f"{name:26s} {len(text):7d} {t_read:7.3f} {'-':>7s} {t_read / kb:6.3f}  refused: "
                      f"{art.reason[:60]}")
                continue
            t1 = time.perf_counter()
            try:
                coder.code(art)
                outcome = "coded"
            except InputError as e:
                outcome = f"not coded: {e.reason[:50]}"
            t_code = time.perf_counter() - t1
            per_kb = (t_read + t_code) / kb
            worst = max(worst, per_kb)
            print(f"{name:26s} {len(text):7d} {t_read:7.3f} {t_code:7.2f} {per_kb:6.3f}  {outcome}", flush=True)
    print(f"worst seconds per KB among texts that reach spaCy: {worst:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
