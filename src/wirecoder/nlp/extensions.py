"""Custom attributes our components set on spaCy Docs (``doc._.wc_*``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

_NAMES = (
    "wc_meta",  # dict: published date, dateline, title... set before the pipeline runs
    "wc_mentions",  # list[Mention], actors
    "wc_coref",  # dict[int, list[Actor]]: pronouns and descriptions -> actors
    "wc_dates",  # list[DateMention], when
    "wc_places",  # list[Location], where
    "wc_furniture",  # list[(start_char, end_char, kind)]: headline, dateline, byline, credit spans
    "wc_events",  # list[Event], events
    "wc_event_trace",  # list[(sentence start, line)]: why each candidate was kept or not (when asked)
    "wc_quotes",  # list[Quote], quotes
    "wc_amounts",  # list[Amount], amounts
    "wc_sources",  # list[CitedSource], sources cited by the story
)


def text_of(doc: Doc) -> str:
    """The document's text, read once: Doc.text joins every token anew on each call, and the
    components ask for it a dozen times per story."""
    text = doc.user_data.get("wc_text")
    if text is None:
        text = doc.user_data["wc_text"] = doc.text
    return str(text)


def register_extensions() -> None:
    for name in _NAMES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def guarded(name: str, component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
    """Our error policy for a component: a failure on one document is recorded on
    ``doc._.wc_meta["errors"]`` (the coder reports that article as failed) instead
    of killing the whole batch."""

    def run(doc: Doc) -> Doc:
        meta = doc._.wc_meta
        if meta is None:
            return component(doc)
        if meta.get("errors"):
            return doc  # an earlier stage failed: nothing sensible to add
        try:
            return component(doc)
        except Exception as e:  # any bug or bad input in one document
            meta.setdefault("errors", []).append(f"{name}: {type(e).__name__}: {e}")
            return doc

    run.__name__ = name
    return run
