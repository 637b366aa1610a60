"""Roles from titles and appositions (roles.v1), on real news sentences."""

from __future__ import annotations

import json

import pytest

from tests.conftest import shared_data

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


_ROLE_PREDICATES = {"leaderOf", "worksFor", "spokespersonFor", "memberOf"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # bbc-business-265: a new chief executive is the head now
        "Marsh's new chief executive, Michael Cherkasky, is trying to negotiate a settlement with Mr Spitzer.",
        {("Michael Cherkasky", "leaderOf", "Marsh")}, id="new-chief-executive"),
    pytest.param(  # bbc-business-509: the head of a firm's practice works for the firm
        "According to Frank Brown, global advisory leader at PwC, the trend of large companies to have global "
        "operations has one clear upside.",
        {("Frank Brown", "worksFor", "PwC")}, id="a-practice-s-leader"),
    pytest.param(  # bbc-entertainment-282
        "Elliott Wilson, editor-in-chief of hip-hop magazine XXL, said the feud would boost publicity for 50 Cent's "
        "release.",
        {("Elliott Wilson", "leaderOf", "XXL")}, id="editor-in-chief"),
    pytest.param(  # bbc-tech-167: the editor of a site runs it
        "Simon Perry is the editor of the Digital Lifestyles website, which covers the impact of technology on media.",
        {("Simon Perry", "leaderOf", "Digital Lifestyles")}, id="the-editor-of"),
    pytest.param(  # bbc-business-500: a broadcaster's editor of a beat is one of its staff
        "But the BBC's business editor, Jeff Randall, said the banks could yet step in and take over altogether.",
        {("Jeff Randall", "worksFor", "BBC")}, id="a-beat-s-editor"),
    pytest.param(  # bbc-entertainment-231: a channel's controller runs it
        'Radio 1\'s controller, Andy Parfitt, said: "We believe that by having a series of DJs hosting a selection '
        'of shows under the One Music title, we will ensure that his legacy lives on."',
        {("Andy Parfitt", "leaderOf", "Radio 1")}, id="a-channel-s-controller"),
    pytest.param(  # bbc-entertainment-184: the NER names the broadcaster, not its channel: he works for it
        'BBC Two controller Roly Keating said: "It\'s an exciting new era for Top of the Pops."',
        {("Roly Keating", "worksFor", "BBC")}, id="a-controller-of-a-cut-name"),
    pytest.param(  # bbc-entertainment-273: a theatre's director runs it
        "Conductor Marcello Viotti, director of Venice's famous La Fenice Theatre, has died in Germany at 50.",
        {("Marcello Viotti", "leaderOf", "La Fenice Theatre")}, id="a-theatre-s-director"),
    pytest.param(  # bbc-tech-396's wording, with "an": one of its editors
        "The growing importance of mobile gaming was reflected by a talk given by Jane Smith, an editor at Wired.",
        {("Jane Smith", "worksFor", "Wired")}, id="an-editor-at"),
    pytest.param(  # bbc-entertainment-187: a firm's trade, capitalised at the sentence's start, is no part of its name
        'Bookmaker Ladbrokes said it had cut the odds. Ladbrokes spokesman Warren Lush had said she was "the hottest '
        'eviction favourite so far this series".',
        {("Warren Lush", "spokespersonFor", "Ladbrokes")}, id="bookmaker-ladbrokes"),
    pytest.param(  # Britain's Liberal Democrats, whose "Democrat" the NER names alone (a developer's sentence)
        "Liberal Democrat leader Charles Kennedy told a rally in Cardiff that his party would scrap tuition fees.",
        {("Charles Kennedy", "leaderOf", "Liberal Democrats")}, id="liberal-democrat-leader"),
    pytest.param(  # ... and America's Democrats stay theirs (a US party's "leader" leads its members in Congress:
        # a member of the party, whose head is the national committee's chairman)
        "Democrat leader Nancy Pelosi said the budget would hurt families.",
        {("Nancy Pelosi", "memberOf", "Democratic Party")}, id="democrat-leader"),
    pytest.param(  # reuters21578-19037: an authority's director runs it
        "Indonesia has increased its share in a 434-billion-yen aluminium smelter joint venture with Japan from 25 "
        "to 37 pct, Asahan Project Authority director A.R. Suhud said.",
        {("A.R. Suhud", "leaderOf", "Asahan Project Authority")}, id="an-authority-s-director"),
    pytest.param(  # reuters21578-10366: one who will step aside holds the post until then
        "<Fletcher Challenge Ltd> (FCL) chairman Ron Trotter will step aside as chief executive in October on "
        "reaching 60 and will be replaced by group managing director Hugh Fletcher, FCL said in a statement.",
        {("Ron Trotter", "leaderOf", "Fletcher Challenge Ltd")}, id="will-step-aside"),
    pytest.param(  # reuters21578-1227: the parse hangs "of" on the name, not on the title before it
        '"The terms put most of the risk on the shoulders of the manufacturers," said analyst Kevin Murphy of Morgan '
        'Stanley and Co.',
        {("Kevin Murphy", "worksFor", "Morgan Stanley and Co.")}, id="analyst-of-a-firm"),
    pytest.param(  # bbc-business-028
        '"I think that prices are now beginning to set a new range and it looks like the $40 to $50 level," said '
        'energy analyst Orin Middleton of Barclays Capital.',
        {("Orin Middleton", "worksFor", "Barclays Capital")}, id="energy-analyst-of-a-bank"),
    pytest.param(  # reuters21578-7927
        '"In the longer-term horizon, Bally wants to concentrate on its gaming businesses," said analyst Dennis Forst '
        'of Seidler Amdec Securities Inc.',
        {("Dennis Forst", "worksFor", "Seidler Amdec Securities Inc.")}, id="analyst-of-a-broker"),
])
def test_heads_and_their_staff(layers, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    """A title's holder heads the body or works for it, in the entity graph, as the title and the body tell."""
    direct, _ = layers(text)
    assert {t for t in direct if t[1] in _ROLE_PREDICATES} == expected


@pytest.mark.model
def test_a_head_who_stepped_down_is_no_head(layers) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-219, whole: "Chief executive Gerd Niebaum stepped down last week" (the parse reads "down" as an
    adverb) is a former role, an open statement, where the article's club would have made him its head."""
    path = shared_data("data", "bbc_news", "bbc_news.jsonl")
    assert path is not None
    with path.open(encoding="utf-8") as lines:
        article = next(record for record in map(json.loads, lines) if record["id"] == "bbc-business-219")
    direct, _ = layers(article["text"])
    assert "Gerd Niebaum" not in {t[0] for t in direct}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Labour MP Diane Abbott criticised the plan.",
                 {("Diane Abbott", "memberOf", "Labour Party")}, id="labour-mp"),
    pytest.param("Conservative backbencher John Redwood said the tax rise would cost jobs.",
                 {("John Redwood", "memberOf", "Conservative Party")}, id="conservative-backbencher"),
    pytest.param("Labour's election co-ordinator Alan Milburn attacked the Conservatives.",
                 {("Alan Milburn", "memberOf", "Labour Party")}, id="a-party-s-possessive"),
    pytest.param("Labour leader Tony Blair told the conference that the party would win.",
                 {("Tony Blair", "leaderOf", "Labour Party")}, id="labour-leader"),
    pytest.param("Lib Dem home affairs spokesman Mark Oaten said the bill was flawed.",
                 {("Mark Oaten", "spokespersonFor", "Liberal Democrats")}, id="lib-dem-spokesman"),
    # no party, no employer: a seat or a firm's possessive before a name
    pytest.param("Bristol MP Jean Smith said the station would close.", set(), id="a-seat-s-mp"),
    pytest.param("Sony's Howard Stringer said the console would ship in March.", set(), id="a-firm-s-possessive"),
    pytest.param("Labour costs rose by 3% in the year to March, the statistics office said.", set(),
                 id="labour-costs"),
    pytest.param(  # reuters21578-10630: a creed capitalised by the sentence's start, no British party
        "Conservative opposition leader Constantine Mitsotakis said he had urged Papandreou to accept an offer from "
        "NATO General Secretary Lord Carrington to help resolve the row.",
        {("Carrington", "leaderOf", "NATO")}, id="a-conservative-leader-abroad"),
    pytest.param(  # reuters21578-2326: a state's minister for labour
        "Seamen held pay talks in Rio de Janeiro with Labour Minister Almir Pazzianotto, union officials said.",
        set(), id="labour-minister"),
    pytest.param(  # reuters21578-6190
        'Conservative MP Anthony Beaumont-Dark said the budget "is not glamourous but it is sound." Labour leader '
        'Neil Kinnock called it "a bribes budget."',
        {("Anthony Beaumont-Dark", "memberOf", "Conservative Party"), ("Neil Kinnock", "leaderOf", "Labour Party")},
        id="reuters-mp-and-leader"),
])
def test_party_members(layers, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    """Britain's parties, which the NER often misses before a title or a name (sentences a developer wrote in the
    wording of British political news: no held-out article was read for them)."""
    direct, _ = layers(text)
    assert {t for t in direct if t[1] in _ROLE_PREDICATES} == expected



@pytest.mark.model
@pytest.mark.parametrize("text", [
    pytest.param(  # bbc-entertainment-219: "Veteran" at the sentence's start, read as part of "Veteran US"
        "Veteran US television host Dick Clark is in hospital in Los Angeles after suffering a mild stroke.",
        id="veteran-us-host"),
    pytest.param(  # bbc-sport-069: a sprinter's training partner, no firm's (the NER reads "Scott" as a body)
        "Kim Collins clinched second spot ahead of world 60m record holder and Scott's training partner Maurice "
        "Greene.", id="training-partner"),
])
def test_no_employer(layers, text: str) -> None:  # type: ignore[no-untyped-def]
    """Blind judges' wrong employers (a tuning round, bench/judged/README.md): a description glued to a country, a
    partner in training."""
    direct, _ = layers(text)
    assert {t for t in direct if t[1] in _ROLE_PREDICATES} == set()


@pytest.mark.model
@pytest.mark.parametrize(("article_id", "expected"), [
    pytest.param("bbc-sport-391", ("Austin Healey", "playedFor", "Leicester (team)"), id="leicester-wing"),
    pytest.param("bbc-sport-197", ("Alan Pardew", "leaderOf", "West Ham (team)"), id="west-ham-boss"),
    pytest.param("bbc-sport-171", ("James Morrison", "playedFor", "Middlesbrough (team)"),
                 id="middlesbrough-midfielder"),
    pytest.param("bbc-sport-285", ("Matt Stevens", "playedFor", "Bath (team)"), id="bath-prop"),
])
def test_a_side_the_ner_missed_before_its_title(layers, article_id: str,  # type: ignore[no-untyped-def]
                                                 expected: tuple[str, str, str]) -> None:
    """Whole articles of team sports: a club's name the NER left unmarked before a team's title and a player's name
    ("Leicester wing Austin Healey", "West Ham boss Alan Pardew") is the club (kg.extract.context.team_names)."""
    path = shared_data("data", "bbc_news", "bbc_news.jsonl")
    assert path is not None
    with path.open(encoding="utf-8") as lines:
        article = next(record for record in map(json.loads, lines) if record["id"] == article_id)
    direct, _ = layers(article["text"])
    assert expected in direct


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a developer's sentence in the wire's wording: a legislator's party, not his state, is whose he is
        "Ohio Republican Congressman Michael Oxley said the bill would pass the House next week.",
        {("Michael Oxley", "memberOf", "Republican Party")}, id="state-party-congressman"),
    pytest.param(  # ... and a governor governs her state
        "Nebraska Republican Governor Kay Orr said the state would cut its spending next year.",
        {("Kay Orr", "leaderOf", "Nebraska")}, id="state-party-governor"),
])
def test_a_legislator_s_party(layers, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    """A US state and a party before a legislator's title: the party is the one he belongs to."""
    direct, _ = layers(text)
    assert {t for t in direct if t[1] in _ROLE_PREDICATES} == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # bbc-entertainment-281: "of" after the name and a comma
        "Mr Rodgers, of the Fullness of Joy Church, said he was concerned about the rapper's lyrics that include "
        "references to drugs, sex and violence.",
        {("Rodgers", "worksFor", "Fullness of Joy Church")}, id="of-after-a-comma"),
    pytest.param(  # reuters21578-9811: a chairman "of" a committee chairs it
        "Chairman Dan Rostenkowski of the tax-writing House Ways and Means Committee said today President Reagan "
        "must reconsider his consistent opposition to any tax increases.",
        {("Dan Rostenkowski", "leaderOf", "House Ways and Means Committee")}, id="chairman-of-a-committee"),
    pytest.param(  # developer's sentences in the wording of blind judges' finds on the tuning build (bench/judged
        # articles may not be quoted): "at" further on says where he was, not whose he is ...
        "Mr Arun Sarin, chief executive of Vodafone, also at 3GSM, said the firm would sell the phone in May.",
        {("Arun Sarin", "leaderOf", "Vodafone")}, id="also-at-a-fair"),
    pytest.param(  # ... and a panel's member is no member of the body he comes from
        "\"The trial was too small to show anything,\" panel member Robert Stern of the University of Michigan told "
        "the meeting.",
        {("Robert Stern", "worksFor", "University of Michigan")}, id="panel-member-of-a-university"),
    pytest.param(  # ... a union's member is its member
        "\"We will fight on,\" said union member Jim Brown of the Transport and General Workers Union.",
        {("Jim Brown", "memberOf", "Transport and General Workers Union")}, id="union-member-of-the-union"),
    pytest.param(  # ... and a head "at" a body is where he spoke, not what he heads (staff "at" a firm work there)
        "\"The talks were useful,\" said Chancellor Helmut Kohl at the European Commission in Brussels.",
        set(), id="a-head-at-a-host"),
])
def test_a_body_right_after_the_name(layers, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    """A title before a name and a body "of", "at" or "with" right after it: the title's holder's body."""
    direct, _ = layers(text)
    assert {t for t in direct if t[1] in _ROLE_PREDICATES} == expected


@pytest.mark.model
def test_a_country_s_squad_is_no_club(layers) -> None:  # type: ignore[no-untyped-def]
    """A developer's cricket report: "England Test captain" names a country's Test side, which the NER missed; no club
    "England Test" is minted for it (kg.extract.context.team_names leaves countries and competitions alone)."""
    direct, _ = layers("England Test captain Michael Vaughan said the batsmen had let the bowlers down after the team "
                       "lost the match by ten wickets in the second Test.")
    assert {t for t in direct if t[1] in _ROLE_PREDICATES} == set()
