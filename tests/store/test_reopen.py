"""The embedded store's writer closes and reopens RocksDB every ``reopen_every`` article writes (issue 10: memory
stays flat as the corpus grows; see ``ArticleStore``'s class doc). A reopen must change nothing a reader sees, must
wait for a result still alive instead of losing it, must leave alone a store a caller holds, and must not let
another process in while RocksDB is closed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad

from kg import KnowledgeGraph
from kg.errors import StoreError
from kg.rdf.mint import ENTITIES_GRAPH
from kg.store import ArticleStore, oxigraph as embedded
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.model

EPOCH = "1700000000"
ANY_QUAD = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"


def _articles(seed_store_path: Path) -> list[tuple[NamedNode, list[Quad]]]:
    """Each article graph of the seeds' store with its quads (five articles)."""
    with KnowledgeGraph.open(seed_store_path, read_only=True) as seeds:
        assert isinstance(seeds.store, ArticleStore)
        graphs = [graph for graph in seeds.store.graphs() if graph != ENTITIES_GRAPH]
        articles = [(graph, list(seeds.store.raw.quads_for_pattern(None, None, None, graph))) for graph in graphs]
    assert len(articles) == 5
    return articles


def _stored(store: ArticleStore) -> set[str]:
    return {graph.value for graph in store.graphs() if graph != ENTITIES_GRAPH}


def test_a_build_reopening_after_every_article_stores_what_one_that_never_does_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    stores, reopens = {}, {}
    for reopen_every in (None, 1):
        with KnowledgeGraph.open(tmp_path / str(reopen_every)) as graph:
            assert isinstance(graph.store, ArticleStore)
            graph.store.reopen_every = reopen_every
            report = graph.add([SEEDS])
            assert not report.errors and len(report.added) == 5
            stores[reopen_every] = sorted(str(quad) for quad in graph.store.quads())
            reopens[reopen_every] = graph.store.reopens
    assert len(stores[None]) > 1000 and stores[1] == stores[None]
    assert reopens == {None: 0, 1: 5}


def test_quads_being_read_put_the_reopen_off_to_the_next_write(seed_store_path: Path, tmp_path: Path) -> None:
    articles = _articles(seed_store_path)
    store = ArticleStore(tmp_path / "store", reopen_every=1)
    store.replace_article(*articles[0])
    assert store.reopens == 1
    held = store.quads()
    next(held)
    store.replace_article(*articles[1])
    assert store.reopens == 1  # put off: the quads are being read
    assert sum(1 for _ in held) + 1 == len(articles[0][1])  # read on, the snapshot intact
    store.replace_article(*articles[2])
    assert store.reopens == 2 and _stored(store) == {graph.value for graph, _ in articles[:3]}


def test_a_query_result_alive_across_a_reopen_is_waited_for(seed_store_path: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles(seed_store_path)
    store = ArticleStore(tmp_path / "store", reopen_every=1)
    store.replace_article(*articles[0])
    taken, done = threading.Event(), threading.Event()

    def hold_a_result() -> None:  # another thread's query result (pyoxigraph's results stay on their thread)
        rows = store.query(ANY_QUAD)  # holds RocksDB open, though no Python reference to the store
        next(rows)
        taken.set()
        done.wait(30)
        time.sleep(0.2)
        del rows

    holder = threading.Thread(target=hold_a_result)
    holder.start()
    taken.wait(30)
    store.replace_article(*articles[1])  # written whole; the reopen finds RocksDB held and leaves it to the next use
    assert store.reopens == 1
    done.set()
    store.replace_article(*articles[2])  # waits for the result to go, opens, writes
    holder.join()
    assert store.reopens >= 2 and _stored(store) == {graph.value for graph, _ in articles[:3]}

    lingering = store.query(ANY_QUAD)
    next(lingering)
    monkeypatch.setattr(embedded, "_REOPEN_WAIT_SECONDS", 0.2)
    store.replace_article(*articles[3])
    with pytest.raises(StoreError, match=r"cannot open the store .* again \(every article written so far is stored "
                                         r"whole\).* a query result of the store is still alive"):
        store.replace_article(*articles[4])
    del lingering
    assert _stored(store) == {graph.value for graph, _ in articles[:4]}  # the failed write wrote nothing
    store.replace_article(*articles[4])
    assert _stored(store) == {graph.value for graph, _ in articles}


def test_a_store_a_caller_holds_is_not_reopened(seed_store_path: Path, tmp_path: Path) -> None:
    articles = _articles(seed_store_path)
    store = ArticleStore(tmp_path / "store", reopen_every=1)
    raw = store.raw  # as rdflib_dataset and bulk work hold it
    for graph, quads in articles:
        store.replace_article(graph, quads)
    assert store.reopens == 0 and store.raw is raw and len(raw) == len(store)
    del raw
    store.replace_article(*articles[0])
    assert store.reopens == 1 and _stored(store) == {graph.value for graph, _ in articles}


def test_a_second_writer_meets_kgs_own_lock_first(tmp_path: Path) -> None:
    """RocksDB's LOCK is free for the instant a reopen closes the store: kg's lock, taken first, is not."""
    store = ArticleStore(tmp_path / "store")
    second = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        from kg.errors import StoreLockedError
        from kg.store import ArticleStore
        try:
            ArticleStore({str(tmp_path / 'store')!r})
        except StoreLockedError as err:
            print(err)
    """)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "is in use by another kg process (kg-writer.lock is held)" in second.stdout, second.stderr
    assert len(store) == 0


def test_the_old_info_logs_of_many_reopens_are_pruned(seed_store_path: Path, tmp_path: Path) -> None:
    articles = _articles(seed_store_path)
    store = ArticleStore(tmp_path / "store", reopen_every=1)
    for _ in range(3):  # 15 writes, new and replacing: 15 reopens, each leaving RocksDB's last info log behind
        for graph, quads in articles:
            store.replace_article(graph, quads)
    assert store.reopens == 15
    assert len(list((tmp_path / "store").glob("LOG.old.*"))) == embedded._KEPT_OLD_LOGS  # noqa: SLF001
    assert _stored(store) == {graph.value for graph, _ in articles}
