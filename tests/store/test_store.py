"""kg's store: one named graph per article, replaced whole, never half-written.

The behaviour tests run on both backends (``backend``: the embedded store and a real Oxigraph
server over HTTP, see conftest.py). Locking, persistence of a directory and ``kill -9`` are
embedded-only: a server's process is not ours to kill, a server serialises writers itself
(there is no lock to collide with), and its durability is the server's promise, not kg's.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.errors import StoreLockedError
from kg.rdf import graph_iri
from kg.rdf.mint import ENTITIES_GRAPH
from tests.conftest import ROOT, SEED_ARTICLE, SEEDS, shared_data

COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }"


def count(graph: KnowledgeGraph, sparql: str = COUNT_ARTICLES) -> int:
    return int(graph.query(sparql).values()[0]["n"] or 0)


@pytest.mark.model
def test_one_named_graph_per_article(seeded: KnowledgeGraph) -> None:
    ids = {v["id"] for v in seeded.query("SELECT ?id WHERE { GRAPH ?g { ?a kg:articleId ?id } }").values()}
    assert ids == {"000_4dd0882b0b80ae72", "meantime-en-108294", "meantime-en-87805", "meantime-en-199629",
                   "meantime-en-37313"}
    # plus the one graph of what every article would otherwise repeat (entity types and labels)
    assert [g.value for g in seeded.store.graphs()] == sorted([*(graph_iri(i).value for i in ids),
                                                               ENTITIES_GRAPH.value])


@pytest.mark.model
def test_rebuilding_unchanged_articles_changes_nothing(seeded: KnowledgeGraph) -> None:
    before = seeded.export(None, "nquads")
    report = seeded.add([SEEDS])
    assert (report.added, len(report.unchanged), report.errors) == ([], 5, [])
    assert seeded.export(None, "nquads") == before


@pytest.mark.model
def test_a_rebuild_of_unchanged_articles_loads_no_model(tmp_path: Path) -> None:
    # the content hash decides before any parse: a no-op rebuild must not pay for loading spaCy's pipeline
    first = KnowledgeGraph.open(tmp_path / "store")
    assert len(first.add([SEEDS], jobs=1).added) == 5
    first.close()
    again = KnowledgeGraph.open(tmp_path / "store")
    report = again.add([SEEDS], jobs=1)
    assert (report.added, len(report.unchanged)) == ([], 5)
    assert again._nlp is None
    again.close()


@pytest.mark.model
def test_a_changed_article_replaces_exactly_its_graph(seeded: KnowledgeGraph, tmp_path: Path) -> None:
    seed_graph = seeded
    others = {g.value: None for g in seed_graph.store.graphs()
              if g not in (graph_iri("000_4dd0882b0b80ae72"), ENTITIES_GRAPH)}
    other_quads = sorted(str(q) for q in seed_graph.store.quads() if q.graph_name.value in others)
    shared_before = {str(q) for q in seed_graph.store.quads() if q.graph_name == ENTITIES_GRAPH}
    changed = tmp_path / SEED_ARTICLE.name
    changed.write_text(SEED_ARTICLE.read_text(encoding="utf-8").replace("Hanoi", "Singapore"), encoding="utf-8")
    report = seed_graph.add([changed])
    assert report.added == ["000_4dd0882b0b80ae72"]
    places = {v["l"] for v in seed_graph.query(
        "SELECT ?l WHERE { ?e kg:place ?p . ?p rdfs:label ?l }").values()}
    assert "Singapore" in places and "Hanoi" not in places
    assert sorted(str(q) for q in seed_graph.store.quads() if q.graph_name.value in others) == other_quads
    shared_after = {str(q) for q in seed_graph.store.quads() if q.graph_name == ENTITIES_GRAPH}
    # Singapore joined the shared descriptions; Hanoi, which no article names any more, left them; nothing else changed
    assert {q.split()[0] for q in shared_after - shared_before} == {"<https://w3id.org/kg-news/id/entity/singapore>"}
    assert {q.split()[0] for q in shared_before - shared_after} == {"<https://w3id.org/kg-news/id/entity/hanoi>"}


@pytest.mark.model
def test_remove_deletes_one_article(seeded: KnowledgeGraph) -> None:
    seed_graph = seeded
    before = len(seed_graph)
    assert seed_graph.remove("meantime-en-37313")
    assert 0 < len(seed_graph) < before
    assert not seed_graph.remove("meantime-en-37313")
    assert count(seed_graph) == 4
    assert not seed_graph.query('ASK { ?a kg:articleId "meantime-en-37313" }').boolean


@pytest.mark.model
def test_store_persists_across_opens(  # embedded only: a server's persistence is the server's
        seed_store_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(seed_store_path, copy)
    graph = KnowledgeGraph.open(copy)
    assert count(graph) == 5 and len(graph) > 1000
    graph.close()


@pytest.mark.slow
def test_a_second_writer_fails_fast(  # embedded only: a server serialises writers, it has no lock
        tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from kg.store import ArticleStore
        store = ArticleStore({str(tmp_path / 'store')!r})
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        started = time.monotonic()
        with pytest.raises(StoreLockedError, match=r"\[KG021\] the store at .* is in use by another kg process"):
            KnowledgeGraph.open(tmp_path / "store")
        assert time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.communicate()


@pytest.mark.model
@pytest.mark.slow
def test_kill_9_mid_build_leaves_only_whole_articles(  # embedded only: the server is not ours to kill
        tmp_path: Path) -> None:
    corpus = shared_data("data", "reuters21578", "reuters21578.jsonl")
    assert corpus is not None
    sample = tmp_path / "sample.jsonl"
    with corpus.open(encoding="utf-8") as source:
        sample.write_text("".join(next(source) for _ in range(120)), encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    build = [sys.executable, "-m", "kg", "build", str(sample), "--store", str(tmp_path / "store"),
             "--exports", str(tmp_path / "exports"), "--no-progress"]
    victim = subprocess.Popen(build, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    graph_dir = tmp_path / "store"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.5)
        if graph_dir.exists() and sum(f.stat().st_size for f in graph_dir.glob("*.log")) > 200_000:
            break
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    graph = KnowledgeGraph.open(graph_dir)
    stored = count(graph)
    # every stored graph is whole: it has its article node, its hash and at least its title
    incomplete = graph.query("""SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != kgid:graph\\/_entities)
        FILTER NOT EXISTS { GRAPH ?g { ?a kg:contentHash ?h ; schema:headline ?t } } }""").values()
    assert incomplete == []
    graph.close()
    subprocess.run(build, cwd=ROOT, env=env, check=True, capture_output=True)
    resumed = KnowledgeGraph.open(graph_dir)
    resumed_quads = len(resumed)
    assert count(resumed) == 120
    resumed.close()
    clean = KnowledgeGraph.open(tmp_path / "clean")
    clean.add([sample])
    assert (len(clean), stored < 120) == (resumed_quads, True)
    clean.close()


@pytest.mark.model
def test_removing_an_article_forgets_entities_only_it_named(seeded: KnowledgeGraph) -> None:
    def labels() -> set[str]:  # named entities of any type (Mark Papermaster's type is a vote: see tests/resolve)
        return {v["l"] or "" for v in seeded.query(
            "SELECT ?l WHERE { ?e a ?t ; rdfs:label ?l FILTER(STRSTARTS(STR(?e), STR(kgid:entity\\/))) }").values()}

    before = labels()
    assert {"Francisco Bencosme", "Mark Papermaster"} <= before
    assert seeded.remove("000_4dd0882b0b80ae72")
    after = labels()
    assert "Francisco Bencosme" not in after  # only the seed article named him
    assert "Mark Papermaster" in after and after < before
