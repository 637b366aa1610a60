"""One resolved article -> the quads of its named graph.

Two layers. Every relation gets a statement node (``rdf:subject``/``rdf:predicate``/
``rdf:object``) carrying place, time, the evidence sentence and its character
offsets, the extractor, its confidence and the article it came from. Only the
relations kg/resolve/trust.py lets into the *entity graph* also get a direct triple
between entity IRIs (``kgid:entity/donald-trump kg:met kgid:entity/kim-jong-un``),
so simple SPARQL, the explorer and the network exports see only signed claims. The
others are ``kg:OpenStatement`` nodes with their ``kg:openReason`` (negated, hedged,
open predicate, generic or unresolved argument, sense check, self-loop); a generic
phrase mints no node: its words are the literal ``rdf:object`` or ``kg:subjectText``.

Layer: rdf, over resolution; must not import kg.store or any layer above it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from kg.extract.context import brackets_pair
from kg.extract.vocabulary import SYMMETRIC
from kg.rdf.link import GAZETTEER, place_links
from kg.rdf.mint import ENTITIES_GRAPH, article_iri, entity_iri, graph_iri, predicate_iri, statement_iri
from kg.rdf.namespaces import kg, term
from kg.rdf.provenance import agent_iri, article_provenance, build_time, statement_provenance
from kg.resolve import ResolvedArticle, entity_key
from kg.resolve.trust import open_reason
from kg.types import Mention, Relation, TimeValue

RDF_TYPE = term("rdf", "type")
LABEL = term("rdfs", "label")
ALT_LABEL = term("skos", "altLabel")
XSD_INTEGER = term("xsd", "integer")
XSD_DECIMAL = term("xsd", "decimal")
XSD_BOOLEAN = term("xsd", "boolean")
NAMED_TYPES = {"Person", "Organization", "Place", "Event", "Product", "Work"}
#: literal attributes of a relation that describe its object rather than the statement
OBJECT_ATTRIBUTES = {"quoteText"}
BOOLEAN_ATTRIBUTES = {"direct", "roleFormer"}


def time_literal(value: TimeValue, *, end: bool = False) -> Literal:
    lexical = value.end_value if end and value.end_value else value.value
    return Literal(lexical, datatype=term("xsd", value.datatype))


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INTEGER)


def keeps(relation: Relation, resolved: ResolvedArticle) -> bool:
    """Whether a relation is written at all: one of its ends must be a node (a named thing, a document, a quote)."""
    arguments = [relation.subject] + ([relation.object] if isinstance(relation.object, Mention) else [])
    return any(not resolved.entity(m).generic and (m.ner_label or resolved.entity(m).type in {"Document", "Quote"})
               for m in arguments)


def article_quads(resolved: ResolvedArticle, *, model: str, content_hash: str,
                  generated_at: dt.datetime | None = None) -> list[Quad]:
    """All quads of one article's named graph, in a deterministic order.

    Guarantees: every IRI is valid (pyoxigraph checks), every statement has
    its evidence sentence, offsets, extractor, confidence and article, and its
    provenance in PROV-O and NIF (kg/rdf/provenance.py). ``generated_at``
    defaults to the build time (``SOURCE_DATE_EPOCH`` when set).
    """
    article = resolved.article
    graph = graph_iri(article.id)
    triples = list(_article_triples(resolved, content_hash=content_hash, model=model))
    triples += list(article_provenance(article, model=model, content_hash=content_hash,
                                       generated_at=generated_at or build_time()))
    triples += list(_entity_triples(resolved))
    for relation in resolved.relations:
        if keeps(relation, resolved):
            triples += list(_relation_triples(resolved, relation, model=model, content_hash=content_hash))
    shared = _shared_subjects(resolved, model)
    # generation order is deterministic already; exports sort, the store needs no order
    return [Quad(s, p, o, ENTITIES_GRAPH if s in shared and p in SHARED_PREDICATES else graph)
            for s, p, o in dict.fromkeys(triples)]


#: what is said about a named entity the same way in every article that names it
SHARED_PREDICATES = frozenset({RDF_TYPE, LABEL, term("schema", "sameAs"), kg("iso3166"),
                               term("schema", "softwareVersion"), kg("nlpModel")})


def _shared_subjects(resolved: ResolvedArticle, model: str) -> set[NamedNode]:
    """Named entities (not descriptions or quotes scoped to the article), bylines, the software agent.

    Their type and label go to :data:`ENTITIES_GRAPH` once, instead of into every article graph:
    Oxigraph's union of graphs keeps a triple once per graph, so a label repeated in N articles
    made "?e a ?t ; rdfs:label ?l" join N x N times over the union.
    """
    keys = [key for key in resolved.entities if key.count("/") == 1]
    keys += [entity_key("Person", author) for author in resolved.article.authors]
    return {entity_iri(key) for key in keys} | {agent_iri(model)}


Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]


def _article_triples(resolved: ResolvedArticle, *, content_hash: str, model: str) -> Iterator[Triple]:
    article = resolved.article
    node = article_iri(article.id)
    yield node, RDF_TYPE, term("schema", "NewsArticle")
    yield node, kg("articleId"), Literal(article.id)
    yield node, kg("contentHash"), Literal(content_hash)
    yield node, kg("nlpModel"), Literal(model)
    if article.title:
        yield node, term("schema", "headline"), Literal(article.title)
        yield node, LABEL, Literal(article.title)
    if article.date:
        yield node, term("schema", "datePublished"), Literal(article.date.isoformat(), datatype=term("xsd", "date"))
    if article.url:
        yield node, term("schema", "url"), Literal(article.url, datatype=term("xsd", "anyURI"))
    if article.source:
        yield node, term("schema", "publisher"), Literal(article.source)
    if article.dateline:
        yield node, term("schema", "dateline"), Literal(article.dateline)
    labelled: set[str] = set(resolved.entities)  # the text names the author too: that entity's label stands
    for author in article.authors:
        key = entity_key("Person", author)
        yield node, term("schema", "author"), entity_iri(key)
        if key not in labelled:  # one label per node, even for two bylines that fold alike
            labelled.add(key)
            yield entity_iri(key), RDF_TYPE, kg("Person")
            yield entity_iri(key), LABEL, Literal(author)


def _entity_triples(resolved: ResolvedArticle) -> Iterator[Triple]:
    article = article_iri(resolved.article.id)
    for key, entity in resolved.entities.items():
        if entity.generic:
            continue  # no node for "mails" or an unresolved "he": its words stay on the statement
        node = entity_iri(key)
        yield node, RDF_TYPE, kg(entity.type)
        if key.count("/") == 1:
            # this article's reading of type and label; the store settles the one of each across articles
            # (kg/store/base.py settle_types)
            yield node, kg("typeVote"), kg(entity.type)
            if brackets_pair(entity.label):  # "Salomon (Brothers" (of "Salomon (Brothers), Merrill (Lynch)", the
                # article's only name for the firm) names it, the same IRI, but gives way to another article's whole name
                yield node, kg("labelVote"), Literal(entity.label)
        yield node, LABEL, Literal(entity.label)
        for alias in sorted(entity.aliases):
            yield node, ALT_LABEL, Literal(alias)
        if entity.type in NAMED_TYPES:
            yield article, term("schema", "mentions"), node
        if entity.type == "Place":
            yield from place_links(node, entity.label)  # GeoNames / ISO 3166, offline (kg/rdf/link.py)
    for relation in resolved.relations:
        # a quote's words belong on the quote, not on a person a stance is about
        if isinstance(relation.object, Mention) and relation.object.type == "Quote":
            for name, value in relation.attributes:
                if name in OBJECT_ATTRIBUTES:
                    yield entity_iri(resolved.key_of[relation.object]), kg(name), Literal(value)


def _relation_triples(resolved: ResolvedArticle, relation: Relation, *, model: str,
                      content_hash: str = "") -> Iterator[Triple]:
    article = resolved.article
    subject_entity = resolved.entity(relation.subject)
    subject: NamedNode | Literal = (Literal(relation.subject.span.text) if subject_entity.generic
                                    else entity_iri(subject_entity.key))
    predicate = predicate_iri(relation.predicate)
    obj: NamedNode | Literal
    if isinstance(relation.object, Mention):
        object_entity = resolved.entity(relation.object)
        obj = Literal(relation.object.span.text) if object_entity.generic else entity_iri(object_entity.key)
    elif isinstance(relation.object, TimeValue):
        obj = time_literal(relation.object)
    else:
        obj = Literal(relation.object)
    reason = open_reason(relation, resolved.entity, GAZETTEER)
    if reason is None and isinstance(subject, NamedNode):
        yield subject, predicate, obj
        if relation.predicate in SYMMETRIC and isinstance(obj, NamedNode):
            yield obj, predicate, subject
    node = statement_iri(article.id, str(relation.sentence.start), str(subject), str(predicate), str(obj),
                         relation.extractor)
    yield node, RDF_TYPE, kg("Statement")
    if relation.kind != "Statement":
        yield node, RDF_TYPE, kg(relation.kind)
    if reason is not None:
        yield node, RDF_TYPE, kg("OpenStatement")
        yield node, kg("openReason"), Literal(reason)
    if isinstance(subject, NamedNode):
        yield node, term("rdf", "subject"), subject
    else:
        yield node, kg("subjectText"), subject  # a generic phrase is no node: its words stand here
    yield node, term("rdf", "predicate"), predicate
    yield node, term("rdf", "object"), obj
    yield node, term("prov", "wasDerivedFrom"), article_iri(article.id)
    yield node, kg("evidence"), Literal(relation.sentence.text)
    yield node, kg("charStart"), _integer(relation.sentence.start)
    yield node, kg("charEnd"), _integer(relation.sentence.end)
    yield node, kg("extractor"), Literal(relation.extractor)
    yield node, kg("nlpModel"), Literal(model)
    yield node, kg("confidence"), Literal(f"{relation.confidence:.3f}", datatype=XSD_DECIMAL)
    yield from statement_provenance(node, article, relation.sentence, content_hash=content_hash)
    if relation.surface:
        yield node, kg("surface"), Literal(relation.surface)
    if relation.place is not None:
        yield node, kg("place"), entity_iri(resolved.key_of[relation.place])
    if relation.time is not None:
        yield node, kg("time"), time_literal(relation.time)
        yield node, kg("timeText"), Literal(relation.time.text)
        if relation.time.end_value:
            yield node, kg("timeEnd"), time_literal(relation.time, end=True)
    if relation.negated:
        yield node, kg("negated"), Literal("true", datatype=XSD_BOOLEAN)
    if relation.hedged:
        yield node, kg("hedged"), Literal("true", datatype=XSD_BOOLEAN)
    for name, value in relation.attributes:
        if name in BOOLEAN_ATTRIBUTES:
            yield node, kg(name), Literal(value, datatype=XSD_BOOLEAN)
        elif name not in OBJECT_ATTRIBUTES:
            yield node, kg(name), Literal(value)
