"""Content negotiation: Accept and format= to result formats (no server needed)."""

from __future__ import annotations

import pytest

from kg.errors import NotAcceptableError
from kg.query.protocol import Negotiated, content_type, negotiate, parse_accept


@pytest.mark.parametrize(("accept", "expected"), [
    (None, Negotiated("json", "turtle")),
    ("", Negotiated("json", "turtle")),
    ("*/*", Negotiated("json", "turtle")),
    ("application/sparql-results+xml", Negotiated("xml", None)),
    ("text/csv;q=0.5, text/tab-separated-values", Negotiated("tsv", None)),
    ("application/json", Negotiated("json", "jsonld")),
    ("text/turtle, application/sparql-results+json;q=0.9", Negotiated("json", "turtle")),
    ("application/n-triples;q=0.1, text/turtle;q=0.2", Negotiated(None, "turtle")),
    ("text/*", Negotiated("csv", "turtle")),
    ("image/png", Negotiated(None, None)),
    ("text/csv;q=0, */*;q=0.1", Negotiated("json", "turtle")),
    ("text/csv;q=abc", Negotiated(None, None)),
    ("TEXT/CSV", Negotiated("csv", None)),
])
def test_accept(accept: str | None, expected: Negotiated) -> None:
    assert negotiate(accept) == expected


@pytest.mark.parametrize(("param", "expected"), [
    ("json", Negotiated("json", "jsonld")),
    ("CSV", Negotiated("csv", None)),
    ("ttl", Negotiated(None, "turtle")),
    ("nt", Negotiated(None, "ntriples")),
    ("json-ld", Negotiated(None, "jsonld")),
    ("text/tab-separated-values", Negotiated("tsv", None)),
])
def test_format_param_wins_over_accept(param: str, expected: Negotiated) -> None:
    assert negotiate("application/sparql-results+xml", param) == expected


def test_unknown_format_param_is_406() -> None:
    with pytest.raises(NotAcceptableError, match=r"^\[KG085\]") as caught:
        negotiate(None, "pdf")
    assert caught.value.status == 406


def test_parse_accept_orders_by_quality_then_specificity() -> None:
    assert [m for m, _ in parse_accept("*/*;q=0.5, text/*;q=0.5, text/csv;q=0.5, a/b")] == ["a/b", "text/csv", "text/*", "*/*"]


def test_content_types() -> None:
    assert content_type("json") == "application/sparql-results+json; charset=utf-8"
    assert content_type("ntriples") == "application/n-triples; charset=utf-8"
    assert Negotiated("csv", None).for_form("CONSTRUCT") is None
    assert Negotiated("csv", None).for_form("ASK") == "csv"
