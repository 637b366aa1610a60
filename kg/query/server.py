"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a kg store.

Routes: ``/sparql`` (GET ``?query=``, POST ``query=`` form or an ``application/sparql-query`` body;
without a query, GET answers the SPARQL 1.1 Service Description), ``/health`` (``ok``, answered
by the HTTP thread itself, never queued behind a query) and ``/`` (a query page for people, see
:mod:`kg.query.page`) with what it reads: ``/schema.json`` (:mod:`kg.query.schema`, computed once),
``/describe?iri=`` (an entity's facts with evidence, and its own triples, as JSON) and
``/graph?query=`` (the explorer drawn on a query's result, when the server was given ``draw``).
Each runs its queries in the workers, under the same limits as ``/sparql``.

Safe by default, each limit a parameter (and a ``kg serve`` flag):

* binds 127.0.0.1; no CORS header unless ``cors=True``;
* read-only: updates are refused with 403 (``update=``, ``application/sparql-update``, or a
  ``query=`` that is an update), and the store is opened read-only besides;
* ``SERVICE`` and ``FROM``/``FROM NAMED`` (and ``default-graph-uri``/``named-graph-uri``) that are
  not graphs of the store are refused with 400 *before* evaluation (:func:`kg.query.sparql.check_read_only`);
* ``timeout`` seconds per query: evaluation runs in worker processes (:mod:`kg.query.workers`),
  and a late one is killed and replaced, so a cross product is really cancelled (503), while
  other requests are answered by the other workers and ``/health`` by the HTTP threads;
* ``max_memory`` MB of resident memory per worker, watched the same way (503);
* ``max_rows`` rows (or triples) per result: one more is read to know, and a cut result says so in
  the headers ``X-KG-Truncated: true`` and ``X-KG-Rows: N`` (``X-KG-Row-Limit`` gives the limit);
* ``max_body`` bytes per request body or query (413); a request line over 64 KiB gets 414;
* error bodies are one line of text, ``[KGnnn] what; fix``, never a traceback or a file path
  (details go to the server log).

Why the standard library's ``ThreadingHTTPServer`` and not starlette/uvicorn: it adds no
dependency, a thread per connection is plenty for a local endpoint, and the expensive part runs
in worker processes anyway; ``bench/endpoint.py`` measures what it costs.

Layer: query, over the store; must not import kg.network, kg.validate, kg.viz, kg.export, kg.graph
or kg.cli.
"""

from __future__ import annotations

import html
import json
import queue
import re
import signal
import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
import dataclasses
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

import pyoxigraph

from kg.errors import (
    EndpointError,
    HostRefusedError,
    RequestTimeoutError,
    KGError,
    StoreError,
    UsageError,
    body_too_large,
    endpoint_busy,
    graph_not_in_store,
    internal_error,
    no_store,
    not_acceptable,
    not_positive,
    query_failed,
    query_out_of_memory,
    query_timed_out,
    refused,
    update_refused,
    worker_died,
)
from kg.query.page import content_security_policy, render_page, store_examples
from kg.query.schema import Schema, compute_schema
from kg.query.protocol import OFFERED, Negotiated, content_type, negotiate
from kg.query.sparql import check_graph_iri, check_read_only, explain_syntax_error
from kg.query.results import triples_bytes
from kg.query.workers import WorkerDied, WorkerPool, WorkerTimeout
from kg.rdf.namespaces import PREFIXES

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
LOOPBACK = ("127.0.0.1", "::1", "localhost")
#: a client sending a body over the limit: read (and drop) up to this much so it can read the 413;
#: beyond it the connection is closed at once
_DRAIN_LIMIT = 16 * 1024 * 1024
_HOST_HEADER = re.compile(r"^(?:[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$")
#: seconds a client may take to send a request body it announced (then 408)
BODY_TIMEOUT = 10.0


def host_names(config: ServeOptions) -> frozenset[str]:
    """The Host header names (lower case, no port) the endpoint answers: the bound address, the loopback
    names when bound to loopback, this machine's names when bound to every address, and the allow-list."""
    names = {config.host.strip("[]").lower(), *(h.strip("[]").lower() for h in config.allowed_hosts)}
    if config.host in LOOPBACK or config.host in ("0.0.0.0", "::"):
        names |= {"localhost", "127.0.0.1", "::1"}
    if config.host in ("0.0.0.0", "::"):
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    return frozenset(names)


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True)
class ServeOptions:
    """Where the endpoint listens and every limit it keeps; each field is a ``kg serve`` flag (help in metadata)."""

    host: str = field(default=DEFAULT_HOST, metadata=_help(
        "Address to bind; anything but loopback is reachable by others."))
    port: int = field(default=DEFAULT_PORT, metadata=_help("TCP port (0: any free port)."))
    timeout: float = field(default=10.0, metadata=_help(
        "Limit: seconds a query may run before it is cancelled (503)."))
    max_rows: int = field(default=10_000, metadata=_help(
        "Limit: rows (or triples) per result; more are cut, with the header X-KG-Truncated: true."))
    max_body: int = field(default=1_000_000, metadata=_help("Limit: bytes per request body or query (413 above)."))
    workers: int = field(default=2, metadata=_help("Limit: queries evaluated at once (one process each)."))
    max_memory: int = field(default=2048, metadata=_help("Limit: MB of memory per query worker (503 above)."))
    cors: bool = field(default=False, metadata=_help("Send Access-Control-Allow-Origin: * (off by default)."))
    #: Host header values (names or addresses, without port) answered besides the bound address
    #: and, on a loopback address, localhost: anything else is refused (DNS rebinding)
    allowed_hosts: tuple[str, ...] = field(default=(), metadata=_help(
        "Also answer requests whose Host header is this name (repeatable); others get 421."))

    def but(self, **changes: Any) -> ServeOptions:
        """A copy with ``changes`` (field names as keywords; an unknown name is a TypeError)."""
        return dataclasses.replace(self, **changes) if changes else self

    def check(self) -> None:
        """Raises :class:`~kg.errors.UsageError` for a limit that is not positive."""
        for name in ("timeout", "max_rows", "max_body", "workers", "max_memory"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise not_positive(name.replace("_", "-"), value)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True  # a client holding a connection open never blocks shutdown
    request_queue_size = 64
    kg: SparqlServer


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class SparqlServer:
    """A running endpoint: bound at construction, serving once :meth:`serve_forever` runs.

    Use :func:`make_server` to build one. ``url`` is the base URL (``http://127.0.0.1:PORT``);
    :meth:`shutdown` stops serving and kills the workers (safe to call from another thread,
    and more than once).
    """

    def __init__(self, store: Path, options: ServeOptions, *, log: Callable[[str], None] | None = None,
                 draw: Callable[[str], str] | None = None) -> None:
        self.store = store
        #: query -> the explorer's HTML page of its result (given by a layer above: kg.viz is not imported here)
        self.draw = draw
        self.options = config = options
        self.log = log or (lambda message: None)
        self.pool = WorkerPool(str(store), dict(PREFIXES), size=config.workers, on_error=self.log)
        try:
            self.pool.start()
        except (WorkerDied, OSError) as err:
            raise StoreError(f"cannot open the store at {store} read-only: {err}; "
                             "build one first with: kg build PATH --store DIR") from None
        try:
            server_class = _HTTPServer6 if ":" in config.host else _HTTPServer
            self.httpd = server_class((config.host, config.port), _Handler)
        except OSError as err:
            self.pool.close()
            raise UsageError(f"cannot listen on {config.host}:{config.port}: {err.strerror or err}; "
                             "pick another --port (0 picks a free one)") from None
        self.httpd.kg = self
        self.hosts = host_names(config)
        self._serving = threading.Event()
        self._stopped = False
        self._made: dict[str, Any] = {}
        self._making = threading.RLock()  # the page is made with the schema

    def evaluate(self, query: str, *, max_rows: int | None = None, fmt: str = "json") -> dict[str, Any]:
        """Run ``query`` in a worker under the endpoint's limits: the worker's reply (``ok``, ``body`` ...).

        Raises the endpoint's errors (timeout, memory, busy, a dead worker) like ``/sparql``."""
        return self.run({"query": query, "dataset": [], "has_from": False, "default_graphs": [], "named_graphs": [],
                         "formats": {"select": fmt, "ask": fmt, "graph": "turtle"},
                         "max_rows": self.options.max_rows if max_rows is None else max_rows})

    def run(self, message: dict[str, Any]) -> dict[str, Any]:
        """One request to a worker (see :mod:`kg.query.workers`), with the endpoint's errors for its failures."""
        config = self.options
        started = time.monotonic()
        try:
            return self.pool.run(message, timeout=config.timeout, max_rss=config.max_memory * 1024 * 1024)
        except queue.Empty:
            raise endpoint_busy(config.workers, round(time.monotonic() - started, 1)) from None
        except WorkerTimeout:
            self.log(f"query cancelled after {config.timeout:g} s; worker replaced")
            raise query_timed_out(config.timeout) from None
        except WorkerDied as died:
            if died.reason == "memory":
                self.log(f"query cancelled over {config.max_memory} MB; worker replaced")
                raise query_out_of_memory(config.max_memory) from None
            self.log(f"a worker died during a query ({died.reason}); replaced")
            raise worker_died() from None

    def bindings(self, query: str, *, max_rows: int = 1_000_000) -> list[dict[str, Any]]:
        """A SELECT of the server's own (never a user's text) run in a worker: its SPARQL JSON bindings."""
        reply = self.evaluate(query, max_rows=max_rows)
        if not reply["ok"]:
            raise query_failed(str(reply.get("message", ""))[:300])
        return list(json.loads(reply["body"])["results"]["bindings"])

    def select(self, query: str) -> list[dict[str, str | None]]:
        """:data:`kg.query.schema.Select` over the workers: rows of plain values."""
        return [{name: term["value"] for name, term in row.items()} for row in self.bindings(query)]

    def _once(self, name: str, make: Callable[[], Any]) -> Any:
        """``make()`` the first time ``name`` is asked for (one thread makes it), then the same value."""
        with self._making:
            if name not in self._made:
                self._made[name] = make()
            return self._made[name]

    @property
    def schema(self) -> Schema:
        """The store's schema, computed on first use (the store is read-only: it does not change)."""
        return self._once("schema", lambda: compute_schema(self.select))  # type: ignore[no-any-return]

    @property
    def page(self) -> bytes:
        """The query page, its examples made from the store on first use (generic ones if that fails)."""
        def make() -> bytes:
            try:
                examples = store_examples(self.select, self.schema)
            except KGError as error:
                self.log(f"query page: generic examples only ({error})")
                examples = None
            return render_page(timeout=self.options.timeout, max_rows=self.options.max_rows, prefixes=PREFIXES,
                               examples=examples).encode()

        return self._once("page", make)  # type: ignore[no-any-return]

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        host = self.options.host
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"

    def serve_forever(self) -> None:
        """Answer requests until :meth:`shutdown` (or KeyboardInterrupt in this thread)."""
        self._serving.set()
        try:
            self.httpd.serve_forever(poll_interval=0.2)
        finally:
            self._serving.clear()

    def start(self) -> threading.Thread:
        """Serve from a daemon thread (for tests and embedding); returns the thread."""
        thread = threading.Thread(target=self.serve_forever, name="kg-serve", daemon=True)
        thread.start()
        self._serving.wait(5)
        return thread

    def shutdown(self) -> None:
        """Stop serving, close the socket and kill every worker. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        if self._serving.is_set():
            self.httpd.shutdown()
        self.httpd.server_close()
        self.pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()


def make_server(store: str | Path, options: ServeOptions | None = None, *,
                log: Callable[[str], None] | None = None, draw: Callable[[str], str] | None = None,
                **changes: Any) -> SparqlServer:
    """Start the workers on ``store`` (read-only) and bind ``options.host:options.port`` (port 0: any free one).

    ``changes`` are :class:`ServeOptions` fields given as keywords, applied over ``options``.
    ``draw`` (query -> HTML) serves ``/graph?query=``; without it that route answers 404.
    Returns once every worker has opened the store, so the first request is not slowed by
    start-up. Raises :class:`~kg.errors.StoreError` if the store cannot be opened,
    :class:`~kg.errors.UsageError` if the address cannot be bound or a limit is not positive.
    """
    chosen = (options or ServeOptions()).but(**changes)
    chosen.check()
    path = Path(store)
    if not path.is_dir():
        raise no_store(path)
    return SparqlServer(path, chosen, log=log, draw=draw)


def serve(store: str | Path, options: ServeOptions | None = None, *, log: Callable[[str], None] | None = None,
          ready: Callable[[SparqlServer], None] | None = None, draw: Callable[[str], str] | None = None,
          **changes: Any) -> None:
    """Run the endpoint in this thread until Ctrl-C or SIGTERM, then kill the workers and return."""
    server = make_server(store, options, log=log, draw=draw, **changes)

    def _terminate(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _terminate) if threading.current_thread() is threading.main_thread() else None
    try:
        if ready is not None:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


# ============================================================================ requests


def _asked(accept: str | None, format: str | None, kind: str) -> str:
    """What the client asked for, for a 406 line: "Accept 'text/csv' for a CONSTRUCT result"."""
    wanted = f"format={format[:40]!r}" if format else f"Accept {accept[:80]!r}" if accept else "the default format"
    kind = kind.upper()
    return f"{wanted} for {'an' if kind[:1] in 'AEIOU' else 'a'} {kind} result"


def _host_name(host: str) -> str:
    """A Host header's name without its port, lower case: ``[::1]:7878`` -> ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise refused(f"the request has {len(values)} '{name}' parameters; send exactly one")
    return values[0]


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"  # keep-alive: a client reuses its connection
    server_version = "kg"
    timeout = 30  # seconds a client may take to send its request (slow senders hold a thread only so long)

    # -- plumbing ---------------------------------------------------------------
    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; with Nagle's algorithm the second waits for the
        # client's delayed ACK (40 ms) on a kept-alive connection. Small answers must not wait.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def version_string(self) -> str:
        return "kg"  # no Python version in the Server header

    def parse_request(self) -> bool:
        """The standard parsing, then the Host check: a page on another site whose name resolves to this
        machine (DNS rebinding) sends its own name as Host, and is refused before anything is read."""
        if not super().parse_request():
            return False
        host = self.headers.get("Host")
        if host is not None and _host_name(host) not in self.kg.hosts:
            shown = "".join(c for c in host[:80] if c.isprintable())
            self._refuse(HostRefusedError(f"the Host {shown!r} is not this endpoint's; use the address kg serve "
                                          "printed, or restart it with --allowed-hosts NAME", close=True))
            return False
        return True

    @property
    def kg(self) -> SparqlServer:
        return self.server.kg

    def log_message(self, format: str, *args: Any) -> None:
        self.kg.log(f"{self.address_string()} {format % args}")

    def log_error(self, format: str, *args: Any) -> None:
        self.log_message(format, *args)

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None,
              *, close: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if self.kg.options.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, X-KG-Rows, X-KG-Row-Limit")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, error: KGError) -> None:
        """The one-line answer to a refused request: an endpoint error's status, else 400."""
        if isinstance(error, EndpointError):
            status, headers, close = error.status, error.headers, error.close
        else:
            status, headers, close = 400, {}, False
        self._send(status, (str(error) + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers, close=close)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's own errors (bad request line, 414, 431, 501) as one text line."""
        try:
            self.log_error("code %d, message %s", code, message)
        except AttributeError:  # the request line was not parsed yet
            pass
        text = {414: "the request line is over 64 KiB; send long queries by POST"}.get(code, message or "bad request")
        self.close_connection = True
        self._refuse(refused(text, status=code, close=True))

    def _guarded(self, answer: Callable[[], None]) -> None:
        try:
            answer()
        except KGError as error:
            self._refuse(error)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:  # noqa: BLE001 - a bug must not kill the thread silently nor leak details
            self.kg.log("internal error:\n" + traceback.format_exc())
            self._refuse(internal_error())

    # -- methods ----------------------------------------------------------------
    def do_GET(self) -> None:
        self._guarded(self._get)

    def do_HEAD(self) -> None:
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def do_OPTIONS(self) -> None:
        if self.kg.options.cors:
            self._send(204, b"", "text/plain", {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Max-Age": "600"})
        else:
            self._not_allowed()

    def _not_allowed(self) -> None:
        self._drain_small_body()
        self._refuse(refused(f"{self.command} is not allowed; use GET or POST", status=405,
                             headers={"Allow": "GET, HEAD, POST"}))

    do_PUT = do_DELETE = do_PATCH = do_TRACE = do_CONNECT = _not_allowed

    # -- routes -----------------------------------------------------------------
    def _route(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        try:
            params = parse_qs(parts.query, keep_blank_values=True, max_num_fields=64, errors="strict")
        except (ValueError, UnicodeDecodeError):
            raise refused("the query string is not valid UTF-8 form data (or has over 64 fields)") from None
        return parts.path, params

    def _get(self) -> None:
        path, params = self._route()
        if path == "/health":
            self._send(200, b"ok\n", "text/plain; charset=utf-8")
        elif path in ("/", "/index.html"):
            self._send(200, self.kg.page, "text/html; charset=utf-8",
                       {"Content-Security-Policy": content_security_policy()})
        elif path == "/schema.json":
            body = self.kg._once("schema.json", lambda: json.dumps(self.kg.schema.to_dict()).encode())
            self._send(200, body, "application/json")
        elif path == "/describe":
            iri = _single(params, "iri")
            if iri is None:
                raise refused("give the entity as /describe?iri=IRI")
            self._send(200, json.dumps(self._describe(iri)).encode(), "application/json")
        elif path == "/graph":
            query = _single(params, "query")
            if query is None:
                raise refused("give the query to draw as /graph?query=CONSTRUCT ... (or SELECT ?s ?p ?o)")
            self._graph(query)
        elif path == "/sparql":
            if "update" in params:
                raise update_refused()
            query = _single(params, "query")
            if query is None:
                self._service_description(params)
            else:
                self._query(query, params)
        else:
            raise refused(f"nothing at {path[:100]}; the endpoint is /sparql, the query page /", status=404)

    def _post(self) -> None:
        path, params = self._route()
        if path != "/sparql":
            self._drain_small_body()
            if path in ("/", "/health", "/index.html", "/schema.json", "/describe", "/graph"):
                raise refused(f"POST is not allowed on {path}; POST queries to /sparql", status=405,
                              headers={"Allow": "GET, HEAD"})
            raise refused(f"nothing at {path[:100]}; POST queries to /sparql", status=404)
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._read_body()
        if media == "application/sparql-update" or "update" in params:
            raise update_refused()
        if media == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=64, errors="strict")
            except (ValueError, UnicodeDecodeError):
                raise refused("the form body is not valid UTF-8 form data (or has over 64 fields)") from None
            if "update" in form:
                raise update_refused()
            for name, values in form.items():
                params.setdefault(name, []).extend(values)
            query = _single(params, "query")
            if query is None:
                raise refused("the form has no 'query' field; send query=SELECT ...")
        elif media == "application/sparql-query":
            if "query" in params:
                raise refused("a query in the body and another in the URL; send one")
            try:
                query = body.decode("utf-8")
            except UnicodeDecodeError:
                raise refused("the query is not valid UTF-8") from None
        else:
            raise refused(f"cannot read a {media[:60] or 'body without Content-Type'}; send "
                          "application/x-www-form-urlencoded (query=...) or application/sparql-query", status=415)
        self._query(query, params)

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            raise refused("chunked bodies are not read; send a Content-Length", status=411, close=True)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise refused("the Content-Length is not a number", close=True) from None
        if length < 0:
            raise refused("the Content-Length is negative", close=True)
        limit = self.kg.options.max_body
        if length > limit:
            # Read and drop a moderately large body so the client, which sends it all before
            # reading, gets the 413 instead of a reset connection; a huge one is cut off.
            if length <= _DRAIN_LIMIT:
                self._discard(length)
            raise body_too_large(length, limit, close=True)
        # a body slower than BODY_TIMEOUT, or shorter than announced, is the client's fault: 408, not 500
        self.connection.settimeout(BODY_TIMEOUT)
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            body = None
        finally:
            self.connection.settimeout(self.timeout)
        if body is None or len(body) < length:
            got = "" if body is None else f" ({len(body):,} arrived)"
            raise RequestTimeoutError(f"the body did not arrive: {length:,} bytes were announced{got} and none "
                                      f"came for {BODY_TIMEOUT:g} s; send the whole body (Content-Length must be "
                                      "its size in bytes)", close=True)
        return body

    def _discard(self, length: int) -> None:
        while length > 0:
            chunk = self.rfile.read(min(length, 65536))
            if not chunk:
                return
            length -= len(chunk)

    def _drain_small_body(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if 0 < length <= self.kg.options.max_body:
            self._discard(length)
        elif length:
            self.close_connection = True

    # -- the work ---------------------------------------------------------------
    def _query(self, query: str, params: dict[str, list[str]]) -> None:
        config = self.kg.options
        size = len(query.encode("utf-8"))
        if size > config.max_body:
            raise body_too_large(size, config.max_body)
        shape = check_read_only(query)
        if shape.is_update:
            raise update_refused()
        chosen = negotiate(self.headers.get("Accept"), _single(params, "format"))
        if chosen.for_form(shape.form) is None:
            raise not_acceptable(_asked(self.headers.get("Accept"), _single(params, "format"), shape.form or "query"),
                                 OFFERED)
        default_graphs = params.get("default-graph-uri", [])
        named_graphs = params.get("named-graph-uri", [])
        for iri in default_graphs + named_graphs:
            check_graph_iri(iri)  # the same rule as FROM: never file:, and (checked by the worker) only graphs of the store
        message = {
            "query": query,
            "dataset": list(shape.dataset_iris) + default_graphs + named_graphs,
            "has_from": bool(shape.dataset_iris),
            "default_graphs": default_graphs,
            "named_graphs": named_graphs,
            "formats": {"select": chosen.solutions, "ask": chosen.solutions, "graph": chosen.graph},
            "max_rows": config.max_rows,
        }
        reply = self._evaluate(message)
        if not reply["ok"]:
            raise self._failure(reply, chosen, query)
        headers = {"Vary": "Accept", "X-KG-Rows": str(reply["rows"]),
                   "X-KG-Truncated": "true" if reply["truncated"] else "false",
                   "X-KG-Row-Limit": str(config.max_rows)}
        self._send(200, reply["body"], content_type(reply["format"]), headers)

    def _evaluate(self, message: dict[str, Any]) -> dict[str, Any]:
        return self.kg.run(message)

    def _describe(self, iri: str) -> dict[str, Any]:
        """An entity's label, types, facts (statements it is the subject or object of, with evidence and
        article id) and its own triples, as SPARQL JSON terms; the IRI is written by pyoxigraph."""
        try:
            node = str(pyoxigraph.NamedNode(iri))
        except ValueError:
            raise refused(f"not an IRI: {iri[:100]!r}") from None
        about = self.kg.bindings(_DESCRIBE_ABOUT % {"iri": node}, max_rows=_DESCRIBE_ROWS + 1)
        facts = self.kg.bindings(_DESCRIBE_FACTS % {"iri": node}, max_rows=_DESCRIBE_ROWS + 1)
        label = next((row["value"]["value"] for row in about if row["predicate"]["value"] == _RDFS_LABEL), None)
        types = sorted({row["value"]["value"] for row in about if row["predicate"]["value"] == _RDF_TYPE})
        return {"iri": iri, "label": label, "types": types, "facts": facts[:_DESCRIBE_ROWS],
                "facts_cut": len(facts) > _DESCRIBE_ROWS, "properties": about[:_DESCRIBE_ROWS]}

    def _graph(self, query: str) -> None:
        """The explorer on the query's result: the query runs in a worker first (a late or huge one is
        refused there, under the endpoint's limits), then the page is drawn by ``draw``."""
        draw = self.kg.draw
        if draw is None:
            raise refused("this endpoint draws no graphs (it was started without a drawer)", status=404)
        shape = check_read_only(query)
        if shape.is_update:
            raise update_refused()
        if shape.dataset_iris:
            raise refused("a query to draw cannot name FROM graphs; draw the whole store's result")
        reply = self.kg.evaluate(query, fmt="json")
        if not reply["ok"]:
            raise self._failure(reply, negotiate(None, None), query)
        if reply["truncated"]:
            raise refused(f"the result has over {self.kg.options.max_rows:,} rows, too many to draw; add a LIMIT")
        page = draw(query)
        meta = _META_CSP.search(page)
        headers = {"Content-Security-Policy": html.unescape(meta.group(1)) + "; frame-ancestors 'none'"} if meta else {}
        self._send(200, page.encode("utf-8"), "text/html; charset=utf-8", headers)

    def _failure(self, reply: dict[str, Any], chosen: Negotiated, query: str) -> KGError:
        error = reply["error"]
        if error == "syntax":  # the same one line kg query and KnowledgeGraph.query give
            return explain_syntax_error(query, self._scrub(reply["message"]))
        if error == "dataset":
            return graph_not_in_store(str(reply["iri"]))
        if error == "format":
            return not_acceptable(_asked(self.headers.get("Accept"), None, str(reply["kind"])), OFFERED)
        self.kg.log(f"query failed: {reply.get('message')}")
        return query_failed(self._scrub(reply.get("message", "")))

    def _scrub(self, text: str) -> str:
        """One line, without the store's path (Oxigraph's I/O errors name files)."""
        text = " ".join(str(text).split())
        for path in {str(self.kg.store), str(self.kg.store.resolve())}:
            text = text.replace(path, "<store>")
        return re.sub(r"(?<![\w<])/(?:[\w.\-]+/)+[\w.\-]*", "<path>", text)[:500]

    def _service_description(self, params: dict[str, list[str]]) -> None:
        chosen = negotiate(self.headers.get("Accept"), _single(params, "format"))
        fmt = chosen.graph or "turtle"
        host = self.headers.get("Host") or ""
        base = f"http://{host}" if _HOST_HEADER.match(host) else self.kg.url
        turtle = _description(base + "/sparql", self.kg.options)
        if fmt == "turtle":
            body = turtle.encode("utf-8")
        else:
            import pyoxigraph

            triples = [q.triple for q in pyoxigraph.parse(turtle.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)]
            body = triples_bytes(triples, fmt)
        self._send(200, body, content_type(fmt), {"Vary": "Accept"})


_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_DESCRIBE_ROWS = 500
_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
_DESCRIBE_ABOUT = """SELECT DISTINCT ?predicate ?value WHERE { %(iri)s ?predicate ?value } ORDER BY ?predicate ?value"""
_DESCRIBE_FACTS = """SELECT DISTINCT ?subject ?predicate ?object ?evidence ?article ?confidence ?subjectLabel ?objectLabel
WHERE {
  { ?st rdf:subject %(iri)s } UNION { ?st rdf:object %(iri)s }
  ?st rdf:predicate ?predicate .
  OPTIONAL { ?st rdf:subject ?s } OPTIONAL { ?st kg:subjectText ?words }
  OPTIONAL { ?st rdf:object ?object OPTIONAL { ?object rdfs:label ?objectLabel } }
  OPTIONAL { ?s rdfs:label ?subjectLabel }
  OPTIONAL { ?st kg:evidence ?evidence }
  OPTIONAL { ?st kg:confidence ?confidence }
  OPTIONAL { ?st prov:wasDerivedFrom ?a . ?a kg:articleId ?article }
  BIND(COALESCE(?s, ?words) AS ?subject)
} ORDER BY ?predicate ?subject ?object ?article"""

_SD_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
               "Turtle", "N-Triples", "JSON-LD")


def _description(endpoint: str, config: ServeOptions) -> str:
    """The SPARQL 1.1 Service Description of this endpoint, in Turtle."""
    formats = ", ".join(f"<http://www.w3.org/ns/formats/{name}>" for name in _SD_FORMATS)
    limits = (f"Read-only. SERVICE and FROM graphs outside the store are refused. Queries are cancelled "
              f"after {config.timeout:g} s; results stop at {config.max_rows} rows "
              "(then the header X-KG-Truncated is true).")
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}#service> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat {formats} ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    sd:defaultDataset <{endpoint}#dataset> ;
    rdfs:label "kg SPARQL endpoint" ;
    rdfs:comment "{limits}" .

<{endpoint}#dataset> a sd:Dataset ;
    rdfs:comment "The default graph is the union of every article graph; each article is a named graph." ;
    sd:defaultGraph <{endpoint}#default-graph> .

<{endpoint}#default-graph> a sd:Graph .
"""


@contextmanager
def running(store: str | Path, **options: Any) -> Iterator[SparqlServer]:
    """A server on a free port (unless ``port`` is given), serving from a thread, shut down on exit."""
    options.setdefault("port", 0)
    server = make_server(store, **options)
    try:
        server.start()
        yield server
    finally:
        server.shutdown()


def warn_if_exposed(host: str) -> str | None:
    """A one-line warning when ``host`` is not a loopback address, else None."""
    if host in LOOPBACK:
        return None
    return (f"warning: listening on {host}, not only this machine: anyone who can reach it can read the "
            "whole store (the endpoint is read-only, with no authentication)")


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ServeOptions", "SparqlServer", "make_server", "running", "serve",
           "warn_if_exposed"]
