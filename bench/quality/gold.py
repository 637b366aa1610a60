"""Seed and held-out gold facts, scored by ``../shared/eval/score_gold.py`` on an N-Quads export.

Each article is built alone into a fresh in-memory ``KnowledgeGraph`` (the
process's one loaded spaCy model is reused: ``load_pipeline`` caches it),
exported as N-Quads to a temp file, and the scorer runs on it in a subprocess
with this Python; its summary line
``recall F/N, entity recall E/M, merged S/K, junk J/T`` is parsed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score_gold.py"
SEED_ARTICLE = ROOT / "seeds" / "000_4dd0882b0b80ae72.txt"
SEED_GOLD = SHARED / "gold" / "000_4dd0882b0b80ae72.json"
HELDOUT_DIR = ROOT / "bench" / "heldout"
BBC = SHARED / "data" / "bbc_news" / "bbc_news.jsonl"
_SUMMARY = re.compile(r"recall (\d+)/(\d+), entity recall (\d+)/(\d+), merged (\d+)/(\d+), junk (\d+)/(\d+)")
FIELDS = ("facts", "facts_n", "entities", "entities_n", "merged", "merged_n", "junk", "junk_n")


def parse_summary(output: str) -> dict[str, int]:
    """The scorer's last summary line as numbers (facts/facts_n, entities/entities_n, ...)."""
    matches = _SUMMARY.findall(output)
    if not matches:
        raise ValueError(f"no summary line in score_gold.py output:\n{output[-2000:]}")
    return dict(zip(FIELDS, map(int, matches[-1])))


def score_input(path: Path, gold: Path) -> dict[str, int]:
    """Build ``path`` (a .txt article or a one-line .jsonl) alone, export, score against ``gold``."""
    from kg import KnowledgeGraph

    with tempfile.TemporaryDirectory(prefix="kg-quality-") as tmp:
        graph = KnowledgeGraph.open(None)
        report = graph.add([path])
        if not report.added:
            raise RuntimeError(f"kg could not build {path}: {report.errors}")
        export = Path(tmp) / "graph.nq"
        graph.export(export, "nquads")
        graph.close()
        proc = subprocess.run([sys.executable, str(SCORER), str(gold), str(export)],
                              capture_output=True, text=True, check=True)
    return parse_summary(proc.stdout)


def seed() -> dict[str, object]:
    started = time.perf_counter()
    figures = score_input(SEED_ARTICLE, SEED_GOLD)
    return {**figures, "files": 1, "seconds": round(time.perf_counter() - started, 1)}


def _bbc_record(article_id: str) -> dict:
    with BBC.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] == article_id:
                return record
    raise KeyError(f"{article_id} is not in {BBC}")


def heldout(folder: Path = HELDOUT_DIR) -> dict[str, object] | None:
    """Summed figures over every gold file in ``folder``; None if there is none."""
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        return None
    started = time.perf_counter()
    total = dict.fromkeys(FIELDS, 0)
    per_file = {}
    with tempfile.TemporaryDirectory(prefix="kg-heldout-") as tmp:
        for gold in files:
            article_id = json.loads(gold.read_text(encoding="utf-8"))["article_id"]
            article = Path(tmp) / f"{gold.stem}.jsonl"
            article.write_text(json.dumps(_bbc_record(article_id), ensure_ascii=False) + "\n", encoding="utf-8")
            figures = score_input(article, gold)
            per_file[gold.name] = figures
            for key in FIELDS:
                total[key] += figures[key]
    return {**total, "files": len(files), "per_file": per_file, "seconds": round(time.perf_counter() - started, 1)}
