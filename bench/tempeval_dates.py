"""Score kg.extract.dates.normalize_time on the TempEval-3 platinum test set.

Runs ``normalize_time`` over every DATE-type TIMEX3 of the 20 te3-platinum
documents, each with its document creation time (DCT) as anchor, and prints:
count, exact-match accuracy of the normalised value, accuracy where a value
was returned (precision), coverage, and microseconds per call (cold cache,
then warm cache).

Our values are mapped to TimeML with ``to_timeml`` (ISO weeks, weekends,
quarters, half-years). Two scores are printed: *strict* compares with the gold
``value`` as written; *lenient* first drops gold parts we never produce and
that carry no extra calendar information at the granularity compared
(trailing ``-XX`` as in "1952-XX", part-of-day suffixes such as ``TEV``) and
zero-pads week numbers ("2000-W7" -> "2000-W07").

Usage: python bench/tempeval_dates.py [path/to/timeml_summary.jsonl] [--errors]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import dates  # noqa: E402
from kg.extract.dates import normalize_time, to_timeml  # noqa: E402

DEFAULT = Path("/work/shared/data/timebank_tempeval3/timeml_summary.jsonl")
_XX_RE = re.compile(r"(?:-XX)+$")
_PART_OF_DAY_RE = re.compile(r"T(?:MO|AF|EV|NI|DT)$")
_WEEK_RE = re.compile(r"-W(\d)(?=$|-)")


def lenient(gold: str) -> str:
    gold = _XX_RE.sub("", gold)
    gold = _PART_OF_DAY_RE.sub("", gold)
    return _WEEK_RE.sub(r"-W0\1", gold)


def load(path: Path) -> list[tuple[str, dt.date, str, str]]:
    """(text, DCT, gold value, document id) for each DATE TIMEX3 of te3-platinum."""
    items = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["subset"] != "te3-platinum":
                continue
            dct = dt.date.fromisoformat(doc["date"][:10])
            for t in doc["timex3"]:
                if t["type"] == "DATE":
                    items.append((t["text"], dct, t["value"], doc["id"]))
    return items


def evaluate(path: Path = DEFAULT, *, rounds: int = 50) -> dict:
    """Score ``normalize_time`` on te3-platinum; the figures ``main`` prints, as a dict.

    Keys: n, returned, coverage, strict, lenient (counts), strict_accuracy,
    lenient_accuracy, strict_precision, lenient_precision, us_cold,
    us_uncached, us_cached, errors (doc, text, DCT, gold, ours) for lenient misses.
    """
    items = load(Path(path))

    dates._normalize_cached.cache_clear()
    start = time.perf_counter()
    predictions = [normalize_time(text, dct) for text, dct, _, _ in items]
    cold = (time.perf_counter() - start) / len(items) * 1e6
    start = time.perf_counter()
    for _ in range(rounds):
        for text, dct, _, _ in items:
            normalize_time(text, dct)
    warm = (time.perf_counter() - start) / (len(items) * rounds) * 1e6
    dates._normalize_cached.cache_clear()
    start = time.perf_counter()
    for _ in range(rounds):
        dates._normalize_cached.cache_clear()
        for text, dct, _, _ in items:
            normalize_time(text, dct)
    uncached = (time.perf_counter() - start) / (len(items) * rounds) * 1e6

    n = len(items)
    returned = sum(p is not None for p in predictions)
    strict = lenient_ok = 0
    errors = []
    for (text, dct, gold, doc), p in zip(items, predictions):
        ours = to_timeml(p) if p is not None else None
        strict += ours == gold
        ok = ours == lenient(gold)
        lenient_ok += ok
        if not ok:
            errors.append((doc, text, str(dct), gold, ours))
    return {
        "n": n, "returned": returned, "coverage": returned / n,
        "strict": strict, "lenient": lenient_ok,
        "strict_accuracy": strict / n, "lenient_accuracy": lenient_ok / n,
        "strict_precision": strict / max(returned, 1), "lenient_precision": lenient_ok / max(returned, 1),
        "us_cold": cold, "us_uncached": uncached, "us_cached": warm, "errors": errors,
    }


def main(argv: list[str]) -> int:
    show_errors = "--errors" in argv
    paths = [a for a in argv if not a.startswith("--")]
    r = evaluate(Path(paths[0]) if paths else DEFAULT)
    n, returned = r["n"], r["returned"]
    print(f"TempEval-3 platinum, DATE TIMEX3: {n}")
    print(f"returned a value: {returned} (coverage {returned / n:.1%})")
    for name in ("strict", "lenient"):
        ok = r[name]
        print(f"{name:8} exact value: {ok}/{n} = {ok / n:.1%}; "
              f"where returned: {ok}/{returned} = {ok / max(returned, 1):.1%}")
    print(f"us/call: {r['us_cold']:.0f} first call (cold cache, includes imports), "
          f"{r['us_uncached']:.1f} uncached, {r['us_cached']:.2f} cached")
    if show_errors:
        for row in r["errors"]:
            print("  ", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
