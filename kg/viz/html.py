"""One self-contained, offline, injection-safe HTML page for a knowledge graph.

``render_html(graph, path)`` draws a ``networkx.MultiDiGraph`` (entity IRIs as
nodes, ``predicate``/``evidence`` on edges, see the module contract below) with
vis-network and writes the page atomically.

Guarantees
----------
* **Offline.** The page loads nothing: vis-network's JS and CSS (shipped inside
  the ``pyvis`` package) are inlined, there is no ``src``/``href``/``@import``/
  ``url(`` pointing at ``http(s)://``, and a Content-Security-Policy of
  ``default-src 'none'`` (images only from ``data:``) makes the browser refuse
  any fetch even if something slipped through.
* **Safe with hostile text.** Labels, aliases, sentences and titles come from
  untrusted articles. None of it is ever written as markup: all graph data is
  one JSON document in a ``<script type="application/json">`` block with
  ``<``, ``>``, ``&``, U+2028 and U+2029 escaped (so ``</script>`` cannot end
  the block), node ids in the page are opaque index numbers, and labels and
  tooltips are plain strings that vis-network renders as text (``innerText``
  / canvas). The few data-derived strings in the static header (the page
  title, the focused entity, filter and path notes, community names in the
  legend) are HTML-escaped. As a second wall, the CSP only
  lets the two inline scripts we wrote run (by their SHA-256), so an injected
  ``<script>`` or ``onerror=`` would not execute either.
* **Deterministic.** The same graph (same nodes, edges and attributes, in any
  insertion order) gives byte-identical HTML: nodes are sorted by id, edges by
  (source, target, predicate), evidence by (date, article, sentence), layouts
  are seeded and coordinates rounded.
* **Atomic.** The page is written to a temporary file in the target directory,
  fsynced and ``os.replace``-d over the target: a reader sees the old page or
  the whole new one, never a torn one; on any failure the old page stays and
  the temporary file is removed.

Input contract
--------------
Node id: entity IRI (any hashable; shown nowhere). Node attributes: ``label``,
``type`` (Person, Organization, Place, Group, Document, Quote, Event, Product,
Thing; anything else is drawn as Thing), ``aliases`` (list of str),
``articles`` (list of article titles). Edge attributes: ``predicate`` (str),
``evidence``: list of ``{"sentence", "article", "date"}``. Missing attributes
are tolerated.

Layer: viz, beside kg.export; must not import kg.export, kg.graph or kg.cli.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from kg.atomic import atomic_write_bytes
from kg.errors import VizError

__all__ = ["RenderReport", "render_html", "rank_nodes", "select_nodes", "view_data", "TYPE_COLORS"]

#: Fixed colour per entity type (Tableau 10), so a type looks the same in every page.
TYPE_COLORS: dict[str, str] = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "Place": "#59a14f",
    "Group": "#b07aa1",
    "Event": "#e15759",
    "Document": "#9c755f",
    "Quote": "#edc948",
    "Product": "#76b7b2",
    "Thing": "#bab0ac",
    "Literal": "#e8e4dc",
}

#: Community colours (Tableau 20 minus the greys), in order of community size.
COMMUNITY_COLORS: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f",
    "#ff9da7", "#a0cbe8", "#ffbe7d", "#8cd17d", "#f1ce63", "#86bcb6", "#d4a6c8", "#fabfd2",
    "#d7b5a6", "#499894",
)
#: Nodes of communities beyond the palette share this colour ("smaller communities").
OTHER_COMMUNITY_COLOR = "#cfcfcf"
MAX_NOTE = 300

#: Physics (live force layout in the browser) up to this many drawn nodes when ``physics=None``.
PHYSICS_AUTO_MAX = 300
#: Python-side force layout up to this many nodes; above, a cheaper O(n + m) placement.
FORCE_LAYOUT_MAX = 2000
STABILIZATION_ITERATIONS = 150
LAYOUT_SEED = 7

# Caps that keep the page readable and its size bounded whatever the articles contain.
MAX_LABEL = 40
MAX_EDGE_LABEL = 32
MAX_SENTENCE = 400
MAX_TITLE_ITEM = 160
MAX_EVIDENCE_SHOWN = 8
MAX_ARTICLES_SHOWN = 10
MAX_ALIASES_SHOWN = 10

_VIS_DIR = "templates/lib/vis-9.1.2"


@dataclass(frozen=True)
class RenderReport:
    """What ``render_html`` wrote."""

    path: Path
    nodes_drawn: int
    edges_drawn: int
    nodes_omitted: int
    bytes: int

    def _repr_html_(self) -> str:
        """Jupyter shows the page inline, in a sandboxed ``srcdoc`` iframe (see :func:`kg.viz.show`)."""
        return iframe_html(self.path.read_text(encoding="utf-8"))


#: height of the notebook iframe, in pixels
DEFAULT_HEIGHT = 620


def iframe_html(page: str, *, height: int = DEFAULT_HEIGHT, title: str = "kg graph") -> str:
    """``page`` (a whole HTML document) as one sandboxed ``srcdoc`` iframe element."""
    if isinstance(height, bool) or not isinstance(height, int) or height < 50:
        raise ValueError(f"height must be an int of at least 50 pixels, got {height!r}")
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'title="{html.escape(title, quote=True)}" '
            f'style="width:100%;height:{height}px;border:1px solid #ddd;border-radius:4px"></iframe>')


# --------------------------------------------------------------------------- text helpers

_WS = re.compile(r"\s+")


def _text(value: Any) -> str:
    """Any attribute value as a clean str: valid UTF-8 (lone surrogates replaced)."""
    s = value if isinstance(value, str) else ("" if value is None else str(value))
    # A lone surrogate (e.g. from a mis-decoded article) would make the UTF-8 write fail.
    return s.encode("utf-8", "replace").decode("utf-8")


def _one_line(value: Any, limit: int) -> str:
    """Whitespace (including newlines) collapsed to single spaces, cut to ``limit`` chars."""
    s = _WS.sub(" ", _text(value)).strip()
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def _str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    try:
        return [_text(v) for v in value]
    except TypeError:
        return [_text(value)]


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for it in items:
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    ``<`` ``>`` ``&`` become ``\\u003c`` ... so neither ``</script>`` nor
    ``<!--`` can appear; U+2028/2029 are escaped for any JS consumer.
    """
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        s.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# --------------------------------------------------------------------------- assets


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network 9.1.2's minified JS and CSS, as shipped inside the pyvis package."""
    base = resources.files("pyvis").joinpath(_VIS_DIR)
    js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    # Inlining is only sound if the library text cannot end its own element.
    if "</script" in js.lower() or "<!--" in js:
        raise RuntimeError("vis-network.min.js contains '</script' or '<!--'; cannot inline it")
    if "</style" in css.lower():
        raise RuntimeError("vis-network.css contains '</style'; cannot inline it")
    # Offline guarantee: the CSS must not pull anything from the network.
    if re.search(r"""(url\(\s*['"]?\s*(https?:)?//|@import)""", css, re.I):
        raise RuntimeError("vis-network.css references a remote resource")
    return js, css


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


# --------------------------------------------------------------------------- layout


def _force_layout(n: int, edges: list[tuple[int, int]], seed: int, iterations: int = 50,
                  gravity: float = 1.0) -> Any:
    """Fruchterman-Reingold on ``n`` points (numpy, O(n^2) per iteration).

    The same algorithm as ``nx.spring_layout``'s dense path, written out
    because networkx switches to a scipy-only sparse solver at 500 nodes and
    scipy is not a dependency of kg; float32 keeps 2,000 nodes near a second.
    Plus a pull towards the centre (``gravity``): without it isolated nodes
    and small components drift as far as the cooling allows, and the scaling
    to the screen then shrinks the real graph to a dot. Returns an (n, 2)
    array of unit scale.
    """
    import numpy as np

    rng = np.random.RandomState(seed)
    pos = rng.rand(n, 2).astype(np.float32)
    if n == 1:
        return pos
    k = np.float32(math.sqrt(1.0 / n))
    k2 = k * k
    if edges:
        ei = np.array([e[0] for e in edges], dtype=np.int64)
        ej = np.array([e[1] for e in edges], dtype=np.int64)
    temp = np.float32(0.1)
    cool = temp / np.float32(iterations + 1)
    x, y = pos[:, 0], pos[:, 1]
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        d2 = dx * dx + dy * dy
        np.maximum(d2, np.float32(1e-6), out=d2)  # self-pairs have dx = dy = 0 anyway
        rep = k2 / d2  # repulsion k^2/d along the unit vector: delta * k^2 / d^2
        disp = np.stack([(dx * rep).sum(axis=1), (dy * rep).sum(axis=1)], axis=1)
        del dx, dy, d2, rep
        # Net repulsion on a node at distance R from the crowd is about n*k^2/R = 1/R;
        # a pull of gravity*R balances it at R ~ 1/sqrt(gravity), just outside the crowd.
        disp -= np.float32(gravity) * (pos - pos.mean(axis=0))
        if edges:
            delta = pos[ei] - pos[ej]
            dist = np.sqrt((delta * delta).sum(axis=1))[:, None]
            pull = delta * dist / k  # attraction d^2/k along the edge
            np.add.at(disp, ei, -pull)
            np.add.at(disp, ej, pull)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, np.float32(1e-6), out=length)
        step = np.minimum(length, temp) / length
        pos += disp * step[:, None]
        x, y = pos[:, 0], pos[:, 1]
        temp -= cool
    return pos


def _layout(n: int, edges: list[tuple[int, int]], order: list[int]) -> list[tuple[float, float]]:
    """Deterministic pixel coordinates for nodes 0..n-1.

    Up to ``FORCE_LAYOUT_MAX`` nodes: a seeded force layout. Above: the
    ``FORCE_LAYOUT_MAX`` best-ranked nodes (``order``) get the force layout,
    every other node is put next to the neighbour through which a BFS from
    that core reaches it, and nodes in components without a core node go on a
    spiral around the picture. That is O(n + m) beyond the core, so 10,000
    nodes still lay out in a few seconds.
    """
    if n == 0:
        return []
    spacing = 110.0  # pixels between neighbours, roughly
    if n <= FORCE_LAYOUT_MAX:
        pos = _force_layout(n, edges, LAYOUT_SEED)
        return _to_pixels([(float(p[0]), float(p[1])) for p in pos], n, spacing)

    core = order[:FORCE_LAYOUT_MAX]
    core_index = {node: i for i, node in enumerate(core)}
    core_edges = [(core_index[a], core_index[b]) for a, b in edges if a in core_index and b in core_index]
    core_pos = _force_layout(len(core), core_edges, LAYOUT_SEED)
    placed = _to_pixels([(float(p[0]), float(p[1])) for p in core_pos], len(core), spacing)
    coords: list[tuple[float, float] | None] = [None] * n
    for node, xy in zip(core, placed):
        coords[node] = xy

    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    golden = math.pi * (3.0 - math.sqrt(5.0))
    children = [0] * n

    def grow(queue: list[int]) -> None:
        """BFS from placed nodes; each new node goes next to the node that reached it."""
        head = 0
        while head < len(queue):  # rank order, sorted neighbours: deterministic
            parent = queue[head]
            head += 1
            px, py = coords[parent]  # type: ignore[misc]
            for nb in sorted(adj[parent]):
                if coords[nb] is None:
                    children[parent] += 1
                    c = children[parent]
                    r = spacing * (0.6 + 0.15 * math.sqrt(c))
                    coords[nb] = (px + r * math.cos(c * golden), py + r * math.sin(c * golden))
                    queue.append(nb)

    grow(list(core))
    radius = max(max(abs(c[0]), abs(c[1])) for c in coords if c is not None) + 2 * spacing
    slot = 0
    for node in order:  # components the core does not reach: one spiral slot per component
        if coords[node] is None:
            r = radius + spacing * 1.2 * math.sqrt(slot + 1)
            coords[node] = (r * math.cos(slot * golden), r * math.sin(slot * golden))
            slot += 1
            grow([node])
    return [c if c is not None else (0.0, 0.0) for c in coords]


def _to_pixels(points: list[tuple[float, float]], n: int, spacing: float) -> list[tuple[float, float]]:
    """Centre at 0 and scale so the picture is about ``spacing * sqrt(n)`` wide."""
    if not points:
        return []
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = spacing * math.sqrt(n) / extent
    return [((x - cx) * scale, (y - cy) * scale) for x, y in points]


# --------------------------------------------------------------------------- graph → page data


def _node_tooltip(label: str, etype: str, aliases: list[str], articles: list[str]) -> str:
    """Plain text (vis-network shows a string title with innerText: no markup)."""
    lines = [_one_line(label, MAX_TITLE_ITEM), f"Type: {etype}"]
    al = _dedupe(_one_line(a, MAX_TITLE_ITEM) for a in aliases)
    al = [a for a in al if a != _one_line(label, MAX_TITLE_ITEM)]
    if al:
        shown = al[:MAX_ALIASES_SHOWN]
        more = f" (+{len(al) - len(shown)} more)" if len(al) > len(shown) else ""
        lines.append("Also known as: " + "; ".join(shown) + more)
    arts = _dedupe(_one_line(a, MAX_TITLE_ITEM) for a in articles)
    if arts:
        lines.append(f"Articles ({len(arts)}):")
        lines.extend("• " + a for a in arts[:MAX_ARTICLES_SHOWN])
        if len(arts) > MAX_ARTICLES_SHOWN:
            lines.append(f"… and {len(arts) - MAX_ARTICLES_SHOWN} more")
    return "\n".join(lines)


def _edge_tooltip(src: str, predicate: str, dst: str, evidence: list[Evidence],
                  reasons: Iterable[str] = (), symmetric: bool = False) -> str:
    arrow = "—" if symmetric else "→"
    lines = [f"{_one_line(src, MAX_LABEL)} {arrow} {_one_line(predicate, MAX_EDGE_LABEL)} {arrow} "
             f"{_one_line(dst, MAX_LABEL)}"]
    why = sorted({_one_line(r, MAX_EDGE_LABEL) for r in reasons})
    if why:
        # an open statement: kg reports it, it does not assert it (kg/resolve/trust.py)
        lines.append("Open statement, not an edge of the entity graph: " + "; ".join(why))
    if evidence:
        lines.append(f"Evidence ({len(evidence)}):")
    for date, article, sentence, confidence, article_id in evidence[:MAX_EVIDENCE_SHOWN]:
        lines.append("")
        lines.append("“" + _one_line(sentence, MAX_SENTENCE) + "”")
        source = " · ".join(p for p in (_one_line(article, MAX_TITLE_ITEM), _one_line(date, 40),
                                        _one_line(f"article {article_id}", MAX_TITLE_ITEM) if article_id else "",
                                        _one_line(f"confidence {confidence}", 40) if confidence else "") if p)
        if source:
            lines.append("— " + source)
    if len(evidence) > MAX_EVIDENCE_SHOWN:
        lines.append("")
        lines.append(f"… and {len(evidence) - MAX_EVIDENCE_SHOWN} more")
    return "\n".join(lines)


#: one evidence item as drawn: (date, article title, sentence, confidence, article id); sorted in this order
Evidence = tuple[str, str, str, str, str]


def _darker(hex_color: str, factor: float = 0.7) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(int(r * factor), int(g * factor), int(b * factor))


def _sort_key_id(node: Any) -> tuple[str, str]:
    return (type(node).__name__, str(node))


def _match_focus(graph: nx.MultiDiGraph, focus: str | None) -> set[Any]:
    """Node ids matching ``focus``: an exact node id, else a case-insensitive label, else alias."""
    if not focus:
        return set()
    for node in graph.nodes:
        if str(node) == focus:
            return {node}
    want = _one_line(focus, 10_000).casefold()
    by_label = {n for n, d in graph.nodes(data=True) if _one_line(d.get("label", n), 10_000).casefold() == want}
    if by_label:
        return by_label
    return {
        n for n, d in graph.nodes(data=True)
        if any(_one_line(a, 10_000).casefold() == want for a in _str_list(d.get("aliases")))
    }


def _communities(node_list: list[Any], pair_edges: list[tuple[int, int]], centrality: dict[Any, float],
                 labels: dict[Any, str]) -> tuple[list[int], list[tuple[str, int]]]:
    """Louvain communities of the drawn graph: (community index per node, [(name, size)]).

    Deterministic: Louvain runs on a graph built from sorted index pairs with
    a fixed seed; communities are numbered by size (largest first), ties by
    name. A community is named after its most central member (ties: label).
    """
    g = nx.Graph()
    g.add_nodes_from(range(len(node_list)))
    g.add_edges_from(pair_edges)
    found = nx.community.louvain_communities(g, seed=LAYOUT_SEED) if len(node_list) else []
    named = []
    for members in found:
        head = min(members, key=lambda i: (-centrality[node_list[i]], labels[node_list[i]], i))
        named.append((labels[node_list[head]], sorted(members)))
    named.sort(key=lambda item: (-len(item[1]), item[0], item[1][0]))
    of = [0] * len(node_list)
    for k, (_name, members) in enumerate(named):
        for i in members:
            of[i] = k
    return of, [(name, len(members)) for name, members in named]


def rank_nodes(graph: nx.MultiDiGraph) -> list[Any]:
    """Nodes most connected first; ties by label, then id, so any cut is deterministic."""
    labels = {n: _text(d.get("label")).strip() or str(n) for n, d in graph.nodes(data=True)}
    degree = dict(graph.degree())
    return sorted(graph.nodes, key=lambda n: (-degree[n], labels[n], _sort_key_id(n)))


def select_nodes(graph: nx.MultiDiGraph, max_nodes: int, keep: Iterable[Any] = ()) -> list[Any]:
    """The nodes a page of at most ``max_nodes`` draws: ``keep`` (a focus), then the most connected
    entities *with their ties*: an entity comes in with a neighbour already drawn, or with its
    best-ranked neighbour, so the cut strands no lone dot. A graph without edges: the first by label."""
    ranked = rank_nodes(graph)
    rank = {n: r for r, n in enumerate(ranked)}
    chosen = sorted(keep, key=_sort_key_id)[:max_nodes]
    kept = set(chosen)
    if not graph.number_of_edges():
        return chosen + [n for n in ranked if n not in kept][: max_nodes - len(chosen)]
    for n in ranked:
        if len(chosen) >= max_nodes:
            break
        if n in kept:
            continue
        neighbours = sorted((m for m in nx.all_neighbors(graph, n) if m != n), key=rank.__getitem__)
        if any(m in kept for m in neighbours):
            chosen.append(n)
            kept.add(n)
        elif neighbours and len(chosen) + 2 <= max_nodes:
            chosen += [n, neighbours[0]]
            kept.update((n, neighbours[0]))
    return chosen


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: a click on a drawn entity shows at most this many of its neighbours not drawn (the best connected)
MAX_EXPAND = 8


def _neighbourhoods(whole: nx.MultiDiGraph, node_list: list[Any], index: dict[Any, int], ranked: list[Any],
                    labels: dict[Any, str], centrality: dict[Any, float], cmax: float, communities: bool,
                    first_edge: int) -> dict[str, Any]:
    """What a click on a drawn entity adds: its best connected neighbours not drawn (at most
    :data:`MAX_EXPAND` each) and the relations to them, named by predicate (their evidence is not
    embedded: that would be the whole store). ``extraNodes``/``extraEdges`` hold them once;
    ``expand`` maps a drawn node's index to the extra node and edge indexes it reveals."""
    rank = {n: r for r, n in enumerate(ranked)}
    extra_index: dict[Any, int] = {}
    extra_nodes: list[dict[str, Any]] = []
    extra_edges: list[dict[str, Any]] = []
    edge_index: dict[tuple[int, int, str], int] = {}
    expand: dict[str, list[list[int]]] = {}
    for n in node_list:
        hidden = sorted({m for m in nx.all_neighbors(whole, n) if m not in index and m != n}, key=rank.__getitem__)
        shown_nodes, shown_edges = [], []
        for m in hidden[:MAX_EXPAND]:
            if m not in extra_index:
                extra_index[m] = len(node_list) + len(extra_nodes)
                etype = _text(whole.nodes[m].get("type"))
                etype = etype if etype in TYPE_COLORS else "Thing"
                extra_nodes.append({
                    "id": extra_index[m], "label": _one_line(labels[m], MAX_LABEL),
                    "group": "c-other" if communities else etype, "kgType": etype,
                    "size": round(10 + 30 * math.sqrt(min(centrality[m] / cmax, 1.0)), 2),
                    "title": _node_tooltip(labels[m], etype, [], []) + "\n(not in the overview: a click on a "
                                                                      "drawn entity brought it in)",
                })
            shown_nodes.append(extra_index[m])
            for u, v in ((n, m), (m, n)):
                for key, d in sorted((whole.get_edge_data(u, v) or {}).items(), key=lambda kv: str(kv[0])):
                    pred = _one_line(d.get("predicate", key), MAX_EDGE_LABEL) or "related to"
                    a, b = (index[u] if u in index else extra_index[u]), (index[v] if v in index else extra_index[v])
                    if (a, b, pred) not in edge_index:
                        edge_index[(a, b, pred)] = first_edge + len(extra_edges)
                        edge: dict[str, Any] = {"id": edge_index[(a, b, pred)], "from": a, "to": b, "label": pred,
                                                "kgPredicate": pred, "title": _edge_tooltip(labels[u], pred,
                                                                                            labels[v], [])}
                        if d.get("symmetric"):
                            edge["arrows"] = {"to": {"enabled": False}}
                        extra_edges.append(edge)
                    shown_edges.append(edge_index[(a, b, pred)])
        if shown_nodes:
            expand[str(index[n])] = [shown_nodes, shown_edges]
    return {"extraNodes": extra_nodes, "extraEdges": extra_edges, "expand": expand}


def _build(graph: nx.MultiDiGraph, max_nodes: int, physics: bool | None, focus: str | None,
           communities: bool = False, highlight: Iterable[Any] = (), whole: nx.MultiDiGraph | None = None,
           min_community: int = 1) -> dict[str, Any]:
    # ``whole``: the graph ``graph`` was cut from (see render_html): ranks, sizes and counts come from it
    whole = graph if whole is None else whole
    total = whole.number_of_nodes()
    labels = {n: _text(d.get("label")).strip() or str(n) for n, d in whole.nodes(data=True)}
    labels.update((n, _text(d.get("label")).strip() or str(n)) for n, d in graph.nodes(data=True))
    degree = dict(whole.degree())
    # degree centrality as networkx computes it (degree / (n - 1)), over the whole graph
    scale = 1.0 / (total - 1.0) if total > 1 else 0.0
    centrality = {n: degree[n] * scale for n in whole.nodes}
    focused = _match_focus(graph, focus)
    focus_matches = set(focused)
    focused |= {n for n in highlight if n in graph}

    ranked = rank_nodes(whole)
    kept = set(select_nodes(whole, max_nodes, focused)) & set(graph.nodes)

    node_list = sorted(kept, key=_sort_key_id)  # page order independent of insertion order
    index = {n: i for i, n in enumerate(node_list)}
    rank_of = {n: r for r, n in enumerate(n for n in ranked if n in kept)}

    # Merge parallel edges with the same (source, target, predicate) into one, pooling evidence; a
    # symmetric predicate ("met") is one edge whichever way its statements run.
    merged: dict[tuple[int, int, str], list[Evidence]] = {}
    open_reasons: dict[tuple[int, int, str], set[str]] = {}
    symmetric: set[tuple[int, int, str]] = set()
    edge_iter = graph.edges(keys=True, data=True) if graph.is_multigraph() else (
        (u, v, None, d) for u, v, d in graph.edges(data=True)
    )
    for u, v, _key, d in edge_iter:
        if u not in kept or v not in kept:
            continue
        pred = _one_line(d.get("predicate", ""), MAX_EDGE_LABEL) or "related to"
        a, b = index[u], index[v]
        if d.get("symmetric") and b < a:
            a, b = b, a
        bucket = merged.setdefault((a, b, pred), [])
        if d.get("symmetric"):
            symmetric.add((a, b, pred))
        if d.get("open"):
            open_reasons.setdefault((a, b, pred), set()).update(_str_list(d.get("reasons")))
        for ev in d.get("evidence") or []:
            if isinstance(ev, dict):
                bucket.append((_text(ev.get("date")), _text(ev.get("article")), _text(ev.get("sentence")),
                               _text(ev.get("confidence")), _text(ev.get("id"))))
    edge_keys = sorted(merged)

    n_drawn = len(node_list)
    use_physics = n_drawn <= PHYSICS_AUTO_MAX if physics is None else bool(physics)
    pair_edges = sorted({(a, b) if a <= b else (b, a) for a, b, _ in edge_keys})
    coords = _layout(n_drawn, pair_edges, sorted(range(n_drawn), key=lambda i: rank_of[node_list[i]]))

    cmax = max((centrality[n] for n in node_list), default=0.0) or 1.0
    community_of: list[int] = []
    community_names: list[tuple[str, int]] = []
    shown = 0  # communities with a colour of their own; the rest share the "other" grey
    if communities:
        community_of, community_names = _communities(node_list, pair_edges, centrality, labels)
        shown = sum(1 for _name, size in community_names[: len(COMMUNITY_COLORS)] if size >= min_community)
    nodes_out: list[dict[str, Any]] = []
    type_counts: dict[str, int] = {}
    for i, n in enumerate(node_list):
        d = graph.nodes[n]
        etype = _text(d.get("type"))
        if etype not in TYPE_COLORS:
            etype = "Thing"
        type_counts[etype] = type_counts.get(etype, 0) + 1
        group = etype
        fill = TYPE_COLORS[etype]
        if communities:
            k = community_of[i]
            group = f"c{k}" if k < shown else "c-other"
            fill = COMMUNITY_COLORS[k] if k < shown else OTHER_COMMUNITY_COLOR
        node: dict[str, Any] = {
            "id": i,
            "label": _one_line(labels[n], MAX_LABEL),
            "group": group,
            # Area grows with degree centrality; sqrt keeps hubs from swallowing the picture.
            "size": round(10 + 30 * math.sqrt(centrality[n] / cmax), 2),
            "title": _node_tooltip(labels[n], etype, _str_list(d.get("aliases")), _str_list(d.get("articles"))),
            "x": round(coords[i][0], 1),
            "y": round(coords[i][1], 1),
            "kgType": etype,
        }
        if n in focused:
            node["borderWidth"] = 5
            node["borderWidthSelected"] = 6
            node["color"] = {
                "background": fill, "border": "#d62728",
                "highlight": {"background": fill, "border": "#d62728"},
                "hover": {"background": fill, "border": "#d62728"},
            }
            node["font"] = {"size": 18, "bold": True}
        nodes_out.append(node)

    # Edges between the same two nodes would be drawn on top of each other:
    # bend the 2nd, 3rd ... one of each pair by growing amounts.
    seen_pair: dict[tuple[int, int], int] = {}
    edges_out: list[dict[str, Any]] = []
    for j, (a, b, pred) in enumerate(edge_keys):
        ev = sorted(set(merged[(a, b, pred)]))  # dedupe, then (date, article, sentence)
        pair = (a, b) if a <= b else (b, a)
        nth = seen_pair.get(pair, 0)
        seen_pair[pair] = nth + 1
        edge: dict[str, Any] = {
            "id": j,
            "from": a,
            "to": b,
            "label": pred,
            "title": _edge_tooltip(labels[node_list[a]], pred, labels[node_list[b]], ev,
                                   open_reasons.get((a, b, pred), ()), (a, b, pred) in symmetric),
            "width": round(min(1 + 0.5 * max(len(ev) - 1, 0), 5), 2),
            "kgPredicate": pred,
        }
        days = sorted(d[:10] for d, *_rest in ev if _DAY.fullmatch(d[:10]))
        if days:
            edge["kgDates"] = [days[0], days[-1]]  # for the page's date filter
        if (a, b, pred) in symmetric:
            edge["arrows"] = {"to": {"enabled": False}}  # "A met B" is "B met A"
        if (a, b, pred) in open_reasons:
            edge["dashes"] = True  # an open statement, drawn only when asked for (layer open or all)
        if nth:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * nth, 2)}
        edges_out.append(edge)

    expand = _neighbourhoods(whole, node_list, index, ranked, labels, centrality, cmax, communities,
                             len(edges_out))

    palette = dict(TYPE_COLORS)
    if communities:
        palette = {f"c{k}": COMMUNITY_COLORS[k] for k in range(shown)}
        palette["c-other"] = OTHER_COMMUNITY_COLOR
    groups = {
        t: {"color": {"background": c, "border": _darker(c),
                      "highlight": {"background": c, "border": "#222222"},
                      "hover": {"background": c, "border": "#222222"}}}
        for t, c in palette.items()
    }
    big = n_drawn > PHYSICS_AUTO_MAX
    options: dict[str, Any] = {
        "autoResize": True,
        "groups": groups,
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "font": {"size": 14, "face": "system-ui, sans-serif", "color": "#222222",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
            # names stay readable when a whole graph is fitted to the window
            "scaling": {"label": {"enabled": True, "min": 12, "max": 22, "drawThreshold": 3, "maxVisible": 30}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"color": "#9aa3ad", "highlight": "#333333", "hover": "#333333"},
            "font": {"size": 11, "face": "system-ui, sans-serif", "color": "#555555",
                     "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
            "smooth": False,  # straight lines are cheap; parallel edges get their own curve
            "selectionWidth": 1.5,
            "hoverWidth": 1.0,
        },
        "physics": {
            "enabled": use_physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.3, "springLength": 140,
                          "springConstant": 0.04, "damping": 0.3, "avoidOverlap": 0.1},
            "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS,
                              "updateInterval": 50, "fit": True},
        },
        # Coordinates come from Python: vis's own Kamada-Kawai pre-layout is slow and not needed.
        "layout": {"improvedLayout": False, "randomSeed": LAYOUT_SEED},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False, "keyboard": False},
    }

    legend = [(t, TYPE_COLORS[t], type_counts[t]) for t in TYPE_COLORS if t in type_counts]
    if communities:
        legend = [(_one_line(name, MAX_LABEL), COMMUNITY_COLORS[k], size)
                  for k, (name, size) in enumerate(community_names[:shown])]
        rest = community_names[shown:]
        if rest:
            legend.append((f"other: {len(rest):,} smaller communities", OTHER_COMMUNITY_COLOR,
                           sum(size for _, size in rest)))
    focus_labels = [labels[n] for n in sorted(focus_matches, key=_sort_key_id)]
    return {
        "data": {"nodes": nodes_out, "edges": edges_out, "options": options, "physics": use_physics,
                 "readableMax": PHYSICS_AUTO_MAX, **expand},
        "legend": legend,
        "total": total,
        "drawn": n_drawn,
        "edges": len(edges_out),
        "focus_labels": focus_labels,
        "communities": len(community_names) if communities else None,
    }


# --------------------------------------------------------------------------- page

_PAGE_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #222; background: #fff; }
body { display: flex; flex-direction: column; }
header { padding: 8px 14px; border-bottom: 1px solid #e3e6ea; background: #f8f9fb;
  display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 18px; }
header h1 { font-size: 17px; margin: 0; font-weight: 600; }
.kg-stats { color: #555; }
.kg-view { color: #1f3a5f; background: #e8f0fb; border: 1px solid #b8cce6; border-radius: 4px;
  padding: 1px 8px; margin: 0; }
.kg-note { color: #7a4d00; background: #fff4d6; border: 1px solid #f1d48a; border-radius: 4px;
  padding: 1px 8px; margin: 0; }
#kg-legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
#kg-legend li { display: flex; align-items: center; gap: 6px; color: #333; }
#kg-legend .sw { width: 12px; height: 12px; border-radius: 50%; display: inline-block;
  border: 1px solid rgba(0,0,0,.35); }
#kg-explore { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; }
#kg-search { font: inherit; padding: 2px 6px; width: 16em; }
#kg-search:invalid { border-color: #d62728; }
#kg-filters { position: relative; }
#kg-filters summary { cursor: pointer; color: #1f3a5f; }
#kg-filters[open] > fieldset { background: #fff; }
#kg-filters fieldset { border: 1px solid #e3e6ea; margin: 4px 0; padding: 4px 8px; max-height: 9em; overflow: auto; }
#kg-filters label { display: inline-block; margin-right: 10px; white-space: nowrap; }
.kg-hint { color: #777; font-size: 12px; }
#kg-graph { flex: 1 1 auto; position: relative; min-height: 300px; }
#kg-empty { margin: auto; padding: 60px 20px; text-align: center; color: #666; font-size: 18px; }
div.vis-tooltip { white-space: pre-wrap !important; overflow-wrap: anywhere; max-width: 460px; font: 13px/1.35 system-ui, sans-serif !important;
  color: #222 !important; background: #fffef5 !important; border: 1px solid #c9c2a0 !important;
  box-shadow: 0 2px 8px rgba(0,0,0,.15); padding: 8px 10px !important; }
"""

# The explorer's controls; filled by _APP_JS (names as text nodes), so no data goes in here.
_CONTROLS = (
    '<div id="kg-explore"><input id="kg-search" list="kg-names" type="search" autocomplete="off" '
    'placeholder="find an entity…" aria-label="find an entity"><datalist id="kg-names"></datalist>'
    '<details id="kg-filters"><summary>filters</summary>'
    '<fieldset><legend>types</legend><div id="kg-types"></div></fieldset>'
    '<fieldset><legend>predicates</legend><div id="kg-predicates"></div></fieldset>'
    '<fieldset><legend>dates</legend><input id="kg-since" type="date" aria-label="since"> to '
    '<input id="kg-until" type="date" aria-label="until"></fieldset>'
    '</details><span class="kg-hint">click an entity to bring in its neighbours</span></div>'
)

# Reads the JSON island, draws, and signals completion on <body data-ready="1"> with
# data-nodes-drawn / data-edges-drawn / data-ready-ms (used by tests and the bench).
_APP_JS = """
(function () {
  "use strict";
  var body = document.body;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  function done(nodes, edges) {
    if (body.dataset.ready === "1") { return; }
    body.dataset.nodesDrawn = String(nodes);
    body.dataset.edgesDrawn = String(edges);
    body.dataset.readyMs = String(Math.round(performance.now()));
    body.dataset.ready = "1";
  }
  if (!data.nodes.length) { done(0, 0); return; }
  var container = document.getElementById("kg-graph");
  var nodes = new vis.DataSet(data.nodes);
  var network = new vis.Network(container, {
    nodes: nodes,
    edges: new vis.DataSet(data.edges)
  }, data.options);
  window.kgNetwork = network;
  var labelPx = 14;  // the label font size in graph units (readable() grows it for a zoomed-out graph)
  function readable() {
    // Fitting a spread-out graph to the window can zoom out so far that 14px labels
    // end up 5px on screen: grow the label font so names stay about 12px (small graphs
    // only; big ones hide labels until zoomed in, which keeps them fast).
    var scale = network.getScale();
    if (data.nodes.length > data.readableMax || !(scale > 0) || scale >= 0.85) { return; }
    var px = Math.min(12 / scale, 40);
    labelPx = px;
    network.setOptions({ nodes: { font: { size: px } }, edges: { font: { size: Math.min(10 / scale, 30) } } });
    nodes.update(data.nodes.filter(function (n) { return n.font; }).map(function (n) {
      return { id: n.id, font: { size: Math.round(px * 1.25), bold: true } };
    }));
  }
  function report() {
    readable();
    network.once("afterDrawing", function () {
      done(network.body.nodeIndices.length, network.body.edgeIndices.length);
    });
    network.redraw();
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", report);
  } else {
    network.fit({ animation: false });
    report();
  }
  explorer(network, nodes, network.body.data.edges);

  // The explorer: find an entity by typing, a click brings in its neighbours, filters hide what
  // does not match. Every name goes into the DOM as text (textContent, option values), never markup.
  function explorer(network, nodes, edges) {
    var byLabel = {};
    function known(n) { var key = n.label.toLowerCase(); if (!(key in byLabel)) { byLabel[key] = n.id; } }
    data.nodes.forEach(known);
    var names = document.getElementById("kg-names");
    function option(label) { var o = document.createElement("option"); o.value = label; names.appendChild(o); }
    data.nodes.map(function (n) { return n.label; }).sort().forEach(option);
    var search = document.getElementById("kg-search");
    function find() {
      var want = search.value.trim().toLowerCase();
      if (!want) { return; }
      var id = byLabel[want];
      if (id === undefined) {  // else the first drawn name that starts with, then contains, what was typed
        var all = nodes.get({ filter: function (n) { return !n.hidden; } });
        var hit = all.filter(function (n) { return n.label.toLowerCase().indexOf(want) === 0; })[0] ||
          all.filter(function (n) { return n.label.toLowerCase().indexOf(want) >= 0; })[0];
        id = hit ? hit.id : undefined;
      }
      if (id === undefined) { body.dataset.found = ""; search.setCustomValidity("no such entity drawn"); return; }
      search.setCustomValidity("");
      network.selectNodes([id]);
      // close enough that names read at about 16px on screen
      network.focus(id, { scale: Math.max(network.getScale(), 16 / labelPx), animation: false });
      body.dataset.found = nodes.get(id).label;
    }
    search.addEventListener("change", find);
    search.addEventListener("keydown", function (e) { if (e.key === "Enter") { find(); } });

    var expanded = 0;
    network.on("click", function (params) {
      if (params.nodes.length !== 1) { return; }
      var id = params.nodes[0], more = data.expand[String(id)];
      if (!more) { return; }
      var at = network.getPosition(id), k = 0;
      var add = more[0].filter(function (i) { return !nodes.get(i); }).map(function (i) {
        var n = Object.assign({}, data.extraNodes[i - data.nodes.length]);
        var turn = 2.399963 * (k++);  // golden angle: spread around the clicked entity
        n.x = at.x + 160 * Math.cos(turn); n.y = at.y + 160 * Math.sin(turn);
        return n;
      });
      nodes.add(add);
      add.forEach(function (n) { known(n); option(n.label); });
      edges.add(more[1].filter(function (i) { return !edges.get(i); }).map(function (i) {
        return data.extraEdges[i - data.edges.length];
      }));
      expanded += add.length;
      body.dataset.expanded = String(expanded);
      apply();
    });

    var types = {}, preds = {};
    data.nodes.forEach(function (n) { types[n.kgType] = true; });
    data.edges.concat(data.extraEdges).forEach(function (e) { preds[e.kgPredicate] = true; });
    data.extraNodes.forEach(function (n) { types[n.kgType] = true; });
    function boxes(where, names) {
      var box = document.getElementById(where);
      Object.keys(names).sort().forEach(function (name) {
        var label = document.createElement("label"), input = document.createElement("input");
        input.type = "checkbox"; input.checked = true; input.value = name;
        input.addEventListener("change", function () { names[name] = input.checked; apply(); });
        label.appendChild(input); label.appendChild(document.createTextNode(" " + name));
        box.appendChild(label);
      });
    }
    boxes("kg-types", types);
    boxes("kg-predicates", preds);
    var since = document.getElementById("kg-since"), until = document.getElementById("kg-until");
    since.addEventListener("change", apply);
    until.addEventListener("change", apply);
    function apply() {
      var from = since.value, to = until.value, narrowed = !!(from || to);
      Object.keys(preds).forEach(function (p) { narrowed = narrowed || !preds[p]; });
      var shownEdges = edges.get().map(function (e) {
        var d = e.kgDates, hide = !preds[e.kgPredicate] ||
          ((from || to) && (!d || (from && d[1] < from) || (to && d[0] > to)));
        var a = nodes.get(e.from), b = nodes.get(e.to);
        hide = hide || !a || !b || !types[a.kgType] || !types[b.kgType];
        return { id: e.id, hidden: !!hide };
      });
      var linked = {};
      shownEdges.forEach(function (e) {
        if (!e.hidden) { var x = edges.get(e.id); linked[x.from] = true; linked[x.to] = true; }
      });
      var shownNodes = nodes.get().map(function (n) {
        return { id: n.id, hidden: !types[n.kgType] || (narrowed && !linked[n.id]) };
      });
      edges.update(shownEdges);
      nodes.update(shownNodes);
      body.dataset.visibleNodes = String(shownNodes.filter(function (n) { return !n.hidden; }).length);
      body.dataset.visibleEdges = String(shownEdges.filter(function (e) { return !e.hidden; }).length);
    }
  }
})();
"""


def _page(title: str, built: dict[str, Any], extra_notes: Iterable[str] = ()) -> str:
    js, vis_css = _vis_assets()
    data_json = _json_for_script(built["data"])
    esc = functools.partial(html.escape, quote=True)
    page_title = _one_line(title, 200) or "kg"

    notes = []
    if built["total"] == 0:
        notes.append("no entities to show")
    elif built["drawn"] < built["total"]:
        notes.append(f"showing {built['drawn']:,} of {built['total']:,} entities (the most connected)")
    if built["focus_labels"]:
        notes.append("focus: " + "; ".join(_one_line(x, MAX_LABEL) for x in built["focus_labels"]))
    notes_html = "".join(f'<p class="kg-note">{esc(n)}</p>' for n in notes)
    # Filter summaries, path descriptions ...: data-derived, so escaped like everything else.
    notes_html += "".join(f'<p class="kg-view">{esc(_one_line(n, MAX_NOTE))}</p>'
                          for n in _dedupe(_str_list(list(extra_notes))))
    legend_name = "entity types"
    if built.get("communities") is not None:
        legend_name = "communities"
        notes_html += (f'<p class="kg-view">colour: {built["communities"]:,} communities (Louvain), '
                       "named after their most central entity</p>")
    legend_html = "".join(
        f'<li><span class="sw" style="background:{c}"></span>{esc(t)} ({n:,})</li>'
        for t, c, n in built["legend"]
    )
    stats = f"{built['drawn']:,} entities · {built['edges']:,} relations"
    graph_inner = '<p id="kg-empty">no entities to show</p>' if built["total"] == 0 else ""

    style = vis_css + "\n" + _PAGE_CSS
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(js)} {_csp_hash(_APP_JS)}; "
        # vis-network and our legend set inline style attributes; CSS cannot run code.
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(page_title)}</title>\n"
        f"<style>\n{style}\n</style>\n"
        "</head>\n<body>\n"
        f'<header><h1>{esc(page_title)}</h1><span class="kg-stats">{esc(stats)}</span>'
        f'{notes_html}<ul id="kg-legend" aria-label="{legend_name}">{legend_html}</ul>{_CONTROLS if built["total"] else ""}'
        '</header>\n'
        f'<div id="kg-graph">{graph_inner}</div>\n'
        f'<script type="application/json" id="kg-data">{data_json}</script>\n'
        f'<script id="kg-vis">{js}</script>\n'
        f'<script id="kg-app">{_APP_JS}</script>\n'
        "</body>\n</html>\n"
    )


def view_data(graph: nx.MultiDiGraph, *, title: str = "kg", max_nodes: int = 300, physics: bool | None = None,
              focus: str | None = None, communities: bool = False, notes: Iterable[str] = (),
              highlight: Iterable[Any] = (), whole: nx.MultiDiGraph | None = None,
              min_community: int = 1) -> dict[str, Any]:
    """What :func:`render_html` puts in the page for the same arguments, without writing it: ``nodes`` and
    ``edges`` (vis-network items: label, title, size, x, y, group ...), vis ``options``, ``physics``.
    ``title`` and ``notes`` belong to the page's header and are ignored here."""
    _check_render_options(max_nodes, min_community)
    built: dict[str, Any] = _build(graph, max_nodes, physics, focus, communities, highlight, whole, min_community)
    return dict(built["data"])


def _check_render_options(max_nodes: int, min_community: int) -> None:
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise VizError(f"--max-nodes must be a whole number of at least 1, got {max_nodes!r}")
    if isinstance(min_community, bool) or not isinstance(min_community, int) or min_community < 1:
        raise VizError(f"--min-community must be a whole number of at least 1, got {min_community!r}")


def render_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "kg",
    max_nodes: int = 300,
    physics: bool | None = None,
    focus: str | None = None,
    communities: bool = False,
    notes: Iterable[str] = (),
    highlight: Iterable[Any] = (),
    whole: nx.MultiDiGraph | None = None,
    min_community: int = 1,
) -> RenderReport:
    """Write ``graph`` as one self-contained interactive HTML page at ``path``.

    Guarantees: offline (no external reference, CSP ``default-src 'none'``),
    no markup from the data reaches the DOM, byte-identical output for the
    same graph, atomic replace of ``path`` (parent directories are created).

    * Nodes are coloured by ``type`` (legend on the page) and sized by degree
      centrality; edges are labelled with their predicate and arrowed; edges
      with the same (source, target, predicate) are merged and their tooltip
      lists all evidence (sentence, article, date).
    * Above ``max_nodes`` entities only the ``max_nodes`` with the highest
      degree are drawn (ties: label, then id) and the page says
      "showing N of M entities (the most connected)".
    * ``physics=None``: live physics (150 stabilisation iterations) up to 300
      drawn nodes, a fixed precomputed layout above.
    * ``focus``: a node id or a label (case-insensitive; aliases as a last
      resort); matching nodes get a red border and are never cut by
      ``max_nodes``. No match: nothing is highlighted.
    * ``communities=True``: nodes are coloured by Louvain community
      (networkx, fixed seed, so the same graph gets the same colours) of the
      drawn graph, and the legend lists communities, largest first, each
      named after its most central entity; the type stays in the tooltip.
      Communities past the 18th share one grey legend entry.
    * ``notes``: lines shown in the header (filters, a path ...), each
      collapsed to one line, cut to 300 characters and HTML-escaped.
    * ``highlight``: node ids drawn like the focus (red border), never cut.
    * ``min_community`` (with ``communities``): communities smaller than this share the grey "other"
      group with those past the 18th.
    * ``whole``: the graph ``graph`` was cut from, when ``graph`` holds only part of it (the overview
      of a large store fetches the attributes of the drawn entities only): which nodes are drawn, their
      sizes and the "showing N of M" count are computed on ``whole`` (its nodes need ``label``, its
      edges nothing), the attributes drawn come from ``graph``. The page is the one ``graph=whole``
      with every attribute would give.
    * An empty graph gives a page saying "no entities to show".
    """
    _check_render_options(max_nodes, min_community)
    target = Path(path)
    built = _build(graph, max_nodes, physics, focus, communities, highlight, whole, min_community)
    data = _page(title, built, notes).encode("utf-8")
    atomic_write_bytes(target, data)
    return RenderReport(
        path=target,
        nodes_drawn=built["drawn"],
        edges_drawn=built["edges"],
        nodes_omitted=built["total"] - built["drawn"],
        bytes=len(data),
    )
