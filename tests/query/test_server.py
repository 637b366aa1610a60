"""``kg serve`` over real HTTP: protocol variants, formats, refusals, limits, timeouts.

Every test talks to a server listening on 127.0.0.1 (a free port) through a TCP socket; queries
are evaluated by the server's worker processes on the seeds store.
"""

from __future__ import annotations

import csv
import io
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.query.server import make_server, running, warn_if_exposed
from tests.query.conftest import Listener, get_query, post_form, post_query, request, store_digest

pytestmark = pytest.mark.model  # the seeds store is built with the real spaCy model

KG = "https://w3id.org/kg-news/ontology#"
KIM = "https://w3id.org/kg-news/id/entity/kim-jong-un"
TRUMP = "https://w3id.org/kg-news/id/entity/donald-trump"
MET = "SELECT ?who ?x WHERE { ?who kg:met ?x } ORDER BY ?who"
MET_CONSTRUCT = "CONSTRUCT { ?a kg:met ?b } WHERE { ?a kg:met ?b }"
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SRES = "{http://www.w3.org/2005/sparql-results#}"


EXPECTED_MET = {(KIM, TRUMP), (TRUMP, KIM)}


# ---------------------------------------------------------------------------- protocol variants


def test_get_post_form_and_post_body_give_the_same_json(server) -> None:  # type: ignore[no-untyped-def]
    answers = [get_query(server, MET), post_form(server, {"query": MET}), post_query(server, MET)]
    for answer in answers:
        assert answer.status == 200, answer.text
        assert answer.headers["content-type"].startswith("application/sparql-results+json")
        data = answer.json()
        assert data["head"]["vars"] == ["who", "x"]
        assert {(b["who"]["value"], b["x"]["value"]) for b in data["results"]["bindings"]} == EXPECTED_MET
    assert answers[0].body == answers[1].body == answers[2].body


@pytest.mark.parametrize(("accept", "fmt", "media"), [
    ("application/sparql-results+json", "json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "xml", "application/sparql-results+xml"),
    ("text/csv", "csv", "text/csv"),
    ("text/tab-separated-values", "tsv", "text/tab-separated-values"),
])
def test_select_formats_by_accept_and_by_format_param(server, accept: str, fmt: str, media: str) -> None:  # type: ignore[no-untyped-def]
    by_accept = get_query(server, MET, accept=accept)
    by_param = get_query(server, MET, accept="application/sparql-results+json", format=fmt)  # format= wins
    for answer in (by_accept, by_param):
        assert answer.status == 200, answer.text
        assert answer.headers["content-type"].split(";")[0] == media
        assert answer.headers["vary"] == "Accept"
    assert by_accept.body == by_param.body
    if fmt == "csv":  # lossy by design: Oxigraph will not parse it, the csv module does
        rows = {(r["who"], r["x"]) for r in csv.DictReader(io.StringIO(by_accept.text))}
    else:  # Oxigraph's own result parser reads what we wrote back to the same bindings
        parsed = pyoxigraph.parse_query_results(by_accept.body, format={
            "json": pyoxigraph.QueryResultsFormat.JSON, "xml": pyoxigraph.QueryResultsFormat.XML,
            "tsv": pyoxigraph.QueryResultsFormat.TSV}[fmt])
        rows = {(s["who"].value, s["x"].value) for s in parsed}
    assert rows == EXPECTED_MET


def test_xml_and_csv_bodies_by_hand(server) -> None:  # type: ignore[no-untyped-def]
    root = ET.fromstring(get_query(server, MET, format="xml").body)
    assert [v.get("name") for v in root.iter(f"{SRES}variable")] == ["who", "x"]
    assert {r.find(f"{SRES}binding/{SRES}uri").text for r in root.iter(f"{SRES}result")} == {KIM, TRUMP}
    body = get_query(server, MET, format="csv").text
    assert body.startswith("who,x\r\n")
    assert set(map(tuple, list(csv.reader(io.StringIO(body)))[1:])) == EXPECTED_MET
    tsv = get_query(server, MET, format="tsv").text.splitlines()
    assert tsv[0] == "?who\t?x" and f"<{KIM}>\t<{TRUMP}>" in tsv


def test_literals_keep_language_and_datatype(server) -> None:  # type: ignore[no-untyped-def]
    query = 'SELECT ?d ?l WHERE { ?a a schema:NewsArticle ; schema:datePublished ?d . BIND(STRLANG("x", "en") AS ?l) } LIMIT 1'
    binding = get_query(server, query).json()["results"]["bindings"][0]
    assert binding["d"]["type"] == "literal" and binding["d"]["datatype"].startswith("http://www.w3.org/2001/XMLSchema#")
    assert binding["l"] == {"type": "literal", "value": "x", "xml:lang": "en"}


@pytest.mark.parametrize(("accept", "fmt", "rdflib_format"), [
    ("text/turtle", "turtle", "turtle"),
    ("application/n-triples", "ntriples", "nt"),
    ("application/ld+json", "jsonld", "json-ld"),
])
def test_construct_formats_parse_and_hold_trump_met_kim(server, accept: str, fmt: str, rdflib_format: str) -> None:  # type: ignore[no-untyped-def]
    by_accept = post_query(server, MET_CONSTRUCT, accept=accept)
    by_param = get_query(server, MET_CONSTRUCT, format=fmt)
    for answer in (by_accept, by_param):
        assert answer.status == 200, answer.text
        assert answer.headers["content-type"].split(";")[0] == accept
        graph = rdflib.Graph().parse(data=answer.body, format=rdflib_format)
        assert (rdflib.URIRef(TRUMP), rdflib.URIRef(KG + "met"), rdflib.URIRef(KIM)) in graph
        assert len(graph) == 2
    assert by_accept.body == by_param.body


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_describe_kim(server, fmt: str) -> None:  # type: ignore[no-untyped-def]
    answer = get_query(server, f"DESCRIBE <{KIM}>", format=fmt)
    assert answer.status == 200, answer.text
    graph = rdflib.Graph().parse(data=answer.body, format={"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}[fmt])
    assert (rdflib.URIRef(KIM), rdflib.RDFS.label, rdflib.Literal("Kim Jong-un")) in graph
    assert {s for s in graph.subjects()} == {rdflib.URIRef(KIM)}


def test_construct_by_default_is_turtle_and_select_json(server) -> None:  # type: ignore[no-untyped-def]
    assert get_query(server, MET_CONSTRUCT).headers["content-type"].startswith("text/turtle")
    assert get_query(server, MET, accept="*/*").headers["content-type"].startswith("application/sparql-results+json")
    # a browser's Accept: XML beats */* for SELECT, HTML is never offered
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert get_query(server, MET, accept=browser).headers["content-type"].startswith("application/sparql-results+xml")


@pytest.mark.parametrize(("query", "expected"), [
    (f"ASK {{ <{TRUMP}> kg:met <{KIM}> }}", True),
    (f"ASK {{ <{KIM}> kg:criticized <{TRUMP}> }}", False),
])
def test_ask(server, query: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert get_query(server, query).json() == {"head": {}, "boolean": expected}
    root = ET.fromstring(get_query(server, query, accept="application/sparql-results+xml").body)
    assert root.find(f"{SRES}boolean").text == str(expected).lower()
    assert get_query(server, query, format="csv").text == str(expected).lower()  # pyoxigraph's CSV of a boolean


def test_service_description(server) -> None:  # type: ignore[no-untyped-def]
    answer = request(server, "GET", "/sparql")
    assert answer.status == 200 and answer.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=answer.body, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = graph.value(predicate=rdflib.RDF.type, object=sd.Service)
    assert graph.value(service, sd.endpoint) == rdflib.URIRef(server.url + "/sparql")
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    formats = set(graph.objects(service, sd.resultFormat))
    assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats and len(formats) == 7
    as_nt = request(server, "GET", "/sparql", headers={"Accept": "application/n-triples"})
    assert as_nt.headers["content-type"].startswith("application/n-triples")
    assert rdflib.Graph().parse(data=as_nt.body, format="nt").isomorphic(graph)


def test_health_is_plain_ok(server) -> None:  # type: ignore[no-untyped-def]
    answer = request(server, "GET", "/health")
    assert (answer.status, answer.body) == (200, b"ok\n")


# ---------------------------------------------------------------------------- the query page


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.examples: list[str] = []
        self.references: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            if name in values:
                self.references.append((tag, name, values[name] or ""))
        if tag == "option" and values.get("value"):
            self.examples.append(values["value"] or "")


def test_query_page_is_self_contained_and_its_examples_work(server) -> None:  # type: ignore[no-untyped-def]
    answer = request(server, "GET", "/")
    assert answer.status == 200 and answer.headers["content-type"].startswith("text/html")
    csp = answer.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "unsafe-inline" not in csp
    page = answer.text
    parser = _PageParser()
    parser.feed(page)
    # nothing loaded from anywhere: the only references are the page's own links to this endpoint
    assert parser.references == [("a", "href", "sparql"), ("a", "href", "graph")]
    # the editor's bundle names the SVG namespace (a string, never fetched); nothing else is a URL
    assert not re.search(r"https?:|//[a-z]", page.replace("connect-src 'self'", "").replace(
        "http://www.w3.org/2000/svg", ""), re.IGNORECASE)
    assert "innerHTML" not in page and "textContent" in page
    # examples from the store's own content first (its most connected entity, its commonest relation)
    titles = re.findall(r'<option value="[^"]+">([^<]+)</option>', page)
    assert titles == [
        "What is known about Donald Trump (the most connected entity), with evidence",
        "Donald Trump&#x27;s relations as ?s ?p ?o (press Draw as graph)",
        "The commonest relation, kg:said (said): who to whom, with evidence",
        "Articles and their dates",
        "Most mentioned entities (in statements)",
    ]
    assert len(parser.examples) == 5
    for example in parser.examples:
        result = post_form(server, {"query": example})
        assert result.status == 200, (example, result.text)
        assert len(result.json()["results"]["bindings"]) >= 1, example


# ---------------------------------------------------------------------------- refusals

UPDATES = [
    "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "CLEAR ALL",
    "DROP ALL",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_with_403_and_change_nothing(server, seed_store_path: Path, update: str) -> None:  # type: ignore[no-untyped-def]
    before = store_digest(seed_store_path)
    answers = [
        post_form(server, {"update": update}),
        request(server, "POST", "/sparql", update.encode(), {"Content-Type": "application/sparql-update"}),
        request(server, "GET", "/sparql?update=" + update.replace(" ", "+")),
        post_form(server, {"query": update}),  # an update sent as a query
        post_query(server, update),
    ]
    for answer in answers:
        assert answer.status == 403, answer.text
        assert answer.text.startswith("[KG081]") and "read-only" in answer.text
    assert store_digest(seed_store_path) == before
    assert before[0] > 1000


def test_load_is_never_fetched(server, listener: Listener) -> None:  # type: ignore[no-untyped-def]
    answer = post_form(server, {"update": f"LOAD <{listener.url}>"})
    assert answer.status == 403
    time.sleep(0.2)
    assert listener.connections == 0


SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { service silent <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SeRvIcE <{url}> { ?s ?q ?r } } } LIMIT 1",
    "SELECT * WHERE { # a comment\n  SERVICE\n<{url}>{?s ?p ?o} }",
    "PREFIX remote: <{url}#> SELECT * WHERE { ?s ?p ?o FILTER(?s<?o) SERVICE remote: {} }",
]


def test_the_listener_would_see_a_service_call(listener: Listener) -> None:
    """Control: Oxigraph itself really connects for SERVICE, so the test below can fail."""
    store = pyoxigraph.Store()
    with pytest.raises(OSError):
        list(store.query(SERVICE_QUERIES[0].replace("{url}", listener.url)))
    time.sleep(0.2)
    assert listener.connections >= 1


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_before_evaluation(server, listener: Listener, template: str) -> None:  # type: ignore[no-untyped-def]
    query = template.replace("{url}", listener.url)
    for answer in (get_query(server, query), post_query(server, query)):
        assert answer.status == 400, answer.text
        assert answer.text.startswith("[KG030] SERVICE clauses are refused")
    time.sleep(0.2)
    assert listener.connections == 0


def test_service_in_a_string_or_a_name_is_not_a_service_call(server) -> None:  # type: ignore[no-untyped-def]
    query = 'SELECT ?service WHERE { BIND("SERVICE <http://127.0.0.1:9/>" AS ?service) } # SERVICE'
    answer = get_query(server, query)
    assert answer.status == 200, answer.text
    assert answer.json()["results"]["bindings"][0]["service"]["value"].startswith("SERVICE")


def test_from_a_local_file_is_refused_and_never_read(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.ttl"
    secret.write_text('<urn:x:s> <urn:x:p> "TOPSECRET-42" .\n', encoding="utf-8")
    for query in (f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}",
                  f"SELECT ?o FROM NAMED <{secret.as_uri()}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                  "SELECT ?o FROM <file\\u003a" + secret.as_uri()[5:] + "> WHERE { ?s ?p ?o }",
                  f"PREFIX f: <file://{tmp_path.as_posix()}/> SELECT ?o FROM f:secret.ttl WHERE {{ ?s ?p ?o }}"):
        answer = get_query(server, query)
        assert answer.status == 400, (query, answer.text)
        assert "TOPSECRET" not in answer.text and str(tmp_path) not in answer.text
        assert "refused" in answer.text


def test_from_must_name_a_graph_of_the_store(server, listener: Listener) -> None:  # type: ignore[no-untyped-def]
    for query in (f"SELECT * FROM <{listener.url}> WHERE {{ ?s ?p ?o }}",
                  f"SELECT * FROM NAMED <{listener.url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                  "BASE <http://example.org/> SELECT * FROM <relative> WHERE { ?s ?p ?o }"):
        answer = get_query(server, query)
        assert answer.status == 400, answer.text
        assert "is refused" in answer.text and ("not a graph in this store" in answer.text
                                                or "must be the absolute IRI" in answer.text)
    answer = get_query(server, MET, **{"default-graph-uri": listener.url})
    assert answer.status == 400 and "not a graph in this store" in answer.text
    answer = get_query(server, MET, **{"default-graph-uri": "file:///etc/passwd"})
    assert answer.status == 400 and "file:" in answer.text
    time.sleep(0.2)
    assert listener.connections == 0


def test_from_an_article_graph_selects_that_graph(server, seed_store_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = pyoxigraph.Store.read_only(str(seed_store_path))
    graph = min(g.value for g in store.named_graphs())
    size = sum(1 for _ in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(graph)))
    count = "SELECT (COUNT(*) AS ?n) {from} WHERE {{ ?s ?p ?o }}"
    total = int(get_query(server, count.format(**{"from": ""})).json()["results"]["bindings"][0]["n"]["value"])
    only = int(get_query(server, count.format(**{"from": f"FROM <{graph}>"})).json()["results"]["bindings"][0]["n"]["value"])
    by_param = get_query(server, count.format(**{"from": ""}), **{"default-graph-uri": graph})
    assert only == size < total
    assert int(by_param.json()["results"]["bindings"][0]["n"]["value"]) == size


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p }",
    "SELEC ?s WHERE { ?s ?p ?o }",
    "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = )\n}",
    "SELECT * WHERE { ?s nope:p ?o }",
])
def test_malformed_query_is_400_with_position_and_no_internals(server, seed_store_path: Path, query: str) -> None:  # type: ignore[no-untyped-def]
    answer = post_query(server, query)
    assert answer.status == 400
    assert answer.text.startswith("[KG030] the query is not valid SPARQL 1.1")
    assert re.search(r"\b\d+:\d+\b", answer.text), answer.text
    assert answer.text.count("\n") == 1
    for leak in ("Traceback", "File \"", "/work/", "/tmp", str(seed_store_path), os.getcwd()):
        assert leak not in answer.text


def test_methods_paths_and_media_types(server) -> None:  # type: ignore[no-untyped-def]
    put = request(server, "PUT", "/sparql", b"x", {"Content-Type": "text/turtle"})
    assert put.status == 405 and "GET" in put.headers["allow"]
    assert request(server, "DELETE", "/sparql").status == 405
    assert request(server, "OPTIONS", "/sparql").status == 405  # no CORS preflight unless --cors
    assert request(server, "GET", "/nothing").status == 404
    assert request(server, "POST", "/sparql", b"SELECT * {}", {"Content-Type": "text/plain"}).status == 415
    assert post_form(server, {"format": "json"}).status == 400  # no query field
    two = request(server, "GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert two.status == 400 and "exactly one" in two.text


def test_not_acceptable(server) -> None:  # type: ignore[no-untyped-def]
    assert get_query(server, MET, accept="image/png").status == 406
    assert get_query(server, MET, format="pdf").status == 406
    csv_graph = get_query(server, MET_CONSTRUCT, accept="text/csv")
    assert csv_graph.status == 406 and csv_graph.text.startswith("[KG085]")
    assert get_query(server, MET_CONSTRUCT, format="xml").status == 406


def test_a_too_long_get_is_414(server) -> None:  # type: ignore[no-untyped-def]
    query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 70_000
    answer = get_query(server, query)
    assert answer.status == 414
    assert b"Traceback" not in answer.body and b"<html" not in answer.body.lower()


def test_defaults_loopback_and_no_cors(server) -> None:  # type: ignore[no-untyped-def]
    assert server.options.host == "127.0.0.1" and server.httpd.server_address[0] == "127.0.0.1"
    answer = get_query(server, MET)
    assert not [h for h in answer.headers if h.startswith("access-control")]
    assert answer.headers["server"] == "kg"
    assert warn_if_exposed("127.0.0.1") is None and warn_if_exposed("::1") is None
    assert "warning" in (warn_if_exposed("0.0.0.0") or "")


# ---------------------------------------------------------------------------- limits


def test_body_over_the_limit_is_413(seed_store_path: Path) -> None:
    with running(seed_store_path, max_body=2_000, workers=1) as small:
        padding = "#" + "x" * 3_000 + "\n"
        big = post_query(small, padding + MET)
        assert big.status == 413 and big.text.startswith("[KG084]") and "2,000" in big.text
        form = post_form(small, {"query": padding + MET})
        assert form.status == 413
        assert post_query(small, MET).status == 200  # under the limit: fine (and the server still answers)


def test_row_cap_cuts_and_says_so(seed_store_path: Path) -> None:
    with running(seed_store_path, max_rows=5, workers=1) as capped:
        cut = get_query(capped, "SELECT * WHERE { ?s ?p ?o }")
        assert cut.status == 200
        assert len(cut.json()["results"]["bindings"]) == 5
        assert (cut.headers["x-kg-truncated"], cut.headers["x-kg-rows"], cut.headers["x-kg-row-limit"]) == ("true", "5", "5")
        as_csv = get_query(capped, "SELECT * WHERE { ?s ?p ?o }", format="csv")
        assert len(list(csv.reader(io.StringIO(as_csv.text)))) == 1 + 5
        exact = get_query(capped, "SELECT * WHERE { ?s ?p ?o } LIMIT 5")  # exactly at the cap: not cut
        assert exact.headers["x-kg-truncated"] == "false" and len(exact.json()["results"]["bindings"]) == 5
        graph = get_query(capped, "CONSTRUCT WHERE { ?s ?p ?o }", format="ntriples")
        assert graph.headers["x-kg-truncated"] == "true" and len(graph.text.strip().splitlines()) == 5
        small = get_query(capped, MET)
        assert small.headers["x-kg-truncated"] == "false" and small.headers["x-kg-rows"] == "2"


def _timed(fn):  # type: ignore[no-untyped-def]
    started = time.monotonic()
    result = fn()
    return result, time.monotonic() - started


def test_a_cross_product_is_cancelled_while_others_are_answered(seed_store_path: Path) -> None:
    with running(seed_store_path, timeout=2, workers=2) as srv:
        before = srv.pool.pids()
        slow: dict[str, object] = {}
        thread = threading.Thread(target=lambda: slow.update(zip(("answer", "seconds"), _timed(lambda: get_query(srv, CROSS)))))
        thread.start()
        time.sleep(0.3)  # the cross product is now evaluating in a worker
        health, health_s = _timed(lambda: request(srv, "GET", "/health"))
        simple, simple_s = _timed(lambda: get_query(srv, MET))
        assert health.status == 200 and health_s < 1.0
        assert simple.status == 200 and simple_s < 1.0
        assert thread.is_alive()  # the slow one really was running meanwhile
        thread.join(10)
        answer = slow["answer"]
        assert answer.status == 503, answer.text  # type: ignore[attr-defined]
        assert answer.text.startswith("[KG082]") and "2 s" in answer.text  # type: ignore[attr-defined]
        assert 1.9 <= slow["seconds"] < 3.0  # type: ignore[operator]
        # the worker was killed and replaced: the server still answers, with a fresh process
        deadline = time.monotonic() + 10
        while len(srv.pool.pids()) < 3 and time.monotonic() < deadline:  # 2 workers and the quick lane's
            time.sleep(0.05)
        after = srv.pool.pids()
        assert len(after) == 3 and len(set(after) - set(before)) == 1
        killed = (set(before) - set(after)).pop()
        with pytest.raises(ProcessLookupError):
            os.kill(killed, 0)
        for _ in range(4):  # both workers (the old and the new) answer
            assert get_query(srv, MET).status == 200


def test_memory_limit_cancels_a_runaway_sort(seed_store_path: Path) -> None:
    with running(seed_store_path, timeout=20, max_memory=200, workers=1) as srv:
        answer, seconds = _timed(lambda: get_query(srv, "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f"))
        assert answer.status == 503 and answer.text.startswith("[KG086]") and "200 MB" in answer.text
        assert seconds < 10
        deadline = time.monotonic() + 10
        while get_query(srv, MET).status != 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert get_query(srv, MET).status == 200


def test_busy_workers_answer_503_not_hang(seed_store_path: Path) -> None:
    with running(seed_store_path, timeout=1.5, workers=1) as srv:
        thread = threading.Thread(target=lambda: get_query(srv, CROSS))
        thread.start()
        time.sleep(0.2)
        answer, seconds = _timed(lambda: get_query(srv, MET))
        thread.join(10)
        # it waited for the one worker at most the timeout, then was either served or told so
        assert answer.status in (200, 503) and seconds < 3.5
        if answer.status == 503:
            assert answer.text.startswith(("[KG083]", "[KG082]"))


def test_concurrent_clients(server) -> None:  # type: ignore[no-untyped-def]
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(get_query(server, MET).status)) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert results == [200] * 16


def test_cors_only_when_asked(seed_store_path: Path) -> None:
    with running(seed_store_path, cors=True, workers=1) as srv:
        answer = get_query(srv, MET)
        assert answer.headers["access-control-allow-origin"] == "*"
        assert "X-KG-Truncated" in answer.headers["access-control-expose-headers"]
        assert request(srv, "OPTIONS", "/sparql").status == 204


def test_missing_store_and_bad_limits_are_one_line_errors(tmp_path: Path) -> None:
    from kg.errors import KGError, StoreError

    with pytest.raises(StoreError, match=r"^\[KG020\] no store at"):
        make_server(tmp_path / "nothing", port=0)
    with pytest.raises(KGError, match=r"--timeout must be positive"):
        make_server(tmp_path, port=0, timeout=0)
    (tmp_path / "not-a-store").mkdir()
    (tmp_path / "not-a-store" / "CURRENT").write_text("garbage")
    with pytest.raises(StoreError, match=r"cannot open the store"):
        make_server(tmp_path / "not-a-store", port=0)


# ---------------------------------------------------------------------------- the command


def test_help_lists_every_limit() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200", "TERM": "dumb"})
    assert result.exit_code == 0
    for flag in ("--store", "--host", "--port", "--timeout", "--max-rows", "--max-body", "--workers",
                 "--max-memory", "--cors"):
        assert flag in result.output, flag
    assert "127.0.0.1" in result.output and "10000" in result.output and "1000000" in result.output


def test_kg_serve_runs_answers_and_stops_on_sigterm(seed_store_path: Path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(seed_store_path), "--port", "0",
                                "--quiet"], stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()  # type: ignore[union-attr]
        match = re.search(r"at http://127\.0\.0\.1:(\d+)/sparql", line)
        assert match, line
        port = int(match.group(1))
        workers = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True, check=False).stdout.split()
        assert len(workers) == 3  # --workers 2, and the quick lane's

        class _Port:
            pass

        target = _Port()
        target.port = port  # type: ignore[attr-defined]
        answer = get_query(target, MET)  # type: ignore[arg-type]
        assert answer.status == 200 and len(answer.json()["results"]["bindings"]) == 2
        # the query page's Draw as graph: the CLI gives the server its drawer (kg.viz, a layer above)
        drawn = request(target, "GET", "/graph?query=" + urllib.parse.quote(MET_CONSTRUCT))  # type: ignore[arg-type]
        assert drawn.status == 200 and "Kim Jong-un" in drawn.text
        assert drawn.headers["content-security-policy"].startswith("default-src 'none'")
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
        time.sleep(0.2)
        for pid in workers:
            with pytest.raises(ProcessLookupError):
                os.kill(int(pid), 0)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()  # type: ignore[union-attr]


def test_kg_serve_warns_when_not_on_loopback(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "missing"), "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "warning: listening on 0.0.0.0" in result.stderr
    assert "[KG020] no store at" in result.stderr
