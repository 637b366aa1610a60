"""Normalise time expressions (spaCy DATE entities) to XSD-typed values.

:func:`normalize_time` turns the text of a time expression, as spaCy's NER
finds it ("Feb. 27-28", "last year", "on Tuesday", "2019-02-28 14:50"), into
a :class:`~kg.types.TimeValue` resolved against the article's own date.

Guarantee: the result depends only on ``(text, anchor)``. The function is
deterministic, never raises (any string, any anchor, even wrong types give
``None`` at worst), never touches the network and never looks at today's
date. Without an anchor, relative expressions ("yesterday", "June 18",
"Tuesday") give ``None`` while absolute ones ("March 5, 2008", "2014") still
resolve.

Conventions (news refers mostly to the past, with some look-ahead for
scheduled events; the grace values were chosen on the TimeBank/AQUAINT
*training* documents of TempEval-3):

* a day without a year ("Feb. 28") is the latest such day at most
  ``GRACE_DAYS`` (90) days after the anchor;
* a month without a year ("in March") is the latest such month at most
  ``GRACE_MONTHS`` (2) months after the anchor's month;
* a bare weekday ("Tuesday", "on Tuesday") is the latest such day on or
  before the anchor, "last Tuesday" the latest strictly before, "next
  Tuesday" the first strictly after, "this Tuesday" the one in the anchor's
  ISO week;
* periods with no XSD type of their own are ``date`` ranges (``value`` = first
  day, ``end_value`` = last day): "this week"/"last week" are Monday..Sunday
  ISO weeks, "the weekend" is Saturday..Sunday, "the third quarter" and "the
  first half of 2008" are the calendar quarter / half-year;
* ranges keep the granularity of their ends: "Feb. 27-28" is a ``date``
  range, "between 1995 and 1998" a ``gYear`` range (``end_value`` "1998");
* a clock time with a day gives ``dateTime`` without a time zone (zone names
  such as "EST" are dropped); a clock time alone gives ``None``;
* "N days/weeks ago" is a ``date``, "N months ago" a ``gYearMonth``, "N years
  ago" (also "a year earlier") a ``gYear``;
* durations, decades, centuries, fuzzy and anaphoric expressions ("two
  weeks", "decades", "the 1990s", "recent years", "the past few months",
  "now", "that day", "the following year", "over a year ago") and bare
  numbers such as ages ("56") give ``None``.

>>> import datetime
>>> normalize_time("Feb. 27-28", datetime.date(2024, 10, 11))
TimeValue(text='Feb. 27-28', value='2024-02-27', datatype='date', end_value='2024-02-28')
>>> normalize_time("last year", datetime.date(2024, 10, 11)).value
'2023'
>>> normalize_time("March 2008", None).datatype
'gYearMonth'
>>> normalize_time("decades", datetime.date(2024, 10, 11)) is None
True

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache
from typing import Callable, Iterable, Optional, Tuple

from kg.types import TimeDatatype, TimeValue

__all__ = ["normalize_time", "to_timeml", "GRACE_DAYS", "GRACE_MONTHS"]

#: How far after the anchor a day without a year may lie (scheduled events).
GRACE_DAYS = 90
#: How many months after the anchor's month a month without a year may lie.
GRACE_MONTHS = 2

_MIN_YEAR, _MAX_YEAR = 1000, 2999
_MAX_TEXT = 80  # longer strings are not a single time expression

# (value, datatype, end_value): the payload of a TimeValue without its text.
_Res = Tuple[str, TimeDatatype, Optional[str]]

# -- vocabulary ---------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
#: the days of the week by their full names, folded: "monday" ... "sunday"
WEEKDAY_NAMES = frozenset(name for name in _WEEKDAYS if name.endswith("day"))
_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
_ORDINALS: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                             "fourth": 4, "4th": 4}
# Fixed-date holidays (month, day); Thanksgiving is computed.
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31),
    "new years eve": (12, 31), "valentine's day": (2, 14), "valentines day": (2, 14),
    "independence day": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26),
}


def _alt(words: Iterable[str]) -> str:
    # Longest first so that "sept" wins over "sep" and "march" over "mar".
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MON = f"(?:{_alt(_MONTHS)})"
_WD = f"(?:{_alt(_WEEKDAYS)})"
_NUM = rf"(?:\d+|{_alt(_NUMBERS)})"
_ORD = f"(?:{_alt(_ORDINALS)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:[12]\d{3})"
_HOLIDAY = f"(?:{_alt(_HOLIDAYS)}|thanksgiving(?: day)?)"

# -- cleaning -----------------------------------------------------------------

_DASHES_RE = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES_RE = re.compile(r"[\u2018\u2019\u02bc`]")
_AMPM_RE = re.compile(r"\b([ap])\.\s?m\b\.?")
_ABBR_DOT_RE = re.compile(rf"\b({_alt(_MONTHS)}|{_alt(_WEEKDAYS)})\.")
_ORD_SUFFIX_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_WORD_HYPHEN_RE = re.compile(r"(?<=[a-z])-(?=[a-z])")
_MID_RE = re.compile(r"\bmid-(?=\d)")
_DIGIT_DASH_RE = re.compile(r"(?<=\d)\s*-\s*(?=\d)")
_PUNCT_RE = re.compile(r"[,;!?()\[\]\"]|(?<!\d):|:(?!\d)")
_SPACES_RE = re.compile(r"\s+")
_EDGE_RE = re.compile(r"^[\s.\-]+|^'(?!\d)|[\s.'\-]+$")
_POSSESSIVE_RE = re.compile(r"'s$")

# Words in front of the time proper that do not change which time it is:
# prepositions, "the", and modifiers that TimeML keeps in a separate ``mod``
# attribute ("early March" is still March 2008 at month granularity).
_LEADING_RE = re.compile(
    r"^(?:the|on|in|at|during|of|by|since|from|until|till|through|throughout|into|"
    r"as of|as early as|as late as|as recently as|"
    r"early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|"
    r"the middle of|middle of|the close of|earlier|later|sometime|some time|"
    r"fiscal|fy|calendar|around|about|approximately|roughly|nearly|almost|some|circa|ca|c|"
    r"just|right|over|only|exactly|precisely|year)\s+"
)
_SYNONYMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bthis past\b"), "last"),
    (re.compile(r"\b(?:this )?(?:coming|upcoming)\b"), "next"),
    (re.compile(r"\b(?:current|present)\b"), "this"),
    (re.compile(r"\bprevious\b"), "last"),
    (re.compile(r"\bfiscal year\b"), "year"),
    (re.compile(r"\bfy\s*(?=\d{2,4}\b)"), ""),
    (re.compile(r"\b(?:a\.d|ad)$"), ""),
)

# Not a single calendar time: durations, decades, vague or anaphoric times.
_FUZZY_RE = re.compile(
    r"\b(?:decades?|centur(?:y|ies)|millenni(?:um|a)|\d{0,3}0'?s|'\d0s|twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties|recent(?:ly)?|now|nowadays|lately|"
    r"future|soon|ages|era|eras|times|then|once|previously|formerly|meantime|meanwhile|"
    r"following|same|that|these|those|each|every|daily|weekly|monthly|annually|yearly|"
    r"few|several|many|couple|dozens?|hundreds?|or|season|seasons|b\.?c|bce)\b"
)
# "more than a year ago" is an open interval, not a time.
_OPEN_RE = re.compile(r"^(?:(?:more than|over|at least|less than|under|up to|within)\b.*\bago|"
                      r"before|after|prior to|no later than|no earlier than)\b")

# -- clock times (for dateTime) -------------------------------------------------

_CLOCK_RE = re.compile(
    r"(?:\bat\s+)?(?:"
    r"\b(?P<h1>1[0-2]|0?[1-9])(?::(?P<m1>[0-5]\d))?\s*(?P<ap>[ap])m\b"
    r"|\b(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::(?P<s2>[0-5]\d))?\b"
    r"|\b(?P<noon>noon|midday|midnight)\b)"
)
_TZ_RE = re.compile(r"\b(?:[ecmp][sd]t|gmt|utc|bst|cet|cest|kst|jst|hkt|ist|z)\b")
_DAYPART_RE = re.compile(
    r"\s+(?:morning|afternoon|evening|night|overnight)$|^(?:morning|afternoon|evening)\s+")

# -- expression patterns (matched against the cleaned text) --------------------

_YEAR_RE = re.compile(rf"(?P<y>{_YEAR})")
_APOS_YEAR_RE = re.compile(r"'(?P<yy>\d{2})")
_ISO_RE = re.compile(
    rf"(?P<y>{_YEAR})[-/.](?P<m>0?[1-9]|1[0-2])[-/.](?P<d>{_DAY})"
    r"(?:t(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?:\.\d+)?(?:z|[+-]\d\d:?\d\d)?)?")
_ISO_MONTH_RE = re.compile(r"(?P<y>[12]\d{3})-(?P<m>0[1-9]|1[0-2])")
_NUMERIC_RE = re.compile(
    rf"(?P<a>{_DAY})(?P<sep>[/.])(?P<b>{_DAY})(?:(?P=sep)(?P<y>{_YEAR}|\d{{2}}))?")
_MDY_RE = re.compile(rf"(?:(?P<wd>{_WD}) )?(?P<mon>{_MON}) (?P<d>{_DAY})(?: (?P<y>{_YEAR}))?")
_DMY_RE = re.compile(
    rf"(?:(?P<wd>{_WD}) )?(?:the )?(?P<d>{_DAY}) (?:of )?(?P<mon>{_MON})(?: (?P<y>{_YEAR}))?")
_MY_RE = re.compile(rf"(?P<mon>{_MON}) (?:of )?(?P<y>{_YEAR})")
_MONTH_RE = re.compile(rf"(?:(?P<rel>last|next|this) )?(?P<mon>{_MON})")
_DAY_SEP = r" ?(?:-|to|through|and|until|till) ?"
_DAY_RANGE_MDD_RE = re.compile(
    rf"(?P<mon>{_MON}) (?P<d1>{_DAY}){_DAY_SEP}(?P<d2>{_DAY})(?: (?P<y>{_YEAR}))?")
_DAY_RANGE_DDM_RE = re.compile(
    rf"(?P<d1>{_DAY}){_DAY_SEP}(?P<d2>{_DAY}) (?P<mon>{_MON})(?: (?P<y>{_YEAR}))?")
_YEAR_RANGE_RE = re.compile(rf"(?P<y1>{_YEAR}) ?(?:-|/|to|through|until|till) ?(?P<y2>{_YEAR}|\d{{2}})")
_BETWEEN_RE = re.compile(r"between (?P<a>.+?) and (?P<b>.+)")
_RANGE_SEP_RE = re.compile(r" (?:to|through|until|till|-) |(?<=\S)-(?=\S)")
_RELDAY_RE = re.compile(
    r"(?:(?:the )?day (?P<dir>before|after) )?(?P<w>today|tonight|yesterday|tomorrow|last night)")
_WEEKDAY_RE = re.compile(rf"(?:(?P<rel>last|next|this) )?(?P<wd>{_WD})(?: (?P<wk>last|this|next) week)?")
_UNIT_RE = re.compile(r"(?P<rel>last|next|this) (?P<unit>week|weekend|month|year|quarter)")
_WEEKEND_RE = re.compile(r"weekend")
_AGO_RE = re.compile(
    rf"(?P<n>{_NUM}) (?P<unit>day|week|month|year)s? "
    r"(?P<dir>ago|earlier|before|later|after|from now|hence)")
_QUARTER_RE = re.compile(
    rf"(?:(?P<y0>{_YEAR}) )?(?:(?P<ord>{_ORD}) (?P<kind>quarter|half)|q(?P<q>[1-4])|h(?P<h>[12]))"
    rf"(?: (?:of )?(?:(?P<y>{_YEAR})|(?P<rel>last|this|next) year))?")
_HOLIDAY_RE = re.compile(rf"(?P<hol>{_HOLIDAY})(?: (?P<y>{_YEAR}))?")
_REL_YEAR_SUFFIX_RE = re.compile(r"\b(?P<rel>last|this|next) year$")
_YEAR_POSSESSIVE_RE = re.compile(rf"^(?P<y>{_YEAR}|(?:last|this|next) year)'s (?P<rest>.+)$")

# Tokens dateparser may see: anything else means the text is not a plain date
# and dateparser would happily invent one ("the 1990s" -> yesterday 23:26).
_DATEPARSER_TOKENS_RE = re.compile(
    rf"^(?:(?:{_MON}|{_WD}|\d{{1,4}}|of|the|on|[./-])\s*)+$")
# Which parts a text spells out, since dateparser fills the others from its base.
_DP_HAS_DAY_RE = re.compile(
    rf"(?<![\d/.-])(?:{_DAY})(?![\d/.-])|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}")
_DP_HAS_MONTH_RE = re.compile(rf"\b{_MON}\b|\d{{1,4}}[./-]\d{{1,2}}")
_DP_FIXED_BASE = dt.datetime(2000, 1, 1)


# -- small date helpers ---------------------------------------------------------

def _date(d: dt.date) -> _Res:
    return d.isoformat(), "date", None


def _date_range(first: dt.date, last: dt.date) -> _Res:
    return first.isoformat(), "date", last.isoformat()


def _year_month(year: int, month: int) -> _Res | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return f"{year:04d}-{month:02d}", "gYearMonth", None


def _year(year: int) -> _Res | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return f"{year:04d}", "gYear", None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # Feb 30, year 0 ...
        return None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _month_day(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The latest (month, day) at most GRACE_DAYS after the anchor."""
    limit = anchor + dt.timedelta(days=GRACE_DAYS)
    # Feb 29 needs a leap year, so look back up to 8 years.
    for year in range(limit.year, limit.year - 9, -1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def _month_only(month: int, anchor: dt.date) -> tuple[int, int]:
    """The latest month ``month`` at most GRACE_MONTHS after the anchor's month."""
    year, limit_month = _add_months(anchor.year, anchor.month, GRACE_MONTHS)
    return (year, month) if month <= limit_month else (year - 1, month)


def _week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _quarter_range(year: int, kind: str, index: int) -> tuple[dt.date, dt.date] | None:
    months = 3 if kind == "quarter" else 6
    if not 1 <= index <= 12 // months or not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    first = dt.date(year, (index - 1) * months + 1, 1)
    ny, nm = _add_months(year, first.month, months)
    return first, dt.date(ny, nm, 1) - dt.timedelta(days=1)


def _thanksgiving(year: int) -> dt.date:
    # US: fourth Thursday of November.
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


# -- cleaning ---------------------------------------------------------------------

def _clean(text: str) -> str:
    """Lower-case, unify dashes, quotes, "a.m.", "Feb." and ordinals; apply synonyms."""
    s = text.lower()
    s = _DASHES_RE.sub("-", s)
    s = _QUOTES_RE.sub("'", s)
    s = _AMPM_RE.sub(r"\1m", s)
    s = _ABBR_DOT_RE.sub(r"\1", s)
    s = _ORD_SUFFIX_RE.sub(r"\1", s)
    s = _MID_RE.sub("mid ", s)
    s = _WORD_HYPHEN_RE.sub(" ", s)
    s = _DIGIT_DASH_RE.sub("-", s)
    s = _PUNCT_RE.sub(" ", s)
    s = _SPACES_RE.sub(" ", s)
    s = _EDGE_RE.sub("", s)
    s = _POSSESSIVE_RE.sub("", s)
    for pattern, replacement in _SYNONYMS:
        s = pattern.sub(replacement, s)
    s = _SPACES_RE.sub(" ", s).strip()
    return s


def _strip_leading(s: str) -> str:
    while True:
        stripped = _LEADING_RE.sub("", s, count=1)
        if stripped == s:
            return s
        s = stripped


def _absolutise_year_words(s: str, anchor: dt.date | None) -> str:
    """"March last year" -> "march 2023"; "this year's third quarter" -> "third quarter this year"."""
    m = _YEAR_POSSESSIVE_RE.match(s)
    if m:
        s = f"{m['rest']} {m['y']}"
    m = _REL_YEAR_SUFFIX_RE.search(s)
    if m and m.start() > 0 and not _QUARTER_RE.fullmatch(s):
        if anchor is None:
            return ""
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
        s = f"{s[:m.start()].rstrip()} {year}"
    return s


# -- handlers: each takes the match and the anchor, returns a result or None --------

def _h_iso(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["H"] is not None:
        return f"{d.isoformat()}T{m['H']}:{m['M']}:{m['S'] or '00'}", "dateTime", None
    return _date(d)


def _h_iso_month(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    year, month = int(m["y"]), int(m["m"])
    if month == (year + 1) % 100:
        # In prose "2008-09" is a fiscal year or season far more often than September.
        return f"{year:04d}", "gYear", f"{year + 1:04d}"
    return _year_month(year, month)


def _two_digit_year(yy: int, anchor: dt.date | None) -> int:
    # The century that puts the year closest to (and not far after) the anchor;
    # without an anchor a fixed pivot keeps the result deterministic.
    ref = anchor.year if anchor else 2000
    year = ref - ref % 100 + yy
    return year - 100 if year > ref + 10 else year


def _h_numeric(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    if y is None:
        if m["sep"] != "/":
            return None  # "5.3" is a number, not a day
        if (a, b) == (9, 11):
            return _date(dt.date(2001, 9, 11))  # "since 9/11" names the attacks
    # US news: month first, unless the first number cannot be a month.
    month, day = (b, a) if a > 12 else (a, b)
    if y is None:
        d = _month_day(month, day, anchor) if anchor and month <= 12 else None
    else:
        d = _safe_date(int(y) if len(y) == 4 else _two_digit_year(int(y), anchor), month, day)
    return _date(d) if d else None


def _day_in(month: int, day: int, year: str | None, anchor: dt.date | None) -> dt.date | None:
    if year is not None:
        return _safe_date(int(year), month, day)
    return _month_day(month, day, anchor) if anchor else None


def _h_month_day(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    month, day = _MONTHS[m["mon"]], int(m["d"])
    d = _day_in(month, day, m["y"], anchor)
    if d is not None and anchor is not None and m["y"] is None and m["wd"] \
            and d.weekday() != _WEEKDAYS[m["wd"]]:
        # "Monday, Oct. 26" names its year through the weekday: take the
        # nearest year around the anchor where Oct. 26 is a Monday.
        fits = [c for y in range(anchor.year - 1, anchor.year + 2)
                if (c := _safe_date(y, month, day)) and c.weekday() == _WEEKDAYS[m["wd"]]]
        d = min(fits, key=lambda c: abs((c - anchor).days), default=d)
    return _date(d) if d else None


def _h_month_year(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    return _year_month(int(m["y"]), _MONTHS[m["mon"]])


def _h_month(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    if anchor is None:
        return None
    month = _MONTHS[m["mon"]]
    if m["rel"] == "last":  # the latest one strictly before the anchor's month
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif m["rel"] == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif m["rel"] == "this":
        year = anchor.year
    else:
        year, month = _month_only(month, anchor)
    return _year_month(year, month)


def _h_day_range(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    month, d1, d2 = _MONTHS[m["mon"]], int(m["d1"]), int(m["d2"])
    if d2 <= d1:
        return None
    first = _day_in(month, d1, m["y"], anchor)
    if first is None:
        return None
    last = _safe_date(first.year, month, d2)
    return _date_range(first, last) if last else None


def _h_year(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    return _year(int(m["y"]))


def _h_apos_year(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    return _year(_two_digit_year(int(m["yy"]), anchor))


def _h_year_range(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    y1, raw = int(m["y1"]), m["y2"]
    y2 = int(raw) if len(raw) == 4 else y1 - y1 % 100 + int(raw)  # "1995-98"
    if y2 <= y1 or _year(y1) is None or _year(y2) is None:
        return None
    return f"{y1:04d}", "gYear", f"{y2:04d}"


def _h_relday(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    if anchor is None:
        return None
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}[m["w"]]
    offset += {"before": -1, "after": 1, None: 0}[m["dir"]]
    return _date(anchor + dt.timedelta(days=offset))


def _h_weekday(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    if anchor is None:
        return None
    wd = _WEEKDAYS[m["wd"]]
    if m["wk"] is not None:  # "Tuesday next week": that weekday of the named ISO week
        if m["rel"]:
            return None
        monday = _week_of(anchor)[0] + dt.timedelta(weeks={"last": -1, "this": 0, "next": 1}[m["wk"]])
        return _date(monday + dt.timedelta(days=wd))
    back = (anchor.weekday() - wd) % 7
    if m["rel"] is None:
        return _date(anchor - dt.timedelta(days=back))
    if m["rel"] == "last":
        return _date(anchor - dt.timedelta(days=back or 7))
    if m["rel"] == "next":
        return _date(anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7))
    return _date(_week_of(anchor)[0] + dt.timedelta(days=wd))


def _h_unit(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    if anchor is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[m["rel"]]
    unit = m["unit"]
    if unit == "year":
        return _year(anchor.year + step)
    if unit == "month":
        return _year_month(*_add_months(anchor.year, anchor.month, step))
    if unit == "quarter":
        y, q = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + step, 4)
        r = _quarter_range(y, "quarter", q + 1)
        return _date_range(*r) if r else None
    monday = _week_of(anchor)[0] + dt.timedelta(weeks=step)
    if unit == "week":
        return _date_range(monday, monday + dt.timedelta(days=6))
    return _weekend(anchor, step)


def _weekend(anchor: dt.date, step: int | None) -> _Res:
    """Saturday..Sunday; ``step`` None is "the weekend": the nearest one."""
    if step is None:
        saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
        if anchor.weekday() <= 1:  # Mon/Tue: the one just past
            saturday -= dt.timedelta(weeks=1)
    else:
        saturday = _week_of(anchor)[0] + dt.timedelta(weeks=step, days=5)
    return _date_range(saturday, saturday + dt.timedelta(days=1))


def _h_the_weekend(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    return _weekend(anchor, None) if anchor else None


def _h_ago(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    n = _number(m["n"])
    if anchor is None or n is None or n > 5000:
        return None
    sign = -1 if m["dir"] in {"ago", "earlier", "before"} else 1
    unit = m["unit"]
    if unit in {"day", "week"}:
        days = n * (7 if unit == "week" else 1)
        try:
            return _date(anchor + dt.timedelta(days=sign * days))
        except OverflowError:
            return None
    if unit == "month":
        return _year_month(*_add_months(anchor.year, anchor.month, sign * n))
    return _year(anchor.year + sign * n)


def _h_quarter(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    if m["q"] or m["h"]:
        kind, index = ("quarter", int(m["q"])) if m["q"] else ("half", int(m["h"]))
    else:
        kind, index = m["kind"], _ORDINALS[m["ord"]]
    months = 3 if kind == "quarter" else 6
    if m["y0"] and m["y"]:
        return None
    if m["y0"] or m["y"]:
        year = int(m["y0"] or m["y"])
    elif anchor is None:
        return None
    elif m["rel"]:
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
    else:
        # The latest such period that has started by the anchor (reports look back).
        started = (index - 1) * months + 1 <= anchor.month
        year = anchor.year if started else anchor.year - 1
    r = _quarter_range(year, kind, index)
    return _date_range(*r) if r else None


def _h_holiday(m: re.Match[str], anchor: dt.date | None) -> _Res | None:
    name = m["hol"]
    if name.startswith("thanksgiving"):
        if m["y"]:
            return _date(_thanksgiving(int(m["y"])))
        if anchor is None:
            return None
        limit = anchor + dt.timedelta(days=GRACE_DAYS)
        d = _thanksgiving(limit.year)
        return _date(d if d <= limit else _thanksgiving(limit.year - 1))
    day = _day_in(*_HOLIDAYS[name], m["y"], anchor)
    return _date(day) if day else None


_Handler = Callable[[re.Match[str], Optional[dt.date]], Optional[_Res]]

# Tried in order; the first pattern that matches the whole text decides.
_PATTERNS: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_YEAR_RE, _h_year),
    (_ISO_RE, _h_iso),
    (_ISO_MONTH_RE, _h_iso_month),
    (_YEAR_RANGE_RE, _h_year_range),
    (_NUMERIC_RE, _h_numeric),
    (_MDY_RE, _h_month_day),
    (_DMY_RE, _h_month_day),
    (_MY_RE, _h_month_year),
    (_MONTH_RE, _h_month),
    (_DAY_RANGE_MDD_RE, _h_day_range),
    (_DAY_RANGE_DDM_RE, _h_day_range),
    (_RELDAY_RE, _h_relday),
    (_WEEKDAY_RE, _h_weekday),
    (_UNIT_RE, _h_unit),
    (_WEEKEND_RE, _h_the_weekend),
    (_AGO_RE, _h_ago),
    (_QUARTER_RE, _h_quarter),
    (_HOLIDAY_RE, _h_holiday),
    (_APOS_YEAR_RE, _h_apos_year),
)


# -- the pipeline -----------------------------------------------------------------

def _match_patterns(s: str, anchor: dt.date | None) -> tuple[bool, _Res | None]:
    for pattern, handler in _PATTERNS:
        m = pattern.fullmatch(s)
        if m:
            return True, handler(m, anchor)
    return False, None


def _range(s: str, anchor: dt.date | None) -> _Res | None:
    """"March 3 to April 5, 2008", "between 1995 and 1998": two ends, one granularity."""
    m = _BETWEEN_RE.fullmatch(s)
    if m:
        splits = [(m["a"], m["b"])]
    else:
        splits = [(s[:x.start()], s[x.end():]) for x in _RANGE_SEP_RE.finditer(s)]
    for left, right in splits:
        result = _range_ends(left.strip(), right.strip(), anchor)
        if result is not None:
            return result
    return None


def _range_ends(left: str, right: str, anchor: dt.date | None) -> _Res | None:
    end = _resolve(right, anchor, allow_range=False)
    if end is None or end[1] == "dateTime":
        return None
    right_year = _YEAR_RE.search(right)
    borrowed = bool(right_year) and not _YEAR_RE.search(left)
    if borrowed:
        assert right_year is not None  # borrowed implies right_year matched
        left = f"{left} {right_year[0]}"  # the year is written once, at the end
    start = _resolve(left, anchor, allow_range=False)
    if start is None or start[1] != end[1]:
        return None
    last = end[2] or end[0]
    if start[0] > last and end[1] == "date":
        if borrowed:
            assert right_year is not None  # borrowed implies right_year matched
            # "Dec. 30 - Jan. 2, 2009": the start is in the year before.
            start = _resolve(f"{left[:-4]}{int(right_year[0]) - 1}", anchor, allow_range=False)
        elif not right_year:
            # "Dec. 30 - Jan. 2" without a year: the end is in the following year.
            d = dt.date.fromisoformat(last)
            nxt = _safe_date(d.year + 1, d.month, d.day)
            last = nxt.isoformat() if nxt else last
        if start is None or start[1] != end[1]:
            return None
    if start[0] >= last:
        return None
    return start[0], start[1], last


def _clock(m: re.Match[str]) -> tuple[int, int, int]:
    if m["noon"]:
        return (12 if m["noon"] in {"noon", "midday"} else 0), 0, 0
    if m["h1"]:
        return int(m["h1"]) % 12 + (12 if m["ap"] == "p" else 0), int(m["m1"] or 0), 0
    return int(m["h2"]), int(m["m2"]), int(m["s2"] or 0)


def _with_clock(s: str, anchor: dt.date | None) -> _Res | None:
    """"9 a.m. Tuesday", "2019-02-28 14:50": a day plus a clock time -> dateTime."""
    m = _CLOCK_RE.search(s)
    if not m:
        return None
    rest = _TZ_RE.sub(" ", f"{s[:m.start()]} {s[m.end():]}")
    rest = _SPACES_RE.sub(" ", rest).strip().removesuffix(" on").strip()
    if not rest or _CLOCK_RE.search(rest):
        return None  # a clock time alone, or two of them
    day = _resolve(rest, anchor, allow_range=False)
    if day is None or day[1] != "date" or day[2] is not None:
        return None
    hh, mm, ss = _clock(m)
    return f"{day[0]}T{hh:02d}:{mm:02d}:{ss:02d}", "dateTime", None


def _resolve(s: str, anchor: dt.date | None, allow_range: bool = True) -> _Res | None:
    """Resolve an already cleaned expression (``allow_range`` stops the recursion)."""
    if not s or _OPEN_RE.match(s):
        return None
    s = _strip_leading(s)
    if not s or _FUZZY_RE.search(s):
        return None
    s = _absolutise_year_words(s, anchor)
    if not s:
        return None
    matched, result = _match_patterns(s, anchor)
    if matched:
        return result
    if _CLOCK_RE.search(s):
        return _with_clock(s, anchor)
    # "Tuesday morning", "this afternoon": the part of the day does not change the day.
    without_part = _DAYPART_RE.sub("", s)
    if without_part != s:
        return _resolve("today" if without_part == "this" else without_part, anchor, allow_range)
    if allow_range and (" " in s or "-" in s):
        ranged = _range(s, anchor)
        if ranged is not None:
            return ranged
    return _dateparser_fallback(s, anchor)


def _dateparser_fallback(s: str, anchor: dt.date | None) -> _Res | None:
    """Odd but plain date spellings the regexes do not cover ("5 of mar 2008")."""
    if not _DATEPARSER_TOKENS_RE.match(s):
        return None
    has_year = bool(_YEAR_RE.search(s))
    has_month = bool(_DP_HAS_MONTH_RE.search(s))
    if not (has_year or has_month) or (anchor is None and not has_year):
        return None  # nothing calendar-like, or relative to a made-up base
    import dateparser  # slow import, only needed for the rare leftovers

    base = dt.datetime(anchor.year, anchor.month, anchor.day) if anchor else _DP_FIXED_BASE
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(s, languages=["en"], settings=settings)
    if parsed is None:
        return None
    # dateparser fills missing parts from the base: keep only what was written.
    has_day = has_month and bool(_DP_HAS_DAY_RE.search(_YEAR_RE.sub(" ", s)))
    if has_day:
        return _date(parsed.date())
    if has_month:
        return _year_month(parsed.year, parsed.month)
    return _year(parsed.year) if has_year else None


@lru_cache(maxsize=16384)
def _normalize_cached(text: str, anchor: dt.date | None) -> _Res | None:
    if len(text) > _MAX_TEXT:
        return None
    return _resolve(_clean(text), anchor)


def normalize_time(text: str, anchor: dt.date | None) -> TimeValue | None:
    """Normalise one time expression against the article date ``anchor``.

    Returns a :class:`TimeValue` whose ``value`` is the XSD lexical form of
    ``datatype`` ("date", "gYearMonth", "gYear" or "dateTime"), with
    ``end_value`` (same datatype) for ranges, or ``None`` when the text is not
    a resolvable calendar time. Deterministic, offline, never raises, and
    independent of today's date; see the module docstring for conventions.

    >>> import datetime
    >>> normalize_time("Feb. 28", datetime.date(2024, 10, 11)).value
    '2024-02-28'
    >>> normalize_time("on Tuesday", datetime.date(2024, 10, 11)).value
    '2024-10-08'
    >>> normalize_time("between 1995 and 1998", None).end_value
    '1998'
    >>> normalize_time("Tuesday", None) is None
    True
    """
    try:
        if not isinstance(text, str):
            return None
        if isinstance(anchor, dt.datetime):
            anchor = anchor.date()
        if not isinstance(anchor, dt.date) or not _MIN_YEAR <= anchor.year <= _MAX_YEAR:
            anchor = None  # an anchor of year 1 or 9999 is a bug upstream, not a date
        result = _normalize_cached(text, anchor)
    except Exception:  # a bug must cost one date, never the article
        return None
    if result is None:
        return None
    value, datatype, end_value = result
    return TimeValue(text=text, value=value, datatype=datatype, end_value=end_value)


def to_timeml(tv: TimeValue) -> str:
    """The TimeML TIMEX3 ``value`` of ``tv``, to score against TimeBank gold.

    Ranges that are exactly an ISO week, a weekend, a quarter or a half-year
    map to ``2024-W41``, ``2024-W41-WE``, ``2024-Q3``, ``2024-H1``; other
    ranges to their first value; dateTime drops zero seconds.

    >>> to_timeml(TimeValue("last week", "2024-09-30", "date", "2024-10-06"))
    '2024-W40'
    """
    if tv.datatype == "dateTime":
        return tv.value[:-3] if tv.value.endswith(":00") and tv.value.count(":") == 2 else tv.value
    if tv.datatype != "date" or tv.end_value is None:
        return tv.value
    first, last = dt.date.fromisoformat(tv.value), dt.date.fromisoformat(tv.end_value)
    span = (last - first).days
    iso = first.isocalendar()
    if span == 6 and first.weekday() == 0:
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if span == 1 and first.weekday() == 5:
        return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    for kind, name, months in (("Q", "quarter", 3), ("H", "half", 6)):
        index = (first.month - 1) // months + 1
        if _quarter_range(first.year, name, index) == (first, last):
            return f"{first.year:04d}-{kind}{index}"
    return tv.value
