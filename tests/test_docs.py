"""The docs quote the benchmarks' saved results, never a figure of their own (bench/results/)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THROUGHPUT = ROOT / "bench" / "results" / "throughput-2000.txt"


def test_readmes_quote_the_saved_throughput_run() -> None:
    lines = THROUGHPUT.read_text(encoding="utf-8").splitlines()
    # the throughput table's two rows and the ratio: the first line starting with each
    quoted = [next(line for line in lines if line.startswith(start))
              for start in ("baseline nlp.pipe ", "kg add_articles ", "kg time / baseline time = ")]
    for doc in (ROOT / "README.md", ROOT / "bench" / "README.md"):
        text = doc.read_text(encoding="utf-8")
        missing = [line for line in quoted if line not in text]
        assert not missing, f"{doc.name} does not quote {THROUGHPUT.name}: {missing}"
