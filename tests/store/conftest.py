"""Store fixtures: the embedded store, a real Oxigraph server and a real Virtuoso, behind one parametrized
fixture.

The server is the ``oxigraph`` binary from PyPI (``pip install ".[test]"`` brings it),
started once per session on a free 127.0.0.1 port and killed by its PID at the end. It runs
without ``--union-default-graph``: kg asks for the union per request (``?union-default-graph``,
as it asks the embedded store per query), and a server-wide union would make Oxigraph ignore
``FROM`` (``test_a_union_default_graph_server_ignores_from`` shows it). Without the binary the server tests skip; in CI (``CI`` set)
they fail instead, so a broken install cannot pass as green.

Virtuoso is Debian's ``virtuoso-opensource`` (``virtuoso-t``), started once per session on free
127.0.0.1 ports with its own ``virtuoso.ini`` and a new database in a temporary directory, and
set up with kg's ``kg/store/virtuoso_setup.sql`` (run with ``isql-vt``, as docs/scaling.md tells a
user), and reached the way a user should reach it: ``/sparql-auth`` as that account (HTTP Digest), not
by granting updates to the anonymous ``SPARQL`` user. Same rule: skipped without the binary, failed
under CI.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.store import ArticleStore, KGStore, RemoteStore

ROOT = Path(__file__).resolve().parents[2]
BACKENDS = ["embedded", "oxigraph-server", "virtuoso"]
#: the SPARQL servers of BACKENDS, by the name of their session fixture
SERVERS = {"oxigraph-server": "oxigraph_server", "virtuoso": "virtuoso_server"}


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


def virtuoso_binary() -> str | None:
    """Virtuoso's server binary (Debian: ``virtuoso-opensource`` puts ``virtuoso-t`` on PATH)."""
    return shutil.which("virtuoso-t")


#: the account virtuoso_setup.sql makes for kg (the new database's dba password stays "dba": the server
#: listens on 127.0.0.1 only, for one session)
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "kg", "kg-test-pw"
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
CheckpointInterval = 60
DirsAllowed = .
[URIQA]
DefaultHost = 127.0.0.1:{http_port}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 8
MaxKeepAlives = 8
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


class VirtuosoServer:
    """A running ``virtuoso-t``: its URLs (``query_url`` carries the dba credentials), and a way to empty it."""

    def __init__(self, process: subprocess.Popen[bytes], base: str, folder: Path) -> None:
        self.process = process
        self.base = base
        self.folder = folder
        self.endpoint = f"{base}/sparql-auth"
        host = base.split("://", 1)[1]
        self.query_url = f"http://{VIRTUOSO_USER}:{VIRTUOSO_PASSWORD}@{host}/sparql-auth"
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, self.endpoint, VIRTUOSO_USER, VIRTUOSO_PASSWORD)
        self._opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords),
                                                   urllib.request.ProxyHandler({}))

    def sparql(self, field: str, text: str) -> bytes:
        """POST a query or update (``field``) to /sparql-auth; the answer's body."""
        body = urllib.parse.urlencode({field: text}).encode("ascii")
        request = urllib.request.Request(self.endpoint, data=body, method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded",
                                                  "Accept": "application/sparql-results+json"})
        with self._opener.open(request, timeout=120) as response:
            assert response.status == 200
            return bytes(response.read())

    def clear(self) -> None:
        """Drop every graph but Virtuoso's own (its RDF views' metadata, ldp#, its service description, WebDAV)."""
        import json

        own = {"http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#", f"{self.base}/sparql",
               f"{self.base}/DAV/"}
        found = json.loads(self.sparql("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))
        graphs = [row["g"]["value"] for row in found["results"]["bindings"] if row["g"]["value"] not in own]
        if graphs:
            self.sparql("update", " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))


@contextlib.contextmanager
def running_virtuoso(folder: Path, *, buffers: int = 20_000) -> Iterator[VirtuosoServer]:
    """Start ``virtuoso-t`` with a new database in ``folder`` on free ports; kill it by PID on exit.

    ``buffers``: Virtuoso's page cache in 8 KiB pages (its ini's ``NumberOfBuffers``).
    """
    binary = virtuoso_binary()
    if binary is None:
        _missing("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    assert binary is not None
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = _free_port(), _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port, buffers=buffers,
                                       dirty=buffers * 3 // 4), encoding="utf-8")
    log = folder / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                                   stdout=sink, stderr=subprocess.STDOUT)
    server = VirtuosoServer(process, f"http://127.0.0.1:{http_port}", folder)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{server.base}/sparql?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"virtuoso-t did not start: {log.read_text(errors='replace')[-2000:]}")
                time.sleep(0.1)
        setup = (ROOT / "kg" / "store" / "virtuoso_setup.sql").read_text(encoding="utf-8").format(
            user=VIRTUOSO_USER, password=VIRTUOSO_PASSWORD, )
        (folder / "setup.sql").write_text(setup, encoding="utf-8")
        done = subprocess.run([str(Path(binary).parent / "isql-vt"), f"127.0.0.1:{sql_port}", "dba", "dba",
                               str(folder / "setup.sql")], capture_output=True, text=True, timeout=120)
        if done.returncode != 0 or "Error" in done.stdout + done.stderr:
            pytest.fail(f"virtuoso_setup.sql failed: {(done.stdout + done.stderr)[-2000:]}")
        yield server
    finally:
        process.kill()  # by its own PID: only the process this fixture started
        process.wait(timeout=60)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    with running_oxigraph(tmp_path_factory.mktemp("oxigraph-server")) as server:
        yield server


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def empty_server(backend: str, request: pytest.FixtureRequest) -> OxigraphServer | VirtuosoServer:
    """The session's server of ``backend`` (a name in SERVERS), emptied."""
    server: OxigraphServer | VirtuosoServer = request.getfixturevalue(SERVERS[backend])
    server.clear()
    return server


@pytest.fixture(params=list(SERVERS))
def server_backend(request: pytest.FixtureRequest) -> str:
    """Each SPARQL server of BACKENDS, for the tests that are about a server."""
    return str(request.param)


@pytest.fixture()
def server(server_backend: str, request: pytest.FixtureRequest) -> OxigraphServer | VirtuosoServer:
    """An empty SPARQL server of each kind."""
    return empty_server(server_backend, request)


@pytest.fixture()
def empty_store(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[ArticleStore | RemoteStore]:
    """A fresh, empty store of each kind."""
    if backend == "embedded":
        store = ArticleStore(tmp_path / "store")
        yield store
        store.flush()
        return
    yield RemoteStore(empty_server(backend, request).query_url)


def open_graph(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> KnowledgeGraph:
    """A KnowledgeGraph on an empty store of ``backend``, opened the way a user opens it."""
    if backend == "embedded":
        return KnowledgeGraph.open(tmp_path / "store")
    return KnowledgeGraph.open(empty_server(backend, request).query_url)


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
