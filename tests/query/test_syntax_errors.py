"""A query the parser refuses is one line a person can act on: where, the token, and a hint.

Oxigraph's own words for these were "expected CONSTRUCT" (for SELEC, DELETE WHERE and a file name)
and several lines of Unicode ranges (for an unknown prefix); issue 11 asks for line:column, the
offending token and a hint, the same through the Python API, ``kg query`` and the endpoint.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.errors import QueryError
from kg.query.sparql import explain_syntax_error
from tests.query.conftest import post_query

PREDECLARED = "kg:, kgid:, kgrel:, rdf:, rdfs:, xsd:, owl:, skos:, schema:, prov:, sem:, dcterms:, nif:"
NOT_VALID = "[KG030] the query is not valid SPARQL 1.1: "

CASES = [
    ("SELEC ?s WHERE { ?s ?p ?o }",
     "at 1:1, 'SELEC': a query starts with SELECT, CONSTRUCT, ASK or DESCRIBE (after any PREFIX and BASE lines); "
     "did you mean SELECT?"),
    ("who-met.rq",
     "at 1:1, 'who': a query starts with SELECT, CONSTRUCT, ASK or DESCRIBE (after any PREFIX and BASE lines)"),
    ("SELECT ?s WHERE { ?s foo:bar ?o }",
     f"at 1:22, 'foo:bar': the prefix foo: is not declared; kg predeclares {PREDECLARED}; declare others with "
     "PREFIX foo: <IRI>"),
    ("SELECT ?s WHERE {\n  ?s rdsf:label ?o }",
     f"at 2:6, 'rdsf:label': the prefix rdsf: is not declared (did you mean rdfs:?); kg predeclares {PREDECLARED}; "
     "declare others with PREFIX rdsf: <IRI>"),
    ("SELECT ?p ?o WHERE { kgid:organization/microsoft ?p ?o }",
     "at 1:22, 'kgid:organization/microsoft': a prefixed name cannot hold \"/\" (SPARQL reads it as a property "
     "path); write <https://w3id.org/kg-news/id/organization/microsoft>, or escape it as "
     "kgid:organization\\/microsoft"),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMT 3",
     "at 1:30, 'LIMT': not a SPARQL keyword; did you mean LIMIT?"),
    ("SELECT * WHERE { ?s ?p ?o ",
     "at 1:16, '{': never closed; add '}'"),
    ("ASK { ?s ?p ?o } }",
     "at 1:18, '}': it closes nothing"),
    ("SELECT ?x WHERE { ?x <http://example.org/a b> ?y }",
     "at 1:22, '<http://example.org/a b>': not an IRI; an IRI has no spaces and none of <>\"{}|^`\\ "
     "(write a space as %20)"),
    ("PREFIX ex: <http://example.org/>\n# a comment\n",
     "the query is empty after its PREFIX and BASE lines; write SELECT, CONSTRUCT, ASK or DESCRIBE"),
]


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return KnowledgeGraph.open(None)


@pytest.mark.parametrize(("sparql", "message"), CASES)
def test_the_python_api_names_the_place_the_token_and_a_hint(graph: KnowledgeGraph, sparql: str,
                                                              message: str) -> None:
    with pytest.raises(QueryError) as caught:
        graph.query(sparql)
    assert str(caught.value) == NOT_VALID + message


def test_an_update_is_refused_as_read_only(graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError) as caught:
        graph.query("DELETE WHERE { ?s ?p ?o }")
    assert str(caught.value) == ("[KG030] DELETE is an update, and queries are read-only; change the store with "
                                 "kg build or kg remove (KnowledgeGraph.add, .remove)")


def test_what_no_hint_explains_is_the_parser_s_words_on_one_line_without_character_ranges(
        graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError) as caught:
        graph.query("SELECT ?s WHERE { ?s ?p }")
    assert str(caught.value) == NOT_VALID + "at 1:26, the end of the query (after '}'): the parser expected LATERAL, SERVICE"
    # a raw message holding the Unicode ranges Oxigraph lists for a name: they are left out
    raw = ("error at 1:29: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' | '\\u{00B7}' |\n"
           "'\\u{203F}'..='\\u{2040}'], ['.'], [':'], ['A' ..= 'Z' | 'a' ..= 'z'], ['\\\\'], ['_'], \"a\"")
    error = explain_syntax_error("SELECT ?s WHERE { ?s ?p ?o . ?s ?p }", raw)
    assert str(error) == NOT_VALID + "at 1:29, '?s': the parser expected \"a\""


def test_valid_queries_with_the_tricky_tokens_still_run(graph: KnowledgeGraph) -> None:
    """Blank nodes, numbers with exponents, language tags and paths are no mistakes to the hints."""
    result = graph.query('SELECT ?s WHERE { ?s kg:met/^kg:met ?o ; ?p "x"@en-GB, 1.5e3, _:b1 . '
                         'FILTER(?s <?o || ?o < 3) } ORDER BY ?s LIMIT 1')
    assert result.kind == "select" and len(result) == 0


@pytest.mark.model
@pytest.mark.parametrize(("sparql", "message"), CASES[:6])
def test_the_endpoint_answers_400_with_the_same_line(server, sparql: str, message: str) -> None:  # type: ignore[no-untyped-def]
    answer = post_query(server, sparql)
    assert answer.status == 400
    assert answer.text == NOT_VALID + message + "\n"


@pytest.mark.model
def test_kg_query_prints_the_same_line(seed_store_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["query", CASES[2][0], "--store", str(seed_store_path)])
    assert result.exit_code == 1
    assert result.stderr == f"kg: {NOT_VALID}{CASES[2][1]}\n"
