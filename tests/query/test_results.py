"""One serialiser for SPARQL results (kg/query/results.py): kg query, KnowledgeGraph.query and kg serve agree."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
import pytest

from kg.query.results import SOLUTION_FORMATS, boolean_bytes, solutions_bytes, take
from kg.query.sparql import QueryResult, run_query
from kg.query.workers import evaluate
from kg.rdf.namespaces import PREFIXES
from kg.store import ArticleStore

G = ox.NamedNode("https://w3id.org/kg-news/id/graph/a")
BANK = ox.NamedNode("https://w3id.org/kg-news/id/entity/barclays")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SELECT = "SELECT ?e ?label ?missing WHERE { ?e rdfs:label ?label OPTIONAL { ?e kg:nothing ?missing } } ORDER BY ?label"


@pytest.fixture()
def store(tmp_path: Any) -> ArticleStore:
    store = ArticleStore(tmp_path / "store")
    store.replace_article(G, [ox.Quad(BANK, LABEL, ox.Literal("Barclays"), G),
                              ox.Quad(ox.NamedNode("https://example.org/x"), LABEL,
                                      ox.Literal('tab\there, "quoted"\nnew line', language="en"), G)])
    return store


def _endpoint(store: ArticleStore, query: str, fmt: str) -> bytes:
    """What kg serve's worker writes for ``query`` (evaluated in this process)."""
    reply = evaluate(store.raw, {"query": query, "formats": {"select": fmt, "ask": fmt, "graph": None},
                                 "max_rows": 100}, dict(PREFIXES))
    assert reply["ok"], reply
    return reply["body"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("fmt", list(SOLUTION_FORMATS))
def test_cli_api_and_endpoint_write_the_same_bytes(store: ArticleStore, fmt: str) -> None:
    cli = run_query(store, SELECT).render(fmt)  # type: ignore[arg-type]
    assert cli.encode("utf-8") == _endpoint(store, SELECT, fmt)
    ask = "ASK { ?s rdfs:label 'Barclays' }"
    assert run_query(store, ask).render(fmt).encode("utf-8") == _endpoint(store, ask, fmt)  # type: ignore[arg-type]


def test_tsv_quotes_a_literal_once() -> None:
    body = solutions_bytes(["label"], [[ox.Literal("Barclays")]], "tsv").decode()
    assert body == '?label\n"Barclays"\n'
    assert '"""' not in body


def test_tabs_and_newlines_stay_inside_their_cell(store: ArticleStore) -> None:
    lines = run_query(store, SELECT).render("tsv").splitlines()
    assert lines[0] == "?e\t?label\t?missing"
    assert len(lines) == 3 and all(line.count("\t") == 2 for line in lines)
    parsed = list(ox.parse_query_results("\n".join(lines) + "\n", format=ox.QueryResultsFormat.TSV))
    assert parsed[1]["label"] == ox.Literal('tab\there, "quoted"\nnew line', language="en")


def test_unbound_values_and_booleans() -> None:
    assert solutions_bytes(["a", "b"], [[None, ox.NamedNode("http://e/x")]], "csv") == b"a,b\r\n,http://e/x\r\n"
    assert boolean_bytes(True, "json") == b'{"head":{},"boolean":true}'
    assert QueryResult("ask", [], [], boolean=False).render("table") == "false"


def test_take_reports_whether_there_was_more() -> None:
    assert take(iter(range(5)), 3) == ([0, 1, 2], True)
    assert take(iter(range(3)), 3) == ([0, 1, 2], False)
    assert take(iter(range(3)), None) == ([0, 1, 2], False)


def test_a_construct_renders_as_turtle_or_json_ld(store: ArticleStore) -> None:
    result = run_query(store, "CONSTRUCT WHERE { ?s rdfs:label ?o }")
    assert "rdfs:label" in result.render("table")
    assert result.render("json").lstrip().startswith(("[", "{"))
