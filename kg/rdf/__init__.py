"""From resolved articles to RDF: namespaces, IRI minting, quads.

Layer: rdf, over resolution; must not import kg.store or any layer above it.
"""

from kg.rdf.build import article_quads
from kg.rdf.mint import article_iri, entity_iri, graph_iri
from kg.rdf.namespaces import PREFIXES, sparql_prologue

__all__ = ["PREFIXES", "article_iri", "article_quads", "entity_iri", "graph_iri", "sparql_prologue"]
