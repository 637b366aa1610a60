"""What ``kg schema`` and the query page's start cost on a big store, against one full scan of it.

    python bench/schema.py [--size 3000000] [--articles 40] [--repeat 3]

Data: bench/store.py's corpus (the first ``--articles`` Reuters-21578 articles built by kg, copied
with renamed IRIs, entities recurring across copies) bulk-loaded into an embedded store of about
``--size`` quads. Measured in the same run, median of ``--repeat``:

* **baseline**: ``SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }``, one pass over every quad (what any
  per-predicate count must at least read);
* **kg schema**: :meth:`kg.KnowledgeGraph.schema` (the aggregation queries, their examples' ends
  and labels, the ontology), then the table as ``kg schema`` prints it;
* **page examples**: :func:`kg.query.page.store_examples` given that schema (the most connected
  entity and its label), as ``kg serve`` makes its page on the first visit.

Prints the times and their ratio to the baseline; ``--output`` also writes them (default
bench/results/schema.txt).
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

import pyoxigraph

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.store import base_articles, corpus_of  # noqa: E402
from kg import KnowledgeGraph  # noqa: E402
from kg.query.page import store_examples  # noqa: E402
from kg.store import ArticleStore  # noqa: E402


def median_time(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=3_000_000)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--output", type=Path, default=Path(__file__).resolve().parent / "results" / "schema.txt")
    args = parser.parse_args()
    lines: list[str] = []

    def say(text: str) -> None:
        print(text, flush=True)
        lines.append(text)

    say(f"# bench/schema.py — {platform.platform()}, Python {platform.python_version()}, "
        f"pyoxigraph {pyoxigraph.__version__}, {__import__('os').cpu_count()} CPUs")
    base = base_articles(args.articles)
    articles = corpus_of(base, args.size)
    with tempfile.TemporaryDirectory(prefix="kg-bench-schema-", ignore_cleanup_errors=True) as tmp:
        path = Path(tmp) / "store"
        store = ArticleStore(path)
        store.raw.bulk_extend(q for _, quads in articles for q in quads)
        store.flush()
        del store  # let go of the writable open before the read-only one
        with KnowledgeGraph.open(path, read_only=True) as graph:
            quads = len(graph)
            say(f"store: {len(articles):,} articles, {quads:,} quads (Reuters x{args.articles} copied, bulk-loaded)")
            scan, counted = median_time(lambda: graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").values(),
                                        args.repeat)
            took, schema = median_time(lambda: graph.schema(), args.repeat)
            table, _ = median_time(lambda: schema.render("table"), args.repeat)
            examples_took, examples = median_time(
                lambda: store_examples(lambda q: graph.query(q).values(), schema), args.repeat)
    say(f"terms: {len(schema.classes)} classes, {len(schema.predicates)} predicates; "
        f"{len(examples)} examples, the first: {examples[0][0]}")
    say("")
    say("| step (median of %d)                              |     time | × full scan |" % args.repeat)
    say("|---------------------------------------------------|---------:|------------:|")
    for name, seconds in (("baseline: COUNT(*) over every quad", scan), ("kg schema: compute", took),
                          ("kg schema: the table", table), ("query page: examples from the store", examples_took)):
        say(f"| {name:<49} | {seconds:>6.2f} s | {seconds / scan:>10.2f}× |")
    assert int(counted[0]["n"] or 0) == quads
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
