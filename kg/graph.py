"""The Python API: ``KnowledgeGraph`` opens a store, adds articles, answers queries.

    >>> from kg import KnowledgeGraph
    >>> graph = KnowledgeGraph.open(None)          # in memory; a path persists
    >>> graph.query("ASK { ?s ?p ?o }").boolean
    False

Layer: the Python API, under the command line only; must not import kg.cli.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, graph_closed, store_read_only
from kg.export import export as export_store
from kg.ingest import read_articles
from kg.query.sparql import QueryResult, run_query
from kg.rdf import article_quads, graph_iri
from kg.store import KGStore, open_store
from kg.store.writer import BatchWriter
from kg.types import Article

if TYPE_CHECKING:
    import networkx as nx

    from kg.extract import Extraction
    from kg.query.schema import Schema
    from kg.resolve import NameIndex
    from kg.validate import ValidationReport
    from kg.viz import RenderReport
    from kg.viz.paths import PathResult
    from kg.viz.views import ViewOptions

#: articles whose stored content hashes one query reads (a build into Oxigraph server asked once an article: a
#: third of the building process's CPU a quad, 37.4 -> 26.3 us, bench/projection.py)
_HASH_CHECK_ARTICLES = 64
#: bump when extraction output changes, so a re-run rebuilds every article
EXTRACTION_VERSION = "67"
DEFAULT_STORE = "kg-store"
#: the file in a store directory that records the exports ``kg build`` wrote from it (see exports_current)
EXPORTS_RECORD = "kg-exports.json"
#: an article may take this many times its parsing time in kg's own passes (extraction, resolution,
#: RDF) before it is cut off; all of them are near-linear in its length, so only a pathology gets there
DEFAULT_TIME_BUDGET = 5.0
#: ... and never less than this many seconds (a short article's parse time is noise)
MIN_ARTICLE_SECONDS = 20.0


@dataclass
class BuildReport:
    """What one ``add`` did: counts, the problems met, and how long it took."""

    #: every article written: new ones, changed ones and (with ``force``) rebuilt ones
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    quads: int = 0
    seconds: float = 0.0
    #: of ``added``: articles the store held in another version (edited, or another model or kg version)
    changed: list[str] = field(default_factory=list)
    #: of ``added``: articles the store held in this same version, built again because of ``force``
    rebuilt: list[str] = field(default_factory=list)
    #: of ``added``: articles without a date (relative dates in them stay unresolved; date filters skip them)
    undated: list[str] = field(default_factory=list)

    @property
    def new(self) -> list[str]:
        """The articles of ``added`` the store did not hold before."""
        before = set(self.changed) | set(self.rebuilt)
        return [article for article in self.added if article not in before]

    @property
    def ok(self) -> bool:
        """False only when inputs were given and not one article could be built or kept."""
        return bool(self.added or self.unchanged or not self.errors)


#: called as ``progress(done, total)`` after each article (built, failed or unchanged); ``total`` is None when
#: the input's length is not known ahead (``add`` reads its files as it builds)
ProgressFn = Callable[[int, int | None], None]


class KnowledgeGraph:
    """A knowledge graph of news articles in an embedded, persistent store.

    Articles are read, parsed with spaCy, turned into RDF and written one
    article per transaction into their own named graph; building an article
    again replaces exactly that graph, and an unchanged article is skipped.
    """

    def __init__(self, store: KGStore, *, model: str | None = None) -> None:
        self._store: KGStore | None = store
        self.model_name = model
        self._nlp: Any = None

    @property
    def store(self) -> KGStore:
        """The store; a closed graph raises :class:`~kg.errors.GraphClosedError`."""
        if self._store is None:
            raise graph_closed()
        return self._store

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = DEFAULT_STORE, *, model: str | None = None,
             read_only: bool = False, **store_options: Any) -> KnowledgeGraph:
        """Open (or create) the store at ``path``; ``None`` keeps everything in memory.

        An ``http://`` or ``https://`` URL is a SPARQL 1.1 server's query endpoint
        (:class:`kg.store.RemoteStore`; ``store_options``: ``update_url``, ``gsp_url``, ``timeout``).
        """
        return cls(open_store(path, read_only=read_only, **store_options), model=model)

    # -- building --------------------------------------------------------------
    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from kg.nlp import load_pipeline

            self._nlp = load_pipeline(self.model_name)
        return self._nlp

    def model_id(self) -> str:
        """The pipeline's ``lang_name-version``, as provenance records it; read from the installed package
        without loading the pipeline when it is not loaded yet (an all-unchanged build never loads it)."""
        from kg.nlp.pipeline import installed_model_id, model_id

        if self._nlp is None:
            found = installed_model_id(self.model_name)
            if found is not None:
                return found
        return model_id(self.nlp)

    def add(self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, max_bytes: int = 5_000_000,
            force: bool = False, progress: ProgressFn | None = None,
            time_budget: float = DEFAULT_TIME_BUDGET, jobs: int | None = None,
            cluster: str | None = None) -> BuildReport:
        """Read articles from a file, directory or ``-`` (stdin), or a list of them, and add them.

        The input is read as it is built, never held whole (so ``progress`` gets no total). Unreadable
        inputs, and articles that fail or run over their time budget (see :meth:`add_articles`), are
        reported in ``BuildReport.errors`` and skipped; everything else is still built. A string is one
        path, never a list of characters. ``jobs`` and ``cluster``: see :meth:`add_articles`.

        Raises:
            TypeError: ``paths`` is not a path or an iterable of paths.
        """
        return self._build(read_articles(_as_paths(paths), max_bytes=max_bytes), total=None, force=force,
                           progress=progress, report=BuildReport(), time_budget=time_budget, jobs=jobs,
                           cluster=cluster)

    def add_articles(self, articles: Iterable[Article], *, force: bool = False,
                     progress: ProgressFn | None = None, report: BuildReport | None = None,
                     time_budget: float = DEFAULT_TIME_BUDGET, jobs: int | None = None,
                     cluster: str | None = None) -> BuildReport:
        """Extract and store articles; each is written in one transaction.

        Every article runs under its own error boundary and time budget: one that fails, or whose
        extraction, resolution and RDF take more than ``time_budget`` times its parsing time (at
        least :data:`MIN_ARTICLE_SECONDS`; 0: no budget), is one error in the report, nothing of it is
        stored, and the batch goes on. An article id met again in the same batch is an error too.

        ``jobs`` worker processes parse and extract (default: the usable cores; 1: all in this process;
        input that fits one chunk of 32 articles always runs here); resolution and store writes stay
        in this process, in input order, so the store ends up the same for every ``jobs``. ``articles``
        is read lazily, a bounded number ahead of the writes; ``progress`` gets its total when it has
        a length.

        ``cluster``, the address of a Dask distributed scheduler (``tcp://host:8786``; ``pip install
        "kg-news[cluster]"``), sends the parsing and extraction to that cluster's workers instead of local
        processes (``jobs`` must then be None or 1): each worker loads the model once, and the store is the
        same as with ``jobs=1``; only this process writes it.

        Raises:
            ClusterError: ``cluster`` given, and Dask distributed is not installed here, the scheduler does not
                answer or stops answering, or its workers cannot build (another model or kg version); the
                articles written before are whole.
        """
        total = len(articles) if isinstance(articles, Sized) else None
        return self._build(articles, total=total, force=force, progress=progress, report=report or BuildReport(),
                           time_budget=time_budget, jobs=jobs, cluster=cluster)

    def _build(self, items: Iterable[Article | InputError], *, total: int | None, force: bool,
               progress: ProgressFn | None, report: BuildReport, time_budget: float,
               jobs: int | None, cluster: str | None = None) -> BuildReport:
        from kg.build import Built, ToBuild, article_failed, build_in_order, usable_cores
        from kg.rdf.link import GAZETTEER
        from kg.resolve import RecordedNames, resolve

        if self.store.read_only:
            raise store_read_only(str(getattr(self.store, "path", None) or "(the store)"),
                                  "it was opened read-only")
        if cluster is not None and jobs not in (None, 1):
            raise ValueError(f"jobs={jobs} and cluster={cluster!r} exclude each other: the cluster's workers parse "
                             "(leave jobs out), or this machine's processes do (leave cluster out)")
        jobs = usable_cores() if jobs is None else jobs
        if jobs < 1:
            raise ValueError(f"jobs must be 1 or more, not {jobs}")
        started = time.perf_counter()
        model = self.model_id()
        taken: set[str] = set()

        def triaged(batch: list[Article | InputError]) -> Iterator[object]:
            """Each article of ``batch`` to build, with its content hash; an unchanged one and a read error as
            they are. The stored hashes of the batch are read at once (one query on a server); ids are unique
            past this point, so no write of the build can touch a graph between its read and its article."""
            checked: list[Article | InputError] = []
            for item in batch:
                if isinstance(item, Article) and item.id in taken:  # its store check would race with its first
                    # occurrence's write
                    item = InputError(item.path or item.id, f"duplicate article id {item.id!r} in this batch (the "
                                                            "first one was built); give each article a unique id")
                elif isinstance(item, Article):
                    taken.add(item.id)
                checked.append(item)
            graphs = {item.id: graph_iri(item.id) for item in checked if isinstance(item, Article)}
            stored = self.store.content_hashes(list(graphs.values()))
            for item in checked:
                if isinstance(item, InputError):
                    yield item
                    continue
                content_hash = self._content_hash(item, model)
                held = stored.get(graphs[item.id])
                if not force and held == content_hash:
                    yield item
                else:
                    yield ToBuild(item, content_hash, None if held is None else held == content_hash)

        def triage() -> Iterator[object]:
            """:func:`triaged` over the input, :data:`_HASH_CHECK_ARTICLES` items at a time (read as they come)."""
            batch: list[Article | InputError] = []
            for item in items:
                batch.append(item)
                if len(batch) == _HASH_CHECK_ARTICLES:
                    yield from triaged(batch)
                    batch = []
            yield from triaged(batch)

        # An article's result never depends on the order articles come in or on what the store held (row 12 of
        # issue 9): each is resolved against the full names known so far ("Apple Inc." for "Apple") and written
        # at once, so that store writes overlap parsing; the questions it asked of the names are kept, and once
        # the whole batch is known, an article that the complete names would answer otherwise is resolved again
        # and rewritten. Only multi-word names enter the index, and those do not depend on the names known.
        # Everything of an article alone (parse, extraction, resolution with no names known, its quads) may run
        # in worker processes (kg.build); here, in input order, the names known so far answer the questions that
        # resolution asked, and only an article they answer otherwise is resolved again, so the names known to
        # each article are the same for every ``jobs``.
        names: NameIndex | None = None  # read from the store before this build's first write
        done = 0
        # Store writes run in one thread beside parsing (Oxigraph releases the GIL while it writes); one
        # worker keeps them in article order, and a bounded queue keeps memory flat.
        with tempfile.TemporaryFile(prefix="kg-build-") as spill, \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store-writer") as executor, \
                closing(build_in_order(triage(), jobs=jobs, nlp=lambda: self.nlp, model=self.model_name,
                                       model_id=model, factor=time_budget, floor=MIN_ARTICLE_SECONDS,
                                       cluster=cluster)) as outcomes:
            # articles that queue behind a write go in the next one together (one request on a server)
            writer = BatchWriter(self.store, executor)
            drain = writer.drain

            asked_some = 0
            for outcome in outcomes:
                if isinstance(outcome, InputError):  # unreadable: not an article, not counted in progress
                    report.errors.append(outcome)
                    continue
                if isinstance(outcome, Article):
                    report.unchanged.append(outcome.id)
                elif not isinstance(outcome, Built):
                    raise TypeError(f"build_in_order gave back {type(outcome).__name__}")  # kg's own mistake
                elif outcome.alone is None:
                    report.errors.append(outcome.error or article_failed(outcome.article, RuntimeError("no result")))
                else:
                    article, alone, budget = outcome.article, outcome.alone, outcome.alone.budget
                    if names is None:
                        names = self._known_names()
                    try:
                        if all(names.full_name(entity_type, short) is None for entity_type, short, _ in alone.asked):
                            quads, asked = alone.quads, alone.asked  # the names known answer as none would
                        else:  # a name it uses alone is known in full: resolve it here, against the names known
                            known = RecordedNames(names)
                            resolved = resolve(article, alone.extraction.mentions, alone.extraction.relations,
                                               known=known, places=GAZETTEER,
                                               team_sport=alone.extraction.team_sport)
                            budget.check()
                            quads = article_quads(resolved, model=model, content_hash=outcome.content_hash)
                            budget.check()
                            asked = known.asked
                    except Exception as error:
                        report.errors.append(article_failed(article, error))
                    else:
                        # the names it adds are those it has alone: a full name it took from the names known can
                        # merge two of its entities and change a type, and so depend on the order
                        names.add_all(alone.names)
                        names.add_all(("Person", author) for author in article.authors)
                        writer.submit(graph_iri(article.id), quads)
                        report.added.append(article.id)
                        if outcome.tag is not None:  # True: stored in this same version; False: in another
                            (report.rebuilt if outcome.tag else report.changed).append(article.id)
                        if article.date is None:
                            report.undated.append(article.id)
                        report.quads += len(quads)
                        if asked:
                            pickle.dump((article, alone.extraction_pickle(), budget, asked, len(quads),
                                         outcome.content_hash), spill, protocol=pickle.HIGHEST_PROTOCOL)
                            asked_some += 1
                done += 1
                if progress:
                    progress(done, total)
                drain()
            spill.seek(0)
            for _ in range(asked_some):
                article, pickled, budget, asked, written, content_hash = pickle.load(spill)
                assert names is not None  # an article asked the names, so they were read
                if all(names.full_name(entity_type, short) == answer for entity_type, short, answer in asked):
                    continue  # the complete names answer as the names known then did: the article stands
                budget.resume()
                extraction: Extraction = pickle.loads(pickled)
                try:
                    resolved = resolve(article, extraction.mentions, extraction.relations, known=names,
                                       places=GAZETTEER, team_sport=extraction.team_sport)
                    budget.check()
                    quads = article_quads(resolved, model=model, content_hash=content_hash)
                    budget.check()
                except Exception as error:
                    drain(0)
                    self.store.remove_article(graph_iri(article.id))  # nothing of it stays: not half a result
                    for listed in (report.added, report.changed, report.rebuilt, report.undated):
                        if article.id in listed:
                            listed.remove(article.id)
                    report.quads -= written
                    report.errors.append(article_failed(article, error))
                else:
                    writer.submit(graph_iri(article.id), quads)
                    report.quads += len(quads) - written
                drain()
            drain(0)
        self.store.flush()
        report.seconds = time.perf_counter() - started
        return report

    def _known_names(self) -> NameIndex:
        """The full names of the people and organisations already in the store."""
        from kg.resolve import NameIndex

        index = NameIndex()
        rows = self.query("SELECT DISTINCT ?type ?label WHERE { VALUES ?type { kg:Person kg:Organization } "
                          "?e a ?type ; rdfs:label ?label }").values()
        index.add_all(((row["type"] or "").rsplit("#", 1)[-1], row["label"] or "") for row in rows)
        return index

    @staticmethod
    def _content_hash(article: Article, model: str) -> str:
        payload = f"{article.content_key}|{model}|{EXTRACTION_VERSION}"
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def remove(self, article_id: str) -> bool:
        """Delete one article's graph; False if it was not stored."""
        if self.store.read_only:
            raise store_read_only(str(getattr(self.store, "path", None) or "(the store)"), "it was opened read-only")
        return self.store.remove_article(graph_iri(article_id))

    # -- using -----------------------------------------------------------------
    def query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        """Run read-only SPARQL over all articles (common prefixes predeclared).

        ``result.warnings`` names each ``kg:`` term the ontology does not declare (it matches nothing),
        with the term it likely means: ``kg:critcized`` -> ``kg:criticized``, ``kg:bought`` -> ``kg:acquired``.
        """
        from kg.query.terms import unknown_terms

        result = run_query(self.store, sparql, max_rows=max_rows)
        result.warnings = unknown_terms(sparql)
        return result

    def schema(self) -> Schema:
        """The ontology's classes and predicates and the store's own, with labels, comments, counts in this
        store and one example each (see :func:`kg.query.schema.compute_schema`); ``.render("table")`` prints it."""
        from kg.query.schema import compute_schema

        return compute_schema(lambda sparql: self.query(sparql).values())

    def to_networkx(self, *, article: str | None = None, predicates: str | Iterable[str] | None = None,
                    since: str | None = None, until: str | None = None,
                    types: str | Iterable[str] | None = None, layer: str = "entity",
                    isolated: bool = False) -> nx.MultiDiGraph:
        """The entity graph: entities as nodes, asserted relations as edges with evidence.

        ``layer="open"`` (or ``"all"``) draws the open statements between entities too;
        ``isolated=True`` keeps entities in no relation. The optional filters are those of
        :func:`kg.network.to_networkx`.
        """
        from kg.network import to_networkx

        return to_networkx(self.store, article=article, predicates=predicates, since=since, until=until,
                           types=types, layer=layer, isolated=isolated)

    def visualize(self, path: str | os.PathLike[str], options: ViewOptions | None = None,
                  **changes: Any) -> RenderReport:
        """Write an offline, self-contained HTML view of the graph; see :func:`kg.viz.views.visualize`.

        ``options`` is a :class:`kg.viz.views.ViewOptions`; its fields can also be given as keywords
        (``focus="Donald Trump", hops=1``). The returned report shows the page inline in Jupyter.
        """
        from kg.viz.views import visualize

        return visualize(self.store, path, options, **changes)

    def to_pyvis(self, options: ViewOptions | None = None, **changes: Any) -> Any:
        """The view :meth:`visualize` draws, as a ``pyvis.network.Network`` (same entities, relations, colours,
        sizes, positions, tooltips) to restyle and ``.show("graph.html")`` as pyvis users do; see
        :func:`kg.viz.views.to_pyvis`. Options as for :meth:`visualize`."""
        from kg.viz.views import to_pyvis

        return to_pyvis(self.store, options, **changes)

    def to_rdflib(self) -> Any:
        """The store as an ``rdflib.Dataset`` (one named graph per article, the default graph their union),
        backed by the store itself through oxrdflib: nothing is copied; rdflib's SPARQL, serialisers and
        tools work on it."""
        dataset = getattr(self.store, "rdflib_dataset", None)
        if dataset is None:
            raise TypeError(f"{type(self.store).__name__} has no rdflib view; open a store directory or None")
        return dataset()

    def path(self, a: str, b: str, max_hops: int = 4) -> PathResult:
        """The shortest paths between two entities (label, alias or IRI), relations in either direction."""
        from kg.viz.paths import shortest_paths

        return shortest_paths(self.to_networkx(), a, b, max_hops=max_hops)

    def export(self, path: str | os.PathLike[str] | None, format: str = "turtle",
               layer: str = "entity") -> bytes | Path:
        """Export every article graph (turtle, ntriples, nquads, trig, jsonld: both layers) or the entity
        graph (graphml, gexf; ``layer`` open or all adds the open statements); written atomically,
        byte-stable for the same content."""
        return export_store(self.store, path, format, layer)

    def state(self) -> str:
        """A fingerprint of what the store holds: every article graph's content hash, and the number of quads.

        Equal fingerprints mean the same articles built the same way (so the same exports); cheap (one
        query over the hashes), unlike comparing exports.
        """
        from kg.version import __version__

        rows = self.query("SELECT ?g ?h WHERE { GRAPH ?g { ?article kg:contentHash ?h } }").values()
        pairs = sorted(f"{row['g']} {row['h']}" for row in rows)
        payload = "\n".join([__version__, str(len(self)), *pairs])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def exports_current(self, paths: Iterable[str | os.PathLike[str]]) -> bool:
        """Whether files written by :meth:`record_exports` are still there, untouched, and of this store's state.

        Always False for a store kg cannot keep a record in (in memory, or a SPARQL server).
        """
        record = self._export_record()
        if record is None:
            return False
        state = self.state()
        for path in paths:
            seen = record.get(str(Path(path).resolve()))
            if not seen or seen.get("state") != state or seen.get("file") != _file_stamp(Path(path)):
                return False
        return True

    def record_exports(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Note that ``paths`` were just written from the store as it is (for :meth:`exports_current`)."""
        import json

        from kg.atomic import atomic_write_bytes

        record = self._export_record()
        where = getattr(self.store, "path", None)
        if record is None or where is None:
            return
        state = self.state()
        for path in paths:
            record[str(Path(path).resolve())] = {"state": state, "file": _file_stamp(Path(path))}
        atomic_write_bytes(Path(where) / EXPORTS_RECORD, json.dumps(record, sort_keys=True, indent=1).encode())

    def _export_record(self) -> dict[str, Any] | None:
        import json

        where = getattr(self.store, "path", None)
        if where is None or self.store.read_only:
            return None
        try:
            found = json.loads((Path(where) / EXPORTS_RECORD).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def validate(self, shapes: str | os.PathLike[str] | None = None) -> ValidationReport:
        """Check every article graph against the SHACL shapes (default: the packaged ontology/shapes.ttl)."""
        from kg.validate import validate_quads

        return validate_quads(self.store.quads(), shapes=shapes)

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        """Flush and let go of the store; closing again does nothing, any other use raises GraphClosedError."""
        if self._store is not None:
            store, self._store = self._store, None
            store.flush()
            store_close = getattr(store, "close", None)
            if callable(store_close):
                store_close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _file_stamp(path: Path) -> list[int] | None:
    """A file's size and modification time, or None when it is gone: any rewrite or edit changes it."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _as_paths(paths: object) -> list[str]:
    """``paths`` as a list of path strings: one path (a str or PathLike) or an iterable of them.

    A str is never iterated: its characters are not paths (``"/"`` would walk the whole disk)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif isinstance(paths, (bytes, bytearray)) or not isinstance(paths, Iterable):
        raise TypeError(f"add() takes a path (str or os.PathLike) or an iterable of paths, not "
                        f"{type(paths).__name__} {paths!r:.80}")
    found: list[str] = []
    for item in paths:
        path = os.fspath(item) if isinstance(item, (str, os.PathLike)) else None
        if not isinstance(path, str):
            raise TypeError(f"add() takes a path (str or os.PathLike) or an iterable of paths; one item is "
                            f"{type(item).__name__} {item!r:.80}")
        found.append(path)
    return found
