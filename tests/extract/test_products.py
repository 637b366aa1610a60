"""A name before a product's noun under a firm's possessive is the firm's product (kg/extract/context.py,
product_names; business.v1's ``owns``): the negatives.

Sentences are copied from Reuters-21578 and BBC sport articles outside the held-out splits and golds (the first
two from the judged sets' tuning articles, where the first draft of the rule went wrong); the positives are in
tests/extract/test_predicates.py ("its Xbox consoles", "its Windows operating system").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    pytest.param(  # reuters21578-902: "its" is Fisons', the subject, not the nearest firm's (Intral is a Fisons drug)
        "Fisons said the potential for future growth of Intral, as well as its Opticrom and Nasalcrom products, was "
        "clearly indicated by a strong 1986 performance.", id="its-is-the-subject-s"),
    pytest.param(  # reuters21578-7238: a place before the noun is where the cars are made, no product
        "Ford Motor Co said one of its U.S. car and one of its U.S. truck assembly plants will work overtime on "
        "Saturday, March 21.", id="a-place-is-no-product"),
    pytest.param(  # bbc-sport-338: a game in sport news is a match
        "Lewis Moody has flown to Dublin to join England's camp ahead of their RBS Six Nations game against Ireland "
        "on Sunday.", id="a-match-is-no-product"),
])
def test_no_product_owned(layers, text: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = layers(text)
    assert {t for t in direct if t[1] == "owns"} == set()


def test_a_name_the_article_uses_for_a_firm_is_no_product(layers) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1817 (two of its sentences): AMC builds cars of Renault's, the firm the article names."""
    text = ("France's Regie Nationale des Usines Renault has a controlling stake in American Motors. The Kenosha plant "
            "builds AMC's Renault cars and a line of Chrysler Corp <C> vehicles under a contract assembly deal.")
    direct, _ = layers(text)
    assert {t for t in direct if t[1] == "owns"} == set()
