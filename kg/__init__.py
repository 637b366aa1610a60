"""kg: news articles in, a knowledge graph out (spaCy -> RDF -> SPARQL, HTML, Turtle)."""

from kg.errors import KGError
from kg.graph import BuildReport, KnowledgeGraph
from kg.types import Article, Entity, Mention, Relation, Span, TimeValue
from kg.version import __version__

__all__ = ["Article", "BuildReport", "Entity", "KGError", "KnowledgeGraph", "Mention", "Relation", "Span",
           "TimeValue", "__version__"]
