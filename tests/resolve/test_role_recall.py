"""Roles the entity graph missed, found by the dev gold's list of misses (bench/entitygold/dev, the split to tune on).

Each text is a passage of a real article outside the held-out gold (one is a dev gold article's, the split tuned on:
no other article has the construction); each test states the edge a careful reader signs
after reading it: a firm the NER reads as a person before its officer's title, a player capped by a country, a
minister whose country the sentence names after the title; from the tenth pass "US" read as the country (it was
taken for the pronoun), with the guards its diff on BBC 1-454 and judged sets 11-27 called for, and roles whose end the
sentence tells.
"""

from __future__ import annotations

import pytest

from tests.resolve.test_trust_names import _strict_layers

pytestmark = pytest.mark.model


def test_a_firm_read_as_a_person_before_its_officer_s_title_is_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-083: the NER reads every "Yukos" as a person; "Yukos chief executive Steven Theede" (the
    parse hangs "Yukos" on "executive" as nmod) still leads the firm, whose node is an organisation."""
    text = ("Russian oil firm Yukos lied to a US court in an attempt to stop the Russian government selling off its key "
            "production unit, the court has heard.\n\nThe unit, Yugansk, was sold to pay off a $27.5bn (£14.5bn) back "
            "tax bill. Yukos argued that since it had a US subsidiary and local bank accounts, the US court could "
            "declare it bankrupt and stop the auction of Yugansk. But Deutsche Bank - itself a target of a Yukos "
            "lawsuit - said documents had been backdated to strengthen the case.\n\n\"It gives us a kind of life after "
            "death alternative,\" said Yukos chief executive Steven Theede.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Steven Theede", "leaderOf", "Yukos") in direct


def test_a_firm_s_finance_director_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17592 (judged set 20's article): "Benetton finance director Carlo Gilardi"."""
    text = ("Italian fashion conglomerate Benetton Group Spa <BTOM.MI> expects its net profit to rise to around 135 "
            "billion lire in 1987 from 113 billion the year before, Aldo Palmeri, managing director of Benetton Group, "
            "said.\n\nBenetton finance director Carlo Gilardi said the company was planning to diversify further into "
            "the financial services sector and would also expand into the shoe business.\n\nBenetton expanded into "
            "financial services mainly to speed up the development of its own systems, Gilardi said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Carlo Gilardi", "worksFor", "Benetton") in direct


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # bbc-sport-170 (football): a team sport, where a nationality before a player was his country's
        "Spain coach Luis Aragones is furious after being fined by The Spanish Football Federation for his comments "
        "about Thierry Henry.\n\nAragones was handed the fine on Tuesday after making racist remarks about Henry to "
        "Arsenal team-mate and Spanish international Jose Reyes last October.\n\nArsenal boss Arsene Wenger, who was "
        "fined £15,000 in December for accusing Manchester United striker Ruud van Nistelrooy of cheating, believes "
        "that Aragones' punishment was too lenient.",
        ("Jose Reyes", "playedFor", "Spain"), id="football"),
    pytest.param(  # bbc-sport-321 (rugby): "former" still played for Ireland
        "Toulouse's former Irish international Trevor Brennan could be one of Clive Woodward's many surprises when "
        "the 44-man Lions tour squad is announced.\n\nBrennan, who last played for Ireland against Samoa in 2001, is "
        "held in high esteem by the former England coach. The 31-year-old former Dublin milkman moved from Leinster to "
        "Toulouse in 2003 and immediately picked up a Heineken Cup winner's medal in an all-French final against "
        "Perpignan at Lansdowne Road.",
        ("Trevor Brennan", "playedFor", "Ireland"), id="rugby"),
])
def test_a_country_s_international_has_played_for_it(nlp, text: str,  # type: ignore[no-untyped-def]
                                                      expected: tuple[str, str, str]) -> None:
    """An "Irish international" has been capped by Ireland: he played for the country."""
    direct, _ = _strict_layers(nlp, text)
    assert expected in direct


def test_a_minister_whose_country_the_sentence_names_after_the_title_serves_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18513 (judged set 18's article): the article is about New Zealand, which the lead sentence names
    after "Finance Minister Roger Douglas"."""
    text = ("Finance Minister Roger Douglas said New Zealand would enact legislation to prevent local companies and "
            "individuals from using overseas tax havens.\n\nHe said some New Zealand residents were avoiding New "
            "Zealand tax entirely by setting up non-resident entities in tax havens, which intercepted and gathered "
            "income taxable in New Zealand.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Roger Douglas", "worksFor", "New Zealand") in direct


def test_a_runner_representing_a_country_ran_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-077 (dev gold): "Riley, representing England" (a
    participle after a name is the name's), in a sport run alone, still ran for England."""
    text = ("European cross-country champion Hayley Yelling completed a hat-trick of wins in the race. Peter Riley, who "
            "secured bronze for the GB men's team at last month's European Championships, won the men's 9km race. "
            "Peter Riley, representing England, moved away over the last two kilometres to win by 25 metres from "
            "Ireland's Gary Murray.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Peter Riley", "playedFor", "England") in direct


# -- tenth pass: the dev gold's wrong edges and misses (bench/entitygold/dev)


def test_us_in_capitals_is_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-115: "US rapper Snoop Dogg" is American; "US", which the NER names, is no pronoun."""
    direct, _ = _strict_layers(nlp, "US rapper Snoop Dogg has been sued for $25m (£13m) by a make-up artist who "
                                    "claimed he and his entourage drugged and raped her two years ago.")
    assert ("Snoop Dogg", "citizenOf", "United States") in direct


def test_a_retired_officer_holds_the_post_no_more(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12156: "Frank Hoenemeyer, a retired vice chairman of Prudential Insurance Co"."""
    text = ("Yesterday, Frank Hoenemeyer, a retired vice chairman of Prudential Insurance Co and currently a Purolator "
            "board member, said an initial offer from Hutton was rejected by the board of directors February third.")
    direct, kept_open = _strict_layers(nlp, text)
    assert ("Frank Hoenemeyer", "worksFor", "Prudential Insurance Co") not in direct
    assert kept_open[("Frank Hoenemeyer", "worksFor", "Prudential Insurance Co")] == "former role"


# -- what reading "US" as the country brought, and the ends of roles: checked on BBC 1-454 and judged sets 11-27


@pytest.mark.parametrize("text", [
    # bbc-sport-448: "Open" (the parser's adjective) begins the event's name
    "US Open champion Svetlana Kuznetsova has tested positive for a banned drug, according to Belgian authorities.",
    # bbc-business-201: an affiliate is a firm, whatever the NER took its name for
    "It also acquired 67.7% of Hexal's US affiliate Eon Labs, and offered to buy the remaining shares for $31 each.",
    # bbc-entertainment-126: an act is a band
    "The trio replace flamboyant US act Scissor Sisters at the top.",
])
def test_a_country_before_what_is_no_person_s_gives_no_citizenship(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "citizenOf"}


def test_a_plural_noun_that_begins_a_sentence_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-256: the NER takes "Slowdowns" for a place; "Rangers' striker" (bbc-sport-147) stays a side."""
    direct, _ = _strict_layers(nlp, "Slowdowns in the US and China could hit electronics exports, while the tsunami "
                                    "disaster may effect the service sector.")
    assert not direct


@pytest.mark.parametrize(("text", "holder", "body", "ended"), [
    # bbc-entertainment-048: an end to come
    ("Among current trends, it highlighted the final broadcasts of veteran newscasters Tom Brokaw, Barbara Walters and "
     "the impending retirement of CBS news anchor Dan Rather.", "Dan Rather", "CBS", False),
    # reuters21578-8079: an end that came, after an "after"
    ("The announcement, in a Bank of Italy statement, followed the decision on Friday by Treasury Minister Giovanni "
     "Goria to send in special commissioners after accepting the resignation of Carical president Francesco Sapio and "
     "hearing a report detailing \"serious irregularities\" at the bank.", "Francesco Sapio", "Carical", True),
])
def test_a_role_ends_when_the_sentence_tells_its_end_came(nlp, text: str, holder: str, body: str,  # type: ignore[no-untyped-def]
                                                         ended: bool) -> None:
    direct, kept_open = _strict_layers(nlp, text)
    predicate = next(t[1] for t in {*direct, *kept_open} if t[0] == holder and t[2] == body)
    assert ((holder, predicate, body) in kept_open) == ended
    assert ended == (kept_open.get((holder, predicate, body)) == "former role")


def test_a_given_name_before_a_particle_stands_for_no_one() -> None:
    """"Cent van Vliet" (a Dutch spokesman, reuters21578-4823) is known by "van Vliet", not by "Cent": "US rap star
    50 Cent" of another article (bbc-entertainment-282) is not him."""
    from kg.resolve.crossdoc import NameIndex

    index = NameIndex()
    index.add("Person", "Cent van Vliet")
    index.add("Person", "Kim Jong-un")
    assert index.full_name("Person", "Cent") is None
    assert index.full_name("Person", "Vliet") == "Cent van Vliet"
    assert index.full_name("Person", "Kim") == "Kim Jong-un"
