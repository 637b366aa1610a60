"""Reading the embedded store while another process builds it (checklist S5).

A writer subprocess replaces article graphs one transaction at a time, the way
``kg build`` does (``ArticleStore.replace_article``, the periodic flush included);
meanwhile this process opens the store read-only again and again, and ``kg query``
runs in a third process. Every reader must see whole articles only and a count that
never goes down.

Why read-only opens, not a RocksDB secondary instance: pyoxigraph 0.5 has no
``Store.secondary`` (it went in 0.4), and ``Store.read_only`` is documented as
"undefined behaviour" while another process writes. These tests are the evidence
that it works for kg's write pattern (one WriteBatch per article); the class
docstring of ``ArticleStore`` says the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.store import ArticleStore
from tests.conftest import ROOT

ARTICLES, QUADS_PER_ARTICLE = 600, 300
#: read-only opens of one test at most: each holds memory until the process ends (pyoxigraph's read-only
#: Store), and a slow writer on a loaded machine once let thousands of them exhaust 24 GiB
MAX_READS = 150
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def start_writer(path: Path, flush_interval: float) -> subprocess.Popen[str]:
    code = textwrap.dedent(f"""
        from pyoxigraph import Literal, NamedNode, Quad
        from kg.store import ArticleStore
        store = ArticleStore({str(path)!r}, flush_interval={flush_interval!r})
        print("open", flush=True)
        for i in range({ARTICLES}):
            g = NamedNode(f"https://example.org/graph/{{i}}")
            store.replace_article(g, [Quad(NamedNode(f"https://example.org/s/{{i}}/{{j}}"),
                                           NamedNode("https://example.org/p"), Literal(f"value {{j}} " * 4), g)
                                      for j in range({QUADS_PER_ARTICLE})])
        store.flush()
        print("done", flush=True)
    """)
    writer = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "open"
    return writer


@pytest.mark.slow
def test_readers_see_whole_articles_and_a_growing_count_during_a_build(tmp_path: Path) -> None:
    path = tmp_path / "store"
    writer = start_writer(path, flush_interval=1.0)
    counts: list[int] = []
    opens: list[float] = []
    cli_counts: list[int] = []
    try:
        while writer.poll() is None:
            if len(counts) >= MAX_READS:
                time.sleep(0.1)  # enough partial states seen: let the writer finish (each open costs memory)
                continue
            started = time.perf_counter()
            reader = ArticleStore(path, read_only=True)
            opens.append(time.perf_counter() - started)
            sizes = [int(row["n"].value) for row in reader.query(PER_GRAPH)]
            assert all(size == QUADS_PER_ARTICLE for size in sizes), sorted(set(sizes))
            assert len(reader) == len(sizes) * QUADS_PER_ARTICLE
            assert not counts or len(sizes) >= counts[-1], (len(sizes), counts[-1])
            counts.append(len(sizes))
            del reader
            time.sleep(0.02)  # a reader polls; it does not spin on opens (a loaded machine slows the writer)
            if len(counts) == 3:  # a different process, through the CLI a user would run
                cli = subprocess.run([sys.executable, "-m", "kg", "query", "--format", "csv", "--store", str(path),
                                      "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"],
                                     cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
                assert cli.returncode == 0, cli.stderr
                cli_counts.append(int(cli.stdout.splitlines()[1]))
                assert cli_counts[-1] >= counts[-1]
    finally:
        writer.communicate(timeout=300)
    assert writer.returncode == 0
    final = ArticleStore(path, read_only=True)
    assert len(final) == ARTICLES * QUADS_PER_ARTICLE
    # the reads really happened during the build: several distinct, partial states were seen
    partial = {c for c in counts if 0 < c < ARTICLES}
    assert len(partial) >= 3, counts
    assert cli_counts and 0 < cli_counts[0] <= ARTICLES
    # the periodic flush keeps the write-ahead log short, so a read-only open stays fast
    assert max(opens) < 5.0, f"read-only opens took up to {max(opens):.1f}s"
