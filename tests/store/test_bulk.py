"""Many articles per write: ``replace_articles`` on every backend, its retry, and the build's batching writer.

``replace_articles`` must leave exactly the store that ``replace_article`` per article, in order, leaves on the
embedded store (the reference): the article graphs, and the shared entity graph with its settled types and
labels and its forgotten orphans. A real TCP proxy in front of a real server stands for the network's failures
(a 503 from a gateway, a connection cut after the server did the work, a server gone).
"""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg import KnowledgeGraph
from kg.errors import StoreGoneError
from kg.rdf.mint import ENTITIES_GRAPH
from kg.store import ArticleStore, KGStore, RemoteStore
from kg.store.base import CONTENT_HASH, LABEL_VOTE, TYPE_VOTE
from kg.store.writer import BatchWriter
from tests.conftest import SEEDS
from tests.store.conftest import OxigraphServer, copy_articles

EX = "https://example.org/"
KG = "https://w3id.org/kg-news/ontology#"
TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
MENTIONS = NamedNode("https://schema.org/mentions")


def article(name: str, votes: dict[str, tuple[str, str]], version: int = 1) -> tuple[NamedNode, list[Quad]]:
    """An article graph in kg's shape: its votes for each entity's type and label, and the shared graph's copy."""
    graph = NamedNode(f"{EX}graph/{name}")
    node = NamedNode(f"{EX}article/{name}")
    quads = [Quad(node, NamedNode(f"{EX}title"), Literal(f"title of {name}, version {version}"), graph),
             Quad(node, CONTENT_HASH, Literal(f"{name}-{version}"), graph)]
    for entity, (kind, label) in votes.items():
        e = NamedNode(f"{EX}entity/{entity}")
        quads += [Quad(node, MENTIONS, e, graph), Quad(e, TYPE_VOTE, NamedNode(KG + kind), graph),
                  Quad(e, LABEL_VOTE, Literal(label), graph),
                  Quad(e, TYPE, NamedNode(KG + kind), ENTITIES_GRAPH), Quad(e, LABEL, Literal(label), ENTITIES_GRAPH)]
    return graph, quads


#: two rounds of writes: contested types and labels, an article given twice in one batch, an entity only the
#: old version of an article named (forgotten), a new entity that agrees with itself (not settled at all), an
#: article that votes on nothing (its graph must still be replaced, not added to)
ROUNDS = [
    [article("a1", {"villa": ("Organization", "Aston Villa"), "kim": ("Person", "Kim")}),
     article("a2", {"villa": ("Organization", "Aston Villa")}),
     article("a3", {"villa": ("Person", "Aston villa"), "lone": ("Person", "Lone Name")}),
     article("a4", {"worldcom": ("Organization", "Worldcom")}), article("a0", {})],
    [article("a3", {"villa": ("Organization", "Aston Villa")}),
     article("a4", {"worldcom": ("Organization", "WorldCom"), "kim": ("Place", "Kim")}),
     article("a1", {"villa": ("Person", "Villa")}),
     article("a5", {"kim": ("Place", "Kim"), "new": ("Product", "New Thing")}),
     article("a1", {"villa": ("Organization", "Aston Villa"), "kim": ("Place", "Kim")}),
     article("a0", {}, version=2)],
]


def reference(tmp_path: Path) -> set[Quad]:
    """The store after ROUNDS written one article at a time on the embedded store."""
    store = ArticleStore(tmp_path / "reference")
    for batch in ROUNDS:
        for graph, quads in batch:
            store.replace_article(graph, quads)
    return set(store.quads())


def test_replace_articles_leaves_the_store_one_by_one_writes_leave(empty_store: KGStore, tmp_path: Path) -> None:
    for batch in ROUNDS:
        empty_store.replace_articles(batch)
    expected = reference(tmp_path)
    assert set(empty_store.quads()) == expected
    shared = {(q.subject.value, q.predicate.value, str(q.object)) for q in expected if q.graph_name == ENTITIES_GRAPH}
    # the checks that make the reference worth comparing with: settled, forgotten
    assert (f"{EX}entity/villa", TYPE.value, f"<{KG}Organization>") in shared
    assert not any(s == f"{EX}entity/lone" for s, _, _ in shared)
    assert (f"{EX}entity/worldcom", LABEL.value, '"WorldCom"') not in shared or \
        (f"{EX}entity/worldcom", LABEL.value, '"Worldcom"') not in shared
    # and again: the same items give the same store (what a retry relies on)
    empty_store.replace_articles(ROUNDS[1])
    assert set(empty_store.quads()) == expected


def rounds_through_proxy(server: OxigraphServer, **caps: int) -> tuple[RemoteStore, list[str]]:
    """ROUNDS written to the emptied ``server`` through a real proxy, the server's profile with ``caps``: the store,
    to read it directly, and the path of each request that went through the proxy."""
    server.clear()
    store = RemoteStore(server.query_url)
    store.profile = dataclasses.replace(store.profile, **caps)
    with Proxy(server.base) as requests:
        counted = RemoteStore(requests.url + "/query")
        counted.profile = store.profile
        for batch in ROUNDS:
            counted.replace_articles(batch)
    return store, requests.paths


@pytest.mark.parametrize("cap", [1, 9])
def test_a_server_batch_cut_into_small_requests_gives_the_same_store(oxigraph_server: OxigraphServer,
                                                                     tmp_path: Path, cap: int) -> None:
    store, paths = rounds_through_proxy(oxigraph_server, max_request_quads=cap)
    assert set(store.quads()) == reference(tmp_path)
    updates = paths.count("/update")
    articles = sum(len(batch) for batch in ROUNDS)
    # cap 1: each article alone (every one is over the cap); cap 9: a two-quad article joins a seven-quad one
    assert updates == articles if cap == 1 else len(ROUNDS) < updates < articles


@pytest.mark.parametrize(("load_cap", "request_cap"), [(9, 1_000), (1_000, 1)])
def test_loads_and_updates_are_cut_by_their_own_caps(oxigraph_server: OxigraphServer, tmp_path: Path,
                                                    load_cap: int, request_cap: int) -> None:
    store, paths = rounds_through_proxy(oxigraph_server, max_load_quads=load_cap, max_request_quads=request_cap)
    assert store.write_batch_quads == load_cap  # what the build's writer gathers for one call
    assert set(store.quads()) == reference(tmp_path)
    loads, updates = paths.count("/store"), paths.count("/update")
    articles = sum(len(batch) for batch in ROUNDS)
    if load_cap == 1_000:  # each round's new articles in one load, the Update cut article by article after it
        assert (loads, updates) == (len(ROUNDS), articles)
    else:  # many loads; one Update after each (and for the groups of held articles alone, which load nothing)
        assert len(ROUNDS) < loads <= updates < articles


# --------------------------------------------------------------------------- failures on the way


class Proxy:
    """A real HTTP proxy on 127.0.0.1 in front of ``upstream``: relays each request (urllib sends one per
    connection) unless ``plan`` says otherwise for the next one: "503" answers 503 without forwarding,
    "cut" forwards, lets the server do the work, then resets the connection without an answer."""

    def __init__(self, upstream: str, plan: list[str] | None = None) -> None:
        self.upstream = upstream.split("://", 1)[1]
        self.plan = list(plan or [])
        self.paths: list[str] = []
        self.requests: list[bytes] = []  # each whole, as received
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)

    def __enter__(self) -> Proxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.listener.close()
        self.thread.join(timeout=10)

    def serve(self) -> None:
        self.listener.settimeout(0.1)
        while not self.stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                continue
            with client:
                self.relay(client)

    def relay(self, client: socket.socket) -> None:
        request = read_message(client)
        self.requests.append(request)
        self.paths.append(request.split(b" ", 2)[1].split(b"?")[0].decode())
        step = self.plan.pop(0) if self.plan else "pass"
        if step == "503":
            client.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        host, port = self.upstream.split(":")
        with socket.create_connection((host, int(port))) as server:
            server.sendall(request)
            answer = read_message(server)
        if step == "cut":
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            return  # closing with linger 0 sends a reset: the client never sees the answer
        client.sendall(answer)


def read_message(sock: socket.socket) -> bytes:
    """One HTTP/1.1 message with its Content-Length body (or up to the close)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = None
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while length is None or len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@pytest.fixture()
def fresh(oxigraph_server: OxigraphServer) -> Iterator[OxigraphServer]:
    oxigraph_server.clear()
    yield oxigraph_server


def test_a_write_is_tried_again_after_a_gateway_503_and_a_cut_connection(fresh: OxigraphServer,
                                                                         tmp_path: Path) -> None:
    direct = RemoteStore(fresh.query_url)
    with Proxy(fresh.base) as proxy:
        store = RemoteStore(proxy.url + "/query", retry_delays=(0.05, 0.05, 0.05))
        store.replace_articles(ROUNDS[0])
        # the next write's voter query gets a 503; its bulk load of the new a5 and then its update reach the
        # server, which does them, and each answer is cut: each is sent again and must change nothing more
        proxy.plan = ["503", "pass", "pass", "cut", "pass", "cut"]  # voters, again, choices, load, again, update
        store.replace_articles(ROUNDS[1])
        assert proxy.plan == []
    # round one; round two: its first request cut and sent again, then its second (a1 comes twice)
    assert proxy.paths.count("/update") == 4
    assert proxy.paths.count("/store") == 3  # round one's new articles; a5 twice
    assert set(direct.quads()) == reference(tmp_path)


def test_a_write_stopped_after_the_bulk_load_leaves_no_content_hash_and_the_next_one_ends_whole(
        fresh: OxigraphServer, tmp_path: Path) -> None:
    direct = RemoteStore(fresh.query_url)
    with Proxy(fresh.base) as proxy:
        store = RemoteStore(proxy.url + "/query", retry_delays=(0.05,))
        store.replace_articles(ROUNDS[0])
        shared = {q for q in direct.quads() if q.graph_name == ENTITIES_GRAPH}
        # round two's first request: a5 (new) is bulk-loaded, then the server stops answering the update
        proxy.plan = ["pass", "pass", "pass", "503", "503"]
        with pytest.raises(StoreGoneError):
            store.replace_articles(ROUNDS[1])
    a5 = NamedNode(f"{EX}graph/a5")
    a3 = NamedNode(f"{EX}graph/a3")
    assert direct.contains_named_graph(a5) and a5 not in direct.content_hashes([a5])  # built again, not skipped
    assert direct.content_hashes([a3]) == {a3: "a3-1"}  # its replacement was never half-done
    # a5 votes Kim a Place (a Person so far): nothing of that reached the entity graph before the Update
    assert {q for q in direct.quads() if q.graph_name == ENTITIES_GRAPH} == shared
    direct.replace_articles(ROUNDS[1])
    assert set(direct.quads()) == reference(tmp_path)


def test_a_server_gone_mid_build_is_kg029_after_the_retries(fresh: OxigraphServer) -> None:
    proxy = Proxy(fresh.base)
    with proxy:
        store = RemoteStore(proxy.url + "/query", retry_delays=(0.05, 0.1))
    # the proxy is closed: every connection is refused now, as when the server went down
    started = time.monotonic()
    with pytest.raises(StoreGoneError, match=r"^\[KG029\] the SPARQL server at http://127\.0\.0\.1:\d+/query "
                                             r"stopped answering while kg wrote to it \(.*; 3 attempts over"):
        store.replace_articles(ROUNDS[0])
    assert time.monotonic() - started < 5


@pytest.mark.model
def test_a_build_into_a_server_reads_its_articles_stored_hashes_in_one_query(fresh: OxigraphServer,
                                                                             seed_store_path: Path) -> None:
    """The unchanged-article check asks the server for a batch of articles' content hashes at once (it asked
    once an article: a third of the building process's CPU a quad on a server)."""
    copy_articles(seed_store_path, RemoteStore(fresh.query_url))
    with Proxy(fresh.base) as proxy:
        graph = KnowledgeGraph.open(proxy.url + "/query")
        again = graph.add([SEEDS])
        graph.close()
    assert (again.added, len(again.unchanged), again.errors) == ([], 5, [])
    assert sum(b"contentHash" in request for request in proxy.requests) == 1


# --------------------------------------------------------------------------- the build's writer


class CountingStore(ArticleStore):
    """The embedded store, noting the size of each replace_articles call."""

    calls: list[int]

    def replace_articles(self, items: Sequence[tuple[NamedNode, Sequence[Quad]]]) -> None:
        self.calls.append(len(items))
        time.sleep(0.05)  # a write that takes a while, as a server's does: articles queue behind it (8 take ~0.2 ms)
        super().replace_articles(items)


def test_the_writer_groups_queued_articles_keeps_order_and_bounds_what_it_holds(tmp_path: Path) -> None:
    store = CountingStore(tmp_path / "store")
    store.calls = []
    graph = NamedNode(f"{EX}graph/one")
    with ThreadPoolExecutor(max_workers=1) as executor:
        writer = BatchWriter(store, executor, batch_quads=8)  # at most 16 quads held
        for version in range(200):
            # the same graph each time: only the order of the writes decides what is left
            writer.submit(graph, [Quad(NamedNode(f"{EX}s"), NamedNode(f"{EX}v"), Literal(str(version)), graph)])
            assert writer._pending() <= 16
        writer.drain(0)
    assert [q.object.value for q in store.quads()] == ["199"]
    assert sum(store.calls) == 200
    assert max(store.calls) > 1 and len(store.calls) < 200  # grouped while a write ran
    # and grouped whole: at its bound the writer waits for the write under way instead of sending the few
    # articles gathered so far (which cut every other load into Oxigraph server to an article or two)
    assert all(size == 8 for size in store.calls[1:-1]), store.calls
