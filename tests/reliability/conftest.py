"""Helpers for the reliability suite (issue 9): real files, real stores, the real ``kg`` command."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from tests.conftest import ROOT, SEEDS, SHARED

REUTERS = SHARED / "data" / "reuters21578" / "reuters21578.jsonl"
BBC = SHARED / "data" / "bbc_news" / "bbc_news.jsonl"
SEED_ARTICLES = sorted(SEEDS.glob("*.txt"))


def shared(path: Path) -> Path:
    """A shared data file; missing, the test fails under CI and is skipped elsewhere."""
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing (CI is set, so this fails instead of skipping)")
        pytest.skip(f"{path} is missing")
    return path


def first_records(path: Path, count: int, *, skip: int = 0) -> list[dict[str, object]]:
    records = []
    with shared(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= skip:
                records.append(json.loads(line))
            if len(records) == count:
                break
    return records


def prose(characters: int) -> str:
    """Real news prose: Reuters articles joined by blank lines, cut to ``characters``."""
    parts: list[str] = []
    total = 0
    for record in first_records(REUTERS, 5_000):
        parts.append(str(record["text"]).strip())
        total += len(parts[-1]) + 2
        if total >= characters:
            break
    return "\n\n".join(parts)[:characters]


def kg(*args: str, cwd: Path, timeout: float = 600, env: dict[str, str] | None = None,
       python: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real ``kg`` command (``python -m kg``) with a generous bound against a hang."""
    command = [sys.executable, *(python or ["-m", "kg"]), *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def snapshot(directory: Path, *, skip_logs: bool = True) -> dict[str, str]:
    """Every file under ``directory`` and a digest of its bytes; with ``skip_logs``, RocksDB's diagnostic LOG
    files and its empty LOCK file aside (RocksDB writes those before it finds a store damaged)."""
    found = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not (skip_logs and path.name.startswith(("LOG", "LOCK"))):
            found[str(path.relative_to(directory))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


#: the builds of --jobs and --cluster, compared byte for byte, are stamped at one fixed time
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}
REUTERS_ARTICLES = 250  # 8 chunks of 32: more than the 6 a --jobs 2 build has in flight


def built_corpus(folder: Path, reuters: int) -> Path:
    """The seeds and the first ``reuters`` Reuters articles, as one folder to build."""
    folder.mkdir(parents=True)
    for seed in SEEDS.iterdir():
        if seed.suffix in {".txt", ".jsonl"}:
            shutil.copy(seed, folder)
    with shared(REUTERS).open(encoding="utf-8") as lines, (folder / "reuters.jsonl").open("w") as out:
        for number, line in enumerate(lines):
            if number == reuters:
                break
            out.write(line)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_corpus(tmp_path_factory.mktemp("corpus") / "corpus", REUTERS_ARTICLES)


@pytest.fixture(scope="module")
def built_alone(corpus: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The corpus (the seeds and the first Reuters articles) built with ``--jobs 1`` (one process), exports
    included: what ``--jobs 2`` and ``--cluster`` builds must equal (one per test module)."""
    done = kg("build", str(corpus), "--store", "store", "--exports", "exports", "--no-progress", "--jobs", "1",
              cwd=corpus.parent, env=EPOCH)
    assert done.returncode == 0, done.stderr
    return corpus.parent, done


def sorted_nquads(store: Path) -> list[str]:
    """A store's quads as sorted N-Quads lines, to compare two builds."""
    with KnowledgeGraph.open(store, read_only=True) as graph:
        return sorted(str(quad) for quad in graph.store.quads())
