"""Beyond one machine: ``kg build --cluster`` on a local Dask distributed cluster beside ``--jobs 1`` and ``--jobs 2``.

On the first N readable articles of Reuters-21578 (a JSON Lines file of their own), in one run and one process:

* the engine: a ``dask scheduler`` and two ``dask worker --nworkers 1 --nthreads 1`` processes on 127.0.0.1,
  started with the engine's own commands (as ``tests/reliability/test_cluster.py`` does); the seconds until both
  workers are connected, and each process's RSS before and after kg's plugin loaded the model in the workers;
* **kg --jobs 1**: ``KnowledgeGraph.add(path, jobs=1)`` with the model already loaded in this process (warm);
* **kg --jobs 2**: ``jobs=2``: the build starts its two worker processes, which load the model (``--jobs``
  always pays that; the "after the first article" column leaves it out);
* **kg --cluster**: ``cluster=ADDRESS`` with the two Dask workers warm (kg's plugin loaded the model in them
  before timing, by a build of 8 other articles).

Each build goes into a fresh embedded store, with ``SOURCE_DATE_EPOCH`` set; the stores are compared with the
``--jobs 1`` store (sorted N-Quads). Columns: wall seconds; seconds after the first article came back (the
steady part, without model loading); articles/s; quads; CPU seconds of this process (the client: reading,
resolution against the names known, the store writer) and of the workers (the pool's processes, or the Dask
workers read from /proc). Ratios against ``--jobs 1`` of the same round are the result: the machine is shared.
``--repeat R`` runs R rounds in alternating order and prints the median ratio.

Exits 0; asserts nothing.

Usage:
    python bench/cluster.py [--articles 500] [--repeat 1] [--corpus PATH] [--output bench/results/cluster.txt]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import load, process_cpu, reported, table, write_prefix  # noqa: E402  (the helpers both share)

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"
DASK = Path(sys.executable).parent / "dask"
EPOCH = "1700000000"


@dataclass
class Run:
    name: str
    seconds: float = 0.0
    steady: float = 0.0
    articles: int = 0
    quads: int = 0
    main_cpu: float = 0.0
    worker_cpu: float = 0.0
    digest: str = ""
    errors: int = 0


# --------------------------------------------------------------------------- the local cluster


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0



def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class LocalCluster:
    """A scheduler and two single-threaded workers, each started as its own process with Dask's commands."""

    def __init__(self, folder: Path) -> None:
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.processes: list[subprocess.Popen[bytes]] = []
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        commands = [[str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard"]]
        commands += [[str(DASK), "worker", self.address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                      "--local-directory", str(folder / f"worker-{n}")] for n in range(2)]
        started = time.perf_counter()
        for number, command in enumerate(commands):
            with (folder / f"process-{number}.log").open("wb") as log:
                self.processes.append(subprocess.Popen(command, cwd=folder, env=env, stdout=log,
                                                       stderr=subprocess.STDOUT, start_new_session=True))
            if number == 0:
                self._wait_for_port()
        from distributed import Client

        self.client: Any = Client(self.address, timeout=60, set_as_default=False)
        self.client.wait_for_workers(2, timeout=120)
        self.start_seconds = time.perf_counter() - started

    def _wait_for_port(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError("the dask scheduler did not listen within 60 s")

    def worker_pids(self) -> list[int]:
        return sorted(self.client.run(os.getpid).values())

    def rss(self) -> str:
        scheduler = _rss_mib(self.processes[0].pid)
        workers = [_rss_mib(pid) for pid in self.worker_pids()]
        nannies = [_rss_mib(process.pid) for process in self.processes[1:]]
        return (f"scheduler {scheduler:.0f} MiB; workers {', '.join(f'{w:.0f}' for w in workers)} MiB; "
                f"their nannies {', '.join(f'{n:.0f}' for n in nannies)} MiB")

    def stop(self) -> None:
        self.client.close()
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


# --------------------------------------------------------------------------- builds



def digest(store: Path) -> str:
    from kg import KnowledgeGraph

    with KnowledgeGraph.open(store, read_only=True) as graph:
        lines = sorted(str(quad) for quad in graph.store.quads())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def build(name: str, subset: Path, store: Path, nlp: Any, engine: LocalCluster, **how: Any) -> Run:
    from kg import KnowledgeGraph

    run = Run(name)
    first: list[float] = []

    def progress(done: int, total: int | None) -> None:
        if not first:
            first.append(time.perf_counter())

    workers = engine.worker_pids()
    workers_before = sum(process_cpu(pid) for pid in workers)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    with KnowledgeGraph.open(store) as graph:
        graph._nlp = nlp  # warm: the model is loaded in this process (used by --jobs 1 only)
        started = time.perf_counter()
        report = graph.add(subset, progress=progress, **how)
        run.seconds = time.perf_counter() - started
    own_after, children_after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    run.steady = run.seconds - (first[0] - started) if first else run.seconds
    run.articles = len(report.added) + len(report.unchanged)
    run.errors = len(report.errors)
    run.main_cpu = own_after.ru_utime + own_after.ru_stime - own.ru_utime - own.ru_stime
    run.worker_cpu = max(0.0, children_after.ru_utime + children_after.ru_stime - children.ru_utime - children.ru_stime)
    if "cluster" in how:
        run.worker_cpu += sum(process_cpu(pid) for pid in workers) - workers_before
    run.digest = digest(store)
    with KnowledgeGraph.open(store, read_only=True) as graph:
        run.quads = len(graph)
    return run


# --------------------------------------------------------------------------- report




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500, help="articles to build (default 500)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"JSON Lines (default {DEFAULT_CORPUS})")
    parser.add_argument("--repeat", type=int, default=1, help="rounds, order alternating (default 1)")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "cluster.txt"),
                        help="the results file (- for the terminal only)")
    return reported(parser.parse_args(argv), run)


def run(args: argparse.Namespace, say: Callable[[str], None]) -> int:
    import distributed
    import spacy

    from kg import KnowledgeGraph
    from kg.nlp import load_pipeline
    from kg.nlp.pipeline import installed_model
    from kg.version import __version__

    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 0  # a benchmark, not a test
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    work = Path(tempfile.mkdtemp(prefix="kg-bench-cluster-"))
    say("# kg build --cluster (Dask distributed, 2 local workers) beside --jobs 1 and --jobs 2")
    say()
    say(f"machine: {os.cpu_count()} cpus ({len(os.sched_getaffinity(0))} usable); {platform.platform()}; "
        f"python {platform.python_version()}; spacy {spacy.__version__}; {installed_model(None)}; kg {__version__}; "
        f"distributed {distributed.__version__}")
    say(f"at start: load average {load()}")
    cluster = None
    try:
        subset, warmup = work / "articles.jsonl", work / "warmup.jsonl"
        count = write_prefix(args.corpus, args.articles, subset)
        write_prefix(args.corpus, 8, warmup, skip=args.articles)
        say(f"input: the first {count:,} lines of {args.corpus.name}; SOURCE_DATE_EPOCH={EPOCH}")
        nlp = load_pipeline(None)
        cluster = LocalCluster(work)
        say(f"engine: dask scheduler + 2 x dask worker --nworkers 1 --nthreads 1, both workers connected "
            f"{cluster.start_seconds:.1f} s after the scheduler was started; {cluster.rss()} (no model yet)")
        started = time.perf_counter()
        with KnowledgeGraph.open(None) as graph:
            graph.add(warmup, cluster=cluster.address)
        say(f"warm-up: 8 other articles through the cluster in {time.perf_counter() - started:.1f} s (kg's plugin "
            f"loads the model in each worker); then {cluster.rss()}")
        say()
        rounds: list[dict[str, Run]] = []
        names = {"jobs1": dict(jobs=1), "jobs2": dict(jobs=2), "cluster": dict(cluster=cluster.address)}
        labels = {"jobs1": "kg --jobs 1", "jobs2": "kg --jobs 2", "cluster": "kg --cluster (2 workers)"}
        for number in range(1, args.repeat + 1):
            order = list(names) if number % 2 else list(reversed(names))
            runs: dict[str, Run] = {}
            for name in order:
                store = work / f"store-{number}-{name}"
                runs[name] = build(labels[name], subset, store, nlp, cluster, **names[name])
                shutil.rmtree(store, ignore_errors=True)
                say(f"  [{number}] {labels[name]}: {runs[name].seconds:.1f} s (load {load()})")
            rounds.append(runs)
        say()
        rows = []
        for number, runs in enumerate(rounds, 1):
            for name in names:
                r = runs[name]
                tag = f" #{number}" if len(rounds) > 1 else ""
                rows.append([r.name + tag, f"{r.articles:,}", f"{r.seconds:.1f}", f"{r.steady:.1f}",
                             f"{r.articles / r.seconds:.1f}", f"{r.quads:,}", str(r.errors), f"{r.main_cpu:.1f}",
                             f"{r.worker_cpu:.1f}"])
        say(table(rows, ["run", "articles", "seconds", "after the first article", "articles/s", "quads", "failed",
                         "client CPU s", "workers' CPU s"]))
        say()

        def ratio(label: str, top: str, bottom: str, steady: bool = False) -> None:
            values = [(runs[top].steady / runs[bottom].steady) if steady else (runs[top].seconds / runs[bottom].seconds)
                      for runs in rounds]
            each = ", ".join(f"{value:.2f}" for value in values)
            say(f"{label:<58} {statistics.median(values):.2f}  ({each})")

        ratio("kg --jobs 2 speed-up over --jobs 1:", "jobs1", "jobs2")
        ratio("kg --cluster (2 workers) speed-up over --jobs 1:", "jobs1", "cluster")
        ratio("kg --cluster (2 workers) time / --jobs 2 time:", "cluster", "jobs2")
        ratio("after the first article: --jobs 2 speed-up over --jobs 1:", "jobs1", "jobs2", steady=True)
        ratio("after the first article: --cluster speed-up over --jobs 1:", "jobs1", "cluster", steady=True)
        same = all(runs[name].digest == runs["jobs1"].digest for runs in rounds for name in names)
        say(f"stores of --jobs 1, --jobs 2 and --cluster equal (sorted N-Quads): {'yes' if same else 'NO'}")
        say(f"at end: load average {load()}")
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
