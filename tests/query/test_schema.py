"""``kg schema`` and ``KnowledgeGraph.schema()`` on the seeds build: the vocabulary a user can query with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import KnowledgeGraph
from kg.cli import app
from kg.extract.vocabulary import PREDICATES
from kg.query.schema import OPEN_SHOWN, compute_schema, ontology_terms

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_schema(seed_store_path: Path):  # type: ignore[no-untyped-def]
    with KnowledgeGraph.open(seed_store_path, read_only=True) as graph:
        yield graph.schema(), graph


def test_every_ontology_term_is_listed_even_when_unused(seeds_schema) -> None:  # type: ignore[no-untyped-def]
    schema, _ = seeds_schema
    names = {t.iri for t in [*schema.classes, *schema.predicates]}
    assert set(ontology_terms()) <= names
    acquired = schema.find("kg:acquired")
    assert acquired is not None
    # the seeds hold no acquisition, yet the user learns the term, what it means and the words for it
    assert (acquired.kind, acquired.label, acquired.count, acquired.statements, acquired.example) == (
        "relation", "acquired", 0, 0, "")
    assert acquired.comment == 'Someone acquired, bought or purchased something, often a company: "Google bought YouTube".'
    assert "buy" in acquired.words and acquired.words == tuple(dict.fromkeys(
        (*PREDICATES["acquired"].frames, *PREDICATES["acquired"].nouns)))


def test_counts_agree_with_a_plain_query_for_every_term(seeds_schema) -> None:  # type: ignore[no-untyped-def]
    schema, graph = seeds_schema
    for term in schema.predicates:
        triples = graph.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{term.iri}> ?o }}").values()[0]["n"]
        stated = graph.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?st rdf:predicate <{term.iri}> }}").values()[0]["n"]
        assert (term.count, term.statements) == (int(triples or 0), int(stated or 0)), term.name
    for term in schema.classes:
        n = graph.query(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{term.iri}> }}").values()[0]["n"]
        assert term.count == int(n or 0), term.name


def test_examples_read_as_sentences_with_labels(seeds_schema) -> None:  # type: ignore[no-untyped-def]
    schema, _ = seeds_schema
    shown = {t.name: (t.kind, t.count, t.statements, t.example) for t in schema.predicates}
    assert shown["kg:met"] == ("relation", 2, 2, "Donald Trump met Kim Jong-un")
    assert shown["kg:criticized"] == ("relation", 2, 4, "Francisco Bencosme criticized Donald Trump")
    assert shown["kg:worksFor"] == ("relation", 4, 5, "Bob Mansfield works for Apple Inc.")
    assert shown["kgrel:challenge"] == ("open relation", 0, 2, "Donald Trump challenge North Korea's human rights record")
    # (no "Mobile" of "Mobile, Alabama": the only city of its name, it is labelled "Mobile"; no "Apple" for Apple Inc.:
    # the article of the Apple Corps and Apple Computer case names two firms of that word, so the store's one full
    # name does not decide which "Apple" it means)
    assert shown["skos:altLabel"] == ("attribute", 19, 0, "European Union skos:altLabel EU")
    person = schema.find("kg:Person")
    assert person is not None and (person.label, person.count) == ("person", 14)
    # relations first, most stated first; then the open ones; then the attributes
    kinds = [t.kind for t in schema.predicates]
    assert kinds == sorted(kinds, key=["relation", "open relation", "attribute"].index)


def test_the_same_store_gives_the_same_schema(seeds_schema) -> None:  # type: ignore[no-untyped-def]
    schema, graph = seeds_schema
    assert compute_schema(lambda q: graph.query(q).values()) == schema


def test_kg_schema_table_and_json(seed_store_path: Path) -> None:
    table = runner.invoke(app, ["schema", "--store", str(seed_store_path)])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0].startswith("Classes") and any(line.startswith("Predicates") for line in lines)
    assert "│ kg:met                 │ relation      │ 2       │ 2          │ Donald Trump met Kim Jong-un" in table.stdout
    assert "│ kg:acquired            │ relation      │ 0       │ 0          │" in table.stdout
    opened = [line for line in lines if "│ open relation │" in line]
    assert len(opened) == OPEN_SHOWN
    assert lines[-1] == "22 classes, 142 predicates; 13 less used open relations not shown (--all lists them)"
    every = runner.invoke(app, ["schema", "--store", str(seed_store_path), "--all"])
    assert len([line for line in every.stdout.splitlines() if "│ open relation │" in line]) == OPEN_SHOWN + 13
    assert every.stdout.splitlines()[-1] == "22 classes, 142 predicates"

    as_json = runner.invoke(app, ["schema", "--store", str(seed_store_path), "--format", "json"])
    assert as_json.exit_code == 0
    data = json.loads(as_json.stdout)
    assert data["prefixes"]["kg"] == "https://w3id.org/kg-news/ontology#"
    (acquired,) = [t for t in data["predicates"] if t["name"] == "kg:acquired"]
    assert acquired["words"][:3] == ["acquire", "buy", "purchase"]
    assert len(data["classes"]) == 22 and len(data["predicates"]) == 142


def test_kg_schema_refusals_are_one_line(seed_store_path: Path, tmp_path: Path) -> None:
    bad = runner.invoke(app, ["schema", "--store", str(seed_store_path), "--format", "xml"])
    assert bad.exit_code == 2 and bad.stderr == "kg: [KG090] unknown schema format 'xml'; use table or json\n"
    missing = runner.invoke(app, ["schema", "--store", str(tmp_path / "nope")])
    assert missing.exit_code == 1 and missing.stderr.count("\n") == 1 and "no store at" in missing.stderr
