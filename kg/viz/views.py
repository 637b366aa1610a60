"""One entry point for every view of the store: filters, focus, query, communities -> a page.

Owns: :class:`ViewOptions`, the one list of what a view can be asked for (``kg viz`` builds its
flags from it, ``KnowledgeGraph.visualize`` takes it or its fields as keywords), and
:func:`visualize`. Must not import: the API (kg.graph) or the command line.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import VizError
from kg.store import KGStore
from kg.viz.html import RenderReport, render_html, select_nodes, view_data
from kg.network import describe_subgraph, ego_graph, entity_skeleton, require_node, to_networkx


def _help(text: str, flag: str | None = None) -> dict[str, str]:
    return {"help": text, **({"flag": flag} if flag else {})}


@dataclass(frozen=True)
class ViewOptions:
    """What one page of the graph shows; every field is a ``kg viz`` flag (its help in the metadata)."""

    focus: str | None = field(default=None, metadata=_help("Centre on this entity (label or alias)."))
    hops: int = field(default=2, metadata=_help("With --focus: how many edges out."))
    max_nodes: int = field(default=300, metadata=_help("Keep at most this many (most connected) entities."))
    title: str = field(default="kg", metadata=_help("The page's title."))
    article: str | None = field(default=None, metadata=_help("Only relations from this article id."))
    predicates: str | Iterable[str] | None = field(
        default=None, metadata=_help("Only these predicates, e.g. met,criticized.", "--predicate"))
    since: str | None = field(default=None, metadata=_help("Only relations dated on or after (YYYY[-MM[-DD]])."))
    until: str | None = field(default=None, metadata=_help("Only relations dated on or before (YYYY[-MM[-DD]])."))
    types: str | Iterable[str] | None = field(
        default=None, metadata=_help("Only these entity types, e.g. Person,Organization."))
    communities: bool = field(default=False, metadata=_help("Colour by Louvain community instead of type."))
    min_community: int = field(default=3, metadata=_help(
        "With --communities: communities of fewer entities share one grey 'other' group."))
    physics: bool | None = field(default=None, metadata=_help(
        "Live layout on or off (default: on up to 300 nodes).", "--physics/--no-physics"))
    query: str | os.PathLike[str] | None = field(default=None, metadata=_help(
        "Draw the result of this SPARQL (a .rq file, or the text): a CONSTRUCT, or SELECT ?s ?p ?o."))
    layer: str = field(default="entity", metadata=_help(
        "entity: the asserted entity graph; open: open statements (open verbs, hedged or negated claims); "
        "all: both."))

    def but(self, **changes: Any) -> ViewOptions:
        """A copy with ``changes`` (field names as keywords; an unknown name is a TypeError)."""
        return dataclasses.replace(self, **changes) if changes else self


def visualize(store: KGStore, path: str | os.PathLike[str], options: ViewOptions | None = None,
              **changes: Any) -> RenderReport:
    """Write one offline page of the store, narrowed by ``options`` (all combinable but ``query``).

    ``changes`` are :class:`ViewOptions` fields given as keywords, applied over ``options``.

    ``layer``: the entity graph (default), ``open`` statements or ``all`` (see
    :func:`kg.network.to_networkx`). Order: the filters select relations
    and entities; entities left without any relation are dropped; ``focus``
    keeps what is within ``hops`` of that entity (unknown name:
    :class:`~kg.errors.UnknownEntityError`); ``max_nodes`` then keeps the
    most connected. ``query`` (SPARQL text, or a path to a ``.rq`` file)
    replaces the filters: its CONSTRUCT result (or SELECT ?s ?p ?o) is the
    graph; ``focus`` still applies to it. The page header lists the filters
    or the query that produced it.

    The overview (no focus, query, article or date filter, the entity layer) is computed in the
    store: entities are ranked on the entity graph's direct triples and only the drawn ones are
    read in full (:func:`kg.network.entity_skeleton`), so a 3M-quad store's page takes seconds;
    the page is the one the whole projection would give.
    """
    graph, render = _view(store, (options or ViewOptions()).but(**changes))
    return render_html(graph, Path(path), **render)


def to_pyvis(store: KGStore, options: ViewOptions | None = None, **changes: Any) -> Any:
    """The view :func:`visualize` draws as a ``pyvis.network.Network``: the same entities, relations,
    colours, sizes, positions and tooltips, for users to restyle and ``.show()`` as pyvis users do.

    The Network loads vis-network from pyvis' own copy (``cdn_resources="in_line"``); the explorer's
    search, expansion and filters are kg's page's, not pyvis'.
    """
    from pyvis.network import Network

    view = (options or ViewOptions()).but(**changes)
    graph, render = _view(store, view)
    data = view_data(graph, **render)
    net = Network(height="750px", width="100%", directed=True, cdn_resources="in_line", heading=view.title)
    colours = {group: style["color"]["background"] for group, style in data["options"]["groups"].items()}
    for node in data["nodes"]:
        extra = {k: v for k, v in node.items() if k in ("borderWidth", "font", "x", "y")}
        net.add_node(node["id"], label=node["label"], title=node["title"], size=node["size"],
                     color=node.get("color") or colours.get(node["group"]), **extra)  # pyvis drops a colour given a group
    for edge in data["edges"]:
        extra = {k: v for k, v in edge.items() if k in ("arrows", "dashes", "smooth")}
        net.add_edge(edge["from"], edge["to"], label=edge["label"], title=edge["title"], width=edge["width"],
                     **extra)
    net.toggle_physics(bool(data["physics"]))
    return net


def _view(store: KGStore, view: ViewOptions) -> tuple[nx.MultiDiGraph, dict[str, Any]]:
    """The graph a view draws and the :func:`kg.viz.render_html` keywords to draw it with."""
    focus, hops, query = view.focus, view.hops, view.query
    article, predicates, since, until, types = view.article, view.predicates, view.since, view.until, view.types
    if isinstance(hops, bool) or not isinstance(hops, int) or hops < 0:
        raise VizError(f"--hops must be a whole number of at least 0, got {hops!r}")
    notes: list[str] = []
    render: dict[str, Any] = {"title": view.title, "max_nodes": view.max_nodes, "physics": view.physics,
                              "communities": view.communities, "notes": notes,
                              "min_community": view.min_community}
    if query is not None:
        if any(x is not None for x in (article, predicates, since, until, types)):
            raise VizError("--query cannot be combined with --article, --predicate, --since, --until or --types; "
                           "put those conditions in the query")
        from kg.viz.query import query_graph

        text = Path(query).read_text(encoding="utf-8") if isinstance(query, os.PathLike) else query
        graph = query_graph(store, text)
        first = " ".join(line.strip() for line in text.splitlines()
                         if line.strip() and not line.strip().startswith(("#", "PREFIX", "prefix")))
        notes.append(f"query ({graph.graph['triples']:,} triples): {first}")
    else:
        whole = None
        if focus is None and view.layer == "entity" and article is None and since is None and until is None:
            # the overview: rank on the entity graph's bare edges, then read the details of what is drawn only
            whole = entity_skeleton(store, predicates=predicates, types=types)
        if whole is not None and whole.number_of_edges():
            graph = describe_subgraph(store, whole, select_nodes(whole, view.max_nodes))
            render["whole"] = whole
        else:  # a focus, an article or date filter, another layer; or entities without any relation
            graph = to_networkx(store, article=article, predicates=predicates, since=since, until=until,
                                types=types, layer=view.layer)
            if graph.number_of_edges():
                # an entity in no relation says nothing in a picture of relations
                graph.remove_nodes_from(list(nx.isolates(graph)))
        if graph.graph.get("filters"):
            notes.append("filters: " + "; ".join(graph.graph["filters"]))
    if focus is not None:
        center = require_node(graph, focus)
        graph = ego_graph(graph, center, hops)
        render["focus"] = center
    return graph, render
