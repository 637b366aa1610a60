"""The embedded store: one named graph per article, in Oxigraph on disk."""

from kg.store.oxigraph import ArticleStore

__all__ = ["ArticleStore"]
