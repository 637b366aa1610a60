"""The embedded store's writer closes and reopens RocksDB every ``reopen_every`` article writes (issue 10: memory
stays flat as the corpus grows; see ``ArticleStore``'s class doc). A reopen must change nothing a reader sees, must
wait for a result still being read instead of losing it, and must leave alone a store a caller holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad

from kg import KnowledgeGraph
from kg.errors import StoreError
from kg.rdf.mint import ENTITIES_GRAPH
from kg.store import ArticleStore, oxigraph as embedded
from tests.conftest import SEEDS

pytestmark = pytest.mark.model

EPOCH = "1700000000"


def _articles(store: ArticleStore) -> list[tuple[NamedNode, list[Quad]]]:
    """Each article graph of a built store with its quads (the seeds: five articles)."""
    graphs = [graph for graph in store.graphs() if graph != ENTITIES_GRAPH]
    return [(graph, list(store.raw.quads_for_pattern(None, None, None, graph))) for graph in graphs]


def _stored(store: ArticleStore) -> set[str]:
    return {graph.value for graph in store.graphs() if graph != ENTITIES_GRAPH}


def test_a_build_reopening_after_every_article_stores_what_one_that_never_does_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    stores = {}
    for reopen_every in (None, 1):
        with KnowledgeGraph.open(tmp_path / str(reopen_every)) as graph:
            assert isinstance(graph.store, ArticleStore)
            graph.store.reopen_every = reopen_every
            report = graph.add([SEEDS])
            assert not report.errors and len(report.added) == 5
            stores[reopen_every] = sorted(str(quad) for quad in graph.store.quads())
    assert len(stores[None]) > 1000 and stores[1] == stores[None]


def test_a_result_read_across_a_reopen_reads_on_and_the_next_write_waits_for_it(
        seed_store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with KnowledgeGraph.open(seed_store_path, read_only=True) as seeds:
        assert isinstance(seeds.store, ArticleStore)
        articles = _articles(seeds.store)
    store = ArticleStore(tmp_path / "store", reopen_every=1)
    store.replace_article(*articles[0])
    held = store.quads()  # an iterator of the store as it was: it keeps RocksDB open
    first = next(held)
    store.replace_article(*articles[1])  # written whole; the reopen after it finds the store held
    assert sum(1 for _ in held) + 1 == len(articles[0][1])  # the iterator reads on, its snapshot intact
    del held, first
    store.replace_article(*articles[2])  # the store opens again now that nothing holds it
    assert _stored(store) == {graph.value for graph, _ in articles[:3]}

    lingering = store.quads()
    next(lingering)
    monkeypatch.setattr(embedded, "_REOPEN_WAIT_SECONDS", 0.2)
    store.replace_article(*articles[3])  # written; the reopen leaves the store to the next use
    with pytest.raises(StoreError, match=r"cannot reopen the store .* a query result or iterator of the store is "
                                         r"still held"):
        store.replace_article(*articles[4])
    del lingering
    assert _stored(store) == {graph.value for graph, _ in articles[:4]}  # the failed write wrote nothing
    store.replace_article(*articles[4])
    assert _stored(store) == {graph.value for graph, _ in articles} and len(articles) == 5


def test_a_store_a_caller_holds_is_not_reopened(seed_store_path: Path, tmp_path: Path) -> None:
    with KnowledgeGraph.open(seed_store_path, read_only=True) as seeds:
        assert isinstance(seeds.store, ArticleStore)
        articles = _articles(seeds.store)
    store = ArticleStore(tmp_path / "store", reopen_every=1)
    raw = store.raw  # as rdflib_dataset and bulk work hold it
    for graph, quads in articles:
        store.replace_article(graph, quads)
    assert store.raw is raw and len(raw) == len(store)
    del raw
    store.replace_article(*articles[0])  # rewritten, then reopened: nothing holds it now
    assert _stored(store) == {graph.value for graph, _ in articles}
