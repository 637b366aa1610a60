"""The articles of the second held-out split of the exhaustive gold (rule fixed before any was read).

BBC business, tech, sport and entertainment 259, 296, 333 and 370 (the 37-step of the first split's 037 ... 222,
continued: 16 articles), and Reuters-21578 records from lines 2,000, 4,000 ... 18,000 (1-based, 9 articles), each
walked on, as every judged set does, past a record under 80 words and past one that any judged set, tuning round
(bench/judged/sample.py, bench/judged/edges.py) or either gold split drew. Prints one id a line.
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
    """The 25 article ids, BBC first, in order."""
    lines = (SHARED / "data/reuters21578/reuters21578.jsonl").read_text(encoding="utf-8").splitlines()
    used = drawn_before(HERE, lines)
    ids = [f"bbc-{s}-{n:03d}" for s in ("business", "tech", "sport", "entertainment") for n in (259, 296, 333, 370)]
    for line in range(2000, 18001, 2000):
        index = line - 1
        while len((record := json.loads(lines[index]))["text"].split()) < 80 or str(record["id"]) in used:
            index += 1
        ids.append(str(record["id"]))
    return ids


if __name__ == "__main__":
    print("\n".join(picked()))
