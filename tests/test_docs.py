"""The docs quote the benchmarks' saved results, never a figure of their own (bench/results/)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THROUGHPUT = ROOT / "bench" / "results" / "throughput-2000.txt"


def test_readmes_quote_the_saved_throughput_run() -> None:
    lines = THROUGHPUT.read_text(encoding="utf-8").splitlines()
    # the throughput table's two rows and the ratio (of a --repeat run, the median): the first line starting with each
    quoted = [next(line for line in lines if line.startswith(start))
              for start in ("baseline nlp.pipe ", "kg add_articles ", ("kg time / baseline time = ", "median ratio "))]
    for doc in (ROOT / "README.md", ROOT / "bench" / "README.md"):
        text = doc.read_text(encoding="utf-8")
        missing = [line for line in quoted if line not in text]
        assert not missing, f"{doc.name} does not quote {THROUGHPUT.name}: {missing}"


def test_scaling_doc_quotes_the_saved_scale_run() -> None:
    """docs/scaling.md quotes bench/results/scale.txt's ratio lines and memory rows as they are."""
    lines = (ROOT / "bench" / "results" / "scale.txt").read_text(encoding="utf-8").splitlines()
    starts = ("kg --jobs 2 speed-up over --jobs 1:", "nlp.pipe n_process=2 speed-up over n_process=1:",
              "kg --jobs 2 time / nlp.pipe n_process=2 time:", "stores of --jobs 1 and --jobs 2 equal")
    quoted = [next(line for line in lines if line.startswith(start)) for start in starts]
    text = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    missing = [line for line in quoted if line not in text]
    assert not missing, f"docs/scaling.md does not quote scale.txt: {missing}"


def test_scaling_doc_quotes_the_saved_memory_run() -> None:
    """docs/scaling.md quotes bench/results/scale-memory-full.txt's memory rows as they are (the READMEs its ratio)."""
    lines = (ROOT / "bench" / "results" / "scale-memory-full.txt").read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if re.match(r"[\d,]+ lines {2,}[\d,]+ ", line)]  # the table's rows
    assert len(rows) == 2, rows
    text = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    missing = [row for row in rows if row not in text]
    assert not missing, f"docs/scaling.md does not quote scale-memory-full.txt: {missing}"
    ratio = rows[-1].split()[-2]
    assert f"peak memory {ratio}x that of" in " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f"{ratio}x for the whole corpus" in (ROOT / "bench" / "README.md").read_text(encoding="utf-8")


def test_scaling_doc_quotes_the_saved_reopen_run() -> None:
    """docs/scaling.md quotes bench/results/reopen.txt's ratio lines as they are."""
    lines = (ROOT / "bench" / "results" / "reopen.txt").read_text(encoding="utf-8").splitlines()
    ratios = [line for line in lines if line.startswith("reopen every ")]
    assert len(ratios) == 3, ratios
    text = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    assert not [line for line in ratios if line not in text], "docs/scaling.md does not quote reopen.txt"


def test_scaling_doc_and_bench_readme_quote_the_saved_cluster_run() -> None:
    """docs/scaling.md quotes bench/results/cluster.txt's table rows and ratio lines as they are; bench/README.md
    its ratio lines."""
    lines = (ROOT / "bench" / "results" / "cluster.txt").read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.startswith(("kg --jobs 1 ", "kg --jobs 2 ", "kg --cluster (2 workers) "))
            and "speed-up" not in line and "time /" not in line and ":" not in line]
    ratios = [line for line in lines if "speed-up over --jobs 1:" in line or line.startswith("stores of --jobs 1, ")]
    assert len(rows) >= 3 and len(ratios) == 5, (rows, ratios)
    text = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    missing = [line for line in rows + ratios if line not in text]
    assert not missing, f"docs/scaling.md does not quote cluster.txt: {missing}"
    bench = (ROOT / "bench" / "README.md").read_text(encoding="utf-8")
    missing = [line for line in ratios if line not in bench]
    assert not missing, f"bench/README.md does not quote cluster.txt: {missing}"


def test_scaling_doc_quotes_the_saved_store_server_runs_and_projection() -> None:
    """docs/scaling.md quotes the server tables of bench/results/store-servers.txt (1M quads) and
    store-servers-10m.txt (both servers), store-servers-10m-oxigraph.txt and -virtuoso.txt (reruns), the
    writer's batch sizes (store-writer.txt), and every line of bench/results/projection.txt's table, as they are."""
    text = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    for name in ("store-servers.txt", "store-servers-10m.txt", "store-servers-10m-oxigraph.txt",
                 "store-servers-10m-virtuoso.txt", "store-writer.txt", "projection.txt"):
        lines = (ROOT / "bench" / "results" / name).read_text(encoding="utf-8").splitlines()
        rows = [line for line in lines if line.startswith("|")]
        assert rows, f"{name} has no table"
        missing = [row for row in rows if row not in text]
        assert not missing, f"docs/scaling.md does not quote {name}: {missing}"
