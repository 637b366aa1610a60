"""How big a build's writes into Oxigraph server should be: the build's writer at three batch sizes.

    python bench/store_writer.py [--articles 200] [--triples 3000000] [--batches 4096,20000,100000]

Data as in ``bench/store.py`` (``--articles`` Reuters-21578 articles built by kg, their graphs replayed under new
names to ``--triples`` quads). For each batch size, on a new Oxigraph server (127.0.0.1, the servers of
``tests/store``), the articles go through the build's own writer (:class:`kg.store.writer.BatchWriter`), handed
over one at a time as fast as it takes them, as in a build whose workers parse faster than the server stores: so
the writer's batches grow to its ``batch_quads`` and each call of ``RemoteStore.replace_articles`` loads that
many quads through the server's bulk loader, then sends its Update requests. Per size: wall time, quads/s, the
time ratio to the last size, the number of loads and the seconds spent in loads, Update requests and the
batch's two queries.

4,096 is what the embedded store asks of the writer (``ArticleStore.write_batch_quads``; ~60 Reuters articles,
about what the build's writer held at most before it counted quads: 64 articles); 20,000 was Oxigraph server's
request cap, 100,000 its load cap now (``ServerProfile.max_load_quads``).

Writes ``bench/results/store-writer.txt``. One shared machine: compare the ratios within the run.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph  # noqa: E402

from bench.store import base_articles, corpus_of, table  # noqa: E402
from kg.store import RemoteStore  # noqa: E402
from kg.store.writer import BatchWriter  # noqa: E402
from tests.store.conftest import running_oxigraph  # noqa: E402


class TimedStore(RemoteStore):
    """RemoteStore noting the seconds of each kind of request (loads, Updates, queries)."""

    spent: dict[str, float]
    count: dict[str, int]

    def _note(self, kind: str, began: float) -> None:
        self.spent[kind] += time.perf_counter() - began
        self.count[kind] += 1

    def _load_new(self, *args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        loaded = super()._load_new(*args, **kwargs)
        if loaded:
            self._note("loads", began)
        return loaded

    def _update(self, *args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        result = super()._update(*args, **kwargs)
        self._note("updates", began)
        return result

    def _select(self, *args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        rows = list(super()._select(*args, **kwargs))
        self._note("queries", began)
        return rows


def write_all(folder: Path, articles: list[Any], batch_quads: int) -> tuple[float, TimedStore, int]:
    folder.mkdir(parents=True)
    with running_oxigraph(folder) as server:
        store = TimedStore(server.query_url, timeout=600)
        store.spent, store.count = defaultdict(float), defaultdict(int)
        began = time.perf_counter()
        with ThreadPoolExecutor(max_workers=1) as executor:
            writer = BatchWriter(store, executor, batch_quads=batch_quads)
            for graph, quads in articles:
                writer.submit(graph, quads)
            writer.drain(0)
        seconds = time.perf_counter() - began
        return seconds, store, len(store)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--triples", type=int, default=3_000_000)
    parser.add_argument("--batches", default="4096,20000,100000", help="the writer's batch sizes, in quads")
    args = parser.parse_args()
    head = (f"# bench/store_writer.py — {platform.platform()}, Python {platform.python_version()}, "
            f"pyoxigraph {pyoxigraph.__version__}")
    base = base_articles(args.articles)
    articles = corpus_of(base, args.triples)
    n = sum(len(q) for _, q in articles)
    data = (f"data: {len(base)} Reuters articles built by kg, replayed to {len(articles):,} article graphs, "
            f"{n:,} quads, written through the build's writer into a new Oxigraph server each time")
    print(head, data, sep="\n", flush=True)
    runs = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-writer-", ignore_cleanup_errors=True) as tmp:
        for size in (int(part) for part in args.batches.split(",")):
            seconds, store, stored = write_all(Path(tmp) / str(size), articles, size)
            print(f"batch {size:,}: {seconds:.1f} s, {stored:,} stored", flush=True)
            runs.append((size, seconds, store, stored))
    last = runs[-1][1]
    rows = [[f"{size:,}", f"{seconds:.1f}", f"{n / seconds:,.0f}", f"{seconds / last:.2f}",
             f"{store.count['loads']:,}", f"{store.spent['loads']:.1f}", f"{store.count['updates']:,}",
             f"{store.spent['updates']:.1f}", f"{store.spent['queries']:.1f}", f"{stored:,}"]
            for size, seconds, store, stored in runs]
    result = table(["writer's batch, quads", "seconds", "quads/s", "time / last", "loads", "load s",
                    "Update requests", "Update s", "query s", "stored quads"], rows)
    text = "\n".join([head, data, "", result]) + "\n"
    print("\n" + text)
    (ROOT / "bench" / "results" / "store-writer.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
