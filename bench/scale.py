"""Scale on one machine: ``kg build --jobs 1`` and ``--jobs 2`` beside raw ``nlp.pipe`` with ``n_process`` 1 and 2.

On the first N readable articles of Reuters-21578 (written to a JSON Lines file of their own), in one run:

* **nlp.pipe n_process=1 / 2**: spaCy alone (the model as spaCy loads it, ``kg.nlp.pipeline.load_spacy``: without
  kg's paragraph breaks and its faster stand-ins for the attribute ruler and lemmatizer; batch size 32, every Doc
  consumed) on the same texts kg parses, in this process (n_process 2: spaCy's own worker processes);
* **kg build --jobs 1 / 2**: the real command (``python -m kg build FILE --store NEW --no-export --jobs J``),
  each in a fresh process with a fresh store, so its time includes loading the model (in each worker).

For each: wall time, articles/s, words/s (whitespace words), peak RSS (the largest sum of VmRSS over the
process and all its descendants, sampled every 0.2 s from /proc; and the largest single process), quads.
Ratios, not absolute times, are the result: the machine is shared (the load average is printed after each
run). ``--repeat R`` runs the four R times, in alternating order, and prints each round's ratios and their
median. The two builds' stores are compared (sorted N-Quads of ``kg export --format nquads``).

``--memory 2000,6000,19043`` adds a table of ``kg build --jobs 2`` on growing prefixes of the corpus: peak
RSS per size, and the ratio to the smallest (the input is streamed; the goal is within 20 %).

Exits 0; asserts nothing.

Usage:
    python bench/scale.py [--articles 2000] [--repeat 2] [--corpus PATH] [--model NAME] [--memory 2000,6000]
        [--skip-table] [--output bench/results/scale.txt]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"
BATCH_SIZE = 32
SAMPLE_SECONDS = 0.2


# --------------------------------------------------------------------------- memory of a process tree


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(root: int) -> list[int]:
    """``root`` and every process below it (from /proc/*/stat parent ids)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


@dataclass
class Peak:
    """The largest RSS seen: of the whole tree at one instant, and of any one process."""

    tree_kib: int = 0
    process_kib: int = 0
    processes: int = 0


@contextmanager
def sampled(root: int) -> Iterator[Peak]:
    """Sample the RSS of ``root``'s process tree every :data:`SAMPLE_SECONDS` until the block ends."""
    peak = Peak()
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            pids = _descendants(root)
            sizes = [_rss_kib(pid) for pid in pids]
            peak.tree_kib = max(peak.tree_kib, sum(sizes))
            peak.process_kib = max(peak.process_kib, max(sizes, default=0))
            peak.processes = max(peak.processes, sum(1 for size in sizes if size))
            stop.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield peak
    finally:
        stop.set()
        sampler.join()


# --------------------------------------------------------------------------- runs


@dataclass
class Run:
    name: str
    articles: int
    words: int
    seconds: float = 0.0
    peak: Peak = field(default_factory=Peak)
    quads: int | None = None
    note: str = ""
    #: CPU seconds (user + system) of every process of the run, and of its main process alone
    cpu: float = 0.0
    main_cpu: float = 0.0


def write_prefix(corpus: Path, count: int, target: Path, skip: int = 0) -> int:
    """The first ``count`` lines of ``corpus`` after its first ``skip`` into ``target``; how many were written."""
    written = 0
    with corpus.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number < skip:
                continue
            if written >= count:
                break
            out.write(line)
            written += 1
    return written


def read_texts(path: Path) -> list[str]:
    from kg.ingest import read_articles
    from kg.types import Article

    return [item.text for item in read_articles([path]) if isinstance(item, Article)]


def run_pipe(nlp: Any, texts: list[str], n_process: int, words: int) -> Run:
    run = Run(f"nlp.pipe n_process={n_process}", len(texts), words)
    before = _cpu()
    with sampled(os.getpid()) as peak:
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
            pass
        run.seconds = time.perf_counter() - started
    after = _cpu()
    run.peak = peak
    run.main_cpu = after[0] - before[0]
    run.cpu = run.main_cpu + after[1] - before[1]
    return run


def _cpu() -> tuple[float, float]:
    """CPU seconds so far of this process, and of its children that ended (and theirs)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def process_cpu(pid: int) -> float:
    """CPU seconds of one running process (utime + stime from /proc/PID/stat), 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


_WRITTEN = re.compile(r"([\d,]+) quads written in ([\d.]+)s; store \S+ holds ([\d,]+) quads")


def run_build(corpus: Path, store: Path | str, jobs: int, model: str | None, articles: int, words: int,
              name: str | None = None) -> Run:
    run = Run(name or f"kg build --jobs {jobs}", articles, words)
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--no-export",
               "--no-progress", "--jobs", str(jobs), *(["--model", model] if model else [])]
    started = time.perf_counter()
    before = _cpu()
    # SOURCE_DATE_EPOCH: the build's provenance time is fixed, so two builds' stores can be compared
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1700000000"})
    with sampled(process.pid) as peak:
        main_cpu = threading.Thread(target=_follow_cpu, args=(process, run), daemon=True)
        main_cpu.start()
        out, err = process.communicate()
        main_cpu.join()
    run.seconds = time.perf_counter() - started
    run.cpu = _cpu()[1] - before[1]  # kg's process and its workers, all ended and waited for
    run.peak = peak
    found = _WRITTEN.search(out)
    if process.returncode != 0 or found is None:
        run.note = f"exit {process.returncode}: {(err or out).strip()[-300:]}"
    else:
        run.quads = int(found.group(3).replace(",", ""))
        run.note = f"build's own time {float(found.group(2)):.1f} s; {err.count('kg: skipped')} skipped"
    return run


def _follow_cpu(process: subprocess.Popen[str], run: Run) -> None:
    """Keep the CPU time of ``process`` (its main process only) as last read before it ends."""
    while process.poll() is None:
        run.main_cpu = max(run.main_cpu, process_cpu(process.pid))
        time.sleep(0.1)


def nquads_digest(store: Path) -> str:
    """sha256 of the store's sorted N-Quads (``kg export --format nquads``)."""
    with tempfile.TemporaryDirectory(prefix="kg-scale-export-") as folder:
        target = Path(folder) / "all.nq"
        subprocess.run([sys.executable, "-m", "kg", "export", "-o", str(target), "--store", str(store), "--format",
                        "nquads"], check=True, cwd=ROOT, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        lines = sorted(target.read_bytes().splitlines())
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


# --------------------------------------------------------------------------- report


def table(rows: list[list[str]], header: list[str], left: int = 1) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join(("{:<%d}" if i < left else "{:>%d}") % w for i, w in enumerate(widths))
    out = [line.format(*header), "  ".join("-" * w for w in widths)]
    out += [line.format(*r) for r in rows]
    return "\n".join(o.rstrip() for o in out)


def mib(kib: int) -> str:
    return f"{kib / 1024:,.0f}"


def row(run: Run, tag: str = "") -> list[str]:
    return [run.name + tag, f"{run.articles:,}", f"{run.words:,}", f"{run.seconds:.1f}", f"{run.articles / run.seconds:.1f}",
            f"{run.words / run.seconds:,.0f}", mib(run.peak.tree_kib), mib(run.peak.process_kib),
            str(run.peak.processes), "" if run.quads is None else f"{run.quads:,}", f"{run.cpu:.1f}",
            f"{run.main_cpu:.1f}"]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return f"load average: {load()}"


def reported(args: argparse.Namespace, run: Callable[[argparse.Namespace, Callable[[str], None]], int]) -> int:
    """``run(args, say)``, every line it says printed and, unless ``args.output`` is ``-``, written there too."""
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    status = run(args, say)
    if args.output != "-" and lines:
        Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the table (default 2000)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"JSON Lines (default {DEFAULT_CORPUS})")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: kg's)")
    parser.add_argument("--memory", default="", help="comma-separated corpus sizes for the memory table "
                                                     "(kg build --jobs 2 each), e.g. 2000,6000,19043")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of the four runs, order alternating (default 2)")
    parser.add_argument("--skip-table", action="store_true", help="only the memory table")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "scale.txt"),
                        help="the results file (- for the terminal only)")
    return reported(parser.parse_args(argv), run)


def run(args: argparse.Namespace, say: Callable[[str], None]) -> int:
    import spacy

    from kg.nlp.pipeline import installed_model, load_spacy
    from kg.version import __version__

    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 0  # a benchmark, not a test
    say("# kg on one machine: kg build --jobs 1 / 2 beside nlp.pipe n_process 1 / 2")
    say()
    say(f"machine: {os.cpu_count()} cpus ({len(os.sched_getaffinity(0))} usable); {platform.platform()}; "
        f"python {platform.python_version()}; spacy {spacy.__version__}; {installed_model(args.model)}; kg {__version__}")
    say(f"at start: {uptime()}")
    say(f"corpus: {args.corpus}")
    work = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    try:
        if not args.skip_table:
            table_runs(args, work, say, load_spacy(args.model))
        if args.memory:
            memory_runs(args, work, say)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    say()
    say(f"at end: {uptime()}")
    return 0


def table_runs(args: argparse.Namespace, work: Path, say: Callable[[str], None], nlp: Any) -> None:
    subset = work / f"reuters-{args.articles}.jsonl"
    lines = write_prefix(args.corpus, args.articles, subset)
    texts = read_texts(subset)
    words = sum(len(text.split()) for text in texts)
    say(f"input: the first {lines:,} lines, {len(texts):,} articles, {words:,} words "
        f"({words / max(1, len(texts)):,.0f} per article)")
    for _doc in nlp.pipe(texts[:16], batch_size=BATCH_SIZE):  # warm-up, not timed
        pass
    say(f"rounds: {args.repeat}; odd rounds run nlp.pipe 1, 2, kg --jobs 1, 2; even rounds the reverse order")
    say()
    rounds: list[dict[str, Run]] = []
    same = None
    for number in range(1, args.repeat + 1):
        names = ["pipe1", "pipe2", "jobs1", "jobs2"]
        runs: dict[str, Run] = {}
        for name in names if number % 2 else reversed(names):
            if name.startswith("pipe"):
                runs[name] = run_pipe(nlp, texts, int(name[-1]), words)
                say(f"  [{number}] {runs[name].name}: {runs[name].seconds:.1f} s (load {load()})")
            else:
                store = work / f"store-{number}-{name}"
                runs[name] = run_build(subset, store, int(name[-1]), args.model, len(texts), words)
                say(f"  [{number}] {runs[name].name}: {runs[name].seconds:.1f} s; {runs[name].note} (load {load()})")
        if same is None:
            same = nquads_digest(work / f"store-{number}-jobs1") == nquads_digest(work / f"store-{number}-jobs2")
        for name in ("jobs1", "jobs2"):
            shutil.rmtree(work / f"store-{number}-{name}", ignore_errors=True)
        rounds.append(runs)
    say()
    say("## throughput and memory (wall clock, model loading included for kg build; peak RSS in MiB)")
    rows = []
    for number, runs in enumerate(rounds, 1):
        for name in ("pipe1", "pipe2", "jobs1", "jobs2"):
            rows.append(row(runs[name], f" #{number}" if len(rounds) > 1 else ""))
    say(table(rows, ["run", "articles", "words", "seconds", "articles/s", "words/s",
                     "peak RSS, all processes", "largest process", "processes", "quads", "CPU s", "main CPU s"]))
    say("CPU s: user + system seconds of all the run's processes; main CPU s: of its main process alone (the")
    say("store writer thread included). On 2 free cores a run takes at least max(CPU s / 2, main CPU s).")
    say()
    say("## ratios (the result, per round then the median; absolute times move with the machine's load)")

    def ratio(label: str, top: str, bottom: str, goal: str = "") -> None:
        values = [runs[top].seconds / runs[bottom].seconds for runs in rounds]
        each = ", ".join(f"{value:.2f}" for value in values)
        say(f"{label:<52} {statistics.median(values):.2f}  ({each}){goal}")

    ratio("kg --jobs 2 speed-up over --jobs 1:", "jobs1", "jobs2", "  goal >= 1.7")
    ratio("nlp.pipe n_process=2 speed-up over n_process=1:", "pipe1", "pipe2")
    ratio("kg --jobs 1 time / nlp.pipe n_process=1 time:", "jobs1", "pipe1")
    ratio("kg --jobs 2 time / nlp.pipe n_process=2 time:", "jobs2", "pipe2", "  goal <= 1.10")
    say()
    say("the same from CPU time, which the other users' load moves much less than wall time: the time each run")
    say("needs at least on 2 free cores, max(CPU s / 2, main CPU s) for the parallel runs, CPU s for the others")

    def bound(run: Run, parallel: bool) -> float:
        return max(run.cpu / 2, run.main_cpu) if parallel else run.cpu

    def cpu_ratio(label: str, top: tuple[str, bool], bottom: tuple[str, bool], goal: str = "") -> None:
        values = [bound(runs[top[0]], top[1]) / bound(runs[bottom[0]], bottom[1]) for runs in rounds]
        each = ", ".join(f"{value:.2f}" for value in values)
        say(f"{label:<52} {statistics.median(values):.2f}  ({each}){goal}")

    cpu_ratio("CPU: kg --jobs 2 speed-up over --jobs 1:", ("jobs1", False), ("jobs2", True), "  goal >= 1.7")
    cpu_ratio("CPU: nlp.pipe n_process=2 speed-up over 1:", ("pipe1", False), ("pipe2", True))
    cpu_ratio("CPU: kg --jobs 2 / nlp.pipe n_process=2:", ("jobs2", True), ("pipe2", True), "  goal <= 1.10")
    say(f"stores of --jobs 1 and --jobs 2 equal (sorted N-Quads): {'yes' if same else 'NO'}")
    rate = statistics.median(runs["jobs2"].articles / runs["jobs2"].seconds for runs in rounds)
    say(f"projected, whole corpus (19,043 articles) at --jobs 2's median rate: {19_043 / rate / 60:.1f} min "
        "(goal <= 5 min)")


def memory_runs(args: argparse.Namespace, work: Path, say: Callable[[str], None]) -> None:
    sizes = [int(size) for size in args.memory.split(",") if size.strip()]
    say()
    say("## memory as the corpus grows (kg build --jobs 2, a fresh store each; peak RSS in MiB)")
    runs: list[Run] = []
    for size in sizes:
        subset = work / f"memory-{size}.jsonl"
        lines = write_prefix(args.corpus, size, subset)
        texts = read_texts(subset)
        words = sum(len(text.split()) for text in texts)
        del texts
        runs.append(run_build(subset, work / f"memory-store-{size}", 2, args.model, lines, words,
                              name=f"{lines:,} lines"))
        say(f"  {runs[-1].name}: {runs[-1].seconds:.1f} s; {runs[-1].note} (load {load()})")
        shutil.rmtree(work / f"memory-store-{size}", ignore_errors=True)
    base = runs[0]
    rows = [[*row(r)[:8], str(r.peak.processes), "" if r.quads is None else f"{r.quads:,}",
             f"{r.peak.tree_kib / base.peak.tree_kib:.2f}", f"{r.peak.process_kib / base.peak.process_kib:.2f}"]
            for r in runs]
    say(table(rows, ["input", "articles", "words", "seconds", "articles/s", "words/s", "peak RSS, all processes",
                     "largest process", "processes", "quads", "all / first", "largest / first"]))
    say("goal: the peak of the largest input within 20 % of the smallest's (all / first <= 1.20)")


if __name__ == "__main__":
    sys.exit(main())
