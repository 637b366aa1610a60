"""CaRB dev/test through ``../shared/bench/carb/run_carb.sh`` (the official scorer, unchanged).

Runs ``run_carb.sh --split SPLIT --keep DIR -- <this python> -m kg extract --format carb``
from the repository root and reads the ``results.tsv`` it keeps.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN_CARB = ROOT.parent / "shared" / "bench" / "carb" / "run_carb.sh"


def parse_results(path: Path) -> dict[str, dict[str, object]]:
    """results.tsv rows by split, numbers as floats/ints."""
    out = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[row["split"]] = {k: (float(v) if "." in v else int(v)) for k, v in row.items() if k != "split"}
    return out


def run(split: str) -> dict[str, object]:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-carb-") as keep:
        cmd = ["bash", str(RUN_CARB), "--split", split, "--keep", keep, "--",
               sys.executable, "-m", "kg", "extract", "--format", "carb"]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"run_carb.sh failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        figures = parse_results(Path(keep) / "results.tsv")[split]
    figures["seconds"] = round(time.perf_counter() - started, 1)
    return figures
