"""Projected wall time and machine count for 1M and 10M news articles, from measured rates.

    python bench/projection.py [--small 300] [--large 1200] [--words 600] [--cores-per-machine 8] [--link-gbit 1]

Measured here, on this machine: ``kg build --jobs 2`` (fresh processes, the first ``--small`` and
``--large`` Reuters-21578 articles) into each store of the files below, a new one for each build (the
embedded store; Oxigraph server and Virtuoso, started here as the tests start them); the difference between
the two builds gives the cost a quad adds, without the start-up both pay (imports, GeoNames, the workers'
model): the workers' CPU a quad (parse, extractors, resolution, RDF: every process but the main one; of the
embedded store's builds), the building process's CPU a quad for each store (it receives every article,
resolves it against the names known, in input order, and writes it: the one part that does not spread over
machines; the cluster mode's client does the same; a server's own work is not its), quads a word; and N-Quads
bytes a quad (what a worker sends back). Read from the files other benches wrote: the stores' rates,
``bench/results/store.txt`` (``bench/store.py``, its largest size: the embedded store, a transaction an
article) and the largest load of ``bench/store_servers.py``'s files that has each server (:data:`SERVER_RUNS`:
kg's bulk writes into Oxigraph server and Virtuoso, 1M quads and 10M).

Everything is scaled by quads, and quads by words (an article of ``--words`` words yields as many quads a
word as Reuters' articles do: an assumption, stated in the output). The parts overlap (kg streams: parse,
resolve and write run at once), so a build takes at least the longest of: the workers' CPU spread over
their cores, the building process on one core, the network, the store.

Writes ``bench/results/projection.txt``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.store import table  # noqa: E402

RESULTS = ROOT / "bench" / "results"
CORPUS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"
SIZES = (1_000_000, 10_000_000)
#: bench/store_servers.py's saved runs, oldest first: a server's rate is read at its largest load, the newer file
#: winning at one size
SERVER_RUNS = ("store-servers.txt", "store-servers-10m.txt", "store-servers-10m-oxigraph.txt",
               "store-servers-10m-virtuoso.txt")


def number(text: str) -> float:
    return float(text.replace(",", ""))


@contextlib.contextmanager
def fresh_store(kind: str, folder: Path) -> Iterator[str]:
    """``--store`` for a new, empty store of ``kind`` in ``folder`` (a server runs until the block ends)."""
    from tests.store.conftest import running_oxigraph, running_virtuoso

    folder.mkdir(parents=True)
    if kind == "embedded":
        yield str(folder / "store")
    elif kind == "Oxigraph server":
        with running_oxigraph(folder) as oxigraph:
            yield oxigraph.query_url
    else:
        with running_virtuoso(folder) as virtuoso:
            yield virtuoso.query_url


def marginal_rates(small: int, large: int, work: Path, stores: tuple[str, ...]) -> dict[str, Any]:
    """CPU seconds a quad of the workers and of the main process (for each of ``stores``), quads a word and
    N-Quads bytes a quad, from two ``kg build --jobs 2`` runs of the first ``small`` and ``large`` Reuters
    articles into each store (their difference). A server's own CPU is not the building process's: the store's
    floor counts it."""
    from bench.scale import run_build

    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:max(small, large)]
    texts = [json.loads(line)["text"] for line in lines]
    runs: dict[str, list[Any]] = {kind: [] for kind in stores}
    for size in (small, large):
        corpus = work / f"first-{size}.jsonl"
        corpus.write_text("\n".join(lines[:size]) + "\n", encoding="utf-8")
        words = sum(len(text.split()) for text in texts[:size])
        for kind in stores:
            with fresh_store(kind, work / f"{kind.split()[0].lower()}-{size}") as store:
                run = run_build(corpus, store, 2, None, size, words)
            if not run.quads:
                raise SystemExit(f"kg build of {size} articles into {kind} failed: {run.note}")
            print(f"kg build --jobs 2, {size:,} articles into {kind}: {run.seconds:.1f} s, {run.quads:,} quads, "
                  f"CPU {run.cpu:.1f} s, main process {run.main_cpu:.1f} s", flush=True)
            runs[kind].append(run)
    # the machine's state in this run: spaCy alone on the smaller input, beside bench/scale.py's rows
    from kg.nlp.pipeline import load_spacy

    nlp = load_spacy()  # the model as spaCy loads it, without kg's stand-ins (kg/nlp/speedups.py)
    began = time.process_time()
    for _doc in nlp.pipe(texts[:small], batch_size=32):
        pass
    spacy_cpu = time.process_time() - began
    first, second = runs["embedded"]
    quads = second.quads - first.quads
    dump = subprocess.run([sys.executable, "-m", "kg", "export", "--store", str(work / f"embedded-{large}" / "store"),
                           "--format", "nquads"], capture_output=True, check=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    return {"workers": ((second.cpu - second.main_cpu) - (first.cpu - first.main_cpu)) / quads,
            "main": {kind: (later.main_cpu - earlier.main_cpu) / (later.quads - earlier.quads)
                     for kind, (earlier, later) in runs.items()},
            "quads_per_word": second.quads / second.words,
            "wire": len(dump) / second.quads,
            "spacy": spacy_cpu / first.words,
            "text": "; ".join(f"{r.articles:,} articles into {kind} {r.seconds:.1f} s, {r.quads:,} quads, "
                              f"CPU {r.cpu:.1f} s (main process {r.main_cpu:.1f})"
                              for kind, pair in runs.items() for r in pair)}


def spacy_rate(path: Path) -> float:
    """CPU µs a word of ``nlp.pipe n_process=1`` in bench/scale.py's saved run (median of its rounds)."""
    rates = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("nlp.pipe n_process=1 #"):
            cells = line.split()
            rates.append(number(cells[-1]) / number(cells[4]) * 1e6)  # main CPU s / words
    if not rates:
        raise SystemExit(f"{path}: no 'nlp.pipe n_process=1' rows; run python bench/scale.py first")
    return statistics.median(rates)


def markdown_rows(text: str) -> list[dict[str, str]]:
    """The rows of every markdown table in ``text``, each as {header: cell}."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if header is None:
            header = cells
        elif not set(line) <= set("|-: "):
            rows.append(dict(zip(header, cells)))
    return rows


def store_rates(embedded: Path, servers: list[Path]) -> dict[str, tuple[float, str]]:
    """Quads a second into each store, and where it was measured: the embedded store at bench/store.py's largest
    size; each server's bulk writes at the largest load of ``servers`` (bench/store_servers.py's files) that has
    its row, the newer file (later in ``servers``) winning at one size. A build of a million articles writes
    hundreds of millions of quads, and a store's rate falls as it grows: the largest load measured is the
    closest to it."""
    rates: dict[str, tuple[float, str]] = {}
    largest: dict[str, int] = {}
    for section in embedded.read_text(encoding="utf-8").split("\n## ")[1:]:  # "950,524 triples (...)": the last wins
        for row in markdown_rows(section):
            if row.get("load") == "embedded, 1 transaction per article":
                rates["embedded"] = (number(row["triples/s"]), f"{section.split()[0]} quads, {embedded.name}")
    for path in servers:
        if not path.exists():
            continue
        for row in markdown_rows(path.read_text(encoding="utf-8")):
            if "bulk, quads/s" not in row:
                continue
            quads = int(number(row["bulk load"].split(" in ")[0]))
            if quads >= largest.get(row["server"], 0):
                largest[row["server"]] = quads
                rates[row["server"]] = (number(row["bulk, quads/s"]), f"{quads:,} quads, {path.name}")
    return rates


def hours(seconds: float) -> str:
    return f"{seconds / 3600:,.1f} h" if seconds >= 360 else f"{seconds / 60:,.1f} min"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=300, help="articles in the smaller build")
    parser.add_argument("--large", type=int, default=1200, help="articles in the larger build")
    parser.add_argument("--words", type=int, default=600, help="words an article")
    parser.add_argument("--cores-per-machine", type=int, default=8)
    parser.add_argument("--link-gbit", type=float, default=1.0, help="the building machine's network, Gbit/s")
    args = parser.parse_args()
    stores = store_rates(RESULTS / "store.txt", [RESULTS / name for name in SERVER_RUNS])
    scale_spacy = spacy_rate(RESULTS / "scale.txt")
    with tempfile.TemporaryDirectory(prefix="kg-projection-") as folder:
        rates = marginal_rates(args.small, args.large, Path(folder), tuple(stores))
    lines = [
        "# kg at 1M and 10M articles: projected from measured rates (bench/projection.py)",
        "",
        f"measured: kg build --jobs 2 of the first {rates['text']}; the difference gives a quad's cost:",
        f"- workers (parse, extract, resolve, RDF; the embedded store's builds): {rates['workers'] * 1e6:.0f} CPU µs "
        "a quad",
        "- building process (receive, resolve against the names known in input order, write to the store; a "
        "server's own work is the store's floor): "
        + "; ".join(f"{kind} {rate * 1e6:.1f}" for kind, rate in rates["main"].items()) + " CPU µs a quad",
        f"- network: {rates['wire']:.0f} bytes a quad as N-Quads, over {args.link_gbit:g} Gbit/s",
        f"- the machine in this run: spaCy alone (nlp.pipe, one process) {rates['spacy'] * 1e6:.0f} CPU µs a word on "
        f"the first {args.small} articles; {scale_spacy:.0f} in bench/results/scale.txt: "
        f"the hours below scale with it, "
        f"the worker cores to reach the floor do not",
        f"- article: {args.words} words, {rates['quads_per_word'] * args.words:,.0f} quads (Reuters' "
        f"{rates['quads_per_word']:.3f} quads a word: an assumption)",
        "stores, at the largest load measured: "
        + "; ".join(f"{name} {rate:,.0f} quads/s ({where})" for name, (rate, where) in stores.items()),
        "",
    ]
    rows = []
    for size in SIZES:
        quads = size * args.words * rates["quads_per_word"]
        work = quads * rates["workers"]
        network = quads * rates["wire"] * 8 / (args.link_gbit * 1e9)
        for store, (rate, _) in stores.items():
            building = quads * rates["main"][store]
            alone = (work + building) / 2
            floors = {"building process": building, "network": network, "store": quads / rate}
            slowest = max(floors, key=lambda name: floors[name])
            cores = work / floors[slowest]
            rows.append([f"{size:,}", f"{quads / 1e9:,.2f} bn", f"{work / 3600:,.0f}", hours(alone), store,
                         hours(building), hours(network), hours(quads / rate), hours(floors[slowest]), slowest,
                         f"{cores:,.0f}", f"{-(-cores // args.cores_per_machine):,.0f}"])
    lines.append(table(["articles", "quads", "workers' core-hours", "one machine like this (2 cores)", "store",
                        "floor: building process", "floor: network", "floor: store", "at best", "set by",
                        "worker cores to reach it", f"machines of {args.cores_per_machine} cores"], rows))
    text = "\n".join(lines)
    print(text)
    (RESULTS / "projection.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
