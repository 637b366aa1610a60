"""Time of a no-op ``kg build`` (every article unchanged) with its exports up to date, against the same
build writing its exports again (what every rebuild did before issue 11).

The corpus (default: the first 300 articles of ``../shared/data/bbc_news/bbc_news.jsonl``, the
issue's ``bbc300``) is built once into a fresh store. Then, alternately, ``--rounds`` times each:

* **re-export** (the baseline): the exports are deleted first, so the no-op build writes the
  Turtle and the HTML page again, as it did on every rebuild before;
* **no-op**: the exports are there and hold this store, so nothing is rewritten.

Each run is a fresh ``kg build`` process (``python -m kg``: interpreter, imports and model
included, as a user waits for it); wall-clock seconds, the median of the rounds, and the ratio
no-op / re-export. Figures are from a shared machine: compare the ratio within one run. Exits 0;
asserts nothing. ``PYTHONPATH=<another checkout>`` measures that checkout's kg (the "before" file).

Usage:
    python bench/rebuild.py [--corpus FILE] [--articles 300] [--rounds 3] [--out bench/results/rebuild.txt]
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "bbc_news" / "bbc_news.jsonl"


def _build(corpus: Path, store: Path, exports: Path) -> tuple[float, str]:
    started = time.perf_counter()
    # run from the corpus's folder: ``python -m`` puts the working directory first on sys.path, and
    # PYTHONPATH=<another checkout> must pick the kg measured
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store),
                           "--exports", str(exports), "--no-progress"], capture_output=True, text=True, check=True,
                          cwd=corpus.parent)
    return time.perf_counter() - started, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=SHARED)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "rebuild.txt")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-rebuild-") as tmp:
        folder = Path(tmp)
        corpus = folder / f"bbc{args.articles}.jsonl"
        with args.corpus.open(encoding="utf-8") as source:
            corpus.write_text("".join(line for _, line in zip(range(args.articles), source)), encoding="utf-8")
        store, exports = folder / "store", folder / "exports"
        first, summary = _build(corpus, store, exports)
        times: dict[str, list[float]] = {"re-export": [], "no-op": []}
        last = {}
        for _ in range(args.rounds):
            shutil.rmtree(exports)
            seconds, last["re-export"] = _build(corpus, store, exports)
            times["re-export"].append(seconds)
            seconds, last["no-op"] = _build(corpus, store, exports)
            times["no-op"].append(seconds)
        last = {phase: said.replace(str(folder), "<tmp>") for phase, said in last.items()}
        summary = summary.replace(str(folder), "<tmp>")
    baseline, noop = statistics.median(times["re-export"]), statistics.median(times["no-op"])
    lines = [
        f"kg build {corpus.name} ({args.articles} articles), then {args.rounds} rounds of a no-op rebuild; "
        f"python {platform.python_version()}, {platform.machine()}",
        f"first build: {first:.1f} s; {summary.splitlines()[0]}",
        "",
        f"re-export (baseline): median {baseline:.2f} s  ({', '.join(f'{t:.2f}' for t in times['re-export'])})",
        f"  {last['re-export'].splitlines()[1]}",
        f"no-op:                median {noop:.2f} s  ({', '.join(f'{t:.2f}' for t in times['no-op'])})",
        f"  {last['no-op'].splitlines()[1]}",
        f"no-op time / re-export time = {noop / baseline:.2f}",
    ]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
