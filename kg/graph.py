"""The Python API: ``KnowledgeGraph`` opens a store, adds articles, answers queries.

    >>> from kg import KnowledgeGraph
    >>> graph = KnowledgeGraph.open(None)          # in memory; a path persists
    >>> graph.query("ASK { ?s ?p ?o }").boolean
    False
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.export import export as export_store
from kg.ingest import read_articles
from kg.query.sparql import QueryResult, run_query
from kg.rdf import article_quads, graph_iri
from kg.store import ArticleStore
from kg.types import Article

if TYPE_CHECKING:
    import networkx as nx

    from kg.viz import RenderReport

#: bump when extraction output changes, so a re-run rebuilds every article
EXTRACTION_VERSION = "1"
DEFAULT_STORE = "kg-store"


@dataclass
class BuildReport:
    """What one ``add`` did: counts, the problems met, and how long it took."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    quads: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """False only when inputs were given and not one article could be built or kept."""
        return bool(self.added or self.unchanged or not self.errors)


#: called as ``progress(done, total)`` after each article
ProgressFn = Callable[[int, int], None]


class KnowledgeGraph:
    """A knowledge graph of news articles in an embedded, persistent store.

    Articles are read, parsed with spaCy, turned into RDF and written one
    article per transaction into their own named graph; building an article
    again replaces exactly that graph, and an unchanged article is skipped.
    """

    def __init__(self, store: ArticleStore, *, model: str | None = None) -> None:
        self.store = store
        self.model_name = model
        self._nlp: Any = None

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = DEFAULT_STORE, *, model: str | None = None,
             read_only: bool = False) -> KnowledgeGraph:
        """Open (or create) the store at ``path``; ``None`` keeps everything in memory."""
        return cls(ArticleStore(path, read_only=read_only), model=model)

    # -- building --------------------------------------------------------------
    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from kg.nlp import load_pipeline

            self._nlp = load_pipeline(self.model_name)
        return self._nlp

    def model_id(self) -> str:
        from kg.nlp.pipeline import model_id

        return model_id(self.nlp)

    def add(self, paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = 5_000_000,
            force: bool = False, progress: ProgressFn | None = None) -> BuildReport:
        """Read articles from files, directories or ``-`` (stdin) and add them.

        Unreadable inputs are reported in ``BuildReport.errors`` and skipped;
        everything else is still built.
        """
        report = BuildReport()
        articles: list[Article] = []
        for item in read_articles([str(p) for p in paths], max_bytes=max_bytes):
            if isinstance(item, InputError):
                report.errors.append(item)
            else:
                articles.append(item)
        return self.add_articles(articles, force=force, progress=progress, report=report)

    def add_articles(self, articles: Iterable[Article], *, force: bool = False,
                     progress: ProgressFn | None = None, report: BuildReport | None = None) -> BuildReport:
        """Extract and store articles; each is written in one transaction."""
        from kg.extract import extract
        from kg.nlp import parse_articles
        from kg.resolve import resolve

        report = report or BuildReport()
        started = time.perf_counter()
        model = self.model_id()
        todo: list[Article] = []
        articles = list(articles)
        hashes = {article.id: self._content_hash(article, model) for article in articles}
        for article in articles:
            if not force and self.store.content_hash(graph_iri(article.id)) == hashes[article.id]:
                report.unchanged.append(article.id)
            else:
                todo.append(article)
        done = len(report.unchanged)
        for article, doc in parse_articles(self.nlp, todo):
            if isinstance(doc, InputError):
                report.errors.append(doc)
            else:
                extraction = extract(doc, anchor=article.date)
                resolved = resolve(article, extraction.mentions, extraction.relations)
                quads = article_quads(resolved, model=model, content_hash=hashes[article.id])
                self.store.replace_article(graph_iri(article.id), quads)
                report.added.append(article.id)
                report.quads += len(quads)
            done += 1
            if progress:
                progress(done, len(articles))
        self.store.flush()
        report.seconds = time.perf_counter() - started
        return report

    @staticmethod
    def _content_hash(article: Article, model: str) -> str:
        payload = f"{article.content_key}|{model}|{EXTRACTION_VERSION}"
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def remove(self, article_id: str) -> bool:
        """Delete one article's graph; False if it was not stored."""
        return self.store.remove_article(graph_iri(article_id))

    # -- using -----------------------------------------------------------------
    def query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        """Run read-only SPARQL over all articles (common prefixes predeclared)."""
        return run_query(self.store, sparql, max_rows=max_rows)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The entity graph: entities as nodes, asserted relations as edges with evidence."""
        from kg.viz.project import to_networkx

        return to_networkx(self.store)

    def visualize(self, path: str | os.PathLike[str], *, focus: str | None = None, hops: int = 2,
                  max_nodes: int = 300, title: str = "kg") -> RenderReport:
        """Write an offline, self-contained HTML view of the graph (or of one entity's neighbourhood)."""
        from kg.errors import QueryError
        from kg.viz import render_html
        from kg.viz.project import ego_graph, find_node

        import networkx as nx

        graph = self.to_networkx()
        if graph.number_of_edges():
            # an entity in no relation says nothing in a picture of relations
            graph.remove_nodes_from(list(nx.isolates(graph)))
        center = None
        if focus is not None:
            center = find_node(graph, focus)
            if center is None:
                raise QueryError(f"no entity named {focus!r} in the graph; "
                                 "check the spelling or run a query for rdfs:label")
            graph = ego_graph(graph, center, hops)
        return render_html(graph, path, title=title, max_nodes=max_nodes, focus=center)

    def export(self, path: str | os.PathLike[str] | None, format: str = "turtle") -> bytes | Path:
        """Export every article graph; written atomically, byte-stable for the same content."""
        return export_store(self.store, path, format)

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        self.store.flush()
        del self.store

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
