"""Documents with publisher and date (documents.v1)."""

from __future__ import annotations

import datetime as dt

import pytest

SEED_DATE = dt.date(2024, 10, 11)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the seed article
        'However, according to a 2014 U.N. report, the North was committing "widespread and gross" human rights '
        "abuses.",
        {("2014 U.N. report", "datePublished", "2014"), ("2014 U.N. report", "publisher", "U.N.")},
        id="seed-un-report",
    ),
    pytest.param(  # the seed article: a relative clause, a relative date
        "Another report that Human Rights Watch released last year said North Korean officials such as police "
        "officers and detention facility guards frequently assaulted people, including women.",
        {("report", "datePublished", "2023"), ("report", "publisher", "Human Rights Watch"),
         ("Human Rights Watch", "released", "report")},
        id="seed-hrw-released",
    ),
    pytest.param(
        "A 2006 study by Harvard University found that the drug was safe.",
        {("2006 study", "datePublished", "2006"), ("2006 study", "publisher", "Harvard University")},
        id="study-by",
    ),
    pytest.param(  # Reuters-21578 1999
        "The U.S. economy is facing several serious problems which threaten its continued expansion, according "
        "to a Congressional report released today.",
        {("Congressional report", "released", "1987-03-18")},
        marks=pytest.mark.xfail(strict=True, reason="a participle ('report released today') is not read as a date"),
        id="participle-date",
    ),
])
def test_documents(triples, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(text, "documents.v1", anchor=SEED_DATE) == expected
