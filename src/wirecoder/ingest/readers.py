"""Read stories from files, folders and standard input.

The format is decided by the content (a file named .txt that holds a feed is
read as a feed): JSON Lines, RSS/Atom, HTML or plain text. Readers are
generators: a corpus is streamed, never loaded whole. A bad input, or a bad
line in a JSONL file, is yielded as an :class:`InputError` naming it and the
reason, and the rest goes on: whatever a reader raises (a RecursionError on
JSON nested 50,000 deep, a ValueError on a 5,000-digit number, a MemoryError)
ends that input or line only. Folders stay inside themselves: symbolic links
that leave the folder, FIFOs, sockets and unreadable entries are reported, one
line each, and not followed (``ReadOptions.follow_links`` allows links).
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, MissingInputError, reason_of
from ..model import Article
from .clean import clean_text, wire_name
from .dates import normalise_date
from .safety import degenerate, id_problem, normalise_field, normalise_text

MAX_FILE_BYTES = 20_000_000  # one HTML page or text file; JSONL and feeds stream past this
MAX_STREAM_BYTES = 4_000_000_000


@dataclass(frozen=True)
class ReadOptions:
    default_date: str | None = None
    max_chars: int = 200_000
    follow_links: bool = False  # follow symbolic links in folders even when they lead outside


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
            yield from guarded(read_bytes(data, "-", opts), "-")
            continue
        path = Path(inp)
        if path.is_dir():
            for entry in walk_folder(path, opts.follow_links):
                if isinstance(entry, InputError):
                    yield entry
                else:
                    yield from guarded(read_file(entry, opts), str(entry))
        elif path.exists():
            yield from guarded(read_file(path, opts), inp)
        else:
            yield MissingInputError(inp, "no such file or directory")


_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?!\d)")


def name_date(path: Path) -> str | None:
    """The date a file name starts with: '2018-06-12_singapore-summit.txt' -> '2018-06-12'."""
    m = _NAME_DATE.match(path.name)
    return normalise_date(m[1]) if m else None


def guarded(items: Iterator[Article | InputError], origin: str) -> Iterator[Article | InputError]:
    """The items of one input; whatever its reader raises becomes one InputError naming it."""
    try:
        yield from items
    except Exception as e:  # RecursionError, ValueError, MemoryError...: this input only
        yield InputError(origin, f"cannot be read ({reason_of(e)})")


def walk_folder(root: Path, follow_links: bool = False) -> Iterator[Path | InputError]:
    """The regular files under ``root`` (recursively, in sorted path order, hidden entries skipped); anything
    else that is there and not read (a link leaving the folder, a FIFO, an unreadable folder) as an InputError."""
    top = root.resolve()
    seen = {top}
    stack = [_entries(root)]  # an iterator per open folder: depth-first, without recursion
    while stack:
        path = next(stack[-1], None)
        if path is None:
            stack.pop()
            continue
        if isinstance(path, InputError):
            yield path
            continue
        found = _folder_entry(path, top, follow_links)
        if isinstance(found, InputError):
            yield found
        elif found[0] == "file":
            yield path
        elif found[1] not in seen:  # a folder (a linked one is entered once: no loops)
            seen.add(found[1])
            stack.append(_entries(path))


def _entries(folder: Path) -> Iterator[Path | InputError]:
    try:
        names = sorted(e.name for e in os.scandir(folder) if not e.name.startswith("."))
    except OSError as e:
        yield InputError(str(folder), f"cannot read folder: {e.strerror or e}")
        return
    for name in names:
        yield folder / name


def _folder_entry(path: Path, top: Path, follow_links: bool) -> tuple[str, Path] | InputError:
    """('file' | 'dir', real path) for what to read or enter; an InputError for what is refused."""
    try:
        st = path.lstat()
        is_link = stat.S_ISLNK(st.st_mode)
        if is_link:
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):
                return InputError(str(path), "broken symbolic link (its target does not exist); skipped")
            if not follow_links and not real.is_relative_to(top):
                return InputError(str(path), f"symbolic link to {real}, outside the folder; not followed "
                                             f"(--follow-links follows it)")
            st = real.stat()
        else:
            real = path
    except OSError as e:
        return InputError(str(path), f"cannot read: {e.strerror or e}")
    if stat.S_ISDIR(st.st_mode):
        if is_link and not follow_links:
            return InputError(str(path), "symbolic link to a folder; not followed (--follow-links follows it)")
        return "dir", real.resolve()
    if stat.S_ISREG(st.st_mode):
        return "file", real
    return InputError(str(path), f"not a regular file ({_kind_of(st.st_mode)}); skipped")


def _kind_of(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def read_file(path: Path, opts: ReadOptions) -> Iterator[Article | InputError]:
    """Every article in one file. A file name that starts with YYYY-MM-DD dates the stories in it that
    carry no date of their own (before ``opts.default_date``, which is for a whole batch)."""
    origin = str(path)
    dated = name_date(path)
    if dated:
        opts = replace(opts, default_date=dated)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            # named on the command line: a FIFO such as <(zcat corpus.jsonl.gz) is read as a stream
            with path.open("rb") as stream:
                data = stream.read(MAX_STREAM_BYTES)
            yield from read_bytes(data, origin, opts, suffix=path.suffix.lower())
            return
        size = st.st_size
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
        data = f.read()
        items = _parse_json(data, origin)
        if isinstance(items, InputError) and _looks_like_lines(data):
            f.seek(0)  # not one JSON array: JSON Lines whose first line is an array (a bad line)
            yield from _read_lines(f, origin, opts)
            return
        if isinstance(items, InputError):
            yield items
            return
        items = items if isinstance(items, list) else [items]
        if not items:
            yield InputError(origin, "no articles (an empty JSON array)")
        for n, obj in enumerate(items, 1):
            yield _guarded_item(obj, f"{origin}:{n}", opts)
        return
    f.seek(0)
    yield from _read_lines(f, origin, opts)


def _looks_like_lines(data: bytes) -> bool:
    """A second line that starts a JSON object or array at its first column: JSON Lines, not an
    indented JSON document."""
    rest = data.lstrip().split(b"\n", 1)[1:]
    second = next((line for line in (rest[0].split(b"\n") if rest else []) if line.strip()), b"")
    return second.startswith((b"{", b"["))


def _read_lines(f: IO[bytes], origin: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    for n, raw in enumerate(f, 1):
        yield from read_jsonl_line(raw, f"{origin}:{n}", opts)


def read_jsonl_line(raw: bytes, where: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    """The article on one JSONL line (nothing for a blank line); ``where`` names it ("path:n").
    Whatever is wrong with the line is that line's error only."""
    if not raw.strip():
        return
    if len(raw) > opts.max_chars * 4 + 10_000:
        yield InputError(where, f"line too long ({len(raw):,} bytes; articles are limited to "
                                f"{opts.max_chars:,} characters)")
        return
    obj = _parse_json(raw, where)
    yield obj if isinstance(obj, InputError) else _guarded_item(obj, where, opts)


def _parse_json(raw: bytes, where: str) -> Any:
    """The parsed value, or an InputError saying why it is not JSON (never an exception)."""
    try:
        return json.loads(raw.decode("utf-8-sig").rstrip("\r\n"))
    except UnicodeDecodeError as e:
        return InputError(where, f"undecodable bytes at offset {e.start} (JSON must be UTF-8)")
    except json.JSONDecodeError as e:
        # e.msg may end in "at" ("Unterminated string starting at"): say where once
        return InputError(where, f"invalid JSON ({e.msg.removesuffix(' at')} at line {e.lineno}, "
                                 f"column {e.colno})")
    except RecursionError:
        return InputError(where, "invalid JSON (nested too deeply)")
    except ValueError as e:  # Python refuses integers of more than 4,300 digits
        return InputError(where, f"invalid JSON ({str(e).split(':')[0].lower()})")
    except Exception as e:  # MemoryError and friends: this line only
        return InputError(where, f"cannot be read ({reason_of(e)})")


def _guarded_item(obj: Any, where: str, opts: ReadOptions) -> Article | InputError:
    try:
        return _jsonl_item(obj, where, opts)
    except Exception as e:
        return InputError(where, f"cannot be read ({reason_of(e)})")


def _jsonl_item(obj: Any, where: str, opts: ReadOptions) -> Article | InputError:
    if not isinstance(obj, dict):
        return InputError(where, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(where, "no \"text\" field with the story")
    art_id = _id_of(obj.get("id"))
    if art_id is not None and not isinstance(art_id, str):
        return InputError(where, art_id[0])
    date = obj.get("date") or obj.get("published")
    published = None
    if date:
        published = normalise_date(str(date)) if len(str(date)) <= 100 else None
        if published is None:
            return InputError(where, f"\"date\": {str(date)[:40]!r} is not a date (YYYY-MM-DD, or a date "
                                     f"with a month name)")
    return make_article(
        text, where, opts, id=art_id,
        title=_str(obj.get("title")), url=_str(obj.get("url")), published=published,
        publisher=_str(obj.get("publisher") or obj.get("source")),
        wire=_str(obj.get("wire")),
    )


def _id_of(value: Any) -> str | tuple[str] | None:
    """The id as a string; None when there is none; (reason,) when it cannot be used."""
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return (f"\"id\" must be a string or a number, not {type(value).__name__}",)
    text = str(value)
    why = id_problem(text)
    return (f"unusable \"id\": {why}",) if why else text


def _str(v: Any) -> str | None:
    return str(v).strip() or None if v not in (None, "") else None


def make_article(raw: str, origin: str, opts: ReadOptions, *, id: str | None = None,
                 title: str | None = None, url: str | None = None, published: str | None = None,
                 publisher: str | None = None, wire: str | None = None,
                 meta: dict[str, Any] | None = None) -> Article | InputError:
    """Clean ``raw`` and build the Article; metadata given by the input wins over what cleaning finds.

    The text is made safe first (ingest/safety.py): unencodable code points replaced, control
    characters removed, degenerate text refused, so that cleaning and the tokenizer stay fast."""
    if len(raw) > opts.max_chars:
        return InputError(origin, f"article too long ({len(raw):,} characters; the limit is "
                                  f"{opts.max_chars:,}: split it or raise --max-chars)")
    raw = normalise_text(raw)
    why = degenerate(raw) or (id_problem(id) if id is not None else None)
    if why:
        return InputError(origin, why)
    title, url, publisher, wire = (normalise_field(v) for v in (title, url, publisher, wire))
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
        origin=normalise_text(origin),  # a file name may hold undecodable bytes (surrogate escapes)
        meta=m,
    )
