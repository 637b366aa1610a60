"""The controlled vocabulary is one table (kg/extract/vocabulary.py PREDICATES); the ontology
and the SHACL shapes say the same thing about every predicate in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.extract.vocabulary import PREDICATES, VERB_FRAMES

ROOT = Path(__file__).resolve().parents[1]
KG = Namespace("https://w3id.org/kg-news/ontology#")
KGSH = Namespace("https://w3id.org/kg-news/shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "ontology" / "shapes.ttl")


def _classes(graph: Graph, node: URIRef) -> set[str]:
    """The local names of a class or of an owl:unionOf of classes."""
    union = graph.value(node, OWL.unionOf)
    members = list(Collection(graph, union)) if union is not None else [node]
    return {str(m).rsplit("#", 1)[-1] for m in members}


@pytest.mark.parametrize("name", sorted(PREDICATES))
def test_every_predicate_is_an_ontology_property_with_its_types(ontology: Graph, name: str) -> None:
    spec = PREDICATES[name]
    prop = KG[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology or (prop, RDF.type, OWL.DatatypeProperty) in ontology
    assert ontology.value(prop, RDFS.label) is not None and ontology.value(prop, RDFS.comment) is not None
    assert (prop, RDF.type, OWL.SymmetricProperty) in ontology if spec.symmetric else True
    if name in {"said", "publisher", "datePublished", "worksFor", "leaderOf", "locatedIn", "basedIn", "livesIn",
                "met", "visited", "attended", "criticized", "praised", "supported", "opposed", "urged", "accused",
                "denied", "announced", "signed", "released", "sued", "killed", "acquired"}:
        return  # terms of ontology 0.2.0, whose wider domain and range stay for data built before
    assert _classes(ontology, ontology.value(prop, RDFS.domain)) == set(spec.domain)
    assert _classes(ontology, ontology.value(prop, RDFS.range)) == set(spec.range)


@pytest.mark.parametrize("name", sorted(set(PREDICATES) - {"said", "publisher", "datePublished"}))
def test_every_predicate_has_a_shape_with_the_same_types(shapes: Graph, name: str) -> None:
    spec = PREDICATES[name]
    shape = KGSH[f"{name}Shape"]
    assert (shape, SH.targetSubjectsOf, KG[name]) in shapes

    def alternatives(node: URIRef) -> set[str]:
        return {str(shapes.value(member, SH["class"])).rsplit("#", 1)[-1]
                for member in Collection(shapes, shapes.value(node, SH["or"]))}

    assert alternatives(shape) == set(spec.domain)
    (prop,) = list(shapes.objects(shape, SH.property))
    assert shapes.value(prop, SH.path) == KG[name]
    assert alternatives(prop) == set(spec.range)


def test_a_verb_frame_says_one_predicate() -> None:
    frames = [frame.rstrip("!") for spec in PREDICATES.values() for frame in spec.frames]
    assert len(frames) == len(set(frames)) == len(VERB_FRAMES)


def test_domain_and_range_are_entity_types() -> None:
    from typing import get_args

    from kg.types import EntityType

    known = set(get_args(EntityType)) | {"Literal"}
    for spec in PREDICATES.values():
        assert spec.domain <= known and spec.range <= known, spec.name
