"""JSON-LD that reads as plain JSON: compacted with ``ontology/context.jsonld``, byte-stable.

pyoxigraph writes expanded JSON-LD only, and rdflib's compacting serializer is
slow on a large store and orders nodes by its own rules; kg's graphs are simple
(no blank nodes, no lists), so kg compacts them itself:

* the context (prefixes, one short term per property and class kg writes, with
  type coercion: ``"met": {"@id": "kg:met", "@type": "@id"}``) is embedded, so
  no parser fetches anything;
* one object per named graph (``{"@id": "kgid:graph/…", "@graph": [nodes]}``),
  nodes and values sorted as the other exports sort them;
* a value is a bare string or number where the context's coercion gives it its
  datatype back (``"charStart": 0``, ``"confidence": "0.8"``), else an explicit
  value object (``{"@value": "2024-02-28", "@type": "xsd:date"}``), so every
  literal round-trips exactly.

Layer: export, beside kg.viz; must not import kg.viz, kg.graph or kg.cli.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad

from kg.rdf.namespaces import RDF, XSD

RDF_TYPE = RDF + "type"
XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
XSD_BOOLEAN = XSD + "boolean"
_CANONICAL_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,14})")  # small enough to be exact in every JSON reader


@functools.cache
def context() -> dict[str, Any]:
    """The ``@context`` object of ``ontology/context.jsonld`` (packaged with kg)."""
    from kg.validate import ontology_file

    with open(ontology_file("context.jsonld"), encoding="utf-8") as stream:
        document = json.load(stream)
    return dict(document["@context"])


class Compactor:
    """Maps IRIs to terms, compact IRIs and coercions, as a JSON-LD processor would read them back."""

    def __init__(self, ctx: dict[str, Any]) -> None:
        self.prefixes = {name: iri for name, iri in ctx.items()
                         if isinstance(iri, str) and ":" not in name and iri.endswith(("/", "#"))}
        self.by_length = sorted(self.prefixes.items(), key=lambda item: (-len(item[1]), item[0]))
        self.terms: dict[str, tuple[str, str | None]] = {}  # expanded IRI -> (term, coercion)
        self.classes: dict[str, str] = {}
        self._compact: dict[str, str] = {}
        for name, definition in ctx.items():
            if name in self.prefixes:
                continue
            if isinstance(definition, str):
                iri, coercion = self.expand(definition), None
                self.classes.setdefault(iri, name)
            else:
                iri = self.expand(definition["@id"])
                coercion = definition.get("@type")
                coercion = coercion if coercion in (None, "@id") else self.expand(coercion)
            self.terms.setdefault(iri, (name, coercion))

    def expand(self, value: str) -> str:
        prefix, _, local = value.partition(":")
        if prefix in self.prefixes and not local.startswith("//"):
            return self.prefixes[prefix] + local
        return value

    def iri(self, iri: str) -> str:
        """``kgid:entity/kim-jong-un`` where a prefix fits, else the IRI as it is."""
        found = self._compact.get(iri)
        if found is None:
            found = iri
            for name, namespace in self.by_length:
                if iri.startswith(namespace) and len(iri) > len(namespace) and \
                        not iri[len(namespace):].startswith("//"):
                    found = f"{name}:{iri[len(namespace):]}"
                    break
            self._compact[iri] = found
        return found

    def type_name(self, iri: str) -> str:
        return self.classes.get(iri) or self.iri(iri)

    def key(self, predicate: str) -> tuple[str, str | None]:
        found = self.terms.get(predicate)
        return found if found is not None else (self.iri(predicate), None)

    def value(self, term: Any, coercion: str | None) -> Any:
        if isinstance(term, NamedNode):
            return self.iri(term.value) if coercion == "@id" else {"@id": self.iri(term.value)}
        if isinstance(term, BlankNode):
            return {"@id": f"_:{term.value}"}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return term.value if coercion is None else {"@value": term.value}
        if coercion == datatype:
            if datatype == XSD_INTEGER and _CANONICAL_INTEGER.fullmatch(term.value):
                return int(term.value)
            if datatype == XSD_BOOLEAN and term.value in ("true", "false"):
                return term.value == "true"
            return term.value
        return {"@value": term.value, "@type": self.iri(datatype)}


#: terms of other vocabularies kg writes (kg: terms come from ontology/kg.ttl)
EXTERNAL_TERMS: dict[str, Any] = {
    "NewsArticle": "schema:NewsArticle", "Activity": "prov:Activity", "SoftwareAgent": "prov:SoftwareAgent",
    "Sentence": "nif:Sentence", "Context": "nif:Context",
    "label": "rdfs:label", "altLabel": "skos:altLabel",
    "subject": {"@id": "rdf:subject", "@type": "@id"}, "predicate": {"@id": "rdf:predicate", "@type": "@id"},
    "object": "rdf:object",
    "headline": "schema:headline", "author": {"@id": "schema:author", "@type": "@id"},
    "mentions": {"@id": "schema:mentions", "@type": "@id"}, "url": {"@id": "schema:url", "@type": "xsd:anyURI"},
    "sameAs": {"@id": "schema:sameAs", "@type": "@id"}, "softwareVersion": "schema:softwareVersion",
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "wasGeneratedBy": {"@id": "prov:wasGeneratedBy", "@type": "@id"},
    "generatedAtTime": {"@id": "prov:generatedAtTime", "@type": "xsd:dateTime"},
    "used": {"@id": "prov:used", "@type": "@id"},
    "wasAssociatedWith": {"@id": "prov:wasAssociatedWith", "@type": "@id"},
    "startedAtTime": {"@id": "prov:startedAtTime", "@type": "xsd:dateTime"},
    "beginIndex": {"@id": "nif:beginIndex", "@type": "xsd:integer"},
    "endIndex": {"@id": "nif:endIndex", "@type": "xsd:integer"},
    "anchorOf": "nif:anchorOf", "referenceContext": {"@id": "nif:referenceContext", "@type": "@id"},
    "sourceUrl": {"@id": "nif:sourceUrl", "@type": "@id"},
}


def build_context(ontology_path: Any) -> bytes:
    """``ontology/context.jsonld`` from kg.ttl: the prefixes, a term per kg: class, datatype and
    property (named by its local name; object properties coerced to ``@id``, datatype properties
    to their XSD range), then :data:`EXTERNAL_TERMS`. One term per line, in a stable order."""
    import rdflib
    from rdflib import OWL, RDF, RDFS
    from rdflib import XSD as RDFLIB_XSD

    from kg.rdf.namespaces import ONTOLOGY, PREFIXES

    graph = rdflib.Graph().parse(ontology_path, format="turtle")

    def compact(iri: str) -> str:
        for name, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
            if iri.startswith(namespace):
                return f"{name}:{iri[len(namespace):]}"
        return iri

    terms: dict[str, Any] = dict(PREFIXES)
    declared = sorted({str(s) for s in graph.subjects(RDF.type, None)
                       if isinstance(s, rdflib.URIRef) and str(s).startswith(ONTOLOGY)})
    for iri in declared:
        node = rdflib.URIRef(iri)
        kinds = set(graph.objects(node, RDF.type))
        name = iri[len(ONTOLOGY):]
        if OWL.ObjectProperty in kinds:
            terms[name] = {"@id": compact(iri), "@type": "@id"}
        elif OWL.DatatypeProperty in kinds:
            range_ = graph.value(node, RDFS.range)
            if isinstance(range_, rdflib.BNode):
                range_ = graph.value(range_, OWL.onDatatype)
            if range_ is None or range_ == RDFLIB_XSD.string or not str(range_).startswith(str(RDFLIB_XSD)):
                terms[name] = compact(iri)
            else:
                terms[name] = {"@id": compact(iri), "@type": compact(str(range_))}
        else:
            terms[name] = compact(iri)
    for name, definition in EXTERNAL_TERMS.items():
        if name in terms:
            raise ValueError(f"the JSON-LD term {name!r} is defined twice; rename one in kg/export/jsonld.py")
        terms[name] = definition
    lines = [f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in terms.items()]
    return ('{\n  "@context": {\n' + ",\n".join(lines) + "\n  }\n}\n").encode("utf-8")


def _sort_key(term: Any) -> str:
    return str(term)


def _nodes(quads: list[Quad], compactor: Compactor) -> list[dict[str, Any]]:
    by_subject: dict[Any, list[Quad]] = defaultdict(list)
    for quad in quads:
        by_subject[quad.subject].append(quad)
    nodes = []
    for subject in sorted(by_subject, key=_sort_key):
        node: dict[str, Any] = {"@id": compactor.iri(subject.value) if isinstance(subject, NamedNode)
                                else f"_:{subject.value}"}
        types = sorted(q.object.value for q in by_subject[subject]
                       if q.predicate.value == RDF_TYPE and isinstance(q.object, NamedNode))
        if types:
            names = [compactor.type_name(t) for t in types]
            node["@type"] = names[0] if len(names) == 1 else names
        properties: dict[str, list[Any]] = defaultdict(list)
        for quad in sorted(by_subject[subject], key=lambda q: (_sort_key(q.predicate), _sort_key(q.object))):
            if quad.predicate.value == RDF_TYPE and isinstance(quad.object, NamedNode):
                continue
            name, coercion = compactor.key(quad.predicate.value)
            properties[name].append(compactor.value(quad.object, coercion))
        for name in sorted(properties):
            values = properties[name]
            node[name] = values[0] if len(values) == 1 else values
        nodes.append(node)
    return nodes


def serialize_jsonld(quads: Iterable[Quad]) -> bytes:
    """Quads -> compacted JSON-LD bytes: one object per named graph, default-graph nodes first."""
    ctx = context()
    compactor = Compactor(ctx)
    graphs: dict[Any, list[Quad]] = defaultdict(list)
    for quad in set(quads):
        graphs[quad.graph_name].append(quad)
    items: list[dict[str, Any]] = []
    default = [g for g in graphs if isinstance(g, DefaultGraph)]
    for graph in default:
        items += _nodes(graphs[graph], compactor)
    for graph in sorted((g for g in graphs if not isinstance(g, DefaultGraph)), key=_sort_key):
        name = compactor.iri(graph.value) if isinstance(graph, NamedNode) else f"_:{graph.value}"
        items.append({"@id": name, "@graph": _nodes(graphs[graph], compactor)})
    document = {"@context": ctx, "@graph": items}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
