"""The articles of the second dev split of the exhaustive gold, a tuning split (rule fixed before any was read).

BBC business, tech, sport and entertainment numbers 045, 145, 245 and 345 (16 articles), and Reuters-21578 records
from lines 1,777, 3,777 ... 17,777 (1-based, 9 articles); each walked on, as every judged set does, past a record
under 80 words and past one that any judged set, tuning round or earlier gold split drew, so that its errors are
news to every rule. Prints one id a line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "judged"))

from edges import SECTIONS, drawn_before  # noqa: E402
from sample import SHARED  # noqa: E402


def picked() -> list[str]:
    """The 25 article ids, BBC first, in order."""
    lines = (SHARED / "data/reuters21578/reuters21578.jsonl").read_text(encoding="utf-8").splitlines()
    bbc = {r["id"]: r for r in map(json.loads, (SHARED / "data/bbc_news/bbc_news.jsonl").open(encoding="utf-8"))}
    used = drawn_before(HERE, lines)
    ids: list[str] = []
    for section in SECTIONS:
        for first in (45, 145, 245, 345):
            number = first
            while (key := f"bbc-{section}-{number:03d}") in used or len(bbc[key]["text"].split()) < 80 or key in ids:
                number += 1
            ids.append(key)
    for line in range(1777, 17778, 2000):
        index = line - 1
        while len((record := json.loads(lines[index]))["text"].split()) < 80 or str(record["id"]) in used:
            index += 1
        ids.append(str(record["id"]))
    return ids


if __name__ == "__main__":
    print("\n".join(picked()))
