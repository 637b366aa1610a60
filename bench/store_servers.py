"""Bulk writes into SPARQL servers: Oxigraph server and Virtuoso, per article against many per request.

    python bench/store_servers.py [--articles 200] [--triples 1000000] [--per-article 100000] [--repeat 3]

Data as in ``bench/store.py``: ``--articles`` Reuters-21578 articles built once by kg in memory, their
article graphs replayed under new names (copies with renamed IRIs) until ``--triples`` quads. For each
server, started here on a free 127.0.0.1 port with a new database (the servers of ``tests/store``):

* per article: ``RemoteStore.replace_article`` for the first ``--per-article`` quads (one Update request
  per article: what kg did before ``replace_articles``), on a new server;
* bulk: ``RemoteStore.replace_articles`` for all of them, the batches cut by the server's profile
  (``max_request_quads``), on another new server;
* the server's own loader, where kg writes through one (Oxigraph: ``POST /store?no_transaction&lenient``): the
  same quads as N-Quads in requests of the size kg loads (``ServerProfile.max_load_quads``), nothing else, on a
  third new server: the ceiling of the bulk column in this run;
* the three ``bench/store.py`` queries over the union, median of ``--repeat``, with their row counts.

Writes ``bench/results/store-load.txt`` (the per-article/bulk ratio on each server) and
``bench/results/store-servers.txt`` (everything). Rates are in one run, on one shared machine: compare the
ratios, not the absolute numbers, with other runs.
"""

from __future__ import annotations

import argparse
import functools
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
    loader = None
    if store.profile.bulk_load is not None and store.gsp_url is not None:
        with start(work / f"{name}-loader") as server:
            plain = RemoteStore(server.query_url, timeout=600)
            assert plain.gsp_url is not None
            url = f"{plain.gsp_url}?{plain.profile.bulk_load}"
            began = time.perf_counter()
            for chunk in plain._chunks(articles, plain.profile.max_load_quads, plain.profile.max_load_bytes):
                body = pyoxigraph.serialize((q for _, quads in chunk for q in quads),
                                            format=pyoxigraph.RdfFormat.N_QUADS)
                plain._request(url, body, "application/n-quads", None, what="loading")
            loader = time.perf_counter() - began
    print(f"{name}: per article {rate(total, t_one)}/s, bulk {rate(n, t_bulk)}/s ({stored:,} stored)"
          + (f", the server's loader alone {rate(n, loader)}/s" if loader else ""), flush=True)
    return {"name": name, "one": (total, t_one), "bulk": (n, t_bulk), "stored": stored, "queries": queries,
            "cap": (f"{store.profile.max_load_quads:,} / {store.profile.max_request_quads:,}" if loader
                    else f"{store.profile.max_request_quads:,}"), "loader": loader}


def new_oxigraph(folder: Path) -> Any:
    folder.mkdir(parents=True)
    return running_oxigraph(folder)


#: ~1.3 GiB of page cache for 1M quads, as Virtuoso's docs size it (--virtuoso-buffers)
VIRTUOSO_BUFFERS = 170_000


def new_virtuoso(folder: Path, buffers: int = VIRTUOSO_BUFFERS) -> Any:
    return running_virtuoso(folder, buffers=buffers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--per-article", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--servers", default="oxigraph,virtuoso", help="which servers, comma-separated")
    parser.add_argument("--out", default="store-servers", help="results file name in bench/results/, no suffix")
    parser.add_argument("--virtuoso-buffers", type=int, default=VIRTUOSO_BUFFERS,
                        help="Virtuoso's NumberOfBuffers (8 KiB pages)")
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
    if "virtuoso" in args.servers:
        data += f"; Virtuoso NumberOfBuffers {args.virtuoso_buffers:,}"
    print(data, flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-servers-", ignore_cleanup_errors=True) as tmp:
        chosen = args.servers.split(",")
        if "oxigraph" in chosen:
            results.append(measure("Oxigraph server", new_oxigraph, Path(tmp), articles, args.per_article,
                                   args.repeat))
        if "virtuoso" in chosen:
            results.append(measure("Virtuoso 7", functools.partial(new_virtuoso, buffers=args.virtuoso_buffers),
                                   Path(tmp), articles, args.per_article, args.repeat))
    load_rows = []
    for r in results:
        (q1, t1), (qb, tb) = r["one"], r["bulk"]  # type: ignore[misc]
        loader = r["loader"]
        load_rows.append([str(r["name"]), rate(q1, t1), f"{qb:,} in {tb:.1f} s", rate(qb, tb),
                          f"{(qb / tb) / (q1 / t1):.1f}×", str(r["cap"]),
                          rate(qb, loader) if loader else "–",
                          f"{(qb / tb) / (qb / loader):.2f}" if loader else "–"])
    load = table(["server", "per article, quads/s", "bulk load", "bulk, quads/s", "bulk / per article",
                  "quads per request (cap: load / Update)", "server's loader alone, quads/s", "bulk / loader"],
                 load_rows)
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
    (ROOT / "bench" / "results" / f"{args.out}.txt").write_text(text, encoding="utf-8")
    if args.out == "store-servers":
        (ROOT / "bench" / "results" / "store-load.txt").write_text("\n".join([head, data, "", load, ""]) + "\n",
                                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
