"""A SPARQL 1.1 server as kg's store: one named graph per article, over HTTP.

``kg build --store http://host:7878/query`` writes into an existing triple
store server instead of the embedded one, for a corpus that has outgrown one
machine. Only the standard library talks HTTP (``urllib.request``): kg sends a
handful of requests per article, and keep-alive would save ~1 ms per request
on the loopback (measured in ``bench/store.py``), not worth a dependency.

Protocols, and why each is used where it is:

* **SPARQL 1.1 Query** (POST ``application/sparql-query``): every read.
  SELECT/ASK come back as SPARQL JSON and are parsed by pyoxigraph into the
  same ``QuerySolutions``/``QueryBoolean`` the embedded store returns;
  CONSTRUCT/DESCRIBE come back as N-Triples and are handed on as a
  ``QueryTriples``, so :func:`kg.query.sparql.run_query` cannot tell the
  backends apart.
* **SPARQL 1.1 Update** (POST ``application/sparql-update``): every write.
  An article is replaced by *one* request, ``DROP SILENT GRAPH <g> ;
  INSERT DATA { GRAPH <g> { ... } }``: Oxigraph server runs one update
  request as one transaction, and so does Fuseki on TDB2 (one write
  transaction per request). Virtuoso runs an update request in its default
  transaction mode too, but with ``log_enable(2)`` (row autocommit, often set
  for bulk loads) a crash can leave part of a request: not tested here.
* **Graph Store Protocol**: only to dump the whole dataset as N-Quads in one
  streamed request (``GET /store`` on Oxigraph server). Not for writes: in the
  Oxigraph server source read for this, ``PUT ?graph=`` clears the graph and
  then loads the body as two steps, and Virtuoso's and Fuseki's GSP paths and
  parameters differ; the Update request is atomic and the same everywhere.
  Other servers are dumped graph by graph with ``CONSTRUCT``.

Union default graph: kg's queries read the union of the article graphs.
Oxigraph server is asked per request (``?union-default-graph``), as the
embedded store is; start it *without* ``--union-default-graph``: server-wide,
that flag makes Oxigraph ignore a query's ``FROM`` (tested). Fuseki needs
``tdb2:unionDefaultGraph true`` in its dataset config; Virtuoso queries all
graphs by default. A query against a server that is not in that mode runs
over its (empty) default graph and finds nothing.

Auth: user and password from the URL (``http://user:pw@host/sparql-auth``)
or ``KG_STORE_USER``/``KG_STORE_PASSWORD``; Basic or Digest, whichever the
server asks for (Virtuoso's ``/sparql-auth`` asks for Digest). Credentials
never appear in error messages or ``repr``.

Layer: store, over the RDF; must not import kg.query or any layer above it.
"""

from __future__ import annotations

import io
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryResultsFormat, RdfFormat

from kg.errors import StoreError, store_unreachable
from kg.rdf.namespaces import ONTOLOGY, PREFIXES
from kg.rdf.mint import ENTITIES_GRAPH
from kg.store.base import remove_update, replace_update, voters_query

#: seconds before a request gives up; ``KG_STORE_TIMEOUT`` overrides
DEFAULT_TIMEOUT = 60.0
_PROLOGUE = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
_RESULTS_JSON = "application/sparql-results+json"
_RESULTS_XML = "application/sparql-results+xml"
_GRAPH_TYPES = {"application/n-triples": RdfFormat.N_TRIPLES, "text/plain": RdfFormat.N_TRIPLES,
                "text/turtle": RdfFormat.TURTLE, "application/rdf+xml": RdfFormat.RDF_XML}


def is_url(location: object) -> bool:
    """True when ``--store`` names a SPARQL endpoint rather than a directory."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def _redact(url: str) -> str:
    """The URL without user:password, for messages."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def default_endpoints(query_url: str) -> tuple[str, str, str | None]:
    """Update and Graph Store URLs for a query URL, Oxigraph-server style.

    ``…/query`` → ``…/update`` and ``…/store`` (Oxigraph server; Fuseki's
    ``/ds/query`` → ``/ds/update`` fits too). A bare ``http://host:port/``
    gets ``/query``, ``/update``, ``/store``. Any other path (Virtuoso's
    ``/sparql``) takes updates at the same URL and has no Graph Store URL.
    """
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    if path == "":
        return at("/query"), at("/update"), at("/store")
    if path.endswith("/query"):
        base = path[: -len("/query")]
        return query_url, at(base + "/update"), at(base + "/store")
    return query_url, query_url, None


class _QueryTriplesFrom:
    """Turn N-Triples bytes into a real ``pyoxigraph.QueryTriples``.

    pyoxigraph cannot build a ``QueryTriples`` from Python, and run_query
    dispatches on that type; loading the triples into a throw-away in-memory
    store and asking it for them is the cheapest way to get one.
    """

    @staticmethod
    def make(data: bytes, rdf_format: RdfFormat) -> pyoxigraph.QueryTriples:
        scratch = pyoxigraph.Store()
        scratch.load(data, format=rdf_format, to_graph=pyoxigraph.DefaultGraph())
        return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")  # type: ignore[return-value]


class RemoteStore:
    """kg's store on a SPARQL 1.1 server (Query + Update, Graph Store protocol for dumps).

    Guarantees (on Oxigraph server, tested in ``tests/store``; on Fuseki/TDB2
    by its documented transaction per request; Virtuoso see the module doc):
      * :meth:`replace_article` is one HTTP request and one server transaction:
        readers see the old graph or the whole new one.
      * Every method either does what it says or raises
        :class:`~kg.errors.StoreError` naming the URL (never the credentials)
        and the HTTP status; a request never waits longer than ``timeout``.
      * Opening checks the endpoint answers (``ASK {}``), so a wrong URL fails
        at once, like a wrong directory.

    Not guaranteed: two builds against one server are not locked out (the
    server serialises their transactions; per article, the last one wins).
    """

    transactional: ClassVar[bool] = True
    persistent: ClassVar[bool] = True
    lockable: ClassVar[bool] = False

    def __init__(self, url: str, *, update_url: str | None = None, gsp_url: str | None = None,
                 read_only: bool = False, timeout: float | None = None,
                 user: str | None = None, password: str | None = None) -> None:
        parts = urllib.parse.urlsplit(url)
        user = user or (urllib.parse.unquote(parts.username) if parts.username else None) \
            or os.environ.get("KG_STORE_USER")
        password = password or (urllib.parse.unquote(parts.password) if parts.password else None) \
            or os.environ.get("KG_STORE_PASSWORD")
        query_url, default_update, default_gsp = default_endpoints(_redact(url))
        self.query_url = query_url
        self.update_url = _redact(update_url or os.environ.get("KG_STORE_UPDATE_URL") or default_update)
        gsp = gsp_url or os.environ.get("KG_STORE_GSP_URL") or default_gsp
        self.gsp_url = _redact(gsp) if gsp else None
        self.read_only = read_only
        self.timeout = timeout if timeout is not None else float(os.environ.get("KG_STORE_TIMEOUT", DEFAULT_TIMEOUT))
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for endpoint in {self.query_url, self.update_url, self.gsp_url} - {None}:
                passwords.add_password(None, endpoint, user, password or "")  # type: ignore[arg-type]
            handlers += [urllib.request.HTTPBasicAuthHandler(passwords),
                         urllib.request.HTTPDigestAuthHandler(passwords)]
        # no ProxyHandler from the environment: kg's store is a server the user named, not the web
        handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)
        self.server = ""
        headers = self._request(self.query_url, b"ASK {}", "application/sparql-query", _RESULTS_JSON,
                                what="opening the store")[1]
        self.server = headers.get("Server", "") or ""
        #: Oxigraph server takes ?union-default-graph per request and dumps the dataset with GET /store
        self.is_oxigraph = self.server.lower().startswith("oxigraph")

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r}, server={self.server!r})"

    # -- HTTP ------------------------------------------------------------------
    def _request(self, url: str, body: bytes | None, content_type: str | None, accept: str | None, *,
                 method: str = "POST", what: str, stream: bool = False) -> tuple[Any, Any]:
        """One HTTP request; returns (body bytes or the open response, headers).

        Raises ``SyntaxError`` for a 400 on a query (the server's message: the
        query is invalid), :class:`StoreError` for everything else.
        """
        request = urllib.request.Request(url, data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        if accept:
            request.add_header("Accept", accept)
        try:
            response = self._opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as err:
            detail = err.read(600).decode("utf-8", "replace").strip().splitlines()
            message = detail[0][:300] if detail else err.reason
            err.close()
            if err.code == 400 and what == "query":
                raise SyntaxError(f"{message} (the server at {_redact(url)} rejected it)") from None
            raise StoreError(f"{what} failed: {_redact(url)} answered HTTP {err.code}: {message}"
                             + ("; check KG_STORE_USER and KG_STORE_PASSWORD" if err.code in (401, 403) else "")
                             ) from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise store_unreachable(_redact(url), str(reason)) from None
        if stream:
            return response, response.headers
        with response:
            return response.read(), response.headers

    def _update(self, sparql: str, what: str) -> None:
        if self.read_only:
            raise StoreError(f"{what} refused: the store at {self.query_url} was opened read-only")
        self._request(self.update_url, sparql.encode("utf-8"), "application/sparql-update", None, what=what)

    def _select(self, sparql: str) -> pyoxigraph.QuerySolutions:
        result = self.query(sparql)
        assert isinstance(result, pyoxigraph.QuerySolutions)
        return result

    # -- writing ---------------------------------------------------------------
    def replace_article(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        """Replace an article's named graph with ``quads``: one Update request, one transaction."""
        old_voters = [row["e"] for row in self._select(voters_query(graph))]
        self._update(replace_update(ENTITIES_GRAPH, graph, quads, old_voters), f"writing {graph.value}")

    def remove_article(self, graph: NamedNode) -> bool:
        """Delete an article's graph; False if there was none."""
        if not self.contains_named_graph(graph):
            return False
        voters = [row["e"] for row in self._select(voters_query(graph))]
        self._update(remove_update(ENTITIES_GRAPH, graph, voters), f"removing {graph.value}")
        return True

    def flush(self) -> None:
        """Nothing to do: the server made each update durable before it answered."""

    # -- reading ---------------------------------------------------------------
    def contains_named_graph(self, graph: NamedNode) -> bool:
        """True if ``graph`` holds data on the server (servers differ on empty graphs; kg never makes one)."""
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def content_hash(self, graph: NamedNode) -> str | None:
        """The content hash recorded when the article was last built, if it is stored."""
        for row in self._select(f"SELECT ?h WHERE {{ GRAPH {graph} {{ ?a <{ONTOLOGY}contentHash> ?h }} }} LIMIT 1"):
            return str(row["h"].value)
        return None

    def query(self, sparql: str, **options: Any) -> Any:
        """Run SPARQL on the server over the union of the article graphs, kg's prefixes predeclared.

        ``use_default_graph_as_union`` (default True), ``default_graph`` and
        ``named_graphs`` map onto the protocol's parameters; other pyoxigraph
        options are refused rather than silently ignored.
        """
        union = options.pop("use_default_graph_as_union", True)
        params: list[tuple[str, str]] = []
        for graph in _as_list(options.pop("default_graph", None)):
            params.append(("default-graph-uri", graph.value))
        for graph in _as_list(options.pop("named_graphs", None)):
            params.append(("named-graph-uri", graph.value))
        if options:
            raise StoreError(f"query options {', '.join(sorted(options))} are not supported on a SPARQL server")
        if union and not params and self.is_oxigraph:
            params.append(("union-default-graph", ""))
        url = self.query_url + ("?" + urllib.parse.urlencode(params) if params else "")
        # the prologue goes first; a PREFIX the query declares itself overrides ours, as in pyoxigraph
        data, headers = self._request(
            url, (_PROLOGUE + sparql).encode("utf-8"), "application/sparql-query",
            f"{_RESULTS_JSON}, application/n-triples;q=0.9, {_RESULTS_XML};q=0.5, text/turtle;q=0.5",
            what="query")
        media = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == _RESULTS_JSON:
            return pyoxigraph.parse_query_results(data, QueryResultsFormat.JSON)
        if media == _RESULTS_XML:
            return pyoxigraph.parse_query_results(data, QueryResultsFormat.XML)
        if media in _GRAPH_TYPES:
            return _QueryTriplesFrom.make(data, _GRAPH_TYPES[media])
        raise StoreError(f"query failed: {self.query_url} answered with {media or 'no content type'}, "
                         "not SPARQL results or N-Triples")

    def quads(self) -> Iterator[Quad]:
        """Every quad of every named graph: one streamed N-Quads dump on Oxigraph, else graph by graph."""
        if self.is_oxigraph and self.gsp_url:
            response, _headers = self._request(self.gsp_url, None, None, "application/n-quads", method="GET",
                                               what="dumping the store", stream=True)
            with response:
                for quad in pyoxigraph.parse(io.BufferedReader(response), format=RdfFormat.N_QUADS):
                    if not isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
                        yield quad
            return
        for graph in self.graphs():
            for triple in self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"):
                yield Quad(triple.subject, triple.predicate, triple.object, graph)

    def graphs(self) -> list[NamedNode]:
        """The named graphs holding data, sorted by IRI."""
        # Oxigraph lists named graphs from its graph index; elsewhere a DISTINCT over the quads is portable
        pattern = "GRAPH ?g { }" if self.is_oxigraph else "GRAPH ?g { ?s ?p ?o }"
        found = {row["g"] for row in self._select(f"SELECT DISTINCT ?g WHERE {{ {pattern} }}")}
        return sorted((g for g in found if isinstance(g, NamedNode)), key=lambda g: g.value)

    def __len__(self) -> int:
        """The number of quads in named graphs."""
        for row in self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"):
            return int(row["n"].value)
        return 0


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple, set)) else [value]


__all__ = ["RemoteStore", "default_endpoints", "is_url"]
