"""Exports that linked-data tools load: independent parsers, round trips, stable bytes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg import KnowledgeGraph
from kg.errors import ExportError
from tests.conftest import ROOT

DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


def distinct_triples(graph: KnowledgeGraph) -> int:
    return int(graph.query(DISTINCT_TRIPLES).values()[0]["n"] or 0)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} must be installed in CI (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path


@dataclass(frozen=True)
class Exports:
    files: dict[str, Path]
    triples: int  # distinct triples over all article graphs
    quads: int

    def __getitem__(self, format: str) -> Path:
        return self.files[format]

    def count(self, kind: str) -> int:
        return self.triples if kind == "triples" else self.quads


@pytest.fixture(scope="module")
def exports(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Exports:
    folder = tmp_path_factory.mktemp("exports")
    graph = KnowledgeGraph.open(seed_store_path, read_only=True)
    files = {f: Path(graph.export(folder / f"seeds.{f}", f)) for f in  # type: ignore[arg-type]
             ("turtle", "ntriples", "nquads", "trig", "jsonld")}
    return Exports(files, distinct_triples(graph), len(graph))


@pytest.mark.model
def test_turtle_parses_in_rapper_with_the_store_count(exports: Exports) -> None:
    done = subprocess.run([tool("rapper"), "-i", "turtle", "-c", str(exports["turtle"])],
                          capture_output=True, text=True, check=True)
    found = re.search(r"Parsing returned (\d+) triples", done.stderr)
    assert found is not None and int(found.group(1)) == exports.triples


@pytest.mark.model
@pytest.mark.parametrize(("format", "syntax", "count"), [("turtle", "turtle", "triples"),
                                                         ("ntriples", "ntriples", "triples"),
                                                         ("nquads", "nquads", "quads"), ("trig", "trig", "quads")])
def test_every_rdf_export_parses_in_serdi(exports: Exports, format: str, syntax: str, count: str) -> None:
    done = subprocess.run([tool("serdi"), "-i", syntax, "-o", "nquads", str(exports[format])],
                          capture_output=True, text=True, check=True)
    assert len(done.stdout.splitlines()) == exports.count(count)


@pytest.mark.model
@pytest.mark.parametrize(("format", "rdflib_format"), [("turtle", "turtle"), ("ntriples", "nt"),
                                                       ("jsonld", "json-ld")])
def test_rdflib_reads_the_same_graph(exports: Exports, format: str, rdflib_format: str) -> None:
    reference = rdflib.Graph().parse(exports["ntriples"], format="nt")
    if format == "jsonld":
        dataset = rdflib.Dataset()
        dataset.parse(exports[format], format=rdflib_format)
        reparsed = rdflib.Graph()
        for s, p, o, _g in dataset.quads((None, None, None, None)):
            reparsed.add((s, p, o))
    else:
        reparsed = rdflib.Graph().parse(exports[format], format=rdflib_format)
    assert len(reparsed) == exports.triples
    assert isomorphic(reparsed, reference)


@pytest.mark.model
def test_nquads_round_trip_keeps_every_named_graph(exports: Exports, seed_store_path: Path) -> None:
    store = pyoxigraph.Store()
    store.load(path=str(exports["nquads"]), format=pyoxigraph.RdfFormat.N_QUADS)
    original = KnowledgeGraph.open(seed_store_path, read_only=True)
    assert sorted(map(str, store)) == sorted(str(q) for q in original.store.quads())


@pytest.mark.model
def test_jsonld_is_json_with_one_graph_per_article(exports: Exports) -> None:
    document = json.loads(exports["jsonld"].read_text(encoding="utf-8"))
    assert len(document) == 5 and all("@graph" in graph for graph in document)


@pytest.mark.model
def test_turtle_is_byte_identical_across_hash_seeds(seed_store_path: Path, tmp_path: Path) -> None:
    digests = set()
    for seed in ("1", "2", "random"):
        out = tmp_path / f"seed-{seed}.ttl"
        subprocess.run([sys.executable, "-m", "kg", "export", "--format", "turtle", "-o", str(out),
                        "--store", str(seed_store_path)], cwd=ROOT, check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        digests.add(out.read_bytes())
    assert len(digests) == 1


def test_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    graph = KnowledgeGraph.open(None)
    with pytest.raises(ExportError, match=r"\[KG040\] unknown export format 'rdfxml'; use one of turtle, "):
        graph.export(tmp_path / "x", "rdfxml")
    assert not (tmp_path / "x").exists()


def test_empty_store_exports_empty_documents() -> None:
    graph = KnowledgeGraph.open(None)
    for format in ("turtle", "ntriples", "nquads", "trig"):
        data = graph.export(None, format)
        assert isinstance(data, bytes)
        assert list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.from_extension(
            {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig"}[format]))) == []
