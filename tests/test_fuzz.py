"""A fuzz test over the readers and the coder: a few hundred generated hostile inputs beside good ones.

No input may raise out of the readers, print a traceback, hang past its time limit or cost a good
article its place: every good story is stored with its event, every hostile one is coded or named
on stderr with a reason. The inputs are generated from a fixed seed, so a failure reproduces.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from pathlib import Path

import pytest

from conftest import run_cli
from wirecoder.errors import InputError
from wirecoder.ingest import ReadOptions, read_inputs

# subprocesses, servers, whole gold sets: the slow tier (pytest -m "not slow" skips it)
pytestmark = pytest.mark.slow

DATE = "2025-05-09"
GOOD = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday."
PUNCT = "!?.,;:-()[]{}\"'*&^%$#@<>/\\|~`=+_"


def good_story(n: int) -> str:
    return f"{GOOD} It was meeting number {n} of the year."


def _unicode(rng: random.Random, n: int) -> str:
    ranges = [(0x20, 0x7E), (0xA0, 0x2FF), (0x300, 0x36F), (0x590, 0x6FF), (0x200B, 0x200F), (0x202A, 0x202E),
              (0x2028, 0x2029), (0x3000, 0x30FF), (0x4E00, 0x4E80), (0xFFF0, 0xFFFF), (0x1F300, 0x1F64F),
              (0xE000, 0xE0FF), (0x0, 0x1F)]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def hostile_texts(rng: random.Random) -> list[str]:
    """Text bodies meant to trip the cleaning, the language check, the tokenizer or the components."""
    words = ["Russia", "China", "said", "met", "the", "sanctions", "\"", "“", "”", "$5 billion", "12.5%",
             "(Reuters)", "—", "U.S.", "Mr.", "on", "Monday", "1,000", "troops", "NATO", "'", "…"]
    out = []
    for n in (10, 150, 250, 2000, 20_000):
        out += [rng.choice("[](){}\"'*#") * n, "".join(rng.choice(PUNCT) for _ in range(n)),
                " ".join(rng.choice(PUNCT) for _ in range(n // 2))]
    out += ["😀" * 300, "a" + "\u0301" * 4000, "\u202e" + GOOD[::-1], "\u200b".join(GOOD), "x" * 6000,
            "http://example.com/" + "a/b?c=d&" * 400, " " * 30_000 + "Russia.", "\n" * 20_000 + "China.",
            "\t \r" * 5000 + GOOD, GOOD + "\x00" * 1000, "\ufeff" * 50 + GOOD, "\ufffe\uffff" * 100 + GOOD,
            "The post " * 3000 + "appeared first on " * 2000, "(Reporting by x; " * 2000,
            "MOSCOW (Reuters) - " * 500 + GOOD, "–BLOOMBERG " * 1000, "the " * 4000,
            "\n".join(str(rng.randint(0, 10**9)) for _ in range(300)), "9" * 4999, "1e999 " * 300,
            "<script>alert(1)</script>" * 50 + GOOD, "&amp;&#x0;&#xD800;&#99999999;" * 200 + GOOD]
    for _ in range(40):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 600))))
    for _ in range(25):
        out.append(_unicode(rng, rng.randint(1, 3000)))
    return out


def hostile_files(rng: random.Random) -> list[tuple[str, bytes]]:
    """Whole files: binary, broken encodings, HTML, feeds, JSON that fights back."""
    files: list[tuple[str, bytes]] = []
    for i in range(12):
        files.append((f"random{i}.txt", rng.randbytes(rng.randint(1, 6000))))
    files += [("bom-only.txt", b"\xef\xbb\xbf"), ("utf16.txt", b"\xff\xfe" + rng.randbytes(3000)),
              ("surrogates.txt", b"Russia met China \xed\xa0\x80 in Moscow on Monday for talks on trade."),
              ("latin1.txt", "Le président a rencontré à Moscou".encode("latin-1")),
              ("nul-middle.txt", GOOD.encode() + b"\x00" * 10 + GOOD.encode())]
    for depth in (200, 5000, 60_000):
        files.append((f"deep{depth}.html", b"<html><body>" + b"<div>" * depth + GOOD.encode() + b"</div>" * depth))
        files.append((f"deep{depth}.json", b"[" * depth + b"]" * depth))
        files.append((f"deepobj{depth}.json", b'{"a":' * depth + b"1" + b"}" * depth))
    files += [("unclosed.html", b"<html><body><p>" + GOOD.encode() + b"<p><b><i><table><tr><td>" * 500),
              ("script.html", b"<html><script>" + b"x" * 50_000 + b"</script></html>"),
              ("attrs.html", b'<html><body><p title="' + b"a" * 200_000 + b'">' + GOOD.encode() + b"</p>"),
              ("comments.html", b"<html><body>" + b"<!--" * 5000 + GOOD.encode()),
              ("entities.html", b"<html><body><p>" + b"&lt;&#0;&#x110000;&bogus;" * 3000 + b"</p>"),
              ("bigint.json", b'[{"id": ' + b"7" * 5000 + b', "text": "Russia met China."}]'),
              ("types.json", json.dumps([1, "x", None, [], {"text": 5}, {"text": GOOD, "id": {"a": 1}}]).encode()),
              ("empty-array.json", b"[]"), ("null.json", b"null"),
              ("laughs.xml", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                             b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">'
                             b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                             b'<rss><channel><item><title>&d;</title><description>&d;</description></item>'
                             b'</channel></rss>'),
              ("feed.xml", b"<rss><channel>" + b"".join(
                  b"<item><title>t</title><description><![CDATA[" + t + b"]]></description></item>"
                  for t in (b"", b"<div>" * 3000, b"[" * 9000, GOOD.encode(), b"&#0;" * 100)) + b"</channel></rss>"),
              ("xxe.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                          b"<rss><channel><item><description>&x;</description></item></channel></rss>"),
              ("not-feed.xml", b"<?xml version='1.0'?><data>" + b"<x/>" * 1000 + b"</data>")]
    return files


def hostile_lines(rng: random.Random, texts: list[str]) -> list[str]:
    lines = ["[" * 40_000 + "]" * 40_000, '{"id": ' + "1" * 5000 + "}", '{"text": "unterminated',
             '{"id": "x", "text": "' + "\\ud800" * 100 + ' Russia met China."}', "\x00\x01\x02", "{}", "[]",
             '{"text": null}', '{"id": "a/b", "text": "' + GOOD + '"}',
             '{"text": "' + GOOD + '", "date": "2024-99-99"}',
             '{"text": "' + GOOD + '", "date": "' + "9" * 300 + '"}', '{"id": "' + "x" * 1000 + '", "text": "a"}',
             json.dumps({"text": GOOD, "title": "\ud800" * 10, "url": "javascript:alert(1)"})]
    lines += [json.dumps({"text": t}) for t in rng.sample(texts, 40)]
    lines += [json.dumps({"id": rng.randint(-10**9, 10**9), "text": _unicode(rng, 200)}) for _ in range(20)]
    return lines


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, int, int]:
    """A folder of hostile files, hostile texts and a hostile JSONL file, with good stories among them."""
    rng = random.Random(2026_11_30)
    folder = tmp_path_factory.mktemp("fuzz") / "in"
    folder.mkdir()
    texts = hostile_texts(rng)
    entries: list[tuple[str, bytes]] = hostile_files(rng)
    entries += [(f"text{i:03d}.txt", t.encode("utf-8", "surrogatepass")) for i, t in enumerate(texts)]
    n_good = 0
    mixed: list[tuple[str, bytes]] = []
    for entry in entries:
        mixed.append(entry)
        if len(mixed) % 6 == 0:
            mixed.append((f"good{n_good:03d}.txt", good_story(n_good).encode()))
            n_good += 1
    for name, data in mixed:
        (folder / name).write_bytes(data)
    lines = []
    for i, line in enumerate(hostile_lines(rng, texts)):
        lines.append(line)
        if i % 4 == 0:
            lines.append(json.dumps({"id": f"good-line-{n_good}", "text": good_story(n_good), "date": DATE}))
            n_good += 1
    (folder / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    n_inputs = len(mixed) + len(lines)
    return folder, n_good, n_inputs


def test_the_readers_never_raise_on_hostile_input(corpus):
    folder, n_good, n_inputs = corpus
    assert n_inputs >= 250
    t0 = time.monotonic()
    items = list(read_inputs([str(folder)], ReadOptions(default_date=DATE)))  # raises nothing
    took = time.monotonic() - t0
    assert took < 60, f"reading {n_inputs} hostile inputs took {took:.0f} s"
    goods = [a for a in items if not isinstance(a, InputError) and "meeting number" in a.text]
    assert len(goods) == n_good
    for item in items:
        if isinstance(item, InputError):
            assert item.reason and "\n" not in item.reason and len(item.reason) < 400, item


@pytest.mark.slow
def test_hostile_batch_codes_every_good_story(corpus, tmp_path):
    folder, n_good, _ = corpus
    db = tmp_path / "fuzz.db"
    t0 = time.monotonic()
    res = run_cli("ingest", str(folder), "--db", str(db), "--workers", "2", "--article-timeout", "20",
                  "--date", DATE, timeout=400)
    took = time.monotonic() - t0
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout, res.stderr[-3000:]
    assert res.returncode == 1
    errs = res.stderr.splitlines()
    assert all(line.startswith("wirecoder: ") for line in errs), [x for x in errs if not x.startswith("wirecoder")]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT a.text, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id AND "
                            "e.event_type = 'CONSULT') FROM articles a WHERE a.text LIKE '%meeting number%'"
                            ).fetchall()
        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert len(rows) == n_good and all(n >= 1 for _, n in rows), "a good story was lost or coded without its event"
    timeouts = sum("took longer than" in line for line in errs)
    print(f"\nfuzz: {stored} articles stored, {len(errs) - 0} lines on stderr, {timeouts} over the time limit, "
          f"{took:.0f} s")
