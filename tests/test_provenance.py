"""Every statement says where it came from in PROV-O and NIF; builds are reproducible."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.ingest import read_articles
from kg.rdf.provenance import build_time, datetime_literal
from tests.conftest import ROOT, SEEDS

README = ROOT / "ontology" / "README.md"
EPOCH = "1700000000"  # 2023-11-14T22:13:20Z


@pytest.fixture(scope="module")
def seeds(seed_store_path: Path) -> KnowledgeGraph:
    return KnowledgeGraph.open(seed_store_path, read_only=True)


def provenance_query() -> str:
    section = README.read_text(encoding="utf-8").split("## Provenance", 1)[1]
    return re.search(r"```sparql\n(.*?)```", section, flags=re.DOTALL).group(1)  # type: ignore[union-attr]


@pytest.mark.model
def test_readme_query_goes_from_a_direct_triple_to_the_sentence(seeds: KnowledgeGraph) -> None:
    rows = seeds.query(provenance_query()).values()
    assert len(rows) == 2, rows
    seed = next(a for a in read_articles([str(SEEDS / "000_4dd0882b0b80ae72.txt")]) if not isinstance(a, Exception))
    for row in rows:
        begin, end = int(row["begin"] or -1), int(row["end"] or -1)
        assert seed.text[begin:end] == row["sentence"]
        assert row["article"] == "https://w3id.org/kg-news/id/article/000-4dd0882b0b80ae72-f9f1cefa70"
        assert row["extractor"] == "stance.affiliation.v1"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row["built"] or "")
        assert (row["software"] or "").startswith("kg 0.1.0 with en_core_web_sm")
    assert "disregarded" in (rows[0]["sentence"] or "")


@pytest.mark.model
def test_every_relation_triple_leads_back_to_a_sentence(seeds: KnowledgeGraph) -> None:
    orphans = seeds.query("""
        SELECT DISTINCT ?s ?p ?o WHERE {
          { SELECT DISTINCT ?p WHERE { ?x rdf:predicate ?p } }
          ?s ?p ?o .
          FILTER NOT EXISTS {
            ?st rdf:predicate ?p ; kg:evidenceSpan/nif:anchorOf ?sentence ; prov:wasGeneratedBy ?build .
            { ?st rdf:subject ?s ; rdf:object ?o } UNION { ?st rdf:subject ?o ; rdf:object ?s }
          }
        }""").values()
    assert orphans == []
    assert len(seeds.query("SELECT DISTINCT ?s WHERE { ?s kg:criticized|kg:met|kg:said ?o }")) > 5


@pytest.mark.model
def test_spans_agree_with_the_article_text(seeds: KnowledgeGraph) -> None:
    texts = {a.id: a.text for a in read_articles([str(SEEDS)]) if not isinstance(a, Exception)}
    rows = seeds.query("""
        SELECT DISTINCT ?id ?span ?begin ?end ?anchor ?start ?stop ?evidence ?length WHERE {
          ?st kg:evidenceSpan ?span ; kg:charStart ?start ; kg:charEnd ?stop ; kg:evidence ?evidence ;
              prov:wasDerivedFrom/kg:articleId ?id .
          ?span a nif:Sentence ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?anchor ;
                nif:referenceContext ?context .
          ?context a nif:Context ; nif:endIndex ?length ; nif:sourceUrl/kg:articleId ?id .
        }""").values()
    assert len(rows) > 40
    for row in rows:
        begin, end = int(row["begin"] or -1), int(row["end"] or -1)
        assert (begin, end) == (int(row["start"] or -2), int(row["stop"] or -2))
        assert row["anchor"] == row["evidence"] == texts[row["id"] or ""][begin:end]
        assert (row["span"] or "").endswith(f"#char={begin},{end}")
        assert int(row["length"] or 0) == len(texts[row["id"] or ""])


@pytest.mark.model
def test_every_statement_has_one_activity_with_agent_and_time(seeds: KnowledgeGraph) -> None:
    rows = seeds.query("""
        SELECT ?st (COUNT(DISTINCT ?build) AS ?n) WHERE {
          ?st a kg:Statement .
          OPTIONAL { ?st prov:wasGeneratedBy ?build . ?build a prov:Activity ; prov:used ?article ;
                     prov:startedAtTime ?t ; prov:wasAssociatedWith ?agent .
                     ?agent a prov:SoftwareAgent ; schema:softwareVersion "0.1.0" .
                     ?st prov:wasDerivedFrom ?article }
        } GROUP BY ?st""").values()
    assert rows and all(row["n"] == "1" for row in rows)
    graphs = seeds.query("SELECT DISTINCT ?g ?t WHERE { GRAPH ?g { ?g prov:wasGeneratedBy ?b ; "
                         "prov:generatedAtTime ?t } }").values()
    assert len(graphs) == 5


@pytest.mark.model
def test_provenance_adds_at_most_40_percent_of_quads(seeds: KnowledgeGraph) -> None:
    """The standard-vocabulary provenance stays modest (30 % on the seeds when written)."""
    added = seeds.query("""
        SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o .
          FILTER(?p IN (prov:wasGeneratedBy, kg:evidenceSpan, schema:sameAs, kg:iso3166)
                 || STRSTARTS(STR(?s), "https://w3id.org/kg-news/id/activity/")
                 || STRSTARTS(STR(?s), "https://w3id.org/kg-news/id/agent/")
                 || STRSTARTS(STR(?s), "https://w3id.org/kg-news/id/text/")
                 || STRSTARTS(STR(?s), "https://w3id.org/kg-news/id/graph/")) } }""").values()[0]["n"]
    total = len(seeds)
    assert int(added or 0) <= 0.40 * (total - int(added or 0)), (added, total)


def test_build_time_honours_source_date_epoch() -> None:
    assert build_time({"SOURCE_DATE_EPOCH": EPOCH}) == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)
    assert datetime_literal(build_time({"SOURCE_DATE_EPOCH": EPOCH})).value == "2023-11-14T22:13:20Z"
    now = build_time({"SOURCE_DATE_EPOCH": "not a number"})
    assert now.microsecond == 0 and abs((dt.datetime.now(dt.UTC) - now).total_seconds()) < 5
    assert build_time({}).tzinfo is dt.UTC


@pytest.mark.model
@pytest.mark.slow
def test_two_fresh_builds_give_byte_identical_exports(tmp_path: Path) -> None:
    """Reproducible builds: SOURCE_DATE_EPOCH set, different hash seeds, different stores."""
    outputs = []
    for seed in ("1", "2"):
        folder = tmp_path / f"build-{seed}"
        subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--store", str(folder / "store"),
                        "--exports", str(folder / "exports"), "--no-progress"], cwd=ROOT, check=True,
                       capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": EPOCH})
        for format in ("trig", "jsonld"):
            subprocess.run([sys.executable, "-m", "kg", "export", "--format", format, "-o",
                            str(folder / "exports" / f"seeds.{format}"), "--store", str(folder / "store")],
                           cwd=ROOT, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append({name: (folder / "exports" / name).read_bytes()
                        for name in ("seeds.ttl", "seeds.trig", "seeds.jsonld")})
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], name
    assert b'"2023-11-14T22:13:20Z"^^xsd:dateTime' in outputs[0]["seeds.ttl"]
