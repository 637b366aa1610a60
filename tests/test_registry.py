"""The extractor registry: a snapshot of every name, what it reads and what it may emit; stamping; refusals.

A change here is a change in provenance: bump the extractor's version when its output changes,
and update this snapshot in the same commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import spacy

import kg.resolve  # noqa: F401  (registers resolution's derived name)
from kg.errors import ExtractorError
from kg.extract import extract, registered_extractors
from kg.registry import _REGISTRY, OPEN, extractor
from kg.types import Mention, Relation, Span

PARSE = ("token.dep", "doc.ents")
ROLES = ("founded", "leaderOf", "memberOf", "playedFor", "spokespersonFor", "worksFor")

#: name -> (requires, the predicates it may emit, sorted; kind), in run order
SNAPSHOT: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "business.v1": (PARSE, ("owns", "subsidiaryOf"), "graph"),
    "business.deals.v1": (PARSE, ("acquired", "sold"), "graph"),
    "works.starring.v1": (PARSE, ("starredIn",), "graph"),
    "works.broadcast.v1": (PARSE, ("publisher",), "graph"),
    "works.cast.v1": (PARSE, ("starredIn",), "graph"),
    "documents.v1": (PARSE, ("datePublished", "publisher", "released"), "graph"),
    "events.nominal.v1": (PARSE, ("criticized", "met", "partneredWith", "sued", "talkedWith", "visited"), "graph"),
    "events.contest.v1": (PARSE, ("defeated",), "graph"),
    "family.v1": (PARSE, ("married", "relatedTo"), "graph"),
    "openie.v1": (("token.dep",), (OPEN,), "open IE"),
    "openie.apposition.v1": (("token.dep",), (OPEN,), "open IE"),
    "places.v1": (PARSE, ("basedIn", "bornIn", "citizenOf", "livesIn", "locatedIn", "playedFor"), "graph"),
    "quotes.v1": (PARSE, ("said",), "graph"),
    "quotes.stance.v1": (PARSE, ("accused", "criticized", "praised"), "graph"),
    "roles.teamsheet.v1": (("doc.ents",), ("leaderOf", "playedFor"), "graph"),
    "roles.copula.v1": (PARSE, tuple(sorted((*ROLES, "resignedFrom", "subsidiaryOf"))), "graph"),
    "roles.party.v1": (PARSE, ("memberOf",), "graph"),
    "roles.from.v1": (PARSE, ("worksFor",), "graph"),
    "roles.killers.v1": (PARSE, ("killed",), "graph"),
    "roles.v1": (PARSE, tuple(sorted((*ROLES, "citizenOf"))), "graph"),
    "svo.v1": (PARSE, (OPEN,), "graph"),
    "stance.affiliation.v1": ((), ("accused", "criticized", "opposed", "praised", "supported", "urged"), "derived"),
}


_BLANK = spacy.blank("en")  # a tokenizer only: no parser, no NER


def _doc(text: str = "Alice met Bob.", *, sentence: bool = True) -> Any:
    doc = _BLANK(text)
    if sentence and len(doc):
        doc[0].is_sent_start = True
    return doc


def _kind(entry: Any) -> str:
    return "derived" if entry.derived else "open IE" if entry.open_ie else "graph"


def test_registry_snapshot() -> None:
    found = {name: (e.requires, tuple(sorted(e.emits)), _kind(e)) for name, e in registered_extractors().items()}
    assert found == SNAPSHOT
    assert list(found) == list(SNAPSHOT)  # the order they run in
    for name, entry in registered_extractors().items():
        assert (entry.family, entry.version) == (name.rsplit(".v", 1)[0], int(name.rsplit(".v", 1)[1]))
        assert entry.doc, f"{name} has no docstring"


@pytest.fixture()
def probe() -> Iterator[str]:
    """A throwaway extractor that writes the wrong name into its relations."""

    @extractor("probe.v1", requires=(), emits=("met",))
    def probe_extractor(ctx: Any) -> Iterator[Relation]:
        """Yields one relation, badly labelled."""
        span = Span(0, 5, ctx.doc.text[:5])
        mention = Mention(span, "Person")
        yield Relation(mention, "met", mention, span, "someone.else.v9", 0.5)

    yield "probe.v1"
    del _REGISTRY["probe.v1"]


def test_relations_carry_the_registered_name(probe: str) -> None:
    doc = _doc()
    (relation,) = extract(doc, only=[probe]).relations
    assert relation.extractor == probe


def test_an_undeclared_predicate_is_refused(probe: str) -> None:
    _REGISTRY[probe] = _REGISTRY[probe].__class__(**{**_REGISTRY[probe].__dict__, "emits": ("visited",)})
    doc = _doc()
    with pytest.raises(ExtractorError, match=r"^\[KG060\] extractor probe.v1 yielded the predicate 'met'"):
        extract(doc, only=[probe])


def test_unknown_names_are_refused() -> None:
    doc = _doc(sentence=False)
    with pytest.raises(ExtractorError, match=r"^\[KG060\] no extractor named 'nope.v1'; the registered ones are "):
        extract(doc, only=["svo.v1", "nope.v1"])
    with pytest.raises(ExtractorError, match=r"no extractor named 'stance.affiliation.v1'"):
        extract(doc, only=["stance.affiliation.v1"])  # derived by resolution: nothing to run


def test_a_parse_without_what_an_extractor_requires_is_refused() -> None:
    doc = _doc(sentence=False)  # no parser, no NER
    with pytest.raises(ExtractorError, match=r"requires token.dep, which this parse lacks"):
        extract(doc)
    assert extract(_doc("")).relations == ()  # nothing to read, nothing required


def test_names_are_checked_when_registered() -> None:
    with pytest.raises(ValueError, match="is already registered"):
        extractor("svo.v1", emits=("met",))(lambda ctx: iter(()))
    with pytest.raises(ValueError, match="is not family.vN"):
        extractor("Svo", emits=("met",))(lambda ctx: iter(()))
    with pytest.raises(ValueError, match="requires"):
        extractor("x.v1", requires=("token.lemma",), emits=("met",))(lambda ctx: iter(()))
    assert "x.v1" not in registered_extractors()


@pytest.mark.model
def test_every_stored_extractor_name_is_registered(seed_store_path: Any) -> None:
    from kg import KnowledgeGraph

    with KnowledgeGraph.open(seed_store_path, read_only=True) as graph:
        names = {row["x"] for row in graph.query("SELECT DISTINCT ?x WHERE { ?st kg:extractor ?x }").values()}
    assert names and names <= set(registered_extractors())
