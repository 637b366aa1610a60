"""Rows 12 and 13 of issue 9: a build's result does not depend on the order of its articles or on what
the store held; kg's own output satisfies kg's own shapes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.ingest import read_articles
from kg.types import Article
from tests.conftest import SEEDS
from tests.reliability.conftest import BBC, REUTERS, first_records, shared

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _articles(tmp_path: Path, source: Path, count: int) -> list[Article]:
    sample = tmp_path / f"{source.stem}-{count}.jsonl"
    sample.write_text("".join(line + "\n" for line in _lines(source, count)), encoding="utf-8")
    found = [a for a in read_articles([SEEDS, sample]) if isinstance(a, Article)]
    assert len(found) >= count
    return found


def _lines(source: Path, count: int) -> list[str]:
    import json

    return [json.dumps(record) for record in first_records(shared(source), count)]


def _quads(graph: KnowledgeGraph) -> set[str]:
    return {str(q) for q in graph.store.quads()}


def test_row12_order_force_and_history_do_not_change_the_quads(tmp_path: Path, nlp,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    articles = _articles(tmp_path, REUTERS, 200)
    results = []
    for seed in (1, 2):
        shuffled = random.Random(seed).sample(articles, len(articles))
        graph = KnowledgeGraph.open(tmp_path / f"store-{seed}")
        graph._nlp = nlp
        report = graph.add_articles(shuffled)
        assert len(report.added) == len(articles) and not report.errors
        results.append(_quads(graph))
        if seed == 1:  # the same articles again over what the first build stored
            again = graph.add_articles(random.Random(3).sample(articles, len(articles)), force=True)
            assert len(again.added) == len(articles)
            results.append(_quads(graph))
        graph.close()
    assert len(results[0]) > 20_000
    assert results[0] == results[1] == results[2]


def test_row13_a_build_of_seeds_bbc_and_reuters_satisfies_kgs_own_shapes(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    graph = KnowledgeGraph.open(None)
    graph._nlp = nlp
    articles = _articles(tmp_path, BBC, 200)  # with the seeds
    articles += [a for a in _articles(tmp_path, REUTERS, 200) if not (a.path or "").startswith(str(SEEDS))]
    assert len(graph.add_articles(articles).added) == len(articles) > 400
    report = graph.validate()
    assert report.errors == [], "\n".join(map(str, report.errors[:20]))
    # labels chosen one way per entity, no empty literal
    empty = graph.query('SELECT ?s ?p WHERE { ?s ?p ?o FILTER(isLiteral(?o) && STR(?o) = "") }').values()
    assert empty == []


def test_an_edited_article_leaves_no_trace_of_a_name_it_dropped(nlp,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Replacing an article's graph forgets the entities only its old version named (their type and label in
    the shared entity graph) and settles the others again: the same as removing it and adding it anew."""
    # one build time for both builds: their provenance stamps a second apart made the graphs differ (CI, stop 21)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = ("Manchester City boss Kevin Keegan has praised striker Robbie Fowler for his landmark return to form. "
             "Fowler's strike against Southampton was his first of the season.")
    edited = "Manchester City boss Kevin Keegan has praised striker Robbie Fowler for his landmark return to form."
    graph = KnowledgeGraph.open(None)
    graph._nlp = nlp
    graph.add_articles([Article("edited", first)])
    # ("Southampton (team)" in a report kg reads as sport news: a striker and his season)
    named = 'ASK { GRAPH kgid:graph\\/_entities { ?e rdfs:label ?l FILTER(STRSTARTS(?l, "Southampton")) } }'
    assert graph.query(named).boolean
    graph.add_articles([Article("edited", edited)])
    assert not graph.query(named).boolean
    fresh = KnowledgeGraph.open(None)
    fresh._nlp = nlp
    fresh.add_articles([Article("edited", edited)])
    assert _quads(graph) == _quads(fresh)
