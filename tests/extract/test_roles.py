"""Roles from titles and appositions (roles.v1), on real news sentences."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(  # the seed article's photo caption
        "U.S. President Donald Trump looks at North Korean leader Kim Jong-un during their one-on-one "
        "meeting in Hanoi, Feb. 28.",
        {("Donald Trump", "leaderOf", "U.S."), ("Kim Jong-un", "leaderOf", "North Korean")},
        id="seed-caption-titles",
    ),
    pytest.param(  # the seed article: apposition, employer after "at", the branch's owner
        '"Over a year ago, President Trump stood in front of Congress and pledged to challenge North Korea\'s '
        'human rights record," said Francisco Bencosme, advocacy manager for Asia-Pacific at Amnesty '
        "International's U.S. branch.",
        {("Francisco Bencosme", "worksFor", "Amnesty International")},
        id="seed-apposition-branch",
    ),
    pytest.param(  # MEANTIME (Wikinews) 87805
        "Indonesian President Susilo Bambang Yudhoyono has already postponed a diplomatic visit to Europe, "
        "citing the ban as his reason.",
        {("Susilo Bambang Yudhoyono", "leaderOf", "Indonesian")},
        id="demonym-title",
    ),
    pytest.param(  # MEANTIME 199629
        "When Apple CEO Steve Jobs first introduced iPhone 4, he praised the device's antenna design.",
        {("Steve Jobs", "leaderOf", "Apple")},
        id="company-ceo",
    ),
    pytest.param(  # MEANTIME 87805
        "Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that local airlines "
        "should not purchase aircraft from European manufacturers, such as Airbus.",
        {("Jusman Syafii Djamal", "worksFor", "Indonesia")},
        id="minister-for-country",
    ),
    pytest.param(  # MEANTIME 199629
        "Mark Papermaster, formerly an Apple Inc. executive overseeing hardware engineering for the "
        "company's iPhone, is stepping down from his post.",
        {("Mark Papermaster", "worksFor", "Apple Inc.")},
        id="apposition-executive",
    ),
    pytest.param(  # Reuters-21578 868
        "Ford Europe's net earnings soared by 71 per cent last year to 559 mln dlrs, Kenneth Whipple, "
        "chairman of Ford Europe, said.",
        {("Kenneth Whipple", "leaderOf", "Ford Europe")},
        id="chairman-of",
    ),
    pytest.param(  # Reuters-21578 175
        "Treasury Secretary James Baker, Federal Reserve Board chairman Paul Volcker and International "
        "Monetary Fund managing director Michel Camdessus before travelling to Europe at the weekend.",
        {("James Baker", "worksFor", "Treasury"), ("Paul Volcker", "leaderOf", "Federal Reserve Board"),
         ("Michel Camdessus", "leaderOf", "International Monetary Fund")},
        marks=pytest.mark.xfail(strict=True, reason="the third title in a list is parsed without its organisation"),
        id="three-titles",
    ),
    pytest.param(  # MEANTIME 61389
        '"The response has been massive," said Julien Talavan, a spokesman for Force Ouvrière, the main '
        "Airbus union in France.",
        {("Julien Talavan", "worksFor", "Force Ouvrière")},
        marks=pytest.mark.xfail(strict=True, reason="the small model does not tag Force Ouvrière as an ORG"),
        id="spokesman-for-union",
    ),
    pytest.param(  # Reuters-21578 838
        "The Montreal Exchange said it named Bruno Riverin, president of Quebec's Caisse centrale "
        "Desjardins, as its new president and chief executive officer.",
        {("Bruno Riverin", "leaderOf", "Caisse centrale Desjardins")},
        marks=pytest.mark.xfail(strict=True, reason="NER keeps only 'Desjardins' of the French name"),
        id="president-of-french-name",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_roles(triples, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(text, "roles.v1") == expected


@pytest.mark.model
def test_role_keeps_the_title(relations) -> None:  # type: ignore[no-untyped-def]
    found = relations("When Apple CEO Steve Jobs first introduced iPhone 4, he praised the device's antenna design.",
                      "roles.v1")
    assert [(r.kind, dict(r.attributes)) for r in found] == [("Role", {"roleTitle": "CEO"})]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # CoNLL04 train
        "Grant B. Cooper, an attorney who defended Kennedy assassin Sirhan B. Sirhan, has died at age 87.",
        {("Sirhan B. Sirhan", "killed", "Kennedy")}, id="compound-killer-noun"),
    pytest.param(  # CoNLL04 train
        "In another scene, President James Garfield's assassin Charles Guiteau (Jonathan Hadary) prances up and "
        "down the stairs of the gallows.",
        {("Charles Guiteau", "killed", "James Garfield")}, id="possessive-victim"),
    pytest.param(  # CoNLL04 train
        "Kennedy's assassin, Sirhan Bishara Sirhan, was immediately arrested.",
        {("Sirhan Bishara Sirhan", "killed", "Kennedy")}, id="apposition"),
])
def test_killers(triples, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(text, "roles.killers.v1") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mark Papermaster, a former Apple Inc. executive, is stepping down from his post.",
    pytest.param(  # MEANTIME 199629 (seeds): "is stepping down" ends the role the apposition names
        "Mark Papermaster, formerly an Apple Inc. executive overseeing hardware engineering for the company's "
        "iPhone, is stepping down from his post.",
        id="formerly"),
])
def test_a_past_role_is_no_edge(relations, text: str) -> None:  # type: ignore[no-untyped-def]
    (found,) = relations(text, "roles.v1")
    assert (found.subject.span.text, found.predicate, found.object.span.text) == \
        ("Mark Papermaster", "worksFor", "Apple Inc.")
    assert found.modality == "former role" and ("roleFormer", "true") in found.attributes


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # bbc-tech-011: the speaker after "said"
        "\"It's now as easy to download a pirate TV show as it is to programme a VCR,\" said Ben Coppin from "
        "Envisional.",
        {("Ben Coppin", "worksFor", "Envisional")}, id="said-speaker-from"),
    pytest.param(  # bbc-tech-069: the speaker before "said"
        "\"We're a nation of lazy so-and-sos,\" David Noone from Intervoice said.",
        {("David Noone", "worksFor", "Intervoice")}, id="speaker-from-said"),
    pytest.param(  # bbc-business-191 (dev gold): the body's unit, behind its owner's possessive
        "On Thursday, David Graham from the FDA's Office of Drug Safety told the advisory panel that \"there really "
        "doesn't appear to be a need for Cox-2\" inhibitors.",
        {("David Graham", "worksFor", "Office of Drug Safety")}, id="told-unit"),
    pytest.param(  # bbc-entertainment-188: a band's singer in a cast, no speaker: no employer
        "The one-off Christmas special will also star television presenter Carol Smillie and Jessica Taylor from "
        "Liberty-X.",
        set(), id="not-a-speaker-band"),
    pytest.param(  # bbc-entertainment-201: performers "from" their shows
        "Catherine Tate, from The Catherine Tate Show, was also nominated for the same award, but she did walk away "
        "with best comedy newcomer, over James McAvoy from Shameless (Channel 4) and Julian Barratt and Noel "
        "Fielding from The Mighty Boosh (BBC Three).",
        set(), id="not-a-speaker-show"),
    pytest.param(  # a customer is no employee (a made-up sentence in the shape of the BBC's vox pops)
        "\"Prices are high,\" said shopper Mary Jones from Tesco.",
        set(), id="not-an-employee-shopper"),
    pytest.param(  # a party's member (roles.party.v1 and the titles read membership)
        "\"We will win,\" said Tim Yeo from the Conservative Party.",
        set(), id="not-an-employee-party"),
    pytest.param(  # a speaker from a university may be a student; a title says he works there
        "\"It is hard,\" said Emma Green from Harvard University, who is studying law.",
        set(), id="not-an-employee-student"),
    pytest.param(
        "\"It is hard,\" said Professor Emma Green from Harvard University.",
        {("Emma Green", "worksFor", "Harvard University")}, id="professor-from-university"),
])
def test_speakers_from(triples, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    """roles.from.v1: a speaker named with the body he comes from works for it."""
    assert triples(text, "roles.from.v1") == expected
