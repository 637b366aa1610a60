"""Query -> picture: the result of a SPARQL CONSTRUCT (or a SELECT of ?s ?p ?o) as a graph.

Every triple of the result becomes an edge labelled with its predicate's local
name. Subjects and objects that are entities in the store are drawn as the
projection draws them (label, type, aliases, articles); any other IRI becomes
a node labelled with its compact form (``kg:Person``, ``<http://…>``), a
literal a node labelled with its value (type ``Literal``), a blank node one
labelled ``_:id``. An edge that is a relation in the store carries that
relation's evidence sentences, so hovering it shows them as in any other view.

Layer: viz, beside kg.export; must not import kg.export, kg.graph or kg.cli.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx
from pyoxigraph import BlankNode, Literal, NamedNode

from kg.errors import VizError
from kg.extract.vocabulary import SYMMETRIC
from kg.query.sparql import compact, run_query
from kg.rdf.namespaces import ONTOLOGY
from kg.store import KGStore
from kg.network import describe_entities, predicate_name

#: a query result larger than this many rows is refused (the page would be useless anyway)
MAX_QUERY_ROWS = 100_000
#: IRIs per VALUES block when looking entities up (keeps each query small)
_BATCH = 500

_EVIDENCE = """
SELECT ?s ?p ?o ?sentence ?title ?date ?confidence ?id WHERE {
  VALUES (?s ?p ?o) { %s }
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sentence ; prov:wasDerivedFrom ?a .
  OPTIONAL { ?st kg:confidence ?confidence }
  OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a kg:articleId ?id }
}"""


def _symmetric(predicate: NamedNode) -> bool:
    """A controlled predicate that reads both ways ("A met B" is "B met A")."""
    return predicate.value.startswith(ONTOLOGY) and predicate_name(predicate.value) in SYMMETRIC


def _key(term: Any) -> str:
    """A node id for any RDF term: the IRI itself, or a prefixed form no IRI can have."""
    if isinstance(term, NamedNode):
        return term.value
    return f"literal:{term}" if isinstance(term, Literal) else f"blank:{term}"


def result_triples(store: KGStore, sparql: str) -> list[tuple[Any, Any, Any]]:
    """Run ``sparql`` and return its triples; refuse ASK, SELECTs without ?s ?p ?o, and huge results."""
    result = run_query(store, sparql, max_rows=MAX_QUERY_ROWS + 1)
    if result.kind == "ask":
        raise VizError("an ASK query has no graph to draw; use CONSTRUCT, or SELECT ?s ?p ?o")
    if result.kind == "select":
        missing = [v for v in ("s", "p", "o") if v not in result.variables]
        if missing:
            raise VizError(f"a SELECT to draw must bind ?s ?p ?o (missing ?{', ?'.join(missing)}); "
                           "or write a CONSTRUCT query")
        at = [result.variables.index(v) for v in ("s", "p", "o")]
        rows = [(row[at[0]], row[at[1]], row[at[2]]) for row in result.rows]
        rows = [r for r in rows if r[0] is not None and r[1] is not None and r[2] is not None]
        if any(not isinstance(p, NamedNode) for _, p, _ in rows):
            raise VizError("?p must always be an IRI (a predicate) in a SELECT to draw")
    else:
        rows = [(s, p, o) for s, p, o in result.rows]
    if len(rows) > MAX_QUERY_ROWS:
        raise VizError(f"the query gives over {MAX_QUERY_ROWS:,} triples; add a LIMIT or narrow it down")
    return rows


def query_graph(store: KGStore, sparql: str) -> nx.MultiDiGraph:
    """The query's triples as a MultiDiGraph in the shape :func:`kg.viz.render_html` draws.

    Deterministic: nodes and edges are added in sorted order. The graph
    attribute ``triples`` is the number of distinct triples drawn.
    """
    rows = sorted(set(result_triples(store, sparql)), key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    iris = sorted({t.value for s, _, o in rows for t in (s, o) if isinstance(t, NamedNode)})
    entities: dict[str, dict[str, Any]] = {}
    for start in range(0, len(iris), _BATCH):
        # IRIs come from the store's own answer; NamedNode serialises each as a valid <...>.
        values = " ".join(str(NamedNode(i)) for i in iris[start:start + _BATCH])
        entities.update(describe_entities(store, f"VALUES ?e {{ {values} }}"))

    evidence: dict[tuple[str, str, str], set[tuple[str, str, str, str, str]]] = defaultdict(set)
    relations = [(s, p, o) for s, p, o in rows if s.value in entities and isinstance(o, NamedNode)
                 and o.value in entities]
    # a symmetric relation's statement may run the other way (kg writes "B met A" beside "A met B")
    relations += [(o, p, s) for s, p, o in relations if _symmetric(p) and (o, p, s) not in relations]
    for start in range(0, len(relations), _BATCH):
        values = " ".join(f"({s} {p} {o})" for s, p, o in relations[start:start + _BATCH])
        for row in run_query(store, _EVIDENCE % values).values():
            evidence[(row["s"] or "", row["p"] or "", row["o"] or "")].add(
                (row["sentence"] or "", row["title"] or "", row["date"] or "", row["confidence"] or "",
                 row["id"] or ""))

    graph = nx.MultiDiGraph(triples=len(rows))
    for s, _p, o in rows:
        for term in (s, o):
            key = _key(term)
            if key in graph:
                continue
            if isinstance(term, NamedNode) and term.value in entities:
                graph.add_node(key, **entities[term.value])
            elif isinstance(term, Literal):
                graph.add_node(key, label=term.value, type="Literal", aliases=[], articles=[])
            elif isinstance(term, BlankNode):
                graph.add_node(key, label=f"_:{term.value}", type="Thing", aliases=[], articles=[])
            else:
                graph.add_node(key, label=compact(term), type="Thing", aliases=[], articles=[])
    for s, p, o in rows:
        target = o.value if isinstance(o, NamedNode) else ""
        found = set(evidence.get((s.value, p.value, target), set()))
        symmetric = _symmetric(p) and isinstance(o, NamedNode)
        if symmetric:  # one edge either way (render_html merges the two), each with all the evidence
            found |= evidence.get((target, p.value, s.value), set())
        graph.add_edge(_key(s), _key(o), key=p.value, predicate=predicate_name(p.value), symmetric=symmetric,
                       evidence=[{"sentence": a, "article": b, "date": c, "confidence": d, "id": e}
                                 for a, b, c, d, e in sorted(found)])
    return graph
