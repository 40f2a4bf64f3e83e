"""Readers: plain text, HTML pages, RSS/Atom feeds, JSONL, folders and standard input, told apart by
their content; every bad input is an InputError naming it and the reason, never an exception."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from wirecoder.errors import InputError, MissingInputError, NotEnglishError
from wirecoder.ingest import ReadOptions, check_paths, read_inputs
from wirecoder.ingest.readers import make_article
from wirecoder.model import Article

ROOT = Path(__file__).resolve().parent.parent
FEED = ROOT / "examples" / "feeds" / "world.xml"
PAGE = ROOT / "examples" / "pages" / "summit.html"

STORY = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Friday."
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Wire</title>
  <id>urn:harbour</id><updated>2024-03-02T10:00:00Z</updated>
  <entry>
    <title>Japan and South Korea hold summit</title>
    <link href="https://example.com/japan-korea"/>
    <id>urn:harbour:1</id>
    <published>2024-03-01T09:30:00Z</published>
    <updated>2024-03-01T09:30:00Z</updated>
    <content type="html">&lt;p&gt;{STORY}&lt;/p&gt;
      &lt;p&gt;The two leaders agreed to meet again.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def read(*paths: Path | str, **opts) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], ReadOptions(**opts)))


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


def only_article(items: list[Article | InputError]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


# ---- plain text -----------------------------------------------------------------------------
def test_plain_text_is_cleaned_and_dated(tmp_path):
    raw = f"{STORY} –BLOOMBERG\nThe post Kishida and Yoon meet in Tokyo appeared first on Asia Ledger.\n"
    p = write(tmp_path, "kishida.txt", raw)
    art = only_article(read(p, default_date="2024-03-01"))
    assert art.text == STORY
    assert art.title == "Kishida and Yoon meet in Tokyo"
    assert (art.publisher, art.wire) == ("Asia Ledger", "Bloomberg")
    assert art.published == "2024-03-01"
    assert art.origin == str(p)


def test_legacy_8bit_text_is_decoded(tmp_path):
    text = "François Hollande met Angela Merkel in Berlin on Monday — officials said."
    art = only_article(read(write(tmp_path, "cp1252.txt", text.encode("cp1252"))))
    assert art.text == text


def test_utf8_bom_is_dropped(tmp_path):
    art = only_article(read(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + STORY.encode())))
    assert art.text == STORY


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_text_with_bom_is_read(tmp_path, codec):
    data = STORY.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    art = only_article(read(write(tmp_path, "utf16.txt", data)))
    assert art.text == STORY


def test_utf16_jsonl_is_reported_not_raised(tmp_path):
    # JSONL must be UTF-8: pinned, each line is reported, naming the file and line.
    data = (json.dumps({"id": "w1", "text": STORY}) + "\n").encode("utf-16")
    got = read(write(tmp_path, "wide.jsonl", data))
    assert got and all(isinstance(x, InputError) and "wide.jsonl:" in x.origin for x in got)
    assert "UTF-8" in got[0].reason


# ---- HTML -----------------------------------------------------------------------------------
def test_html_page_main_text_and_metadata():
    art = only_article(read(PAGE))
    assert art.title == "Biden and Xi agree to restore military communications at California meeting"
    assert art.published == "2023-11-16"
    assert art.publisher == "Pacific Current News"
    assert art.url == "https://example.org/world/2023/11/16/biden-xi-filoli"
    assert "Filoli" in art.text and "surveillance balloon" in art.text
    for furniture in ("Subscribe", "All rights reserved", "Privacy", "APEC leaders gather"):
        assert furniture not in art.text
    assert art.meta.get("format") == "html"


def test_html_told_by_content_not_suffix(tmp_path):
    p = write(tmp_path, "page.txt", PAGE.read_text(encoding="utf-8"))
    assert only_article(read(p)).publisher == "Pacific Current News"


def test_truncated_html_with_text_is_read(tmp_path):
    html = f"<html><body><article><p>{STORY}</p><p>The leaders agreed to <b"
    art = only_article(read(write(tmp_path, "cut.html", html)))
    assert art.text.startswith("Japanese Prime Minister")


# ---- feeds ----------------------------------------------------------------------------------
def test_rss_feed_items_are_articles():
    items = read(FEED)
    assert len(items) == 2 and all(isinstance(a, Article) for a in items)
    niger, crash = items
    assert niger.title.startswith("West African bloc gives Niger junta")
    assert niger.url == "https://example.org/world/2023/07/31/ecowas-niger-ultimatum"
    assert niger.published == "2023-07-31"
    assert crash.published == "2023-08-24"
    assert {a.publisher for a in items} == {"The Daily Ledger - World"}
    assert "<p>" not in niger.text and "Abuja" in niger.text
    assert "Tver region" in crash.text  # content:encoded, the full story, wins over the summary
    assert niger.origin.endswith("#item1") and crash.origin.endswith("#item2")


def test_atom_feed(tmp_path):
    art = only_article(read(write(tmp_path, "harbour.atom", ATOM)))
    assert art.title == "Japan and South Korea hold summit"
    assert art.url == "https://example.com/japan-korea"
    assert art.published == "2024-03-01"
    assert art.publisher == "Harbour Wire"
    assert art.text == f"{STORY}\nThe two leaders agreed to meet again."


def test_feed_saved_as_txt_is_read_as_a_feed(tmp_path):
    p = write(tmp_path, "world.txt", FEED.read_bytes())
    assert [a.title for a in read(p)] == [a.title for a in read(FEED)]


# ---- JSONL ----------------------------------------------------------------------------------
def test_jsonl_fields(tmp_path):
    line = {"id": "kr-1", "text": STORY, "date": "2024-03-01T09:30:00Z", "title": "Summit in Tokyo",
            "url": "https://example.com/kr-1", "source": "Asia Ledger"}
    art = only_article(read(write(tmp_path, "one.jsonl", json.dumps(line) + "\n")))
    assert (art.id, art.text, art.published, art.title, art.url, art.publisher) == \
        ("kr-1", STORY, "2024-03-01", "Summit in Tokyo", "https://example.com/kr-1", "Asia Ledger")
    assert art.origin.endswith("one.jsonl:1")


def test_jsonl_bad_lines_are_named_and_the_rest_read(tmp_path):
    lines = [json.dumps({"id": "a1", "text": STORY}), '{"id": "a2", "text": ', "",
             json.dumps({"id": "a3", "text": "India and Pakistan agreed to a ceasefire."}),
             "[1, 2]", json.dumps({"id": "a5", "title": "no text"})]
    p = write(tmp_path, "mixed.jsonl", "\n".join(lines) + "\n")
    items = read(p)
    kinds = [type(x).__name__ for x in items]
    assert kinds == ["Article", "InputError", "Article", "InputError", "InputError"]
    assert [a.id for a in items if isinstance(a, Article)] == ["a1", "a3"]
    errs = [x for x in items if isinstance(x, InputError)]
    assert [e.origin for e in errs] == [f"{p}:2", f"{p}:5", f"{p}:6"]
    assert "invalid JSON" in errs[0].reason
    assert "not a JSON object" in errs[1].reason
    assert "text" in errs[2].reason
    assert all(str(e).startswith(f"{p}:") for e in errs)


def test_jsonl_error_column_points_into_the_line(tmp_path):
    p = write(tmp_path, "cut.jsonl", '{"id": "a2", "text": \n')
    (err,) = read(p)
    assert "column 22" in err.reason


def test_jsonl_undecodable_line(tmp_path):
    data = json.dumps({"id": "a1", "text": STORY}).encode() + b"\n" + b'{"id": "a2", "text": "\xff\xfe"}\n'
    items = read(write(tmp_path, "bytes.jsonl", data))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError) and items[1].origin.endswith(":2")
    assert "undecodable" in items[1].reason


def test_json_array_file(tmp_path):
    arr = [{"id": "x1", "text": STORY}, {"text": "India and Pakistan agreed to a ceasefire."}, "junk"]
    items = read(write(tmp_path, "arr.json", json.dumps(arr)))
    assert [a.id for a in items[:1]] == ["x1"]
    assert isinstance(items[1], Article) and items[1].origin.endswith("arr.json:2")
    assert isinstance(items[2], InputError) and items[2].origin.endswith("arr.json:3")


def test_jsonl_saved_as_txt(tmp_path):
    p = write(tmp_path, "lines.txt", json.dumps({"id": "t1", "text": STORY}) + "\n")
    assert only_article(read(p)).id == "t1"


def test_json_array_saved_as_txt(tmp_path):
    p = write(tmp_path, "arr.txt", json.dumps([{"id": "x1", "text": STORY}]))
    assert only_article(read(p)).id == "x1"


def test_text_starting_with_a_bracket_is_text(tmp_path):
    text = "[Updated] " + STORY
    assert only_article(read(write(tmp_path, "bracket.txt", text))).text == text


# ---- folders and stdin ----------------------------------------------------------------------
def test_folder_is_read_recursively_sorted_without_hidden_files(tmp_path):
    d = tmp_path / "corpus"
    write(d, "b.txt", "Brazil and India signed a trade pact on Monday.")
    write(d, "a.txt", "Argentina and Chile agreed to open a border crossing.")
    write(d, "sub/c.txt", "Canada and Mexico held talks on migration.")
    write(d, ".hidden.txt", "This hidden draft must not be read.")
    write(d, ".git/notes.txt", "Neither must anything under a hidden folder.")
    items = read(d)
    assert [Path(a.origin).relative_to(d).as_posix() for a in items] == ["a.txt", "b.txt", "sub/c.txt"]
    assert all(isinstance(a, Article) for a in items)


def test_stdin_dash():
    items = list(read_inputs(["-"], ReadOptions(default_date="2025-05-09"),
                             stdin=io.BytesIO(f"{STORY} - Reuters\n".encode())))
    art = only_article(items)
    assert (art.text, art.wire, art.origin, art.published) == (STORY, "Reuters", "-", "2025-05-09")


def test_stdin_jsonl():
    data = "\n".join(json.dumps({"id": f"s{i}", "text": STORY}) for i in range(3)).encode()
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [a.id for a in items] == ["s0", "s1", "s2"]
    assert [a.origin for a in items] == ["-:1", "-:2", "-:3"]


def test_empty_stdin_is_an_input_error():
    (err,) = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert isinstance(err, InputError) and err.origin == "-"


# ---- bad inputs: an InputError naming the input and the reason ------------------------------
BAD = {
    "binary.txt": (random.Random(7).randbytes(4096), "binary"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t \r\n  ", "empty"),
    "tags.html": (b"<html><body><div><p", "no story text"),
    "broken.xml": (b"<rss><channel><item><title>x</ti", "feed"),
    "plain.xml": (b'<?xml version="1.0"?><root><a>1</a></root>', "XML"),
    "nofeed.rss": (b'<rss version="2.0"><channel><title>Harbour Wire</title></channel></rss>', "no items"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_named_never_raised(tmp_path, name):
    data, why = BAD[name]
    p = write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", STORY)
    items = read(p, good)
    err = items[0]
    assert isinstance(err, InputError), err
    assert name in err.origin
    assert why.lower() in err.reason.lower()
    assert str(err).startswith(str(p))
    assert isinstance(items[-1], Article) and items[-1].text == STORY  # the rest goes on


def test_stray_bytes_in_ascii_text_never_raise(tmp_path):
    data = b"Russia and China signed a gas deal on Tuesday. abc \xff\xfe\x81 def"
    items = read(write(tmp_path, "stray.txt", data))
    assert len(items) == 1
    got = items[0]
    # Pinned: no text encoding fails on these bytes, so it is read as a legacy 8-bit text;
    # the ASCII words survive intact.
    assert isinstance(got, Article), got
    assert got.text.startswith("Russia and China signed a gas deal on Tuesday. abc ")
    assert got.text.endswith(" def")


def test_stray_bytes_in_utf8_text_do_not_garble_it(tmp_path):
    good = "Russia’s president met China’s leader in Moscow on Thursday for talks on trade. "
    got = only_article(read(write(tmp_path, "mixed.txt", good.encode() * 2 + b"abc \xff\xfe\x81 def")))
    assert got.text.startswith(good.strip()) and got.text.count("Russia’s president") == 2
    assert "\ufffd" in got.text and got.text.endswith("def")
    assert any("undecodable" in w for w in got.meta.get("warnings", []))


def test_oversized_input(tmp_path):
    p = write(tmp_path, "long.txt", STORY * 2)
    (err,) = read(p, max_chars=50)
    assert isinstance(err, InputError) and err.origin == str(p)
    assert "too long" in err.reason and "50" in err.reason
    jl = write(tmp_path, "long.jsonl", json.dumps({"id": "l1", "text": STORY * 2}) + "\n")
    (err,) = read(jl, max_chars=50)
    assert isinstance(err, InputError) and err.origin == f"{jl}:1" and "too long" in err.reason


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    (err,) = read(missing)
    assert isinstance(err, MissingInputError) and err.origin == str(missing)
    with pytest.raises(MissingInputError):
        check_paths([str(tmp_path), str(missing)])
    check_paths(["-", str(tmp_path)])


# ---- language -------------------------------------------------------------------------------
FOREIGN = {
    "French": "Le président russe a rencontré jeudi à Moscou son homologue chinois pour des entretiens "
              "sur le commerce et la sécurité dans la région.",
    "Spanish": "El presidente ruso se reunió el jueves en Moscú con su homólogo chino para conversar sobre "
               "el comercio y la seguridad de la región.",
    "German": "Der russische Präsident hat sich am Donnerstag in Moskau mit seinem chinesischen Amtskollegen "
              "getroffen, um über Handel und Sicherheit zu sprechen.",
}


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_non_english_is_refused(coder, lang):
    art = make_article(FOREIGN[lang], f"{lang}.txt", ReadOptions())
    err = coder.check(art)
    assert isinstance(err, NotEnglishError)
    assert err.origin == f"{lang}.txt" and lang in err.reason


def test_non_latin_script_is_refused(coder):
    art = make_article("Президент России встретился в четверг в Москве с председателем КНР.", "ru.txt",
                       ReadOptions())
    assert isinstance(coder.check(art), NotEnglishError)


@pytest.mark.parametrize("text", ["Putin meets Xi in Moscow", STORY,
                                  "Le Pen's party wins seats as Macron calls snap election"])
def test_english_is_accepted(coder, text):
    art = make_article(text, "en.txt", ReadOptions())
    assert coder.check(art) is art


# ---- ids ------------------------------------------------------------------------------------
def test_article_ids_are_stable(tmp_path):
    a = write(tmp_path, "one.txt", STORY)
    b = write(tmp_path, "copy/two.txt", STORY)
    c = write(tmp_path, "other.txt", STORY + " They agreed to meet again.")
    first, second, other = read(a, b, c)
    assert first.id == second.id == only_article(read(a)).id
    assert len(first.id) == 16
    assert other.id != first.id
    jl = write(tmp_path, "noid.jsonl", json.dumps({"text": STORY}) + "\n")
    assert only_article(read(jl)).id == only_article(read(jl)).id


def test_a_file_name_that_starts_with_a_date_dates_its_story(tmp_path):
    story = "Russia and China held talks in Beijing on Tuesday.\n"
    (tmp_path / "2018-06-12_summit.txt").write_text(story, encoding="utf-8")
    (tmp_path / "20180612-not-a-prefix.txt").write_text(story.replace("Beijing", "Moscow"), encoding="utf-8")
    (tmp_path / "2018-02-30_no-such-day.txt").write_text(story.replace("Beijing", "Minsk"), encoding="utf-8")
    got = {Path(a.origin).name: a.published for a in read_inputs([str(tmp_path)], ReadOptions("2025-01-01"))}
    assert got == {"2018-06-12_summit.txt": "2018-06-12", "20180612-not-a-prefix.txt": "2025-01-01",
                   "2018-02-30_no-such-day.txt": "2025-01-01"}


def test_a_date_in_the_input_wins_over_the_file_name(tmp_path):
    rows = [{"id": "j", "text": "Russia and China held talks.", "date": "2020-01-02"},
            {"id": "k", "text": "Russia and China held talks."}]
    (tmp_path / "2018-06-12_corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                                      encoding="utf-8")
    got = {a.id: a.published for a in read_inputs([str(tmp_path / "2018-06-12_corpus.jsonl")])}
    assert got == {"j": "2020-01-02", "k": "2018-06-12"}


def test_the_bundled_examples_are_all_dated():
    examples = Path(__file__).resolve().parent.parent / "examples"
    undated = [a.origin for a in read_inputs([str(examples)]) if not a.published]
    assert not undated
