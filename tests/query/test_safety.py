"""The query scanner that refuses SERVICE, updates and foreign FROM graphs before evaluation.

The scanner must see a ``SERVICE`` keyword wherever Oxigraph's parser does, so the main test is
differential: queries mixing strings, IRIs with escapes, comments and ``<`` operators are run by
Oxigraph against a listening socket, and every query that made Oxigraph connect must have been
flagged by :func:`analyse_query`.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.query.sparql import analyse_query, check_graph_iri, check_read_only, run_query
from tests.query.conftest import Listener


@pytest.mark.parametrize(("query", "service"), [
    ("SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }", True),
    ("select * { service silent <http://a/> {} }", True),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?s<?o) SERVICE ?v {} }", True),
    ("SELECT * WHERE { ?s ?p <http://x#y\\u0041> } SERVICE <http://a/> {}", True),
    ("SELECT * WHERE {\n  SERVICE#c\n<http://a/> {} }", True),
    ('SELECT ?service WHERE { ?s ex:service "SERVICE <http://a/> {}" } # SERVICE', False),
    ("SELECT * WHERE { ?s ?p '''\nSERVICE <http://a/> {}\n''' }", False),
    ("SELECT * WHERE { ?s <http://a/SERVICE> ?o }", False),
    ("SELECT * WHERE { ?s ?p ?o } # SERVICE <http://a/> {}", False),
    ("SELECT * WHERE { ?s ?p $service }", False),
])
def test_service_keyword_is_found_exactly(query: str, service: bool) -> None:
    assert analyse_query(query).uses_service is service


@pytest.mark.parametrize(("query", "form"), [
    ("PREFIX ex: <http://e/> SELECT * {}", "SELECT"),
    ("BASE <http://e/> ask {}", "ASK"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://e/x>", "DESCRIBE"),
    ("INSERT DATA { <a:b> <a:c> <a:d> }", "INSERT"),
    ("# SELECT\nDROP ALL", "DROP"),
    ("PREFIX select: <http://e/> WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
    ("", None),
])
def test_form_and_updates(query: str, form: str | None) -> None:
    shape = analyse_query(query)
    assert shape.form == form
    assert shape.is_update is (form in {"INSERT", "DROP", "WITH"})


def test_from_iris_are_expanded_and_unescaped() -> None:
    shape = analyse_query("PREFIX ex: <http://e/> SELECT * FROM ex:g FROM NAMED <http://a/\\u0062> FROM kg:x WHERE {}")
    assert shape.from_graphs == ("http://e/g", "https://w3id.org/kg-news/ontology#x")
    assert shape.from_named == ("http://a/b",)


@pytest.mark.parametrize("query", [
    "SELECT * FROM <file:///etc/passwd> {}",
    "SELECT * FROM NAMED <FILE:///etc/passwd> {}",
    "SELECT * FROM <file\\u003a///etc/passwd> {}",
    "PREFIX f: <file:///etc/> SELECT * FROM f:passwd {}",
    "BASE <file:///etc/> SELECT * FROM <passwd> {}",
])
def test_file_and_relative_from_are_refused(query: str) -> None:
    with pytest.raises(QueryError, match=r"^\[KG030\] FROM .* is refused"):
        check_read_only(query)


@pytest.mark.parametrize("iri", ["file:///x", "relative", "_:b", "http://a/ b", "http://a/<"])
def test_check_graph_iri(iri: str) -> None:
    with pytest.raises(QueryError):
        check_graph_iri(iri)


@pytest.mark.model
def test_run_query_honours_from_and_refuses_foreign_graphs(seed_store_path: Path) -> None:
    from kg.store import ArticleStore

    store = ArticleStore(seed_store_path, read_only=True)
    graph = store.graphs()[0].value
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
    total = int(run_query(store, count.format("")).values()[0]["n"] or 0)
    only = int(run_query(store, count.format(f"FROM <{graph}>")).values()[0]["n"] or 0)
    assert 0 < only < total
    with pytest.raises(QueryError, match="not a graph in this store"):
        run_query(store, count.format("FROM <http://example.org/elsewhere>"))


# ---------------------------------------------------------------------------- differential

# Group-pattern elements that keep the query valid and one solution alive, so a SERVICE after
# them is really evaluated; they carry the characters that could confuse a scanner.
_NOISE = [
    'BIND("SERVICE <{url}> {{}}" AS ?a1)',
    "BIND('#' AS ?a2)",
    "BIND('''multi\nline SERVICE \" ' ''' AS ?a3)",
    'BIND("""a "quoted" SERVICE""" AS ?a4)',
    'BIND("esc \\" SERVICE \\\\" AS ?a5)',
    "BIND(<http://x.example/a#SERVICE> AS ?a6)",
    "BIND(<http://x.example/\\u0023b> AS ?a7)",
    "OPTIONAL {{ BIND(1 AS ?a8) FILTER(?a8<?a9) }}",
    "OPTIONAL {{ BIND(2 AS ?b1) FILTER(?b1 > 3) }}",
    "# a comment: SERVICE <{url}> {{}} \" ' <\n",
    "BIND(ex:SERVICE AS ?b2)",
    "BIND(?service AS ?b3)",
]
_SERVICE = ["SERVICE SILENT <{url}> {{ BIND(1 AS ?c) }}", "service silent<{url}>{{}}", "SeRvIcE\tSILENT <{url}> {{ }}"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(noise=st.lists(st.sampled_from(_NOISE), max_size=5, unique=True), service=st.sampled_from([None, *_SERVICE]),
       where=st.integers(0, 5))
def test_every_service_oxigraph_calls_is_flagged(listener: Listener, noise: list[str], service: str | None,
                                                 where: int) -> None:
    parts = list(noise)
    if service is not None:
        parts.insert(min(where, len(parts)), service)
    body = "\n".join(p.format(url=listener.url) for p in parts)
    query = f"PREFIX ex: <http://x.example/>\nSELECT * WHERE {{\n{body}\n}}"
    before = listener.connections
    try:
        list(pyoxigraph.Store().query(query))
    except SyntaxError as err:  # the generator must only make valid queries
        pytest.fail(f"invalid generated query: {err}\n{query}")
    deadline = time.monotonic() + 1
    while service is not None and listener.connections == before and time.monotonic() < deadline:
        time.sleep(0.01)
    called = listener.connections > before
    assert called is (service is not None)  # Oxigraph evaluated exactly the SERVICE we put in
    assert analyse_query(query).uses_service is called
