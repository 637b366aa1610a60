"""Text cleaning shared by the ingest readers.

Everything here is a pure function of its input (no I/O, no clock), so the
same file always becomes the same article text and the character offsets of
later stages stay stable between runs.

Layer: ingest, over errors and types; must not import kg.nlp, kg.registry, kg.extract or any layer
above.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "normalize_text",
    "strip_markup",
    "parse_byline",
    "split_names",
    "is_teaser",
    "strip_photo_credit",
    "clean_body",
    "dedupe",
]

# Horizontal white space that scraped news uses interchangeably with " "
# (NBSP from CMS templates, thin/figure spaces from typesetting).
_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters that split words for the tokenizer without being
# visible in the article: zero-width space, soft hyphen, stray BOMs.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u00ad\ufeff"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Only real HTML element names, and only in lower case (or with attributes):
# plain-text newswires use "<BP>", "<I>" for stock tickers and those are facts.
_BLOCK_TAGS = (
    "p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|blockquote|"
    "section|article|header|footer|aside|nav|figure|figcaption|main|pre|form"
)
_INLINE_TAGS = (
    "a|abbr|b|bdi|bdo|big|cite|code|del|dfn|em|font|i|img|ins|kbd|mark|q|s|samp|"
    "small|span|strong|sub|sup|time|tt|u|var|wbr|picture|source|iframe|label|button|input|meta|link"
)
_DROP_WITH_CONTENT = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<!DOCTYPE[^>]*>", re.S | re.I)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK_TAGS})\b(?:\s[^<>]*)?/?>")
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})\b(?:\s[^<>]*)?/?>|</?[A-Za-z][\w:-]*\s+[\w:-]+=[^<>]*>")

# A related-story teaser ends with its own timestamp, optionally followed by
# a "| Section" trail: "... human rights 2019-02-28 14:50 | North Korea".
_TEASER_TAIL = re.compile(
    r"(?:^|\s)\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:\s*\|\s*[^|.!?]{0,80})*\s*$"
)

# "By A, B and C" — names are capitalised words, initials, particles.
_BYLINE = re.compile(r"^by[\s:]+(?P<names>\S.{0,150})$", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.I)
_PARTICLES = {"de", "da", "del", "della", "der", "van", "von", "bin", "al", "el", "la", "le", "di", "du", "y"}
_ROLE = re.compile(
    r"^(?:(?:senior|chief|staff|special|foreign|political|business|our|the)\s+)*"
    r"(?:reporters?|writers?|correspondents?|editors?|contributors?|columnists?|staff|"
    r"in\s+[A-Z][\w .-]*|for\s+[A-Z][\w .-]*|with\s+.+)$",
    re.I,
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|Mc\w+|O['’]\w+)$")

# Photo credits news sites paste after a caption's final period.
_AGENCY = (
    r"(?:Reuters|AP|AFP|Yonhap|EPA(?:-EFE)?|EFE|Xinhua|Kyodo|UPI|Newsis|News1|Bloomberg|"
    r"Getty Images|NurPhoto|KCNA|Pool|Korea Times|Korea Herald|Joongang Ilbo|Chosun Ilbo)"
)
_CREDIT = re.compile(
    rf"^(?P<keep>.*[.!?][\"”’']?)\s+(?:"
    rf"{_AGENCY}(?:\s*[-/,]\s*{_AGENCY})*(?:\s+(?:photos?|Photos?|file(?:\s+photo)?|via\s+{_AGENCY}))?"
    rf"|(?:[A-Z][\w.&'’-]*\s+){{1,4}}(?:photo|Photo|file photo)(?:\s+by\s+[A-Z][\w .'’-]{{0,40}})?"
    rf"|(?:Courtesy of|Captured from|Photo by|Photo courtesy of)\s+[A-Z][^.!?]{{0,60}}"
    rf")$"
)

_TERMINAL = tuple('.!?…:"”’\')]')
_LEAD_LINES = 8  # bylines and captions sit above the body, within the first few lines


def normalize_text(text: str) -> str:
    """Return ``text`` in the one canonical form every reader produces.

    Guarantees: NFC; only ``\\n`` line breaks; no control characters other
    than ``\\n`` and ``\\t``; no zero-width space, soft hyphen or BOM; runs of
    spaces/NBSP inside a line collapsed to one space; no leading/trailing
    spaces on a line; at most one blank line in a row; no surrounding blank
    space. Idempotent: ``normalize_text(normalize_text(s)) == normalize_text(s)``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # strip before composing: a control char between a letter and its accent would block NFC
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text.translate(_INVISIBLE)))
    lines = [_SPACES.sub(" ", line).strip(" ") for line in text.split("\n")]
    text = "\n".join(line if line.strip() else "" for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def strip_markup(text: str) -> str:
    """Remove HTML tags, comments and script/style blocks and decode entities.

    Block-level tags become line breaks so paragraphs stay apart; inline tags
    vanish without leaving a gap ("Hanoi,<strong></strong> Feb." -> "Hanoi, Feb.").
    Upper-case pseudo tags without attributes ("<BP>") are kept: they are
    stock tickers in wire copy, not markup.
    """
    text = _DROP_WITH_CONTENT.sub("\n", text)
    text = _COMMENT.sub("", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _INLINE_TAG.sub("", text)
    return html.unescape(text)


def split_names(names: str) -> tuple[str, ...]:
    """Split an author string ("A, B and C", "A; B") into clean names, in order, without duplicates.

    Role descriptors ("Staff reporter", "in Seoul") are dropped.
    """
    out: list[str] = []
    for part in _NAME_SPLIT.split(names):
        part = part.strip(" .-–—:|")
        part = re.sub(r"^by\s+", "", part, flags=re.I)
        if part and not _ROLE.match(part) and part not in out:
            out.append(part)
    return tuple(out)


def parse_byline(line: str) -> tuple[str, ...] | None:
    """The author names of a byline line ("By Jung Min-ho" -> ("Jung Min-ho",)), or None if it is not one.

    A byline is short and every name in it is made of capitalised words,
    initials or name particles, so body sentences that start with "By" (as in
    "By Friday, officials had agreed.") are not mistaken for one.
    """
    m = _BYLINE.match(line.strip())
    if not m or len(line) > 160 or line.rstrip().endswith(("!", "?")):
        return None
    names = split_names(m.group("names"))
    if not names:
        return None
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
            return None
        if not all(_NAME_WORD.match(w) or w.lower() in _PARTICLES for w in words):
            return None
    return names


def _is_doubled(line: str, min_len: int = 12) -> bool:
    """True if the line is one phrase written twice ("X X"), as headline + link text teasers are."""
    half, odd = divmod(len(line), 2)
    return bool(odd) and half >= min_len and line[half] == " " and line[:half] == line[half + 1:]


def is_teaser(line: str) -> bool:
    """True for a related-story link line: it ends with its own ``YYYY-MM-DD HH:MM`` timestamp
    (and optional ``| Section`` trail), or it is one unpunctuated phrase written twice (headline + link text).
    """
    line = line.strip()
    if _TEASER_TAIL.search(line):
        return True
    return not line.endswith(_TERMINAL) and _is_doubled(line)


def strip_photo_credit(line: str) -> str:
    """Drop a photo credit pasted after a caption's last sentence ("... Feb. 28. Reuters" -> "... Feb. 28.").

    Only lines that do not themselves end a sentence are touched, so body
    text ending in "... told Reuters." is left alone.
    """
    if line.rstrip().endswith(_TERMINAL):
        return line
    m = _CREDIT.match(line.strip())
    return m.group("keep") if m else line


def _join_block(lines: list[str]) -> list[str]:
    """Rejoin one blank-line-separated block into paragraphs.

    A line that ends a sentence ends its paragraph (one paragraph per line,
    as scraped news stores it); a long line that does not is a hard wrap and
    continues on the next line. Short unpunctuated lines (sub-headings) stay
    paragraphs of their own.
    """
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        current = f"{current} {line}" if current else line
        soft_wrap = not line.endswith(_TERMINAL) and len(line) >= 50
        if not soft_wrap:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def clean_body(text: str) -> tuple[str, tuple[str, ...]]:
    """Turn normalised article text into ``(body, authors)``.

    The body keeps one copy of each line (captions are often pasted twice),
    drops bylines (their names go to ``authors``), related-story teasers and
    trailing photo credits, and separates paragraphs with exactly ``"\\n\\n"``.
    """
    authors: list[str] = []
    seen: set[str] = set()
    blocks: list[list[str]] = [[]]
    nonblank = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if blocks[-1]:
                blocks.append([])
            continue
        nonblank += 1
        names = parse_byline(line) if nonblank <= _LEAD_LINES else None
        if names:
            authors.extend(n for n in names if n not in authors)
            continue
        if is_teaser(line):
            continue
        line = strip_photo_credit(line)
        key = line.casefold()
        if key in seen:
            continue
        seen.add(key)
        blocks[-1].append(line)
    paragraphs = [p for block in blocks if block for p in _join_block(block)]
    return "\n\n".join(paragraphs), tuple(authors)


def dedupe(items: Iterable[str]) -> tuple[str, ...]:
    """Keep the first occurrence of each item, in order."""
    return tuple(dict.fromkeys(i for i in items if i))
