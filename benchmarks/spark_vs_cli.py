"""The Spark job on local[2] against `wirecoder code --workers 2`, on the same corpus, in the same run.

Builds a JSONL corpus of N stories from our own (examples/stories and
tests/gold/wire, each story used again under a new id and date, with its
paragraphs in another order, so that every line is a different article),
then times, as whole processes (start-up, model loading and writing
included):

  cli    wirecoder code corpus.jsonl --workers 2 --format parquet -o cli/
  spark  wirecoder spark corpus.jsonl spark/ --master local[2]

and prints stories per second of each and the ratio spark/cli (the target
is >= 0.75). Both write the same Parquet datasets; the Spark job also
writes happenings, copy clusters and errors.

    python benchmarks/spark_vs_cli.py [--stories 600]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORIES = [*sorted((ROOT / "examples" / "stories").glob("*.txt")),
           *sorted((ROOT / "tests" / "gold" / "wire").glob("*.txt"))]


def corpus(path: Path, n: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    texts = [[p for p in s.read_text(encoding="utf-8").split("\n") if p.strip()] for s in STORIES]
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            paras = list(texts[i % len(texts)])
            head, body = paras[:1], paras[1:]
            rng.shuffle(body)
            day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
            f.write(json.dumps({"id": f"bench-{i:06d}", "text": "\n".join(head + body), "date": day,
                                "source": f"Publisher {i % 7}"}) + "\n")


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if res.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stderr[-2000:]}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=int, default=600)
    args = ap.parse_args()
    exe = str(Path(sys.executable).with_name("wirecoder"))
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        corpus(d / "corpus.jsonl", args.stories)
        cli = timed([exe, "code", str(d / "corpus.jsonl"), "--workers", "2", "--quiet", "--format", "parquet",
                     "-o", str(d / "cli")])
        spark = timed([exe, "spark", str(d / "corpus.jsonl"), str(d / "spark"), "--master", "local[2]"])
    n = args.stories
    print(f"{n} stories: cli --workers 2 {cli:.1f} s ({n / cli:.2f} stories/s); "
          f"spark local[2] {spark:.1f} s ({n / spark:.2f} stories/s); spark/cli throughput {cli / spark:.2f}")


if __name__ == "__main__":
    main()
