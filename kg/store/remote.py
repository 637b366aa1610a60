"""A SPARQL 1.1 server as kg's store: one named graph per article, over HTTP.

``kg build --store http://host:7878/query`` writes into an existing triple
store server instead of the embedded one, for a corpus that has outgrown one
machine. Only the standard library talks HTTP (``urllib.request``): kg sends a
handful of requests per article, and keep-alive would save ~1 ms per request
on the loopback (measured in ``bench/store.py``), not worth a dependency.

Protocols, and why each is used where it is:

* **SPARQL 1.1 Query** (POST, form-encoded ``query=``; Virtuoso 7 never
  answers a POSTed ``application/sparql-query`` body): every read.
  SELECT/ASK come back as SPARQL JSON and are parsed by pyoxigraph into the
  same ``QuerySolutions``/``QueryBoolean`` the embedded store returns;
  CONSTRUCT/DESCRIBE come back as N-Triples and are handed on as a
  ``QueryTriples``, so :func:`kg.query.sparql.run_query` cannot tell the
  backends apart.
* **SPARQL 1.1 Update** (POST ``application/sparql-update``): every write but
  Oxigraph server's bulk loads (below).
  An article is replaced by *one* request, ``DROP SILENT GRAPH <g> ;
  INSERT DATA { GRAPH <g> { ... } }``; a build sends many articles per
  request (:meth:`RemoteStore.replace_articles`, capped per server by its
  :class:`ServerProfile`). Oxigraph server runs one update request as one
  transaction, and so does Fuseki on TDB2 (one write transaction per
  request). Virtuoso runs an update request in its default transaction mode
  too, but with ``log_enable(2)`` (row autocommit, often set for bulk loads)
  a crash can leave part of a request: not tested here. Transient failures
  (reset or refused connections, HTTP 502/503/504) are retried after
  :data:`RETRY_DELAYS`; every write is idempotent, so a request the server
  did but whose answer was lost is simply done again.
* **Graph Store Protocol**: to dump the whole dataset as N-Quads in one
  streamed request (``GET /store`` on Oxigraph server), and on Oxigraph
  server to write the articles a batch adds through its bulk loader
  (``POST /store?no_transaction&lenient``, :attr:`ServerProfile.bulk_load`;
  measured 3.4x the Update rate at 1M quads, bench/store_servers.py), in loads
  of up to :attr:`ServerProfile.max_load_quads` (fewer, bigger loads: the
  server's transactions stall behind the files many small ones leave,
  bench/store_writer.py). That
  load is not a transaction, so it carries every quad of the new articles'
  own graphs but their content hashes, which the batch's Update request adds
  after it with the entity graph's share:
  a build stopped in between leaves articles without a hash, written again
  whole by the next build (one that carried its hash would be skipped).
  Graphs the store holds are replaced by the Update alone. Not ``PUT
  ?graph=`` (Oxigraph clears the graph, then loads the body, as two steps);
  Virtuoso's and Fuseki's GSP paths and parameters differ.
  Other servers are dumped graph by graph with ``CONSTRUCT``.

Union default graph: kg's queries read the union of the article graphs.
Oxigraph server is asked per request (``?union-default-graph``), as the
embedded store is; start it *without* ``--union-default-graph``: server-wide,
that flag makes Oxigraph ignore a query's ``FROM`` (tested). Fuseki needs
``tdb2:unionDefaultGraph true`` in its dataset config; Virtuoso queries all
graphs by default, its own included (its RDF views' metadata ``virtrdf#``,
``ldp#``, its service description and WebDAV graphs): kg keeps those out of
the union with ``DEFINE input:default-graph-exclude`` and out of
``graphs()``/``len()``/``quads()`` with a filter, and out of ``GRAPH ?g``
with ``named-graph-exclude``, for every query that names no graph (Virtuoso
7.2 answers a SELECT with ``GRAPH <iri>`` with no rows when either DEFINE is
set: a query naming a graph and also reading the union or ``GRAPH ?g``
still sees them). A query against a server that is not in that
mode runs over its (empty) default graph and finds nothing.

Per server (:class:`ServerProfile`, chosen by the ``Server`` header of the
first request): Virtuoso 7 answers ASK as a one-row SELECT of
``__ASK_RETVAL`` (turned into a boolean), answers CONSTRUCT as JSON rows when
JSON is asked first (kg asks by query form), rejects SPARQL 1.1's escaped
local names (``kgid:entity\\/``: written as full IRIs before sending), refuses
blank nodes in ``INSERT DATA`` (kg writes none), and its ``DROP`` does not
see an ``INSERT DATA`` of the same graph earlier in the same request (an
article given twice goes in two requests, on every server).

Auth: user and password from the URL (``http://user:pw@host/sparql-auth``)
or ``KG_STORE_USER``/``KG_STORE_PASSWORD``; Basic or Digest, whichever the
server asks for (Virtuoso's ``/sparql-auth`` asks for Digest). Credentials
never appear in error messages or ``repr``.

Layer: store, over the RDF; must not import kg.query or any layer above it.
"""

from __future__ import annotations

import http.client
import io
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryResultsFormat, RdfFormat

from kg.errors import StoreError, store_gone, store_unreachable
from kg.rdf.namespaces import PREFIXES
from kg.rdf.mint import ENTITIES_GRAPH
from kg.store.base import (CONTENT_HASH, batch_voters_query, loadable, remove_update, replace_many_update,
                           replace_update, stored_choices_query, uncontested, voters_query, votes_of)

#: seconds before a request gives up; ``KG_STORE_TIMEOUT`` overrides
DEFAULT_TIMEOUT = 60.0
_PROLOGUE = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
_RESULTS_JSON = "application/sparql-results+json"
_RESULTS_XML = "application/sparql-results+xml"
#: a write is tried again after these many seconds when the server fails in a way that passes (a reset or
#: refused connection, HTTP 502/503/504): a server restarting or a proxy in between; then StoreGoneError
RETRY_DELAYS = (0.5, 2.0, 5.0)
_TRANSIENT_STATUS = frozenset({502, 503, 504})
_GRAPH_TYPES = {"application/n-triples": RdfFormat.N_TRIPLES, "text/plain": RdfFormat.N_TRIPLES,
                "text/turtle": RdfFormat.TURTLE, "application/rdf+xml": RdfFormat.RDF_XML}


def _span(chunk: Sequence[tuple[NamedNode, Sequence[Quad]]]) -> str:
    """How messages name the articles of one request: "3 articles (<first> … <last>)"."""
    first, last = chunk[0][0].value, chunk[-1][0].value
    return f"{len(chunk)} articles ({first}" + (f" … {last})" if len(chunk) > 1 else ")")


def _sent_by_update(loaded: frozenset[NamedNode]) -> Callable[[NamedNode, Sequence[Quad]], Sequence[Quad]]:
    """What an Update request carries of an article: all its quads, or what the bulk load left for it
    (``loaded``: the graphs it wrote; :func:`~kg.store.base.loadable`)."""
    def sent(graph: NamedNode, quads: Sequence[Quad]) -> Sequence[Quad]:
        return [quad for quad in quads if not loadable(quad, ENTITIES_GRAPH)] if graph in loaded else quads
    return sent


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


@dataclass(frozen=True)
class ServerProfile:
    """What kg does differently on one kind of SPARQL server; chosen by the ``Server`` header of the
    request that opens the store (``oxigraph/…``, ``Virtuoso/…``), else :data:`GENERIC`.

    ``max_request_quads`` / ``max_request_bytes`` cap one Update request of a bulk write
    (:meth:`RemoteStore.replace_articles`), ``max_load_quads`` / ``max_load_bytes`` one request to the server's
    bulk loader, so neither kg's nor the server's memory grows with the batch: measured in
    ``bench/store_servers.py``.
    """

    name: str
    #: the union of the named graphs is asked per query with this parameter (Oxigraph: ``union-default-graph``)
    union_parameter: str | None = None
    #: ``GET`` on the Graph Store URL dumps the whole dataset as N-Quads (Oxigraph's ``/store``)
    dumps_dataset: bool = False
    #: ``GRAPH ?g {}`` lists the named graphs from an index (Oxigraph); elsewhere ``DISTINCT ?g`` over quads
    lists_graphs_by_index: bool = False
    #: the SPARQL parser rejects a backslash-escaped local name (``kgid:entity\/``, SPARQL 1.1's PN_LOCAL_ESC):
    #: kg writes such names as full IRIs before sending (Virtuoso 7)
    expands_escaped_names: bool = False
    #: ASK answers as a one-row SELECT of ``?__ASK_RETVAL`` (1 or 0), not a SPARQL boolean (Virtuoso 7)
    ask_as_row: bool = False
    #: the server's own graphs, hidden from every query kg sends (Virtuoso: ``DEFINE
    #: input:default-graph-exclude`` / ``named-graph-exclude``), and a SELECT of ``?g`` finding more of them
    own_graphs: tuple[str, ...] = ()
    own_graphs_query: str | None = None
    max_request_quads: int = 50_000
    max_request_bytes: int = 16_000_000
    #: Oxigraph server's loader turns each request into new RocksDB files; many small loads pile them up
    #: faster than it compacts them, and its transactional writes then stall (docs/scaling.md, "Bulk writes")
    max_load_quads: int = 100_000
    max_load_bytes: int = 40_000_000
    #: query string of a Graph Store ``POST`` of N-Quads that goes through the server's bulk loader (Oxigraph:
    #: ``no_transaction``, and ``lenient``: the body is Oxigraph's own serialisation of terms it checked); new
    #: article graphs are written that way (:meth:`RemoteStore.replace_articles`), ``None``: all by Update
    bulk_load: str | None = None


GENERIC = ServerProfile("generic")
OXIGRAPH = ServerProfile("oxigraph", union_parameter="union-default-graph", dumps_dataset=True,
                         lists_graphs_by_index=True, max_request_quads=20_000, max_request_bytes=8_000_000,
                         bulk_load="no_transaction&lenient")
#: Virtuoso 7 keeps its own graphs in the quad store (virtrdf#: its RDF views' metadata, ldp#, the service
#: description at http://<DefaultHost>/sparql) and reads every graph when a query names none
VIRTUOSO = ServerProfile(
    "virtuoso", ask_as_row=True, expands_escaped_names=True,
    own_graphs=("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#"),
    own_graphs_query="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a "
                     "<http://www.w3.org/ns/sparql-service-description#Service> } }",
    max_request_quads=20_000, max_request_bytes=8_000_000)


def profile_for(server_header: str) -> ServerProfile:
    """The profile of the server that sent ``Server: server_header``."""
    name = server_header.strip().lower()
    if name.startswith("oxigraph"):
        return OXIGRAPH
    if name.startswith("virtuoso"):
        return VIRTUOSO
    return GENERIC


class _Transient(Exception):
    """A failure worth one more try (the server restarting, a proxy's 502/503/504); ``error``: what to raise
    when the tries are spent on a request that is not retried."""

    def __init__(self, reason: str, error: Exception) -> None:
        super().__init__(reason)
        self.reason = reason
        self.error = error


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
                 user: str | None = None, password: str | None = None,
                 retry_delays: Sequence[float] = RETRY_DELAYS, profile: ServerProfile | None = None) -> None:
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
        self.retry_delays = tuple(retry_delays)
        self.server = ""
        self._hide = self._hide_named = self._not_hidden = ""
        headers = self._request(self.query_url, _form([("query", "ASK {}")]), _FORM, _RESULTS_JSON,
                                what="opening the store")[1]
        self.server = headers.get("Server", "") or ""
        self.profile = profile if profile is not None else profile_for(self.server)
        #: Oxigraph server takes ?union-default-graph per request and dumps the dataset with GET /store
        self.is_oxigraph = self.profile.name == "oxigraph"
        own = {NamedNode(iri) for iri in self.profile.own_graphs}
        if self.profile.own_graphs_query:
            for row in self._select(self.profile.own_graphs_query):
                own.add(row["g"])
                if isinstance(row["g"], NamedNode) and row["g"].value.endswith("/sparql"):  # and its WebDAV
                    own.add(NamedNode(row["g"].value[: -len("sparql")] + "DAV/"))
        visible = [g for g in own if isinstance(g, NamedNode) and self.contains_named_graph(g)]
        #: the server's own graphs that this account sees (none on a Virtuoso set up with virtuoso_setup.sql):
        #: kept out of the union default graph, graphs(), len() and quads()
        self.hidden_graphs: list[NamedNode] = sorted(visible, key=lambda g: g.value)
        self._hide = "".join(f"DEFINE input:default-graph-exclude {g}\n" for g in self.hidden_graphs)
        # only before queries that name no graph: see _exclusions
        self._hide_named = "".join(f"DEFINE input:named-graph-exclude {g}\n" for g in self.hidden_graphs)
        self._not_hidden = (f"FILTER(?g NOT IN ({', '.join(str(g) for g in self.hidden_graphs)}))"
                            if self.hidden_graphs else "")

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r}, server={self.server!r}, profile={self.profile.name!r})"

    # -- HTTP ------------------------------------------------------------------
    def _request(self, url: str, body: bytes | None, content_type: str | None, accept: str | None, *,
                 method: str = "POST", what: str, stream: bool = False, retry: bool = False) -> tuple[Any, Any]:
        """One HTTP request; returns (body bytes or the open response, headers).

        Raises ``SyntaxError`` for a 400 on a query (the server's message: the
        query is invalid), :class:`StoreError` for everything else. With ``retry``
        (writes, and the reads a write needs: all idempotent), a transient failure
        is tried again after each of :attr:`retry_delays`; when they are spent,
        :class:`~kg.errors.StoreGoneError`.
        """
        delays = self.retry_delays if retry else ()
        started = time.monotonic()
        for attempt in range(len(delays) + 1):
            try:
                return self._request_once(url, body, content_type, accept, method=method, what=what, stream=stream)
            except _Transient as failure:
                if attempt < len(delays):
                    time.sleep(delays[attempt])
                    continue
                if retry:
                    raise store_gone(_redact(url), failure.reason, attempt + 1,
                                     time.monotonic() - started) from None
                raise failure.error from None
        raise AssertionError("unreachable")

    def _request_once(self, url: str, body: bytes | None, content_type: str | None, accept: str | None, *,
                      method: str, what: str, stream: bool) -> tuple[Any, Any]:
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
            error = StoreError(f"{what} failed: {_redact(url)} answered HTTP {err.code}: {message}"
                               + ("; check KG_STORE_USER and KG_STORE_PASSWORD" if err.code in (401, 403) else ""))
            if err.code in _TRANSIENT_STATUS:
                raise _Transient(f"HTTP {err.code}", error) from None
            raise error from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
            reason = getattr(err, "reason", err)
            error = store_unreachable(_redact(url), str(reason) or type(reason).__name__)
            if _passes(reason):
                raise _Transient(str(reason) or type(reason).__name__, error) from None
            raise error from None
        if stream:
            return response, response.headers
        try:
            with response:
                return response.read(), response.headers
        except (OSError, http.client.HTTPException) as err:  # the connection dropped mid-answer
            error = store_unreachable(_redact(url), f"the answer broke off: {err or type(err).__name__}")
            if _passes(err):
                raise _Transient(str(err) or type(err).__name__, error) from None
            raise error from None

    def _refuse_if_read_only(self, what: str) -> None:
        if self.read_only:
            raise StoreError(f"{what} refused: the store at {self.query_url} was opened read-only")

    def _update(self, sparql: str, what: str) -> None:
        self._refuse_if_read_only(what)
        self._request(self.update_url, sparql.encode("utf-8"), "application/sparql-update", None, what=what,
                      retry=True)

    def _select(self, sparql: str, *, retry: bool = False) -> pyoxigraph.QuerySolutions:
        result = self._query(sparql, retry=retry)
        assert isinstance(result, pyoxigraph.QuerySolutions)
        return result

    # -- writing ---------------------------------------------------------------
    @property
    def write_batch_quads(self) -> int:
        """A load's worth on a server with a bulk loader (its loads are the cheap part), else an Update
        request's."""
        return self._group_caps()[0]

    def _loads(self) -> bool:
        return self.profile.bulk_load is not None and self.gsp_url is not None

    def _group_caps(self) -> tuple[int, int]:
        """(quads, ~bytes) of the articles :meth:`replace_articles` writes together: a load's, or an Update's."""
        profile = self.profile
        return ((profile.max_load_quads, profile.max_load_bytes) if self._loads()
                else (profile.max_request_quads, profile.max_request_bytes))

    def replace_article(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        """Replace an article's named graph with ``quads``: one Update request, one transaction."""
        old_voters = [row["e"] for row in self._select(voters_query(graph), retry=True)]
        self._update(replace_update(ENTITIES_GRAPH, graph, quads, old_voters), f"writing {graph.value}")

    def replace_articles(self, items: Sequence[tuple[NamedNode, Sequence[Quad]]]) -> None:
        """:meth:`replace_article` for each ``(graph, quads)`` in order, many articles per request.

        Guarantees: the store ends as the per-article calls would leave it (see
        :func:`kg.store.base.replace_many_update`); each Update request is one server
        transaction holding whole articles, at most :attr:`ServerProfile.max_request_quads`
        quads and about ``max_request_bytes`` of text (one bigger article goes alone);
        a request that failed in passing is sent again (it drops and inserts, or loads
        the same quads: the same result however often it runs), then
        :class:`~kg.errors.StoreGoneError`. When it raises, the requests before the failing
        one are stored, whole.

        On a server with a bulk loader (:attr:`ServerProfile.bulk_load`: Oxigraph), the
        graphs of a batch that the store does not hold yet are first loaded through it (up
        to :attr:`ServerProfile.max_load_quads` a load), without their content hashes and
        their share of the entity graph, which the Update requests that follow add; a graph
        the store holds is still replaced in those Updates. The bulk load is not a transaction:
        while it runs a reader may see part of a new article, and a build stopped inside it,
        or before the Update that completes an article, leaves new articles with no content
        hash, which the next build writes again whole.
        """
        for group in self._chunks(items, *self._group_caps()):
            stored: dict[NamedNode, list[NamedNode]] = {}
            for row in self._select(batch_voters_query([graph for graph, _ in group]), retry=True):
                held = stored.setdefault(row["g"], [])
                if row["e"] is not None:
                    held.append(row["e"])
            # settling is the costly part of a write: only for entities whose votes may change the winner
            votes: dict[NamedNode, set[object]] = {}
            for _, quads in group:
                for entity, voted in votes_of(quads).items():
                    votes.setdefault(entity, set()).update(voted)
            choices: dict[NamedNode, set[object]] = {}
            if votes:
                query = stored_choices_query(ENTITIES_GRAPH, sorted(votes, key=lambda node: node.value))
                for row in self._select(query, retry=True):
                    choices.setdefault(row["e"], set()).add(row["o"])
            calm = uncontested(votes, choices)
            loaded = self._load_new([(graph, quads) for graph, quads in group if graph not in stored], _span(group))
            # an Update request is cut smaller than a load: Oxigraph server's Update path slows with its size
            # (the drop and insert of 600k held quads: 52 s in requests of 20,000, 64 s of 100,000)
            for chunk in self._chunks(group, self.profile.max_request_quads, self.profile.max_request_bytes,
                                      _sent_by_update(loaded)):
                self._update(replace_many_update(ENTITIES_GRAPH, chunk, stored, calm, loaded),
                             f"writing {_span(chunk)}")

    def _load_new(self, articles: Sequence[tuple[NamedNode, Sequence[Quad]]], span: str) -> frozenset[NamedNode]:
        """Write ``articles`` (graphs the store does not hold) through the server's bulk loader, their
        :func:`~kg.store.base.loadable` quads (not the content hashes, nothing of the entity graph), and return
        their graphs; nothing (and no graph) where the profile has no bulk loader."""
        if not articles or not self._loads():
            return frozenset()
        self._refuse_if_read_only(f"writing {span}")
        # N-Quads serialised by Oxigraph in native code: a third of the time of building INSERT DATA text
        body = pyoxigraph.serialize((quad for _, quads in articles for quad in quads if loadable(quad, ENTITIES_GRAPH)),
                                    format=RdfFormat.N_QUADS)
        self._request(f"{self.gsp_url}?{self.profile.bulk_load}", body, "application/n-quads", None,
                      what=f"loading {span}", retry=True)
        return frozenset(graph for graph, _ in articles)

    @staticmethod
    def _chunks(items: Sequence[tuple[NamedNode, Sequence[Quad]]], max_quads: int, max_bytes: int,
                sent: Callable[[NamedNode, Sequence[Quad]], Sequence[Quad]] = lambda _, quads: quads,
                ) -> Iterator[list[tuple[NamedNode, Sequence[Quad]]]]:
        """``items`` in order, cut where the quads a request sends of them (``sent``: all by default) would pass
        ``max_quads`` or ~``max_bytes``, or where a graph comes again."""
        chunk: list[tuple[NamedNode, Sequence[Quad]]] = []
        names: set[NamedNode] = set()
        quads = size = 0
        for graph, article in items:
            part = sent(graph, article)
            # ~ bytes of INSERT DATA text: measured on kg's output, a quad is ~150 characters; a literal may be long
            weight = sum(len(q.object.value) if isinstance(q.object, pyoxigraph.Literal) else 0 for q in part) \
                + 120 * len(part)
            # an article given twice goes in another request: Virtuoso 7's DROP does not see an INSERT DATA
            # earlier in the same request (its first version stayed: tested in tests/store/test_bulk.py)
            if chunk and (quads + len(part) > max_quads or size + weight > max_bytes or graph in names):
                yield chunk
                chunk, quads, size, names = [], 0, 0, set()
            chunk.append((graph, article))
            names.add(graph)
            quads += len(part)
            size += weight
        if chunk:
            yield chunk

    def remove_article(self, graph: NamedNode) -> bool:
        """Delete an article's graph; False if there was none."""
        if not self.contains_named_graph(graph):
            return False
        voters = [row["e"] for row in self._select(voters_query(graph), retry=True)]
        self._update(remove_update(ENTITIES_GRAPH, graph, voters), f"removing {graph.value}")
        return True

    def flush(self) -> None:
        """Nothing to do: the server made each update durable before it answered."""

    # -- reading ---------------------------------------------------------------
    def contains_named_graph(self, graph: NamedNode) -> bool:
        """True if ``graph`` holds data on the server (servers differ on empty graphs; kg never makes one)."""
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def content_hashes(self, graphs: Sequence[NamedNode]) -> dict[NamedNode, str]:
        """The content hash recorded when each article of ``graphs`` was last built, for those stored: one
        query (a build asks this of every article it reads: a request each cost its building process a third
        of its time a quad)."""
        if not graphs:
            return {}
        values = " ".join(str(graph) for graph in graphs)
        hashes: dict[NamedNode, str] = {}
        for row in self._select(f"SELECT ?g ?h WHERE {{ VALUES ?g {{ {values} }} "
                                f"GRAPH ?g {{ ?a {CONTENT_HASH} ?h }} }}"):
            graph = row["g"]
            if isinstance(graph, NamedNode):
                hashes.setdefault(graph, str(row["h"].value))
        return hashes

    def query(self, sparql: str, **options: Any) -> Any:
        """Run SPARQL on the server over the union of the article graphs, kg's prefixes predeclared.

        ``use_default_graph_as_union`` (default True), ``default_graph`` and
        ``named_graphs`` map onto the protocol's parameters; other pyoxigraph
        options are refused rather than silently ignored.
        """
        return self._query(sparql, **options)

    def _query(self, sparql: str, *, retry: bool = False, **options: Any) -> Any:
        union = options.pop("use_default_graph_as_union", True)
        params: list[tuple[str, str]] = []
        for graph in _as_list(options.pop("default_graph", None)):
            params.append(("default-graph-uri", graph.value))
        for graph in _as_list(options.pop("named_graphs", None)):
            params.append(("named-graph-uri", graph.value))
        if options:
            raise StoreError(f"query options {', '.join(sorted(options))} are not supported on a SPARQL server")
        if union and not params and self.profile.union_parameter:
            params.append((self.profile.union_parameter, ""))
        # the prologue goes first; a PREFIX the query declares itself overrides ours, as in pyoxigraph. Sent
        # form-encoded: every SPARQL 1.1 server takes it (Virtuoso 7 never answers a POSTed sparql-query body)
        graph_form = _query_form(sparql) in ("CONSTRUCT", "DESCRIBE")
        if self.profile.expands_escaped_names and "\\" in sparql:
            sparql = expand_escaped_names(sparql)
        hide = ""
        if self._hide and not params:  # default-graph-uri or named-graph-uri: a dataset named
            default, named = _exclusions(sparql)
            hide = (self._hide if default else "") + (self._hide_named if named else "")
        data, headers = self._request(
            self.query_url, _form([("query", hide + _PROLOGUE + sparql), *params]), _FORM,
            _ACCEPT_GRAPH if graph_form else _ACCEPT_RESULTS, what="query", retry=retry)
        media = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == _RESULTS_JSON:
            if self.profile.ask_as_row and b'"__ASK_RETVAL"' in data[:200]:
                return _ask_from_row(data)
            return pyoxigraph.parse_query_results(data, QueryResultsFormat.JSON)
        if media == _RESULTS_XML:
            return pyoxigraph.parse_query_results(data, QueryResultsFormat.XML)
        if media in _GRAPH_TYPES:
            return _QueryTriplesFrom.make(data, _GRAPH_TYPES[media])
        raise StoreError(f"query failed: {self.query_url} answered with {media or 'no content type'}, "
                         "not SPARQL results or N-Triples")

    def quads(self) -> Iterator[Quad]:
        """Every quad of every named graph: one streamed N-Quads dump on Oxigraph, else graph by graph."""
        if self.profile.dumps_dataset and self.gsp_url:
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
        pattern = "GRAPH ?g { }" if self.profile.lists_graphs_by_index else "GRAPH ?g { ?s ?p ?o }"
        found = {row["g"] for row in self._select(f"SELECT DISTINCT ?g WHERE {{ {pattern} {self._not_hidden} }}")}
        return sorted((g for g in found if isinstance(g, NamedNode)), key=lambda g: g.value)

    def __len__(self) -> int:
        """The number of quads in named graphs."""
        for row in self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._not_hidden} }}"):
            return int(row["n"].value)
        return 0


_FORM = "application/x-www-form-urlencoded"
#: ask for what the query form gives: Virtuoso answers a CONSTRUCT as SPARQL JSON rows when JSON comes first
_ACCEPT_RESULTS = f"{_RESULTS_JSON}, {_RESULTS_XML};q=0.5, application/n-triples;q=0.4"
_ACCEPT_GRAPH = f"application/n-triples, text/turtle;q=0.5, {_RESULTS_JSON};q=0.1"
#: what may come before a query's form keyword: blanks, comments, BASE and PREFIX declarations
_PROLOGUE_ITEM = re.compile(r"\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>", re.IGNORECASE)


#: the parts of a query that are not code (strings, IRIs, comments), and prefixed names with an escape
_ESCAPED_NAME = re.compile(
    r"(?P<skip>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"|'(?:[^'\\\n]|\\.)*'"
    r"|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\"{}|^`\\\s]*>|#[^\n]*)"
    r"|(?:(?P<prefix>(?<![\w.:-])[A-Za-z][\w.-]*)|(?<![\w.:-])):(?P<local>(?:[\w:%-]|\\[-_~.!$&'()*+,;=/?#@%])"
    r"(?:[\w.:%-]|\\[-_~.!$&'()*+,;=/?#@%])*)")
_DECLARED = re.compile(r"PREFIX\s*([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)
_UNESCAPE = re.compile(r"\\(.)")


def expand_escaped_names(sparql: str) -> str:
    """``sparql`` with each prefixed name that holds a backslash escape (``kgid:entity\\/``) written as its full
    IRI (``<https://…/id/entity/>``); strings, IRIs and comments untouched. The prefixes are kg's and those
    the query declares; a name of an unknown prefix stays as it is (the server will say so)."""
    prefixes = {**PREFIXES, **{name or "": iri for name, iri in _DECLARED.findall(sparql)}}

    def write(match: re.Match[str]) -> str:
        local = match.group("local")
        if match.group("skip") is not None or local is None or "\\" not in local:
            return match.group(0)
        namespace = str(prefixes.get(match.group("prefix") or "", ""))
        if not namespace:
            return match.group(0)
        return "<" + namespace + _UNESCAPE.sub(r"\1", local) + ">"
    return _ESCAPED_NAME.sub(write, sparql)


_GRAPH_TERM = re.compile(_ESCAPED_NAME.pattern.split("|(?:(?P<prefix>")[0]
                         + r"|\b(?P<word>GRAPH|FROM)\b\s*(?P<term>.)", re.IGNORECASE)


def _exclusions(sparql: str) -> tuple[bool, bool]:
    """Whether Virtuoso's ``input:default-graph-exclude`` and ``input:named-graph-exclude`` may go before
    ``sparql``: Virtuoso 7.2 answers a SELECT with ``GRAPH <iri>`` with no rows when either is set (tried),
    so neither goes before a query naming a graph (``GRAPH <iri>``, ``FROM``); the named one only before a
    query with ``GRAPH ?var``."""
    found = [(m.group("word").upper(), m.group("term")) for m in _GRAPH_TERM.finditer(sparql) if m.group("word")]
    if any(word == "FROM" or term not in "?$" for word, term in found):
        return False, False
    return True, bool(found)


def _query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (upper case), or "" when the text does not start like a query."""
    position = 0
    while item := _PROLOGUE_ITEM.match(sparql, position):
        if item.end() == position:
            break
        position = item.end()
    word = re.match(r"[A-Za-z]+", sparql[position:])
    return word.group(0).upper() if word else ""


def _form(fields: list[tuple[str, str]]) -> bytes:
    return urllib.parse.urlencode(fields).encode("ascii")


def _passes(reason: object) -> bool:
    """Whether a connection failure may pass on its own: reset, refused, cut (a server restarting), not a
    timeout (the server is there and busy: sending the request again would pile work on it)."""
    return isinstance(reason, (ConnectionError, http.client.IncompleteRead, http.client.BadStatusLine)) \
        and not isinstance(reason, TimeoutError)


def _ask_from_row(data: bytes) -> pyoxigraph.QueryBoolean:
    """Virtuoso's ASK answer (a row binding ``__ASK_RETVAL`` to 1, or no row) as a real ``QueryBoolean``."""
    rows = json.loads(data).get("results", {}).get("bindings", [])
    answer = any(row.get("__ASK_RETVAL", {}).get("value") not in (None, "0", "false") for row in rows)
    result = pyoxigraph.parse_query_results(json.dumps({"head": {}, "boolean": answer}).encode(),
                                            QueryResultsFormat.JSON)
    assert isinstance(result, pyoxigraph.QueryBoolean)
    return result


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple, set)) else [value]


__all__ = ["GENERIC", "OXIGRAPH", "VIRTUOSO", "RemoteStore", "ServerProfile", "default_endpoints", "is_url",
           "profile_for"]
