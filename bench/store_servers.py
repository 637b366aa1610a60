"""Bulk writes into SPARQL servers: Oxigraph server and Virtuoso, per article against many per request.

    python bench/store_servers.py [--articles 200] [--triples 1000000] [--per-article 100000] [--repeat 3]

Data as in ``bench/store.py``: ``--articles`` Reuters-21578 articles built once by kg in memory, their
article graphs replayed under new names (copies with renamed IRIs) until ``--triples`` quads. For each
server, started here on a free 127.0.0.1 port with a new database (the servers of ``tests/store``):

* per article: ``RemoteStore.replace_article`` for the first ``--per-article`` quads (one Update request
  per article: what kg did before ``replace_articles``), on a new server;
* bulk: ``RemoteStore.replace_articles`` for all of them, the batches cut by the server's profile
  (``max_request_quads``), on another new server;
* the three ``bench/store.py`` queries over the union, median of ``--repeat``, with their row counts.

Writes ``bench/results/store-load.txt`` (the per-article/bulk ratio on each server) and
``bench/results/store-servers.txt`` (everything). Rates are in one run, on one shared machine: compare the
ratios, not the absolute numbers, with other runs.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph  # noqa: E402

from bench.store import QUERIES, base_articles, corpus_of, table  # noqa: E402
from kg.store import RemoteStore  # noqa: E402
from tests.store.conftest import running_oxigraph, running_virtuoso  # noqa: E402


def rate(quads: int, seconds: float) -> str:
    return f"{quads / seconds:,.0f}"


def measure(name: str, start: Callable[[Path], Any], work: Path, articles: list[Any], per_article: int,
            repeat: int) -> dict[str, Any]:
    """Per-article writes on one new server, the bulk load and the queries on another (emptying a big
    Virtuoso with DROP GRAPH takes minutes: a new database is the fair start)."""
    subset, total = [], 0
    for graph, quads in articles:
        if total >= per_article:
            break
        subset.append((graph, quads))
        total += len(quads)
    with start(work / f"{name}-one") as server:
        store = RemoteStore(server.query_url, timeout=600)
        started = time.perf_counter()
        for graph, quads in subset:
            store.replace_article(graph, quads)
        t_one = time.perf_counter() - started
    n = sum(len(q) for _, q in articles)
    with start(work / f"{name}-bulk") as server:
        store = RemoteStore(server.query_url, timeout=600)
        started = time.perf_counter()
        store.replace_articles(articles)
        t_bulk = time.perf_counter() - started
        stored = len(store)
        queries = {}
        for label, sparql in QUERIES.items():
            runs = []
            rows = 0
            for _ in range(repeat):
                began = time.perf_counter()
                rows = len(list(store.query(sparql)))
                runs.append(time.perf_counter() - began)
            queries[label] = (statistics.median(runs), rows)
    print(f"{name}: per article {rate(total, t_one)}/s, bulk {rate(n, t_bulk)}/s ({stored:,} stored)", flush=True)
    return {"name": name, "one": (total, t_one), "bulk": (n, t_bulk), "stored": stored, "queries": queries,
            "cap": store.profile.max_request_quads}


def new_oxigraph(folder: Path) -> Any:
    folder.mkdir(parents=True)
    return running_oxigraph(folder)


def new_virtuoso(folder: Path) -> Any:
    return running_virtuoso(folder, buffers=170_000)  # ~1.3 GiB of page cache, as Virtuoso's docs size it


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--per-article", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    head = (f"# bench/store_servers.py — {platform.platform()}, Python {platform.python_version()}, "
            f"pyoxigraph {pyoxigraph.__version__}, {__import__('os').cpu_count()} CPUs")
    print(head, flush=True)
    base = base_articles(args.articles)
    articles = corpus_of(base, args.triples)
    n = sum(len(q) for _, q in articles)
    data = (f"data: {len(base)} Reuters articles built by kg, replayed to {len(articles):,} article graphs, "
            f"{n:,} quads")
    print(data, flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-servers-", ignore_cleanup_errors=True) as tmp:
        results.append(measure("Oxigraph server", new_oxigraph, Path(tmp), articles, args.per_article, args.repeat))
        results.append(measure("Virtuoso 7", new_virtuoso, Path(tmp), articles, args.per_article, args.repeat))
    load_rows = []
    for r in results:
        (q1, t1), (qb, tb) = r["one"], r["bulk"]  # type: ignore[misc]
        load_rows.append([str(r["name"]), rate(q1, t1), f"{qb:,} in {tb:.1f} s", rate(qb, tb),
                          f"{(qb / tb) / (q1 / t1):.1f}×", f"{r['cap']:,}"])
    load = table(["server", "per article, quads/s", "bulk load", "bulk, quads/s", "bulk / per article",
                  "quads per request (cap)"], load_rows)
    query_rows = []
    for label in QUERIES:
        cells = [label]
        for r in results:
            seconds, rows = r["queries"][label]  # type: ignore[index]
            cells.append(f"{seconds * 1000:.0f} ms ({rows})")
        query_rows.append(cells)
    queries = table(["query (median of %d), rows" % args.repeat] + [str(r["name"]) for r in results], query_rows)
    total = f"total {time.perf_counter() - started:.0f}s"
    text = "\n".join([head, data, "", load, "", queries, "", total]) + "\n"
    print("\n" + text)
    (ROOT / "bench" / "results" / "store-servers.txt").write_text(text, encoding="utf-8")
    (ROOT / "bench" / "results" / "store-load.txt").write_text("\n".join([head, data, "", load, ""]) + "\n",
                                                               encoding="utf-8")


if __name__ == "__main__":
    main()
