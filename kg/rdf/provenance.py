"""Where every statement comes from, in PROV-O and NIF.

Per article build kg writes (all IRIs derived from stable inputs, no blank nodes):

* an activity ``kgid:activity/<article>-<hash>`` (``prov:Activity``) that ``prov:used`` the
  article, ``prov:wasAssociatedWith`` the software agent and ``prov:startedAtTime`` the build;
* the software agent ``kgid:agent/kg-<version>-<model>`` (``prov:SoftwareAgent``): the kg
  package version and the spaCy model;
* the article's named graph as a ``prov:Entity`` that ``prov:wasGeneratedBy`` the activity at
  ``prov:generatedAtTime``;
* the article's text as a NIF context ``kgid:text/<article>#char=0,<length>`` and each evidence
  sentence as a ``nif:Sentence`` ``kgid:text/<article>#char=<start>,<end>`` (RFC 5147 offsets,
  the NIF convention) with ``nif:beginIndex``, ``nif:endIndex``, ``nif:anchorOf`` and
  ``nif:referenceContext``.

Each statement then gets ``prov:wasGeneratedBy`` the activity and ``kg:evidenceSpan`` (a
sub-property of ``prov:wasDerivedFrom``) the sentence.

Build time: ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) when set, else the
current UTC time, to the second.

Layer: rdf, over resolution; must not import kg.store or any layer above it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode

from kg.rdf.mint import article_iri, digest, graph_iri, slug
from kg.rdf.namespaces import NIF, RESOURCE, kg, term
from kg.types import Article, Span
from kg.version import __version__

Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]

RDF_TYPE = term("rdf", "type")
#: NIF's range for offsets is xsd:nonNegativeInteger, but Oxigraph stores every integer type as xsd:integer:
#: kg writes xsd:integer (always >= 0; the shapes check) so what is stored is what was written
XSD_INTEGER = term("xsd", "integer")
XSD_DATETIME = term("xsd", "dateTime")
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")


def nif(local: str) -> NamedNode:
    return NamedNode(NIF + local)


def kg_version() -> str:
    return __version__


def build_time(environ: dict[str, str] | os._Environ[str] | None = None) -> dt.datetime:
    """``SOURCE_DATE_EPOCH`` if set (reproducible builds), else now; UTC, whole seconds."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except (ValueError, OverflowError, OSError):
            pass  # a malformed value is ignored, as other reproducible-builds tools do
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def datetime_literal(moment: dt.datetime) -> Literal:
    return Literal(moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD_DATETIME)


def _name(text: str) -> str:
    """A version or model name as it is when IRI-safe (``en_core_web_sm-3.8.0``), else a slug."""
    return text if _SAFE_NAME.fullmatch(text) else slug(text)


def agent_iri(model: str) -> NamedNode:
    return NamedNode(f"{RESOURCE}agent/kg-{_name(kg_version())}-{_name(model)}")


def activity_iri(article: Article, content_hash: str) -> NamedNode:
    return NamedNode(f"{RESOURCE}activity/{slug(article.id)}-{digest(article.id, content_hash, kg_version())}")


def text_iri(article: Article, start: int, end: int) -> NamedNode:
    """The RFC 5147 / NIF string IRI of characters ``start``..``end`` of the article's body."""
    return NamedNode(f"{RESOURCE}text/{slug(article.id)}#char={start},{end}")


def context_iri(article: Article) -> NamedNode:
    return text_iri(article, 0, len(article.text))


def _index(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INTEGER)


def article_provenance(article: Article, *, model: str, content_hash: str,
                       generated_at: dt.datetime) -> Iterator[Triple]:
    """The activity, the agent, the generated graph and the NIF context of one article build."""
    article_node = article_iri(article.id)
    activity = activity_iri(article, content_hash)
    agent = agent_iri(model)
    when = datetime_literal(generated_at)
    yield activity, RDF_TYPE, term("prov", "Activity")
    yield activity, term("prov", "used"), article_node
    yield activity, term("prov", "wasAssociatedWith"), agent
    yield activity, term("prov", "startedAtTime"), when
    yield agent, RDF_TYPE, term("prov", "SoftwareAgent")
    yield agent, term("rdfs", "label"), Literal(f"kg {kg_version()} with {model}")
    yield agent, term("schema", "softwareVersion"), Literal(kg_version())
    yield agent, kg("nlpModel"), Literal(model)
    graph = graph_iri(article.id)
    yield graph, RDF_TYPE, term("prov", "Entity")
    yield graph, term("prov", "wasGeneratedBy"), activity
    yield graph, term("prov", "generatedAtTime"), when
    context = context_iri(article)
    yield context, RDF_TYPE, nif("Context")
    yield context, nif("beginIndex"), _index(0)
    yield context, nif("endIndex"), _index(len(article.text))
    yield context, nif("sourceUrl"), article_node


def statement_provenance(node: NamedNode, article: Article, sentence: Span, *,
                         content_hash: str) -> Iterator[Triple]:
    """Link a statement to its activity and its evidence sentence (a NIF string)."""
    span = text_iri(article, sentence.start, sentence.end)
    yield node, term("prov", "wasGeneratedBy"), activity_iri(article, content_hash)
    yield node, kg("evidenceSpan"), span
    yield span, RDF_TYPE, nif("Sentence")
    yield span, nif("beginIndex"), _index(sentence.start)
    yield span, nif("endIndex"), _index(sentence.end)
    yield span, nif("anchorOf"), Literal(sentence.text)
    yield span, nif("referenceContext"), context_iri(article)
