"""Read stories from files, folders and standard input.

The format is decided by the content (a file named .txt that holds a feed is
read as a feed): JSON Lines, RSS/Atom, HTML or plain text. Readers are
generators: a corpus is streamed, never loaded whole. A bad input, or a bad
line in a JSONL file, is yielded as an :class:`InputError` naming it and the
reason, and the rest goes on.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, MissingInputError
from ..model import Article
from .clean import clean_text, wire_name
from .dates import normalise_date

MAX_FILE_BYTES = 20_000_000  # one HTML page or text file; JSONL and feeds stream past this
MAX_STREAM_BYTES = 4_000_000_000


@dataclass(frozen=True)
class ReadOptions:
    default_date: str | None = None
    max_chars: int = 200_000


def check_paths(inputs: Iterable[str]) -> None:
    """Raise MissingInputError for the first input that does not exist."""
    for inp in inputs:
        if inp != "-" and not Path(inp).exists():
            raise MissingInputError(inp, "no such file or directory")


def read_inputs(inputs: Iterable[str], opts: ReadOptions | None = None,
                stdin: IO[bytes] | None = None) -> Iterator[Article | InputError]:
    """Every article in ``inputs`` (paths, folders, or "-"), in order."""
    opts = opts or ReadOptions()
    for inp in inputs:
        if inp == "-":
            data = (stdin or sys.stdin.buffer).read(MAX_STREAM_BYTES)
            yield from read_bytes(data, "-", opts)
            continue
        path = Path(inp)
        if path.is_dir():
            for f in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in f.relative_to(path).parts):
                    yield from read_file(f, opts)
        elif path.exists():
            yield from read_file(path, opts)
        else:
            yield MissingInputError(inp, "no such file or directory")


def read_file(path: Path, opts: ReadOptions) -> Iterator[Article | InputError]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputError(origin, "empty file")
            return
        with path.open("rb") as f:
            head = f.read(8192)
            kind = sniff(head, path.suffix.lower())
            if kind == "jsonl":
                f.seek(0)
                yield from read_jsonl_stream(f, origin, opts)
                return
            if size > MAX_FILE_BYTES and kind != "feed":
                yield InputError(origin, f"file too large ({size:,} bytes; the limit for one "
                                         f"{kind} input is {MAX_FILE_BYTES:,}; split it or use JSONL)")
                return
            f.seek(0)
            data = f.read(MAX_STREAM_BYTES)
    except OSError as e:
        yield InputError(origin, f"cannot read: {e.strerror or e}")
        return
    yield from read_bytes(data, origin, opts, suffix=path.suffix.lower())


def read_bytes(data: bytes, origin: str, opts: ReadOptions, suffix: str = "") -> Iterator[Article | InputError]:
    if not data.strip():
        yield InputError(origin, "empty input")
        return
    kind = sniff(data[:8192], suffix)
    if kind == "binary":
        yield InputError(origin, "binary data, not text (no article to read)")
        return
    if kind == "jsonl":
        import io

        yield from read_jsonl_stream(io.BytesIO(data), origin, opts)
        return
    if kind == "feed":
        from .feeds import read_feed

        yield from read_feed(data, origin, opts)
        return
    warnings: list[str] = []
    try:
        text = decode(data, origin, warnings)
    except InputError as e:
        yield e
        return
    if kind == "html":
        from .html import read_html

        yield from read_html(text, origin, opts)
        return
    if kind == "xml":
        yield InputError(origin, "XML that is neither an RSS/Atom feed nor an HTML page")
        return
    art = make_article(text, origin, opts, meta={"warnings": warnings} if warnings else None)
    yield art


def sniff(head: bytes, suffix: str = "") -> str:
    """binary | jsonl | feed | html | xml | text, from the first bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:  # UTF-16 with a byte-order mark: judge the text, not its NUL bytes
            head = head.decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:
            return "binary"
    if b"\x00" in head[:4096]:
        return "binary"
    sample = head[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.02:
        return "binary"
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if s.startswith(b"{") or (s.startswith(b"[") and (suffix in (".json", ".jsonl") or
                                                      s[1:].lstrip().startswith((b"{", b"]")))):
        return "jsonl"
    if s.startswith(b"<"):
        if any(t in s for t in (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")):
            return "feed"
        if any(t in s for t in (b"<html", b"<!doctype html", b"<body", b"<head", b"<p>", b"<p ", b"<div",
                                b"<article")):
            return "html"
        return "xml" if s.startswith(b"<?xml") else "html"
    if suffix in (".html", ".htm"):
        return "html"
    if not _valid_utf8_prefix(head):
        # Bytes that no text encoding explains are binary; legacy 8-bit text is not.
        from charset_normalizer import from_bytes

        best = from_bytes(head).best()
        if best is None or best.chaos > 0.3:
            return "binary"
    return "text"


def _valid_utf8_prefix(head: bytes) -> bool:
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as e:
        return e.start >= len(head) - 4  # a character cut by the 8 KiB window


UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes, origin: str, warnings: list[str] | None = None) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or a legacy 8-bit code page.

    UTF-8 with a few damaged bytes is UTF-8: the bad bytes become U+FFFD and a warning says so
    (re-reading the whole story as a legacy code page would garble every accented letter)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        first_bad = e.start
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    if UTF8_MULTIBYTE.search(data) and bad <= max(10, len(data) // 200):
        if warnings is not None:
            warnings.append(f"{bad} undecodable byte(s) replaced (first at offset {first_bad})")
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise InputError(origin, f"undecodable bytes: not UTF-8 (first bad byte at offset {first_bad}) "
                                 f"and no other text encoding fits")
    return str(best)


def read_jsonl_stream(f: IO[bytes], origin: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    """One article per line; a JSON array file is accepted too."""
    first = f.read(1)
    while first in (b" ", b"\n", b"\r", b"\t", b"\xef", b"\xbb", b"\xbf"):
        first = f.read(1)
    if first == b"[":
        f.seek(0)
        try:
            items = json.loads(f.read().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            yield InputError(origin, f"invalid JSON: {e}")
            return
        for n, obj in enumerate(items if isinstance(items, list) else [items], 1):
            yield from _jsonl_item(obj, f"{origin}:{n}", opts)
        return
    f.seek(0)
    for n, raw in enumerate(f, 1):
        yield from read_jsonl_line(raw, f"{origin}:{n}", opts)


def read_jsonl_line(raw: bytes, where: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    """The article on one JSONL line (nothing for a blank line); ``where`` names it ("path:n")."""
    if not raw.strip():
        return
    if len(raw) > opts.max_chars * 4 + 10_000:
        yield InputError(where, f"line too long ({len(raw):,} bytes; articles are limited to "
                                f"{opts.max_chars:,} characters)")
        return
    try:
        obj = json.loads(raw.decode("utf-8-sig").rstrip("\r\n"))
    except UnicodeDecodeError as e:
        yield InputError(where, f"undecodable bytes at offset {e.start} (JSONL must be UTF-8)")
        return
    except json.JSONDecodeError as e:
        yield InputError(where, f"invalid JSON ({e.msg} at column {e.colno})")
        return
    yield from _jsonl_item(obj, where, opts)


def _jsonl_item(obj: Any, where: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    if not isinstance(obj, dict):
        yield InputError(where, "not a JSON object")
        return
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        yield InputError(where, "no \"text\" field with the story")
        return
    date = obj.get("date") or obj.get("published")
    art = make_article(
        text, where, opts,
        id=str(obj["id"]) if obj.get("id") not in (None, "") else None,
        title=_str(obj.get("title")), url=_str(obj.get("url")),
        published=normalise_date(str(date)) if date else None,
        publisher=_str(obj.get("publisher") or obj.get("source")),
        wire=_str(obj.get("wire")),
    )
    yield art


def _str(v: Any) -> str | None:
    return str(v).strip() or None if v not in (None, "") else None


def make_article(raw: str, origin: str, opts: ReadOptions, *, id: str | None = None,
                 title: str | None = None, url: str | None = None, published: str | None = None,
                 publisher: str | None = None, wire: str | None = None,
                 meta: dict[str, Any] | None = None) -> Article | InputError:
    """Clean ``raw`` and build the Article; metadata given by the input wins over what cleaning finds."""
    if len(raw) > opts.max_chars:
        return InputError(origin, f"article too long ({len(raw):,} characters; the limit is "
                                  f"{opts.max_chars:,}: split it or raise --max-chars)")
    c = clean_text(raw)
    if not c.text.strip():
        return InputError(origin, "no story text (empty after removing credits and footers)")
    m = dict(meta or {})
    if c.dateline:
        m["dateline"] = c.dateline
    if c.credits:
        m["credits"] = c.credits
    return Article(
        id=id or Article.make_id(raw),
        text=c.text,
        title=title or c.title,
        url=url,
        published=published or opts.default_date,
        publisher=publisher or c.publisher,
        wire=wire_name(wire) if wire else c.wire,
        origin=origin,
        meta=m,
    )
