"""Time and peak memory of ``kg build`` on one long article, against spaCy alone on the same text.

Cases: one article of about 10,000, 100,000 and 1,000,000 characters of real news prose
(Reuters-21578 articles concatenated, blank lines between them; 1,000,000 is spaCy's default
``max_length``) and the punctuation bomb (``'!?.,;:'`` x 16,667, one line, no white space).

Each case runs twice, each time in a fresh child process with the model already loaded before
the clock starts:

* **spaCy**: ``nlp(text)`` of the article's text, nothing else (the baseline);
* **kg**: ``KnowledgeGraph.open(<fresh store dir>).add([file])``: read, parse, extract, resolve,
  RDF, store.

Printed per case: seconds (wall), the ratio kg / spaCy, and each child's peak RSS (``ru_maxrss``
from ``wait4``, the model included); kg's outcome (articles built, quads, or the one-line error it
reported). A child still running after ``--timeout`` seconds is killed and shown as ``> N s``.
Near-linear means: the ratio kg / spaCy stays flat from 10k to 1M characters.

Figures are wall-clock on a shared machine: compare the ratios within one run. Exits 0; asserts
nothing. ``PYTHONPATH=<another checkout>`` measures that checkout's kg (the "before" table).

Usage:
    python bench/robustness.py [--sizes 10000,100000,1000000] [--no-bomb] [--timeout 600]
        [--out bench/results/robustness.txt]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"
BOMB = "!?.,;:" * 16_667

_CHILD = r"""
import json, sys, time
mode, path, store = sys.argv[1:4]
if mode == "spacy":
    from kg.nlp import load_pipeline
    nlp = load_pipeline()
    nlp("warm up.")
    text = open(path, encoding="utf-8").read()
    started = time.perf_counter()
    try:
        doc = nlp(text)
        outcome = f"{len(doc):,} tokens"
    except Exception as error:  # spaCy refuses a text over its max_length
        outcome = f"{type(error).__name__}: {str(error)[:80]}"
    print(json.dumps({"seconds": time.perf_counter() - started, "outcome": outcome}))
else:
    from kg.graph import KnowledgeGraph
    graph = KnowledgeGraph.open(store)
    graph.nlp("warm up.")
    started = time.perf_counter()
    report = graph.add([path])
    seconds = time.perf_counter() - started
    errors = " | ".join(str(e) for e in report.errors)
    outcome = f"{len(report.added)} built, {report.quads:,} quads" + (f"; {errors}" if errors else "")
    print(json.dumps({"seconds": seconds, "outcome": outcome}))
"""


def prose(characters: int) -> str:
    """The first ``characters`` characters of Reuters articles joined by blank lines, cut at a word."""
    parts: list[str] = []
    total = 0
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"].strip()
            parts.append(text)
            total += len(text) + 2
            if total >= characters:
                break
    text = "\n\n".join(parts)[:characters]
    return text[: text.rfind(" ")] if len(text) == characters else text


def run_child(mode: str, path: Path, timeout: float) -> tuple[float | None, float, str]:
    """(seconds or None when killed, peak RSS in MB, outcome) of one child process."""
    with tempfile.TemporaryDirectory(prefix="kg-robust-") as store:
        # cwd: a folder without a kg package in it (``python -c`` puts the cwd first on sys.path)
        child = subprocess.Popen([sys.executable, "-c", _CHILD, mode, str(path), str(Path(store) / "store")],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=store,
                                 env={**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT))})
        started = time.monotonic()
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                child.send_signal(signal.SIGKILL)
                pid, status, usage = os.wait4(child.pid, 0)
                child.returncode = -9
                return None, usage.ru_maxrss / 1024, f"killed after {timeout:g} s"
            time.sleep(0.1)
        out = child.stdout.read() if child.stdout else ""
        err = child.stderr.read() if child.stderr else ""
        peak = usage.ru_maxrss / 1024
        if status != 0 or not out.strip():
            return None, peak, f"failed (status {status}): {err.strip().splitlines()[-1] if err.strip() else ''}"
        result = json.loads(out.strip().splitlines()[-1])
        return float(result["seconds"]), peak, str(result["outcome"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before a child is killed")
    parser.add_argument("--no-bomb", action="store_true", help="leave the punctuation bomb out")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "robustness.txt")
    args = parser.parse_args()
    sys.path.insert(0, os.environ.get("PYTHONPATH", str(ROOT)).split(os.pathsep)[0])
    import kg

    lines = [f"bench/robustness.py  kg from {Path(kg.__file__).parent}  python {platform.python_version()}  "
             f"{os.cpu_count()} cpus  timeout {args.timeout:g} s",
             f"{'case':<22} {'spaCy s':>9} {'spaCy MB':>9} {'kg s':>9} {'kg MB':>9} {'kg/spaCy':>9}  kg outcome"]
    print("\n".join(lines), flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-robust-texts-") as folder:
        cases = [(f"prose {int(n):,} chars", prose(int(n))) for n in args.sizes.split(",")]
        if not args.no_bomb:
            cases.append((f"punctuation {len(BOMB):,}", BOMB))
        for name, text in cases:
            path = Path(folder) / f"{name.split()[0]}-{len(text)}.txt"
            path.write_text(text, encoding="utf-8")
            base_s, base_mb, _ = run_child("spacy", path, args.timeout)
            kg_s, kg_mb, outcome = run_child("kg", path, args.timeout)
            ratio = f"{kg_s / base_s:.2f}" if kg_s is not None and base_s else "n/a"
            shown = lambda s: f"{s:.1f}" if s is not None else f">{args.timeout:g}"  # noqa: E731
            line = (f"{name:<22} {shown(base_s):>9} {base_mb:>9.0f} {shown(kg_s):>9} {kg_mb:>9.0f} {ratio:>9}  "
                    f"{outcome[:200]}")
            lines.append(line)
            print(line, flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
