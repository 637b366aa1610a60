"""How two entities connect: shortest paths in the entity graph, as text and as a page.

Paths are searched in the undirected view of the projection (a relation links
its two entities whichever way it points), but every hop keeps its relations
in their real direction, with their evidence.

Layer: viz, beside kg.export; must not import kg.export, kg.graph or kg.cli.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import NoPathError, VizError
from kg.network import require_node

#: at most this many shortest paths are reported (there can be exponentially many)
MAX_PATHS = 5


@dataclass(frozen=True)
class Link:
    """One relation between two consecutive entities of a path, in its real direction."""

    source: str
    source_label: str
    predicate: str
    target: str
    target_label: str
    #: ``{"sentence", "article", "date", ...}`` dicts, as on the projection's edges
    evidence: tuple[dict[str, str], ...]
    #: a symmetric predicate ("met"): its direction is the path's
    symmetric: bool = False


@dataclass(frozen=True)
class Hop:
    """One step of a path, from ``start`` to ``end``, and every relation between the two."""

    start: str
    start_label: str
    end: str
    end_label: str
    links: tuple[Link, ...]

    def arrow(self, link: Link | None = None) -> str:
        """``—met→`` when the relation points along the path, ``←worksFor—`` when against it."""
        link = link or self.links[0]
        return f"—{link.predicate}→" if link.source == self.start else f"←{link.predicate}—"


@dataclass(frozen=True)
class EntityPath:
    """One shortest path: its entities in order and the hops between them."""

    nodes: tuple[str, ...]
    labels: tuple[str, ...]
    hops: tuple[Hop, ...]

    def chain(self) -> str:
        """``A —criticized→ B —met→ C``: the first relation of each hop, in its real direction."""
        parts = [self.labels[0]]
        for hop in self.hops:
            parts += [hop.arrow(), hop.end_label]
        return " ".join(parts)


@dataclass(frozen=True)
class PathResult:
    """The shortest paths between two entities (at most :data:`MAX_PATHS`, sorted by their labels)."""

    source: str
    target: str
    source_label: str
    target_label: str
    length: int
    paths: tuple[EntityPath, ...]
    #: True when there are more shortest paths than ``paths`` holds
    truncated: bool = False
    #: the paths' entities and relations, in the shape render_html draws
    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph, repr=False, compare=False)

    def lines(self) -> list[str]:
        """The terminal report: one chain per path, then each hop with its evidence sentence."""
        count = f"{len(self.paths)}{'+' if self.truncated else ''} shortest path{'s' if len(self.paths) > 1 else ''}"
        out = [f"{self.source_label} to {self.target_label}: {count}, "
               f"{self.length} hop{'s' if self.length != 1 else ''}"]
        for number, path in enumerate(self.paths, 1):
            out.append("")
            out.append(f"{number}. {path.chain()}")
            for hop in path.hops:
                for k, link in enumerate(hop.links):
                    out.append(f"   {hop.start_label} {hop.arrow(link)} {hop.end_label}"
                               + ("" if k == 0 else "  (also)"))
                    if link.evidence:
                        ev = link.evidence[0]
                        more = f" (+{len(link.evidence) - 1} more)" if len(link.evidence) > 1 else ""
                        where = ", ".join(x for x in (ev.get("article", ""), ev.get("date", "")) if x)
                        out.append(f"      “{' '.join(ev.get('sentence', '').split())}”"
                                   + (f" — {where}" if where else "") + more)
        if self.truncated:
            out.append("")
            out.append(f"(more shortest paths exist; the first {len(self.paths)} by label are shown)")
        return out

    def summary(self) -> list[str]:
        """Short header lines for the page: what connects to what, and each chain."""
        head = (f"path: {self.source_label} to {self.target_label}, {self.length} "
                f"hop{'s' if self.length != 1 else ''}, {len(self.paths)}{'+' if self.truncated else ''} "
                f"shortest path{'s' if len(self.paths) > 1 else ''}")
        return [head] + [p.chain() for p in self.paths]


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label") or node)


def _links(graph: nx.MultiDiGraph, a: str, b: str) -> tuple[Link, ...]:
    """Every relation between a and b, the one that best names the hop first."""
    found = []
    for u, v in ((a, b), (b, a)):
        for _key, data in sorted((graph.get_edge_data(u, v) or {}).items()):
            # "A met B" is "B met A": read along the path
            start, end = (a, b) if data.get("symmetric") else (u, v)
            found.append((not data.get("controlled", False),
                          Link(start, _label(graph, start), str(data.get("predicate", _key)), end,
                               _label(graph, end), tuple(data.get("evidence") or ()), bool(data.get("symmetric")))))
    # The first link names the hop in the chain: along the path, controlled vocabulary
    # (met, criticized) before open verbs (lookAt), best attested, then by name.
    found.sort(key=lambda item: (item[1].source != a, item[0], -len(item[1].evidence), item[1].predicate))
    return tuple(link for _open, link in found)


def shortest_paths(graph: nx.MultiDiGraph, a: str, b: str, *, max_hops: int = 4,
                   max_paths: int = MAX_PATHS) -> PathResult:
    """Shortest paths between the entities named ``a`` and ``b`` (label, alias or IRI; case-insensitive).

    Raises:
        UnknownEntityError: no entity by one of the names.
        NoPathError: no path of at most ``max_hops`` relations.
        VizError: ``max_hops`` below 1, or both names are the same entity.
    """
    if isinstance(max_hops, bool) or not isinstance(max_hops, int) or max_hops < 1:
        raise VizError(f"--max-hops must be a whole number of at least 1, got {max_hops!r}")
    source, target = require_node(graph, a), require_node(graph, b)
    if source == target:
        raise VizError(f"{a!r} and {b!r} are the same entity ({_label(graph, source)}); name two different ones")
    undirected = nx.Graph(graph.to_undirected(as_view=True))
    try:
        length = nx.shortest_path_length(undirected, source, target)
    except nx.NetworkXNoPath:
        length = None
    if length is None or length > max_hops:
        raise NoPathError(f"no connection between {_label(graph, source)} and {_label(graph, target)} within "
                          f"{max_hops} hop{'s' if max_hops != 1 else ''}; try a larger --max-hops")
    # all_shortest_paths order depends on adjacency order; take a bounded batch and sort by labels.
    batch = list(itertools.islice(nx.all_shortest_paths(undirected, source, target), 200))
    batch.sort(key=lambda p: ([_label(graph, n) for n in p], p))
    chosen = batch[:max_paths]
    paths = []
    sub = nx.MultiDiGraph()
    for nodes in chosen:
        hops = []
        for u, v in itertools.pairwise(nodes):
            links = _links(graph, u, v)
            hops.append(Hop(u, _label(graph, u), v, _label(graph, v), links))
            for link in links:
                for n in (link.source, link.target):
                    sub.add_node(n, **graph.nodes[n])
                sub.add_edge(link.source, link.target, key=link.predicate, predicate=link.predicate,
                             evidence=list(link.evidence), symmetric=link.symmetric)
        paths.append(EntityPath(tuple(nodes), tuple(_label(graph, n) for n in nodes), tuple(hops)))
    return PathResult(source, target, _label(graph, source), _label(graph, target), length, tuple(paths),
                      truncated=len(batch) > max_paths, graph=sub)


def render_path(result: PathResult, path: str | os.PathLike[str], *, title: str | None = None) -> Any:
    """Write the paths as an offline page; the two endpoints have a red border. Returns the RenderReport."""
    from kg.viz.html import render_html

    return render_html(result.graph, Path(path), title=title or f"kg: {result.source_label} to {result.target_label}",
                       max_nodes=max(result.graph.number_of_nodes(), 1), physics=True,
                       notes=result.summary(), highlight=(result.source, result.target))
