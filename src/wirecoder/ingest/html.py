"""HTML pages: the story's main text and its metadata, via trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Article
from .dates import normalise_date

if TYPE_CHECKING:
    from .readers import ReadOptions


def read_html(html: str, origin: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    import trafilatura

    from .readers import make_article

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        yield InputError(origin, f"malformed HTML ({type(e).__name__}: {e})")
        return
    if doc is None:
        yield InputError(origin, "no story text found in the HTML page")
        return
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (d.get("text") or "").strip()
    title = (d.get("title") or "").strip()
    if title and text.split("\n", 1)[0].strip() == title:
        # trafilatura keeps the headline as the first line; it is the title, and a dateline
        # credit ("MANILA (Reuters) -") can only be seen once it is gone
        text = text.split("\n", 1)[1].strip() if "\n" in text else ""
    if not text:
        yield InputError(origin, "no story text found in the HTML page")
        return
    yield make_article(
        text, origin, opts,
        title=d.get("title") or None,
        url=d.get("url") or None,
        published=normalise_date(d.get("date")),
        publisher=d.get("sitename") or None,
        meta={"format": "html", "author": d.get("author")} if d.get("author") else {"format": "html"},
    )
