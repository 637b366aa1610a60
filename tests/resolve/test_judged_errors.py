"""Errors the blind judges found in judged sets 17 and 18 (bench/judged/), each fixed and kept fixed.

These sentences come from articles of judged samples that have been judged already: no later set draws them
(bench/judged/sample.py skips every record an earlier set drew), so fixing them tunes no measurement to come.
Each test states the edge the judge's note says a careful reader would sign, or the one they would not.
"""

from __future__ import annotations

import pytest

from tests.resolve.test_trust_names import _strict_layers

pytestmark = pytest.mark.model


def test_a_place_after_a_comma_belongs_to_the_name_it_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-17413: "of Tokyo" is the parent's (the parse hangs it on the subject, the U.S. unit)."""
    text = ("Daiwa Securities America Inc, wholly owned by Daiwa Securities Co Ltd, of Tokyo, received approval to "
            "acquire a seat on the Toronto Stock Exchange for 361,000 Canadian dlrs, the exchange said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Daiwa Securities America Inc", "basedIn", "Tokyo") not in direct
    assert ("Daiwa Securities Co Ltd", "basedIn", "Tokyo") in direct


def test_a_place_after_the_second_of_two_firms_is_the_second_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-17438: "between Sony Corp and Prudential Life Assurance of the U.S.": Prudential's."""
    text = ("Equitable Life Insurance Co Ltd, American Life Insurance Co Ltd and Sony Prudential Life Insurance Co, which "
            "is a joint venture between Sony Corp and Prudential Life Assurance of the U.S., Are the three U.S. Insurers "
            "offering variable life here.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Sony Corp", "basedIn", "United States") not in direct


def test_a_portfolio_word_before_minister_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-10311: "Postal Minister Shunjiro Karasawa" works for no body called "Postal"."""
    text = ("In a letter sent yesterday, Postal Minister Shunjiro Karasawa told U.S. Commerce Secretary Malcolm Baldrige "
            "that the ministry does not object to foreign participation by those U.S. Firms that have expressed "
            "interest.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Postal"}


def test_bare_negotiators_say_not_whose_they_are(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-10530: "negotiators had already held extensive talks with the Japanese": whose?"""
    text = ("They said Reagan could also delay invoking sanctions for a week or two, giving Japan a final opportunity to "
            "end the dumping practice, but added that negotiators had already held extensive talks with the Japanese "
            "to no avail.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "negotiators"}
    assert ("negotiators", "talkedWith", "Japan") in kept_open


def test_a_unit_noun_inside_a_name_in_a_list_makes_no_parent(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-15031: a list of sellers, not "X, the Guard Services Division of Y" (X's parent); and
    "of Hackensack" is the company it follows, not the list's first."""
    text = ("It said it acquired guard service companies C.S.C. Security Gaurd Service of Paramus, N.J., from Cartel "
            "Security Consultants Inc, the Guard Services Division of Security Services of America of Wayne, N.J., "
            "Capital Investigations and Protective Agency of Hackensack, N.J., and Meyer Detective Agency Inc of "
            "National Park, N.J.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "subsidiaryOf"}
    assert {t for t in direct if t[2] == "Hackensack"} <= {
        ("Capital Investigations and Protective Agency", "basedIn", "Hackensack")}


def test_a_company_read_as_a_person_is_based_where_it_is_of(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-14896: "Mafina BV of Voorburg" is a firm (its "BV"), based there, not living there."""
    text = ("Mafina BV of Voorburg, a subsidiary of Petrofina SA <PETB.BR>, is issuing a minimum 200 mln franc seven "
            "year bond with warrants, paying two pct, lead manager Credit Suisse said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Mafina BV", "basedIn", "Voorburg") in direct
    assert not {t for t in direct if t[1] == "livesIn"}
