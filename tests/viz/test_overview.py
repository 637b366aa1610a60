"""The overview page of a real mid-size store (60 BBC technology articles) and the explorer on it.

The overview is computed in the store (issue 9, Outputs): entities are ranked on the entity graph's
direct triples alone and only the drawn ones are described, so a 3M-quad store gets its page in
seconds. These tests hold it to the page the whole projection (``to_networkx``) draws, byte for
byte, and drive the explorer (issue 11) in a real headless Chromium: search, click-to-expand, the
in-page filters, with no console error and no request.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg import KnowledgeGraph
from kg.viz import render_html
from kg.viz import views
from tests.conftest import shared_data

from . import browser
from .test_html import SCREENSHOTS, page_data


pytestmark = [pytest.mark.model, pytest.mark.slow]

ARTICLES = 60


@pytest.fixture(scope="module")
def bbc_tech(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    """The first 60 BBC technology articles (Microsoft is in 14 of them), built once."""
    source = shared_data("data", "bbc_news", "bbc_news.jsonl")
    assert source is not None
    folder = tmp_path_factory.mktemp("bbc-tech")
    chosen = []
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if json.loads(line)["id"].startswith("bbc-tech-"):
                chosen.append(line)
            if len(chosen) == ARTICLES:
                break
    (folder / "tech.jsonl").write_text("".join(chosen), encoding="utf-8")
    graph = KnowledgeGraph.open(folder / "store")
    report = graph.add([folder / "tech.jsonl"])
    assert not report.errors and len(report.added) == ARTICLES
    yield graph
    graph.close()


def _projection_page(graph: KnowledgeGraph, path: Path, **options: Any) -> str:
    """The page as drawn before the overview: the whole store projected into networkx, then cut."""
    whole = graph.to_networkx(types=options.get("types"), predicates=options.get("predicates"))
    notes = ["filters: " + "; ".join(whole.graph["filters"])] if whole.graph.get("filters") else []
    render_html(whole, path, title="kg", max_nodes=options.get("max_nodes", 300),
                communities=options.get("communities", False), notes=notes, min_community=3)
    return path.read_text("utf-8")


@pytest.mark.parametrize("options", [{}, {"max_nodes": 40}, {"max_nodes": 40, "communities": True},
                                     {"types": "Person,Organization", "max_nodes": 60},
                                     {"predicates": "worksFor,basedIn,leaderOf"}])
def test_overview_is_computed_in_the_store_and_draws_what_the_projection_draws(
        bbc_tech: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: dict[str, Any]) -> None:
    expected = _projection_page(bbc_tech, tmp_path / "projection.html", **options)

    def no_projection(*args: object, **kwargs: object) -> nx.MultiDiGraph:
        raise AssertionError("the overview projected the whole store")

    monkeypatch.setattr(views, "to_networkx", no_projection)
    report = bbc_tech.visualize(tmp_path / "overview.html", **options)
    page = (tmp_path / "overview.html").read_text("utf-8")
    assert page == expected  # same nodes, edges, sizes, layout, tooltips, legend
    data = page_data(page)
    assert report.nodes_drawn == len(data["nodes"]) > 10 and report.edges_drawn == len(data["edges"])
    # the most connected entities with their ties: no lone dot
    linked = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    assert {n["id"] for n in data["nodes"]} == linked


def test_one_edge_per_relation_with_all_its_evidence(bbc_tech: KnowledgeGraph, tmp_path: Path) -> None:
    """Issue 9 row 17: a relation told by several articles, or twice in one, is one drawn edge."""
    bbc_tech.visualize(tmp_path / "all.html", max_nodes=1000)
    data = page_data((tmp_path / "all.html").read_text("utf-8"))
    drawn = [(e["from"], e["to"], e["label"]) for e in data["edges"]]
    assert len(drawn) == len(set(drawn))
    sym = [(e["from"], e["to"], e["label"]) for e in data["edges"] if e.get("arrows")]
    assert not [1 for a, b, p in sym if (b, a, p) in set(drawn)]  # a symmetric one not also drawn backwards
    whole = bbc_tech.to_networkx()
    told = {(u, v, k): d["evidence"] for u, v, k, d in whole.edges(keys=True, data=True)}
    many = [key for key, ev in told.items() if len({x["id"] for x in ev}) > 1 or len(ev) > 1]
    assert many, "no relation in these articles is told twice: pick other articles"
    by_label = {n["id"]: n["label"] for n in data["nodes"]}
    for u, v, k in many:
        s, o = whole.nodes[u]["label"], whole.nodes[v]["label"]
        edges = [e for e in data["edges"] if e["label"] == k and
                 {by_label[e["from"]], by_label[e["to"]]} == {s, o}]
        if edges:  # drawn once, its tooltip counting every sentence and article that tells it
            [edge] = edges
            assert f"Evidence ({len(told[(u, v, k)])}):" in edge["title"]


@pytest.mark.browser
def test_explorer_search_expand_and_filters(chromium: str, bbc_tech: KnowledgeGraph, tmp_path: Path) -> None:
    report = bbc_tech.visualize(tmp_path / "tech.html", max_nodes=25, title="kg: BBC technology")
    data = page_data(report.path.read_text("utf-8"))
    selected_point = ("(() => { const n = window.kgNetwork, id = n.getSelectedNodes()[0],"
                      " p = n.canvasToDOM(n.getPosition(id)), r = document.getElementById('kg-graph')"
                      ".getBoundingClientRect(); return {x: p.x + r.left, y: p.y + r.top}; })()")
    search_box = ("(() => { const r = document.getElementById('kg-search').getBoundingClientRect();"
                  " return {x: r.left + 8, y: r.top + 8}; })()")
    state = ("(() => { const n = window.kgNetwork, d = document.body.dataset; return {found: d.found,"
             " selected: n.getSelectedNodes().map(i => n.body.data.nodes.get(i).label),"
             " nodes: n.body.data.nodes.length, edges: n.body.data.edges.length, expanded: d.expanded,"
             " scale: n.getScale(), centre: n.getViewPosition(),"
             " at: n.getSelectedNodes().length ? n.getPosition(n.getSelectedNodes()[0]) : null}; })()")
    r = browser.load_page(report.path, screenshot=SCREENSHOTS / "viz_explorer_search.png", steps=[
        ("click", search_box), ("type", "microso"), ("key", "Enter"), ("js", state),
        ("click", selected_point), ("js", state),
    ])
    assert r.ready and r.console_errors == [] and r.external_requests == [] and r.dialogs == []
    found, expanded = r.steps
    # typing part of a name finds it, selects it and centres the view on it
    assert found["found"] == "Microsoft" and found["selected"] == ["Microsoft"]
    assert abs(found["centre"]["x"] - found["at"]["x"]) < 1 and abs(found["centre"]["y"] - found["at"]["y"]) < 1
    # a click brings in its neighbours that were not drawn, with the relations to them
    microsoft = next(n["id"] for n in data["nodes"] if n["label"] == "Microsoft")
    more_nodes, more_edges = data["expand"][str(microsoft)]
    assert more_nodes and int(expanded["expanded"]) == len(more_nodes)
    assert expanded["nodes"] == found["nodes"] + len(more_nodes) == len(data["nodes"]) + len(more_nodes)
    assert expanded["edges"] == len(data["edges"]) + len(set(more_edges))

    # the filters: a type unticked hides its entities; one predicate left shows its edges only; a date
    # range before every article hides every edge (and the entities left without one)
    organizations = sum(1 for n in data["nodes"] if n["kgType"] == "Organization")
    untick = ("(() => { for (const box of document.querySelectorAll('#%s input'))"
              " { if (%s) { box.click(); } } return null; })()")
    visible = ("(() => { const n = window.kgNetwork.body.data; return {nodes: n.nodes.get({filter: x => !x.hidden})"
               ".map(x => x.kgType), edges: n.edges.get({filter: x => !x.hidden}).map(x => x.kgPredicate)}; })()")
    kept = data["edges"][0]["kgPredicate"]
    r = browser.load_page(report.path, screenshot=SCREENSHOTS / "viz_explorer_filters.png", steps=[
        ("js", visible),
        ("js", untick % ("kg-types", "box.value === 'Organization'")), ("js", visible),
        ("js", untick % ("kg-types", "box.value === 'Organization'")),
        ("js", untick % ("kg-predicates", f"box.value !== {json.dumps(kept)}")), ("js", visible),
        ("js", "(() => { const s = document.getElementById('kg-since'), u = document.getElementById('kg-until');"
               " s.value = '1990-01-01'; u.value = '1990-12-31'; u.dispatchEvent(new Event('change'));"
               " return null; })()"), ("js", visible),
    ])
    assert r.ready and r.console_errors == [] and r.external_requests == [] and r.dialogs == []
    everything, _, no_orgs, _, _, one_predicate, _, dated = r.steps
    assert len(everything["nodes"]) == len(data["nodes"]) and organizations
    assert "Organization" not in no_orgs["nodes"] and len(no_orgs["nodes"]) == len(data["nodes"]) - organizations
    assert set(one_predicate["edges"]) == {kept} and len(one_predicate["nodes"]) < len(data["nodes"])
    assert dated == {"nodes": [], "edges": []}  # these articles carry no date: a date range leaves nothing
