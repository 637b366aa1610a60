"""The query page's editor and what it reads (/schema.json, /describe, /graph), over real HTTP and in a real
headless Chromium: the issue's story, "who bought whom", answered without reading kg's source."""

from __future__ import annotations

import csv
import io
import json
import re
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.query.server import SparqlServer, running
from tests.query.browser_session import CTRL, Session
from tests.query.conftest import request

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "exports" / "screenshots"
#: one short article with two acquisitions, in the words a reporter uses ("bought", "acquired")
DEAL = """Microsoft buys LinkedIn

Microsoft bought LinkedIn for $26.2 billion in June 2016, the companies said. Satya Nadella, the chief executive of \
Microsoft, praised the professional network. Google acquired YouTube in 2006.
"""
MICROSOFT = "https://w3id.org/kg-news/id/entity/microsoft"
#: the editor's shadow root (CodeMirror's styles are constructed style sheets there; see kg/query/page.py)
EDITOR = "document.getElementById('editor').shadowRoot"
HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>'




@pytest.fixture(scope="module")
def deal_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    """``kg serve`` on a store built (real model) from the deal article, drawing graphs as the CLI does."""
    folder = tmp_path_factory.mktemp("deal")
    (folder / "articles").mkdir()
    (folder / "articles" / "deal.txt").write_text(DEAL, encoding="utf-8")
    with KnowledgeGraph.open(folder / "store") as graph:
        assert graph.add(folder / "articles").added == ["deal"]

    def draw(query: str) -> str:
        with KnowledgeGraph.open(folder / "store", read_only=True) as graph:
            return Path(graph.visualize(folder / "drawn.html", query=query).path).read_text(encoding="utf-8")

    with running(folder / "store", timeout=10, draw=draw) as server:
        yield server


# ---------------------------------------------------------------------------- the routes, over HTTP


@pytest.mark.model
def test_schema_json_is_the_schema_of_kg_schema(deal_server: SparqlServer) -> None:
    answer = request(deal_server, "GET", "/schema.json")
    assert answer.status == 200 and answer.headers["content-type"] == "application/json"
    data = answer.json()
    (acquired,) = [t for t in data["predicates"] if t["name"] == "kg:acquired"]
    assert (acquired["count"], acquired["statements"], acquired["example"]) == (2, 2, "Google acquired YouTube")
    with KnowledgeGraph.open(deal_server.store, read_only=True) as graph:
        assert json.loads(json.dumps(graph.schema().to_dict())) == data


@pytest.mark.model
def test_describe_gives_facts_with_evidence_and_article(deal_server: SparqlServer) -> None:
    answer = request(deal_server, "GET", "/describe?iri=" + urllib.parse.quote(MICROSOFT, safe=""))
    assert answer.status == 200
    data = answer.json()
    assert data["label"] == "Microsoft" and data["types"] == ["https://w3id.org/kg-news/ontology#Organization"]
    bought = [f for f in data["facts"] if f["predicate"]["value"].endswith("#acquired")]
    assert [(f["object"]["value"], f["article"]["value"]) for f in bought] == [
        ("https://w3id.org/kg-news/id/entity/linkedin", "deal")]
    assert bought[0]["evidence"]["value"].startswith("Microsoft bought LinkedIn for $26.2 billion")
    for bad in ("/describe?iri=not%20an%20iri%3E", "/describe"):
        refused = request(deal_server, "GET", bad)
        assert refused.status == 400 and refused.text.count("\n") == 1, refused.text


@pytest.mark.model
def test_graph_draws_the_result_under_the_explorer_policy(deal_server: SparqlServer) -> None:
    query = "SELECT ?s ?p ?o WHERE { ?s kg:acquired ?o BIND(kg:acquired AS ?p) }"
    answer = request(deal_server, "GET", "/graph?query=" + urllib.parse.quote(query))
    assert answer.status == 200 and answer.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert '"label": "LinkedIn"' in answer.text or "LinkedIn" in answer.text
    for bad, status in (("ASK { ?s ?p ?o }", 400), ("DELETE WHERE { ?s ?p ?o }", 403),
                        ("SELECT ?x WHERE { ?x ?y ?z . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", 503)):
        refused = request(deal_server, "GET", "/graph?query=" + urllib.parse.quote(bad), timeout=30)
        assert refused.status in (status, 400) and refused.text.count("\n") == 1, (bad, refused.text)
    assert request(deal_server, "POST", "/graph").status == 405


@pytest.mark.model
def test_the_readme_shows_what_kg_schema_prints(deal_server: SparqlServer) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = readme.split("article about Microsoft buying LinkedIn:\n\n```\n", 1)[1].split("```", 1)[0]
    assert shown.count("\n") == 4
    printed = CliRunner().invoke(app, ["schema", "--store", str(deal_server.store)])
    assert printed.exit_code == 0 and shown in printed.stdout


# ---------------------------------------------------------------------------- the editor, in Chromium


@pytest.mark.model
def test_who_bought_whom_in_the_editor(deal_server: SparqlServer, chromium: str, tmp_path: Path) -> None:
    session = Session()
    try:
        session.pipe.call("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path),
                                                          "eventsEnabled": True}, session=False)
        session.open(deal_server.url + "/", ready="document.body.dataset.ready === '1' && document.body.dataset.schema")
        # the examples are about this store: its most connected entity
        titles = session.evaluate("[...document.querySelectorAll('#examples option')].map(o => o.textContent)")
        assert "What is known about Microsoft (the most connected entity), with evidence" in titles

        # highlighting: the keyword has a colour of its own
        colours = session.evaluate(
            f"(() => {{ const kw = [...{EDITOR}.querySelectorAll('.cm-line span')]"
            f".find(s => s.textContent === 'SELECT'); const base = {EDITOR}.querySelector('.cm-content');"
            " return kw ? [getComputedStyle(kw).color, getComputedStyle(base).color] : null; })()")
        assert colours is not None and colours[0] != colours[1]

        # completion: typing kg:acq offers kg:acquired, with its meaning
        session.click(".cm-content", shadow="#editor")
        session.key("a", CTRL)
        session.key("Backspace")
        session.type("SELECT ?s ?p ?o WHERE { ?s kg:acq")
        offered = session.wait_for(f"(() => {{ const items = [...{EDITOR}.querySelectorAll("
                                   "'.cm-tooltip-autocomplete li')].map(li => li.textContent);"
                                   " return items.length ? items : null; })()")
        assert any(item.startswith("kg:acquired") for item in offered), offered
        session.screenshot(SCREENSHOTS / "editor-completion.png")
        # CodeMirror ignores Enter on a completion list for its interactionDelay (75 ms) after the list opens, and a
        # busy machine takes longer to paint it: wait past that before accepting, else Enter breaks the line
        time.sleep(0.5)
        session.key("Enter")
        session.type(" ?o BIND(kg:acquired AS ?p) ")
        session.key("Escape")
        text = session.evaluate(f"{EDITOR}.querySelector('.cm-content').textContent")
        assert text == "SELECT ?s ?p ?o WHERE { ?s kg:acquired ?o BIND(kg:acquired AS ?p) }"

        # run: a table of two acquisitions, IRIs as links
        session.click("#run")
        session.wait_for("/row\\(s\\)/.test(document.getElementById('status').textContent)")
        rows = session.evaluate("[...document.querySelectorAll('#results tbody tr')]"
                                ".map(r => [...r.cells].map(c => c.textContent))")
        assert sorted(rows) == [["kgid:entity/google", "kg:acquired", "kgid:entity/youtube"],
                                ["kgid:entity/microsoft", "kg:acquired", "kgid:entity/linkedin"]]
        session.screenshot(SCREENSHOTS / "editor-results.png")

        # describe: a click on Microsoft shows its facts with the evidence sentence and the article id
        session.click(f"#results a.iri[title='{MICROSOFT}']")
        session.wait_for(f"document.getElementById('describe').dataset.iri === {MICROSOFT!r}")
        described = session.evaluate("document.getElementById('describe').innerText")
        assert described.startswith("Microsoft\n")
        assert "Microsoft bought LinkedIn for $26.2 billion in June 2016, the companies said." in described
        assert "Microsoft\tkg:acquired\tLinkedIn\tMicrosoft bought LinkedIn" in described  # labels, not IRIs
        assert "\tdeal\t" in described
        session.screenshot(SCREENSHOTS / "editor-describe.png")

        # CSV: the endpoint's own CSV of the same query, downloaded
        session.click("#csv")
        downloaded = tmp_path / "kg-results.csv"
        session.wait_for("true", timeout=1)
        for _ in range(100):
            if downloaded.exists() and downloaded.stat().st_size:
                break
            session.pipe.pump(0.1)
        table = list(csv.reader(io.StringIO(downloaded.read_text(encoding="utf-8"))))
        assert table[0] == ["s", "p", "o"] and sorted(r[2] for r in table[1:]) == [
            "https://w3id.org/kg-news/id/entity/linkedin", "https://w3id.org/kg-news/id/entity/youtube"]

        # hostile text from a query stays text
        session.click(".cm-content", shadow="#editor")
        session.key("a", CTRL)
        session.key("Backspace")
        session.type(f'SELECT ?x WHERE {{ BIND("{HOSTILE}" AS ?x) ')
        session.key("Escape")
        session.click("#run")
        session.wait_for("/row\\(s\\)/.test(document.getElementById('status').textContent)")
        assert session.evaluate("document.querySelector('#results td').textContent") == HOSTILE
        assert session.evaluate("document.querySelectorAll('#results img, #results script').length") == 0

        # draw as graph: the link opens the explorer on the query's result
        session.click(".cm-content", shadow="#editor")
        session.key("a", CTRL)
        session.key("Backspace")
        session.type("SELECT ?s ?p ?o WHERE { ?s kg:acquired ?o BIND(kg:acquired AS ?p) ")
        session.key("Escape")
        session.click("#draw")
        href = session.wait_for("document.getElementById('draw').href.includes('query=') && "
                                "document.getElementById('draw').href")
        assert re.match(re.escape(deal_server.url) + r"/graph\?query=SELECT", href)
        session.open(href, ready="document.body.dataset.ready === '1'")
        drawn = session.evaluate("[document.body.dataset.nodesDrawn, document.body.dataset.edgesDrawn,"
                                 " document.getElementById('kg-data').textContent]")
        assert (drawn[0], drawn[1]) == ("4", "2") and all(name in drawn[2] for name in (
            "Microsoft", "LinkedIn", "Google", "YouTube"))
        session.screenshot(SCREENSHOTS / "editor-graph.png")

        report = session.report(allowed=deal_server.url + "/")
        assert report.console_errors == []
        assert report.external_requests == []
        assert report.dialogs == []
    finally:
        session.close()
