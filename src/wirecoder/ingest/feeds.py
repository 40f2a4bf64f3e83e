"""RSS and Atom feeds: each item is an article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import InputError, reason_of
from ..model import Article
from .dates import from_struct, normalise_date

if TYPE_CHECKING:
    from .readers import ReadOptions


def html_to_text(fragment: str) -> str:
    """Item content is HTML: keep paragraphs as lines, drop the markup."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises ParserError and friends on garbage
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"}
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in blocks:
            el.tail = "\n" + (el.tail or "")
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    return "\n".join(line for line in lines if line)


def read_feed(data: bytes, origin: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        yield InputError(origin, f"malformed feed ({why})" if why else "feed has no items")
        return
    publisher = (parsed.get("feed") or {}).get("title") or None
    for n, e in enumerate(entries, 1):
        where = f"{origin}#item{n}"
        try:
            yield _item(e, where, publisher, opts)
        except Exception as exc:  # one bad item (nested too deeply, out of memory): the others go on
            yield InputError(where, f"cannot be read ({reason_of(exc)})")


def _item(e: Any, where: str, publisher: str | None, opts: ReadOptions) -> Article | InputError:
    from .readers import make_article

    text = html_to_text(_entry_body(e))
    if not text:
        return InputError(where, "feed item has no text")
    published = from_struct(e.get("published_parsed") or e.get("updated_parsed")) \
        or normalise_date(_short(e.get("published") or e.get("updated")))
    return make_article(
        text, where, opts,
        title=(e.get("title") or "").strip() or None,
        url=e.get("link") or None,
        published=published,
        publisher=publisher,
        meta={"format": "feed", "guid": e.get("id")} if e.get("id") else {"format": "feed"},
    )


def _short(value: str | None) -> str | None:
    # dateparser is slow on long strings; no date is longer than this
    return value if value and len(value) <= 100 else None


def _entry_body(e: Any) -> str:
    contents = e.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = e.get("summary") or ""
    return best if len(best) >= len(summary) else summary
