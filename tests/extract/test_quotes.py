"""Quotes with their speakers (quotes.v1) and the stance they carry (quotes.stance.v1)."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_ARTICLE

CASES = [
    pytest.param(  # the seed article
        '"Both leaders must ensure that human rights are a focal point of this summit," Bencosme said.',
        {("Bencosme", "said", "Both leaders must ensure that human rights are a focal point of this summit")},
        id="seed-quote-then-cue",
    ),
    pytest.param(  # MEANTIME 61389
        '"The response has been massive," said Julien Talavan, a spokesman for Force Ouvrière, the main Airbus '
        "union in France.",
        {("Julien Talavan", "said", "The response has been massive")},
        id="cue-then-speaker",
    ),
    pytest.param(  # Reuters-21578 791: the source named by "according to"
        "The Commodity Futures Trading Commission approved the rule change in February, according to a CFTC "
        "spokeswoman.",
        {("CFTC spokeswoman", "said",
          "The Commodity Futures Trading Commission approved the rule change in February")},
        id="according-to-after",
    ),
    pytest.param(  # the seed article: indirect speech
        "Experts say Trump appears to be taking a cautious approach to dealing with the issue out of concerns "
        "that a blunt approach would solve nothing but derail nuclear diplomacy.",
        {("Experts", "said", "Trump appears to be taking a cautious approach to dealing with the issue out of "
                             "concerns that a blunt approach would solve nothing but derail nuclear diplomacy")},
        id="indirect-speech",
    ),
    pytest.param(  # MEANTIME 199629: another cue verb, reported as said
        "Apple confirmed that Papermaster was leaving the company.",
        {("Apple", "said", "that Papermaster was leaving the company")},
        id="cue-confirmed",
    ),
    pytest.param(  # Reuters-21578 868
        "Ford Europe's net earnings soared by 71 per cent last year to 559 mln dlrs, Kenneth Whipple, chairman "
        "of Ford Europe, said.",
        {("Kenneth Whipple", "said", "Ford Europe's net earnings soared by 71 per cent last year to 559 mln dlrs")},
        marks=pytest.mark.xfail(strict=True, reason="the parser attaches the speaker as an apposition, not a subject"),
        id="speaker-after-content",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(triples, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(text, "quotes.v1") == expected


@pytest.fixture(scope="module")
def seed_body() -> str:
    from kg.ingest import read_articles

    (article,) = read_articles([SEED_ARTICLE])
    return article.text  # type: ignore[union-attr]


@pytest.mark.model
def test_quote_paragraphs_continue_the_speaker(triples, seed_body: str) -> None:  # type: ignore[no-untyped-def]
    said = {(s, o[:40]) for s, p, o in triples(seed_body, "quotes.v1") if p == "said"}
    assert said == {
        ("Francisco Bencosme", "Over a year ago, President Trump stood i"),
        ("Francisco Bencosme", "Since then, President Trump has repeated"),  # same paragraph, no cue
        ("Francisco Bencosme", "The people of North Korea have endured e"),  # next paragraph, no cue
        ("2014 U.N. report", "the North was committing \"widespread and"),
        ("report", "North Korean officials such as police of"),
        ("Experts", "Trump appears to be taking a cautious ap"),
        ("Bencosme", "Both leaders must ensure that human righ"),
        ("Bencosme", "No country is exempt from international "),
    }


@pytest.mark.model
def test_criticism_carried_by_quotes(triples, seed_body: str) -> None:  # type: ignore[no-untyped-def]
    # "has repeatedly disregarded the human rights ..." and "has turned his back on them"
    assert triples(seed_body, "quotes.stance.v1") == {("Francisco Bencosme", "criticized", "Trump")}


@pytest.mark.model
def test_negated_criticism_is_not_criticism(triples) -> None:  # type: ignore[no-untyped-def]
    text = '"President Trump has not ignored the issue," said Francisco Bencosme of Amnesty International.'
    assert triples(text, "quotes.stance.v1") == set()
