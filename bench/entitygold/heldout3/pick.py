"""The articles of the third held-out split of the exhaustive gold (rule fixed before any was read).

BBC politics, the held-out section no rule is written from: numbers 027, 054 ... 405 (a 27-step, 15 articles), and
Reuters-21578 records from lines 1,111, 3,111 ... 17,111 (1-based, 9 articles); each walked on, as every judged set
does, past a record under 80 words and past one that any judged set (set 56 read BBC politics 1, 9, 17 ...), tuning
round (bench/judged/sample.py, bench/judged/edges.py) or earlier gold split drew. Prints one id a line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "judged"))

from edges import drawn_before  # noqa: E402
from sample import SHARED  # noqa: E402


def picked() -> list[str]:
    """The 24 article ids, BBC politics first, in order."""
    lines = (SHARED / "data/reuters21578/reuters21578.jsonl").read_text(encoding="utf-8").splitlines()
    bbc = {r["id"]: r for r in map(json.loads, (SHARED / "data/bbc_news/bbc_news.jsonl").open(encoding="utf-8"))}
    used = drawn_before(HERE, lines)
    ids: list[str] = []
    for first in range(27, 406, 27):
        number = first
        while (key := f"bbc-politics-{number:03d}") in used or len(bbc[key]["text"].split()) < 80 or key in ids:
            number += 1
        ids.append(key)
    for line in range(1111, 17112, 2000):
        index = line - 1
        while len((record := json.loads(lines[index]))["text"].split()) < 80 or str(record["id"]) in used:
            index += 1
        ids.append(str(record["id"]))
    return ids


if __name__ == "__main__":
    print("\n".join(picked()))
