"""The entity graph as networkx: entities as nodes, asserted relations as edges.

Only named things, groups and documents become nodes (quotes and bare noun
phrases stay in the RDF); every edge carries the evidence sentences that
support it, with the article's title and date.

Filters (:class:`Filters`, built and checked by :func:`make_filters`) are
applied inside the SPARQL of the projection, so a filtered view of a large
store never materialises the whole graph in Python. User-given values never
reach the query text as raw strings: article ids and dates become RDF
literals serialised by pyoxigraph (which escapes them), predicate names and
types are checked against a strict pattern or a fixed list and become IRIs
serialised by pyoxigraph.

Layer: the networkx projection that kg.viz and kg.export share; must not import kg.viz, kg.export,
kg.validate, kg.graph or kg.cli.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from pyoxigraph import Literal, NamedNode

from kg.errors import UnknownEntityError, VizError
from kg.extract.vocabulary import PREDICATES, SYMMETRIC
from kg.query.sparql import run_query
from kg.rdf.namespaces import ONTOLOGY, OPEN_RELATION
from kg.store import KGStore

#: entity classes drawn as nodes
NODE_TYPES = ("Person", "Organization", "Place", "Group", "Event", "Product", "Work", "Document")
#: which statements become edges: the entity graph (direct triples, the default), the open layer
#: (kg:OpenStatement between two entities: open verbs, hedged or negated claims ...), or both
LAYERS = ("entity", "open", "all")
_LAYER_PATTERN = {"entity": "?s ?p ?o .", "open": "?st a kg:OpenStatement .", "all": ""}

# %(values)s: VALUES clauses; %(article)s, %(dates)s: extra patterns. Only ever filled
# with text built from validated values (see make_filters), never with raw user input.
_EDGES = """
SELECT ?s ?p ?o ?sentence ?title ?date ?why ?confidence ?id WHERE {
  %(values)s
  GRAPH ?g {
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sentence ; prov:wasDerivedFrom ?a .
    %(layer)s
    OPTIONAL { ?st kg:openReason ?why }
    OPTIONAL { ?st kg:confidence ?confidence }
    OPTIONAL { ?a kg:articleId ?id }
    FILTER(isIRI(?o))
    %(article)s
    OPTIONAL { ?a schema:headline ?title }
    OPTIONAL { ?a schema:datePublished ?date }
    %(dates)s
  }
}"""

# A statement's period is [kg:time, kg:timeEnd] (either may be a year, a year-month or a
# date); lacking kg:time it is the article's publication date. Compared as ISO strings:
# the period overlaps [since, until] when it starts on or before `until` and ends on or
# after `since` -- a partial date ("2010", "2010-07") ends after `since` when `since`
# starts with it, hence the STRSTARTS.
_DATES = """
  OPTIONAL { ?st kg:time ?time }
  OPTIONAL { ?st kg:timeEnd ?timeEnd }
  BIND(STR(COALESCE(?time, ?date)) AS ?from)
  BIND(STR(COALESCE(?timeEnd, ?time, ?date)) AS ?to)
  FILTER(BOUND(?from) && ?from <= %(until)s && (?to >= %(since)s || STRSTARTS(%(since)s, ?to)))
"""

# An entity's type and label are stored once (kg/rdf/mint.py ENTITIES_GRAPH); its other names
# and the articles naming it once per article: a UNION keeps those two lists from multiplying.
_DESCRIBE = """
SELECT DISTINCT ?e ?type ?label ?alias ?title WHERE {
  %s
  ?e a ?type ; rdfs:label ?label .
  { } UNION { ?e skos:altLabel ?alias } UNION { ?a schema:mentions ?e ; schema:headline ?title }
}"""


def describe_entities(store: KGStore, values: str, types: Iterable[str] = NODE_TYPES) -> dict[str, dict[str, Any]]:
    """Label, type, aliases and article titles of the entities a VALUES clause selects.

    ``values`` must be built from validated terms (``NamedNode``/``Literal``
    serialisations), never from raw user text. Entities of other ``types`` are
    left out. Node attributes come back in the shape :func:`kg.viz.render_html` draws.
    """
    wanted = set(types)
    found: dict[str, dict[str, Any]] = {}
    for row in run_query(store, _DESCRIBE % values).values():
        entity_type = predicate_name(row["type"] or "")
        if entity_type not in wanted:
            continue
        entry = found.setdefault(row["e"] or "", {"label": row["label"], "type": entity_type,
                                                  "aliases": set(), "articles": set()})
        # one label and one type per entity whatever order the store answers in (the smallest label,
        # the first type in NODE_TYPES): the overview (entity_skeleton) ranks by the same label
        if (row["label"] or "") < (entry["label"] or ""):
            entry["label"] = row["label"]
        if _TYPE_ORDER.get(entity_type, 99) < _TYPE_ORDER.get(entry["type"], 99):
            entry["type"] = entity_type
        if row["alias"]:
            entry["aliases"].add(row["alias"])
        if row["title"]:
            entry["articles"].add(row["title"])
    for entry in found.values():
        entry["aliases"], entry["articles"] = sorted(entry["aliases"]), sorted(entry["articles"])
    return found


_TYPE_ORDER = {name: i for i, name in enumerate(NODE_TYPES)}
_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,99}")
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
#: lowest and highest ISO dates, for an open end of a date range
_MIN_DATE, _MAX_DATE = "0000-01-01", "9999-12-31"


def predicate_name(iri: str) -> str:
    for namespace in (ONTOLOGY, OPEN_RELATION):
        if iri.startswith(namespace):
            return iri[len(namespace):]
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True)
class Filters:
    """Checked, normalised view filters; every field None means "no filter".

    ``since``/``until`` are full ISO dates (``YYYY-MM-DD``); ``predicates``
    are local names (``met``), ``types`` names from :data:`NODE_TYPES`.
    """

    article: str | None = None
    predicates: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] | None = None
    layer: str = "entity"

    @property
    def on_relations(self) -> bool:
        """True when relations are filtered: then only entities in a kept relation are nodes."""
        return bool(self.article or self.predicates or self.since or self.until)

    def describe(self) -> list[str]:
        """One short phrase per active filter, e.g. ``predicates criticized, met``."""
        parts = []
        if self.article:
            parts.append(f"article {self.article}")
        if self.predicates:
            parts.append(("predicate " if len(self.predicates) == 1 else "predicates ") + ", ".join(self.predicates))
        if self.since or self.until:
            parts.append(f"dates {self.since or '…'} to {self.until or '…'}")
        if self.types:
            parts.append("types " + ", ".join(self.types))
        if self.layer != "entity":
            parts.append("open statements" if self.layer == "open" else "entity graph and open statements")
        return parts


def _split(value: str | Iterable[str] | None) -> list[str] | None:
    """``"met, criticized"`` or ``["met", "criticized"]`` -> ``["met", "criticized"]``; None stays None."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def _iso_bound(value: str, *, end: bool, name: str) -> str:
    """``2010`` -> ``2010-01-01`` (or ``2010-12-31`` for an end); full dates are checked for validity."""
    match = _ISO.fullmatch(value.strip())
    if not match:
        raise VizError(f"--{name} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
    if not 1 <= month <= 12:
        raise VizError(f"--{name} {value!r} has no month {month}; use YYYY-MM-DD")
    last = calendar.monthrange(year, month)[1] if year else 31
    day_n = int(day) if day else (last if end else 1)
    if not 1 <= day_n <= last:
        raise VizError(f"--{name} {value!r} has no day {day_n}; use YYYY-MM-DD")
    return f"{year:04d}-{month:02d}-{day_n:02d}"


def make_filters(*, article: str | None = None, predicates: str | Iterable[str] | None = None,
                 since: str | None = None, until: str | None = None,
                 types: str | Iterable[str] | None = None, layer: str = "entity") -> Filters:
    """Check and normalise filter values; raise :class:`VizError` (one line) for a bad one.

    ``predicates`` and ``types`` take a comma-separated string or a list;
    types match :data:`NODE_TYPES` case-insensitively; dates may be partial
    (``since="2006"`` is 2006-01-01, ``until="2010-06"`` is 2010-06-30); ``layer`` is one of
    :data:`LAYERS`.
    """
    if layer not in LAYERS:
        raise VizError(f"unknown layer {layer!r}; use entity (the default), open or all")
    art = article.strip() if article is not None else None
    if article is not None and not art:
        raise VizError("--article is empty; give an article id (the file stem or JSONL id)")
    preds = _split(predicates)
    if preds is not None:
        if not preds:
            raise VizError("--predicate is empty; give predicate names such as met,criticized")
        bad = [p for p in preds if not _LOCAL_NAME.fullmatch(p)]
        if bad:
            raise VizError(f"{bad[0]!r} is not a predicate name; use local names such as met or worksFor")
        preds = sorted(set(preds))
    wanted = _split(types)
    chosen: tuple[str, ...] | None = None
    if wanted is not None:
        known = {t.casefold(): t for t in NODE_TYPES}
        unknown = [t for t in wanted if t.casefold() not in known]
        if unknown or not wanted:
            raise VizError(f"unknown entity type {(unknown or [''])[0]!r}; use any of {', '.join(NODE_TYPES)}")
        chosen = tuple(t for t in NODE_TYPES if t.casefold() in {w.casefold() for w in wanted})
    lo = _iso_bound(since, end=False, name="since") if since else None
    hi = _iso_bound(until, end=True, name="until") if until else None
    if lo and hi and lo > hi:
        raise VizError(f"--since {since} is after --until {until}; swap them")
    return Filters(article=art, predicates=tuple(preds) if preds else None, since=lo, until=hi, types=chosen,
                   layer=layer)


def _check_against_store(store: KGStore, filters: Filters, asked: dict[str, str] | None = None) -> Filters:
    """Refuse an article id or predicate the store does not have: a typo should not draw an empty page.

    A predicate the store lacks that is a word of the vocabulary for one it has is read as that one
    ("buy", "bought" -> acquired; :func:`kg.query.terms.predicate_for_word`); the filters returned
    hold the names drawn. ``asked`` maps such a name back to the word given, for the messages.
    """
    from kg.query.terms import closest_predicates, predicate_for_word

    asked = asked or {}
    if filters.article:
        found = run_query(store, f"ASK {{ ?a kg:articleId {Literal(filters.article)} }}").boolean
        if not found:
            raise VizError(f"no article {filters.article!r} in the store; list them with: "
                           "kg query 'SELECT ?id WHERE { ?a kg:articleId ?id }'")
    if filters.predicates:
        values = _predicate_values(filters.predicates)
        stated = {predicate_name(row["p"] or "") for row in run_query(
            store, f"SELECT DISTINCT ?p WHERE {{ VALUES ?p {{ {values} }} ?st rdf:predicate ?p }}").values()}
        # in the entity graph an edge is a statement with its direct triple; an open statement
        # (kg:OpenStatement: an open verb, a negated or hedged claim ...) has none
        drawn = stated if filters.layer != "entity" else {predicate_name(row["p"] or "") for row in run_query(
            store, f"SELECT DISTINCT ?p WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}").values()}
        missing = [p for p in filters.predicates if p not in drawn]
        if missing:
            meant = {p: predicate_for_word(p) or p for p in missing}
            renamed = tuple(sorted({meant.get(p, p) for p in filters.predicates}))
            if renamed != filters.predicates:
                asked = {**asked, **{meant[p]: asked.get(p, p) for p in missing if meant[p] != p}}
                return _check_against_store(store, dataclasses.replace(filters, predicates=renamed), asked)
            edges = "?s ?p ?o" if filters.layer == "entity" else "?st rdf:predicate ?p"
            used = [predicate_name(row["p"] or "") for row in run_query(
                store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . "
                       f"{edges} }} GROUP BY ?p ORDER BY DESC(?n) ?p").values()]
            word = missing[0]
            named = f"{word!r} (kg's word for {asked[word]!r})" if word in asked else repr(word)
            closest = closest_predicates(asked.get(word, word), used)
            hint = (f"; the closest are: {', '.join(closest)}" if closest else "") + "; the most used are: " \
                + ", ".join(used[:8])
            if word in stated:
                raise VizError(f"no edge uses the predicate {named}: its statements are open "
                               "(kg:OpenStatement, see kg:openReason), not edges of the entity graph; draw them "
                               "with layer open (--layer open)" + hint)
            raise VizError(f"no relation uses the predicate {named}" + hint)
    return filters


def _predicate_values(names: Iterable[str]) -> str:
    # A local name may be in the controlled vocabulary (kg:) or an open verb (kgrel:).
    return " ".join(str(NamedNode(ns + name)) for name in names for ns in (ONTOLOGY, OPEN_RELATION))


def _edge_query(filters: Filters) -> str:
    values = f"VALUES ?p {{ {_predicate_values(filters.predicates)} }}" if filters.predicates else ""
    article = f"?a kg:articleId {Literal(filters.article)} ." if filters.article else ""
    dates = ""
    if filters.since or filters.until:
        dates = _DATES % {"since": str(Literal(filters.since or _MIN_DATE)),
                          "until": str(Literal(filters.until or _MAX_DATE))}
    return _EDGES % {"values": values, "article": article, "dates": dates, "layer": _LAYER_PATTERN[filters.layer]}


# --------------------------------------------------------------------------- projection


def to_networkx(store: KGStore, *, types: Iterable[str] | str | None = None, article: str | None = None,
                predicates: Iterable[str] | str | None = None, since: str | None = None,
                until: str | None = None, layer: str = "entity", isolated: bool = False) -> nx.MultiDiGraph:
    """Project the store onto a MultiDiGraph in the shape :func:`kg.viz.render_html` draws.

    Node attributes: ``label``, ``type``, ``aliases``, ``articles``; edge
    attributes: ``predicate``, ``evidence`` (list of sentence/article/date/confidence/id
    dicts: ``article`` is the title, ``id`` the article id), ``symmetric`` (True for a
    symmetric predicate such as ``met``: one edge, its ends in IRI order, with the
    evidence told either way), ``controlled`` (True for the controlled vocabulary, ``kg:met``;
    False for an open verb, ``kgrel:lookAt``), ``open`` (True for an open
    statement, drawn only with ``layer="open"`` or ``"all"``; its ``reasons``
    say why it is no edge of the entity graph). Deterministic: nodes and
    edges are added in sorted order.

    ``layer``: ``"entity"`` (the default) draws the entity graph, the direct
    triples kg asserts; ``"open"`` the open statements between two entities;
    ``"all"`` both. ``isolated``: also keep the entities in no drawn relation
    (by default a picture of relations leaves them out).

    Filters (all optional, combined with AND, see :func:`make_filters`):

    * ``article``: only relations whose statement comes from that article
      (``kg:articleId``); unknown id -> :class:`VizError`.
    * ``predicates``: only relations with these predicate local names
      (controlled ``kg:`` or open ``kgrel:``); a name no edge uses -> VizError (open
      statements, ``kg:OpenStatement``, are no edges of the entity graph: ask for
      ``layer="open"`` to draw an open verb).
    * ``since``/``until``: a relation is kept when the period of its
      statement overlaps the range. The period is the statement's ``kg:time``
      (to ``kg:timeEnd`` if given; a year or year-month counts as the whole
      year or month); a statement without ``kg:time`` takes its article's
      ``schema:datePublished``; one with neither is dropped.
    * ``types``: only entities of these classes (and relations between them).

    The graph attribute ``filters`` lists the active filters as short phrases
    (:meth:`Filters.describe`).
    """
    filters = make_filters(article=article, predicates=predicates, since=since, until=until, types=types,
                           layer=layer)
    filters = _check_against_store(store, filters)
    types = filters.types or NODE_TYPES
    nodes = describe_entities(store, "VALUES ?type { %s }" % " ".join(str(NamedNode(ONTOLOGY + t)) for t in types),
                              types)
    evidence: dict[tuple[str, str, str], set[Evidence]] = defaultdict(set)
    reasons: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    # an edge asserted by one statement is an edge, even when another article only hedges it
    asserted: set[tuple[str, str, str]] = set()
    controlled: set[str] = set()
    for row in run_query(store, _edge_query(filters)).values():
        s, o = row["s"] or "", row["o"] or ""
        if s in nodes and o in nodes and s != o:
            key = _edge_key(s, row["p"] or "", o)
            evidence[key].add(_evidence(row))
            if row["why"]:
                reasons[key].add(row["why"])
            else:
                asserted.add(key)
            if (row["p"] or "").startswith(ONTOLOGY):
                controlled.add(key[1])
    if filters.on_relations or not isolated:
        touched = {s for s, _, _ in evidence} | {o for _, _, o in evidence}
        nodes = {iri: data for iri, data in nodes.items() if iri in touched}
    graph = nx.MultiDiGraph(filters=filters.describe())
    for iri in sorted(nodes):
        graph.add_node(iri, **nodes[iri])
    for (s, predicate, o), found in sorted(evidence.items()):
        is_open = (s, predicate, o) in reasons and (s, predicate, o) not in asserted
        extra = {"open": True, "reasons": sorted(reasons[(s, predicate, o)])} if is_open else {"open": False}
        graph.add_edge(s, o, key=predicate, predicate=predicate, controlled=predicate in controlled,
                       symmetric=predicate in controlled and predicate in SYMMETRIC,
                       evidence=_evidence_list(found), **extra)
    return graph


#: one evidence item: (sentence, article title, date, confidence, article id)
Evidence = tuple[str, str, str, str, str]


def _evidence(row: dict[str, str | None]) -> Evidence:
    return (row["sentence"] or "", row["title"] or "", row["date"] or "", row["confidence"] or "", row["id"] or "")


def _evidence_list(found: Iterable[Evidence]) -> list[dict[str, str]]:
    """Edge ``evidence`` in the shape kg.viz draws: sentence, article (title), date, confidence, id (article)."""
    return [{"sentence": a, "article": b, "date": c, "confidence": d, "id": e} for a, b, c, d, e in sorted(found)]


def _edge_key(s: str, predicate_iri: str, o: str) -> tuple[str, str, str]:
    """(subject, predicate name, object); a symmetric predicate's ends in IRI order, so "A met B" and
    "B met A" are one edge (kg/rdf/build.py writes the direct triple both ways, the statement one way)."""
    name = predicate_name(predicate_iri)
    if o < s and name in SYMMETRIC and predicate_iri.startswith(ONTOLOGY):
        s, o = o, s
    return s, name, o


#: the controlled relations, the only predicates of the entity graph's direct triples (trust.py gives every
#: open verb, kgrel:, an open reason, so it never gets one)
_RELATION_VALUES = " ".join(str(NamedNode(ONTOLOGY + name)) for name in sorted(PREDICATES))

_SKELETON_EDGES = """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { %s }
  GRAPH ?g { ?s ?p ?o }
  FILTER(isIRI(?o) && ?s != ?o)
}"""
_SKELETON_NODES = """
SELECT ?e ?type ?label WHERE {
  VALUES ?type { %s }
  ?e a ?type ; rdfs:label ?label .
}"""


def entity_skeleton(store: KGStore, *, predicates: Iterable[str] | str | None = None,
                    types: Iterable[str] | str | None = None) -> nx.MultiDiGraph:
    """The nodes and edges :func:`to_networkx` gives for the same arguments (entity layer, no isolated
    entities), with only a ``label`` and ``type`` per node and a ``predicate`` per edge: no evidence, no
    aliases, no articles.

    Made from the entity graph's direct triples and the entities' types and labels alone, so it reads a
    small part of a large store (the statements, their evidence and provenance are most of it): the
    overview of a 3M-quad store ranks its entities from this and then asks :func:`describe_subgraph` for
    the few it draws.
    """
    filters = make_filters(predicates=predicates, types=types)
    _check_against_store(store, filters)
    chosen = filters.types or NODE_TYPES
    nodes: dict[str, dict[str, str]] = {}
    for row in run_query(store, _SKELETON_NODES % " ".join(str(NamedNode(ONTOLOGY + t)) for t in chosen)).values():
        entity_type, label = predicate_name(row["type"] or ""), row["label"] or ""
        entry = nodes.setdefault(row["e"] or "", {"label": label, "type": entity_type})
        # the same one label and type describe_entities picks
        if label < entry["label"]:
            entry["label"] = label
        if _TYPE_ORDER[entity_type] < _TYPE_ORDER[entry["type"]]:
            entry["type"] = entity_type
    values = _predicate_values(filters.predicates) if filters.predicates else _RELATION_VALUES
    edges: set[tuple[str, str, str]] = set()
    for row in run_query(store, _SKELETON_EDGES % values).values():
        s, p, o = row["s"] or "", row["p"] or "", row["o"] or ""
        if s in nodes and o in nodes and p.startswith(ONTOLOGY):
            edges.add(_edge_key(s, p, o))
    touched = {s for s, _, _ in edges} | {o for _, _, o in edges}
    graph = nx.MultiDiGraph(filters=filters.describe())
    for iri in sorted(touched):
        graph.add_node(iri, **nodes[iri])
    for s, predicate, o in sorted(edges):
        graph.add_edge(s, o, key=predicate, predicate=predicate, symmetric=predicate in SYMMETRIC)
    return graph


_SUBGRAPH_EVIDENCE = """
SELECT ?s ?p ?o ?sentence ?title ?date ?confidence ?id WHERE {
  VALUES (?s ?p ?o) { %s }
  GRAPH ?g {
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sentence ; prov:wasDerivedFrom ?a .
    ?s ?p ?o .
    OPTIONAL { ?st kg:confidence ?confidence }
    OPTIONAL { ?a schema:headline ?title }
    OPTIONAL { ?a schema:datePublished ?date }
    OPTIONAL { ?a kg:articleId ?id }
  }
}"""
#: entities or edges per VALUES block (keeps each query small)
_BATCH = 400


def describe_subgraph(store: KGStore, skeleton: nx.MultiDiGraph, keep: Iterable[str]) -> nx.MultiDiGraph:
    """The part of ``skeleton`` (from :func:`entity_skeleton`) among the entities ``keep``, with what
    :func:`to_networkx` gives for it: labels, types, aliases and articles of the nodes, every evidence
    sentence of the edges. Reads only those entities and the statements of those edges."""
    kept = sorted(set(keep))
    nodes: dict[str, dict[str, Any]] = {}
    for start in range(0, len(kept), _BATCH):
        values = " ".join(str(NamedNode(iri)) for iri in kept[start:start + _BATCH])
        nodes.update(describe_entities(store, f"VALUES ?e {{ {values} }}"))
    wanted = sorted((s, key, o) for s, o, key in skeleton.subgraph(kept).edges(keys=True))
    evidence: dict[tuple[str, str, str], set[Evidence]] = defaultdict(set)
    asked = [(s, ONTOLOGY + predicate, o) for s, predicate, o in wanted]
    # a symmetric edge's statements may run either way
    asked += [(o, p, s) for s, p, o in asked if predicate_name(p) in SYMMETRIC]
    for start in range(0, len(asked), _BATCH):
        values = " ".join(f"({NamedNode(s)} {NamedNode(p)} {NamedNode(o)})" for s, p, o in asked[start:start + _BATCH])
        for row in run_query(store, _SUBGRAPH_EVIDENCE % values).values():
            evidence[_edge_key(row["s"] or "", row["p"] or "", row["o"] or "")].add(_evidence(row))
    graph = nx.MultiDiGraph(filters=skeleton.graph.get("filters", []))
    for iri in kept:
        graph.add_node(iri, **nodes[iri])
    for s, predicate, o in wanted:
        graph.add_edge(s, o, key=predicate, predicate=predicate, controlled=True, open=False,
                       symmetric=predicate in SYMMETRIC,
                       evidence=_evidence_list(evidence[(s, predicate, o)]))
    return graph


def find_node(graph: nx.MultiDiGraph, name: str) -> str | None:
    """The node whose IRI, label or alias is ``name`` (case-insensitive); the best connected wins."""
    wanted = name.casefold()
    matches = [n for n, data in graph.nodes(data=True)
               if n == name or str(data.get("label", "")).casefold() == wanted
               or any(a.casefold() == wanted for a in data.get("aliases", []))]
    return max(matches, key=lambda n: (graph.degree(n), n)) if matches else None


def require_node(graph: nx.MultiDiGraph, name: str) -> str:
    """:func:`find_node`, or :class:`UnknownEntityError` naming ``name``."""
    found = find_node(graph, name)
    if found is None:
        raise UnknownEntityError(f"no entity named {name!r} in the graph; "
                                 "check the spelling or run a query for rdfs:label")
    return found


def ego_graph(graph: nx.MultiDiGraph, center: str, hops: int) -> nx.MultiDiGraph:
    """Everything within ``hops`` edges of ``center``, ignoring edge direction."""
    return nx.ego_graph(graph, center, radius=hops, undirected=True).copy()
