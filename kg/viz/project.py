"""The entity graph as networkx: entities as nodes, asserted relations as edges.

Only named things, groups and documents become nodes (quotes and bare noun
phrases stay in the RDF); every edge carries the evidence sentences that
support it, with the article's title and date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from kg.query.sparql import run_query
from kg.rdf.namespaces import ONTOLOGY, OPEN_RELATION
from kg.store import ArticleStore

#: entity classes drawn as nodes
NODE_TYPES = ("Person", "Organization", "Place", "Group", "Event", "Product", "Document")

_EDGES = """
SELECT ?s ?p ?o ?sentence ?title ?date WHERE {
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sentence ; prov:wasDerivedFrom ?a .
  ?s ?p ?o .
  FILTER(isIRI(?o))
  OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a schema:datePublished ?date }
}"""

_NODES = """
SELECT ?e ?type ?label ?alias ?title WHERE {
  ?e a ?type ; rdfs:label ?label .
  VALUES ?type { %s }
  OPTIONAL { ?e skos:altLabel ?alias }
  OPTIONAL { ?a schema:mentions ?e ; schema:headline ?title }
}"""


def predicate_name(iri: str) -> str:
    for namespace in (ONTOLOGY, OPEN_RELATION):
        if iri.startswith(namespace):
            return iri[len(namespace):]
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def to_networkx(store: ArticleStore, *, types: Iterable[str] = NODE_TYPES) -> nx.MultiDiGraph:
    """Project the store onto a MultiDiGraph in the shape :func:`kg.viz.render_html` draws.

    Node attributes: ``label``, ``type``, ``aliases``, ``articles``; edge
    attributes: ``predicate``, ``evidence`` (list of sentence/article/date dicts).
    Deterministic: nodes and edges are added in sorted order.
    """
    values = " ".join(f"kg:{t}" for t in types)
    nodes: dict[str, dict[str, object]] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    for row in run_query(store, _NODES % values).values():
        iri = row["e"] or ""
        nodes.setdefault(iri, {"label": row["label"], "type": predicate_name(row["type"] or "")})
        if row["alias"]:
            aliases[iri].add(row["alias"])
        if row["title"]:
            articles[iri].add(row["title"])
    evidence: dict[tuple[str, str, str], set[tuple[str, str, str]]] = defaultdict(set)
    for row in run_query(store, _EDGES).values():
        s, o = row["s"] or "", row["o"] or ""
        if s in nodes and o in nodes and s != o:
            key = (s, predicate_name(row["p"] or ""), o)
            evidence[key].add((row["sentence"] or "", row["title"] or "", row["date"] or ""))
    graph = nx.MultiDiGraph()
    for iri in sorted(nodes):
        graph.add_node(iri, **nodes[iri], aliases=sorted(aliases[iri]), articles=sorted(articles[iri]))
    for (s, predicate, o), found in sorted(evidence.items()):
        graph.add_edge(s, o, key=predicate, predicate=predicate,
                       evidence=[{"sentence": a, "article": b, "date": c} for a, b, c in sorted(found)])
    return graph


def find_node(graph: nx.MultiDiGraph, name: str) -> str | None:
    """The node whose IRI, label or alias is ``name`` (case-insensitive); the best connected wins."""
    wanted = name.casefold()
    matches = [n for n, data in graph.nodes(data=True)
               if n == name or str(data.get("label", "")).casefold() == wanted
               or any(a.casefold() == wanted for a in data.get("aliases", []))]
    return max(matches, key=lambda n: (graph.degree(n), n)) if matches else None


def ego_graph(graph: nx.MultiDiGraph, center: str, hops: int) -> nx.MultiDiGraph:
    """Everything within ``hops`` edges of ``center``, ignoring edge direction."""
    return nx.ego_graph(graph, center, radius=hops, undirected=True).copy()
