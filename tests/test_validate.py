"""ontology/shapes.ttl: the seeds build conforms, and planted errors are each reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad
from typer.testing import CliRunner

from kg import KnowledgeGraph
from kg.cli import app
from kg.errors import ValidationError
from kg.rdf.namespaces import ONTOLOGY, PREFIXES
from kg.validate import ValidationReport, ontology_file, validate_quads

runner = CliRunner()
KG = ONTOLOGY
RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
TRUMP = NamedNode("https://w3id.org/kg-news/id/entity/donald-trump")


@pytest.fixture(scope="module")
def seeds_report(seed_store_path: Path) -> ValidationReport:
    graph = KnowledgeGraph.open(seed_store_path, read_only=True)
    report = graph.validate()
    del graph
    return report


@pytest.mark.model
def test_seeds_build_has_no_violation(seeds_report: ValidationReport) -> None:
    assert seeds_report.conforms, f"{len(seeds_report.violations)} violation(s):\n{seeds_report}"
    assert seeds_report.triples > 1000
    assert seeds_report.seconds < 30  # about 0.5 s on the 2,400 triples of the seeds


def test_shapes_are_packaged_and_parse() -> None:
    import rdflib

    shapes = rdflib.Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert len(set(shapes.subjects(rdflib.RDF.type, sh.NodeShape))) >= 12


@pytest.mark.slow  # the first pySHACL run
def test_an_empty_graph_conforms() -> None:
    assert KnowledgeGraph.open(None).validate().conforms


def _statement(graph: KnowledgeGraph, *, without: str) -> NamedNode:
    row = graph.query(f"SELECT ?st WHERE {{ ?st a kg:Statement ; kg:evidence ?e . "
                      f"FILTER NOT EXISTS {{ ?st kg:{without} ?x }} }} ORDER BY ?st LIMIT 1").values()[0]
    return NamedNode(row["st"])


def _graph_of(graph: KnowledgeGraph, node: NamedNode) -> NamedNode:
    return next(q.graph_name for q in graph.store.raw.quads_for_pattern(node, None, None, None))


@pytest.mark.model
def test_planted_violations_are_each_reported(seed_graph: KnowledgeGraph) -> None:
    raw = seed_graph.store.raw
    # 1. a second rdfs:label on an entity (in another article's graph: the union has two)
    other = max(seed_graph.store.graphs(), key=lambda g: g.value)
    raw.add(Quad(TRUMP, RDFS_LABEL, Literal("Donald J. Trump"), other))
    # 2. a statement without its evidence sentence
    no_evidence = _statement(seed_graph, without="time")
    for quad in list(raw.quads_for_pattern(no_evidence, NamedNode(KG + "evidence"), None, None)):
        raw.remove(quad)
    # 3. an untyped date: kg:time as a plain string
    untyped = next(NamedNode(r["st"]) for r in seed_graph.query(
        "SELECT ?st WHERE { ?st a kg:Statement ; kg:evidence ?e . FILTER NOT EXISTS { ?st kg:time ?t } } "
        "ORDER BY DESC(?st) LIMIT 1").values())
    assert untyped != no_evidence
    raw.add(Quad(untyped, NamedNode(KG + "time"), Literal("2019-02-28"), _graph_of(seed_graph, untyped)))

    report = seed_graph.validate()
    found = {(v.focus, v.path) for v in report.violations}
    assert ("kgid:entity/donald-trump", "rdfs:label") in found, report
    assert (f"kgid:{no_evidence.value.rsplit('/id/', 1)[1]}", "kg:evidence") in found, report
    assert (f"kgid:{untyped.value.rsplit('/id/', 1)[1]}", "kg:time") in found, report
    messages = {v.path: v.message for v in report.violations}
    assert "exactly one" in messages["rdfs:label"]
    assert "evidence sentence" in messages["kg:evidence"]
    assert "typed literal" in messages["kg:time"]
    assert not report.conforms


@pytest.mark.model
def test_planted_article_date_and_confidence(seed_graph: KnowledgeGraph) -> None:
    article = NamedNode(seed_graph.query("SELECT ?a WHERE { ?a a schema:NewsArticle } ORDER BY ?a LIMIT 1")
                        .values()[0]["a"])
    graph = _graph_of(seed_graph, article)
    date = NamedNode(PREFIXES["schema"] + "datePublished")
    raw = seed_graph.store.raw
    for quad in list(raw.quads_for_pattern(article, date, None, None)):
        raw.remove(quad)
    raw.add(Quad(article, date, Literal("Feb. 28, 2024"), graph))
    statement = _statement(seed_graph, without="negated")
    raw.add(Quad(statement, NamedNode(KG + "confidence"),
                 Literal("1.5", datatype=NamedNode(PREFIXES["xsd"] + "decimal")), _graph_of(seed_graph, statement)))
    paths = {v.path for v in seed_graph.validate().violations}
    assert {"schema:datePublished", "kg:confidence"} <= paths


@pytest.mark.model
def test_cli_validate_exit_codes(seed_store_path: Path, tmp_path: Path) -> None:
    path = str(tmp_path / "store")
    shutil.copytree(seed_store_path, path, ignore=shutil.ignore_patterns("LOCK"))
    graph = KnowledgeGraph.open(path)
    graph.store.raw.add(Quad(TRUMP, RDFS_LABEL, Literal("Trump, Donald"), graph.store.graphs()[0]))
    graph.close()
    result = runner.invoke(app, ["validate", "--store", path])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines and all(line.startswith("kgid:entity/donald-trump rdfs:label: ") for line in lines), lines
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = runner.invoke(app, ["validate", "--store", path, "--shapes", str(bad)])
    assert result.exit_code == 1 and "[KG050]" in result.output


@pytest.mark.model
def test_cli_validate_passes_on_the_seeds(seed_store_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--store", str(seed_store_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ""
    assert "0 violation(s)" in result.output


def test_unreadable_shapes_are_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\[KG050\] cannot read the SHACL shapes"):
        validate_quads([], shapes=tmp_path / "missing.ttl")


@pytest.mark.model
def test_a_wire_story_s_dateline_is_stored_and_conforms(tmp_path: Path) -> None:
    """Reuters-21578's records carry a dateline ("TOKYO, April 24"): it is the article's one schema:dateline, and a
    second one is a violation."""
    import json

    from tests.conftest import shared_data

    corpus = shared_data("data", "reuters21578", "reuters21578.jsonl")
    assert corpus is not None
    with corpus.open(encoding="utf-8") as f:
        records = [json.loads(next(f)) for _ in range(3)]
    source = tmp_path / "three.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    graph = KnowledgeGraph.open(None)
    graph.add([source], jobs=1)
    rows = graph.query("SELECT ?id ?d WHERE { ?a kg:articleId ?id ; schema:dateline ?d }").values()
    assert {(r["id"], r["d"]) for r in rows} == {(r["id"], r["dateline"]) for r in records}
    assert graph.validate().conforms
    article = NamedNode(graph.query("SELECT ?a WHERE { ?a a schema:NewsArticle } ORDER BY ?a LIMIT 1").values()[0]["a"])
    graph.store.raw.add(Quad(article, NamedNode(PREFIXES["schema"] + "dateline"), Literal("PARIS, March 2"),
                             _graph_of(graph, article)))
    assert "schema:dateline" in {v.path for v in graph.validate().violations}
