"""Every direct triple kg draws from a group of articles, one a line, sorted: what a round of issue 8 diffs between
the build before it and its own, before commit (every change the diff shows is named in the commit).

Groups:

* ``tune``: the tuning lines of the later passes (Reuters lines from 1003, 1008, 1028, 1033, 1053 and 1058 by
  2,000) and BBC business, tech, sport and entertainment 400-454;
* ``bbc``: BBC business, tech, sport and entertainment 1-399;
* ``sets:A-B``: the articles of judged sets A to B (``bench/judged/sample.py``), each article once;

every group without the held-out golds' articles (:data:`_HELD_OUT`) and the sets that are measures only
(:data:`MEASURES_ONLY`).

A line is ``article <TAB> subject <TAB> predicate <TAB> object <TAB> evidence``, as in a judged sample. The script
measures the checkout it lies in: run a copy of a checkout (``cp -r``, or ``git worktree add``) for its build.

Usage:
    python bench/judged/edges.py GROUP [GROUP ...] --out FILE
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample import _TUNING_STARTS, ROOT, SETS, SHARED, articles, candidates  # noqa: E402  (the sample's articles and triples)

#: the Reuters line starts (+ 2,000k) the later passes tuned on
TUNING_STARTS = (1003, 1008, 1028, 1033, 1053, 1058)
SECTIONS = ("business", "tech", "sport", "entertainment")


def drawn_before(split: Path, lines: list[str], last_set: int | None = None) -> set[str]:
    """The article ids a new gold split walks past: those of every judged set (up to ``last_set``, the last one drawn
    when the split was picked: a later set would move the walk), every other gold split (its own, once written, would
    move the walk off its own picks) and the Reuters tuning lines of both samplers; ``lines`` are Reuters-21578's."""
    used = {str(r["id"]) for k in SETS if last_set is None or k <= last_set for r in articles(k)}
    used |= {p.stem for p in (ROOT / "bench/entitygold").rglob("*.json") if p.parent != split}
    used |= {str(json.loads(lines[n - 1])["id"]) for s in (*_TUNING_STARTS, *TUNING_STARTS)
             for n in range(s, len(lines) + 1, 2000)}
    return used


def _records(group: str) -> list[dict[str, object]]:
    """The articles of one group, each once."""
    if group.startswith("sets:"):
        first, _, last = group[5:].partition("-")
        chosen = {str(r["id"]): r for k in range(int(first), int(last or first) + 1) if k not in MEASURES_ONLY
                  for r in articles(k)}
        return [r for r in chosen.values() if str(r["id"]) not in _HELD_OUT]
    bbc = {r["id"]: r for r in map(json.loads, (SHARED / "data/bbc_news/bbc_news.jsonl").open(encoding="utf-8"))}
    numbers = range(400, 455) if group == "tune" else range(1, 400)
    records = [bbc[i] for s in SECTIONS for i in (f"bbc-{s}-{n:03d}" for n in numbers) if i in bbc]
    if group == "tune":
        lines = (SHARED / "data/reuters21578/reuters21578.jsonl").read_text(encoding="utf-8").splitlines()
        records += [json.loads(lines[n - 1]) for start in TUNING_STARTS for n in range(start, len(lines) + 1, 2000)]
    elif group != "bbc":
        raise SystemExit(f"edges.py: unknown group {group!r} (tune, bbc or sets:A-B)")
    return [r for r in {str(r["id"]): r for r in records}.values() if str(r["id"]) not in _HELD_OUT]


#: judged sets that are measures only, whose articles no round may read: sets 56 and 65, BBC politics (held out)
MEASURES_ONLY = frozenset({56, 65})

#: the held-out golds' articles (bench/entitygold/ but dev/ and dev2/, bench/heldout/): a diff never shows their
#: edges, so no round reads what a held-out measure counts (the BBC numbers 1-399 hold held out's and held out 2's)
_HELD_OUT = {p.stem for p in (ROOT / "bench/entitygold").rglob("*.json")
             if p.parent.name not in ("dev", "dev2")} | {p.stem for p in (ROOT / "bench/heldout").glob("*.json")}


def edges(records: list[dict[str, object]]) -> list[str]:
    """The direct triples of ``records``, built into one in-memory graph, as sorted tab-separated lines."""
    return sorted({"\t".join((c["article"], c["subject"], c["predicate"], c["object"], " ".join(c["evidence"].split())))
                   for c in candidates(records)})


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("groups", nargs="+", help="tune, bbc or sets:A-B")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    records = [r for group in args.groups for r in _records(group)]
    lines = edges(list({str(r["id"]): r for r in records}.values()))
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{ROOT.name}: {len(lines)} direct triples -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
