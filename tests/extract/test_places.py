"""Places in places, organisations based somewhere, people from somewhere (places.v1).

Sentences from CoNLL04's training split (AP and WSJ newswire).
"""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        "Jacobs has said that he would not receive a fair trial in Robeson County , N.C. , and that he fears for his "
        "life if he is returned there .",
        {("Robeson County", "locatedIn", "N.C.")},
        id="comma-apposition",
    ),
    pytest.param(
        "Woodrow Wilson ( 28th President ) : Born at about midnight , leaving the date in doubt , Dec. 28 or 29 , "
        "1856 , in a Presbyterian manse in Staunton , Va .",
        {("Staunton", "locatedIn", "Va")},
        id="town-and-state",
    ),
    pytest.param(
        "Dr. David Graham of the Veterans Administration Center in Houston , who has also studied the new drug , said "
        "some experts are concerned .",
        {("Veterans Administration Center", "basedIn", "Houston")},
        id="organisation-in-city",
    ),
    pytest.param(  # a list of places is not a location
        "The Houston-based company said it would cut 500 jobs in Paris , London and Rome .",
        set(),
        id="list-is-not-location",
    ),
    pytest.param(
        "The rig , leased by Chevron from Avis Bourg Co. of Folsom , was on its side in about 25 feet of water , a "
        "Coast Guard spokesman said .",
        {("Avis Bourg Co.", "basedIn", "Folsom")},
        marks=pytest.mark.xfail(strict=True, reason="the small model does not tag Avis Bourg Co. as an ORG"),
        id="company-of-town",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places(triples, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(text, "places.v1") == expected


@pytest.mark.model
def test_person_of_organisation_works_for_it(triples) -> None:  # type: ignore[no-untyped-def]
    text = ("The explosion set fire to about 100 yards of wooded area , said Lt. Jim Bowell of the Butler Township "
            "Fire Department .")
    assert triples(text, "roles.v1") == {("Jim Bowell", "worksFor", "Butler Township Fire Department")}


@pytest.mark.model
def test_a_demonym_stays_with_its_own_conjunct(triples) -> None:  # type: ignore[no-untyped-def]
    # Wikinews (seeds/meantime_wikinews.jsonl, meantime-en-87805)
    found = triples("Although bans were lifted on Pakistani flag carrier Pakistan International Airlines and Surinam "
                    "carrier Blue Wing Airlines, the sanctions on Indonesian airlines remained in force.", "places.v1")
    assert ("Blue Wing Airlines", "basedIn", "Pakistani") not in found


@pytest.mark.model
def test_a_squad_s_player_of_a_nation_plays_for_it(triples) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-339: in team-sport news "Gordon Bullock of Scotland" in a squad plays for Scotland (a blind judge
    found him made Scotland's national); a runner "of Kenya" stays one (tests/extract/test_roles.py)."""
    text = ("Ireland's Brian O'Driscoll is one of four Six Nations captains included in the Northern Hemisphere squad "
            "for the IRB Rugby Aid match on 5 March. France's Fabien Pelous, Gordon Bullock of Scotland and Italy's "
            "Marco Bortolami are also in the Northern party.")
    assert triples(text, "places.v1") == {("Gordon Bullock", "playedFor", "Scotland")}
