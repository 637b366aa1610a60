"""Loading the spaCy pipeline and running it over articles."""

from kg.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse_articles

__all__ = ["DEFAULT_MODEL", "load_pipeline", "parse_articles"]
