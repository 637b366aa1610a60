"""ontology/kg.ttl: well formed, documented, and in agreement with what kg writes.

The data checks run on the seeds built by kg itself (the ``seed_store_path``
fixture of tests/conftest.py): every ``kg:`` term kg writes must be declared,
and direct triples must respect the declared domains and ranges. Domains and
ranges are checked closed-world: a node must *say* it has the class (or a
subclass), which is what a SPARQL user filtering on ``a kg:Statement`` relies on.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import typing
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad
from rdflib import OWL, RDF, RDFS, XSD, URIRef
from rdflib.collection import Collection

from kg.rdf.namespaces import ONTOLOGY, OPEN_RELATION, PREFIXES

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontology" / "kg.ttl"
README = ROOT / "ontology" / "README.md"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")
VERSION = "0.2.0"

TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
              OWL.SymmetricProperty, RDFS.Datatype}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
#: predicates from other vocabularies that kg writes (keep ontology/README.md in step)
EXTERNAL_PREDICATES = {PREFIXES[p] + local for p, local in [
    ("rdf", "type"), ("rdf", "subject"), ("rdf", "predicate"), ("rdf", "object"),
    ("rdfs", "label"), ("skos", "altLabel"), ("prov", "wasDerivedFrom"),
    ("schema", "headline"), ("schema", "datePublished"), ("schema", "url"), ("schema", "publisher"),
    ("schema", "author"), ("schema", "mentions"), ("schema", "sameAs"), ("schema", "softwareVersion"),
    ("prov", "wasGeneratedBy"), ("prov", "generatedAtTime"), ("prov", "used"), ("prov", "wasAssociatedWith"),
    ("prov", "startedAtTime"),
    ("nif", "beginIndex"), ("nif", "endIndex"), ("nif", "anchorOf"), ("nif", "referenceContext"), ("nif", "sourceUrl"),
]}
RDF_TYPE = PREFIXES["rdf"] + "type"
RDF_SUBJECT = PREFIXES["rdf"] + "subject"
RDF_PREDICATE = PREFIXES["rdf"] + "predicate"


def short(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def show(term: object) -> str:
    if isinstance(term, NamedNode):
        return short(term.value)
    if isinstance(term, Literal):
        suffix = f"@{term.language}" if term.language else f"^^{short(term.datatype.value)}"
        text = term.value if len(term.value) <= 60 else term.value[:57] + "..."
        return f'"{text}"{suffix}'
    return str(term)


# -- the ontology as the checks need it -------------------------------------------

class Ontology:
    """kg.ttl read with rdflib, with the lookups the data checks need."""

    def __init__(self, graph: rdflib.Graph) -> None:
        self.graph = graph
        self.declared = {str(s) for s in graph.subjects(RDF.type, None)
                         if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY)}

    def types(self, term: str) -> set[URIRef]:
        return set(self.graph.objects(URIRef(term), RDF.type))

    def properties(self) -> set[str]:
        return {t for t in self.declared if self.types(t) & PROPERTY_TYPES}

    def superclasses(self, cls: str) -> set[str]:
        """``cls`` and every class above it (rdfs:subClassOf, transitively)."""
        return {str(c) for c in self.graph.transitive_objects(URIRef(cls), RDFS.subClassOf)}

    def members(self, expression: rdflib.term.Node) -> list[rdflib.term.Node]:
        """The classes or datatypes a union stands for, or the expression itself."""
        union = self.graph.value(expression, OWL.unionOf)
        if union is not None:
            return list(Collection(self.graph, union))
        return [expression]

    def domain(self, prop: str) -> rdflib.term.Node | None:
        return self.graph.value(URIRef(prop), RDFS.domain)

    def range(self, prop: str) -> rdflib.term.Node | None:
        return self.graph.value(URIRef(prop), RDFS.range)

    def is_datatype(self, expression: rdflib.term.Node) -> bool:
        return (isinstance(expression, URIRef) and str(expression).startswith(str(XSD))) or \
            (expression, RDF.type, RDFS.Datatype) in self.graph

    def class_conforms(self, expression: rdflib.term.Node, node_types: set[str]) -> bool:
        wanted = {str(m) for m in self.members(expression)}
        return any(wanted & self.superclasses(t) for t in node_types)

    def literal_problem(self, expression: rdflib.term.Node, literal: Literal) -> str | None:
        """Why ``literal`` is not a value of the datatype ``expression``, or None."""
        equivalent = self.graph.value(expression, OWL.equivalentClass)
        if equivalent is not None:
            return self.literal_problem(equivalent, literal)
        union = self.graph.value(expression, OWL.unionOf)
        if union is not None:
            problems = [self.literal_problem(m, literal) for m in Collection(self.graph, union)]
            return None if None in problems else " and ".join(p for p in problems if p)
        base = self.graph.value(expression, OWL.onDatatype)
        if base is not None:
            problem = self.literal_problem(base, literal)
            if problem:
                return problem
            facets = self.graph.value(expression, OWL.withRestrictions)
            value = Decimal(literal.value)
            for facet in Collection(self.graph, facets):
                for name, bound in self.graph.predicate_objects(facet):
                    limit = Decimal(str(bound))
                    if name == XSD.minInclusive and value < limit or name == XSD.maxInclusive and value > limit:
                        return f"{literal.value} is outside [{short(str(name))} {bound}]"
            return None
        if expression == RDFS.Literal:
            return None
        datatype = literal.datatype.value
        if datatype != str(expression):
            return f"datatype {short(datatype)}, not {short(str(expression))}"
        if not lexically_valid(datatype, literal.value):
            return f"{literal.value!r} is not a valid {short(datatype)}"
        return None


_TIMEZONE = r"(Z|[+-]\d\d:\d\d)?"
_LEXICAL = {
    str(XSD.integer): re.compile(r"[+-]?\d+"),
    str(XSD.decimal): re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    str(XSD.boolean): re.compile(r"true|false|1|0"),
    str(XSD.gYear): re.compile(r"-?\d{4,}" + _TIMEZONE),
    str(XSD.gYearMonth): re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])" + _TIMEZONE),
    str(XSD.date): re.compile(r"\d{4}-\d\d-\d\d" + _TIMEZONE),
    str(XSD.dateTime): re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?" + _TIMEZONE),
}


def lexically_valid(datatype: str, lexical: str) -> bool:
    pattern = _LEXICAL.get(datatype)
    if pattern is None:
        return True
    if not pattern.fullmatch(lexical):
        return False
    try:
        if datatype == str(XSD.date):
            dt.date.fromisoformat(lexical[:10])
        elif datatype == str(XSD.dateTime):
            dt.datetime.fromisoformat(lexical[:19])
    except ValueError:
        return False
    return True


# -- checks on data ------------------------------------------------------------------

@dataclass(frozen=True)
class Violation:
    check: str  # "domain" or "range"
    prop: str
    subject: str
    object: str
    problem: str
    subject_types: frozenset[str] = field(default=frozenset())

    def __str__(self) -> str:
        return f"{self.check} of {short(self.prop)}: {self.subject} {short(self.prop)} {self.object} -- {self.problem}"


def node_types(quads: Iterable[Quad]) -> dict[str, set[str]]:
    """rdf:type of every node, over all article graphs."""
    types: dict[str, set[str]] = defaultdict(set)
    for q in quads:
        if q.predicate.value == RDF_TYPE and isinstance(q.object, NamedNode):
            types[str(q.subject)].add(q.object.value)
    return types


def undeclared_terms(quads: Iterable[Quad], onto: Ontology) -> list[str]:
    """Every kg: IRI used in the data (in any position) that the ontology does not declare."""
    uses: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        for position, term in (("subject", q.subject), ("predicate", q.predicate), ("object", q.object)):
            if isinstance(term, NamedNode) and term.value.startswith(ONTOLOGY) and term.value not in onto.declared:
                uses[term.value].append(f"{position} of {show(q.subject)} {show(q.predicate)} {show(q.object)}")
    return [f"{short(iri)} used {len(found)} time(s), e.g. as {found[0]}" for iri, found in sorted(uses.items())]


def domain_range_violations(quads: Iterable[Quad], onto: Ontology) -> list[Violation]:
    quads = list(quads)
    types = node_types(quads)
    properties = onto.properties()
    found: set[Violation] = set()
    for q in quads:
        prop = q.predicate.value
        if prop not in properties:
            continue
        subject_types = frozenset(types.get(str(q.subject), set()))

        def violation(check: str, problem: str) -> Violation:
            return Violation(check, prop, show(q.subject), show(q.object), problem, subject_types)

        domain = onto.domain(prop)
        if domain is not None and not onto.class_conforms(domain, set(subject_types)):
            wanted = " or ".join(short(str(m)) for m in onto.members(domain))
            found.add(violation("domain", f"subject is {_kinds(subject_types)}, not {wanted}"))
        range_ = onto.range(prop)
        if range_ is None:
            continue
        if onto.is_datatype(range_):
            if not isinstance(q.object, Literal):
                found.add(violation("range", "object is not a literal"))
            else:
                problem = onto.literal_problem(range_, q.object)
                if problem:
                    found.add(violation("range", problem))
        elif not isinstance(q.object, NamedNode | BlankNode):
            found.add(violation("range", "object is a literal, not a node"))
        elif range_ == OWL.Class:  # a class of the ontology as a value (kg:typeVote kg:Person)
            if not isinstance(q.object, NamedNode) or OWL.Class not in onto.types(q.object.value):
                found.add(violation("range", "object is no owl:Class of the ontology"))
        else:
            object_types = types.get(str(q.object), set())
            if not onto.class_conforms(range_, object_types):
                wanted = " or ".join(short(str(m)) for m in onto.members(range_))
                found.add(violation("range", f"object is {_kinds(object_types)}, not {wanted}"))
    return sorted(found, key=str)


def _kinds(types: Iterable[str]) -> str:
    return " & ".join(sorted(short(t) for t in types)) or "untyped"


def disjointness_violations(quads: Iterable[Quad], onto: Ontology) -> list[str]:
    groups = [{str(m) for m in Collection(onto.graph, onto.graph.value(node, OWL.members))}
              for node in onto.graph.subjects(RDF.type, OWL.AllDisjointClasses)]
    problems = []
    for node, types in sorted(node_types(quads).items()):
        for group in groups:
            clash = {t for t in types if onto.superclasses(t) & group}
            if len(clash) > 1:
                problems.append(f"{node} is {_kinds(clash)}, declared disjoint")
    return problems


# -- known kg bugs, each expected to fail until fixed ------------------------------------

# -- fixtures ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology(rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle"))


@pytest.fixture(scope="module")
def seed_quads(seed_store_path: Path) -> list[Quad]:
    """Every quad of the seeds build (read once per module)."""
    store = pyoxigraph.Store.read_only(str(seed_store_path))
    quads = list(store.quads_for_pattern(None, None, None, None))
    del store
    assert quads, "the seeds build wrote nothing"
    return quads


@pytest.fixture(scope="module")
def seed_violations(seed_quads: list[Quad], onto: Ontology) -> list[Violation]:
    return domain_range_violations(seed_quads, onto)


# -- 1. the file -------------------------------------------------------------------------

def test_parses_with_rdflib_and_pyoxigraph() -> None:
    graph = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")
    triples = list(pyoxigraph.parse(path=str(ONTOLOGY_FILE), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(graph) == len(triples) > 100
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    version_iri = graph.value(ONTOLOGY_IRI, OWL.versionIRI)
    assert version_iri == URIRef(f"{ONTOLOGY_IRI}/{VERSION}")
    assert str(graph.value(ONTOLOGY_IRI, OWL.versionInfo)) == VERSION
    for prop in ("title", "description", "license", "created"):
        assert graph.value(ONTOLOGY_IRI, URIRef(PREFIXES["dcterms"] + prop)) is not None, prop


def test_namespace_is_the_one_kg_writes() -> None:
    assert str(ONTOLOGY_IRI) + "#" == ONTOLOGY
    assert not OPEN_RELATION.startswith(ONTOLOGY)


# -- 2. every term documented -------------------------------------------------------------

def test_every_term_has_a_type_one_english_label_and_one_english_comment(onto: Ontology) -> None:
    assert len(onto.declared) > 50
    problems = []
    for term in sorted(onto.declared):
        types = onto.types(term)
        if not types & TERM_TYPES:
            problems.append(f"{short(term)}: type {_kinds(map(str, types))} is not a class, property or datatype")
        for annotation in (RDFS.label, RDFS.comment):
            values = list(onto.graph.objects(URIRef(term), annotation))
            english = [v for v in values if isinstance(v, rdflib.Literal) and v.language == "en"]
            if len(english) != 1 or len(values) != 1:
                problems.append(f"{short(term)}: {len(english)} {short(str(annotation))}@en "
                                f"among {len(values)} (want exactly one, in English)")
    assert not problems, "\n".join(problems)


def test_every_kg_term_the_ontology_mentions_is_declared(onto: Ontology) -> None:
    """A typo in a domain, range or subclass (kg:Organisation) would name a term nobody declares."""
    mentioned = {str(t) for triple in onto.graph for t in triple
                 if isinstance(t, URIRef) and str(t).startswith(ONTOLOGY)}
    assert mentioned - onto.declared == set()


def test_properties_are_one_kind_with_a_matching_range(onto: Ontology) -> None:
    problems = []
    for prop in sorted(onto.properties()):
        kinds = onto.types(prop) & PROPERTY_TYPES
        if len(kinds) != 1:
            problems.append(f"{short(prop)} is {_kinds(map(str, kinds))}")
            continue
        range_ = onto.range(prop)
        if OWL.ObjectProperty in kinds and (range_ is None or onto.is_datatype(range_)):
            problems.append(f"object property {short(prop)} needs a class range")
        if OWL.DatatypeProperty in kinds and (range_ is None or not onto.is_datatype(range_)):
            problems.append(f"datatype property {short(prop)} needs a datatype range")
        if onto.types(prop) & {OWL.SymmetricProperty} and OWL.ObjectProperty not in kinds:
            problems.append(f"symmetric {short(prop)} must be an object property")
    assert not problems, "\n".join(problems)


def test_the_vocabulary_in_the_code_is_declared(onto: Ontology) -> None:
    from kg.extract.vocabulary import SYMMETRIC
    from kg.rdf.mint import CONTROLLED_PREDICATES
    from kg.types import EntityType

    properties = onto.properties()
    assert {ONTOLOGY + p for p in CONTROLLED_PREDICATES} - properties == set()
    entity = ONTOLOGY + "Entity"
    for name in typing.get_args(EntityType):
        assert entity in onto.superclasses(ONTOLOGY + name), f"kg:{name} is not a kg:Entity"
    for kind in ("Statement", "Role", "Attribution"):
        assert ONTOLOGY + "Statement" in onto.superclasses(ONTOLOGY + kind)
    assert ONTOLOGY + "Event" in onto.declared  # a statement kind and an entity type
    for name in SYMMETRIC:
        assert OWL.SymmetricProperty in onto.types(ONTOLOGY + name), f"kg:{name} should be symmetric"


# -- 3. every kg: term kg writes is declared ------------------------------------------------

def test_every_kg_term_in_the_seeds_build_is_declared(seed_quads: list[Quad], onto: Ontology) -> None:
    problems = undeclared_terms(seed_quads, onto)
    assert not problems, "kg writes terms ontology/kg.ttl does not declare:\n" + "\n".join(problems)


def test_every_predicate_in_the_seeds_build_is_known(seed_quads: list[Quad], onto: Ontology) -> None:
    """Predicates are kg: terms, open relations (kgrel:) or the few reused ones listed in the README."""
    unknown = sorted({short(q.predicate.value) for q in seed_quads
                      if not q.predicate.value.startswith((ONTOLOGY, OPEN_RELATION))
                      and q.predicate.value not in EXTERNAL_PREDICATES})
    assert not unknown, f"document these in ontology/README.md and EXTERNAL_PREDICATES: {unknown}"
    # open relations (kgrel:) never are direct triples (issue 8): they stand only as the rdf:predicate of an
    # open statement, which says why it is no edge
    assert not [q for q in seed_quads if q.predicate.value.startswith(OPEN_RELATION)]
    open_statements = {q.subject for q in seed_quads if q.predicate.value == RDF_PREDICATE
                       and isinstance(q.object, NamedNode) and q.object.value.startswith(OPEN_RELATION)}
    assert len(open_statements) > 10
    typed = {q.subject for q in seed_quads
             if q.predicate.value == RDF_TYPE and q.object.value == ONTOLOGY + "OpenStatement"}
    reasons = {q.subject: q.object.value for q in seed_quads if q.predicate.value == ONTOLOGY + "openReason"}
    assert open_statements <= typed and set(reasons) == typed
    assert {reasons[s] for s in open_statements} <= {"open predicate", "negated"} | {
        reasons[s] for s in open_statements if reasons[s].startswith("hedged")}
    assert "open predicate" in {reasons[s] for s in open_statements}


def test_a_generic_phrase_mints_no_node(seed_quads: list[Quad]) -> None:
    """"Experts say Trump appears to be taking a cautious approach ...": "Experts" is a description of no one in
    particular (not a collective actor), so it is no node; its words stand on the open statement (issue 8)."""
    by_subject: dict[object, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for q in seed_quads:
        by_subject[q.subject][q.predicate.value].add(q.object.value)
    (experts,) = [props for props in by_subject.values() if props.get(ONTOLOGY + "subjectText") == {"Experts"}]
    assert RDF_SUBJECT not in experts
    assert experts[RDF_TYPE] >= {ONTOLOGY + "Statement", ONTOLOGY + "Attribution", ONTOLOGY + "OpenStatement"}
    assert experts[ONTOLOGY + "openReason"] == {"generic subject 'Experts'"}
    assert experts[RDF_PREDICATE] == {ONTOLOGY + "said"}
    assert not [s for s, props in by_subject.items() if "Experts" in props.get(PREFIXES["rdfs"] + "label", set())]
    # and a statement that is an edge has its direct triple, but no reason
    (met,) = [props for props in by_subject.values() if props.get(RDF_PREDICATE) == {ONTOLOGY + "met"}
              and "Ahead of the two leaders meetings" in next(iter(props.get(ONTOLOGY + "evidence", {""})))]
    assert ONTOLOGY + "OpenStatement" not in met[RDF_TYPE] and ONTOLOGY + "openReason" not in met
    (subject,), (obj,) = met[RDF_SUBJECT], met[PREFIXES["rdf"] + "object"]
    assert any(q.subject.value == subject and q.predicate.value == ONTOLOGY + "met" and q.object.value == obj
               for q in seed_quads)


def test_an_undeclared_term_is_caught(seed_graph, onto: Ontology) -> None:  # type: ignore[no-untyped-def]
    """The check above really fails when an extractor writes something new."""
    graph = NamedNode(ONTOLOGY.replace("ontology#", "id/graph/planted"))
    node = NamedNode(ONTOLOGY.replace("ontology#", "id/thing/planted"))
    seed_graph.store.extend([
        Quad(node, NamedNode(ONTOLOGY + "foo"), Literal("bar"), graph),
        Quad(node, NamedNode(RDF_TYPE), NamedNode(ONTOLOGY + "Bar"), graph),
    ])
    problems = undeclared_terms(seed_graph.store.quads(), onto)
    assert [p.split()[0] for p in problems] == ["kg:Bar", "kg:foo"], problems


# -- 4. domains and ranges on real data ---------------------------------------------------------

def test_seeds_respect_domains_and_ranges(seed_violations: list[Violation]) -> None:
    assert not seed_violations, f"{len(seed_violations)} triple(s) break ontology/kg.ttl:\n" + \
        "\n".join(map(str, seed_violations))


def test_domain_and_range_checks_catch_planted_errors(seed_quads: list[Quad], onto: Ontology) -> None:
    graph = seed_quads[0].graph_name
    trump = NamedNode("https://w3id.org/kg-news/id/entity/donald-trump")
    statement = next(q.subject for q in seed_quads
                     if q.predicate.value == RDF_TYPE and q.object.value == ONTOLOGY + "Statement")
    planted = [
        (trump, "met", Literal("Kim")),
        (statement, "charStart", Literal("twelve")),
        (statement, "charEnd", Literal("x", datatype=NamedNode(str(XSD.integer)))),
        (statement, "confidence", Literal("1.5", datatype=NamedNode(str(XSD.decimal)))),
        (statement, "time", Literal("yesterday")),
        (statement, "timeEnd", Literal("2019-02-30", datatype=NamedNode(str(XSD.date)))),
        (statement, "place", trump),
        (trump, "evidence", Literal("a person is no statement")),
        (trump, "typeVote", trump),  # a vote names a class of the ontology, not an entity
    ]
    quads = seed_quads + [Quad(s, NamedNode(ONTOLOGY + p), o, graph) for s, p, o in planted]
    found = {(v.check, short(v.prop)) for v in domain_range_violations(quads, onto)}
    expected = {("range", "kg:met"), ("range", "kg:charStart"), ("range", "kg:charEnd"),
                ("range", "kg:confidence"), ("range", "kg:time"), ("range", "kg:timeEnd"),
                ("range", "kg:place"), ("domain", "kg:evidence"), ("range", "kg:typeVote")}
    assert expected <= found, expected - found


def test_no_node_has_two_disjoint_classes(seed_quads: list[Quad], onto: Ontology) -> None:
    problems = disjointness_violations(seed_quads, onto)
    assert not problems, "\n".join(problems)


# -- the README's queries still answer ----------------------------------------------------------

def test_readme_queries_return_rows(seed_store_path: Path) -> None:
    from kg import KnowledgeGraph

    queries = re.findall(r"```sparql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    assert len(queries) >= 3
    graph = KnowledgeGraph.open(seed_store_path, read_only=True)
    for sparql in queries:
        assert len(graph.query(sparql)) > 0, sparql
    del graph  # not close(): KnowledgeGraph.close() flushes, which a read-only store refuses


# -- generated and packaged files -----------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_html_documentation_is_up_to_date(tmp_path: Path) -> None:
    """ontology/docs/index.html is pyLODE's rendering of kg.ttl: regenerate with python -m kg.export.docs."""
    if importlib.util.find_spec("pylode") is None:
        if os.environ.get("CI"):
            pytest.fail("pyLODE is a test extra and must be installed in CI: pip install '.[test]'")
        pytest.skip("pyLODE is a test extra: pip install '.[test]'")
    from kg.export.docs import TARGET, write

    fresh = write(tmp_path / "index.html", ONTOLOGY_FILE)
    assert fresh.read_bytes() == TARGET.read_bytes(), "stale: run python -m kg.export.docs and commit the result"
    html = fresh.read_text(encoding="utf-8")
    for term in ("evidenceSpan", "iso3166", "worksFor", "Statement"):
        assert f'id="{term}"' in html, term


def test_jsonld_context_has_a_term_for_every_property(onto: Ontology) -> None:
    """ontology/context.jsonld names every kg: property and class, with the coercion its range implies,
    and is what kg.export.jsonld.build_context makes of kg.ttl (python -m kg.export.docs)."""
    import json

    from kg.export.jsonld import build_context

    committed = (ROOT / "ontology" / "context.jsonld").read_bytes()
    assert build_context(ONTOLOGY_FILE) == committed, "stale: run python -m kg.export.docs and commit the result"
    context = json.loads(committed)["@context"]
    expanded = {}
    for name, definition in context.items():
        iri = definition if isinstance(definition, str) else definition["@id"]
        prefix, _, local = iri.partition(":")
        expanded[name] = (context[prefix] + local if prefix in context and isinstance(context[prefix], str)
                          and prefix != name else iri, None if isinstance(definition, str) else definition.get("@type"))
    by_iri = {iri: (name, coercion) for name, (iri, coercion) in expanded.items()}
    problems = []
    for term in sorted(onto.declared):
        if term not in by_iri:
            problems.append(f"{short(term)} has no term in context.jsonld")
            continue
        name, coercion = by_iri[term]
        if name != term[len(ONTOLOGY):]:
            problems.append(f"{short(term)} is called {name!r}")
        if OWL.ObjectProperty in onto.types(term) and coercion != "@id":
            problems.append(f"object property {short(term)} should be coerced to @id")
        if OWL.DatatypeProperty in onto.types(term):
            range_ = onto.range(term)
            base = onto.graph.value(range_, OWL.onDatatype) if isinstance(range_, rdflib.BNode) else range_
            wanted = None if base in (XSD.string, None) or not str(base).startswith(str(XSD)) else short(str(base))
            if coercion != wanted:
                problems.append(f"{short(term)} is coerced to {coercion}, not {wanted}")
    assert not problems, "\n".join(problems)
    assert all(context[p] == iri for p, iri in PREFIXES.items())


def test_ontology_files_are_packaged_with_kg() -> None:
    """kg/ontology links to ontology/, so the files kg validate and the JSON-LD export need install with kg."""
    from kg.validate import ontology_file

    for name in ("kg.ttl", "shapes.ttl", "context.jsonld", "docs/index.html"):
        assert ontology_file(name).resolve() == (ROOT / "ontology" / name).resolve(), name
