"""What the embedded store's periodic reopen (``ArticleStore.reopen_every``) costs and saves in a real build.

``KnowledgeGraph.add`` with ``jobs=2`` on the first N readable Reuters-21578 articles, into a fresh store, with
the writer reopening RocksDB every ``--every`` article writes and never (``reopen_every=None``), in alternating
order, ``--rounds`` times each. Per run: wall time and the peak RSS of this process (the one that writes the
store; the workers do not change) and of the whole process tree (sampled every 0.2 s, as bench/scale.py does).
Result: the medians' ratios, reopen over never. Ratios, not absolute times: the machine is shared.

Exits 0; asserts nothing.

Usage:
    python bench/reopen.py [--articles 6000] [--every 1000] [--rounds 2] [--output bench/results/reopen.txt]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import DEFAULT_CORPUS, SAMPLE_SECONDS, _rss_kib, sampled, uptime  # noqa: E402
from kg import KnowledgeGraph  # noqa: E402
from kg.store import ArticleStore  # noqa: E402
from kg.version import __version__  # noqa: E402


def child(corpus: Path, store: Path, every: int | None) -> None:
    """One build in this (fresh) process: prints its seconds and this process's peak RSS in KiB."""
    own = [0]
    stop = threading.Event()

    def sample_own() -> None:
        while not stop.is_set():
            own[0] = max(own[0], _rss_kib(os.getpid()))
            stop.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample_own, daemon=True)
    sampler.start()
    started = time.perf_counter()
    with KnowledgeGraph.open(store) as graph:
        assert isinstance(graph.store, ArticleStore)
        graph.store.reopen_every = every
        report = graph.add([corpus], jobs=2)
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    print(f"{seconds} {own[0]} {len(report.errors)}")


def build(corpus: Path, store: Path, every: int | None) -> tuple[float, int, int]:
    """Seconds, peak RSS of the writing process and of the whole tree (KiB) of one ``jobs=2`` build into a new
    store, in a fresh process (a build in this one would start from the last one's leftovers)."""
    shutil.rmtree(store, ignore_errors=True)
    command = [sys.executable, __file__, "--child", str(store), "--corpus", str(corpus),
               "--every", str(every or 0)]
    with sampled(os.getpid()) as peak:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds, own, errors = done.stdout.split()[-3:]
    if int(errors):
        print(f"  {errors} articles failed", flush=True)
    return float(seconds), int(own), peak.tree_kib


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=6000, help="Reuters lines to build (default 6000)")
    parser.add_argument("--every", type=int, default=1000, help="reopen every this many writes (default 1000)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each, alternating (default 2)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"JSON Lines (default {DEFAULT_CORPUS})")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "reopen.txt"))
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # one build into this store (0: never)
    args = parser.parse_args()
    if args.child is not None:
        child(args.corpus, args.child, args.every or None)
        return
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    say("# kg's embedded store: the writer reopening RocksDB every N article writes, against never")
    say("")
    say(f"machine: {os.cpu_count()} cpus ({len(os.sched_getaffinity(0))} usable); {platform.platform()}; "
        f"python {platform.python_version()}; kg {__version__}")
    say(f"at start: {uptime()}")
    with tempfile.TemporaryDirectory(prefix="kg-reopen-") as work:
        corpus = Path(work) / "corpus.jsonl"
        with args.corpus.open(encoding="utf-8") as source, corpus.open("w", encoding="utf-8") as out:
            for number, line in enumerate(source):
                if number == args.articles:
                    break
                out.write(line)
        say(f"corpus: the first {args.articles:,} lines of {args.corpus}, KnowledgeGraph.add(jobs=2), a new store each")
        runs: dict[str, list[tuple[float, int, int]]] = {"never": [], f"every {args.every}": []}
        for round_number in range(args.rounds):
            order = list(runs) if round_number % 2 == 0 else list(runs)[::-1]
            for name in order:
                every = None if name == "never" else args.every
                seconds, own, tree = build(corpus, Path(work) / "store", every)
                runs[name].append((seconds, own, tree))
                say(f"  round {round_number + 1}, reopen {name}: {seconds:.1f} s, peak RSS of the writing process "
                    f"{own // 1024} MiB, of all processes {tree // 1024} MiB ({uptime().split('load average: ')[-1]})")
    never, reopened = runs["never"], runs[f"every {args.every}"]
    for index, what in ((0, "time"), (1, "peak RSS of the writing process"), (2, "peak RSS of all processes")):
        ratio = statistics.median(r[index] for r in reopened) / statistics.median(r[index] for r in never)
        say(f"reopen every {args.every} / never, {what} (medians): {ratio:.2f}")
    say(f"at end: {uptime()}")
    Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
