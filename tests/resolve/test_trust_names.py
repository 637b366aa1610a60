"""Names and senses the entity graph refuses (issue 8, second pass; kg/resolve/trust.py, kg/extract/context.py).

Real sentences from BBC news and Reuters articles: the tuning samples (BBC numbers 5, 11, 13 and 16 + 37k) and
the errors of judged sets 1-7 after their figures were reported (bench/judged/README.md); none of bench/entitygold
or the held-out politics section. Each case names the exact direct
triples the sentence gives (quotes left out) and, for what is not an edge, the open statement and its reason:
names the NER cut short, places that nobody but a head of state leads, world regions that are nobody's seat,
epithets, talks with two parties that are no talks between them.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]

CASES: list[tuple[str, str, set[Triple], dict[Triple, str]]] = [
    ("split-name", "Boeing was sued by Lockheed Martin after its rival accused it of industrial espionage during a "
                   "1998 contract competition.",
     set(), {("Martin", "sued", "Boeing"): "subject name cut short"}),
    ("country-before-name", "UK Film Council chief executive John Woodward said: \"Whilst the UK has benefited hugely "
                            "from its highly-qualified film production workforce there are concerns.\"",
     set(), {("John Woodward", "leaderOf", "Film Council"): "object name cut short"}),
    ("city-has-no-boss", "At the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said Xbox 2 would be "
                         "part of his vision of the digital lifestyle.",
     set(), {}),
    ("firm-not-citizen", "Russian oil firm Yukos has sued four companies for their role in last year's forced state "
                         "auction of its key oil production unit Yuganskneftegas.",
     {("Yukos", "basedIn", "Russia")}, {("Yukos", "sued", "four companies"): "generic object"}),
    ("epithet", "\"He's considered the Eminem of Argentina, and the Latin American hip-hop scene,\" Millan says.",
     set(), {}),
    ("talks-with-two", "China's admission in 2001 took 15 years and talks with Russia and Saudi Arabia have been "
                       "taking place for 10 years.",
     set(), {}),
    ("possessive-country", "Speaking earlier in New York, Uruguay's Foreign Minister and Cartagena group chairman "
                           "Enrique Iglesias said Citicorp's decision could discourage new lending.",
     set(), {}),
    ("region-no-seat", "\"We know maybe what the PS3 will do, but we can only guess,\" said Rory Armes, studio general "
                       "manager for video game giant Electronic Arts in Europe.",
     {("Rory Armes", "worksFor", "Electronic Arts")},
     {}),  # "manager for EA in Europe": where the manager works, no seat of EA's at all (an open one before)
    ("regional-head", "Gerhard Florin, head of EA in Europe, said gamers should expect titles that blur the line "
                      "between films and video games.",
     {("Gerhard Florin", "worksFor", "EA")}, {}),
    ("near-is-not-in", "Degussa said last week it intended to buy 100 pct of the capital of the medical "
                       "pharmaceuticals group Sarget, based in Merignac near Bordeaux.",
     {("Sarget", "basedIn", "Merignac")}, {}),  # (GeoNames' "Mérignac"; nothing lies in Bordeaux)
    ("portfolio-is-no-body", "Indonesia will need a new generation of satellites by 1995 at the latest to link the "
                             "giant archipelago of 13,000 islands, Telecommunications minister Achmad Tahir was quoted "
                             "as saying.",
     set(), {}),
    ("show-title-no-nationality", "Local singer and songwriter Missy Higgins took the title of breakthrough artist of "
                                  "the year, with Australian Idol winner Guy Sebastian taking the honours for best pop "
                                  "video.",
     set(), {}),
    ("venue-based-nowhere", "A host of stars are expected to grace the red carpet outside Los Angeles' Kodak Theatre, "
                            "including Johnny Depp, Cate Blanchett and Leonardo DiCaprio.",
     {("Kodak Theatre", "locatedIn", "Los Angeles")}, {}),  # a venue lies in its city, it is based nowhere
    ("vague-collective", "The government keeps it pegged close to a rate of 8.28 to the US dollar, - much to the "
                         "chagrin of many US lawmakers who blame China for lost jobs and competitiveness.",
     set(), {("many US lawmakers", "accused", "China"): "vague subject"}),
    ("short-for-the-chain", "US retail giant Federated Department Stores is to buy rival May Department Stores for "
                            "$11bn (£5.7bn). \"We have taken the first step toward combining two of the best "
                            "department store companies in America, creating a new retail company with truly national "
                            "scope and presence,\" said Terry Lundgren, Federated's chairman.",
     {("Terry Lundgren", "leaderOf", "Federated Department Stores")},
     {("Federated Department Stores", "acquired", "May Department Stores"): "hedged"}),
    ("part-of-somewhere", "The company said the suit, filed in U.S. District Court for the Southern District of Ohio, "
                          "seeks a temporary restraining order and preliminary injunction requiring Dixons, for 10 "
                          "business days, to permit any Cyclops shareholder who previously tendered and now wishes to "
                          "withdraw to do so.",
     set(), {("Southern District", "locatedIn", "Ohio"): "ambiguous subject"}),
    ("next-clause-subject", "Chelsea host Birmingham, Tottenham travel to West Brom and Arsenal will entertain "
                            "Championship side Wolves.",
     set(), {}),
    ("player-outside-sport", "Albert Hakim, an arms merchant, is the first top-ranked player in the Iran arms scandal "
                             "who may be enticed into testifying by the promise of immunity, investigators said.",
     set(), {}),
    ("envoy-of-a-state", "Greek U.N. Representative Mihalis Dounas said in a letter to the secretary-general that the "
                         "dispute was of a legal nature and could be settled in the International Court in the Hague.",
     {("Mihalis Dounas", "citizenOf", "Greece")}, {}),
    ("one-of-the-leaders", "Pedro, a leader of the Movement of Landless Rural Workers, said that over the last 12 "
                           "months 100,000 small producers had been forced off the land in Brazil's five southernmost "
                           "states.",
     {("Pedro", "memberOf", "Movement of Landless Rural Workers")}, {}),
    ("whose-opposition", "But Opposition leader Constantine Mitsotakis told reporters he thought the suspension would "
                         "be temporary until the crisis is resolved.",
     set(), {}),
    ("magazine-no-player", "\"I demand better transparency,\" he is quoted as saying by Germany's Manger Magazin.",
     set(), {}),
    ("dash-in-a-name", "The seller - Irish-based property firm Quinlan Private - bought the Savoy along with the "
                       "Berkeley, Claridge's and the Connaught for £750m last year.",
     set(), {("Quinlan Private - bought", "acquired", "Savoy"): "subject name malformed"}),
    ("generation-suffix", "Charles Evans Jr battled over his role with the people who eventually made the film, and "
                          "won a producer's credit. The Aviator's nominated producers are Michael Mann and Graham King "
                          "- with Mr Evans and Sandy Climan, Mr Mann's former deputy, left off. Mr Evans sued Mr Mann "
                          "in 2001, claiming he came up with the idea, spent years developing it and persuaded DiCaprio to play "
                          "Hughes - but said he was later excluded from the project.",
     {("Charles Evans Jr", "sued", "Michael Mann")}, {}),
    ("held-until", "Tim Renner, the head of Universal Music Germany until last year, told BBC World Service's The "
                   "Music Biz programme that the country's music industry was now struggling to survive.",
     {("Music Biz", "publisher", "BBC World Service")},  # (works.broadcast.v1)
     {("Tim Renner", "leaderOf", "Universal Music Germany"): "former role"}),
    ("club-of-country", "Shares in Borussia Dortmund, Germany's only stock-market listed football club, dropped by "
                        "almost 23% to 2.05 euros during early afternoon trading.",
     set(), {}),
    # the NER takes "Opera" of the film's title "The Phantom of the Opera" for an organisation he works for: a name
    # after "of (the)" and a capitalised word outside it is cut short
    ("work-title-fragment", "Falling Down and The Phantom of the Opera director Joel Schumacher won a lifetime "
                            "achievement award while Hong Kong director Wong Kar-Wai was honoured for promoting Asian "
                            "cinema.", set(), {("Joel Schumacher", "worksFor", "Opera"): "object name cut short"}),
]

KNOWN_MISSES: list[tuple[str, str, set[Triple], dict[Triple, str]]] = []


@pytest.mark.parametrize("text,expected,opened", [(t, e, o) for _, t, e, o in CASES] + [
    pytest.param(t, e, o, marks=pytest.mark.xfail(strict=True, reason="a fragment of a work's title read as a body"))
    for _, t, e, o in KNOWN_MISSES], ids=[i for i, _, _, _ in CASES + KNOWN_MISSES])
def test_direct_triples_and_reasons(layers, text: str, expected: set[Triple],  # type: ignore[no-untyped-def]
                                    opened: dict[Triple, str]) -> None:
    direct, open_statements = layers(text)
    assert direct == expected
    for triple, reason in opened.items():
        assert triple in open_statements, sorted(open_statements)
        assert open_statements[triple].startswith(reason), open_statements[triple]


def _strict_layers(nlp, text: str,  # type: ignore[no-untyped-def]
                   anchor: dt.date | None = None,
                   known_names: list[tuple[str, str]] | None = None,
                   dateline: str | None = None) -> tuple[set[Triple], dict[Triple, str]]:
    """The ``layers`` fixture without its allowance for one-word names: these texts are whole passages (dated
    ``anchor``, the article's date, and filed under ``dateline`` when the test needs them), resolved as a build
    resolves them once other articles gave ``known_names`` (type, full name) when given."""
    from kg.build import extract_article
    from kg.rdf.link import GAZETTEER
    from kg.resolve import NameIndex, resolve
    from kg.resolve.trust import open_reason
    from kg.types import Article, Mention

    known = None
    if known_names is not None:
        known = NameIndex()
        known.add_all(known_names)
    article = Article("t", text, date=anchor, dateline=dateline)
    extraction = extract_article(nlp(text), article)
    resolved = resolve(article, extraction.mentions, extraction.relations, known=known, places=GAZETTEER,
                       team_sport=extraction.team_sport)
    direct: set[Triple] = set()
    opened: dict[Triple, str] = {}
    for relation in resolved.relations:
        obj = relation.object
        triple = (resolved.entity(relation.subject).label, relation.predicate,
                  resolved.entity(obj).label if isinstance(obj, Mention) else str(obj))
        reason = open_reason(relation, resolved.entity, GAZETTEER)
        if reason is None:
            direct.add(triple)
        else:
            opened[triple] = reason
    return direct, opened


#: bbc-sport-101 (Manchester City v Manchester United): the report names John O'Shea, its team sheet only "O'Shea",
#: "Keane", "Fletcher"
TEAM_SHEET = ("Wes Brown also found Wright-Phillips to be a difficult opponent when the tricky winger embarrassed him "
              "near the touchline. But the former Liverpool player demonstrated why he has never scored against "
              "United by side-footing the easy chance wide. John O'Shea was forced off after an earlier clash with Sylvain Distin and Cristiano Ronaldo came on to "
              "replace him. Man Utd: Carroll, Gary Neville, Ferdinand, Brown, Heinze, O'Shea (Ronaldo 33), Keane, "
              "Fortune, Fletcher (Giggs 64), Rooney, Scholes (Phil Neville 84). Subs Not Used: Howard, Bellion. "
              "Booked: Rooney, Scholes, Keane. Goals: Rooney 68, Dunne 75 og. Att: 47,111 Ref: S Bennett (Kent).")


def test_a_player_named_by_surname_only_is_no_edge_until_the_article_names_him(nlp) -> None:  # type: ignore[no-untyped-def]
    direct, opened = _strict_layers(nlp, TEAM_SHEET)
    assert ("John O'Shea", "playedFor", "Man Utd") in direct  # the sheet's "O'Shea" is the report's John O'Shea
    assert ("Gary Neville", "playedFor", "Man Utd") in direct
    for surname in ("Keane", "Fortune", "Fletcher", "Scholes"):
        assert (surname, "playedFor", "Man Utd") not in direct
        assert opened[(surname, "playedFor", "Man Utd")] == f"subject '{surname}' is named by one word only"


#: bbc-sport-324 (Leeds v Saracens, a dev gold article): the NER reads "Saracens" as a man in every sentence
SARACENS_SHEET = ("Raphael Ibanez is named at hooker for Saracens in one of four changes. Simon Raiwalui and Ben Russell "
                  "are also selected in the pack while Kevin Sorrell comes in at outside centre.\n\n- Friday's game at "
                  "Headingley got the go-ahead on Friday after passing an early pitch inspection. Saracens: "
                  "Bartholomeusz; Castaignede, Sorrell, Harris, Vaikona; Jackson, Bracken; Yates, Ibanez, Visagie; "
                  "Raiwalui, Fullarton; Randell, Russell, Vyvyan (capt). Replacements: Cairns, Lloyd, Broster, Chesney, "
                  "Johnston, Rauluni, Little.")


def test_the_name_heading_a_team_sheet_is_a_side_whatever_the_ner_made_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    direct, opened = _strict_layers(nlp, SARACENS_SHEET)
    for player in ("Raphael Ibanez", "Simon Raiwalui", "Ben Russell", "Kevin Sorrell"):
        assert (player, "playedFor", "Saracens") in direct  # the report names them in full, the sheet by surname
    for surname in ("Bartholomeusz", "Harris", "Randell", "Cairns"):
        assert opened[(surname, "playedFor", "Saracens")] == f"subject '{surname}' is named by one word only"
    # the NER joins two replacements ("Lloyd, Broster") into one man: a list's comma parts two names
    assert not any("," in subject for subject, _, _ in (*direct, *opened))
    assert {("Lloyd", "playedFor", "Saracens"), ("Broster", "playedFor", "Saracens")} <= set(opened)


def test_a_firm_the_ner_took_for_a_man_keeps_its_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11118: the NER reads "Ashland Oil, Inc." as a person; a legal suffix after the comma makes it one
    firm's name, not a list of two men."""
    direct, _ = _strict_layers(nlp, "Ashland Oil, Inc. chairman John Hall, who also spoke at the meeting, advocated "
                                    "some form of federal tax incentives to help spur development of synthetic fuels.")
    assert {(s, p) for s, p, o in direct if o.startswith("Ashland Oil")} == {("John Hall", "leaderOf")}


def test_on_a_team_sheet_a_surname_keeps_no_other_article_s_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """Across articles (kg/resolve/crossdoc.py) a surname takes the one full name the store knows, but not in news of
    a team sport: its sheets name dozens of bare surnames, and the store's one Fletcher may be another club's (blind
    judges found a Bolton sheet's "Hunt" and "Poole" given two other men's names)."""
    from kg.extract import extract
    from kg.rdf.link import GAZETTEER
    from kg.resolve import NameIndex, resolve
    from kg.resolve.trust import open_reason
    from kg.types import Article

    known = NameIndex()
    known.add("Person", "Darren Fletcher")
    extraction = extract(nlp(TEAM_SHEET))
    assert extraction.team_sport
    resolved = resolve(Article("t", TEAM_SHEET), extraction.mentions, extraction.relations, known=known,
                       places=GAZETTEER, team_sport=extraction.team_sport)
    edges = {(resolved.entity(r.subject).label, r.predicate) for r in resolved.relations
             if open_reason(r, resolved.entity, GAZETTEER) is None}
    assert ("John O'Shea", "playedFor") in edges  # the article's own full name still counts
    assert not {label for label, predicate in edges if "Fletcher" in label}


def test_a_body_named_short_after_its_full_name_is_that_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-101: "the Reserve Bank" after "the Reserve Bank of Australia" is the same bank."""
    text = ("The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%, their first upwards move in more than "
            "a year. \"Over recent months it has become increasingly clear that remaining spare capacity in the labour "
            "and goods markets is becoming rather limited,\" said Ian Macfarlane, Governor of the Reserve Bank.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Ian Macfarlane", "leaderOf", "Reserve Bank of Australia") in direct


def test_a_national_coach_leads_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-286: the France coach leads France's side, which kg has no node for; not France."""
    text = ("Yachvili admitted erratic kicking from England's Charlie Hodgson and Olly Barkley, who missed six "
            "penalties and a drop goal chance between them, had been decisive. France coach Bernard Laporte accepted "
            "his side had not played well.")
    direct, opened = _strict_layers(nlp, text)
    assert ("Charlie Hodgson", "playedFor", "England") in direct
    assert ("Bernard Laporte", "leaderOf", "France") not in direct
    assert opened[("Bernard Laporte", "leaderOf", "France")] == \
        "sense check: a coach leads a side, not the country 'France'"


def test_a_club_called_by_its_city_is_not_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-192's Birmingham is a side Steve Bruce manages; bbc-business-223's is the city where greyhound tracks
    are: two nodes, an organisation labelled "Birmingham (team)" and the place."""
    from kg import KnowledgeGraph
    from kg.types import Article

    graph = KnowledgeGraph.open(None)
    graph._nlp = nlp
    graph.add_articles([
        Article("sport", "New Southampton manager Harry Redknapp faces an immediate reunion with his old club Portsmouth after"
                         " they were drawn together in the FA Cup fourth round. Exeter City face a home tie against "
                         "Middlesbrough if they can see off holders Manchester United in a replay. Oldham's reward for beating"
                         " Manchester City is a home tie with Bolton, while Yeovil will be away to Charlton. Chelsea host "
                         "Birmingham, Tottenham travel to West Brom and Arsenal will entertain Championship side Wolves. "
                         "Saints boss Redknapp was upbeat about the draw despite having to face the club he walked out on just"
                         " six weeks ago. \"I've said before, I can walk away from Portsmouth with my head held high, I'm proud"
                         " of what I did there and no one can take that away from me,\" said Redknapp. \"Maybe I'll be in for "
                         "some stick, there's always some of that but we'll get on with it and it's only a game of football.\" "
                         "Birmingham manager Steve Bruce admitted their trip to Stamford Bridge to face Premiership leaders "
                         "Chelsea was the toughest draw possible."),
        Article("business", "This includes greyhound tracks at Wimbledon in London, Belle Vue in Manchester, Perry Barr "
                            "and Hall Green in Birmingham, Oxford and Portsmouth.")])
    rows = graph.query('SELECT ?label ?type WHERE { GRAPH kgid:graph\\/_entities { ?e rdfs:label ?label ; a ?type } '
                       'FILTER(STRSTARTS(?label, "Birmingham")) } ORDER BY ?label').values()
    assert [(r["label"], r["type"].rsplit("#", 1)[-1]) for r in rows] == \
        [("Birmingham", "Place"), ("Birmingham (team)", "Organization")]
    assert graph.query('ASK { ?bruce rdfs:label "Steve Bruce" ; kg:leaderOf ?side . ?side rdfs:label '
                       '"Birmingham (team)" }').boolean


def test_a_name_cut_short_takes_no_other_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """"[Lockheed] Martin" is no Martin Clunes another article named: the full name must hold the word cut off."""
    from kg.extract import extract
    from kg.rdf.link import GAZETTEER
    from kg.resolve import NameIndex, resolve
    from kg.resolve.trust import open_reason
    from kg.types import Article

    text = ("Boeing was sued by Lockheed Martin after its rival accused it of industrial espionage during a 1998 "
            "contract competition.")
    known = NameIndex()
    known.add("Person", "Martin Clunes")
    extraction = extract(nlp(text))
    resolved = resolve(Article("t", text), extraction.mentions, extraction.relations, known=known, places=GAZETTEER)
    sued = [r for r in resolved.relations if r.predicate == "sued"]
    assert sued and all(open_reason(r, resolved.entity, GAZETTEER) == "subject name cut short: Lockheed 'Martin'"
                        for r in sued)


def test_a_measure_the_ner_took_for_a_name_is_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport: "ran 0.04secs slower" - the NER's name "0.04secs" is a measure: generic, no node of the graph."""
    from kg.extract import extract
    from kg.rdf.link import GAZETTEER
    from kg.resolve import resolve
    from kg.types import Article

    text = ("Scott was slightly disappointed with his run in the final. He won his heat in 7.64secs but ran 0.04secs "
            "slower in his first IAAF Indoor Grand Prix circuit final.")
    extraction = extract(nlp(text))
    resolved = resolve(Article("t", text), extraction.mentions, extraction.relations, places=GAZETTEER)
    measures = {e.label: e.generic for e in resolved.entities.values() if e.label.endswith("secs")}
    assert measures == {"0.04secs": True}


def test_a_plural_name_after_the_is_a_band_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """The Wikinews seed: "founded by the Beatles" - the NER's person is a band, an organisation with one name."""
    direct, _ = _strict_layers(nlp, "Apple Corps was founded by the Beatles in 1968.")
    assert direct == {("Beatles", "founded", "Apple Corps")}


#: the openings of three team-sport reports, long enough for kg to read them as such (three sport words)
CHELSEA_BOSS = (
    "Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson and Arsene Wenger would swap places "
    "with him. Mourinho's side were knocked out of the FA Cup by Newcastle last Sunday before seeing "
    "Barcelona secure a 2-1 Champions League first-leg lead in the Nou Camp. But he denied his club was "
    "suffering a dip in form which league rivals Arsenal and Manchester United could exploit. \"They "
    "cannot speak to us about blips because they're not in a better position than us,\" Mourinho said. \"Do "
    "they want to change positions with us? We are top of the league by nine points and in the Carling "
    "Cup final. \"The only thing they can say they are in a better position than us in is the FA Cup. \"In "
    "the Champions League all three teams can either go through or go out but the one team that is in the "
    "best position is still Chelsea.\""
)

UNITED_BOSS = (
    "Chelsea boss Jose Mourinho will not face any Football Association action over the comments he made "
    "after their Carling Cup tie with Manchester United. Mourinho intimated that United boss Sir Alex "
    "Ferguson influenced referee Neale Barry after the duo walked down the tunnel together at half-time. "
    "But an FA spokesman told BBC Sport: \"We are not taking action over Mourinho. \"We have looked at the "
    "comments and we have decided that no further action is required. That is the end of it.\" Mourinho "
    "was concerned that Ferguson's conversation with Barry was followed by an inconsistent display by the "
    "official. \"I see one referee in the first half and another in the second,\" said Mourinho. \"If the FA "
    "ask me what happened, I will tell them. What I saw and felt made it easier to understand a few "
    "things. \"Maybe when I turn 60 and have been managing in the same league for 20 years and have the "
    "respect of everybody I will have the power to speak to people and make them tremble a little bit."
)

WEDNESDAY_MANAGER = (
    "Dundee United manager Ian McCall has won a reprieve from the sack, with chairman Eddie Thompson "
    "calling for an end to speculation over his future. It is understood that McCall would have been "
    "sacked if Sheffield Wednesday manager Paul Sturrock had been willing to return to Tannadice. But "
    "Sturrock has distanced himself from the position. \"We're in a difficult situation. We must get out "
    "of it through the efforts of current personnel,\" said Thompson. \"Ian McCall and I have had a long "
    "and detailed talk about a number of areas including the current league position and the manner of "
    "the exit from the League Cup,\" he added. \"However, the continuing speculation is doing no one any "
    "good, especially as we have several crucial games coming up. \"The minds of the coaching staff and "
    "the players have to be on those games and those games only. \"Our season would of course improve "
    "considerably if in the next few weeks we achieved some improved league results and there is also the "
    "potential of another cup semi-final, subject to the draw."
)


def test_on_a_team_sport_page_a_club_keeps_no_other_article_s_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-159: the store's one "Chelsea ..." was a Reuters firm, and blind judges found Jose Mourinho made
    the boss of Chelsea Industries Inc (and a rugby sheet's Leeds made Leeds United)."""
    edges = _strict_layers(nlp, CHELSEA_BOSS, known_names=[("Organization", "Chelsea Industries Inc")])[0]
    leaders = {o for s, p, o in edges if s == "Jose Mourinho" and p == "leaderOf"}
    assert leaders and all(o.startswith("Chelsea") and "Industries" not in o for o in leaders), sorted(edges)


#: bbc-sport-110's first paragraphs: a short report that names two sport words and a player's position
CHELSEA_CHIEF = (
    "Chelsea chief executive Peter Kenyon has played down reports that Arjen Robben will return for the Champions "
    "League match against Barcelona. \"He's been responding well to treatment and started running on Friday, but "
    "we'll have to wait and see,\" he told BBC Five Live's Sportsweek. Robben had been expected to be out for six "
    "weeks, but Meersseman hinted that the winger could be fit for the vital Stamford Bridge game on 8 March."
)


def test_a_short_sport_report_s_club_keeps_no_other_article_s_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-110: "match" and "winger" make a short report sport news (a position is sport's alone), so its
    "Chelsea" takes not the store's one Chelsea firm, as a blind judge found ("Peter Kenyon leaderOf Chelsea
    Industries Inc")."""
    edges = _strict_layers(nlp, CHELSEA_CHIEF, known_names=[("Organization", "Chelsea Industries Inc")])[0]
    leaders = {o for s, p, o in edges if s == "Peter Kenyon" and p == "leaderOf"}
    assert leaders and all(o.startswith("Chelsea") and "Industries" not in o for o in leaders), sorted(edges)


def test_initials_take_no_longer_name_but_their_firm_s_suffix(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-349: "BT" is a whole name; the store's one "BT Energy" is another thing of its letters (a judge found
    the head of BT's Entertainment unit working for BT Energy). "IBM" is the store's "IBM Corp"."""
    text = ("BT is starting its push into television with plans to offer TV over broadband. As a telecoms company, BT "
            "is moving to a content distribution strategy, Andrew Burke, chief of BT's new Entertainment unit told the "
            "IPTV World Forum.")
    edges = _strict_layers(nlp, text, known_names=[("Organization", "BT Energy")])[0]
    assert not {t for t in edges if "BT Energy" in t}, sorted(edges)
    from kg.resolve import NameIndex

    known = NameIndex()
    known.add_all([("Organization", "BT Energy"), ("Organization", "IBM Corp")])
    assert known.full_name("Organization", "BT") is None
    known.add_all([("Organization", "WPP Group Plc"), ("Organization", "HBO and Co")])
    assert known.full_name("Organization", "IBM") == "IBM Corp"
    assert known.full_name("Organization", "WPP") == "WPP Group Plc"
    assert known.full_name("Organization", "HBO") is None  # (HBO & Co was a health-care software firm)


def test_initials_are_nobody_s_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-168 beside bbc-entertainment-256: the resolver made "MTV Base" (viewers voted on it) a man in
    one article and took "MTV" for a man in the other, so "MTV spokeswoman Jeannie Kedas" worked for MTV Base.
    Initials are no surname: they take no other article's longer name of a person."""
    from kg.resolve import NameIndex

    known = NameIndex()
    known.add_all([("Person", "MTV Base"), ("Person", "Tony Blair")])
    assert known.full_name("Person", "MTV") is None
    assert known.full_name("Person", "Blair") == "Tony Blair"
    text = ("MTV spokeswoman Jeannie Kedas said the network follows the same standards as broadcasters and reflects "
            "the culture and what its viewers are interested in.")
    edges = _strict_layers(nlp, text, known_names=[("Person", "MTV Base")])[0]
    assert not {t for t in edges if "MTV Base" in t}, sorted(edges)


def test_people_in_the_plural_are_nobody_s_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-202 in a batch whose other article the NER read "Lib Dem MPs" in as a man: the resolver took
    that for a man whose surname is "MPs", so "MPs have urged the BBC" (the Public Accounts Committee) was said of
    the Lib Dem MPs. People in the plural ("MPs", "ministers") are no short name and no one's surname."""
    from kg.resolve import NameIndex

    known = NameIndex()
    known.add_all([("Person", "Lib Dem MPs"), ("Person", "Edward Leigh")])
    assert known.full_name("Person", "MPs") is None
    assert known.full_name("Organization", "MPs") is None
    assert known.full_name("Person", "Leigh") == "Edward Leigh"
    text = "MPs have urged the BBC to give watchdogs more freedom to scrutinise how \u00a32bn in licence fee money is spent."
    edges = _strict_layers(nlp, text, known_names=[("Person", "Lib Dem MPs")])[0]
    assert not {t for t in edges if "Lib Dem MPs" in t}, sorted(edges)


def test_a_club_s_last_word_alone_is_the_one_club_of_the_report_so_named(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-231: "United boss Sir Alex Ferguson" in a report on Manchester United (judged partly right when
    the node was "United")."""
    direct, _ = _strict_layers(nlp, UNITED_BOSS)
    assert ("Alex Ferguson", "leaderOf", "Manchester United") in direct
    assert not {t for t in direct if "United" in (t[0], t[2])}


def test_a_club_whose_last_word_the_ner_read_as_a_weekday(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-126: "Sheffield Wednesday manager Paul Sturrock", where the NER makes "Wednesday" a date."""
    direct, _ = _strict_layers(nlp, WEDNESDAY_MANAGER)
    assert ("Paul Sturrock", "leaderOf", "Sheffield Wednesday") in direct
    assert ("Ian McCall", "leaderOf", "Dundee United") in direct
    # a fixture's day after a side's city, with no title after it, is a day (the reviewer's sentence, on the
    # opening of the same report so that it reads as a team sport's)
    fixture = WEDNESDAY_MANAGER.replace("It is understood that McCall would have been sacked if Sheffield Wednesday "
                                        "manager Paul Sturrock had been willing to return to Tannadice.",
                                        "Chelsea host Newcastle Wednesday in the league and Newcastle striker Alan "
                                        "Shearer is fit.")
    assert fixture != WEDNESDAY_MANAGER
    direct, _ = _strict_layers(nlp, fixture)
    assert not {t for t in direct if "Wednesday" in t[2]}


#: bbc-sport-192, the FA Cup fourth-round draw: its fixture list, one match a line
FA_CUP_DRAW = ("New Southampton manager Harry Redknapp faces an immediate reunion with his old club Portsmouth after "
               "they were drawn together in the FA Cup fourth round.\n\nExeter City face a home tie against "
               "Middlesbrough if they can see off holders Manchester United in a replay. Chelsea host Birmingham, "
               "Tottenham travel to West Brom and Arsenal will entertain Championship side Wolves.\n\nChelsea v "
               "Birmingham\n\nWest Ham v Sheff Utd\n\nOldham v Bolton\n\nArsenal v Wolverhampton\n\nEverton v "
               "Sunderland\n\nNottm Forest v Peterborough")


def test_a_match_the_ner_took_for_a_name_is_a_match(nlp) -> None:  # type: ignore[no-untyped-def]
    """The NER reads "Everton v Sunderland" of a fixture list as a man; as his full name it made "Everton" of another
    article (bbc-sport-175, "Everton spokesman Ian Ross") that man, and "Everton striker James Beattie" no player."""
    from kg.extract import extract
    from kg.resolve import NameIndex

    fixtures = {m.span.text: m.type for m in extract(nlp(FA_CUP_DRAW)).mentions if " v " in m.span.text}
    assert fixtures and set(fixtures.values()) == {"Event"}, fixtures
    known = NameIndex()
    known.add("Person", "Everton v Sunderland")
    assert len(known) == 0
    text = ("Everton striker James Beattie has been declared fit for training on Tuesday, despite suffering an alleged "
            "assault last Saturday. \"He was shaken but not badly injured,\" said Everton spokesman Ian Ross.")
    edges = _strict_layers(nlp, text, known_names=[("Person", "Everton v Sunderland")])[0]
    assert {("James Beattie", "playedFor", "Everton"), ("Ian Ross", "spokespersonFor", "Everton")} <= edges


def test_new_before_a_side_s_city_and_a_title_is_the_title_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-192: "New Southampton manager Harry Redknapp" is Southampton's new manager (no place is called New
    Southampton); New York, New Zealand and New England keep their "New"."""
    direct, _ = _strict_layers(nlp, FA_CUP_DRAW)
    assert {o for s, p, o in direct if s == "Harry Redknapp"} == {"Southampton (team)"}


def test_a_broadcaster_named_with_a_city_is_not_its_club(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-156: the one organisation ending in "Newcastle" is the radio station the manager spoke to, not his
    club (a judge found Graeme Souness leading BBC Newcastle)."""
    text = ("Newcastle boss Graeme Souness is lining up a summer move for England and Real Madrid striker Michael Owen. "
            "He sees Owen as the ideal replacement for Alan Shearer, who is due to retire in the summer, although he "
            "hopes to persuade Shearer to carry on. \"Michael is in the category of players who would excite the fans "
            "and we're monitoring him,\" he told BBC Newcastle. Milburn scored 200 league and cup goals between 1946 "
            "and 1957, while Shearer currently has 187 goals to his name.")
    direct, _ = _strict_layers(nlp, text)
    assert {o for s, p, o in direct if s == "Graeme Souness" and p == "leaderOf"} == {"Newcastle (team)"}


def test_a_title_owned_by_a_name_the_ner_missed_is_not_the_article_s_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-155: "May's chairman" (the NER reads May Department Stores' short name as a month) in an article
    about Federated Department Stores is May's, so no edge to Federated (a judge found it); Federated's own chairman
    keeps his."""
    text = ("US retail giant Federated Department Stores is to buy rival May Department Stores for $11bn (£5.7bn). "
            "Sources familiar with the deal said that negotiations between the two companies sped up after May's "
            "chairman and chief executive Gene Kahn resigned in January. As part of the deal, Federated - owner of "
            "Macy's and Bloomingdale's - will assume $6bn of May's debt. \"We have taken the first step toward "
            "combining two of the best department store companies in America,\" said Terry Lundgren, Federated's "
            "chairman.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Gene Kahn" and "Federated" in t[2]}
    assert ("Terry Lundgren", "leaderOf", "Federated Department Stores") in direct


def test_a_list_s_comma_does_not_part_a_firm_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """kg.extract.context._listed_people parts a person span at a list's commas, but not a firm's name of partners
    ("Miller, Tabak, Hirsch and Co", which the NER may read as a man), a suffix or a title after the comma."""
    from spacy.tokens import Span as SpacySpan

    from kg.extract.context import _listed_people

    doc = nlp("Replacements: Cairns, Lloyd, Broster. Miller, Tabak, Hirsch and Co said. Smith, President of the bank.")

    def person(words: str) -> SpacySpan:
        """The words as one person span of ``doc``, as the NER would give it."""
        length = len(nlp.make_doc(words))
        start = next(t.i for t in doc if doc[t.i:t.i + length].text == words)
        return SpacySpan(doc, start, start + length, label="PERSON")


    assert [p.text for p in _listed_people(person("Cairns, Lloyd, Broster"))] == ["Cairns", "Lloyd", "Broster"]
    assert [p.text for p in _listed_people(person("Miller, Tabak, Hirsch and Co"))] == ["Miller, Tabak, Hirsch and Co"]
    assert [p.text for p in _listed_people(person("Smith, President"))] == ["Smith, President"]


def test_a_title_whose_parse_runs_past_a_full_stop_gives_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-300 (a third tuning sample's judge found it): the NER misses the magazine "PC Pro" and the parse hangs
    the next sentence's "Apple's work" on "editor at", so Nick Ross worked for Apple."""
    text = ("\"I think fundamentally it's a good idea because it's cheap even for a PC,\" said Nick Ross, deputy labs "
            "editor at PC Pro. Apple's work on making things easy to use would also help the Mac mini win fans, he "
            "said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Nick Ross" and t[1] in {"worksFor", "leaderOf"}}


def test_a_firm_the_article_shows_takes_no_man_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-195 and bbc-tech-018 in the BBC build: another article's NER had made men of "Crosby Valve" (a cut
    "Crosby Valve and Gauge Co") and "Bridgend Sony", and the resolver, finding no firm the one word stands for alone,
    took those men for "Valve" and "Sony": Doug Lombardi spoke for Crosby Valve, Bridgend Sony owned the PlayStation 3.
    A one-word name the article shows as a body (someone speaks for it, it owns a product), or the first word of a
    firm the store knows, takes no other article's man."""
    from kg.resolve import FIRM_FIRST_WORD, NameIndex

    import json

    from tests.conftest import shared_data

    path = shared_data("data", "bbc_news", "bbc_news.jsonl")
    assert path is not None
    with path.open(encoding="utf-8") as lines:
        valve = next(record for record in map(json.loads, lines) if record["id"] == "bbc-tech-195")["text"]
    edges = _strict_layers(nlp, valve, known_names=[("Person", "Crosby Valve")])[0]
    assert ("Doug Lombardi", "spokespersonFor", "Valve") in edges, sorted(edges)
    assert not {t for t in edges if "Crosby Valve" in t}, sorted(edges)

    known = NameIndex()
    known.add_all([("Person", "Bridgend Sony"), ("Organization", "Sony Music"), ("Organization", "Sony Ericsson"),
                   ("Person", "Mark Papermaster")])
    assert known.full_name("Organization", "Sony") is None  # neither is what "Sony" alone stands for
    assert known.full_name(FIRM_FIRST_WORD, "Sony") == "Sony Ericsson"
    assert known.full_name(FIRM_FIRST_WORD, "Papermaster") is None
    from kg.build import extract_article
    from kg.rdf.link import GAZETTEER
    from kg.resolve import resolve
    from kg.types import Article

    sony = "Sony has said the Cell processor could be used to bridge the gap between movies and video games."
    article = Article("t", sony)
    extraction = extract_article(nlp(sony), article)
    labels = {e.label for e in resolve(article, extraction.mentions, extraction.relations, known=known,
                                       places=GAZETTEER).entities.values()}
    assert "Sony" in labels and "Bridgend Sony" not in labels, sorted(labels)
    known = NameIndex()
    known.add_all([("Person", "Bridgend Sony")])  # no firm of the word known: the one man is taken, as before
    labels = {e.label for e in resolve(article, extraction.mentions, extraction.relations, known=known,
                                       places=GAZETTEER).entities.values()}
    assert "Bridgend Sony" in labels, sorted(labels)


def test_a_number_the_parse_hangs_on_a_name_goes_on_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-097, whole: "Fahrenheit 9/11 director Michael Moore" - the NER names the firm "Fahrenheit",
    and the film's director worked for it. A number of two digits or more, or with a slash, that the parse hangs on
    a name's last word goes on with the name: the name is cut short, no end of an edge."""
    import json

    from tests.conftest import shared_data

    path = shared_data("data", "bbc_news", "bbc_news.jsonl")
    assert path is not None
    with path.open(encoding="utf-8") as lines:
        text = next(record for record in map(json.loads, lines) if record["id"] == "bbc-entertainment-097")["text"]
    direct, opened = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Michael Moore" and t[1] == "worksFor"}, sorted(direct)
    assert opened.get(("Michael Moore", "worksFor", "Fahrenheit"), "").startswith("object name cut short: 9/11")
