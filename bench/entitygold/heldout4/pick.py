"""The articles of the fourth held-out split of the exhaustive gold (rule fixed before any was read).

BBC politics numbers 040, 090 ... 390 (a 50-step, 8 articles: every other BBC section's articles were drawn by the
tuning build or a judged set, politics is held out from every rule), and Reuters-21578 records from lines 777, 1,927
... 18,027 (1-based, a 1,150-step, 16 records). Each is walked on, as every judged set does, past a record under 80
words, past one that any judged set up to set 65 (the last drawn when the split was picked), tuning round
(bench/judged/sample.py, bench/judged/edges.py) or earlier gold split drew, past one that shares a sentence of 60
characters or more with a test file (tests/ quotes tuning articles), and past the 80 Reuters records the hand checks
of sessions 36 to 39 read (bench/judged/hand-checked.txt; each session drew 20 at random, seed 20261205 + its number,
from the records of 80 words or more no set, round or split had drawn). Prints one id a line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: the last judged set drawn when this split was picked
LAST_SET = 65
sys.path.insert(0, str(HERE.parents[1] / "judged"))

from edges import drawn_before  # noqa: E402
from sample import SHARED, hand_checked, quoted, quoted_by_tests  # noqa: E402


def picked() -> list[str]:
    """The 24 article ids, BBC politics first, in order."""
    lines = (SHARED / "data/reuters21578/reuters21578.jsonl").read_text(encoding="utf-8").splitlines()
    bbc = {r["id"]: r for r in map(json.loads, (SHARED / "data/bbc_news/bbc_news.jsonl").open(encoding="utf-8"))}
    used = drawn_before(HERE, lines, last_set=LAST_SET) | hand_checked()
    tests = quoted_by_tests()
    ids: list[str] = []
    for first in range(40, 391, 50):
        number = first
        while ((key := f"bbc-politics-{number:03d}") in used or key in ids
               or len(bbc[key]["text"].split()) < 80 or quoted(bbc[key]["text"], tests)):
            number += 1
        ids.append(key)
    for line in range(777, 18028, 1150):
        index = line - 1
        while (len((record := json.loads(lines[index]))["text"].split()) < 80 or str(record["id"]) in used
               or str(record["id"]) in ids or quoted(record["text"], tests)):
            index += 1
        ids.append(str(record["id"]))
    return ids


if __name__ == "__main__":
    print("\n".join(picked()))
