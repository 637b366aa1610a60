"""business.deals.v1: a deal said to be done ("completed the sale of X to Y", "closed the acquisition of X from Y")
is a sale by one party and an acquisition by the other (kg/extract/business.py).

Sentences are copied verbatim from Reuters-21578 articles outside bench/entitygold, bench/judged and the held-out
ids; each expectation was written from the sentence. A deal still to be completed is an open statement; a stake,
shares or assets sold are parts of a firm, not the firm; a firm named in the possessive owns the thing sold.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


@pytest.mark.parametrize("text,expected", [
    pytest.param(  # reuters21578-17782: a unit named before its noun; the buyer after "to"
        "Allied-Signal Inc said it completed the sale of its MPB Corp unit to Bearing Acquisition Corp for 145 mln "
        "dlrs plus assumption of certain MPB liabilities.",
        {("Allied-Signal Inc", "sold", "MPB Corp"), ("Bearing Acquisition Corp", "acquired", "MPB Corp")},
        id="sale-of-a-unit-to"),
    pytest.param(  # reuters21578-498: the seller after "from"
        "UtiliCorp United Inc said it completed the acquisition of West Virginia Power from Dominion Resources for "
        "about 21 mln dlrs.",
        {("UtiliCorp United Inc", "acquired", "West Virginia Power"),
         ("Dominion Resources", "sold", "West Virginia Power")},
        id="acquisition-from"),
    pytest.param(  # reuters21578-558: "it" is the reporting subject's
        "Hoechst AG of West Germany said it has completed the acquisition of Celanese Corp.",
        {("Hoechst AG", "acquired", "Celanese Corp.")}, id="it-completed"),
    pytest.param(  # reuters21578-3367
        "National Distillers and Chemical Corp said it completed the sale of Almaden Vineyards Inc to Heublein Inc "
        "for about 128 mln dlrs.",
        {("National Distillers and Chemical Corp", "sold", "Almaden Vineyards Inc"),
         ("Heublein Inc", "acquired", "Almaden Vineyards Inc")},
        id="sale-of-a-firm-to"),
    pytest.param(  # reuters21578-595: the unit named after its noun, in apposition
        "Commercial Credit Co said it has completed the sale of its domestic vehicle leasing unit, McCullagh Leasing "
        "Inc, the New England Merchants Leasing Corp for an after-tax gain of 17 mln dlrs.",
        {("Commercial Credit Co", "sold", "McCullagh Leasing Inc")}, id="unit-in-apposition"),
    pytest.param(  # reuters21578-12028
        "Delta Air Lines Inc said it completed the acquisition of Western Air Lines Inc this morning.",
        {("Delta Air Lines Inc", "acquired", "Western Air Lines Inc")}, id="acquisition-of"),
])
def test_a_done_deal_is_a_sale_and_an_acquisition(layers, text: str,  # type: ignore[no-untyped-def]
                                                 expected: set[Triple]) -> None:
    direct, _ = layers(text)
    assert {t for t in direct if t[1] in {"sold", "acquired"}} == expected


@pytest.mark.parametrize("text,open_triple,reason", [
    pytest.param(  # reuters21578-11418: a deal to be completed
        "He said Arvin will complete the purchase of Systems Research Laboratories in the second quarter of 1987.",
        ("Arvin", "acquired", "Systems Research Laboratories"), "hedged: future", id="will-complete"),
])
def test_a_deal_to_be_done_is_open(layers, text: str, open_triple: Triple,  # type: ignore[no-untyped-def]
                                   reason: str) -> None:
    direct, opened = layers(text)
    assert not {t for t in direct if t[1] in {"sold", "acquired"}}
    assert opened[open_triple].startswith(reason)


@pytest.mark.parametrize("text", [
    pytest.param(  # reuters21578-3400: a stake of a firm is no firm bought
        "Conagra said it also completed the previously announced acquisition of <Bristol Monarch Corp> and that "
        "Trident completed the purchase of the remaining 50 pct stake of <San Juan Seafoods Inc.>", id="a-stake"),
    pytest.param(  # reuters21578-1798: shares, however many
        "Banner Industries Inc said it completed the purchase of all Rexnord Inc <REX> common shares for its 26.25 "
        "dlrs per share cash tender offer that ended Feb 27, 1987.", id="shares"),
    pytest.param(  # reuters21578-9059: the firm in the possessive owned the division sold, which has no name
        "Kirschner Medical corp said it completed the acquisition of Minnesota Mining and Manufacturing's <MMM> "
        "orthopedic metal implant line division.", id="the-owner-s-possessive"),
])
def test_no_firm_is_dealt_in(layers, text: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = layers(text)
    assert not {t for t in direct if t[1] in {"sold", "acquired"} and "Bristol" not in t[2]}
