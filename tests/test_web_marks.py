"""Marking coded spans in a story: overlapping spans nest or split, and everything is escaped."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from wirecoder.web.marks import Span, evidence_html, mark_text, spans_of


class Tree(HTMLParser):
    """Checks that tags nest properly and collects the text and the open marks over each character."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict[str, str | None]] = []
        self.text = ""
        self.kinds_at: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "mark"
        self.stack.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        assert tag == "mark" and self.stack, "a closing tag without its opening one"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text += data
        self.kinds_at += [[str(a["data-kind"]) for a in self.stack]] * len(data)


def parse(html: str) -> Tree:
    t = Tree()
    t.feed(html)
    t.close()
    assert not t.stack, "every mark is closed"
    return t


def test_overlapping_spans_split_and_nest():
    text = "Putin met Xi in Moscow & said hi."
    spans = [Span(0, 5, "actor"), Span(6, 9, "event", (("data-event-id", "e1"),)), Span(0, 22, "quote"),
             Span(15, 27, "amount"), Span(15, 22, "place"), Span(15, 22, "actor")]
    html = str(mark_text(text, spans))
    tree = parse(html)
    assert tree.text == text
    assert tree.kinds_at[0] == ["quote", "actor"]
    assert tree.kinds_at[6] == ["quote", "event"]
    assert tree.kinds_at[15] == ["quote"]  # spans are pulled in to their words: the space is unmarked
    assert tree.kinds_at[16] == ["quote", "amount", "place", "actor"]
    assert tree.kinds_at[24] == ["amount"]  # the amount crossed the quote's end: split, then continued
    assert html.count('data-kind="amount"') == 2 and 'data-part="cont"' in html
    assert 'data-event-id="e1"' in html


def test_everything_is_escaped():
    text = '<script>alert("x")</script> & Co'
    html = str(mark_text(text, [Span(0, 8, "actor", (("title", '"><img src=x>'),))]))
    assert "<script>" not in html and "&lt;script&gt;" in html and "<img" not in html
    assert parse(html).text == text
    assert unescape(str(mark_text(text, []))) == text


def test_bad_offsets_are_ignored():
    html = str(mark_text("abc", [Span(2, 9, "actor"), Span(-1, 2, "place"), Span(2, 2, "event")]))
    assert html == "abc"


def test_spans_of_a_stored_article(seed_coded):
    import json

    art = json.loads(json.dumps(seed_coded.to_dict(), default=str))
    spans = spans_of(art)
    kinds = {s.kind for s in spans}
    assert {"event", "actor", "place"} <= kinds
    tree = parse(str(mark_text(art["text"], spans)))
    assert tree.text == art["text"]
    ev = art["events"][0]
    assert '<b class="trig">' in str(evidence_html(ev))


def test_highlights_sit_on_the_words_not_the_spaces_or_commas_after_them():
    text = 'Putin met Xi in Moscow, and said "no limits" applied.'
    spans = [Span(16, 24, "place"), Span(0, 6, "actor"), Span(33, 45, "quote")]
    tree = Tree()
    tree.feed(str(mark_text(text, spans)))
    marked = {k: "".join(c for c, kinds in zip(tree.text, tree.kinds_at, strict=True) if k in kinds)
              for k in ("place", "actor", "quote")}
    assert marked == {"place": "Moscow", "actor": "Putin", "quote": '"no limits"'}


def test_an_event_without_a_recipient_reads_as_one_side():
    from wirecoder.web.marks import dyad_label

    assert dyad_label({"actor": [{"country": "USA"}, {"country": "PRK"}], "recipient": []}) == "USA, PRK"
    assert dyad_label({"actor": [], "recipient": [{"country": "NER"}]}) == "→ NER"
    assert dyad_label({"actor": [{"country": "RUS"}], "recipient": [{"country": "UKR"}]}) == "RUS → UKR"
