"""kg: news articles in, a knowledge graph out (spaCy -> RDF -> SPARQL, HTML, Turtle)."""

from kg.errors import KGError
from kg.graph import BuildReport, KnowledgeGraph
from kg.types import Article, Entity, Mention, Relation, Span, TimeValue

__version__ = "0.1.0"
__all__ = ["Article", "BuildReport", "Entity", "KGError", "KnowledgeGraph", "Mention", "Relation", "Span",
           "TimeValue", "__version__"]
