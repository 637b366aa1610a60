"""What kg needs of a store, as a ``Protocol`` both backends implement.

kg keeps one named graph per article. Everything it does to a store goes
through the methods below, so the embedded Oxigraph store
(:class:`kg.store.ArticleStore`) and a SPARQL 1.1 server
(:class:`kg.store.RemoteStore`) are interchangeable behind
:class:`kg.KnowledgeGraph`, :func:`kg.query.sparql.run_query`,
:func:`kg.export.export` and :func:`kg.network.to_networkx`.

Capabilities are declared as attributes, in the style of rdflib's
``Store.transaction_aware`` / ``context_aware``, so callers can ask instead of
guessing from the class:

``transactional``
    :meth:`ArticleStore.replace_article` is all-or-nothing: a reader, or a
    process killed half-way, sees the old graph or the whole new one.
``persistent``
    what was written survives closing the store (False for an in-memory store).
``lockable``
    a second writer on the same store fails fast (embedded only: a server
    serialises writers itself, so two builds against one server both run).
``write_batch_quads``
    how many quads one :meth:`replace_articles` call is best given: a build's
    writer gathers up to that many while a write runs (:class:`kg.store.writer.BatchWriter`).
    Small for the embedded store, which writes an article per transaction
    anyway; a server's request, or its bulk loader's, for a server.

Layer: store, over the RDF; must not import kg.query or any layer above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from pyoxigraph import NamedNode, Quad

from kg.rdf.namespaces import ONTOLOGY


def forget_orphans(shared: NamedNode, entities: Sequence[NamedNode] | None = None) -> str:
    """An update that deletes from ``shared`` what no article graph mentions any more (of ``entities`` only,
    when given: "" if that is empty).

    Run with an article's removal or replacement, in the same request, so an entity named only by the
    article's old graph does not linger as a type and a label.
    """
    if entities is not None and not entities:
        return ""
    only = f"VALUES ?e {{ {' '.join(str(e) for e in entities)} }} " if entities is not None else ""
    return (f"DELETE {{ GRAPH {shared} {{ ?e ?p ?o }} }} WHERE {{ {only}GRAPH {shared} {{ ?e ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?e ?q ?x }} FILTER(?g != {shared}) }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?y ?r ?e }} FILTER(?h != {shared}) }} }}")


#: an article's reading of a named entity's type and label (the resolver's vote over that article's mentions)
TYPE_VOTE = NamedNode(f"{ONTOLOGY}typeVote")
LABEL_VOTE = NamedNode(f"{ONTOLOGY}labelVote")
#: the article's content hash: a build skips an article whose stored hash matches, so a write that is not one
#: transaction adds it last (:func:`replace_many_update`'s ``loaded``)
CONTENT_HASH = NamedNode(f"{ONTOLOGY}contentHash")
_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def voted_entities(quads: Iterable[Quad]) -> list[NamedNode]:
    """The entities an article's quads vote a type for (``kg:typeVote``), in IRI order."""
    found = {q.subject for q in quads if q.predicate == TYPE_VOTE and isinstance(q.subject, NamedNode)}
    return sorted(found, key=lambda node: node.value)


def votes_of(quads: Iterable[Quad]) -> dict[NamedNode, set[object]]:
    """Each voted entity's type and label as this article votes them (``kg:typeVote``, ``kg:labelVote``)."""
    found: dict[NamedNode, set[object]] = {}
    for quad in quads:
        if quad.predicate in (TYPE_VOTE, LABEL_VOTE) and isinstance(quad.subject, NamedNode):
            found.setdefault(quad.subject, set()).add(quad.object)
    return found


def _settle(shared: NamedNode, values: str, vote: NamedNode, target: str, winner: str) -> str:
    votes = (f"SELECT ?e ?v (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?e {{ {values} }} "
             f"GRAPH ?g {{ ?e {vote} ?v }} }} GROUP BY ?e ?v")
    winners = (f"SELECT ?e ({winner} AS ?win) WHERE {{ {{ {votes} }} "
               f"{{ SELECT ?e (MAX(?n) AS ?top) WHERE {{ {{ {votes} }} }} GROUP BY ?e }} FILTER(?n = ?top) }} GROUP BY ?e")
    # VALUES again inside the OPTIONAL, so that its side of the join holds only these entities' stored choices
    # (a planner that evaluates it alone would read every entity's); the same rows
    return (f"DELETE {{ GRAPH {shared} {{ ?e {target} ?old }} }} INSERT {{ GRAPH {shared} {{ ?e {target} ?win }} }} "
            f"WHERE {{ {{ {winners} }} "
            f"OPTIONAL {{ VALUES ?e {{ {values} }} GRAPH {shared} {{ ?e {target} ?old }} }} }}")


def settle_types(shared: NamedNode, entities: Sequence[NamedNode]) -> str:
    """An update that gives each entity the one ``rdf:type`` and the one ``rdfs:label`` in ``shared``
    that most article graphs vote for (``kg:typeVote``, ``kg:labelVote``); a tie goes to the first in
    IRI or string order, so the result depends on what the store holds, never on the order articles
    came in. "" when there is nothing to settle.

    Run after an article's write or removal, for the entities that article votes on: Aston Villa
    typed Organization in three articles and Person in one is an Organization everywhere, and
    "WorldCom" in three articles and "Worldcom" in one is labelled "WorldCom".
    """
    if not entities:
        return ""
    values = " ".join(str(e) for e in entities)
    return (_settle(shared, values, TYPE_VOTE, "a", "IRI(MIN(STR(?v)))") + " ;\n"
            + _settle(shared, values, LABEL_VOTE, str(_LABEL), "MIN(?v)"))


def insert_data(quads: Sequence[Quad]) -> str:
    """``INSERT DATA { GRAPH <g> { ... } ... }`` for quads in one or more graphs."""
    by_graph: dict[str, list[str]] = {}
    for quad in quads:
        by_graph.setdefault(str(quad.graph_name), []).append(f"{quad.subject} {quad.predicate} {quad.object}")
    blocks = "\n".join(f"GRAPH {graph} {{\n" + " .\n".join(lines) + " }" for graph, lines in by_graph.items())
    return f"INSERT DATA {{\n{blocks}\n}}"


@runtime_checkable
class KGStore(Protocol):
    """The store interface of kg: one named graph per article, SPARQL over their union."""

    # read-only properties, so a class attribute or an instance attribute satisfies them
    @property
    def transactional(self) -> bool:
        """:meth:`replace_article` is one transaction."""

    @property
    def persistent(self) -> bool:
        """Data survives closing the store."""

    @property
    def lockable(self) -> bool:
        """A second writer fails fast instead of interleaving."""

    @property
    def read_only(self) -> bool:
        """Writes are refused."""

    @property
    def write_batch_quads(self) -> int:
        """How many quads one :meth:`replace_articles` call is best given (see the module doc)."""

    def replace_article(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` (their own graph names are ignored), atomically."""

    def replace_articles(self, items: Sequence[tuple[NamedNode, Sequence[Quad]]]) -> None:
        """The same as :meth:`replace_article` for each ``(graph, quads)`` in order, in fewer round trips
        (a server gets many articles per request). Each article is whole or absent, never half-written;
        calling it again with the same items gives the same store (safe to retry)."""

    def remove_article(self, graph: NamedNode) -> bool:
        """Delete ``graph``; False if it held nothing."""

    def contains_named_graph(self, graph: NamedNode) -> bool:
        """True if ``graph`` is a named graph of the store (``FROM`` checks use it)."""

    def content_hashes(self, graphs: Sequence[NamedNode]) -> dict[NamedNode, str]:
        """The ``kg:contentHash`` recorded in each of ``graphs`` when its article was built; a graph that
        holds none (no such article) is not a key. One round trip on a server, whatever the number of graphs."""

    def query(self, sparql: str, **options: Any) -> Any:
        """Evaluate SPARQL over the union of the article graphs, kg's prefixes predeclared.

        Returns pyoxigraph results: ``QuerySolutions``, ``QueryBoolean`` or
        ``QueryTriples``. Raises ``SyntaxError`` for invalid SPARQL and
        ``OSError`` (``StoreError``) when the store cannot answer.
        """

    def quads(self) -> Iterator[Quad]:
        """Every quad of every named graph (order unspecified)."""

    def graphs(self) -> list[NamedNode]:
        """The named graphs holding data, sorted by IRI."""

    def __len__(self) -> int:
        """The number of quads in named graphs."""

    def flush(self) -> None:
        """Make every committed write durable (a no-op where the backend does it itself)."""


__all__ = ["KGStore"]


def batch_voters_query(graphs: Sequence[NamedNode]) -> str:
    """A SELECT of ``?g ?e``: a row with ``?e`` unbound for each of ``graphs`` the store holds, and a row for each
    entity such a graph votes a type for."""
    values = " ".join(str(g) for g in dict.fromkeys(graphs))
    # a UNION with VALUES in each branch, not an OPTIONAL over ``GRAPH ?g { ?e kg:typeVote ?t }``, whose cost grew
    # with the store on Oxigraph server (measured at 3M quads, 150 graphs: 213 ms, 48 ms so; docs/scaling.md).
    # Rows: a held graph with ?e unbound, and each vote
    return (f"SELECT DISTINCT ?g ?e WHERE {{ "
            f"{{ VALUES ?g {{ {values} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }} "
            f"UNION {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?e {TYPE_VOTE} ?t }} }} }}")


def loadable(quad: Quad, shared: NamedNode) -> bool:
    """Whether a bulk loader, which is no transaction, may write ``quad`` before the Update that completes its
    article: any quad of the article's own graph but its :data:`CONTENT_HASH`, none of the ``shared`` entity graph.
    A load cut short then leaves an article without its hash (the next build writes it again whole) and the
    entity graph as it was."""
    return quad.predicate != CONTENT_HASH and quad.graph_name != shared


def replace_many_update(shared: NamedNode, items: Sequence[tuple[NamedNode, Sequence[Quad]]],
                        stored_voters: dict[NamedNode, list[NamedNode]],
                        calm: set[NamedNode] | frozenset[NamedNode] = frozenset(),
                        loaded: frozenset[NamedNode] = frozenset()) -> str:
    """One update that replaces each article graph of ``items`` in order (``stored_voters``: each graph the store
    holds now, with what it votes on, from :func:`batch_voters_query`), then forgets and settles once for all.

    The same store as :func:`replace_update` per article, in order: each drop and insert comes in order (an
    article given twice ends as its last version); forgetting and settling depend only on what the store holds
    at the end (:func:`forget_orphans` and :func:`settle_types` are order-free), and every entity a step would
    have forgotten or settled is forgotten or settled once at the end, where the later articles are in; but
    ``calm`` entities (:func:`uncontested`) that no replaced graph voted on before are not settled (nothing to
    change: the embedded store skips them the same way). A graph the store does not hold is not dropped first
    (measured: the drops cost a third of a bulk load on Oxigraph server). The graphs in ``loaded`` (new graphs
    a bulk loader already wrote, their :func:`loadable` quads) get only the rest here, and are forgotten and
    settled like the others.
    """
    voters_now = {graph: list(voters) for graph, voters in stored_voters.items()}
    gone: set[NamedNode] = set()
    settle: set[NamedNode] = set()
    steps: list[str] = []
    for graph, quads in items:
        held = graph in voters_now
        old = voters_now.get(graph, [])
        new = voted_entities(quads)
        gone |= set(old) - set(new)
        settle |= set(old) | (set(new) - set(calm))
        voters_now[graph] = new
        if graph in loaded:
            held_back = [quad for quad in quads if not loadable(quad, shared)]
            steps.append(insert_data(held_back) if held_back else "")
        else:
            steps += [f"DROP SILENT GRAPH {graph}" if held else "", insert_data(quads)]
    by_iri = sorted(gone, key=lambda node: node.value)
    steps += [forget_orphans(shared, by_iri), settle_types(shared, sorted(settle, key=lambda node: node.value))]
    return " ;\n".join(step for step in steps if step)


def stored_choices_query(shared: NamedNode, entities: Sequence[NamedNode]) -> str:
    """A SELECT of ``?e ?o``: the type and label ``shared`` holds for each of ``entities``."""
    # one pattern per predicate (measured 40x faster on Oxigraph than VALUES ?p in the pattern), VALUES in each
    # branch of the UNION so that neither branch stands alone over every entity's type or label
    values = " ".join(str(e) for e in entities)
    return (f"SELECT ?e ?o WHERE {{ {{ VALUES ?e {{ {values} }} GRAPH {shared} {{ ?e a ?o }} }} "
            f"UNION {{ VALUES ?e {{ {values} }} GRAPH {shared} {{ ?e {_LABEL} ?o }} }} }}")


def uncontested(votes: dict[NamedNode, set[object]], stored: dict[NamedNode, set[object]]) -> set[NamedNode]:
    """The voted entities whose votes (one type, one label, from :func:`votes_of` over a batch) agree with each
    other and with what the store holds (``stored``, from :func:`stored_choices_query`), or that the store does
    not hold yet: adding such votes cannot change a winner, so they need no settling."""
    calm = set()
    for entity, voted in votes.items():
        both = voted | stored.get(entity, set())
        if sum(isinstance(v, NamedNode) for v in both) <= 1 and sum(not isinstance(v, NamedNode) for v in both) <= 1:
            calm.add(entity)
    return calm


def voters_query(graph: NamedNode) -> str:
    """A SELECT of the entities an article graph in the store votes a type for (``?e``, in IRI order)."""
    return f"SELECT DISTINCT ?e WHERE {{ GRAPH {graph} {{ ?e {TYPE_VOTE} ?t }} }} ORDER BY ?e"


def remove_update(shared: NamedNode, graph: NamedNode, voters: Sequence[NamedNode]) -> str:
    """One update that removes an article graph: dropped, what no article names any more forgotten, and the
    entities it voted on (``voters``, from :func:`voters_query`) settled again."""
    settle = settle_types(shared, voters)
    return f"DROP SILENT GRAPH {graph} ;\n{forget_orphans(shared)}" + (f" ;\n{settle}" if settle else "")


def replace_update(shared: NamedNode, graph: NamedNode, quads: Sequence[Quad], old_voters: Sequence[NamedNode]) -> str:
    """One update that replaces an article graph with ``quads``: the old graph dropped, the new one inserted, the
    entities only the old one named forgotten, and every entity either votes on settled again (so the result
    is the same as removing the article and adding it anew)."""
    new_voters = voted_entities(quads)
    gone = sorted(set(old_voters) - set(new_voters), key=lambda node: node.value)
    steps = [f"DROP SILENT GRAPH {graph}", insert_data(quads), forget_orphans(shared, gone),
             settle_types(shared, sorted(set(old_voters) | set(new_voters), key=lambda node: node.value))]
    return " ;\n".join(step for step in steps if step)
