"""Run one extractor family over a real sentence and compare exact triples."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kg.extract import extract
from kg.types import Mention, TimeValue

Triple = tuple[str, str, str]


def _object(value: object) -> str:
    if isinstance(value, Mention):
        return value.span.text
    if isinstance(value, TimeValue):
        return value.value
    return str(value)


@pytest.fixture(scope="session")
def triples(nlp) -> Callable[..., set[Triple]]:  # type: ignore[no-untyped-def]
    """``triples(text, "roles.v1")`` -> {(subject text, predicate, object text)} of that extractor."""

    def run(text: str, *extractors: str, anchor: dt.date | None = None) -> set[Triple]:
        extraction = extract(nlp(text), anchor=anchor, only=extractors)
        return {(r.subject.span.text, r.predicate, _object(r.object)) for r in extraction.relations}

    return run


@pytest.fixture(scope="session")
def relations(nlp):  # type: ignore[no-untyped-def]
    """The full Relation objects of the named extractors, for checking place/time/flags."""

    def run(text: str, *extractors: str, anchor: dt.date | None = None):  # type: ignore[no-untyped-def]
        return list(extract(nlp(text), anchor=anchor, only=extractors).relations)

    return run
