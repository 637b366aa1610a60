"""kg.viz.html: static checks on the page, then a real headless Chromium (no mocks).

Browser tests skip when no Chromium is installed, except under CI
(``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.viz import RenderReport, render_html
from kg.viz import html as viz_html

from . import browser

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "exports" / "screenshots"
ID = "https://kg.example/id/"
TRUMP, KIM, HANOI = ID + "Person/donald-trump", ID + "Person/kim-jong-un", ID + "Place/hanoi"
AMNESTY, BENCOSME = ID + "Organization/amnesty-international", ID + "Person/francisco-bencosme"
SUMMIT = "Trump and Kim Jong-un meet in Hanoi for second summit"
RIGHTS = "Rights groups say human rights were left off the Hanoi agenda"

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "</script><script>alert(2)</script>",
    "<img src=https://evil.example/pixel.png>",
    "line one\nline two\u2028sep\u2029 & <b>bold</b> 🎉",
    "<!-- <script>",
]


# --------------------------------------------------------------------------- fixtures


def _ev(sentence: str, article: str, date: str) -> list[dict[str, str]]:
    return [{"sentence": sentence, "article": article, "date": date}]


def realistic_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(TRUMP, label="Donald Trump", type="Person", aliases=["Trump", "President Trump"],
               articles=[SUMMIT, RIGHTS])
    g.add_node(KIM, label="Kim Jong-un", type="Person", aliases=["Kim", "Chairman Kim"], articles=[SUMMIT])
    g.add_node(HANOI, label="Hanoi", type="Place", aliases=[], articles=[SUMMIT, RIGHTS])
    g.add_node(AMNESTY, label="Amnesty International", type="Organization", aliases=["Amnesty"],
               articles=[RIGHTS])
    g.add_node(BENCOSME, label="Francisco Bencosme", type="Person", aliases=["Bencosme"], articles=[RIGHTS])
    g.add_edge(TRUMP, KIM, predicate="met", evidence=_ev(
        "President Donald Trump met North Korean leader Kim Jong-un in Hanoi on Wednesday evening.",
        SUMMIT, "2019-02-27"))
    # Same (source, target, predicate) again: must merge into one edge with both sentences.
    g.add_edge(TRUMP, KIM, predicate="met", evidence=_ev(
        "The two leaders met again on Thursday morning at the Metropole hotel.", SUMMIT, "2019-02-28"))
    g.add_edge(KIM, TRUMP, predicate="met", evidence=_ev(
        "Kim said he was happy to meet Trump again.", SUMMIT, "2019-02-27"))
    g.add_edge(TRUMP, HANOI, predicate="visited", evidence=_ev(
        "Trump arrived in Hanoi on Tuesday night.", SUMMIT, "2019-02-26"))
    g.add_edge(AMNESTY, TRUMP, predicate="criticized", evidence=_ev(
        "Amnesty International criticized Trump for leaving human rights off the agenda.", RIGHTS,
        "2019-02-26"))
    g.add_edge(BENCOSME, AMNESTY, predicate="worksFor", evidence=_ev(
        "\"Human rights cannot be an afterthought,\" said Francisco Bencosme, Asia Pacific advocacy "
        "manager at Amnesty International USA.", RIGHTS, "2019-02-26"))
    return g


def hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    ids = []
    for i, p in enumerate(PAYLOADS):
        node = f"{ID}Thing/{i}\"><script>alert('id')</script>"
        ids.append(node)
        g.add_node(node, label=p, type=["Person", "Place", "<script>alert(3)</script>"][i % 3],
                   aliases=list(PAYLOADS), articles=[p, "x" * 300])
    for i in range(len(ids)):
        a, b = ids[i], ids[(i + 1) % len(ids)]
        g.add_edge(a, b, predicate=PAYLOADS[i], evidence=[
            {"sentence": p + " " + "very long sentence " * 20, "article": p, "date": p} for p in PAYLOADS])
    return g


def synthetic_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A scale-free graph shaped like the contract (labels, types, evidence)."""
    rnd = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    types = list(viz_html.TYPE_COLORS)
    g = nx.MultiDiGraph()
    for i in base.nodes:
        g.add_node(f"{ID}e/{i}", label=f"Entity {i}", type=types[i % len(types)], aliases=[f"E{i}"],
                   articles=[f"Article {i % 40}"])
    for a, b in base.edges:
        g.add_edge(f"{ID}e/{a}", f"{ID}e/{b}", predicate=rnd.choice(["met", "criticized", "worksFor"]),
                   evidence=_ev(f"Entity {a} and Entity {b} were seen together.", f"Article {a % 40}",
                                "2019-02-27"))
    return g




class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script, self._buf = dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._buf.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None


def parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    p.close()
    return p


def page_data(page: str) -> dict[str, Any]:
    scripts = {a.get("id"): text for a, text in parse(page).scripts}
    return json.loads(scripts["kg-data"])


def without_vis_library(page: str) -> str:
    """The page minus vis-network's own JS (which legitimately contains 'onerror=' etc.)."""
    js, _css = viz_html._vis_assets()
    assert page.count(js) == 1
    return page.replace(js, "")


def hover_node_js(label: str) -> str:
    return (
        "(() => { const n = window.kgNetwork;"
        f" const id = n.body.data.nodes.get({{filter: x => x.label === {json.dumps(label)}}})[0].id;"
        " const p = n.canvasToDOM(n.getPositions([id])[id]);"
        " const r = document.getElementById('kg-graph').getBoundingClientRect();"
        " return {x: r.left + p.x, y: r.top + p.y}; })()"
    )


def hover_edge_js(src_label: str, dst_label: str) -> str:
    return (
        "(() => { const n = window.kgNetwork;"
        f" const f = l => n.body.data.nodes.get({{filter: x => x.label === l}})[0].id;"
        f" const a = f({json.dumps(src_label)}), b = f({json.dumps(dst_label)});"
        " const p = n.getPositions([a, b]);"
        " const pa = n.canvasToDOM(p[a]), pb = n.canvasToDOM(p[b]);"
        " const r = document.getElementById('kg-graph').getBoundingClientRect();"
        " return {x: r.left + (pa.x + pb.x) / 2, y: r.top + (pa.y + pb.y) / 2}; })()"
    )


# --------------------------------------------------------------------------- static checks


def test_report_and_merged_edges(tmp_path: Path) -> None:
    rep = render_html(realistic_graph(), tmp_path / "g.html", title="Hanoi summit")
    assert isinstance(rep, RenderReport)
    # 6 input edges, the two Trump -met-> Kim merge into one.
    assert (rep.nodes_drawn, rep.edges_drawn, rep.nodes_omitted) == (5, 5, 0)
    assert rep.bytes == (tmp_path / "g.html").stat().st_size
    data = page_data((tmp_path / "g.html").read_text(encoding="utf-8"))
    met = [e for e in data["edges"] if e["label"] == "met"]
    assert len(met) == 2
    merged = next(e for e in met if "Metropole" in e["title"])
    assert "Wednesday evening" in merged["title"] and "2019-02-28" in merged["title"]
    assert SUMMIT in merged["title"]
    # Kim -met-> Trump is a second edge between the same pair: it is bent so both show.
    assert sum("smooth" in e for e in met) == 1
    # Node ids in the page are opaque numbers, never IRIs.
    assert [n["id"] for n in data["nodes"]] == list(range(5))
    assert ID not in (tmp_path / "g.html").read_text(encoding="utf-8")
    trump = next(n for n in data["nodes"] if n["label"] == "Donald Trump")
    assert "Type: Person" in trump["title"] and "President Trump" in trump["title"]
    assert RIGHTS in trump["title"]
    # Most connected entity is drawn biggest.
    assert trump["size"] == max(n["size"] for n in data["nodes"])
    assert trump["group"] == "Person" and data["options"]["groups"]["Person"]


def test_no_external_urls(tmp_path: Path) -> None:
    render_html(realistic_graph(), tmp_path / "g.html")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    refs = re.compile(r"""(\b(src|href|action|poster|srcset)\s*=\s*["']?\s*(https?:)?//"""
                      r"""|url\(\s*["']?\s*(https?:)?//|@import)""", re.I)
    assert not refs.findall(page)
    tags = parse(page).tags
    assert not [t for t, a in tags if t in ("link", "iframe", "img", "object", "embed", "base")]
    assert not [(t, a) for t, a in tags if "src" in a or "href" in a]
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp and "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


@pytest.mark.slow
def test_deterministic_bytes(tmp_path: Path) -> None:
    g = realistic_graph()
    render_html(g, tmp_path / "a.html", title="t")
    render_html(g, tmp_path / "b.html", title="t")
    # Same content inserted in the opposite order: still the same page.
    rev = nx.MultiDiGraph()
    rev.add_nodes_from(reversed(list(g.nodes(data=True))))
    rev.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    render_html(rev, tmp_path / "c.html", title="t")
    a = (tmp_path / "a.html").read_bytes()
    assert a == (tmp_path / "b.html").read_bytes() == (tmp_path / "c.html").read_bytes()
    big = synthetic_graph(600)
    render_html(big, tmp_path / "d.html", max_nodes=600)
    render_html(big, tmp_path / "e.html", max_nodes=600)
    assert (tmp_path / "d.html").read_bytes() == (tmp_path / "e.html").read_bytes()


@pytest.mark.parametrize("fail_at", ["fsync", "replace"])
def test_atomic_write_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str) -> None:
    target = tmp_path / "g.html"
    target.write_text("old page", encoding="utf-8")

    def boom(*_a: Any, **_k: Any) -> None:
        raise OSError("disk full (simulated)")

    # A failure injected into the write path itself (there is no other way to make a disk fail).
    monkeypatch.setattr(os, fail_at, boom)
    with pytest.raises(OSError, match="simulated"):
        render_html(realistic_graph(), target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]  # no temp file left
    render_html(realistic_graph(), target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]
    assert target.stat().st_mode & 0o044  # readable like any file, not mkstemp's 0600


def test_max_nodes_cut_keeps_most_connected(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for i in range(50):  # hub-0 .. hub-4 have 9 leaves each, the 45 leaves degree 1
        g.add_node(f"{ID}n/{i}", label=f"node {i:02d}", type="Thing")
    for h in range(5):
        for leaf in range(5 + h * 9, 5 + (h + 1) * 9):
            g.add_edge(f"{ID}n/{h}", f"{ID}n/{leaf}", predicate="linked", evidence=[])
    rep = render_html(g, tmp_path / "g.html", max_nodes=10)
    assert (rep.nodes_drawn, rep.nodes_omitted) == (10, 40)
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "showing 10 of 50 entities (the most connected)" in page
    labels = sorted(n["label"] for n in page_data(page)["nodes"])
    # the 5 hubs, each with its tie (ties at degree 1 broken by label): no hub is drawn alone
    assert labels == [f"node {i:02d}" for i in (0, 1, 2, 3, 4, 5, 14, 23, 32, 41)]
    assert rep.edges_drawn == 5  # only edges between drawn nodes
    rep2 = render_html(g, tmp_path / "f.html", max_nodes=10, focus="node 49")
    labels2 = {n["label"] for n in page_data((tmp_path / "f.html").read_text(encoding="utf-8"))["nodes"]}
    assert "node 49" in labels2 and rep2.nodes_drawn == 10  # focus survives the cut
    with pytest.raises(ValueError):
        render_html(g, tmp_path / "x.html", max_nodes=0)


def test_focus_by_label_or_id(tmp_path: Path) -> None:
    for focus in ("donald TRUMP", TRUMP):
        render_html(realistic_graph(), tmp_path / "g.html", focus=focus)
        page = (tmp_path / "g.html").read_text(encoding="utf-8")
        nodes = page_data(page)["nodes"]
        marked = [n["label"] for n in nodes if n.get("borderWidth")]
        assert marked == ["Donald Trump"]
        assert "focus: Donald Trump" in page
    render_html(realistic_graph(), tmp_path / "g.html", focus="nobody")
    assert not [n for n in page_data((tmp_path / "g.html").read_text("utf-8"))["nodes"] if n.get("borderWidth")]


def test_physics_auto(tmp_path: Path) -> None:
    small, big = synthetic_graph(300), synthetic_graph(301)
    render_html(small, tmp_path / "s.html")
    render_html(big, tmp_path / "b.html", max_nodes=1000)
    s = page_data((tmp_path / "s.html").read_text("utf-8"))
    b = page_data((tmp_path / "b.html").read_text("utf-8"))
    assert s["physics"] is True and s["options"]["physics"]["stabilization"]["iterations"] == 150
    assert b["physics"] is False and all("x" in n and "y" in n for n in b["nodes"])
    render_html(big, tmp_path / "f.html", max_nodes=1000, physics=True)
    assert page_data((tmp_path / "f.html").read_text("utf-8"))["physics"] is True


def test_empty_graph(tmp_path: Path) -> None:
    rep = render_html(nx.MultiDiGraph(), tmp_path / "e.html")
    assert (rep.nodes_drawn, rep.edges_drawn, rep.nodes_omitted) == (0, 0, 0)
    assert "no entities to show" in (tmp_path / "e.html").read_text("utf-8")


def test_hostile_text_is_never_markup(tmp_path: Path) -> None:
    g = hostile_graph()
    render_html(g, tmp_path / "h.html", title="<script>alert('title')</script>", focus=PAYLOADS[0])
    page = (tmp_path / "h.html").read_text(encoding="utf-8")
    p = parse(page)
    assert [a.get("id") for a, _ in p.scripts] == ["kg-data", "kg-vis", "kg-app"]
    assert p.scripts[0][0].get("type") == "application/json"
    assert p.scripts[2][1] == viz_html._APP_JS
    assert not [(t, k) for t, a in p.tags for k in a if k.lower().startswith("on")]
    assert not [t for t, _ in p.tags if t in ("img", "svg", "iframe", "b")]
    island = p.scripts[0][1]
    # Inside the JSON island the payload text is present but inert: no raw < > & at all.
    for ch in ("<", ">", "&", "\u2028", "\u2029"):
        assert ch not in island, repr(ch)
    rest = without_vis_library(page).replace(island, "")
    for needle in ("onerror=", "onload=", "<svg", "<img", "<script>alert", "</script><script>",
                   "\u2028", "\u2029", "<!-- <script", "<b>", "alert(2)"):
        assert needle not in rest, needle
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page  # title escaped
    # The payloads are still there, as data: round-trip through the JSON island.
    data = page_data(page)
    assert {n["label"] for n in data["nodes"]} >= {
        viz_html._one_line(x, viz_html.MAX_LABEL) for x in PAYLOADS}
    assert any("<img src=x onerror=alert(1)>" in e["title"] for e in data["edges"])
    assert {n["group"] for n in data["nodes"]} <= set(viz_html.TYPE_COLORS)  # bogus type -> Thing


def test_json_island_escaping() -> None:
    value = {"s": "</script><!--\u2028\u2029&<>", "e": "🎉", "bad": "\ud800"}
    out = viz_html._json_for_script({k: viz_html._text(v) for k, v in value.items()})
    for ch in ("<", ">", "&", "\u2028", "\u2029"):
        assert ch not in out
    back = json.loads(out)
    assert back["s"] == value["s"] and back["e"] == "🎉" and back["bad"] == "?"


# --------------------------------------------------------------------------- real browser


def test_browser_realistic_graph(chromium: str, tmp_path: Path) -> None:
    path = tmp_path / "hanoi.html"
    render_html(realistic_graph(), path, title="Hanoi summit, February 2019", focus="Donald Trump")
    shot = SCREENSHOTS / "viz_hanoi.png"
    clean = browser.load_page(path, screenshot=shot)
    assert clean.ready, "page never signalled that the graph was drawn"
    assert clean.console_errors == []
    assert clean.external_requests == []
    assert clean.dialogs == []
    assert (clean.nodes_drawn, clean.edges_drawn) == (5, 5)
    assert "Person (3)" in clean.page_text and "Organization (1)" in clean.page_text
    assert "Place (1)" in clean.page_text and "focus: Donald Trump" in clean.page_text
    assert shot.stat().st_size > 10_000
    r = browser.load_page(path, screenshot=SCREENSHOTS / "viz_hanoi_tooltip.png",
                          hover=hover_edge_js("Donald Trump", "Hanoi"))
    assert r.console_errors == [] and r.external_requests == []
    assert r.tooltip is not None and "Trump arrived in Hanoi on Tuesday night." in r.tooltip
    assert SUMMIT in r.tooltip and "2019-02-26" in r.tooltip
    n = browser.load_page(path, hover=hover_node_js("Kim Jong-un"))
    assert n.tooltip is not None
    assert "Type: Person" in n.tooltip and "Chairman Kim" in n.tooltip and SUMMIT in n.tooltip
    assert n.console_errors == [] and n.external_requests == []


def test_browser_hostile_graph(chromium: str, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    render_html(hostile_graph(), path, title="<img src=x onerror=alert('t')>")
    probe = ("({injected: document.querySelectorAll('img, svg, iframe, object, embed, b').length,"
             " scripts: document.scripts.length, title: document.title})")
    r = browser.load_page(path, screenshot=SCREENSHOTS / "viz_hostile.png", probe=probe,
                          hover=hover_node_js(PAYLOADS[1]))
    assert r.ready and r.dialogs == []
    assert r.console_errors == [] and r.external_requests == []
    assert r.probe == {"injected": 0, "scripts": 3, "title": "<img src=x onerror=alert('t')>"}
    assert (r.nodes_drawn, r.edges_drawn) == (len(PAYLOADS), len(PAYLOADS))
    # The tooltip shows the payload as literal text.
    assert r.tooltip is not None and "<img src=x onerror=alert(1)>" in r.tooltip


def test_browser_empty_graph(chromium: str, tmp_path: Path) -> None:
    render_html(nx.MultiDiGraph(), tmp_path / "e.html")
    r = browser.load_page(tmp_path / "e.html")
    assert r.ready and r.console_errors == [] and r.external_requests == []
    assert (r.nodes_drawn, r.edges_drawn) == (0, 0)
    assert "no entities to show" in r.page_text


def test_browser_2000_nodes(chromium: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    g = synthetic_graph(2000)
    t0 = time.perf_counter()
    rep = render_html(g, tmp_path / "big.html", max_nodes=2000)
    render_s = time.perf_counter() - t0
    r = browser.load_page(tmp_path / "big.html", screenshot=SCREENSHOTS / "viz_2000.png", timeout=90)
    assert r.ready and r.console_errors == [] and r.external_requests == []
    assert r.nodes_drawn == rep.nodes_drawn == 2000
    assert r.edges_drawn == rep.edges_drawn
    with capsys.disabled():
        print(f"\n[viz] 2,000 nodes / {rep.edges_drawn:,} edges: {rep.bytes / 1e6:.1f} MB, render "
              f"{render_s:.2f} s, drawn in chromium after {r.ready_ms:.0f} ms (page clock), "
              f"{r.wall_s:.2f} s wall")
    assert render_s + (r.wall_s or 0) < 30
