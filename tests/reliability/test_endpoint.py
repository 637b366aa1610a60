"""Rows 5, 10, 14, 15 and 16 of issue 9, against a real ``kg serve`` endpoint over TCP."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from kg.query.server import BODY_TIMEOUT, running
from kg.query.sparql import MAX_NESTING
from tests.query.conftest import get_query, post_query, request
from tests.reliability.conftest import SEED_ARTICLES, error_lines, kg

pytestmark = pytest.mark.model

ARTICLES = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SMALL = "ASK { ?s ?p ?o }"


def _count(server) -> int:  # type: ignore[no-untyped-def]
    answer = get_query(server, ARTICLES)
    assert answer.status == 200, answer.text
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture()
def store(seed_store_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy, ignore=shutil.ignore_patterns("LOCK"))
    return copy


def test_row5_the_endpoint_sees_what_was_built_since_it_started_in_every_worker(store: Path, tmp_path: Path) -> None:
    with running(store, workers=2, timeout=2) as server:
        before = _count(server)
        assert {_count(server) for _ in range(4)} == {before}
        (tmp_path / "new.txt").write_text(SEED_ARTICLES[0].read_text(encoding="utf-8").replace("Hanoi", "Hue"))
        done = kg("build", "new.txt", "--store", str(store), "--exports", "out", "--no-progress", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert {_count(server) for _ in range(6)} == {before + 1}  # every worker, at once
        # a runaway query gets its worker killed and replaced; the new one agrees with the others
        assert get_query(server, CROSS).status == 503
        deadline = time.monotonic() + 20
        while len(server.pool.pids()) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [_count(server) for _ in range(6)] == [before + 1] * 6


def test_row10_absurd_nesting_is_one_line_in_kg_query_and_a_400_at_the_endpoint(store: Path, tmp_path: Path) -> None:
    nested = "SELECT * WHERE " + "{" * 5_000 + "}" * 5_000
    (tmp_path / "nested.rq").write_text(nested)
    done = kg("query", "nested.rq", "--store", str(store), cwd=tmp_path, timeout=120)
    assert done.returncode == 1, (done.returncode, done.stderr)  # not 139: no segfault
    lines = error_lines(done.stderr)
    assert len(lines) == 1 and lines[0].startswith("kg: [KG031] the query nests { ( [ 5,000 levels deep")
    with running(store, workers=1) as server:
        answer = post_query(server, nested)
        assert answer.status == 400 and answer.text.startswith("[KG031]") and f"limit of {MAX_NESTING}" in answer.text
        fine = "SELECT * WHERE " + "{" * 50 + "?s ?p ?o" + "}" * 50
        assert post_query(server, fine).status == 200


def read_to_close(client: socket.socket) -> str:
    """Everything the server sends until it closes the connection (headers and body come in two writes)."""
    chunks = []
    while chunk := client.recv(4096):
        chunks.append(chunk)
    return b"".join(chunks).decode()


def test_row14_a_short_or_stalled_body_gets_408(store: Path) -> None:
    with running(store, workers=1) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=BODY_TIMEOUT + 20) as client:
            client.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                           b"Content-Length: 100\r\n\r\nASK {?s ?p")  # 10 bytes, then a stall
            started = time.monotonic()
            reply = read_to_close(client)
            waited = time.monotonic() - started
        assert reply.startswith("HTTP/1.1 408 "), reply
        assert "[KG088] the body did not arrive: 100 bytes were announced" in reply
        assert waited < BODY_TIMEOUT + 10
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as client:  # a short body
            client.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                           b"Content-Length: 100\r\n\r\nASK {?s ?p")
            client.shutdown(socket.SHUT_WR)
            assert client.recv(4096).decode().startswith("HTTP/1.1 408 ")
        assert request(server, "GET", "/health").status == 200


def test_row15_a_foreign_host_header_is_refused(store: Path) -> None:
    with running(store, workers=1) as server:
        for host in ("evil.example", "evil.example:%d" % server.port, "127.0.0.1.evil.example"):
            for method, path in (("GET", "/"), ("GET", "/sparql?query=ASK%7B%7D"), ("POST", "/sparql")):
                answer = request(server, method, path, b"ASK {}" if method == "POST" else None,
                                 {"Host": host, "Content-Type": "application/sparql-query"})
                assert answer.status == 421 and answer.text.startswith("[KG087]"), (host, path, answer.text)
        for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}", "LOCALHOST"):
            assert request(server, "GET", "/", headers={"Host": host}).status == 200
    with running(store, workers=1, allowed_hosts=("kg.internal",)) as server:
        assert request(server, "GET", "/", headers={"Host": "kg.internal:80"}).status == 200
        assert request(server, "GET", "/", headers={"Host": "evil.example"}).status == 421


def test_row16_a_small_query_is_answered_while_runaway_ones_hold_every_worker(store: Path) -> None:
    with running(store, workers=2, timeout=8) as server:
        runaway = [threading.Thread(target=get_query, args=(server, CROSS)) for _ in range(2)]
        for thread in runaway:
            thread.start()
        time.sleep(0.5)  # both runaway queries are evaluating now
        started = time.monotonic()
        answer = get_query(server, SMALL)
        waited = time.monotonic() - started
        assert all(thread.is_alive() for thread in runaway)  # they were still running meanwhile
        assert answer.status == 200 and answer.json()["boolean"] is True
        assert waited < 4  # generous: before, it waited for a worker, 9.1 s
        for thread in runaway:
            thread.join(20)
