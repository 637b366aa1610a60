"""Loading the spaCy pipeline and running it over articles.

Layer: nlp, over errors and types; must not import kg.ingest, kg.registry, kg.extract or any layer
above.
"""

from kg.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse_articles

__all__ = ["DEFAULT_MODEL", "load_pipeline", "parse_articles"]
