"""Copy clusters against a corpus with known copies: precision, recall, time and memory.

The corpus republishes our own stories (examples/stories/*.txt and
tests/gold/wire/*.txt, written for this project) the way other outlets do:
each original gets copies with another headline, another publisher's footer
(a WordPress "The post ... appeared first on ..." line, a copyright line, a
"read more" or licence note), trimmed or extended paragraphs, a dateline
credit and typos, in random combinations. A second corpus of 10,000 stories
builds new originals from random sentences of the same stories (so that the
LSH sees as many distinct stories as copies) and republishes them the same
way, to time the dedupe and measure its memory at scale; those originals are made up by a
word-bigram chain over our stories, new text in the same words.

    python benchmarks/syndicate.py [--stories 10000] [--seed 7]

Prints pairwise precision and recall of the clusters (pairs of stories put
in one cluster vs pairs that are copies of one original) for both corpora,
and the seconds and peak memory (MiB above the starting process) per 10,000
stories. tests/test_dedupe.py runs the small corpus and pins the floors.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORIGINALS = [*sorted((ROOT / "examples" / "stories").glob("*.txt")),
             *sorted((ROOT / "tests" / "gold" / "wire").glob("*.txt"))]
PUBLISHERS = ["Harbour Times", "The Valley Courier", "Northern Ledger", "Daily Meridian", "Coastline Post",
              "The Capital Review", "Riverside Herald", "Metro Bulletin", "Island Gazette", "The Plains Star"]
WIRES = ["Reuters", "AP", "AFP", "Bloomberg"]
LOCAL = [
    "Local analysts said the development could affect exporters in the region, though the details of any "
    "agreement were not yet public and officials declined to comment further on Monday.",
    "Shares on the local stock exchange were little changed after the news, with traders saying they "
    "expected more clarity from the government in the coming weeks.",
    "The country's foreign ministry said in a brief statement that it was following events closely and "
    "urged all sides to show restraint and return to dialogue.",
]


@dataclass
class Copy:
    id: str
    original: str  # the true cluster
    text: str
    publisher: str


def paragraphs(text: str) -> list[str]:
    return [p for p in text.replace("\r\n", "\n").split("\n") if p.strip()]


def typos(rng: random.Random, text: str, rate: float) -> str:
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and rng.random() < rate:
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.5 else w[:j] + w[j + 1:]
    return " ".join(words)


def republish(rng: random.Random, paras: list[str], publisher: str) -> str:
    """One copy of a story as another outlet might run it."""
    body = list(paras)
    headline = body[0] if len(body[0]) < 110 and not body[0].rstrip().endswith(".") else None
    if headline:
        body = body[1:]
    if rng.random() < 0.5 and len(body) > 4:  # trimmed: the first half or more of the paragraphs
        body = body[:rng.randint(max(3, (len(body) + 1) // 2), len(body) - 1)]
    if rng.random() < 0.4:  # extended with a local paragraph
        body.insert(rng.randint(1, len(body)), rng.choice(LOCAL))
    if rng.random() < 0.3:  # a dateline credit on the first paragraph
        body[0] = f"{rng.choice(['LONDON', 'SINGAPORE', 'NEW YORK'])} ({rng.choice(WIRES)}) - {body[0]}"
    if rng.random() < 0.5:
        body = [typos(rng, p, 0.02) for p in body]
    new_title = rng.choice([
        "Update: " + (headline or body[0][:60]), (headline or "World news").upper(),
        f"{publisher}: what we know so far", "Talks, deals and sanctions: the day in world news",
    ])
    footer = rng.choice([
        f"The post {new_title} appeared first on {publisher}.",
        f"© 2025 {publisher}. All rights reserved.",
        f"Read more world news at {publisher.lower().replace(' ', '')}.com",
        f"This story was originally published by {rng.choice(WIRES)} and is republished by {publisher} "
        f"under licence. Follow {publisher} on social media for the latest updates.",
    ])
    lines = ([new_title] if rng.random() < 0.7 else []) + body + [footer]
    return "\n".join(lines) + "\n"


def corpus(rng: random.Random, originals: list[tuple[str, list[str]]], copies: tuple[int, int]) -> Iterator[Copy]:
    for oid, paras in originals:
        yield Copy(oid, oid, "\n".join(paras) + "\n", "")
        for n in range(rng.randint(*copies)):
            pub = rng.choice(PUBLISHERS)
            yield Copy(f"{oid}~{n}", oid, republish(rng, paras, pub), pub)


def own_stories() -> list[tuple[str, list[str]]]:
    return [(p.stem, paragraphs(p.read_text(encoding="utf-8"))) for p in ORIGINALS]


def small_corpus(seed: int = 7) -> list[Copy]:
    """Every own story with 1 to 5 copies (about 200 stories)."""
    return list(corpus(random.Random(seed), own_stories(), (1, 5)))


def large_corpus(n: int, seed: int = 7) -> list[Copy]:
    """About ``n`` stories: originals of 8 to 14 sentences made up by a word-bigram chain over our
    stories (new text in the stories' words, so that distinct originals share no more than real
    distinct stories do), each with 0 to 6 copies."""
    rng = random.Random(seed)
    follow: dict[str, list[str]] = {}
    starts: list[str] = []
    for _, paras in own_stories():
        for p in paras:
            w = p.split()
            if len(w) < 8:
                continue
            starts.append(w[0])
            for a, b in itertools.pairwise(w):
                follow.setdefault(a, []).append(b)

    def sentence() -> str:  # of 15 to 45 words, as wire sentences are
        out: list[str] = []
        while len(out) < 15:
            out = [rng.choice(starts)]
            while len(out) < 45 and not out[-1].endswith((".", "?", "!")) and out[-1] in follow:
                out.append(rng.choice(follow[out[-1]]))
        return " ".join(out)

    out: list[Copy] = []
    k = 0
    while len(out) < n:
        paras = [sentence() for _ in range(rng.randint(8, 14))]
        out.extend(corpus(rng, [(f"s{k:06d}", paras)], (0, 6)))
        k += 1
    return out[:n]


def clean_stories(stories: list[Copy]) -> list[tuple[str, str, str | None, str | None]]:
    """What a store sees: the reader's cleaned text, wire and publisher."""
    from wirecoder.ingest.readers import ReadOptions, make_article
    from wirecoder.model import Article

    out = []
    for c in stories:
        art = make_article(c.text, c.id, ReadOptions(default_date="2025-05-09"), id=c.id,
                           publisher=c.publisher or None)
        assert isinstance(art, Article), art
        out.append((art.id, art.text, art.wire, art.publisher))
    return out


def score(stories: list[Copy]) -> dict[str, float]:
    from wirecoder.dedupe import copy_clusters, pair_scores

    cleaned = clean_stories(stories)
    t0 = time.perf_counter()
    clusters = copy_clusters(cleaned)
    seconds = time.perf_counter() - t0
    s = pair_scores([c.article_ids for c in clusters], {c.id: c.original for c in stories})
    return {**s, "stories": len(stories), "clusters": len(clusters),
            "true_clusters": len({c.original for c in stories}), "seconds": round(seconds, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    small = score(small_corpus(args.seed))
    print("own stories republished:", json.dumps(small))
    big = large_corpus(args.stories, args.seed)
    cleaned = clean_stories(big)
    import wirecoder.dedupe as d

    d.band_ranges()
    d._template()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    clusters = d.copy_clusters(cleaned)
    seconds = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    s = d.pair_scores([c.article_ids for c in clusters], {c.id: c.original for c in big})
    per10k = 10_000 / len(big)
    print(f"{len(big)} stories ({len({c.original for c in big})} originals), {len(clusters)} clusters: "
          f"precision {s['precision']:.4f} recall {s['recall']:.4f}; "
          f"{seconds * per10k:.1f} s and {(rss1 - rss0) / 1024 * per10k:.0f} MiB peak per 10,000 stories "
          f"({len(big) / seconds:.0f} stories/s)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
