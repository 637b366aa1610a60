"""Store fixtures: the embedded store and a real Oxigraph server, behind one parametrized fixture.

The server is the ``oxigraph`` binary from PyPI (``pip install ".[test]"`` brings it),
started once per session on a free 127.0.0.1 port and killed by its PID at the end. It runs
without ``--union-default-graph``: kg asks for the union per request (``?union-default-graph``,
as it asks the embedded store per query), and a server-wide union would make Oxigraph ignore
``FROM`` (``test_a_union_default_graph_server_ignores_from`` shows it). Without the binary the server tests skip; in CI (``CI`` set)
they fail instead, so a broken install cannot pass as green.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.store import ArticleStore, KGStore, RemoteStore

BACKENDS = ["embedded", "oxigraph-server"]


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` CLI: beside this Python (a venv's bin) first, then on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)")
    pytest.skip(reason)


class OxigraphServer:
    """A running ``oxigraph serve`` process: its URLs, and a way to empty it."""

    def __init__(self, process: subprocess.Popen[bytes], base: str, location: Path, log: Path) -> None:
        self.process = process
        self.base = base
        self.query_url = f"{base}/query"
        self.location = location
        self.log = log

    def clear(self) -> None:
        request = urllib.request.Request(f"{self.base}/update", data=b"DROP ALL", method="POST",
                                         headers={"Content-Type": "application/sparql-update"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status in (200, 204)


@contextlib.contextmanager
def running_oxigraph(folder: Path, *flags: str) -> Iterator[OxigraphServer]:
    """Start ``oxigraph serve`` on a free port with data in ``folder``; kill it by PID on exit."""
    binary = oxigraph_binary()
    if binary is None:
        _missing("the oxigraph server binary is not installed (pip install oxigraph)")
    assert binary is not None
    port = _free_port()
    log = folder / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen([binary, "serve", "--location", str(folder / "data"),
                                    "--bind", f"127.0.0.1:{port}", *flags],
                                   stdout=sink, stderr=subprocess.STDOUT)
    server = OxigraphServer(process, f"http://127.0.0.1:{port}", folder / "data", log)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{server.base}/query?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not start: {log.read_text(errors='replace')[-2000:]}")
                time.sleep(0.05)
        yield server
    finally:
        process.kill()  # by its own PID: only the process this fixture started
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    with running_oxigraph(tmp_path_factory.mktemp("oxigraph-server")) as server:
        yield server


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture()
def empty_store(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[ArticleStore | RemoteStore]:
    """A fresh, empty store of each kind."""
    if backend == "embedded":
        store = ArticleStore(tmp_path / "store")
        yield store
        store.flush()
        return
    server: OxigraphServer = request.getfixturevalue("oxigraph_server")
    server.clear()
    yield RemoteStore(server.query_url)


def open_graph(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> KnowledgeGraph:
    """A KnowledgeGraph on an empty store of ``backend``, opened the way a user opens it."""
    if backend == "embedded":
        return KnowledgeGraph.open(tmp_path / "store")
    server: OxigraphServer = request.getfixturevalue("oxigraph_server")
    server.clear()
    return KnowledgeGraph.open(server.query_url)


@pytest.fixture()
def seeded(backend: str, seed_store_path: Path, tmp_path: Path,
           request: pytest.FixtureRequest) -> Iterator[KnowledgeGraph]:
    """The seeds, built once per session, in a private store of each kind, free to modify.

    The server copy is written article by article with ``replace_article``, the call
    ``kg build`` makes, from the session's embedded seed store (parsing the seeds again per
    test would only re-test spaCy).
    """
    if backend == "embedded":
        copy = tmp_path / "store"
        shutil.copytree(seed_store_path, copy, ignore=shutil.ignore_patterns("LOCK"))
        graph = KnowledgeGraph.open(copy)
    else:
        graph = open_graph(backend, tmp_path, request)
        copy_articles(seed_store_path, graph.store)
    yield graph
    graph.close()


def copy_articles(source_path: Path, target: KGStore) -> None:
    """Write every article graph of the embedded store at ``source_path`` into ``target``, one by one."""
    source = ArticleStore(source_path, read_only=True)
    for name in source.graphs():
        target.replace_article(name, list(source.raw.quads_for_pattern(None, None, None, name)))
