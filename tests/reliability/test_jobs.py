"""Issue 10, one machine: ``kg build --jobs N`` builds exactly the store of ``--jobs 1``; a worker killed
mid-build costs no article; Ctrl-C leaves whole articles and a re-run finishes the rest."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.rdf.mint import ENTITIES_GRAPH
from kg.store import ArticleStore
from kg.types import Article
from tests.conftest import ROOT, SEEDS
from tests.reliability.conftest import EPOCH, REUTERS_ARTICLES, built_corpus, kg, sorted_nquads

pytestmark = [pytest.mark.model, pytest.mark.slow]

def test_jobs_2_builds_the_store_and_exports_of_jobs_1(corpus: Path, built_alone, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    alone, alone_run = built_alone
    done = kg("build", str(corpus), "--store", "store", "--exports", "exports", "--no-progress", "--jobs", "2",
              cwd=tmp_path, env=EPOCH)
    assert done.returncode == 0, done.stderr
    counts = done.stdout.split(";")[0]
    assert counts == alone_run.stdout.split(";")[0] and counts.startswith(f"{REUTERS_ARTICLES + 5} new"), done.stdout
    nquads = sorted_nquads(tmp_path / "store")
    assert len(nquads) > 10_000 and nquads == sorted_nquads(alone / "store")
    turtle = (tmp_path / "exports" / "corpus.ttl").read_bytes()
    assert turtle == (alone / "exports" / "corpus.ttl").read_bytes()


def test_a_worker_killed_mid_build_costs_no_article(corpus: Path, built_alone, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    killed: list[int] = []
    last_seen: set[int] = set()  # the workers at the last progress call

    def progress(done: int, total: int | None) -> None:
        workers = {child.pid for child in multiprocessing.active_children() if child.pid is not None}
        last_seen.clear()
        last_seen.update(workers)
        if not killed and done >= 10:  # the first chunk is back; the next ones are in the workers
            assert workers, "no worker processes during a --jobs 2 build"
            victim = min(workers)
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    with KnowledgeGraph.open(tmp_path / "store") as graph:
        report = graph.add(corpus, jobs=2, progress=progress)
    assert killed and last_seen and killed[0] not in last_seen  # a fresh pool took over
    assert not report.errors and len(report.added) == REUTERS_ARTICLES + 5
    assert sorted_nquads(tmp_path / "store") == sorted_nquads(built_alone[0] / "store")
    assert not multiprocessing.active_children()  # the pool is gone with the build


def test_a_jobs_2_build_reopening_its_store_often_stores_what_jobs_1_stores(  # type: ignore[no-untyped-def]
        corpus: Path, built_alone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer thread reopens RocksDB (ArticleStore.reopen_every) while the main thread reads content hashes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        assert isinstance(graph.store, ArticleStore)
        graph.store.reopen_every = 16
        report = graph.add(corpus, jobs=2)
        assert graph.store.reopens >= 10  # 255 articles and a few rewritten, by 16 (a read may put one off)
    assert not report.errors and len(report.added) == REUTERS_ARTICLES + 5
    assert sorted_nquads(tmp_path / "store") == sorted_nquads(built_alone[0] / "store")


def _bytes_in(folder: Path) -> int:
    """The size of the files in ``folder`` (a file the store deletes meanwhile counts nothing)."""
    total = 0
    for path in folder.rglob("*"):
        try:
            total += path.stat().st_size if path.is_file() else 0
        except FileNotFoundError:
            pass
    return total


def test_ctrl_c_leaves_whole_articles_and_a_rerun_finishes_the_rest(tmp_path: Path) -> None:
    corpus = built_corpus(tmp_path / "corpus", 400)
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--store", "store", "--no-export", "--no-progress",
               "--jobs", "2"]
    # Ctrl-C as a user's terminal sends it: a suite started in the background (nohup, "&") runs with SIGINT ignored,
    # which the build would inherit and then never see the signal
    build = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT), **EPOCH},
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (tmp_path / "store").exists():
        time.sleep(0.2)  # the store exists: the build is under way
    time.sleep(1)
    opened = _bytes_in(tmp_path / "store")
    # not a fixed wait (on a loaded machine the workers may not have parsed anything in 8 s): until the store's
    # files grow by what a few article graphs take, so that some articles are written when Ctrl-C comes
    while time.monotonic() < deadline and _bytes_in(tmp_path / "store") < opened + 30_000:
        time.sleep(0.2)
    build.send_signal(signal.SIGINT)
    out, err = build.communicate(timeout=120)
    assert build.returncode == 130, (out, err)
    assert "interrupted" in err and "Traceback" not in err
    with KnowledgeGraph.open(tmp_path / "store", read_only=True) as graph:
        stored = graph.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").values()
        hashed = graph.query("SELECT ?g WHERE { GRAPH ?g { ?a kg:contentHash ?h } }").values()
    # every article graph written holds its content hash, written in the same transaction as the rest (the
    # shared graph of entity types and labels is no article's)
    assert {row["g"] for row in stored} - {ENTITIES_GRAPH.value} == {row["g"] for row in hashed}
    assert hashed, "the build was interrupted before any article was written: the test proved nothing"
    again = kg("build", str(corpus), "--store", "store", "--no-export", "--no-progress", "--jobs", "2",
               cwd=tmp_path, env=EPOCH)
    assert again.returncode == 0, again.stderr
    total = 400 + 5
    assert again.stdout.startswith(f"{total - len(hashed)} new, 0 changed, {len(hashed)} unchanged, 0 failed")


def test_an_article_id_twice_in_one_batch_is_built_once_and_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (SEEDS / "000_4dd0882b0b80ae72.txt").read_text(encoding="utf-8")
    graph = KnowledgeGraph.open(None)
    graph._nlp = nlp
    report = graph.add_articles([Article("same", text), Article("same", text + " More.")], jobs=1)
    assert report.added == ["same"] and len(report.errors) == 1
    assert "duplicate article id 'same'" in str(report.errors[0])


def test_an_outcome_reaches_the_main_process_with_its_quads_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    """A worker's outcome crosses the process boundary as N-Quads text (kg.build.Alone.__reduce__): the seed's
    quads come back equal and in order, its language-tagged and typed literals included; its extraction comes
    pickled and stays so until read."""
    import pickle

    from kg.build import Alone, build_chunk

    text = (SEEDS / "000_4dd0882b0b80ae72.txt").read_text(encoding="utf-8")
    [sent] = build_chunk(nlp, [(Article("seed", text, date=None), "hash")], "a model", 0, 0)
    assert isinstance(sent, Alone) and len(sent.quads) > 100
    assert any(getattr(q.object, "datatype", None) is not None and q.object.datatype.value.endswith("#integer")
               for q in sent.quads)
    wire = pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL)
    assert b"<https://" in wire  # text, not one pickled term per node
    received = pickle.loads(wire)
    assert received.quads == sent.quads
    assert received.asked == sent.asked and received.names == sent.names
    # the extraction stays as it came until read: kept for the end of the build without pickling it again
    kept = received.extraction_pickle()
    assert isinstance(kept, bytes) and received.extraction_pickle() is kept
    assert pickle.loads(kept).relations == sent.extraction.relations
    assert received.extraction.relations == sent.extraction.relations


def test_an_extractor_the_workers_cannot_register_stops_the_build(corpus: Path, tmp_path: Path) -> None:
    """An extractor registered only at run time (here: inside this test, as a notebook would) does not exist
    in the workers, which import kg afresh: the build stops with one error naming it, instead of building
    without it (its module is imported there, but registers nothing on import)."""
    from kg import registry
    from kg.errors import ExtractorError

    @registry.extractor("testonly.v1")
    def nothing(ctx: object) -> Iterator[object]:
        """Finds nothing."""
        return iter(())

    try:
        with KnowledgeGraph.open(tmp_path / "store") as graph:
            with pytest.raises(ExtractorError, match="'testonly.v1' are registered in this process but not in"):
                graph.add(corpus, jobs=2)
    finally:
        del registry._REGISTRY["testonly.v1"]


def test_a_script_that_builds_at_its_top_level_gets_one_clear_error(tmp_path: Path) -> None:
    """Python's spawned workers start by running the calling script again: one with no `if __name__ ==
    "__main__":` guard makes every worker die before it parses anything. The build stops with one [KG092] line
    saying so (it used to try every article alone and call each a crash to report), and stores nothing."""
    corpus = built_corpus(tmp_path / "corpus", 80)  # more than one chunk: one chunk is built in the calling process
    script = tmp_path / "build_it.py"
    script.write_text(
        "from kg import KnowledgeGraph\n"
        f"graph = KnowledgeGraph.open({str(tmp_path / 'store')!r})\n"
        f"graph.add({str(corpus)!r}, jobs=2)\n"
        "graph.close()\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode != 0
    assert "[KG092]" in run.stderr and '__name__ == "__main__"' in run.stderr
    assert run.stderr.count("[KG001]") == 0  # no article blamed
    with KnowledgeGraph.open(tmp_path / "store", read_only=True) as graph:
        assert len(graph) == 0


@pytest.mark.model
def test_one_process_builds_leave_the_switch_interval_as_they_found_it(tmp_path: Path) -> None:
    """A one-process build parses in a thread with a short switch interval (kg.build._overlapped): a whole build,
    one closed after its first article, and two interleaved builds each restore the interval the process had."""
    import threading

    from kg.build import PARSE_SWITCH_SECONDS, _short_switch_interval

    before = sys.getswitchinterval()
    assert before > PARSE_SWITCH_SECONDS
    graph = KnowledgeGraph.open(None)
    assert len(graph.add([SEEDS], jobs=1).added) == 5
    assert sys.getswitchinterval() == before
    from kg.build import ToBuild, build_in_order
    from kg.ingest import read_articles

    articles = [a for a in read_articles([SEEDS]) if isinstance(a, Article)]
    outcomes = build_in_order((ToBuild(a, "hash", None) for a in articles), jobs=1, nlp=lambda: graph.nlp,
                              model=None, model_id="test", factor=0.0, floor=0.0)
    next(outcomes)
    assert sys.getswitchinterval() == PARSE_SWITCH_SECONDS
    outcomes.close()  # a caller that stops reading after the first article
    assert sys.getswitchinterval() == before
    started, release = threading.Event(), threading.Event()

    def other_build() -> None:
        with _short_switch_interval():
            started.set()
            release.wait(10)

    other = threading.Thread(target=other_build)
    other.start()
    started.wait(10)
    with _short_switch_interval():
        assert sys.getswitchinterval() == PARSE_SWITCH_SECONDS
        release.set()
        other.join(10)
        assert sys.getswitchinterval() == PARSE_SWITCH_SECONDS  # the other build left first: still held
    assert sys.getswitchinterval() == before
