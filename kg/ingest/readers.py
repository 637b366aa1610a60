"""Read news articles from .txt, .html/.htm and .jsonl files (or stdin) into ``Article`` values.

Nothing here touches the network: HTML is parsed from the bytes on disk and
dates are parsed without relative expressions ("yesterday"), so the same
input always yields the same articles, ids and texts.

Bad inputs are *yielded* as ``InputError`` values, never raised, so one
unreadable file does not stop a batch.

Layer: ingest, over errors and types; must not import kg.nlp, kg.registry, kg.extract or any layer
above.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from kg.errors import InputError, too_large
from kg.ingest.clean import clean_body, dedupe, normalize_text, split_names, strip_markup
from kg.types import Article

__all__ = ["read_articles", "read_txt", "read_html", "read_jsonl", "parse_date", "READERS", "SUPPORTED_SUFFIXES"]

Item = Article | InputError
Reader = Callable[[Path, int], Iterator[Item]]

_SNIFF_BYTES = 8192
# "Title<NBSP...>DATE: 2024-10-11 00:25:42": upper-case DATE and a parseable
# value, so a headline such as "Up to date: ..." is not split.
_HEADER = re.compile(r"^(?P<title>(?:.*\s)?)DATE:\s*(?P<date>\S.*?)\s*$")
_DATE_LINE = re.compile(r"^DATE:\s*(?P<date>\S.*?)\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_MAX_TITLE = 200


# --------------------------------------------------------------------------- dates and names


def parse_date(value: Any) -> dt.date | None:
    """The calendar date written in ``value``, or None when there is none.

    ISO strings ("2019-02-28", "1987-02-26T15:01:01") are read directly (the
    date as written, no time-zone shift); anything else goes to ``dateparser``
    restricted to absolute dates that name at least a year and a month, so the
    result never depends on today's date. Never raises.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO_DATE.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return _dateparser_date(value.strip())


def _dateparser_date(value: str) -> dt.date | None:
    import dateparser  # slow import: only paid when a non-ISO date shows up

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["year", "month"],
        # relative-time and timestamp parsers would make the result depend on the clock
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(value[:200], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a bad date is not a bad article
        return None
    return parsed.date() if parsed else None


def _authors(value: Any) -> tuple[str, ...]:
    """Authors from a string ("A and B", "A; B") or a list of strings."""
    if isinstance(value, str):
        return split_names(normalize_text(value).replace("\n", " "))
    if isinstance(value, (list, tuple)):
        return dedupe(n for v in value if isinstance(v, str) for n in _authors(v))
    return ()


# --------------------------------------------------------------------------- bytes -> text


def _decode(data: bytes, source: str) -> str | InputError:
    """Bytes to text, or the reason they are not an article's text.

    UTF-8 (BOM stripped) first; UTF-16 only with its BOM (Windows Notepad's
    "Unicode"); otherwise Windows-1252, because news files saved on Windows
    are common and Latin-1 text is valid cp1252. Bytes that are broken UTF-8
    (a cut-off character, or valid UTF-8 mixed with stray bytes) are refused
    rather than turned into mojibake.
    """
    if not data:
        return InputError(source, "the file is empty; add the article text or remove the file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            return InputError(source, f"has a UTF-16 byte-order mark but invalid UTF-16 at byte {e.start}; re-save it as UTF-8")
    nul = data.find(b"\x00", 0, _SNIFF_BYTES)
    if nul >= 0:
        return InputError(
            source,
            f"looks like a binary file (NUL byte at offset {nul}), not text; "
            "kg reads UTF-8 .txt, .html, .htm and .jsonl files",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = data[e.start]
        if e.reason == "unexpected end of data":
            return InputError(
                source,
                f"ends in the middle of a UTF-8 character (byte {e.start}), so it was probably cut off; "
                "re-download or re-save the file",
            )
        if _has_utf8_multibyte(data):
            return InputError(
                source,
                f"is UTF-8 mixed with invalid bytes (0x{bad:02X} at offset {e.start}); "
                "re-save the file as UTF-8",
            )
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return InputError(
                source,
                f"is not UTF-8 text (invalid byte 0x{bad:02X} at offset {e.start}) and not Windows-1252 either; "
                "re-save it as UTF-8",
            )


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _has_utf8_multibyte(data: bytes) -> bool:
    """True if the bytes contain at least one well-formed UTF-8 multi-byte character.

    cp1252 text almost never does by accident (it would need e.g. "Ã©"), so
    such a file is damaged UTF-8, not a Windows file.
    """
    return _UTF8_MULTIBYTE.search(data) is not None


def _load(path: Path, source: str, max_bytes: int) -> str | InputError:
    """The whole file as text, after the size, binary, encoding and emptiness guards."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return too_large(source, size, max_bytes)
        data = path.read_bytes()
    except OSError as e:
        return _os_error(source, e)
    return _check_blank(_decode(data, source), source)


def _check_blank(text: str | InputError, source: str) -> str | InputError:
    if isinstance(text, str) and not normalize_text(text):
        return InputError(source, "contains only white space; add the article text or remove the file")
    return text


def _os_error(source: str, e: OSError) -> InputError:
    if isinstance(e, FileNotFoundError):
        return InputError(source, "no such file or directory; check the path")
    return InputError(source, f"cannot be read ({e.strerror or e}); check that it is a readable file")


# --------------------------------------------------------------------------- .txt


def _txt_article(text: str, *, article_id: str, source: str, path: str | None) -> Item:
    """One plain-text article: optional ``title  DATE: ...`` header, then the body."""
    text = normalize_text(strip_markup(text))
    lines = text.split("\n")
    title: str | None = None
    date: dt.date | None = None
    rest = lines
    m = _HEADER.match(lines[0])
    d = _DATE_LINE.match(lines[1]) if len(lines) > 1 else None
    if m and parse_date(m["date"]):
        title, date, rest = m["title"].strip() or None, parse_date(m["date"]), lines[1:]
    elif d and parse_date(d["date"]):
        title, date, rest = lines[0], parse_date(d["date"]), lines[2:]
    elif _looks_like_title(lines[0]) and any(line.strip() for line in lines[1:]):
        title, rest = lines[0], lines[1:]
    body, authors = clean_body("\n".join(rest))
    if not body:
        return InputError(source, "has a title but no body text; put the article text below the first line")
    return Article(id=article_id, text=body, title=title, date=date, authors=authors, path=path)


def _looks_like_title(line: str) -> bool:
    return 0 < len(line) < _MAX_TITLE and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))


def read_txt(path: Path, max_bytes: int) -> Iterator[Item]:
    """Yield the one article of a .txt file (id = file stem), or the reason it cannot be read."""
    source = str(path)
    text = _load(path, source, max_bytes)
    if isinstance(text, InputError):
        yield text
        return
    yield _txt_article(text, article_id=path.stem, source=source, path=source)


# --------------------------------------------------------------------------- .html


def read_html(path: Path, max_bytes: int) -> Iterator[Item]:
    """Yield the one article of an HTML page (id = file stem), boilerplate, scripts and styles removed.

    Uses trafilatura on the local bytes only: no URL is ever fetched.
    """
    source = str(path)
    page = _load(path, source, max_bytes)
    if isinstance(page, InputError):
        yield page
        return
    yield _html_article(page, article_id=path.stem, source=source, path=source)


def _html_article(page: str, *, article_id: str, source: str, path: str | None) -> Item:
    import trafilatura  # heavy import, only for HTML inputs

    try:
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False, include_images=False
        )
    except Exception as e:  # trafilatura/lxml fail in many ways on broken markup; the batch must go on
        return InputError(source, f"the HTML could not be parsed ({type(e).__name__}: {e}); check the file")
    raw = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not raw.strip():
        return InputError(source, "no article text found in the HTML (only navigation or boilerplate); check the page")
    # None, or a dict (only returned with as_dict=True), has no text and was rejected just above
    assert doc is not None and not isinstance(doc, dict)
    title = normalize_text(doc.title or "").replace("\n", " ") or None
    # trafilatura puts one paragraph per line; blank lines keep them apart in clean_body
    body, byline_authors = clean_body(normalize_text(raw).replace("\n", "\n\n"))
    if title and body.split("\n\n", 1)[0].casefold() == title.casefold():
        body = body.split("\n\n", 1)[1] if "\n\n" in body else ""
    if not body:
        return InputError(source, "the HTML has a title but no article text; check the page")
    return Article(
        id=article_id,
        text=body,
        title=title,
        date=parse_date(doc.date),
        authors=dedupe([*_authors((doc.author or "").replace(";", ",")), *byline_authors]),
        url=doc.url or None,
        source=doc.sitename or None,
        path=path,
    )


# --------------------------------------------------------------------------- .jsonl


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    """Yield one article per JSON line (id = the record's ``id``), and one error per bad line.

    ``max_bytes`` applies to each line (one article), not to the corpus file,
    which is streamed line by line.
    """
    source = str(path)
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
            if not head:
                yield InputError(source, "the file is empty; add one JSON article per line or remove the file")
                return
            nul = head.find(b"\x00")
            if nul >= 0:
                yield InputError(source, f"looks like a binary file (NUL byte at offset {nul}), not JSON Lines text")
                return
            f.seek(0)
            yield from _jsonl_items(_byte_lines(f, max_bytes), source=source, path=source, max_bytes=max_bytes)
    except OSError as e:
        yield _os_error(source, e)


def _byte_lines(f: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, line bytes) pairs; an over-long line yields its size instead, and is never held in memory whole."""
    number = 0
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line.rstrip(b"\r\n")) <= max_bytes:
            yield number, line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = f.readline(1 << 20)
            size += len(line)
            if not line:
                break
        yield number, size - (len(line) - len(line.rstrip(b"\r\n")))


def _jsonl_items(
    lines: Iterable[tuple[int, bytes | str | int]], *, source: str, path: str | None, max_bytes: int
) -> Iterator[Item]:
    any_content = False
    first_line: dict[str, str] = {}
    for number, line in lines:
        where = f"{source}:{number}"
        if isinstance(line, int):
            any_content = True
            yield too_large(where, line, max_bytes)
            continue
        if isinstance(line, bytes):
            decoded = _decode(line, where)
            if isinstance(decoded, InputError):
                any_content = True
                yield decoded
                continue
            line = decoded
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue  # blank lines between records are harmless
        any_content = True
        item = _jsonl_record(line, where=where, path=path)
        if isinstance(item, Article):
            first = first_line.setdefault(item.id, where)
            if first != where:
                item = _duplicate(where, item.id, first)
        yield item
    if not any_content:
        yield InputError(source, "contains only white space; add one JSON article per line or remove the file")


def _jsonl_record(line: str, *, where: str, path: str | None) -> Item:
    """One JSON line -> Article, or the reason it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        # json's messages may end in "at" ("Unterminated string starting at"): the column follows it
        reason = e.msg.removesuffix(" at")
        return InputError(where, f"invalid JSON at column {e.colno} ({reason}); fix or remove the line")
    if not isinstance(record, dict):
        return InputError(where, f"a JSON {type(record).__name__} is not an article; write one {{...}} object per line")
    rid = record.get("id")
    if rid is None or isinstance(rid, bool) or not isinstance(rid, (str, int)) or not str(rid).strip():
        return InputError(where, 'record has no usable "id" (a non-empty string or number); add one')
    text = record.get("text")
    if text is None:
        return InputError(where, f'record {rid!r} has no "text" field; each line needs "id" and "text"')
    if not isinstance(text, str):
        return InputError(where, f'record {rid!r}: "text" must be a string, got {type(text).__name__}')
    body = normalize_text(text)
    if not body:
        return InputError(where, f'record {rid!r} has empty "text"; add the article body or remove the line')
    return Article(
        id=str(rid).strip(),
        text=body,
        title=_opt_str(record.get("title")),
        date=parse_date(record.get("date")),
        authors=_authors(record.get("author", record.get("authors"))),
        url=_opt_str(record.get("url")),
        source=_opt_str(record.get("source")),
        path=path,
        dateline=_opt_str(record.get("dateline")),
    )


def _opt_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return normalize_text(value).replace("\n", " ") or None


# --------------------------------------------------------------------------- stdin


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Item]:
    """stdin as JSON Lines if its first non-blank character is ``{``, else as one .txt article."""
    source = "<stdin>"
    try:
        buffer = getattr(stream, "buffer", None)
        text: str | InputError = _decode(buffer.read(), source) if buffer is not None else stream.read()
    except (OSError, UnicodeDecodeError) as e:
        yield InputError(source, f"cannot be read ({e}); pipe UTF-8 text into kg")
        return
    if isinstance(text, str) and "\x00" in text[:_SNIFF_BYTES]:
        text = InputError(source, "looks like binary data (NUL byte), not text; pipe UTF-8 text into kg")
    if isinstance(text, str) and not text:
        text = InputError(source, "is empty; pipe article text or JSON Lines into kg")
    text = _check_blank(text, source)
    if isinstance(text, InputError):
        yield text
        return
    if text.lstrip().startswith("{"):
        lines = ((n, _str_line(line, max_bytes)) for n, line in enumerate(text.split("\n"), start=1))
        yield from _jsonl_items(lines, source=source, path=None, max_bytes=max_bytes)
        return
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        yield too_large(source, size, max_bytes)
        return
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    yield _txt_article(text, article_id=f"stdin-{digest}", source=source, path=None)


def _str_line(line: str, max_bytes: int) -> str | int:
    size = len(line.encode("utf-8"))
    return size if size > max_bytes else line


# --------------------------------------------------------------------------- dispatch


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)
_SUPPORTED_TEXT = ", ".join(SUPPORTED_SUFFIXES[:-1]) + " and " + SUPPORTED_SUFFIXES[-1]


def _walk(root: Path) -> list[Path]:
    """Readable-looking files under ``root``, recursively, sorted by their path parts.

    Hidden files and directories, ``README*`` and unsupported types are skipped.
    Sorting by parts (not per directory) gives one total order: ``a/x`` < ``b`` < ``b/y``.
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or name.upper().startswith("README"):
                continue
            if Path(name).suffix.lower() in READERS:
                found.append(Path(dirpath, name))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_path(path: Path, max_bytes: int) -> Iterator[Item]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        suffix = path.suffix or "(no extension)"
        yield InputError(
            str(path), f"unsupported file type {suffix!r}; kg reads {_SUPPORTED_TEXT} files, convert it to one of those"
        )
        return
    # each file under its own error boundary: a reader that breaks (a library missing from the
    # install, a parser bug) costs that file, reported in one line, never the rest of the batch
    try:
        yield from reader(path, max_bytes)
    except Exception as e:
        yield InputError(str(path), f"the {path.suffix.lower()} reader failed ({type(e).__name__}: "
                                    f"{_one_line(str(e))}); the other files were read; fix the install or the file")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def read_articles(
    paths: Iterable[str | Path], *, max_bytes: int = 5_000_000, stdin: TextIO | None = None
) -> Iterator[Article | InputError]:
    """Yield every article found in ``paths``, and one ``InputError`` per input that cannot be read.

    Guarantees:
    - never raises for a bad input: the error is yielded and the batch goes on;
    - deterministic order: paths as given, directories walked recursively in
      sorted order (skipping hidden files, ``README*`` and unsupported types);
    - ``"-"`` reads ``stdin`` (default ``sys.stdin``) as one text article
      (id ``stdin-<sha256[:12]>``) or as JSON Lines if it starts with ``{``;
    - ids are stable: the file stem for .txt/.html, the record ``id`` for .jsonl;
      an id already yielded in this batch is reported as an error, not repeated;
    - a file reached twice (given twice, or inside a given directory) is read once;
    - every text is normalised by ``normalize_text``.
    """
    seen_files: set[Path] = set()
    first_origin: dict[str, str] = {}
    for item in _all_items(paths, max_bytes, stdin, seen_files):
        if isinstance(item, Article) and any(not c.isprintable() for c in item.id):
            # an id is printed in tables, CSV and logs: a newline or an ANSI escape in it would forge lines
            shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in item.id)[:80]
            yield InputError(item.path or "<stdin>", f"the article id {shown!r} holds control characters (newlines, "
                                                     "escapes); give it a printable id or file name")
            continue
        if isinstance(item, Article):
            # repeats inside one .jsonl are caught (with line numbers) by its reader
            origin = item.path or "<stdin>"
            first = first_origin.setdefault(item.id, origin)
            if first != origin:
                yield _duplicate(origin, item.id, first)
                continue
        yield item


def _duplicate(where: str, article_id: str, first: str) -> InputError:
    return InputError(where, f"duplicate article id {article_id!r} (already read from {first}); give each article a unique id")


def _all_items(
    paths: Iterable[str | Path], max_bytes: int, stdin: TextIO | None, seen_files: set[Path]
) -> Iterator[Item]:
    for given in paths:
        if str(given) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            files = _walk(path)
        elif path.exists():
            files = [path]
        else:
            yield _os_error(str(path), FileNotFoundError())
            continue
        for file in files:
            key = file.resolve()
            if key in seen_files:
                continue
            seen_files.add(key)
            yield from _read_path(file, max_bytes)
