"""The store's schema at hand: its classes and predicates, what they mean, how often they are used.

One function computes it, :func:`compute_schema`, from three sources:

* the ontology (``ontology/kg.ttl``, packaged as ``kg/ontology/kg.ttl``): the label and comment of
  every ``kg:`` class and property, listed even when this store does not use it (so a new user
  finds ``kg:acquired`` before any acquisition is built);
* the controlled vocabulary (:data:`kg.extract.vocabulary.PREDICATES`): the words an article may use
  for a predicate ("buy", "take over" -> ``kg:acquired``);
* the store, by SPARQL aggregation: three ``GROUP BY`` queries (for each class its instances; for
  each predicate its triples, ``?s kg:met ?o``, and its statements, ``?st rdf:predicate kg:met``:
  relations with evidence, the open ``kgrel:`` ones included), and one example each, the aggregate's
  ``SAMPLE`` (for a ``kg:`` relation, an asserted statement found by one indexed lookup), with the
  labels of its ends. ``bench/schema.py`` measures the cost against one full scan of the store.

The store is reached through a ``select`` callable (a query -> rows of plain strings), so the same
function serves ``kg schema`` (the embedded store) and ``kg serve`` (its worker processes).

Layer: query, over the store and the vocabulary; must not import kg.network, kg.validate, kg.viz,
kg.export, kg.graph or kg.cli.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

import pyoxigraph

from kg.extract.vocabulary import PREDICATES
from kg.rdf.namespaces import ONTOLOGY, OPEN_RELATION, OWL, PREFIXES, RDF, RDFS

#: a query -> its rows as {variable: plain string or None} (IRIs and literal values alike)
Select = Callable[[str], list[dict[str, str | None]]]
TermKind = Literal["class", "relation", "open relation", "attribute"]
SchemaFormat = Literal["table", "json"]
#: open (kgrel:) relations a table shows unless asked for all; JSON always has every one
OPEN_SHOWN = 15
_EXAMPLE_WIDTH = 70
_ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"

# SAMPLE, not MIN, picks the examples: MIN over a million IRIs costs five times the counting itself
_CLASSES = """SELECT ?term (COUNT(DISTINCT ?e) AS ?n) (SAMPLE(?e) AS ?example) WHERE { ?e a ?term } GROUP BY ?term"""
_TRIPLES = """SELECT ?term (COUNT(*) AS ?n) (SAMPLE(?s) AS ?example) WHERE { ?s ?term ?o } GROUP BY ?term"""
_STATEMENTS = """SELECT ?term (COUNT(?st) AS ?n) (SAMPLE(?st) AS ?example) WHERE { ?st rdf:predicate ?term }
GROUP BY ?term"""
# a controlled relation's example is an asserted statement (an edge of the entity graph) when it has one
_ASSERTED = """SELECT ?st WHERE { ?st rdf:predicate %s ; rdf:subject ?s . FILTER NOT EXISTS { ?st a kg:OpenStatement } }
LIMIT 1"""
# the ends of the chosen examples: one row per (term, subject), smallest object first
_TRIPLE_ENDS = """SELECT ?term ?s (MIN(?o) AS ?o) WHERE { VALUES (?term ?s) { %s } ?s ?term ?o } GROUP BY ?term ?s"""
_STATEMENT_ENDS = """SELECT ?st (COALESCE(?subject, ?words) AS ?s) ?o WHERE {
  VALUES ?st { %s } ?st rdf:object ?o . OPTIONAL { ?st rdf:subject ?subject } OPTIONAL { ?st kg:subjectText ?words }
}"""
_LABELS = """SELECT ?e (MIN(?label) AS ?l) WHERE { VALUES ?e { %s } ?e rdfs:label ?label } GROUP BY ?e"""


@dataclass(frozen=True)
class SchemaTerm:
    """One class or predicate: its names, its meaning, and its use in this store."""

    #: the prefixed name a query uses: ``kg:acquired``, ``kgrel:stepDownFrom``, ``<http://...>``
    name: str
    iri: str
    kind: TermKind
    #: the ontology's label and comment ("" for a term the ontology does not define)
    label: str = ""
    comment: str = ""
    #: classes: distinct instances; predicates: triples ``?s p ?o`` (every article graph counted)
    count: int = 0
    #: predicates: statements ``?st rdf:predicate p`` (relations with their evidence sentence)
    statements: int = 0
    #: one use, as a person reads it: "Kim Jong-un met Donald Trump", or an instance's label
    example: str = ""
    #: words articles use for it, from the controlled vocabulary ("buy", "take over")
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Schema:
    """Every class and predicate of the ontology and of the store, most used first within each kind."""

    classes: list[SchemaTerm] = field(default_factory=list)
    predicates: list[SchemaTerm] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=lambda: dict(PREFIXES))

    def find(self, name: str) -> SchemaTerm | None:
        """The class or predicate of that prefixed name (``kg:acquired``), or None."""
        return next((t for t in [*self.classes, *self.predicates] if t.name == name), None)

    def to_dict(self) -> dict[str, object]:
        return {"prefixes": self.prefixes, "classes": [asdict(t) for t in self.classes],
                "predicates": [asdict(t) for t in self.predicates]}

    def render(self, format: SchemaFormat = "table", *, all_open: bool = False) -> str:
        """``json``: every term (the shape :meth:`to_dict` gives); ``table``: two tables for people, the
        open relations cut at the :data:`OPEN_SHOWN` most used unless ``all_open``."""
        if format == "json":
            return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        if format != "table":
            from kg.errors import UsageError

            raise UsageError(f"unknown schema format {format!r}; use table or json")
        return _tables(self, all_open=all_open)


def compute_schema(select: Select) -> Schema:
    """The schema of the store that ``select`` queries (see the module's docstring).

    Guarantees: every ``kg:`` class and property of the ontology is listed (count 0 when unused);
    every class and predicate the store uses is listed; the counts are exact; the result is the same
    for the same store (the examples are what the same queries sample; labels the smallest label).
    """
    ontology = ontology_terms()
    class_rows = {row["term"]: row for row in select(_CLASSES) if row["term"]}
    triple_rows = {row["term"]: row for row in select(_TRIPLES) if row["term"]}
    statement_rows = {row["term"]: row for row in select(_STATEMENTS) if row["term"]}
    for term, sampled in statement_rows.items():  # one indexed lookup per kg: relation in use (tens, not hundreds)
        if term.startswith(ONTOLOGY):
            asserted = select(_ASSERTED % pyoxigraph.NamedNode(term))
            sampled["example"] = asserted[0]["st"] if asserted else sampled["example"]

    # the ends of each example, then the labels of every end in one query
    wanted: list[tuple[str, str]] = [(t, e) for t, r in triple_rows.items()
                                     if (e := r["example"]) and t not in statement_rows]
    triple_ends = {(r["term"], r["s"]): r["o"] for r in _batched(select, _TRIPLE_ENDS, wanted)}
    statements = [e for r in statement_rows.values() if (e := r["example"])]
    statement_ends = {r["st"]: (r["s"], r["o"]) for r in _batched(select, _STATEMENT_ENDS, statements)}
    ends = {e for pair in statement_ends.values() for e in pair}
    ends |= {e for key, o in triple_ends.items() for e in (key[1], o)}
    ends |= {r["example"] for r in class_rows.values()}
    labels = {r["e"]: r["l"] for r in _batched(select, _LABELS, sorted(e for e in ends if e and _is_iri(e)))}

    def shown(value: str | None) -> str:
        if value is None:
            return ""
        return labels.get(value) or (_compact(value) if _is_iri(value) else value)

    classes: list[SchemaTerm] = []
    for iri in sorted(set(class_rows) | {i for i, (kind, _, _) in ontology.items() if kind == "class"}):
        row = class_rows.get(iri)
        _, label, comment = ontology.get(iri, ("class", "", ""))
        classes.append(SchemaTerm(_compact(iri), iri, "class", label, comment, _int(row, "n"),
                                  example=_clip(shown(row["example"])) if row else ""))
    predicates: list[SchemaTerm] = []
    ontology_predicates = {i for i, (kind, _, _) in ontology.items() if kind != "class"}
    for iri in sorted(set(triple_rows) | set(statement_rows) | ontology_predicates):
        triples, stated = triple_rows.get(iri), statement_rows.get(iri)
        kind, label, comment = ontology.get(iri, ("attribute", "", ""))
        local = iri[len(ONTOLOGY):] if iri.startswith(ONTOLOGY) else ""
        if iri.startswith(OPEN_RELATION):
            kind, label = "open relation", iri[len(OPEN_RELATION):]
        else:  # a relation is what a statement can claim; the rest describe statements, articles, entities
            kind = "relation" if local in PREDICATES or stated else "attribute"
        example = ""
        if stated and stated["example"] in statement_ends:
            s, o = statement_ends[stated["example"]]
            example = f"{shown(s)} {label or _compact(iri)} {shown(o)}"
        elif triples and (iri, triples["example"]) in triple_ends:
            s = triples["example"]
            example = f"{shown(s)} {_compact(iri)} {shown(triple_ends[(iri, s)])}"
        vocabulary = PREDICATES.get(local) if local else None
        words = tuple(dict.fromkeys((*vocabulary.frames, *vocabulary.nouns))) if vocabulary else ()
        predicates.append(SchemaTerm(_compact(iri), iri, kind, label, comment, _int(triples, "n"),
                                     _int(stated, "n"), _clip(example), words))
    order = {"relation": 0, "open relation": 1, "attribute": 2}
    classes.sort(key=lambda t: (-t.count, t.name))
    predicates.sort(key=lambda t: (order[t.kind], -(t.statements or t.count), t.name))
    return Schema(classes, predicates)


@functools.cache
def ontology_terms() -> dict[str, tuple[TermKind, str, str]]:
    """{IRI: (kind, English label, English comment)} for every class and property ``kg.ttl`` declares."""
    kinds: dict[str, TermKind] = {
        OWL + "Class": "class", RDFS + "Class": "class", OWL + "ObjectProperty": "relation",
        OWL + "DatatypeProperty": "attribute", OWL + "AnnotationProperty": "attribute", RDF + "Property": "attribute",
    }
    store = pyoxigraph.Store()
    store.load(path=str(_ONTOLOGY_FILE), format=pyoxigraph.RdfFormat.TURTLE)
    found: dict[str, tuple[TermKind, str, str]] = {}
    for quad in store.quads_for_pattern(None, pyoxigraph.NamedNode(RDF + "type"), None, None):
        subject, kind = quad.subject, kinds.get(getattr(quad.object, "value", ""))
        if kind is None or not isinstance(subject, pyoxigraph.NamedNode) or not subject.value.startswith(ONTOLOGY):
            continue
        found[subject.value] = (kind, _english(store, subject, RDFS + "label"), _english(store, subject, RDFS + "comment"))
    return found


def _english(store: pyoxigraph.Store, subject: pyoxigraph.NamedNode, predicate: str) -> str:
    values = sorted((q.object for q in store.quads_for_pattern(subject, pyoxigraph.NamedNode(predicate), None, None)
                     if isinstance(q.object, pyoxigraph.Literal)), key=lambda lit: (lit.language != "en", lit.value))
    return values[0].value if values else ""


def _batched(select: Select, template: str, items: Sequence[str | tuple[str, str]],
             size: int = 500) -> list[dict[str, str | None]]:
    """``template`` run over ``items`` (IRIs, or pairs of IRIs) in VALUES blocks of ``size``; pyoxigraph
    writes each IRI, so the query is valid whatever the IRI holds."""
    def written(item: str | tuple[str, str]) -> str:
        if isinstance(item, tuple):
            return "(" + " ".join(str(pyoxigraph.NamedNode(i)) for i in item) + ")"
        return str(pyoxigraph.NamedNode(item))

    rows: list[dict[str, str | None]] = []
    for start in range(0, len(items), size):
        rows.extend(select(template % " ".join(written(i) for i in items[start:start + size])))
    return rows


def _is_iri(value: str) -> bool:
    return "://" in value[:12] or value.startswith("urn:")


def _compact(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and "/" not in iri[len(namespace):]:
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _int(row: dict[str, str | None] | None, name: str) -> int:
    return int(row[name] or 0) if row else 0


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXAMPLE_WIDTH else text[:_EXAMPLE_WIDTH - 1] + "…"


def _tables(schema: Schema, *, all_open: bool) -> str:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=io.StringIO(), width=160, no_color=True, highlight=False)
    classes = Table("class", "instances", "example", "meaning", title="Classes", title_justify="left")
    for term in schema.classes:
        classes.add_row(term.name, f"{term.count:,}", term.example, term.comment)
    console.print(classes)
    predicates = Table("predicate", "kind", "triples", "statements", "example", "meaning", title="Predicates",
                       title_justify="left")
    open_terms = [t for t in schema.predicates if t.kind == "open relation"]
    hidden = {t.name for t in open_terms[OPEN_SHOWN:]} if not all_open else set()
    for term in schema.predicates:
        if term.name not in hidden:
            meaning = term.comment + (f" Words: {', '.join(term.words)}." if term.words else "")
            predicates.add_row(term.name, term.kind, f"{term.count:,}", f"{term.statements:,}", term.example,
                               meaning.strip())
    console.print(predicates)
    console.print(f"{len(schema.classes)} classes, {len(schema.predicates)} predicates"
                  + (f"; {len(hidden)} less used open relations not shown (--all lists them)" if hidden else ""))
    return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]


__all__ = ["OPEN_SHOWN", "Schema", "SchemaFormat", "SchemaTerm", "compute_schema", "ontology_terms"]
