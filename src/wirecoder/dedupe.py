"""Syndicated copies: the same wire story republished under other headlines and footers.

A story is sketched as a MinHash (datasketch) of its word shingles (runs of
``SHINGLE`` words of the cleaned text, lower-cased, punctuation and quote
styles ignored). Candidates come from locality-sensitive hashing (LSH bands of
the signature; datasketch's ``MinHashLSH`` in memory, the same band keys in a
table for a store); a candidate is a copy when the estimated *containment* of
the shorter story in the longer one is at least ``min_containment``. So a copy
trimmed to its first paragraphs, extended with a local paragraph, given another
headline or footer, or with a few typos, is still a copy, while two stories
that merely share a phrase or a quote are not.

Copies form a cluster (connected pairs). Its id is the smallest article id in
it, so the same corpus gives the same clusters whatever order it is read in;
a cluster knows its original wire (the agency named by its copies, the most
common one) and its publishers.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

SHINGLE = 4  # words per shingle
NUM_PERM = 128  # MinHash permutations
LSH_THRESHOLD = 0.2  # the Jaccard similarity the LSH bands are tuned to catch...
LSH_WEIGHTS = (0.2, 0.8)  # ...missing copies weighs more than checking a candidate (56 bands of 2 values)
MIN_CONTAINMENT = 0.6  # share of the shorter story's shingles found in the other
SEED = 1


@dataclass(frozen=True)
class Sketch:
    """A story's MinHash signature and how many distinct shingles it has."""

    hashvalues: np.ndarray  # uint32, NUM_PERM values (datasketch affine32)
    size: int

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, size: int) -> Sketch:
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), size)


@dataclass
class CopyCluster:
    cluster_id: str
    article_ids: list[str]
    wire: str | None = None
    publishers: list[str] = field(default_factory=list)


_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """The story's words, lower-cased; apostrophes of every style dropped ("Russia’s" -> "russias")."""
    return _WORD.findall(re.sub(r"['’‘`]", "", text.lower()))


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    w = words(text)
    if len(w) < k:
        return {" ".join(w).encode("utf-8")} if w else set()
    return {" ".join(w[i:i + k]).encode("utf-8") for i in range(len(w) - k + 1)}


@lru_cache(maxsize=1)
def _template() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED)


def minhash(text: str) -> Any:
    """A datasketch MinHash of the story's shingles (the permutations are made once per process)."""
    from datasketch import MinHash

    t = _template()
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=t.permutations, scheme=t.scheme)
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return m


def sketch(text: str) -> Sketch:
    sh_count = len(shingles(text))
    return Sketch(np.asarray(minhash(text).hashvalues, dtype=np.uint32), sh_count)


def jaccard(a: Sketch, b: Sketch) -> float:
    return float(np.count_nonzero(a.hashvalues == b.hashvalues)) / len(a.hashvalues)


def containment(a: Sketch, b: Sketch) -> float:
    """Estimated share of the smaller story's shingles that the other has: |A∩B| = J(|A|+|B|)/(1+J)."""
    if not a.size or not b.size:
        return 0.0
    j = jaccard(a, b)
    return min(1.0, j * (a.size + b.size) / (1 + j) / min(a.size, b.size))


def is_copy(a: Sketch, b: Sketch, min_containment: float = MIN_CONTAINMENT) -> bool:
    return containment(a, b) >= min_containment


@lru_cache(maxsize=1)
def band_ranges() -> list[tuple[int, int]]:
    """The LSH bands (start, end) of the signature, as datasketch's MinHashLSH chooses them."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    return [(int(s), int(e)) for s, e in lsh.hashranges]


def band_keys(s: Sketch) -> list[tuple[int, str]]:
    """(band, key) pairs: two stories sharing one are LSH candidates (what a store indexes)."""
    out = []
    for i, (start, end) in enumerate(band_ranges()):
        raw = s.hashvalues[start:end].astype("<u4").tobytes()
        out.append((i, hashlib.blake2b(raw, digest_size=8).hexdigest()))
    return out


def lsh_keys(s: Sketch) -> list[str]:
    """The band keys as single strings ("07" + hash), the form a store indexes."""
    return [f"{band:02d}{key}" for band, key in band_keys(s)]


def wire_of(wires: Iterable[str | None]) -> str | None:
    """The original wire of a cluster: the agency its copies name most often (ties: by name)."""
    counts = Counter(w for w in wires if w)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def publisher_key(publisher: str | None, url: str | None = None) -> str:
    """Who published a copy: the publisher's name, else the URL's host, else '' (unknown)."""
    if publisher:
        return publisher.strip()
    if url and "://" in url:
        host = url.split("://", 1)[1].split("/", 1)[0].lower()
        return host.removeprefix("www.")
    return ""


@dataclass
class _Story:
    article_id: str
    sketch: Sketch
    wire: str | None
    publisher: str


class CopyIndex:
    """Stories added one by one; copies found with datasketch's MinHashLSH; clusters on demand."""

    def __init__(self, min_containment: float = MIN_CONTAINMENT) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
        self.min_containment = min_containment
        self.stories: dict[str, _Story] = {}
        self.parent: dict[str, str] = {}

    def _find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def add(self, article_id: str, text: str, wire: str | None = None, publisher: str | None = None,
            url: str | None = None) -> list[str]:
        """Add a story; returns the ids of the stories already added that it is a copy of."""
        if article_id in self.stories:
            return []
        from datasketch import LeanMinHash

        m = minhash(text)
        s = Sketch(np.asarray(m.hashvalues, dtype=np.uint32), len(shingles(text)))
        self.parent[article_id] = article_id
        copies = [other for other in self.lsh.query(m)
                  if is_copy(s, self.stories[other].sketch, self.min_containment)]
        for other in copies:
            self._union(article_id, other)
        self.lsh.insert(article_id, LeanMinHash(m))
        self.stories[article_id] = _Story(article_id, s, wire, publisher_key(publisher, url))
        return copies

    def cluster_of(self, article_id: str) -> str:
        return self._find(article_id)

    def clusters(self, min_size: int = 1) -> list[CopyCluster]:
        groups: dict[str, list[str]] = {}
        for aid in self.stories:
            groups.setdefault(self._find(aid), []).append(aid)
        out = []
        for root, ids in sorted(groups.items()):
            if len(ids) < min_size:
                continue
            members = [self.stories[i] for i in sorted(ids)]
            out.append(CopyCluster(root, [m.article_id for m in members], wire_of(m.wire for m in members),
                                   sorted({m.publisher for m in members if m.publisher})))
        return out


def copy_clusters(stories: Iterable[Sequence[Any]], min_size: int = 1) -> list[CopyCluster]:
    """Clusters of (article_id, text, wire, publisher[, url]) tuples."""
    index = CopyIndex()
    for st in stories:
        index.add(*st)
    return index.clusters(min_size)


def pair_scores(predicted: Iterable[Iterable[str]], truth: dict[str, str]) -> dict[str, float]:
    """Pairwise precision and recall of predicted clusters against true cluster labels."""
    from itertools import combinations

    pred_pairs = {tuple(sorted(p)) for c in predicted for p in combinations(c, 2)}
    by_label: dict[str, list[str]] = {}
    for aid, label in truth.items():
        by_label.setdefault(label, []).append(aid)
    true_pairs = {tuple(sorted(p)) for ids in by_label.values() for p in combinations(ids, 2)}
    hit = len(pred_pairs & true_pairs)
    precision = hit / len(pred_pairs) if pred_pairs else 1.0
    recall = hit / len(true_pairs) if true_pairs else 1.0
    return {"precision": precision, "recall": recall, "pairs_predicted": len(pred_pairs),
            "pairs_true": len(true_pairs)}
