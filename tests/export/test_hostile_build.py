"""Hostile names through a whole build and every export format, reparsed (R1, E1).

Names go in as an article's id, title and author (an author is always a
kg:Person entity, whatever the NER makes of it) and inside the text next to
real names the NER picks up; the article is built with the real model, then
every export is parsed back: RDF formats by pyoxigraph (and rdflib for
N-Quads and JSON-LD) with the store's exact quads or triples, GraphML and GEXF
by networkx with the same nodes and edges as ``to_networkx``.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import networkx as nx
import pyoxigraph
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import Article, KnowledgeGraph
from tests.rdf.test_mint import HOSTILE

RDF_FORMATS = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld"}
QUAD_FORMATS = {"nquads", "trig", "jsonld"}
NAMES = st.one_of(st.sampled_from(HOSTILE + ['Kim "the <b>boss</b>" Jong-un', "Trump\n\n{}|^`",
                                             "\U0001f600 " * 40, "<script>alert(1)</script> Inc."]),
                  st.text(min_size=0, max_size=300))


def _article(name: str, other: str) -> Article:
    text = (f"Donald Trump met {name} in Hanoi on Feb. 28, 2024. Amnesty International criticized {name}. "
            f'"{other}," said Kim Jong-un, the leader of North Korea.')
    return Article(id=f"hostile {name}"[:200], text=text, title=name, date=dt.date(2024, 3, 1),
                   authors=(name, other), url=None, source=other or None)


def _check_every_export(graph: KnowledgeGraph) -> None:
    quads = {str(q) for q in graph.store.quads()}
    triples = {str(pyoxigraph.Triple(q.subject, q.predicate, q.object)) for q in graph.store.quads()}
    for format, suffix in RDF_FORMATS.items():
        data = graph.export(None, format)
        assert isinstance(data, bytes)
        parsed = {str(item) for item in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.from_extension(suffix))}
        assert parsed == (quads if format in QUAD_FORMATS else triples), format
    for format in ("nquads", "jsonld"):  # a second, independent parser
        dataset = rdflib.Dataset()
        dataset.parse(data=graph.export(None, format).decode("utf-8"),  # type: ignore[union-attr]
                      format="json-ld" if format == "jsonld" else "nquads")
        assert len(list(dataset.quads((None, None, None, None)))) == len(quads), format
    expected = graph.to_networkx()
    for format, reader in (("graphml", _read_graphml), ("gexf", nx.read_gexf)):
        loaded = reader(io.BytesIO(graph.export(None, format)))  # type: ignore[arg-type]
        assert set(loaded.nodes) == set(expected.nodes), format
        assert loaded.number_of_edges() == expected.number_of_edges(), format


def _read_graphml(stream: Any) -> Any:
    return nx.read_graphml(stream, force_multigraph=True)


@pytest.mark.model
@pytest.mark.slow
@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(name=NAMES, other=NAMES)
def test_no_name_breaks_a_build_or_any_export(nlp: Any, name: str, other: str) -> None:
    graph = KnowledgeGraph.open(None)
    graph._nlp = nlp  # the session's model: loading it per example would take minutes
    report = graph.add_articles([_article(name, other)])
    assert not report.errors, report.errors
    assert report.added and len(graph) > 10
    unlabelled = graph.query("SELECT ?p WHERE { ?a schema:author ?p FILTER NOT EXISTS { ?p rdfs:label ?l } }")
    assert len(unlabelled) == 0
    _check_every_export(graph)


@pytest.mark.model
def test_a_punctuation_place_name_builds(nlp: Any) -> None:
    # spaCy tags "\x1a." as a place; its name folds to nothing (a resolver crash, once)
    graph = KnowledgeGraph.open(None)
    graph._nlp = nlp
    graph.add_articles([_article(",\x1a", "Foo Bar")])
    _check_every_export(graph)


@pytest.mark.model
def test_the_named_hostile_entities_reach_the_graph(nlp: Any) -> None:
    """The NER does pick up hostile-looking names in the text, so the property test exercises them."""
    graph = KnowledgeGraph.open(None)
    graph._nlp = nlp
    graph.add_articles([_article('Kim "the <b>boss</b>" Jong-un', "<script>alert(1)</script> Inc.")])
    labels = {row["l"] for row in graph.query("SELECT ?l WHERE { ?e a ?t ; rdfs:label ?l }").values()}
    assert any("<script>" in (label or "") for label in labels), labels
    assert any('"' in (label or "") or "<b>" in (label or "") for label in labels), labels
    _check_every_export(graph)


@pytest.mark.model
def test_an_author_also_named_in_the_text_has_one_label(nlp: Any) -> None:
    # found by the property test: the byline ",\x1a3" and the name "\x1a3" fold to one key
    graph = KnowledgeGraph.open(None)
    graph._nlp = nlp
    graph.add_articles([_article("\x1a3", ",\x1a3")])
    doubled = graph.query("SELECT ?e WHERE { ?e rdfs:label ?a, ?b FILTER(?a != ?b) }")
    assert len(doubled) == 0
    _check_every_export(graph)
