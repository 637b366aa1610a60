"""One entry point for every view of the store: filters, focus, query, communities -> a page."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.errors import VizError
from kg.store import KGStore
from kg.viz.html import RenderReport, render_html
from kg.viz.project import ego_graph, require_node, to_networkx


def visualize(store: KGStore, path: str | os.PathLike[str], *, focus: str | None = None, hops: int = 2,
              max_nodes: int = 300, title: str = "kg", article: str | None = None,
              predicates: str | Iterable[str] | None = None, since: str | None = None,
              until: str | None = None, types: str | Iterable[str] | None = None,
              communities: bool = False, physics: bool | None = None,
              query: str | os.PathLike[str] | None = None, layer: str = "entity") -> RenderReport:
    """Write one offline page of the store, narrowed by the given options (all combinable but ``query``).

    ``layer``: the entity graph (default), ``open`` statements or ``all`` (see
    :func:`kg.viz.project.to_networkx`). Order: the filters select relations
    and entities; entities left without any relation are dropped; ``focus``
    keeps what is within ``hops`` of that entity (unknown name:
    :class:`~kg.errors.UnknownEntityError`); ``max_nodes`` then keeps the
    most connected. ``query`` (SPARQL text, or a path to a ``.rq`` file)
    replaces the filters: its CONSTRUCT result (or SELECT ?s ?p ?o) is the
    graph; ``focus`` still applies to it. The page header lists the filters
    or the query that produced it.
    """
    if isinstance(hops, bool) or not isinstance(hops, int) or hops < 0:
        raise VizError(f"--hops must be a whole number of at least 0, got {hops!r}")
    notes: list[str] = []
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
        graph = to_networkx(store, article=article, predicates=predicates, since=since, until=until, types=types,
                            layer=layer)
        if graph.graph.get("filters"):
            notes.append("filters: " + "; ".join(graph.graph["filters"]))
        if graph.number_of_edges():
            # an entity in no relation says nothing in a picture of relations
            graph.remove_nodes_from(list(nx.isolates(graph)))
    center = None
    if focus is not None:
        center = require_node(graph, focus)
        graph = ego_graph(graph, center, hops)
    return render_html(graph, Path(path), title=title, max_nodes=max_nodes, focus=center, physics=physics,
                       communities=communities, notes=notes)
