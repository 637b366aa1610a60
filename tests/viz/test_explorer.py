"""The graph explorer on the real seeds: filters, communities, paths, query -> picture, Jupyter, CLI.

Everything runs against the store built from ``seeds/`` (real spaCy model,
real Oxigraph store) and, for the page checks, a real headless Chromium.
Expectations are what the seeds really say: e.g. Bencosme's criticism of
Trump and Trump's meeting with Kim connect Bencosme to Kim in two hops.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg import KnowledgeGraph
from kg.cli import app
from kg.errors import NoPathError, UnknownEntityError, VizError
from kg.viz import NotebookFrame, render_html, show
from kg.viz import html as viz_html
from kg.viz.paths import render_path

from . import browser
from .test_html import PAYLOADS, SCREENSHOTS, hostile_graph, page_data, parse, without_vis_library


SEED_ID = "000_4dd0882b0b80ae72"
SEED_TITLE = "Trump pressured to raise North Korea's human rights issues"
APPLE_CORPS = "Beatles ' Apple Corps sues Apple Computer"
runner = CliRunner()

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def kg_seeds(seed_store_path: Path) -> Iterator[KnowledgeGraph]:
    """The session's seed store, opened read-only for this module."""
    graph = KnowledgeGraph.open(seed_store_path, read_only=True)
    yield graph
    graph.close()


def labels(graph: nx.MultiDiGraph) -> set[str]:
    return {d["label"] for _, d in graph.nodes(data=True)}


def triples(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(graph.nodes[u]["label"], d["predicate"], graph.nodes[v]["label"]) for u, v, d in graph.edges(data=True)}


def dates(graph: nx.MultiDiGraph) -> set[str]:
    return {ev["date"] for _, _, d in graph.edges(data=True) for ev in d["evidence"]}


# --------------------------------------------------------------------------- filters


def test_article_filter(kg_seeds: KnowledgeGraph) -> None:
    g = kg_seeds.to_networkx(article=SEED_ID)
    assert {"Donald Trump", "Kim Jong-un", "Amnesty International", "Francisco Bencosme"} <= labels(g)
    assert not [x for x in labels(g) if "Apple" in x]
    assert {ev["article"] for _, _, d in g.edges(data=True) for ev in d["evidence"]} == {SEED_TITLE}
    # Only entities in a kept relation: no isolated node is left.
    assert not list(nx.isolates(g)) and g.graph["filters"] == [f"article {SEED_ID}"]
    other = kg_seeds.to_networkx(article="meantime-en-37313")
    assert ("Apple Corps", "sued", "Apple Computer") in triples(other) and "Donald Trump" not in labels(other)


def test_predicate_filter(kg_seeds: KnowledgeGraph) -> None:
    met = kg_seeds.to_networkx(predicates="met")
    # The seed says both "Trump met Kim" and "the two leaders' meetings" (Kim first): "met" is symmetric, so
    # that is one edge (issue 9 row 17: no duplicate drawn), ends in IRI order, with the evidence of both.
    assert triples(met) == {("Donald Trump", "met", "Kim Jong-un")}
    [(_, _, edge)] = met.edges(data=True)
    assert edge["symmetric"] and len({ev["sentence"] for ev in edge["evidence"]}) >= 2
    assert labels(met) == {"Donald Trump", "Kim Jong-un"}
    both = kg_seeds.to_networkx(predicates=["met", "criticized"])
    assert triples(both) == {
        ("Donald Trump", "met", "Kim Jong-un"),
        ("Amnesty International", "criticized", "Donald Trump"),
        ("Francisco Bencosme", "criticized", "Donald Trump"),
    }
    # An open verb (kgrel:) is no edge of the entity graph (issue 8): "Trump looks at Kim" is an open statement,
    # so asking for it says why instead of drawing an empty page.
    with pytest.raises(VizError, match=r"\[KG070\] no edge uses the predicate 'lookAt': its statements are open "
                                       r"\(kg:OpenStatement, see kg:openReason\), not edges of the entity graph; "
                                       r"draw them with layer open \(--layer open\); the most used are: .*\bcriticized\b"):
        kg_seeds.to_networkx(predicates="lookAt")
    # the open layer draws it, with the reason it is no edge of the entity graph
    looked = kg_seeds.to_networkx(predicates="lookAt", layer="open")
    assert triples(looked) == {("Donald Trump", "lookAt", "Kim Jong-un")}
    assert [(d["open"], d["controlled"], d["reasons"]) for _, _, d in looked.edges(data=True)] == \
        [(True, False, ["open predicate"])]
    looks = kg_seeds.query("""SELECT ?s ?o ?reason WHERE { ?st a kg:OpenStatement ; rdf:subject ?s ;
        rdf:predicate kgrel:lookAt ; rdf:object ?o ; kg:openReason ?reason }""").values()
    assert {(r["s"], r["o"], r["reason"]) for r in looks} == {
        ("https://w3id.org/kg-news/id/entity/donald-trump", "https://w3id.org/kg-news/id/entity/kim-jong-un",
         "open predicate")}


def test_date_filter_uses_statement_time_then_article_date(kg_seeds: KnowledgeGraph) -> None:
    wikinews = kg_seeds.to_networkx(since="2006", until="2010")
    assert dates(wikinews) == {"2006-03-28", "2007-12-20", "2008-07-02", "2010-08-09"}  # no 2024 article
    assert not {"Donald Trump", "Kim Jong-un", "Amnesty International"} & labels(wikinews)
    assert {("Apple Corps", "sued", "Apple Computer"), ("IBM", "sued", "Mark Papermaster"),
            ("Michael R. Golden", "worksFor", "Government Accountability Office")} <= triples(wikinews)
    # "Apple Corps was founded by the Beatles in 1968": kg:time 1968 wins over the 2006 article date.
    assert ("Beatles", "founded", "Apple Corps") not in triples(wikinews)
    seventies = kg_seeds.to_networkx(since="1960", until="1980")
    # "Apple Computer was started by Steve Jobs and Steve Wozniak in 1976" is dated too: founded, at 1976
    assert triples(seventies) == {("Beatles", "founded", "Apple Corps"), ("Steve Jobs", "founded", "Apple Computer"),
                                  ("Steve Wozniak", "founded", "Apple Computer")}
    assert dates(seventies) == {"2006-03-28"}  # only sentences dated 1968 and 1976 in the 2006 article
    # The Hanoi meeting is dated Feb. 28 in the text, the article months later.
    day = kg_seeds.to_networkx(since="2024-02-28", until="2024-02-28")
    assert triples(day) == {("Donald Trump", "met", "Kim Jong-un")}
    assert kg_seeds.to_networkx(since="2025").number_of_nodes() == 0
    assert kg_seeds.to_networkx(until="2006-03").graph["filters"] == ["dates … to 2006-03-31"]


def test_types_and_combined_filters(kg_seeds: KnowledgeGraph) -> None:
    people = kg_seeds.to_networkx(types="person")
    assert {d["type"] for _, d in people.nodes(data=True)} == {"Person"}
    assert ("Francisco Bencosme", "criticized", "Donald Trump") in triples(people)
    combo = kg_seeds.to_networkx(article=SEED_ID, types=["Person", "Organization"], predicates="criticized,worksFor")
    assert triples(combo) == {("Amnesty International", "criticized", "Donald Trump"),
                              ("Francisco Bencosme", "criticized", "Donald Trump"),
                              ("Francisco Bencosme", "worksFor", "Amnesty International")}
    assert combo.graph["filters"] == [f"article {SEED_ID}", "predicates criticized, worksFor",
                                      "types Person, Organization"]


@pytest.mark.parametrize(("options", "message"), [
    ({"article": "nope"}, r"\[KG070\] no article 'nope' in the store"),
    ({"predicates": "mett"}, r"\[KG070\] no relation uses the predicate 'mett'; the closest are: met\b.*; the most used are: "),
    ({"predicates": "met> } ?s ?p ?o {"}, r"\[KG070\] 'met> } \?s \?p \?o \{' is not a predicate name"),
    ({"since": "2010-13"}, r"\[KG070\] --since '2010-13' has no month 13"),
    ({"until": "2010-02-30"}, r"\[KG070\] --until '2010-02-30' has no day 30"),
    ({"since": "yesterday"}, r"\[KG070\] --since 'yesterday' is not a date"),
    ({"since": "2011", "until": "2010"}, r"\[KG070\] --since 2011 is after --until 2010"),
    ({"types": "Robot"}, r"\[KG070\] unknown entity type 'Robot'"),
])
def test_bad_filters_are_one_line_errors(kg_seeds: KnowledgeGraph, options: dict[str, Any], message: str) -> None:
    with pytest.raises(VizError, match=message) as caught:
        kg_seeds.to_networkx(**options)
    assert "\n" not in str(caught.value)


def test_user_values_cannot_change_the_sparql(kg_seeds: KnowledgeGraph) -> None:
    # A quote in an article id is a character of the id, not the end of a literal.
    for evil in ('x" } UNION { ?a kg:articleId ?id', "x' . ?a ?b ?c #", 'x\\" } #'):
        with pytest.raises(VizError, match="no article"):
            kg_seeds.to_networkx(article=evil)


# --------------------------------------------------------------------------- pages


def test_page_header_names_the_filters(kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    rep = kg_seeds.visualize(tmp_path / "f.html", article=SEED_ID, predicates="met,criticized", physics=False)
    page = (tmp_path / "f.html").read_text("utf-8")
    assert f'<p class="kg-view">filters: article {SEED_ID}; predicates criticized, met</p>' in page
    # Trump and Kim met: one edge ("met" is symmetric), not one each way
    assert (rep.nodes_drawn, rep.edges_drawn) == (4, 3) and page_data(page)["physics"] is False
    with pytest.raises(UnknownEntityError, match=r"\[KG071\] no entity named 'Steve Jobs'"):
        kg_seeds.visualize(tmp_path / "x.html", article=SEED_ID, focus="Steve Jobs")


def test_communities_colour_and_legend(kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    rep = kg_seeds.visualize(tmp_path / "c.html", communities=True)
    page = (tmp_path / "c.html").read_text("utf-8")
    data = page_data(page)
    assert '<ul id="kg-legend" aria-label="communities">' in page
    legend = re.findall(r'<li><span class="sw" style="background:(#[0-9a-f]{6})"></span>([^<]*) \((\d+)\)</li>', page)
    assert sum(int(n) for _, _, n in legend) == rep.nodes_drawn
    names = [name for _, name, _ in legend]
    sizes = [int(n) for _, _, n in legend]
    # Largest community first, each named after its most central member; those of fewer than 3 entities (the
    # default --min-community) share the grey "other" group, last
    assert names[-1].startswith("other: ") and legend[-1][0] == "#cfcfcf"
    assert sizes[:-1] == sorted(sizes[:-1], reverse=True) and min(sizes[:-1]) >= 3
    assert {"Donald Trump", "Indonesia"} <= set(names)
    by_label = {n["label"]: n for n in data["nodes"]}
    assert by_label["Kim Jong-un"]["group"] == by_label["Donald Trump"]["group"] == f"c{names.index('Donald Trump')}"
    # the Beatles founded Apple Corps, which sued Apple Computer, which Jobs and Wozniak founded ("started")
    assert by_label["Beatles"]["group"] == by_label["Apple Computer"]["group"] == by_label["Apple Corps"]["group"] \
        == by_label["Steve Wozniak"]["group"] != by_label["Donald Trump"]["group"]
    assert "Type: Person" in by_label["Kim Jong-un"]["title"]  # the type stays in the tooltip
    assert set(data["options"]["groups"]) == {f"c{k}" for k in range(len(legend) - 1)} | {"c-other"}
    again = tmp_path / "c2.html"
    kg_seeds.visualize(again, communities=True)
    assert again.read_bytes() == (tmp_path / "c.html").read_bytes()  # seeded Louvain: same colours


def test_communities_are_deterministic_and_many_are_grouped(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for k in range(25):  # 25 separate triangles: 25 communities, 18 colours
        for i in range(3):
            g.add_node(f"n{k}-{i}", label=f"node {k:02d}-{i}", type="Person")
        for i in range(3):
            g.add_edge(f"n{k}-{i}", f"n{k}-{(i + 1) % 3}", predicate="met", evidence=[])
    rev = nx.MultiDiGraph()
    rev.add_nodes_from(reversed(list(g.nodes(data=True))))
    rev.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    render_html(g, tmp_path / "a.html", communities=True)
    render_html(rev, tmp_path / "b.html", communities=True)
    page = (tmp_path / "a.html").read_text("utf-8")
    assert page == (tmp_path / "b.html").read_text("utf-8")
    assert "7 smaller communities (21)" in page and "colour: 25 communities (Louvain)" in page


def test_hostile_text_in_notes_and_community_names(tmp_path: Path) -> None:
    g = hostile_graph()
    render_html(g, tmp_path / "h.html", title=PAYLOADS[3], communities=True, notes=PAYLOADS,
                highlight=list(g.nodes)[:2])
    page = (tmp_path / "h.html").read_text("utf-8")
    p = parse(page)
    assert [a.get("id") for a, _ in p.scripts] == ["kg-data", "kg-vis", "kg-app"]
    assert not [(t, k) for t, a in p.tags for k in a if k.lower().startswith("on")]
    assert not [t for t, _ in p.tags if t in ("img", "svg", "iframe", "b")]
    rest = without_vis_library(page).replace(p.scripts[0][1], "")
    # The payloads are in the header as escaped text ("&lt;img src=x onerror=..."), never as markup.
    for needle in ("<svg", "<img", "<script>alert", "</script><script>", "\u2028", "\u2029", "<!-- <script", "<b>"):
        assert needle not in rest, needle
    # Every note is there, escaped, on one line.
    for payload in PAYLOADS:
        assert html.escape(viz_html._one_line(payload, viz_html.MAX_NOTE), quote=True) in page


def test_an_office_is_not_read_against_the_country_the_article_is_about(kg_seeds: KnowledgeGraph) -> None:
    # "President Trump stood in front of Congress and pledged to challenge North Korea's human rights record": the
    # article is about North Korea, but its caption names him "U.S. President Donald Trump"
    offices = {t for t in triples(kg_seeds.to_networkx(predicates="leaderOf")) if t[0] == "Donald Trump"}
    assert offices == {("Donald Trump", "leaderOf", "United States")}


def test_path_between_entities(kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    result = kg_seeds.path("francisco bencosme", "Kim Jong-un")
    assert result.length == 2 and len(result.paths) == 1 and not result.truncated
    path = result.paths[0]
    assert path.labels == ("Francisco Bencosme", "Donald Trump", "Kim Jong-un")
    assert path.chain() == "Francisco Bencosme —criticized→ Donald Trump —met→ Kim Jong-un"
    # Every relation between Trump and Kim is listed, each in its real direction.
    # ("Trump looks at Kim" is an open statement, no edge: issue 8)
    # "Trump met Kim" and "the two leaders' meetings" (Kim first) are one symmetric link, read along the path
    assert [(link.source_label, link.predicate, link.symmetric) for link in path.hops[1].links] == [
        ("Donald Trump", "met", True)]
    assert len({ev["sentence"] for ev in path.hops[1].links[0].evidence}) >= 2
    text = "\n".join(result.lines())
    assert "disregarded the human rights of the North Korean people" in text and SEED_TITLE in text
    back = kg_seeds.path("Kim", "Bencosme")  # aliases work too
    # the symmetric "met" reads along the path, from Kim
    assert back.paths[0].chain() == "Kim Jong-un —met→ Donald Trump ←criticized— Francisco Bencosme"
    rep = render_path(result, tmp_path / "p.html")
    page = (tmp_path / "p.html").read_text("utf-8")
    marked = sorted(n["label"] for n in page_data(page)["nodes"] if n.get("borderWidth"))
    assert marked == ["Francisco Bencosme", "Kim Jong-un"] and rep.nodes_drawn == 3
    assert html.escape("Francisco Bencosme —criticized→ Donald Trump —met→ Kim Jong-un") in page
    with pytest.raises(NoPathError, match=r"\[KG072\] no connection between Francisco Bencosme and Kim Jong-un "
                                          r"within 1 hop;"):
        kg_seeds.path("Francisco Bencosme", "Kim Jong-un", max_hops=1)
    with pytest.raises(NoPathError, match="within 4 hops"):
        kg_seeds.path("Donald Trump", "Steve Jobs")  # two separate stories
    with pytest.raises(UnknownEntityError, match="no entity named 'Kim Il-sung'"):
        kg_seeds.path("Kim Il-sung", "Donald Trump")
    with pytest.raises(VizError, match="are the same entity"):
        kg_seeds.path("Trump", "donald trump")


CRITICS = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
# who criticized whom
CONSTRUCT { ?critic kg:criticized ?target . ?critic rdfs:label ?name }
WHERE { ?critic kg:criticized ?target ; rdfs:label ?name }"""


def test_query_to_picture(kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    from kg.viz.query import query_graph

    g = query_graph(kg_seeds.store, CRITICS)
    assert triples(g) == {
        ("Amnesty International", "criticized", "Donald Trump"),
        ("Francisco Bencosme", "criticized", "Donald Trump"),
        ("Amnesty International", "label", "Amnesty International"),
        ("Francisco Bencosme", "label", "Francisco Bencosme"),
    }
    by_type: dict[str, set[str]] = {}
    for _, d in g.nodes(data=True):
        by_type.setdefault(d["type"], set()).add(d["label"])
    # Entities get their store label and type; the label literals are nodes of their own.
    assert by_type == {"Person": {"Francisco Bencosme", "Donald Trump"}, "Organization": {"Amnesty International"},
                       "Literal": {"Francisco Bencosme", "Amnesty International"}}
    preds = sorted(d["predicate"] for _, _, d in g.edges(data=True))
    assert preds == ["criticized", "criticized", "label", "label"]
    evidence = [ev["sentence"] for _, _, d in g.edges(data=True) if d["predicate"] == "criticized"
                for ev in d["evidence"]]
    assert any("disregarded the human rights" in s for s in evidence)  # evidence found in the store
    rep = kg_seeds.visualize(tmp_path / "q.html", query=CRITICS)
    page = (tmp_path / "q.html").read_text("utf-8")
    assert (rep.nodes_drawn, rep.edges_drawn) == (5, 4)
    assert "query (4 triples): CONSTRUCT { ?critic kg:criticized ?target . ?critic rdfs:label ?name } WHERE" in \
        html.unescape(page)
    select = kg_seeds.visualize(tmp_path / "s.html", query="SELECT ?s ?p ?o WHERE { ?s kg:met ?o BIND(kg:met AS ?p) }")
    # issue 9 row 17: "met" is stored both ways (Trump met Kim, Kim met Trump) and told by two sentences, one
    # each way: one drawn edge, no arrow, both sentences in its tooltip (it was two edges, one without evidence)
    assert (select.nodes_drawn, select.edges_drawn) == (2, 1)
    [edge] = page_data((tmp_path / "s.html").read_text("utf-8"))["edges"]
    assert edge["arrows"] == {"to": {"enabled": False}} and "Evidence (2):" in edge["title"]
    assert "Ahead of the two leaders meetings" in edge["title"] and "looks at North Korean leader" in edge["title"]
    assert f"article {SEED_ID} · confidence 0." in edge["title"]  # which article, how sure
    other = query_graph(kg_seeds.store, "CONSTRUCT { ?e a ?t } WHERE { ?e kg:met ?x ; a ?t }")
    assert labels(other) == {"Donald Trump", "Kim Jong-un", "kg:Person"}


@pytest.mark.parametrize(("sparql", "message"), [
    ("ASK { ?s ?p ?o }", r"\[KG070\] an ASK query has no graph to draw"),
    ("SELECT ?s ?o WHERE { ?s kg:met ?o }", r"\[KG070\] a SELECT to draw must bind \?s \?p \?o \(missing \?p\)"),
    ("SELECT ?s ?p ?o WHERE { ?s kg:met ?o BIND('met' AS ?p) }", r"\[KG070\] \?p must always be an IRI"),
    ("CONSTRUCT WHERE { ?s ?p }", r"\[KG030\] the query is not valid SPARQL 1.1"),
])
def test_query_shapes_refused(kg_seeds: KnowledgeGraph, tmp_path: Path, sparql: str, message: str) -> None:
    with pytest.raises((VizError, ValueError), match=message) as caught:
        kg_seeds.visualize(tmp_path / "q.html", query=sparql)
    # (KG030 comes from kg.query and quotes Oxigraph's multi-line parser message.)
    assert isinstance(caught.value, VizError) == ("KG070" in str(caught.value))
    if isinstance(caught.value, VizError):
        assert "\n" not in str(caught.value)
    with pytest.raises(VizError, match="--query cannot be combined"):
        kg_seeds.visualize(tmp_path / "q.html", query=CRITICS, article=SEED_ID)


def test_notebook_iframe_snippet(kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    rep = kg_seeds.visualize(tmp_path / "n.html", title=PAYLOADS[3] + '" onload="alert(1)', predicates="met")
    snippet = rep._repr_html_()
    p = parse(snippet)
    # One element, nothing else: the page lives entirely inside the escaped srcdoc attribute.
    assert [t for t, _ in p.tags] == ["iframe"] and p.scripts == []
    attrs = p.tags[0][1]
    assert attrs["sandbox"] == "allow-scripts" and set(attrs) == {"srcdoc", "sandbox", "title", "style"}
    assert attrs["srcdoc"] == (tmp_path / "n.html").read_text("utf-8")
    frame = show(rep)
    assert isinstance(frame, NotebookFrame) and frame._repr_html_() == snippet == str(frame)
    assert show(tmp_path / "n.html").html == snippet
    assert "<iframe srcdoc=" in show(hostile_graph(), communities=True).html
    with pytest.raises(TypeError):
        show(42)


# --------------------------------------------------------------------------- command line


def test_cli_viz_filters_and_physics(seed_store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    result = runner.invoke(app, ["viz", "--store", str(seed_store_path), "-o", str(out), "--article", SEED_ID,
                                 "--predicate", "met,criticized", "--types", "Person", "--no-physics"])
    assert result.exit_code == 0, result.output
    assert "3 entities, 2 relations" in result.stdout  # Trump met Kim: one symmetric edge
    data = page_data(out.read_text("utf-8"))
    assert data["physics"] is False and {n["label"] for n in data["nodes"]} == {
        "Donald Trump", "Kim Jong-un", "Francisco Bencosme"}
    result = runner.invoke(app, ["viz", "--store", str(seed_store_path), "-o", str(out), "--since", "2006",
                                 "--until", "2010", "--communities", "--physics"])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert page_data(page)["physics"] is True and "filters: dates 2006-01-01 to 2010-12-31" in page
    assert 'aria-label="communities"' in page and "Donald Trump" not in page
    bad = runner.invoke(app, ["viz", "--store", str(seed_store_path), "-o", str(out), "--since", "soon"])
    assert bad.exit_code == 1 and bad.stderr.startswith("kg: [KG070] --since 'soon' is not a date")
    assert bad.stderr.count("\n") == 1


def test_cli_viz_query(seed_store_path: Path, tmp_path: Path) -> None:
    rq = tmp_path / "critics.rq"
    rq.write_text(CRITICS, encoding="utf-8")
    out = tmp_path / "q.html"
    result = runner.invoke(app, ["viz", "--store", str(seed_store_path), "-o", str(out), "--query", str(rq)])
    assert result.exit_code == 0, result.output
    assert "5 entities, 4 relations" in result.stdout
    rq.write_text("SELECT ?who WHERE { ?who kg:met ?x }", encoding="utf-8")
    bad = runner.invoke(app, ["viz", "--store", str(seed_store_path), "-o", str(out), "--query", str(rq)])
    assert bad.exit_code == 1 and "must bind ?s ?p ?o (missing ?s, ?p, ?o)" in bad.stderr
    missing = runner.invoke(app, ["viz", "--store", str(seed_store_path), "--query", str(tmp_path / "nope.rq")])
    assert missing.exit_code == 1 and "no query file" in missing.stderr


def test_cli_path(seed_store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "path.html"
    result = runner.invoke(app, ["path", "Francisco Bencosme", "Kim Jong-un", "--store", str(seed_store_path),
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Francisco Bencosme to Kim Jong-un: 1 shortest path, 2 hops"
    assert "1. Francisco Bencosme —criticized→ Donald Trump —met→ Kim Jong-un" in lines
    assert not [line for line in lines if "(also)" in line]  # "met" both ways is one link (symmetric)
    # the one "met" link's first sentence, and a count of the other
    assert any("“Ahead of the two leaders meetings in Hanoi" in x and x.endswith("(+1 more)") for x in lines)
    assert out.exists() and f"wrote {out}" in result.stdout
    # three hops through signed claims only (the old example went through Mark Papermaster's worksFor Apple, from
    # "formerly an Apple Inc. executive": a past role, see test_a_past_role_is_no_edge in tests/extract)
    far = runner.invoke(app, ["path", "North Korea", "United States", "--max-hops", "2", "--store",
                              str(seed_store_path), "-o", str(out)])
    assert far.exit_code == 1
    assert far.stderr == ("kg: [KG072] no connection between North Korea and United States within 2 hops; "
                          "try a larger --max-hops\n")
    near = runner.invoke(app, ["path", "North Korea", "United States", "--store", str(seed_store_path), "-o", str(out)])
    assert near.exit_code == 0, near.output
    assert near.stdout.splitlines()[0] == "North Korea to United States: 1 shortest path, 3 hops"
    lines = near.stdout.splitlines()
    # "North Korean leader Kim Jong-un" leads North Korea: his role says his nationality, no second edge does
    assert "1. North Korea ←leaderOf— Kim Jong-un —met→ Donald Trump —leaderOf→ United States" in lines
    assert not [line for line in lines if "citizenOf" in line]
    unknown = runner.invoke(app, ["path", "Nobody Atall", "IBM", "--store", str(seed_store_path)])
    assert unknown.exit_code == 1 and "kg: [KG071] no entity named 'Nobody Atall'" in unknown.stderr


# --------------------------------------------------------------------------- real browser


@pytest.mark.browser
def test_browser_filtered_view(chromium: str, kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    rep = kg_seeds.visualize(tmp_path / "article.html", article=SEED_ID, title="kg: one article")
    r = browser.load_page(rep.path, screenshot=SCREENSHOTS / "viz_article_filter.png")
    assert r.ready and r.console_errors == [] and r.external_requests == [] and r.dialogs == []
    assert (r.nodes_drawn, r.edges_drawn) == (rep.nodes_drawn, rep.edges_drawn)
    expected = kg_seeds.to_networkx(article=SEED_ID)
    assert rep.nodes_drawn == expected.number_of_nodes() >= 10
    assert f"filters: article {SEED_ID}" in r.page_text and "Person (" in r.page_text


@pytest.mark.browser
def test_browser_communities(chromium: str, kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    rep = kg_seeds.visualize(tmp_path / "communities.html", communities=True, title="kg: communities")
    r = browser.load_page(rep.path, screenshot=SCREENSHOTS / "viz_communities.png")
    assert r.ready and r.console_errors == [] and r.external_requests == []
    # The whole seed graph moves as the extractors improve: compare with what was written.
    assert r.nodes_drawn == rep.nodes_drawn and r.edges_drawn == rep.edges_drawn
    legend = re.findall(r"^(.+) \((\d+)\)$", r.page_text, flags=re.M)
    assert sum(int(n) for _, n in legend) == rep.nodes_drawn
    sizes = [int(n) for _, n in legend]
    # the communities of fewer than 3 (--min-community) share the last, grey "other" entry
    assert legend[-1][0].startswith("other: ") and sizes[:-1] == sorted(sizes[:-1], reverse=True)
    assert {"Donald Trump", "Indonesia"} <= {name for name, _ in legend}
    assert {"Apple Inc.", "Apple Computer", "Apple Corps"} & {name for name, _ in legend}


@pytest.mark.browser
def test_browser_path_page(chromium: str, kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    result = kg_seeds.path("Francisco Bencosme", "Kim Jong-un")
    rep = render_path(result, tmp_path / "path.html")
    probe = ("window.kgNetwork.body.data.nodes.get().filter(n => n.borderWidth).map(n => n.label).sort()")
    r = browser.load_page(rep.path, screenshot=SCREENSHOTS / "viz_path.png", probe=probe)
    assert r.ready and r.console_errors == [] and r.external_requests == []
    # criticized, and met (symmetric: one edge, told both ways): the open verbs between them ("disregarded") are
    # no edges any more
    assert (r.nodes_drawn, r.edges_drawn) == (3, 2)
    assert r.probe == ["Francisco Bencosme", "Kim Jong-un"]
    assert "path: Francisco Bencosme to Kim Jong-un, 2 hops" in r.page_text


@pytest.mark.browser
def test_browser_jupyter_iframe(chromium: str, kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    rep = kg_seeds.visualize(tmp_path / "inner.html", predicates="met,criticized", title="kg in a notebook")
    # What Jupyter puts in an output cell: the _repr_html_ markup inside the notebook page.
    notebook = tmp_path / "notebook.html"
    notebook.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>notebook</title></head>"
                        "<body><h1>In [1]: graph.visualize(...)</h1>" + rep._repr_html_() + "</body></html>",
                        encoding="utf-8")
    r = browser.load_page(notebook, frame=True, screenshot=SCREENSHOTS / "viz_jupyter_iframe.png",
                          probe="({title: document.title, scripts: document.scripts.length})")
    assert r.ready, "the page inside the iframe never signalled it was drawn"
    assert r.console_errors == [] and r.external_requests == [] and r.dialogs == []
    assert (r.nodes_drawn, r.edges_drawn) == (rep.nodes_drawn, rep.edges_drawn) == (4, 3)
    assert r.probe == {"title": "kg in a notebook", "scripts": 3}


def test_readme_explorer_examples(kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    rep = kg_seeds.visualize(tmp_path / "met.html", predicates="met", since="2019", communities=True)
    assert (rep.nodes_drawn, rep.edges_drawn) == (2, 1)
    lines = kg_seeds.path("Bencosme", "Kim Jong-un").lines()
    assert lines[:3] == ["Francisco Bencosme to Kim Jong-un: 1 shortest path, 2 hops", "",
                         "1. Francisco Bencosme —criticized→ Donald Trump —met→ Kim Jong-un"]
    assert "path" in runner.invoke(app, ["--help"]).stdout


@pytest.mark.model
def test_entities_told_by_many_articles_are_one_node_and_joins_stay_linear(tmp_path: Path) -> None:
    # Oxigraph's union graph keeps a triple once per article graph: joins must stay inside a graph
    import dataclasses

    from kg.ingest import read_articles
    from tests.conftest import SEED_ARTICLE

    (seed,) = read_articles([SEED_ARTICLE])
    copies = [dataclasses.replace(seed, id=f"copy-{n}") for n in range(4)]  # type: ignore[type-var]
    one, four = KnowledgeGraph.open(None), KnowledgeGraph.open(None)
    one.add_articles([seed])  # type: ignore[list-item]
    four.add_articles(copies)
    single, many = one.to_networkx(), four.to_networkx()

    def named(graph: nx.MultiDiGraph) -> list[str]:  # descriptions and quotes are scoped to their article
        return sorted(n for n, d in graph.nodes(data=True) if d["type"] in {"Person", "Organization", "Place"})

    assert named(single) == named(many) and len(named(single)) >= 8
    trump, kim = "https://w3id.org/kg-news/id/entity/donald-trump", "https://w3id.org/kg-news/id/entity/kim-jong-un"
    # the caption one way, "the two leaders meetings" the other: one symmetric edge with both sentences;
    # four articles tell them: each sentence once per article (its id in the evidence), not sixteen times
    assert not many.has_edge(kim, trump) and not single.has_edge(kim, trump)
    once, told = single[trump][kim]["met"]["evidence"], many[trump][kim]["met"]["evidence"]
    assert len(once) == 2 and len(told) == 4 * len(once)
    assert {ev["id"] for ev in told} == {f"copy-{n}" for n in range(4)}
    assert {ev["sentence"] for ev in told} == {ev["sentence"] for ev in once}
    # an entity's type and label are stored once however many articles name it: no N x N joins
    union_rows = four.query("SELECT ?e ?l WHERE { ?e a kg:Person ; rdfs:label ?l }")
    distinct_rows = four.query("SELECT DISTINCT ?e ?l WHERE { ?e a kg:Person ; rdfs:label ?l }")
    assert len(union_rows) == len(distinct_rows) == len(one.query("SELECT ?e WHERE { ?e a kg:Person }"))


def test_to_pyvis_is_the_same_view(kg_seeds: KnowledgeGraph, tmp_path: Path) -> None:
    from pyvis.network import Network

    rep = kg_seeds.visualize(tmp_path / "page.html", predicates="met,criticized,worksFor")
    drawn = page_data((tmp_path / "page.html").read_text("utf-8"))
    net = kg_seeds.to_pyvis(predicates="met,criticized,worksFor")
    assert isinstance(net, Network) and len(net.nodes) == rep.nodes_drawn and len(net.edges) == rep.edges_drawn
    assert [(n["label"], n["title"], n["x"], n["y"]) for n in net.nodes] == \
        [(n["label"], n["title"], n["x"], n["y"]) for n in drawn["nodes"]]
    assert {(e["from"], e["to"], e["label"]) for e in net.edges} == \
        {(e["from"], e["to"], e["label"]) for e in drawn["edges"]}
    trump = next(n for n in net.nodes if n["label"] == "Donald Trump")
    assert trump["color"] == viz_html.TYPE_COLORS["Person"]  # coloured by type, as on kg's page
    net.write_html(str(tmp_path / "pyvis.html"))  # what a pyvis user does next; .show() opens a browser too
    assert "Donald Trump" in (tmp_path / "pyvis.html").read_text("utf-8")


def test_to_rdflib_is_the_store(kg_seeds: KnowledgeGraph) -> None:
    import rdflib

    dataset = kg_seeds.to_rdflib()
    assert isinstance(dataset, rdflib.Dataset)
    ask = "SELECT ?o WHERE { ?s <https://w3id.org/kg-news/ontology#met> ?o }"
    ours = {row["o"] for row in kg_seeds.query(ask).values()}
    theirs = {str(row[0]) for row in dataset.query(ask)}
    assert ours == theirs and "https://w3id.org/kg-news/id/entity/kim-jong-un" in theirs
