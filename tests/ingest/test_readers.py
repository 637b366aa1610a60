"""Tests for kg.ingest: real files in, exact articles or exact errors out."""

from __future__ import annotations

import dataclasses

import datetime as dt
import hashlib
import io
import itertools
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError, too_large
from kg.ingest import normalize_text, parse_date, read_articles
from kg.ingest.clean import clean_body, is_teaser, parse_byline, strip_markup, strip_photo_credit
from kg.types import Article
from tests.conftest import shared_data

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_4dd0882b0b80ae72.txt"
MEANTIME = ROOT / "seeds" / "meantime_wikinews.jsonl"
REUTERS = ("data", "reuters21578", "reuters21578.jsonl")  # under ../shared

CAPTION = (
    "U.S. President Donald Trump looks at North Korean leader Kim Jong-un "
    "during their one-on-one meeting in Hanoi, Feb. 28."
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 20 + b"article.txt"

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Seoul &amp; Washington agree on talks | The Daily Example</title>
<meta property="og:title" content="Seoul &amp; Washington agree on talks">
<meta property="article:published_time" content="2019-03-01T09:30:00+09:00">
<meta name="author" content="Jane Doe">
<style>body { color: red; } .nav { display: none; }</style>
<script>var tracking = "SECRET_SCRIPT_TEXT"; console.log(tracking);</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sports">Sports</a></li></ul></nav>
<header><div class="menu">Subscribe now | Log in | Newsletter</div></header>
<article>
<h1>Seoul &amp; Washington agree on talks</h1>
<p>Officials from Seoul &amp; Washington agreed on Friday to hold a new round of talks in Hanoi
next month, the foreign ministry said in a statement.</p>
<p>The talks will focus on sanctions relief and the dismantling of the Yongbyon nuclear complex,
according to two officials familiar with the plan.</p>
<p>"We expect progress," said Kim Min-ji, a spokeswoman for the ministry, adding that the date
had not been fixed yet.</p>
</article>
<footer><p>Copyright 2019 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<script>document.write("MORE_SCRIPT");</script>
</body></html>
"""


def read(*paths: str | Path, **kw: object) -> list[Article | InputError]:
    return list(read_articles(paths, **kw))  # type: ignore[arg-type]


def only_article(*paths: str | Path, **kw: object) -> Article:
    items = read(*paths, **kw)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_error(*paths: str | Path, **kw: object) -> InputError:
    items = read(*paths, **kw)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


def reuters_lines(n: int) -> list[str]:
    corpus = shared_data(*REUTERS)
    assert corpus is not None
    with corpus.open(encoding="utf-8") as f:
        return list(itertools.islice(f, n))


# --------------------------------------------------------------------------- the seed article


def test_seed_article_metadata() -> None:
    a = only_article(SEED)
    assert a.id == "000_4dd0882b0b80ae72"
    assert a.title == "Trump pressured to raise North Korea's human rights issues"
    assert a.date == dt.date(2024, 10, 11)
    assert a.authors == ("Jung Min-ho",)
    assert a.path == str(SEED)
    assert a.url is None and a.source is None


def test_seed_body_keeps_one_caption_and_drops_byline_teaser_markup() -> None:
    text = only_article(SEED).text
    assert text.startswith(CAPTION + "\n\nWorking toward a nuclear deal with North Korean leader Kim Jong-un")
    assert text.count("looks at North Korean leader Kim Jong-un during") == 1
    for junk in ("By Jung Min-ho", "<strong>", "</strong>", "2019-02-28 14:50", "Reuters", "DATE:", "\u00a0",
                 "Trump pressured to raise", "discussing 'everything'", "|"):
        assert junk not in text, junk
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 9
    assert all(p == p.strip() and "\n" not in p for p in paragraphs)
    assert paragraphs[-1] == (
        '"Both leaders must ensure that human rights are a focal point of this summit," Bencosme said. '
        '"No country is exempt from international law and their obligations to uphold human rights."'
    )


def test_seed_with_crlf_and_bom_reads_the_same(tmp_path: Path) -> None:
    original = only_article(SEED)
    raw = SEED.read_bytes()
    crlf = tmp_path / "crlf" / SEED.name
    bom = tmp_path / "bom" / SEED.name
    crlf.parent.mkdir()
    bom.parent.mkdir()
    crlf.write_bytes(raw.replace(b"\n", b"\r\n"))
    bom.write_bytes(b"\xef\xbb\xbf" + raw)
    for copy in (crlf, bom):
        a = only_article(copy)
        assert (a.id, a.title, a.date, a.authors, a.text) == (
            original.id, original.title, original.date, original.authors, original.text)
        assert "\r" not in a.text and "\ufeff" not in a.text


def test_seed_is_deterministic() -> None:
    assert only_article(SEED).content_key == only_article(SEED).content_key


# --------------------------------------------------------------------------- other .txt shapes


def test_plain_txt_title_and_body_without_date(tmp_path: Path) -> None:
    f = tmp_path / "plain-note.txt"
    f.write_text(
        "Flooding closes roads in Busan\n\n"
        "Heavy rain closed dozens of roads in Busan on Tuesday, officials said.\n\n"
        "More rain is expected   on Wednesday.\n",
        encoding="utf-8",
    )
    a = only_article(f)
    assert (a.id, a.title, a.date, a.authors) == ("plain-note", "Flooding closes roads in Busan", None, ())
    assert a.text == (
        "Heavy rain closed dozens of roads in Busan on Tuesday, officials said.\n\n"
        "More rain is expected on Wednesday."
    )


def test_plain_txt_whose_first_line_is_a_sentence_has_no_title(tmp_path: Path) -> None:
    f = tmp_path / "s.txt"
    f.write_text("The minister resigned on Monday.\nHe gave no reason.\n", encoding="utf-8")
    a = only_article(f)
    assert a.title is None
    assert a.text == "The minister resigned on Monday.\n\nHe gave no reason."


def test_hard_wrapped_txt_is_rejoined_into_paragraphs(tmp_path: Path) -> None:
    f = tmp_path / "wrapped.txt"
    f.write_text(
        "Wrapped story\n"
        "DATE: 28 February 2019\n\n"
        "By Anna Lee and Tom Park, Staff reporters\n\n"
        "The central bank kept its key interest rate unchanged on Thursday, citing\n"
        "slowing exports and weak domestic demand.\n"
        "Analysts had expected the decision.\n",
        encoding="utf-8",
    )
    a = only_article(f)
    assert a.title == "Wrapped story"
    assert a.date == dt.date(2019, 2, 28)
    assert a.authors == ("Anna Lee", "Tom Park")
    assert a.text == (
        "The central bank kept its key interest rate unchanged on Thursday, citing "
        "slowing exports and weak domestic demand.\n\nAnalysts had expected the decision."
    )


def test_txt_markup_and_entities_are_removed_but_tickers_kept(tmp_path: Path) -> None:
    f = tmp_path / "m.txt"
    f.write_text(
        "Headline here\n\n<p>Shares of Standard Oil <SRD> rose &amp; fell.</p><p>AT&amp;T said&nbsp;&nbsp;no.</p>"
        "<script>alert('x')</script><!-- comment -->",
        encoding="utf-8",
    )
    a = only_article(f)
    assert a.text == "Shares of Standard Oil <SRD> rose & fell.\n\nAT&T said no."


def test_cp1252_and_latin1_files_are_decoded(tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.txt"
    quotes.write_bytes(b"Windows file\r\n\r\n\x93We will win,\x94 he said.\r\n")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 owners protest in Paris on Monday.")
    assert only_article(quotes).text == "\u201cWe will win,\u201d he said."
    assert only_article(latin).text == "Café owners protest in Paris on Monday."


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "notepad.txt"
    f.write_bytes("Notepad title\r\n\r\nSaved as Unicode in Seoul.".encode("utf-16"))
    a = only_article(f)
    assert (a.title, a.text) == ("Notepad title", "Saved as Unicode in Seoul.")


def test_normalisation_nfc_controls_and_spaces(tmp_path: Path) -> None:
    f = tmp_path / "n.txt"
    f.write_bytes("Cafe\u0301\x07 talks\tstart\u00a0\u00a0 now\u200b. Cafe\x07\u0301 again.\x0c".encode("utf-8"))
    assert only_article(f).text == "Café talks\tstart now. Café again."


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    ("name", "data", "reason_part"),
    [
        ("image.txt", PNG, "binary file (NUL byte at offset 8)"),
        ("archive.html", ZIP, "binary file (NUL byte at offset 5)"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \r\n\t\n\xc2\xa0\n", "only white space"),
        ("cut.txt", "Title\n\nThe mayor of Malmö".encode("utf-8")[:-1], "cut off"),
        ("mixed.txt", "Malmö mayor\n\nHe said ".encode("utf-8") + b"\xe9t\xe9.", "UTF-8 mixed with invalid bytes"),
        ("undefined.txt", b"News\n\nBytes \x81\x8d here.", "not UTF-8 text (invalid byte 0x81 at offset 12)"),
        ("headline-only.txt", b"Just a headline\n\nBy Jung Min-ho\n", "no body text"),
        ("empty.jsonl", b"", "empty"),
        ("blank.jsonl", b"\n \n\n", "only white space"),
        ("bin.jsonl", PNG, "binary file"),
    ],
)
def test_bad_file_yields_one_error(tmp_path: Path, name: str, data: bytes, reason_part: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    err = only_error(f)
    assert err.source == str(f)
    assert reason_part in err.reason
    assert str(err).startswith(f"[KG001] {f}: ") and "\n" not in str(err)


def test_oversize_file_uses_too_large(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"Big story\n\n" + b"The council met again on Monday. " * 20)
    err = only_error(f, max_bytes=100)
    assert str(err) == str(too_large(str(f), f.stat().st_size, 100))
    assert isinstance(only_article(f, max_bytes=1000), Article)


def test_missing_file_and_unsupported_type(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    items = read(missing, pdf)
    assert [type(i) for i in items] == [InputError, InputError]
    assert items[0].source == str(missing) and "no such file" in items[0].reason
    assert items[1].source == str(pdf) and "unsupported file type '.pdf'" in items[1].reason


# --------------------------------------------------------------------------- .html


def test_html_page_via_trafilatura(tmp_path: Path) -> None:
    f = tmp_path / "seoul-talks.html"
    f.write_text(HTML_PAGE, encoding="utf-8")
    a = only_article(f)
    assert a.id == "seoul-talks"
    assert a.title == "Seoul & Washington agree on talks"
    assert a.date == dt.date(2019, 3, 1)
    assert a.authors == ("Jane Doe",)
    assert a.text == (
        "Officials from Seoul & Washington agreed on Friday to hold a new round of talks in Hanoi "
        "next month, the foreign ministry said in a statement.\n\n"
        "The talks will focus on sanctions relief and the dismantling of the Yongbyon nuclear complex, "
        "according to two officials familiar with the plan.\n\n"
        '"We expect progress," said Kim Min-ji, a spokeswoman for the ministry, adding that the date '
        "had not been fixed yet."
    )
    for junk in ("SECRET_SCRIPT_TEXT", "MORE_SCRIPT", "color: red", "Subscribe", "Privacy", "Copyright", "&amp;", "<"):
        assert junk not in a.text, junk


def test_htm_suffix_and_page_without_article_text(tmp_path: Path) -> None:
    ok = tmp_path / "a.htm"
    ok.write_text(HTML_PAGE, encoding="utf-8")
    assert only_article(ok).id == "a"
    empty = tmp_path / "b.html"
    empty.write_text("<html><head><script>var x = 1;</script></head><body><script>render();</script></body></html>")
    assert "no article text" in only_error(empty).reason


# --------------------------------------------------------------------------- .jsonl


def test_reuters_jsonl_first_20_lines(tmp_path: Path) -> None:
    lines = reuters_lines(20)
    f = tmp_path / "reuters20.jsonl"
    f.write_text("".join(lines), encoding="utf-8")
    items = read(f)
    records = [json.loads(line) for line in lines]
    assert all(isinstance(i, Article) for i in items)
    assert [a.id for a in items] == [f"reuters21578-{n}" for n in range(1, 21)]
    first = items[0]
    assert first.title == "BAHIA COCOA REVIEW"
    assert first.date == dt.date(1987, 2, 26)
    assert first.source == "Reuters-21578 Distribution 1.0 (Reuters newswire, 1987)"
    assert first.path == str(f)
    assert first.text.startswith("Showers continued throughout the week in the Bahia cocoa zone")
    assert items[1].title == "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT"  # tickers are not markup
    for a, r in zip(items, records):
        assert a.text == normalize_text(r["text"])
        assert a.date == dt.date.fromisoformat(r["date"][:10])
        assert a.dateline == r["dateline"]  # ("SALVADOR, Feb 26" ...): where the wire filed it


def test_a_dateline_changes_the_content_key_only_where_there_is_one() -> None:
    """An article without a dateline keeps the content hash it had before kg read datelines (its store needs no
    rebuild for that); one with a dateline hashes it, so a changed dateline is a changed article."""
    import hashlib

    bare = Article(id="a1", text="Body.", title="T", date=dt.date(1987, 2, 26))
    before = hashlib.sha256("\x1f".join(["a1", "T", "1987-02-26", "", "", "", "Body."]).encode("utf-8")).hexdigest()
    assert bare.content_key == before
    filed = dataclasses.replace(bare, dateline="TOKYO, April 24")
    assert filed.content_key != bare.content_key
    assert dataclasses.replace(filed, dateline="LONDON, April 24").content_key != filed.content_key


def test_meantime_jsonl() -> None:
    items = read(MEANTIME)
    assert [a.id for a in items] == [
        "meantime-en-108294", "meantime-en-87805", "meantime-en-199629", "meantime-en-37313"]
    a = items[0]
    assert isinstance(a, Article)
    assert a.title == "Government Accountability Office requests rerun of US Air Force tanker bid"
    assert a.date == dt.date(2008, 7, 2)
    assert a.url == "http://en.wikinews.org/wiki/Government_Accountability_Office_requests_rerun_of_US_Air_Force_tanker_bid"
    assert a.source == "Wikinews (via MEANTIME, CC BY 4.0)"
    assert a.text.startswith("The Government Accountability Office on June 18 called for a re-run")


@pytest.mark.slow
def test_jsonl_bad_lines_are_errors_and_the_rest_is_read(tmp_path: Path) -> None:
    good1, good2 = reuters_lines(2)
    f = tmp_path / "mixed.jsonl"
    f.write_text(
        "".join([
            good1,                                                    # 1
            '{"id": "x1", "text": "unterminated\n',                   # 2
            '{"id": "x2", "title": "no body"}\n',                     # 3
            '{"text": "A story without an id."}\n',                   # 4
            '{"id": "x3", "text": "   "}\n',                          # 5
            "\n",                                                     # 6 blank: skipped
            '["not", "an", "object"]\n',                              # 7
            good2,                                                    # 8
            good1,                                                    # 9 duplicate id
            '{"id": 42, "text": "Numeric ids are fine.", "author": ["Ann Kim", "Bo Lee"], "date": "Feb. 28, 2019"}\n',
            '{"id": "x4", "text": "String author.", "author": "By Ann Kim and Bo Lee", "date": "not a date"}',
        ]),
        encoding="utf-8",
    )
    items = read(f)
    summary = [(type(i).__name__, i.id if isinstance(i, Article) else i.source) for i in items]
    assert summary == [
        ("Article", "reuters21578-1"),
        ("InputError", f"{f}:2"),
        ("InputError", f"{f}:3"),
        ("InputError", f"{f}:4"),
        ("InputError", f"{f}:5"),
        ("InputError", f"{f}:7"),
        ("Article", "reuters21578-2"),
        ("InputError", f"{f}:9"),
        ("Article", "42"),
        ("Article", "x4"),
    ]
    reasons = [i.reason for i in items if isinstance(i, InputError)]
    assert "invalid JSON" in reasons[0]
    assert 'no "text" field' in reasons[1]
    assert 'no usable "id"' in reasons[2]
    assert 'empty "text"' in reasons[3]
    assert "not an article" in reasons[4]
    assert "duplicate article id 'reuters21578-1'" in reasons[5] and f"{f}:1" in reasons[5]
    n42, x4 = items[-2], items[-1]
    assert isinstance(n42, Article) and isinstance(x4, Article)
    assert n42.authors == ("Ann Kim", "Bo Lee") and n42.date == dt.date(2019, 2, 28)
    assert x4.authors == ("Ann Kim", "Bo Lee") and x4.date is None


def test_jsonl_max_bytes_applies_per_line(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    small = json.dumps({"id": "s", "text": "Short."})
    big = json.dumps({"id": "b", "text": "word " * 200})
    f.write_text(f"{small}\n{big}\n{small.replace('s', 't', 1)}\n", encoding="utf-8")
    items = read(f, max_bytes=200)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert str(items[1]) == str(too_large(f"{f}:2", len(big), 200))


# --------------------------------------------------------------------------- stdin


def test_stdin_text_article() -> None:
    raw = SEED.read_text(encoding="utf-8")
    a = only_article("-", stdin=io.StringIO(raw))
    assert a.id == "stdin-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]
    assert a.path is None
    assert a.text == only_article(SEED).text
    assert a.authors == ("Jung Min-ho",)


def test_stdin_bytes_are_decoded_like_files() -> None:
    # a real sys.stdin has .buffer: bytes go through the same guards as files
    cp1252 = io.TextIOWrapper(io.BytesIO(b"\x93We will win,\x94 he said."), encoding="utf-8")
    assert only_article("-", stdin=cp1252).text == "\u201cWe will win,\u201d he said."
    binary = io.TextIOWrapper(io.BytesIO(PNG), encoding="utf-8")
    err = only_error("-", stdin=binary)
    assert err.source == "<stdin>" and "binary" in err.reason


def test_stdin_jsonl_and_empty_stdin() -> None:
    items = read("-", stdin=io.StringIO("\n" + MEANTIME.read_text(encoding="utf-8") + "{bad\n"))
    assert [getattr(i, "id", None) for i in items[:4]] == [
        "meantime-en-108294", "meantime-en-87805", "meantime-en-199629", "meantime-en-37313"]
    assert isinstance(items[4], InputError) and items[4].source == "<stdin>:6"
    assert "empty" in only_error("-", stdin=io.StringIO("")).reason


# --------------------------------------------------------------------------- directories


def test_mixed_directory(tmp_path: Path) -> None:
    d = tmp_path / "corpus"
    (d / "b_sub").mkdir(parents=True)
    (d / ".git").mkdir()
    shutil.copy(SEED, d / SEED.name)
    shutil.copy(MEANTIME, d / "b_sub" / "wikinews.jsonl")
    (d / "b_sub" / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (d / "a_empty.txt").write_bytes(b"")
    (d / "b_sub" / "z_image.txt").write_bytes(PNG)
    (d / "c_cut.txt").write_bytes("Title\n\nMalmö".encode("utf-8")[:-1])
    # silently skipped: unsupported types, hidden files and dirs, READMEs
    (d / "photo.png").write_bytes(PNG)
    (d / "notes.md").write_text("# notes")
    (d / ".hidden.txt").write_text("Hidden\n\nShould not be read.")
    (d / ".git" / "x.txt").write_text("Git\n\nShould not be read.")
    (d / "README.txt").write_text("Readme\n\nShould not be read.")

    items = read(d)
    summary = [(type(i).__name__, Path(i.path if isinstance(i, Article) else i.source).name) for i in items]
    assert summary == [
        ("Article", SEED.name),
        ("InputError", "a_empty.txt"),
        ("Article", "page.html"),
        ("Article", "wikinews.jsonl"),
        ("Article", "wikinews.jsonl"),
        ("Article", "wikinews.jsonl"),
        ("Article", "wikinews.jsonl"),
        ("InputError", "z_image.txt"),
        ("InputError", "c_cut.txt"),
    ]
    assert "empty" in items[1].reason
    assert "binary" in items[7].reason and "cut off" in items[8].reason
    assert [repr(i) for i in read(d)] == [repr(i) for i in items]  # deterministic


def test_directory_without_readable_files_yields_nothing(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "README.md").write_text("hi")
    assert read(tmp_path) == []


def test_duplicate_ids_across_files_and_same_file_twice(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = tmp_path / "a" / "story.txt"
    two = tmp_path / "b" / "story.txt"
    one.write_text("First\n\nThe first story.")
    two.write_text("Second\n\nThe second story.")
    items = read(one, tmp_path, one)
    assert isinstance(items[0], Article) and items[0].text == "The first story."
    assert len(items) == 2 and isinstance(items[1], InputError)
    assert items[1].source == str(two) and "duplicate article id 'story'" in items[1].reason


# --------------------------------------------------------------------------- cleaning helpers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-02-28", dt.date(2019, 2, 28)),
        ("1987-02-26T15:01:01", dt.date(1987, 2, 26)),
        ("2024-10-11 00:25:42", dt.date(2024, 10, 11)),
        ("Feb. 28, 2019", dt.date(2019, 2, 28)),
        ("Thu, 28 Feb 2019 23:50:00 -0500", dt.date(2019, 2, 28)),
        ("March 2019", dt.date(2019, 3, 1)),
        ("2019-02-30", None),
        # the first text dateparser cannot read makes it load every language (about 7 s, once)
        pytest.param("yesterday", None, marks=pytest.mark.slow),
        pytest.param("garbage", None, marks=pytest.mark.slow),
        ("", None),
        (None, None),
        (2019, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jung Min-ho", ("Jung Min-ho",)),
        ("By Anna Lee and Tom Park", ("Anna Lee", "Tom Park")),
        ("BY John A. Smith, Staff Writer", ("John A. Smith",)),
        ("By Friday, officials had agreed.", None),
        ("By 2030 the plant will close", None),
        ("Byron Bay was flooded.", None),
    ],
)
def test_parse_byline(line: str, expected: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == expected


def test_teasers_and_photo_credits() -> None:
    assert is_teaser("Seoul, Tokyo agree on talks Seoul, Tokyo agree on talks 2020-01-05 09:10 | Politics")
    assert is_teaser("Markets slide as rates rise 2021-03-04 11:00")
    assert is_teaser("Moon meets Xi in Beijing Moon meets Xi in Beijing")
    assert not is_teaser("very very very very very very very very very very very very very")
    assert not is_teaser("Kim met Trump in Hanoi on Feb. 28, 2019.")
    assert strip_photo_credit("Moon Jae-in speaks in Seoul, Monday. Yonhap") == "Moon Jae-in speaks in Seoul, Monday."
    assert strip_photo_credit("Protesters gather outside. AP") == "Protesters gather outside."
    assert strip_photo_credit("Rescue workers search the site. Korea Times photo by Shim Hyun-chul") == (
        "Rescue workers search the site.")
    assert strip_photo_credit("He told Reuters.") == "He told Reuters."
    assert strip_markup("Hanoi,<strong></strong> Feb. 28") == "Hanoi, Feb. 28"
    body, authors = clean_body("Cap. AP\nCap.\n\nBy Ann Kim\n\nText one.\nText one.\nText two.")
    assert (body, authors) == ("Cap.\n\nText one.\n\nText two.", ("Ann Kim",))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_normalize_text_invariants(s: str) -> None:
    out = normalize_text(s)
    assert normalize_text(out) == out
    assert "\r" not in out and "\u00a0" not in out and "  " not in out and "\n\n\n" not in out
    assert all(ch in "\n\t" or ord(ch) >= 0x20 and not 0x7F <= ord(ch) <= 0x9F for ch in out)
    assert out == out.strip()
