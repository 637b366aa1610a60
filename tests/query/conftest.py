"""Servers for the endpoint tests: real processes, real sockets, on 127.0.0.1 and a free port."""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pytest

from kg.query.server import SparqlServer, running


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> dict:  # type: ignore[type-arg]
        return json.loads(self.body)  # type: ignore[no-any-return]


def request(server: SparqlServer, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 15.0) -> Response:
    """One HTTP request over a fresh TCP connection (no test client bypassing the socket)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        reply = connection.getresponse()
        return Response(reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read())
    finally:
        connection.close()


def get_query(server: SparqlServer, query: str, accept: str | None = None, **params: str) -> Response:
    qs = urllib.parse.urlencode({"query": query, **params})
    return request(server, "GET", f"/sparql?{qs}", headers={"Accept": accept} if accept else {})


def post_form(server: SparqlServer, fields: dict[str, str], accept: str | None = None) -> Response:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return request(server, "POST", "/sparql", urllib.parse.urlencode(fields).encode(), headers)


def post_query(server: SparqlServer, query: str, accept: str | None = None, path: str = "/sparql") -> Response:
    headers = {"Content-Type": "application/sparql-query"}
    if accept:
        headers["Accept"] = accept
    return request(server, "POST", path, query.encode("utf-8"), headers)


def store_digest(path: Path) -> tuple[int, str]:
    """Quad count and a digest of every quad, read through a separate read-only open."""
    store = pyoxigraph.Store.read_only(str(path))
    lines = sorted(str(q) for q in store.quads_for_pattern(None, None, None, None))
    return len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest()


class Listener:
    """A TCP socket on 127.0.0.1 that counts the connections made to it (and closes each)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    sock = Listener()
    yield sock
    sock.close()


@pytest.fixture(scope="session")
def server(seed_store_path: Path) -> Iterator[SparqlServer]:
    """The endpoint on the seeds with the defaults but a 2 s timeout (shared: don't kill its workers)."""
    with running(seed_store_path, timeout=2) as srv:
        yield srv
