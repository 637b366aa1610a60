"""IRIs of the kg ontology, the resources kg mints, and the vocabularies it reuses.

Layer: rdf, over resolution; must not import kg.store or any layer above it.
"""

from __future__ import annotations

import functools

from pyoxigraph import NamedNode

ONTOLOGY = "https://w3id.org/kg-news/ontology#"
RESOURCE = "https://w3id.org/kg-news/id/"
#: open predicates: verbs outside the controlled vocabulary
OPEN_RELATION = "https://w3id.org/kg-news/rel/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
DCTERMS = "http://purl.org/dc/terms/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

#: prefixes used in exports and predeclared in queries
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY,
    "kgid": RESOURCE,
    "kgrel": OPEN_RELATION,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "schema": SCHEMA,
    "prov": PROV,
    "sem": SEM,
    "dcterms": DCTERMS,
    "nif": NIF,
}

#: the prefixes Turtle and TriG are written with: minted IRIs have "/" in their local part, which
#: Turtle would have to escape as "\/", so ``kgid:`` is left out and they are written whole
TURTLE_PREFIXES: dict[str, str] = {name: iri for name, iri in PREFIXES.items() if name != "kgid"}


@functools.lru_cache(maxsize=4096)  # a few dozen terms, made for every statement
def kg(local: str) -> NamedNode:
    return NamedNode(ONTOLOGY + local)


@functools.lru_cache(maxsize=4096)
def term(prefix: str, local: str) -> NamedNode:
    return NamedNode(PREFIXES[prefix] + local)


def sparql_prologue() -> str:
    """PREFIX lines for every namespace in :data:`PREFIXES`."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
