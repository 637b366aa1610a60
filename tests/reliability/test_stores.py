"""Rows 6-9 and 11 of issue 9: a store directory is a kg store or is left alone; RocksDB's refusals
are classified by kind, each a coded line; failed writes of exports and pages are coded lines."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.errors import NotAStoreError, StoreDamagedError, StoreLockedError, StoreVersionError
from kg.store.oxigraph import MARKER, STORE_FORMAT
from tests.reliability.conftest import SEED_ARTICLES, error_lines, kg, snapshot

pytestmark = pytest.mark.model


@pytest.fixture()
def built(seed_store_path: Path, tmp_path: Path) -> Path:
    """A private copy of the seeds store (built by kg, so it has its marker)."""
    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy, ignore=shutil.ignore_patterns("LOCK"))
    return copy


def test_a_new_store_carries_kgs_marker_and_a_newer_format_is_refused(built: Path) -> None:
    assert json.loads((built / MARKER).read_text())["format"] == STORE_FORMAT
    (built / MARKER).write_text(json.dumps({"format": STORE_FORMAT + 1}))
    before = snapshot(built)
    with pytest.raises(StoreVersionError, match=r"^\[KG025\] .*store format 2.*reads format 1"):
        KnowledgeGraph.open(built)
    assert snapshot(built) == before


@pytest.mark.parametrize("name", ["blocked-store", "lock"])
def test_row6_corrupted_tables_are_a_damaged_store_not_a_lock_whatever_the_name(tmp_path: Path, built: Path,
                                                                              name: str) -> None:
    damaged = tmp_path / name
    built.rename(damaged)
    for table in damaged.glob("*.sst"):
        table.write_bytes(b"\0" * 100)
    before = snapshot(damaged)
    with pytest.raises(StoreDamagedError) as caught:
        KnowledgeGraph.open(damaged)
    message = str(caught.value)
    assert message.startswith("[KG023]") and "corruption" in message and "\n" not in message
    assert "kg doctor" in message
    assert snapshot(damaged) == before  # no data file created or rewritten


def test_row6_a_store_another_process_writes_is_locked(built: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(built)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError, match=r"^\[KG021\] the store at .* is in use by another kg process"):
            KnowledgeGraph.open(built)
    finally:
        holder.communicate("", timeout=30)


def test_row7_garbage_in_current_is_one_coded_line_for_build_and_remove(built: Path, tmp_path: Path) -> None:
    (built / "CURRENT").write_text("garbage\n")
    before = snapshot(built)
    shutil.copy(SEED_ARTICLES[0], tmp_path / "a.txt")
    for args in (["build", "a.txt", "--store", str(built), "--no-progress"], ["remove", "x", "--store", str(built)]):
        done = kg(*args, cwd=tmp_path, timeout=300)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        lines = error_lines(done.stderr)
        assert len(lines) == 1 and lines[0].startswith("kg: [KG023]") and "CURRENT file is corrupted" in lines[0]
    assert snapshot(built) == before


def test_row8_a_store_without_current_is_refused_and_left_untouched(built: Path) -> None:
    (built / "CURRENT").unlink()
    before = snapshot(built, skip_logs=False)
    for read_only in (False, True):
        with pytest.raises(StoreDamagedError, match=r"^\[KG023\] .*CURRENT file is missing\); nothing was changed"):
            KnowledgeGraph.open(built, read_only=read_only)
    assert snapshot(built, skip_logs=False) == before  # not even a LOG: RocksDB was never asked
    assert not (built / "CURRENT").exists()


def test_row9_a_folder_of_articles_is_not_a_store(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEED_ARTICLES[0], articles)
    (articles / "notes.txt").write_text("kept as it is")
    before = snapshot(articles, skip_logs=False)
    for read_only in (False, True):
        with pytest.raises(NotAStoreError, match=r"^\[KG024\] .*articles is not a kg store \(it holds "
                                                 r"000_4dd0882b0b80ae72.txt, notes.txt, and no kg-store.json\)"):
            KnowledgeGraph.open(articles, read_only=read_only)
    assert snapshot(articles, skip_logs=False) == before
    with pytest.raises(NotAStoreError, match="it is a file"):
        KnowledgeGraph.open(articles / "notes.txt")


def test_row11_failed_writes_of_exports_and_pages_are_coded_lines(built: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    shutil.copy(SEED_ARTICLES[0], tmp_path / "new.txt")
    runs = [["export", "-o", str(blocker / "out.ttl"), "--store", str(built)],
            ["viz", "-o", str(blocker / "x.html"), "--store", str(built)],
            ["build", "new.txt", "--store", str(built), "--exports", str(blocker / "exports"), "--no-progress"]]
    with KnowledgeGraph.open(built, read_only=True) as graph:
        articles_before = len(graph.store.graphs())
    for args in runs:
        done = kg(*args, cwd=tmp_path, timeout=300)
        assert done.returncode == 1 and "Traceback" not in done.stderr, (args, done.stderr)
        lines = error_lines(done.stderr)
        assert len(lines) == 1 and lines[0].startswith("kg: [KG041] cannot write ") and str(blocker) in lines[0]
        assert "nothing of it was written" in lines[0]
    # the build itself went through before its exports failed: the article is stored, whole
    with KnowledgeGraph.open(built, read_only=True) as graph:
        assert len(graph.store.graphs()) == articles_before + 1


def test_kg_doctor_reports_health_and_backs_up_healthy_and_damaged_stores(built: Path, tmp_path: Path) -> None:
    healthy = kg("doctor", "--store", str(built), "--backup", str(tmp_path / "copy"), cwd=tmp_path, timeout=120)
    assert healthy.returncode == 0, healthy.stderr
    assert "a consistent snapshot" in healthy.stdout and "a healthy kg store, 6 article graphs" in healthy.stdout
    with KnowledgeGraph.open(tmp_path / "copy", read_only=True) as copy, \
            KnowledgeGraph.open(built, read_only=True) as original:
        assert sorted(map(str, copy.store.quads())) == sorted(map(str, original.store.quads()))
    (built / "CURRENT").write_text("garbage\n")
    before = snapshot(built)
    damaged = kg("doctor", "--store", str(built), "--backup", str(tmp_path / "files"), cwd=tmp_path, timeout=120)
    assert damaged.returncode == 1 and error_lines(damaged.stderr)[0].startswith("kg: [KG023]")
    assert "copied the files" in damaged.stdout and snapshot(tmp_path / "files") == before == snapshot(built)
