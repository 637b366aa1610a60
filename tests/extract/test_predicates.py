"""Each controlled predicate, on real sentences, with the direct triples a careful reader signs.

The sentences are copied verbatim from BBC news articles (business, entertainment, sport,
tech) and Reuters-21578 newswires, none from the politics section, bench/entitygold,
bench/judged or the held-out ids. For each case the expectation was written by reading
the sentence, not by running kg: the test keeps only the direct triples (relations that
pass kg/resolve/trust.py) of the predicate under test and compares them, exactly, with
the triples a journalist would sign. Where kg's graph differs, the case stays with its
expectation and is marked ``xfail(strict=True)`` with the reason kg misses it, so a
fix shows up as an XPASS.

The negatives name triples that must *not* be edges: plans, schedules, agreements to
buy, futures, denials, negations, conditions, counterfactuals, claims, sport verbs that
criticise or fire no one ("blasted the ball", "ousted the seventh seed", "dismissed
Didier Drogba"), "box office hits", and passives whose agent is not the subject.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from kg.extract.vocabulary import PREDICATES, SYMMETRIC

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]
Layers = tuple[set[Triple], dict[Triple, str]]


def _canonical(triples: Iterable[Triple]) -> set[Triple]:
    """A symmetric predicate says the same thing either way round: "A met B" is "B met A"."""
    return {(min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o) for s, p, o in triples}


# ---------------------------------------------------------------------------------------------
# Positive cases: (id, predicate, sentence, the exact direct triples of that predicate)
# ---------------------------------------------------------------------------------------------

POSITIVE: list[tuple[str, str, str, set[Triple]]] = [
    # -- meetings and visits
    ("title-object", "met",
     "Werner Seifert met LSE chief executive Clara Furse amid rumours the German group may raise its bid to "
     "£1.5bn ($2.9bn) from its initial £1.3bn offer.",
     {("Werner Seifert", "met", "Clara Furse")}),
    ("relative-clause", "met",
     "Their comments echoed those of British Chancellor of the Exchequer Nigel Lawson, who met Funaro yesterday.",
     {("Nigel Lawson", "met", "Funaro")}),
    ("ministers", "met",
     "Italian Treasury Minister Giovanni Goria met Brazilian Finance Minister Dilson Funaro today and expressed "
     "Italy's willingness to support his efforts in trying to resolve Brazil's pressing debt problems.",
     {("Giovanni Goria", "met", "Dilson Funaro")}),
    ("presidents", "met",
     "West German President Richard von Weizsaecker met Argentine President Raul Alfonsin for talks on the first "
     "day of the German leader's four-day visit.",
     {("Richard von Weizsaecker", "met", "Raul Alfonsin")}),
    ("held-talks", "talkedWith",
     "Euronext chief Jean-Francois Theodore held talks with LSE boss Clara Furse the day after rival Deutsche "
     "Boerse put forward its own bid case.",
     {("Jean-Francois Theodore", "talkedWith", "Clara Furse")}),
    ("negotiating-with", "talkedWith",
     "The UAW is negotiating with AMC over the carmaker's demand for economic concessions covering workers at its "
     "Wisconsin operations, without which AMC has said it would cease vehicle production at its Kenosha, "
     "Wisconsin, assembly plant by 1989.",
     {("UAW", "talkedWith", "AMC")}),
    ("conjoined-subjects", "visited",
     "Funaro and Gros last week visited Washington as part of their trip to enlist support from governments for "
     "its attempts to change the means by which developing countries finance growth.",
     {("Funaro", "visited", "Washington"), ("Gros", "visited", "Washington")}),
    ("toured", "visited",
     "Dallaglio toured South Africa with the Lions in 1997 but was forced home early with a knee injury from the "
     "trip to Australia three years ago.",
     {("Dallaglio", "visited", "South Africa")}),
    # -- stance
    ("passive-collective-agent", "criticized",
     "Fannie Mae was criticised by financial regulators and could have to restate its earnings by up to $9bn "
     "(£4.6bn).",
     {("financial regulators", "criticized", "Fannie Mae")}),
    ("criticised-over", "criticized",
     "World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money for women.",
     {("Lindsay Davenport", "criticized", "Wimbledon")}),
    ("passive-product", "criticized",
     "Hailstorm was criticised by privacy campaigners for putting too much sensitive information into the hands "
     "of a single company.",
     {("privacy campaigners", "criticized", "Hailstorm")}),
    ("reported", "criticized",
     "Zemljaric said the International Monetary Fund criticised Yugoslavia for not regulating consumption, not "
     "having real interest rates or market exchange rates, for its inability to control monetary policy and slow "
     "pace of reform.",
     {("International Monetary Fund", "criticized", "Yugoslavia")}),
    ("title-subject", "praised",
     "Manchester City boss Kevin Keegan has praised striker Robbie Fowler for his landmark return to form.",
     {("Kevin Keegan", "praised", "Robbie Fowler")}),
    ("hailed", "praised",
     "Benitez hailed Gerrard for his match-winning strike four minutes from time and also the Anfield crowd for "
     "sticking by their side after they had fallen a goal behind at the interval.",
     {("Benitez", "praised", "Gerrard")}),
    ("passive-police", "praised",
     "Rock star Ozzy Osbourne has been praised by police for \"very courageously\" tackling a burglar who stole "
     "jewellery from his house.",
     {("police", "praised", "Ozzy Osbourne")}),
    ("backed", "supported",
     "But Corry has backed Robinson, who was given the role after the injury to fly-half Jonny Wilkinson, ahead of "
     "this weekend's trip to Ireland.",
     {("Corry", "supported", "Robinson")}),
    ("conjunctions", "supported",
     "El Salvador and Guatemala both backed Brazil and Colombia at the London talks in resisting pressures for "
     "quotas based on objective criteria.",
     {("El Salvador", "supported", "Brazil"), ("El Salvador", "supported", "Colombia"),
      ("Guatemala", "supported", "Brazil"), ("Guatemala", "supported", "Colombia")}),
    ("urged-to", "urged",
     "Jolanda Ceplak has urged Britain's Kelly Holmes to continue competing at the major championships.",
     {("Jolanda Ceplak", "urged", "Kelly Holmes")}),
    ("urged-relative", "urged",
     "But Henman urged Bogdanovic, who has had run-ins with British tennis officials in the past, to seize his "
     "chance.",
     {("Henman", "urged", "Bogdanovic")}),
    ("urged-title", "urged",
     "Jack Kemp, a New York Republican, urged President Reagan to oppose any legislation to impose a tax on stock "
     "transactions.",
     {("Jack Kemp", "urged", "Reagan")}),
    ("urged-organisation", "urged",
     "The Farm Bureau also urged Agriculture Secretary Richard Lyng to adjust the loan rate for 1987 crop soybeans "
     "as much as he deems possible under the farm bill to keep soybeans competitive in the world market.",
     {("Farm Bureau", "urged", "Richard Lyng")}),
    ("regulator", "accused",
     "The SEC had accused Titan of illegally paying $2.1m to an unnamed agent in Benin claiming ties with "
     "President Kerekou.",
     {("SEC", "accused", "Titan")}),
    ("players", "accused",
     "After the match, Keane accused Vieira of starting the row.",
     {("Keane", "accused", "Vieira")}),
    ("countries", "accused",
     "Turkey accused Greece of breaching the 1976 Berne Agreement under which both sides agreed to preserve the "
     "status quo in the Aegean until their continental shelf dispute was settled.",
     {("Turkey", "accused", "Greece")}),
    ("ampersand-name", "accused",
     "The Securities & Exchange Commission accused Fannie Mae of using techniques that \"did not comply in "
     "material respects\" with accounting standards.",
     {("Securities & Exchange Commission", "accused", "Fannie Mae")}),
    ("warned-of", "warned",
     "President Ronald Reagan warned Iran of stronger American countermeasures if the military escalation "
     "continued.",
     {("Ronald Reagan", "warned", "Iran")}),
    ("warned-in-report", "warned",
     "The International Monetary Fund has warned Israel in a report that a continued rapid rise in wages could "
     "undo the achievements of its economic stabilization program in controlling hyperinflation.",
     {("International Monetary Fund", "warned", "Israel")}),
    ("sued", "sued",
     "Mr Evans sued Mr Mann in 2001, claiming he came up with the idea, spent years developing it and persuaded "
     "DiCaprio to play Hughes - but said he was later excluded from the project.",
     {("Evans", "sued", "Mann")}),
    ("suing", "sued",
     "Actor Bruce Willis is suing Revolution Studios over an injury he said he suffered while making Tears of the "
     "Sun.",
     {("Bruce Willis", "sued", "Revolution Studios")}),
    # -- business
    ("said-it-acquired", "acquired",
     "Scientific Micro Systems Inc said it has acquired Supermac Technology, a rapidly growing supplier of "
     "enhancement products and disc drive subsystems for the Apple personal computer market.",
     {("Scientific Micro Systems Inc", "acquired", "Supermac Technology")}),
    ("acquired-from", "acquired",
     "Pacific Western acquired Canadian Pacific Air Lines for 300 mln dlrs last December from Canadian Pacific Ltd "
     "<CP>.",
     {("Pacific Western", "acquired", "Canadian Pacific Air Lines")}),
    ("relative-clause", "acquired",
     "Gazprom is set to merge with state oil firm Rosneft, the company that eventually acquired Yuganskneftegas, "
     "the main unit of embattled oil giant Yukos.",
     {("Rosneft", "acquired", "Yuganskneftegas")}),
    ("subsidiary-apposition", "sold",
     "American International Group Inc said it sold its South African subsidiary, American International "
     "Insurance Co Ltd, to Johannesburg Insurance Holdings Ltd, a holding company owned by a consortium of "
     "shareholders led by Rand Merchant Bank.",
     {("American International Group Inc", "sold", "American International Insurance Co Ltd")}),
    ("unit-apposition", "sold",
     "Gould Inc said it sold its French Battery unit, Cie Francaise d'Electro Chimie, to a group of investors "
     "including the unit's employees and <GNB Inc> of Minnesota.",
     {("Gould Inc", "sold", "Cie Francaise d'Electro Chimie")}),
    ("named-unit", "sold",
     "Allegheny International Inc said it sold its Wilkinson Sword Consumer Group to the <Swedish Match Co> of "
     "Stockholm for for 230 mln dlrs.",
     {("Allegheny International Inc", "sold", "Wilkinson Sword Consumer Group")}),
    ("merged-with", "mergedWith",
     "Floor traders at the MidAmerica Commodity Exchange, which merged with the CBT about a year ago, said they "
     "were preparing to vacate their floor at the end of this month.",
     {("MidAmerica Commodity Exchange", "mergedWith", "CBT")}),
    ("owns-conjunction", "owns",
     "USX, which owns Marathon Oil Co and Texas Oil and Gas Corp, had 60 pct of its 1986 sales of 14.94 billion "
     "dlrs from its oil and gas operations.",
     {("USX", "owns", "Marathon Oil Co"), ("USX", "owns", "Texas Oil and Gas Corp")}),
    ("person-owns", "owns",
     "Lerner owns Clevebaco Corp, which is the general partner of Clevebaco L.P.",
     {("Lerner", "owns", "Clevebaco Corp")}),
    ("controls", "owns",
     "Kent Rockwell, who controls Rockwell Venture Capital Inc, will buy 27 pct of the company's cumulative "
     "preferred stock.",
     {("Kent Rockwell", "owns", "Rockwell Venture Capital Inc")}),
    # a firm's possessive before a name and its product's noun (kg/extract/context.py, product_names): the NER
    # reads "Xbox" and "Windows" as firms
    ("product-noun", "owns",
     "Microsoft has said it will replace more than 14 million power cables for its Xbox consoles due to safety "
     "concerns.",
     {("Microsoft", "owns", "Xbox")}),
    ("operating-system", "owns",
     "Microsoft says it is clamping down on people running pirated versions of its Windows operating system by "
     "restricting their access to security features.",
     {("Microsoft", "owns", "Windows")}),
    ("a-subsidiary-of", "subsidiaryOf",
     "Magma Copper Co, a subsidiary of Newmont Mining Corp, said it is cutting its copper cathode price by 0.75 "
     "cent to 66 cents a lb, effective immediately.",
     {("Magma Copper Co", "subsidiaryOf", "Newmont Mining Corp")}),
    ("a-unit-of", "subsidiaryOf",
     "Thomson McKinnon Mortgage Assets Corp, a unit of Thomson McKinnon Inc, is offering 100 mln dlrs of "
     "collateralized mortgage obligations in three tranches that include floating rate and inverse floating rate "
     "CMOS.",
     {("Thomson McKinnon Mortgage Assets Corp", "subsidiaryOf", "Thomson McKinnon Inc")}),
    ("a-unit-of-ticker", "subsidiaryOf",
     "Shearson Lehman Brothers, a unit of American Express Co <AXP>, said Robert Stearns has joined the company as "
     "managing director of its merger and acquisition department.",
     {("Shearson Lehman Brothers", "subsidiaryOf", "American Express Co")}),
    ("local-unit-apposed", "subsidiaryOf",  # reuters21578-8633 (dev gold): the unit noun before the name, apposed
     "Citicorp's <CCI.N> local unit Citibank, previously listed as the largest foreign bank, slipped to second place "
     "behind Bank of Tokyo.",
     {("Citibank", "subsidiaryOf", "Citicorp")}),
    ("signed-player", "signed",
     "Norwich have signed Charlton midfielder Graham Stuart until the end of the season for an undisclosed fee.",
     {("Norwich", "signed", "Graham Stuart")}),
    ("distributor", "released",
     "\"We certainly had higher expectations than what we got,\" said Rob Schwartz, head of distribution for "
     "Newmarket Films, which released The Passion of the Christ.",
     {("Newmarket Films", "released", "Passion of the Christ")}),
    ("starring", "starredIn",
     "In the UK box office chart, Meet the Fockers pushed Closer off the top spot while police action movie "
     "Assault On Precinct 13, starring rapper Ja Rule, made £750,000 in its first weekend.",
     {("Ja Rule", "starredIn", "Assault On Precinct 13")}),
    ("set-up", "founded",
     "Beer magnate Vijay Mallya recently set up Kingfisher Airlines, while UK entrepreneur Richard Branson has said "
     "he is keen to start a local operation.",
     {("Vijay Mallya", "founded", "Kingfisher Airlines")}),
    ("founded", "founded",
     "Robert Redford founded Sundance in 1981 and it has gone on to showcase future successes such as Reservoir "
     "Dogs, The Blair Witch Project and The Full Monty.",
     {("Robert Redford", "founded", "Sundance")}),
    ("founder-of", "founded",
     "Mr Knight, founder of Death Row Records, served a 10-month jail term in 2004 for punching a man while on "
     "parole for an assault conviction.",
     {("Knight", "founded", "Death Row Records")}),
    ("founder-of-relative", "founded",
     "Dan Gillmor, founder of Grassroots Media, which supports citizen-based media, said the tool was a \"bad "
     "idea, and an unfortunate move by a company that is looking to continue its hypergrowth\".",
     {("Dan Gillmor", "founded", "Grassroots Media")}),
    # -- posts
    ("appointed-as", "appointed",
     "The Scottish Football Association has appointed Tommy Burns as provisional caretaker-boss for the friendly "
     "against Sweden on 17 November.",
     {("Scottish Football Association", "appointed", "Tommy Burns")}),
    ("passive-agent", "appointed",
     "Karnes, who has not held political office before, was appointed by Nebraska Republican Governor Kay Orr.",
     {("Kay Orr", "appointed", "Karnes")}),
    ("named-as", "appointed",
     "Datapoint named Stephen Baum as its treasurer and vice president of financial planning.",
     {("Datapoint", "appointed", "Stephen Baum")}),
    ("named-replacing", "appointed",
     "The state-run Ecuadorean State Oil Corporation (CEPE) has named Jaime Sanchez Valdivieso as its new general "
     "manager replacing Carlos Romo Leroux, a CEPE spokesman said.",
     {("Ecuadorean State Oil Corporation", "appointed", "Jaime Sanchez Valdivieso")}),
    ("quit-group", "resignedFrom",
     "McFadden, who quit chart-topping group Westlife in March, went to number one in September with his first "
     "solo single Real To Me.",
     {("McFadden", "resignedFrom", "Westlife")}),
    ("sacked", "fired",
     "Boeing sacked Mr Sears and Ms Druyun in November 2003 after allegations that they had violated company "
     "recruitment policy.",
     {("Boeing", "fired", "Sears"), ("Boeing", "fired", "Druyun")}),
    ("replaced-as", "replaced",
     "Sergio Marchionne has replaced Herbert Demel as chief executive of Fiat Auto, with Mr Demel leaving the "
     "company.",
     {("Sergio Marchionne", "replaced", "Herbert Demel")}),
    ("replacing-actor", "replaced",
     "Slater, 35, is replacing actor Dallas Roberts in the Tennessee Williams drama, which opens next month.",
     {("Slater", "replaced", "Dallas Roberts")}),
    ("passive-substitution", "replaced",
     "Thomas was replaced at half-time by Williams as his side turned around a 15-6 deficit in Paris.",
     {("Williams", "replaced", "Thomas")}),
    ("succeeded", "succeeded",
     "The Republic side kept a clean sheet for the eighth time in 11 matches and are unbeaten in 14 home games "
     "since Kerr succeeded Mick McCarthy.",
     {("Kerr", "succeeded", "Mick McCarthy")}),
    ("succeeds", "succeeded",
     "Western Union said Pope, formerly the executive vice president of the company, succeeds Robert Leventhal.",
     {("Pope", "succeeded", "Robert Leventhal")}),
    ("passive-succeeded", "succeeded",
     "Newitt, who had been president and chief executive officer, is succeeded as president by William Anderson, "
     "who had been executive vice president and chief operating officer.",
     {("William Anderson", "succeeded", "Newitt")}),
    # -- contests and sport
    ("election", "defeated",
     "Mr Yushchenko recently defeated Moscow-backed presidential candidate and Prime Minister Viktor Yanukovych at "
     "the polls, and has made no secret of his wish to fight corruption and make Ukraine more transparent.",
     {("Yushchenko", "defeated", "Viktor Yanukovych")}),
    ("lost-to-and-must", "defeated",
     "France, who lost to Wales last week, must defeat the Irish to keep alive their hopes of retaining the Six "
     "Nations trophy.",
     {("Wales", "defeated", "France")}),
    ("clubs", "defeated",
     "Milan beat Juventus in a penalty shootout after a 0-0 tie at Old Trafford and Ancelotti said: \"We are all "
     "very happy to return (to Old Trafford) to play in the Champions League and this will give us great "
     "motivation.\"",
     {("Milan (team)", "defeated", "Juventus")}),
    ("relative-clause", "defeated",
     "But Ljubicic, who beat Tim Henman in the last eight, dug deep to secure the second set after a tense "
     "tiebreak.",
     {("Ljubicic", "defeated", "Tim Henman")}),
    ("rubber", "defeated",
     "Spain won the Davis Cup for the second time in their history when Carlos Moya beat the USA's Andy Roddick in "
     "the fourth rubber in Seville.",
     {("Carlos Moya", "defeated", "Andy Roddick")}),
    ("cup", "won",
     "Spain won the Davis Cup for the second time in their history when Carlos Moya beat the USA's Andy Roddick in "
     "the fourth rubber in Seville.",
     {("Spain", "won", "Davis Cup")}),
    ("prize", "won",
     "Children's winner McCaughrean, who went into magazine publishing after studying teaching, previously won the "
     "Whitbread Prize in 1987 with A Little Lower than Angels and in 1994 with Gold Dust.",
     {("McCaughrean", "won", "Whitbread Prize")}),
    ("conjoined-winners", "won",
     "Jamie Foxx and Hilary Swank have won the Screen Actors Guild Awards for best male and female film actors, "
     "boosting their Oscars hopes this month.",
     {("Jamie Foxx", "won", "Screen Actors Guild Awards"), ("Hilary Swank", "won", "Screen Actors Guild Awards")}),
    ("grand-slam", "won",
     "Agassi, who has won the Australian Open four times, will have an MRI scan to discover the extent of the "
     "damage.",
     {("Agassi", "won", "Australian Open")}),
    # prizes named by one word or with their "Award"/"Prize" (kg/extract/context.py, award_names): the NER reads
    # "Oscar" as a man and "Baftas" as a body
    ("one-word-prize", "won",
     "Miyazaki won an Oscar earlier this year for Spirited Away, Japan's first Academy Award for nearly 50 years.",
     {("Miyazaki", "won", "Oscar")}),
    ("counted-prizes", "won",
     "Scottish rock band Franz Ferdinand, who shot to prominence in 2004, have won two Brit Awards.",
     {("Franz Ferdinand", "won", "Brit Awards")}),
    ("prizes-in-relative-clause", "won",
     "British actor Clive Owen, who has won a Golden Globe and a Bafta for his supporting role in Closer, said it "
     "\"meant a lot\" to be at the ceremony.",
     {("Clive Owen", "won", "Golden Globe"), ("Clive Owen", "won", "Bafta")}),
    ("prize-named-for-a-country", "won",
     "British writer-director Amma Asante won the UK Film Talent Award this year for her debut feature A Way Of "
     "Life.",
     {("Amma Asante", "won", "UK Film Talent Award")}),
    ("first-prize-of-career", "won",
     "Rod Stewart also won the first Grammy of his career, getting the best traditional pop album award for "
     "Stardust...",
     {("Rod Stewart", "won", "Grammy")}),
    ("award-conjunction", "won",
     "Swank, who previously won the Golden Globe and Oscar for Boys Don't Cry, paid tribute to Million Dollar "
     "Baby director and co-star Clint Eastwood.",
     {("Swank", "won", "Golden Globe"), ("Swank", "won", "Oscar")}),
    ("two-titles", "playedFor",
     "It looks like a good opportunity to try out players like Middlesbrough winger Stewart Downing or Crystal "
     "Palace striker Andy Johnson.",
     {("Stewart Downing", "playedFor", "Middlesbrough (team)"), ("Andy Johnson", "playedFor", "Crystal Palace")}),
    ("winger", "playedFor",
     "Liverpool winger Harry Kewell is struggling to recover from his Achilles tendinitis problem and may not "
     "recover until March, claims his agent.",
     {("Harry Kewell", "playedFor", "Liverpool (team)")}),
    ("goalkeeper", "playedFor",
     "Chelsea goalkeeper Carlo Cudicini will miss Sunday's Carling Cup final after the club dropped their appeal "
     "against his red card against Newcastle.",
     {("Carlo Cudicini", "playedFor", "Chelsea (team)")}),
    ("striker", "playedFor",
     "Manchester City striker Nicolas Anelka has issued an apology for criticising the ambitions of the club.",
     {("Nicolas Anelka", "playedFor", "Manchester City")}),
    # -- law
    ("passive-conjoined", "charged",
     "Liverpool and Millwall have been charged by the Football Association over crowd trouble during their Carling "
     "Cup match on 26 October.",
     {("Football Association", "charged", "Liverpool"), ("Football Association", "charged", "Millwall")}),
    ("passive-collective", "charged",
     "Kenteris, the 200m champion in 2000, and Thanou have since been charged by the Greek authorities and await "
     "trial.",
     {("Greek authorities", "charged", "Kenteris"), ("Greek authorities", "charged", "Thanou")}),
    ("charged-with", "charged",
     "In a complaint which was issued simultaneously with the settlement, the Securities and Exchange Commission "
     "charged Dean Witter, the fourth largest U.S. brokerage house, with failing to report more than one mln dlrs "
     "of cash transactions.",
     {("Securities and Exchange Commission", "charged", "Dean Witter")}),
    # -- roles
    ("economist-at", "worksFor",
     "\"It's painting a picture of a recovery... much patchier than previously thought,\" said Paul Sheard, "
     "economist at Lehman Brothers in Tokyo.",
     {("Paul Sheard", "worksFor", "Lehman Brothers")}),
    ("analyst-at", "worksFor",
     "That gives them some head room to invest in growth now,\" said Hannes Wittig, telecoms analyst at Dresdner "
     "Kleinwort Wasserstein.",
     {("Hannes Wittig", "worksFor", "Dresdner Kleinwort Wasserstein")}),
    ("economist-with", "worksFor",
     "\"It's a sign that the economy's adjustment phase is stronger than expected,\" said Takashi Yamanaka, an "
     "economist with UFJ Bank.",
     {("Takashi Yamanaka", "worksFor", "UFJ Bank")}),
    ("ampersand-firm", "worksFor",
     "Bill Armstrong, a retail analyst at CL King & Associates, said he expected to see other private investment "
     "firms come forward for Circuit City.",
     {("Bill Armstrong", "worksFor", "CL King & Associates")}),
    ("head-of-department", "worksFor",
     "\"I certainly believe it's a genre where people are going to be more moved by the marketing materials for "
     "the movie than by what the critics say,\" said Rory Bruer, head of distribution for Sony Pictures, which "
     "released the film in the US.",
     {("Rory Bruer", "worksFor", "Sony Pictures")}),
    ("chief-executive", "leaderOf",
     "\"We now have absolute freedom to design our own future,\" said Fiat chief executive Sergio Marchionne.",
     {("Sergio Marchionne", "leaderOf", "Fiat")}),
    ("chairman", "leaderOf",
     "Ryanair chairman David Bonderman said that the 737-800 had \"significantly reduced our unit operating costs "
     "and allowed us to reduce air fares each year for the last five years\".",
     {("David Bonderman", "leaderOf", "Ryanair")}),
    ("head-of", "leaderOf",
     "Stuart Rose, head of M&S, said last year its prices were too high.",
     {("Stuart Rose", "leaderOf", "M&S")}),
    ("chairman-and-ceo-of", "leaderOf",
     "Alain Levy, chairman and chief executive of EMI Music, described the performance as \"disappointing\", but "
     "added that he remained optimistic over future trends in the industry.",
     {("Alain Levy", "leaderOf", "EMI Music")}),
    ("presidents", "leaderOf",
     "West German President Richard von Weizsaecker met Argentine President Raul Alfonsin for talks on the first "
     "day of the German leader's four-day visit.",
     {("Richard von Weizsaecker", "leaderOf", "West Germany"), ("Raul Alfonsin", "leaderOf", "Argentina")}),
    ("governor", "leaderOf",
     "Karnes, who has not held political office before, was appointed by Nebraska Republican Governor Kay Orr.",
     {("Kay Orr", "leaderOf", "Nebraska")}),
    ("club-boss", "leaderOf",
     "Manchester City boss Kevin Keegan has praised striker Robbie Fowler for his landmark return to form.",
     {("Kevin Keegan", "leaderOf", "Manchester City")}),
    ("title-before-name", "spokespersonFor",
     "\"There will be a period of adjustment required,\" said WTO spokesman Keith Rockwell.",
     {("Keith Rockwell", "spokespersonFor", "World Trade Organization")}),
    ("spokeswoman", "spokespersonFor",
     "MTV spokeswoman Jeannie Kedas said the network follows the same standards as broadcasters and reflects the "
     "culture and what its viewers are interested in.",
     {("Jeannie Kedas", "spokespersonFor", "MTV")}),
    ("spokesman-for", "spokespersonFor",
     "Tony Macklin, spokesman for Ask Jeeves, said the results reflected its own research which showed that people "
     "use different search engines because the way the sites gather information means they can provide different "
     "results for the same query.",
     {("Tony Macklin", "spokespersonFor", "Ask Jeeves")}),
    ("a-spokesman-for", "spokespersonFor",
     "\"We prefer a sensible entrepreneurial solution at a price that is not too high,\" said Rolf Dress, a "
     "spokesman for Union Investment.",
     {("Rolf Dress", "spokespersonFor", "Union Investment")}),
    ("member-of-parliament", "memberOf",
     "Eva Lichtenberg, a Austrian Green member of the European Parliament said in a statement.",
     {("Eva Lichtenberg", "memberOf", "European Parliament")}),
    # a state that is no more is a seat a firm is based in (reuters21578-8754)
    # a leader who left a room left no post (reuters21578-21369)
    ("left-a-session", "leaderOf",
     "Soviet leader Mikhail Gorbachev and Foreign Minister Eduard Shevardnadze abruptly left a parliamentary session "
     "earlier on Monday, sparking diplomatic speculation that they were concerned with an urgent matter of foreign "
     "affairs.",
     {("Mikhail Gorbachev", "leaderOf", "Soviet Union")}),
    ("based-in-west-germany", "basedIn",
     "Hoechst Invest NV, a Dutch finance subsidiary of Hoechst AG of West Germany, is issuing a 130 mln Swiss franc "
     "five pct bond, lead manager Credit Suisse said.",
     {("Hoechst AG", "basedIn", "West Germany"), ("Hoechst Invest NV", "basedIn", "Netherlands")}),
    # a US state before the party's word says whose member he is, no name cut short (reuters21578-12051, -7899)
    ("state-party-name", "memberOf",
     "One of those voting to sustain the veto was North Carolina Democrat Terry Sanford.",
     {("Terry Sanford", "memberOf", "Democratic Party")}),
    ("state-party-name-2", "memberOf",
     "\"The Transportation Department's antitrust enforcement has been disastrous, permitting rampant merger mania,\" "
     "Ohio Democrat Howard Metzenbaum said in a statement.",
     {("Howard Metzenbaum", "memberOf", "Democratic Party")}),
    # "Democratic" alone before a title is the US party's; in Washington a party's "leader" leads its members in
    # Congress, a member of the party (reuters21578-12773, -12581)
    ("us-party-leader", "memberOf",
     "Democratic leader Robert Byrd said \"this isn't going to make or break the president.\"",
     {("Robert Byrd", "memberOf", "Democratic Party")}),
    ("us-party-leader-2", "memberOf",
     "Capitol to personally urge senators to support his veto of an 88 billion dlr highway and mass transit funding "
     "bill, Republican leader Robert Dole of Kansas said.",
     {("Robert Dole", "memberOf", "Republican Party")}),
    ("member-of-commission", "memberOf",
     "About 60 people attended Sunday's meeting in Monaco, including IAAF chief Lamine Diack and Namibian athlete "
     "Frankie Fredericks, now a member of the Athletes' Commission.",
     {("Frankie Fredericks", "memberOf", "Athletes' Commission")}),
    # a firm's board member works for it (blind judges of sets 40 and 43 called memberOf, meant for parties, bands,
    # groups and unions, "partly" here): memberOf stays for bodies of members
    ("board-member", "worksFor",
     "Max Baumann, a member of the Contraves board, told Reuters his company was awaiting judgement in the case "
     "before a Zurich court \"quite calmly,\" but he declined to discuss it in detail.",
     {("Max Baumann", "worksFor", "Contraves")}),
    # -- places
    ("city-comma-country", "locatedIn",
     "But the group's new commitment to the Swedish factory may not be welcomed by the group's Opel workers in "
     "Ruesselsheim, Germany.",
     {("Ruesselsheim", "locatedIn", "Germany")}),
    ("city-comma-state", "locatedIn",
     "Zack Clement, a lawyer for Yukos, told Judge Clark in an emergency hearing in Houston, Texas, on Wednesday.",
     {("Houston", "locatedIn", "Texas")}),
    ("held-in", "locatedIn",
     "Last year's big winner at the MTV Europe Awards, held in Edinburgh, Scotland, was Justin Timberlake, who "
     "walked away with three trophies.",
     {("Edinburgh", "locatedIn", "Scotland")}),
    ("moved-from", "locatedIn",
     "Singer Alex Kapranos was studying English at university but had friends at art school, and the line-up was "
     "completed when guitarist Nick McCarthy moved from Munich, Germany, to the city.",
     {("Munich", "locatedIn", "Germany")}),
    ("plant-modifier", "locatedIn",
     "The UAW is negotiating with AMC over the carmaker's demand for economic concessions covering workers at its "
     "Wisconsin operations, without which AMC has said it would cease vehicle production at its Kenosha, "
     "Wisconsin, assembly plant by 1989.",
     {("Kenosha, Wisconsin", "locatedIn", "Wisconsin")}),
    ("hyphen-based-city", "basedIn",
     "The bid has come from Boston-based private investment firm Highfields Capital Management, which already owns "
     "6.7% of Circuit City's shares.",
     {("Highfields Capital Management", "basedIn", "Boston")}),
    ("hyphen-based-territory", "basedIn",
     "The Indian mobile market is currently dominated by four companies, Bharti Televentures which has allied "
     "itself with Singapore Telecom, Essar which is linked with Hong Kong-based Hutchison Whampoa, the Sterling "
     "group and the Tata group.",
     {("Hutchison Whampoa", "basedIn", "Hong Kong")}),
    ("hyphen-based-state", "basedIn",
     "A tie-up between Barclays and California-based Wells Fargo would create the world's fourth biggest bank, "
     "valued at $180bn.",
     {("Wells Fargo", "basedIn", "California")}),
    ("hyphen-based-apposition", "basedIn",
     "Yukos' parent company, the Gibraltar-based Menatep Group, is suing Russia in Europe for $28.3bn in financial "
     "damages.",
     {("Menatep Group", "basedIn", "Gibraltar")}),
    ("country-possessive", "basedIn",
     "The report comes less than a week after IBM, a pioneer of the PC business, sold its PC hardware division to "
     "China's number one computer maker Lenovo.",
     {("Lenovo", "basedIn", "China")}),
    ("demonym-billionaire", "citizenOf",
     "News Corp, the media company controlled by Australian billionaire Rupert Murdoch, is eyeing a move into the "
     "video games market.",
     {("Rupert Murdoch", "citizenOf", "Australia")}),
    ("demonym-counterpart", "citizenOf",
     "\"Asia should engage in greater currency flexibility,\" said French finance minister Herve Gaymard, after a "
     "meeting with his German counterpart Hans Eichel.",
     {("Hans Eichel", "citizenOf", "Germany")}),  # (Gaymard works for France: his role says it, test_trust_passages)
    ("demonym-actor", "citizenOf",
     "The film stars Irish actor Colin Farrell as one of history's most celebrated leaders - a relentless and "
     "arrogant warrior who conquered much of the known world by the age of 25.",
     {("Colin Farrell", "citizenOf", "Ireland")}),
    ("two-demonyms", "citizenOf",
     "He has two children of his own with French singer Vanessa Paradis, having previously been in a long-term "
     "relationship with British model Kate Moss.",
     {("Vanessa Paradis", "citizenOf", "France"), ("Kate Moss", "citizenOf", "United Kingdom")}),
]

#: (id, predicate, sentence, expected, why kg misses it): the expectation stands, kg falls short
POSITIVE_MISSES: list[tuple[str, str, str, set[Triple], str]] = [
    ("second-object-dropped", "met",
     "Economy Minister Youssri Mustapha, who leaves for Moscow on Tuesday, met President Hosni Mubarak and "
     "Egyptian ambassador to Moscow Salah Bassiouni to discuss the issue.",
     {("Youssri Mustapha", "met", "Hosni Mubarak"), ("Youssri Mustapha", "met", "Salah Bassiouni")},
     "the second object's name after its long title ('Egyptian ambassador to Moscow') is not taken as the node: "
     "the object stays the generic 'Egyptian ambassador'"),
    ("appositions-and-conjunct", "met",
     "Labour minister, Alfredo Franco, met with Juan Lechin Oquendo, the veteran secretary general of the "
     "Bolivian Labour Organization (cob) and Victor Reyes, the miners federation top leader, at the mining "
     "ministry, he said.",
     {("Alfredo Franco", "met", "Juan Lechin Oquendo"), ("Alfredo Franco", "met", "Victor Reyes")},
     "the parse attaches 'Victor Reyes' inside the apposition, so the second person met is lost"),
    ("title-taken-for-name", "met",
     "Dumas, a close aide to President Francois Mitterrand, earlier this week met Iranian Charge d'Affaires in "
     "Paris Haddadi Gholam-reza.",
     {("Dumas", "met", "Haddadi Gholam-reza")},
     "the NER misses 'Haddadi Gholam-reza' and the title 'Iranian Charge d'Affaires' becomes the node"),
    ("in-talks-with", "talkedWith",
     "Trouble-hit Mitsubishi Motors is in talks with French carmaker PSA Peugeot Citroen about a possible "
     "alliance.",
     {("Mitsubishi Motors", "talkedWith", "PSA Peugeot Citroen")},
     "no frame for 'be in talks with' (the event noun under a preposition, not a light verb)"),
    ("second-partner", "talkedWith",
     "Kepco has been negotiating with Combustion Engineering Inc (CSP) for pressurised light-water reactors and "
     "General Electric Co (GE) for turbines.",
     {("Kepco", "talkedWith", "Combustion Engineering Inc"), ("Kepco", "talkedWith", "General Electric Co")},
     "the parse conjoins 'General Electric Co' with 'reactors', not with the first partner"),
    ("conjoined-subject", "visited",
     "Denmark's Crown Prince Frederik and Crown Princess Mary visited New York on Monday to help promote the "
     "festivities.",
     {("Crown Prince Frederik", "visited", "New York"), ("Crown Princess Mary", "visited", "New York")},
     "the NER misses 'Crown Princess Mary', so the second visitor is a generic phrase"),
    ("possessor-is-target", "criticized",
     "Democrat challenger John Kerry has criticised President George W Bush's handling of the economy, pointing "
     "to a net loss of over 800,000 jobs since Mr Bush took office.",
     {("John Kerry", "criticized", "George W Bush")},
     "criticising 'Bush's handling' criticises Bush; kg keeps the generic phrase as the object"),
    ("work-of-successor", "praised",
     "Former Liverpool manager Gerard Houllier has praised the work of his Anfield successor Rafael Benitez.",
     {("Gerard Houllier", "praised", "Rafael Benitez")},
     "'praised the work of X' praises X; kg keeps the generic 'work'"),
    ("two-agents", "urged",
     "Both the IMF and World Bank have urged Egypt to remove obstacles to the development of the private sector "
     "which they say has a vital role to play in reducing poverty by expanding the economy.",
     {("IMF", "urged", "Egypt"), ("World Bank", "urged", "Egypt")},
     "the NER misses 'IMF' after 'Both the'"),
    ("ner-miss-object", "accused",
     "The Rosneft announcement came just hours after Yukos accused Gazprom of illegally taking part in Sunday's "
     "auction.",
     {("Yukos", "accused", "Gazprom")},
     "the NER misses 'Gazprom' (and types Yukos as a person), so the object is a generic phrase"),
    ("apostrophe-name", "accused",
     "But Clooney accused O'Reilly of creating a fuss for his own personal gain, saying viewers may now be "
     "\"afraid that their money will do no good\".",
     {("Clooney", "accused", "O'Reilly")},
     "the parse takes 'O'Reilly' as an adverb, not as the object of 'accused'"),
    ("two-agents", "warned",
     "President Reagan and Defense Secretary Caspar Weinberger warned Iran of even stronger countermeasures if the "
     "military escalation between the two countries continued in the volatile waterway.",
     {("Reagan", "warned", "Iran"), ("Caspar Weinberger", "warned", "Iran")},
     "the parse makes 'President Reagan and Defense Secretary' a modifier of 'Caspar Weinberger', so Reagan "
     "is no subject"),
    ("warned-that", "warned",
     "Agriculture Secretary Richard Lyng warned Japan that the failure to remove a longstanding import quota on "
     "Japanese beef might spark a protectionist response in the United States.",
     {("Richard Lyng", "warned", "Japan")},
     "'warned X that ...' (warn as a speech verb with a clause) gives no warned edge"),
    ("sued-to-return", "sued",
     "On Tuesday, the company's administrator, turnaround expert Enrico Bondi, sued Morgan Stanley, its former "
     "banker, to return 136m euros relating to a 2003 bond deal.",
     {("Enrico Bondi", "sued", "Morgan Stanley")},
     "the purpose clause 'to return' is read as the complement of 'sue' and the sued edge is lost"),
    ("passive-split-name", "sued",
     "Boeing was sued by Lockheed Martin after its rival accused it of industrial espionage during a 1998 "
     "contract competition.",
     {("Lockheed Martin", "sued", "Boeing")},
     "the NER splits 'Lockheed Martin' into an ORG and a PERSON"),
    ("object-typed-person", "acquired",
     "Last year, GE bought Vivendi Universal, merging it with NBC to form NBC Universal.",
     {("GE", "acquired", "Vivendi Universal")},
     "the NER types 'Vivendi Universal' as a person, so the sense check drops the edge"),
    ("object-typed-person-2", "acquired",
     "Google acquired Pyra Labs, makers of the Blogger software, in 2003.",
     {("Google", "acquired", "Pyra Labs")},
     None),  # the NER types 'Pyra Labs' as a person; "makers of" makes it a body
    ("dash-apposition", "acquired",
     "In 2003 Xstrata acquired Australia's largest copper miner - MIM Holdings.",
     {("Xstrata", "acquired", "MIM Holdings")},
     "the NER types Xstrata as a place and misses 'MIM Holdings' after the dash"),
    ("title-of-work", "acquired",
     "The Canadian Broadcasting Corporation bought Flight into Danger for $600 (£318) and it was shown on TV in "
     "April 1956.",
     {("Canadian Broadcasting Corporation", "acquired", "Flight into Danger")},
     "the NER cuts the play's title to 'Flight'"),
    ("named-arm", "sold",
     "US banking giant Citigroup has sold its Travelers Life & Annuity insurance arm to Metlife for $11.5bn "
     "(£6.1bn).",
     {("Citigroup", "sold", "Travelers Life & Annuity")},
     None),  # the unit noun names the unit before it (DocContext.argument)
    ("named-unit", "sold",
     "Carling O'Keefe Ltd said it sold its Star Oil and Gas Ltd unit to United Coal (Canada) Ltd for about 57 mln "
     "dlrs cash.",
     {("Carling O'Keefe Ltd", "sold", "Star Oil and Gas Ltd")},
     None),  # the unit noun names the unit before it (DocContext.argument)
    ("brand-label", "sold",
     "Luxury goods group LVMH has sold its loss-making Christian Lacroix clothing label to a US investment group.",
     {("LVMH", "sold", "Christian Lacroix")},
     "the brand is typed as a person and the phrase 'clothing label' stays generic"),
    ("two-brands", "owns",
     "Heineken, which also owns the Amstel and Murphy's stout brands, said it would also seek to cut costs.",
     {("Heineken", "owns", "Amstel"), ("Heineken", "owns", "Murphy's")},
     "the second brand keeps the head 'stout brands' and becomes a generic phrase"),
    ("owned-by", "owns",
     "Infinity Broadcasting, which is owned by Viacom, paid cumulative fines totalling $1.7m (£907,000) in 1995 "
     "to settle FCC violations by Stern.",
     {("Viacom", "owns", "Infinity Broadcasting")},
     "the passive 'is owned by' is not read as ownership"),
    ("owned-by-apposition", "owns",
     "Uncertainty remains over the future of Perrier, the iconic French mineral water owned by Nestle.",
     {("Nestle", "owns", "Perrier")},
     "the participle 'owned by' is not read, and the NER types Nestle as a place"),
    ("heads-and-controls", "owns",
     "Icahn, who heads and controls Trans World Airlines Inc <TWA>, made the acknowledgement in a filing TWA was "
     "required to make with the SEC disclosing its 14.8 pct stake in USAir Group.",
     {("Icahn", "owns", "Trans World Airlines Inc")},
     "the NER misses 'Icahn', so the subject is a generic phrase"),
    ("controls-wrong-subject", "owns",
     "In a filing with the Securities and Exchange Commission, Redstone, who controls Dedham, Mass.,-based "
     "National Amusements Inc, a theater chain operator, offered to raise the cash portion of its Viacom offer to "
     "42 dlrs a share from 40.50 dlrs.",
     {("Redstone", "owns", "National Amusements Inc")},
     "the relative clause is attached to the wrong noun: kg says the SEC controls National Amusements"),
    ("division-of", "subsidiaryOf",
     "\"Speech is a natural fit for today's consumer devices, particularly in mobile environments,\" said Alan "
     "Schwartz, vice president of SpeechWorks, a division of ScanSoft.",
     {("SpeechWorks", "subsidiaryOf", "ScanSoft")},
     "the NER types ScanSoft as a product"),
    ("copula-division", "subsidiaryOf",
     "EA Mobile is a division of Electronic Arts, the biggest games publisher.",
     {("EA Mobile", "subsidiaryOf", "Electronic Arts")},
     None),
    ("copula-subsidiary", "subsidiaryOf",
     "BP North America is a subsidiary of British Petroleum Co Plc <BP>, which also owns a 55 pct interest in "
     "Standard Oil.",
     {("BP North America", "subsidiaryOf", "British Petroleum Co Plc")},
     "'X is a subsidiary of Y' (copula) is no subsidiaryOf frame"),
    ("launched-jetliner", "released",
     "McDonnell Douglas has since launched the MD-11 jetliner, a successor to its DC-10, and has more than 100 "
     "orders and options.",
     {("McDonnell Douglas", "released", "MD-11")},
     "the product name 'MD-11' is found, but the head noun after it ('jetliner') makes the object a generic phrase"),
    ("released-upgrade", "released",
     "Last year Microsoft also released the SP2 upgrade for Windows XP that closed many security loopholes in the "
     "software and made it easier for people to manage their anti-virus and firewall programs.",
     {("Microsoft", "released", "SP2")},
     "the NER misses 'SP2'"),
    ("launched-software", "released",
     "Oxford-based Natural Motion launched Endorphin v2.0, which enables artists to direct a 3D 'virtual actor'.",
     {("Natural Motion", "released", "Endorphin v2.0")},
     "the NER misses 'Endorphin v2.0'"),
    ("starring-untyped-film", "starredIn",
     "The Last Samurai, starring Tom Cruise, was the biggest foreign movie hit in Japan last year, taking 13.8bn "
     "yen (£70.7m).",
     {("Tom Cruise", "starredIn", "Last Samurai")},
     None),  # the NER misses 'The Last Samurai': the capitalised words before ", starring" are a title
    ("starring-untyped-musical", "starredIn",
     "The Producers, starring Nathan Lane and Lee Evans, is up for best musical at the ceremony at the National "
     "Theatre.",
     {("Nathan Lane", "starredIn", "Producers"), ("Lee Evans", "starredIn", "Producers")},
     None),
    ("also-starring", "starredIn",
     "Meet The Fockers is the sequel to Ben Stiller comedy Meet The Parents, also starring Robert De Niro, Blythe "
     "Danner, Dustin Hoffman and Barbra Streisand.",
     {("Robert De Niro", "starredIn", "Meet The Parents"), ("Dustin Hoffman", "starredIn", "Meet The Parents"),
      ("Barbra Streisand", "starredIn", "Meet The Parents")},
     None),  # (the NER takes Blythe Danner for a place)
    ("starring-title-with-small-words", "starredIn",
     "Action comedy Man of the House, starring Tommy Lee Jones as a Texas ranger assigned to protect a cheerleader "
     "squad, came in at fifth with $9m (£4.6m).",
     {("Tommy Lee Jones", "starredIn", "Man of the House")},
     None),  # (the NER reads "House" alone, as a firm)
    ("stars-in", "starredIn",
     "Vince Vaughn stars in quirky movie Thumbsucker while 21 Grams actress Naomi Watts plays a budding Hollywood "
     "actress in Ellie Parker.",
     {("Vince Vaughn", "starredIn", "Thumbsucker")},
     None),  # the NER types 'Thumbsucker' as an organisation; 'movie' makes it a work
    ("film-apposition", "starredIn",
     "Veteran actress Jane Russell, who starred in Hughes' 1943 film The Outlaw, said was impressed by DiCaprio's "
     "quest for authenticity when he previously discussed the role with her.",
     {("Jane Russell", "starredIn", "Outlaw")},
     "the object stays the generic 'Hughes' 1943 film' instead of the title in apposition"),
    ("star-title", "starredIn",
     "Mary Poppins star Dame Julie Andrews watched the hit stage version of her classic film at a charity "
     "performance in London's West End.",
     {("Julie Andrews", "starredIn", "Mary Poppins")},
     "the NER types 'Mary Poppins' as a person, so no Work is found before the title 'star'"),
    ("directed-relative", "directed",
     "Weitz, who directed American Pie and About A Boy, said New Line feared that any anti-religiosity in the film "
     "would make the project \"unviable financially\".",
     {("Weitz", "directed", "American Pie"), ("Weitz", "directed", "About A Boy")},
     "the NER types Weitz as an organisation"),
    ("directed-by", "directed",
     "House of Flying Daggers, directed by Yimou Zhang, was named best foreign language film, while the animation "
     "award went to The Incredibles.",
     {("Yimou Zhang", "directed", "House of Flying Daggers")},
     "no rule reads the participle 'directed by' after a work (and the NER types the film as an organisation)"),
    ("directed-movie", "directed",
     "The star was presented with the award by Martin Scorsese, who directed him in Oscar-nominated movie The "
     "Aviator.",
     {("Martin Scorsese", "directed", "Aviator")},
     "'directed him in <movie>' is not read, and the NER misses 'The Aviator'"),
    ("written-and-directed", "directed",
     "Sideways is written and directed by Alexander Payne, who directed the 2002 hit About Schmidt, winning Jack "
     "Nicholson his 12th Academy Award nomination.",
     {("Alexander Payne", "directed", "Sideways"), ("Alexander Payne", "directed", "About Schmidt")},
     "the NER sees neither film as a work ('Sideways' untyped, 'Schmidt' a person)"),
    ("co-founder", "founded",
     "\"The recent activity in the search industry shows that there is a need to move beyond simple keyword-based "
     "web search,\" said Kathy Rittweger, co-founder of Blinkx.",
     {("Kathy Rittweger", "founded", "Blinkx")},
     "the NER types Blinkx as a place"),
    ("cleft", "founded",
     "Ironically, it was Growmark, at that time a regional farm cooperative with major river terminal elevators, "
     "that founded Illinois Cooperative Futures on December 1, 1960.",
     {("Growmark", "founded", "Illinois Cooperative Futures")},
     "the cleft 'it was X that founded' is not read (and Growmark is typed as a person)"),
    ("copula-founder", "founded",
     "Bainum Sr. was the founder of Manor Care, a nursing home and hotel operator.",
     {("Bainum Sr", "founded", "Manor Care")},
     None),
    ("named-to-replace", "appointed",
     "President Leon Febres Cordero named Ricardo Noboa as the new minister of industry and trade in Ecuador to "
     "replace Xavier Neira who resigned last week, a presidential place spokesman said.",
     {("Leon Febres Cordero", "appointed", "Ricardo Noboa")},
     "the appointment is lost to the 'to replace' clause, and 'President' stays in the subject's label"),
    ("quit-as-boss", "resignedFrom",
     "Ronald Koeman quit as Ajax boss last week after their exit from the Uefa Cup.",
     {("Ronald Koeman", "resignedFrom", "Ajax")},
     None),
    ("stepped-down-as", "resignedFrom",
     "Bates stepped down as Chelsea chairman in March last year following Roman Abramovich's £140m takeover at "
     "Stamford Bridge.",
     {("Bates", "resignedFrom", "Chelsea")},
     None),
    ("resigned-as-chairman-of", "resignedFrom",
     "The company said Falk has resigned as chairman of DHL and now owns 213,567 shares.",
     {("Falk", "resignedFrom", "DHL")},
     "'resigned as chairman of <org>' gives no resignedFrom (and the NER types Falk as an organisation)"),
    ("board-of-company", "resignedFrom",
     "Robert Oatley and his son Sandy Oatley have both resigned from Southcorp's board following the share deal.",
     {("Robert Oatley", "resignedFrom", "Southcorp"), ("Sandy Oatley", "resignedFrom", "Southcorp")},
     "'<company>'s board' stays a generic phrase instead of the company"),
    ("sacked-generic", "fired",
     "Chelsea have sacked Adrian Mutu after he failed a drugs test.",
     {("Chelsea", "fired", "Adrian Mutu")},
     "the NER misses 'Adrian Mutu' (it sees 'Adrian' as a nationality), so the player is a generic phrase"),
    ("passive-pronoun", "fired",
     "Hoddle, who will work alongside Stuart Gray, has been out of the game since he was sacked by Spurs in 2003.",
     {("Spurs", "fired", "Hoddle")},
     "'he' is resolved to the nearest name (Stuart Gray), not to Hoddle, the subject the clause is about"),
    ("sacked-as-coach", "fired",
     "Claudio Ranieri has been sacked as Valencia coach just eight months after taking charge at the Primera Liga "
     "club for the second time in his career.",
     {("Valencia", "fired", "Claudio Ranieri")},
     "the agentless passive leaves the club in the role phrase, which the parse reads as a clause (and the NER "
     "types Valencia as a person)"),
    ("passive-by", "replaced",
     "Tim Kash has since been replaced as host by Fearne Cotton.",
     {("Fearne Cotton", "replaced", "Tim Kash")},
     "'by Fearne Cotton' hangs off 'host', not the verb, and the NER cuts the name to 'Cotton'"),
    ("participle-replacing", "replaced",
     "The state-run Ecuadorean State Oil Corporation (CEPE) has named Jaime Sanchez Valdivieso as its new general "
     "manager replacing Carlos Romo Leroux, a CEPE spokesman said.",
     {("Jaime Sanchez Valdivieso", "replaced", "Carlos Romo Leroux")},
     "the participle 'replacing' after the appointee is not linked to the appointee"),
    ("downed", "defeated",
     "American Kevin Kim defeated Jan Hernych of the Czech Republic 7-5 6-3, Canadian qualifier Frank Dancevic "
     "downed American Jeff Morrison 4-6 7-6 (7-3) 6-0, and Denmark's Kenneth Carlsen beat Irakli Labadze of the "
     "Republic of Georgia 6-7 (4-7) 6-2 6-3.",
     {("Kevin Kim", "defeated", "Jan Hernych"), ("Frank Dancevic", "defeated", "Jeff Morrison"),
      ("Kenneth Carlsen", "defeated", "Irakli Labadze")},
     "'down' is no defeated frame (and the score is glued to 'Jeff Morrison')"),
    ("nationality-in-name", "defeated",
     "Earlier, South Korean Hyung-Taik Lee defeated American Jan-Michael Gambill 6-3 7-6 (7-4).",
     {("Hyung-Taik Lee", "defeated", "Jan-Michael Gambill")},
     "the nationality words are swallowed into the names, which are then generic phrases"),
    ("score-in-name", "defeated",
     "Vickery was injured as his club side, Gloucester, beat Bath 17-16 in the West country derby on Saturday.",
     {("Gloucester", "defeated", "Bath")},
     "the NER glues the score to the name ('Bath 17-16')"),
    ("lost-to", "defeated",
     "It was the first match between the pair for three years - Henman last lost to Rusedski six years ago - and "
     "lasted two hours and 40 minutes.",
     {("Rusedski", "defeated", "Henman")},
     "the NER misses 'Henman' here, so the loser is a generic phrase"),
    ("by-election", "won",
     "The Liberal party easily won the Truro by-election with almost twice as many votes as its nearest rival, "
     "the Press Association news agency reported.",
     {("Liberal party", "won", "Truro by-election")},
     "the party is a generic phrase and the NER types 'Truro' as an organisation, cutting 'by-election'"),
    ("two-clubs", "playedFor",
     "Newcastle boss Graeme Souness is lining up a summer move for England and Real Madrid striker Michael Owen.",
     {("Michael Owen", "playedFor", "England"), ("Michael Owen", "playedFor", "Real Madrid")},
     "only the first of two conjoined teams before the title is read"),
    ("club-typed-person", "playedFor",
     "Manchester United winger Cristiano Ronaldo said he is close to agreeing to a new contract at Old Trafford.",
     {("Cristiano Ronaldo", "playedFor", "Manchester United")},
     "the NER types 'Manchester United' as a person"),
    ("club-missed", "playedFor",
     "Middlesbrough midfielder James Morrison has been ruled out for up to eight weeks after an operation on "
     "Tuesday.",
     {("James Morrison", "playedFor", "Middlesbrough")},
     "the NER misses 'Middlesbrough'"),
    ("joined-on-loan", "transferredTo",
     "Mido joined Tottenham in an 18-month loan deal near the end of the January transfer window, scoring twice "
     "on his debut against Portsmouth.",
     {("Mido", "transferredTo", "Tottenham")},
     "the NER types Mido as a product and Tottenham as a place"),
    ("in-favour-of-joining", "transferredTo",
     "Bellamy turned down a move to Birmingham in favour of joining Celtic after a disagreement about the Welsh "
     "international playing out of position quickly escalated.",
     {("Bellamy", "transferredTo", "Celtic")},
     "the gerund 'joining' under 'in favour of' gets no subject (and Bellamy is typed as an organisation)"),
    ("born-in-country", "bornIn",
     "Mr Valentine, who was born in the United States but grew up in Argentina, was fortunate: At the time of the "
     "crisis, his savings were held in dollar accounts abroad.",
     {("Valentine", "bornIn", "United States")},
     "the relative pronoun subject of 'was born in' is not resolved to Mr Valentine"),
    ("born-in-state", "bornIn",
     "Bening, who was born in Texas in 1958, has gained prominence for a string of key roles.",
     {("Bening", "bornIn", "Texas")},
     "the NER misses 'Bening'"),
    ("born-in-state-2", "bornIn",
     "Depp was born in Kentucky in 1963 and at first wanted to be a rock star, playing in a number of bands and "
     "supporting acts such as Iggy Pop and The B-52s in Florida.",
     {("Depp", "bornIn", "Kentucky")},
     "the NER misses 'Depp'"),
    ("passive-by-police", "arrested",
     "The company said Montoya has been arrested by police in Hawthorne, Calif., and charged with grand theft and "
     "embezzlement.",
     {("police", "arrested", "Montoya")},
     "the NER types Montoya as a place, so the sense check drops the edge"),
    ("passive-by-police-2", "arrested",
     "Chen Jiulin, chief executive of China Aviation Oil (CAO), was arrested by at Changi Airport by Singapore "
     "police on 8 December.",
     {("Singapore police", "arrested", "Chen Jiulin")},
     "the verb is read with its place ('arrest at', an open predicate) and the agent in the second 'by' phrase is "
     "lost"),
    ("fined", "fined",
     "The US Federal Communications Commission fined CBS $550,000 (£306,814) last autumn for singer Janet "
     "Jackson's \"wardrobe malfunction\", during which her breast was exposed during a dance routine with Justin "
     "Timberlake.",
     {("US Federal Communications Commission", "fined", "CBS")},
     "spaCy lemmatises 'fined' as 'fin', so the verb never reaches the 'fine' frame"),
    ("fined-player", "fined",
     "Newcastle have fined their Welsh striker Craig Bellamy two weeks' wages - about £80,000 - following his row "
     "with manager Graeme Souness.",
     {("Newcastle", "fined", "Craig Bellamy")},
     None),
    ("fined-coach", "fined",
     "The RFU recently fined Northampton coach Budge Pountney £2,000 and imposed a six-week ban for his criticism "
     "of referee Steve Lander after a Premiership match.",
     {("RFU", "fined", "Budge Pountney")},
     None),
    ("passive-fined-by", "fined",
     "Spain coach Luis Aragones is furious after being fined by The Spanish Football Federation for his comments "
     "about Thierry Henry.",
     {("Spanish Football Federation", "fined", "Luis Aragones")},
     "'fined' lemmatised as 'fin'"),
    ("ner-truncates-firm", "worksFor",
     "\"With the figures apparently the worst we've seen in the post-war period, these numbers are very charged "
     "politically,\" said Christian Jasperneite, an economist with MM Warburg.",
     {("Christian Jasperneite", "worksFor", "MM Warburg")},
     "the NER cuts the firm's name to 'Warburg'"),
    ("country-word-in-title", "worksFor",
     "Ross Walker, UK economist at Royal Bank of Scotland, said he was surprised that a dissenting vote had been "
     "made so soon.",
     {("Ross Walker", "worksFor", "Royal Bank of Scotland")},
     None),  # the region word before the title ("UK economist") yields to the bank after "at"
    ("nationality-in-title", "worksFor",
     "Tevfik Aksoy, chief Turkish economist for Deutsche Bank, told Associated Press.",
     {("Tevfik Aksoy", "worksFor", "Deutsche Bank")},
     "the nationality in the title ('Turkish economist') is taken as the employer instead of Deutsche Bank"),
    ("firm-split", "worksFor",
     "\"The primary factor is the weak dollar,\" said Victor Shum, a Singapore-based analyst with Purvin and "
     "Gertz.",
     {("Victor Shum", "worksFor", "Purvin and Gertz")},
     "the NER splits 'Purvin and Gertz' into a person and a place"),
    ("org-in-name", "leaderOf",
     "Chen Jiulin, chief executive of China Aviation Oil (CAO), was arrested by at Changi Airport by Singapore "
     "police on 8 December.",
     {("Chen Jiulin", "leaderOf", "China Aviation Oil")},
     "the NER swallows the acronym's bracket into the name ('China Aviation Oil (CAO')"),
    ("long-org-name", "leaderOf",
     "\"Local purchase of cereals for food assistance programmes is recommended as far as possible, so as to "
     "assist domestic markets and farmers,\" said Henri Josserand, chief of FAO's Global Information and Early "
     "Warning System.",
     {("Henri Josserand", "leaderOf", "Global Information and Early Warning System")},
     "the NER cuts the name at 'and' ('Global Information')"),
    ("ceo-title-missed", "leaderOf",
     "\"It gives us a kind of life after death alternative,\" said Yukos chief executive Steven Theede.",
     {("Steven Theede", "leaderOf", "Yukos")},
     None),  # the NER types Yukos as a person: the firm before its officer's title is an organisation (pass 9)
    ("lord-name", "leaderOf",
     "BP chief executive Lord Browne said the results were strong \"both operationally and financially.\"",
     {("Lord Browne", "leaderOf", "BP")},
     "the NER finds no name at all in the sentence"),
    ("apposition-name", "spokespersonFor",
     "A spokesman for DLF Builders, Dr Vancheshwar, told the BBC this will mean \"better offerings\" for "
     "consumers as well as builders.",
     {("Vancheshwar", "spokespersonFor", "DLF Builders")},
     "the NER misses 'Dr Vancheshwar', the name in apposition after the organisation"),
    ("spokesman-for-person", "spokespersonFor",
     "Ukraine may find it has a sympathetic ear in Brussels \"The EU has reiterated that we support (Ukraine's) "
     "fast accession to the WTO and if possible we would like that to happen some time during the year,\" said "
     "Claude Veron-Reville, a spokesman for EU trade commissioner Peter Mandelson.",
     {("Claude Veron-Reville", "spokespersonFor", "Peter Mandelson")},
     "a spokesman for a person behind a long title is not read"),
    ("bookmaker", "spokespersonFor",
     "\"Clive Owen's nomination has sparked a betting frenzy from James Bond fans, who feel that his heightened "
     "global recognition will have done his chances of becoming the next Bond a world of good,\" said William "
     "Hill spokesman Rupert Adams.",
     {("Rupert Adams", "spokespersonFor", "William Hill")},
     "the NER types the bookmaker 'William Hill' as a person"),
    ("country-fa", "spokespersonFor",
     "Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the apology and said no one had exerted pressure on "
     "Mido to apologise.",
     {("Methat Shalaby", "spokespersonFor", "Egypt FA")},
     "only 'Egypt' is a name: he speaks for the Egyptian FA, kg says for the country"),
    ("copula-member", "memberOf",
     "The Toronto Argonauts are a member of the Canadian Football League.",
     {("Toronto Argonauts", "memberOf", "Canadian Football League")},
     "'X are a member of Y' (copula) is no memberOf frame"),
    ("management-board", "memberOf",
     "\"Our decision to produce a new Mini was not received well right away,\" said Norbert Reithofer, a member of "
     "the BMW management board.",
     {("Norbert Reithofer", "memberOf", "BMW")},
     "in 'a member of the <org> management board' the organisation only modifies 'board'"),
    ("hyphen-based-frankfurt", "basedIn",
     "Frankfurt-based Deutsche Boerse has offered £1.3bn ($2.48bn; 1.88bn euros) for the London Stock Exchange.",
     {("Deutsche Boerse", "basedIn", "Frankfurt")},
     "the gazetteer check rejects 'Frankfurt' as no place it knows"),
    ("two-hyphen-based", "basedIn",
     "Fellow shareholders US-based hedge fund Atticus Capital and UK-based TCI Fund Management have also "
     "expressed doubts.",
     {("Atticus Capital", "basedIn", "United States"), ("TCI Fund Management", "basedIn", "United Kingdom")},
     "the first firm's 'US-based' modifies 'hedge fund' (an apposition), and is not carried to the name"),
    ("hyphen-based-town", "basedIn",
     "With its shares closing Tuesday at 873p, Bracknell-based Exel is currently valued at £2.6bn ($6.3bn).",
     {("Exel", "basedIn", "Bracknell")},
     "the NER misses 'Bracknell' inside the hyphenated modifier"),
    ("city-of-state", "basedIn",
     "Last year, Allis-Chalmers sold the lift truck business to AC Material Handling Co of Columbus, Ohio.",
     {("AC Material Handling Co", "basedIn", "Columbus")}, ""),
    ("demonym-list", "citizenOf",
     "The cast of Kisna also includes British actors Michael Maloney, Caroline Langrishe and Polly Adams.",
     {("Michael Maloney", "citizenOf", "United Kingdom"), ("Caroline Langrishe", "citizenOf", "United Kingdom"),
      ("Polly Adams", "citizenOf", "United Kingdom")},
     "the nationality reaches only the first listed actor (the parse makes the others an apposition, and the "
     "NER misses 'Polly Adams')"),
    ("demonym-plural-title", "citizenOf",
     "Irish billionaires Mr McManus and Mr Magnier are said to believe that an £800m bid undervalues club "
     "prospects.",
     {("McManus", "citizenOf", "Ireland"), ("Magnier", "citizenOf", "Ireland")},
     "the parse takes 'billionaires' as the root, so the nationality never reaches the names"),
    ("two-writers", "citizenOf",
     "French writer Christophe Barratie and Korean writer Park Chan-Chook shared the best screenplay award for Les "
     "Choristes and Old Boy respectively.",
     {("Christophe Barratie", "citizenOf", "France"), ("Park Chan-Chook", "citizenOf", "South Korea")},
     "Barratie is typed as an organisation (basedIn) and 'Korean' resolves to no country the gazetteer knows"),
]


def _positive_params() -> list:  # type: ignore[type-arg]
    params = [pytest.param(p, t, e, id=f"{p}-{i}") for i, p, t, e in POSITIVE]
    params += [pytest.param(p, t, e, id=f"{p}-{i}",
                            marks=pytest.mark.xfail(strict=True, reason=why) if why else ())
               for i, p, t, e, why in POSITIVE_MISSES]  # why None: a former miss kg now reads
    return params


@pytest.mark.parametrize("predicate,text,expected", _positive_params())
def test_signed_triples(layers, predicate: str, text: str,  # type: ignore[no-untyped-def]
                        expected: set[Triple]) -> None:
    assert predicate in PREDICATES
    assert all(p == predicate for _, p, _ in expected)
    direct, _ = layers(text)
    assert _canonical(t for t in direct if t[1] == predicate) == _canonical(expected)


# ---------------------------------------------------------------------------------------------
# Negative cases: (id, predicate, sentence, forbidden, open statement, reason prefix)
#
# ``forbidden`` None: no direct triple of the predicate at all; else these triples must not be
# edges (other triples of the predicate may be). When an open triple is given, it must be an
# open statement whose reason starts with the given prefix.
# ---------------------------------------------------------------------------------------------

NEGATIVE: list[tuple[str, str, str, set[Triple] | None, Triple | None, str | None]] = [
    # -- hopes, plans, schedules, agreements, futures
    ("ended-alliance", "partneredWith",  # bbc-business-051: the alliance is what was ended
     "Fiat recently negotiated an end to its alliance with General Motors.",
     None, ("Fiat", "partneredWith", "General Motors"), "hedged: ended"),
    ("agreed-to-buy", "acquired",
     "Diageo, the world's biggest spirits company, has agreed to buy Californian wine company Chalone for $260m "
     "(£134m) in an all-cash deal.",
     None, ("Diageo", "acquired", "Chalone"), "hedged: agree to"),
    ("agreed-to-buy-2", "acquired",
     "Pharmaceutical giant Johnson & Johnson has agreed to buy medical technology firm Guidant for $25.4bn "
     "(£13bn).",
     None, None, None),
    ("plans-noun", "acquired",
     "Standard Life is the latest shareholder in Deutsche Boerse to express concern at the German stock market "
     "operator's plans to buy the London Stock Exchange.",
     None, None, None),
    ("set-to-merge", "mergedWith",
     "Gazprom is set to merge with state oil firm Rosneft, the company that eventually acquired Yuganskneftegas, "
     "the main unit of embattled oil giant Yukos.",
     None, ("Gazprom", "mergedWith", "Rosneft"), "hedged: set to"),
    ("proposed-merger", "mergedWith",
     "Hughes Tool Co said its board voted at a special meeting last night to approve a new agreement with "
     "regulators that would allow the company to complete its proposed merger with Baker International Corp "
     "<BKO>.",
     None, None, None),
    ("is-to-succeed", "succeeded",
     "Nissan chairman Carlos Ghosn is to succeed Mr Schweitzer at the head of Renault later this year.",
     None, ("Carlos Ghosn", "succeeded", "Schweitzer"), "hedged: be to"),
    ("will-succeed", "succeeded",
     "Mr Morrow will succeed Shiro Tsuda as president of Vodafone KK, Japan's number three mobile operator, in "
     "April.",
     None, ("Morrow", "succeeded", "Shiro Tsuda"), "hedged: future"),
    ("poised-to-join", "transferredTo",
     "Larne's teenage star Robbie Weir is poised to join Sunderland after turning down a move to Stoke City.",
     None, None, None),
    ("discussing-a-move", "transferredTo",
     "Newcastle striker Craig Bellamy is discussing a possible short-term loan move to Celtic, BBC Sport "
     "understands.",
     None, None, None),
    ("turned-down-a-move", "transferredTo",
     "Bellamy turned down a move to Birmingham in favour of joining Celtic after a disagreement about the Welsh "
     "international playing out of position quickly escalated.",
     {("Bellamy", "transferredTo", "Birmingham")}, None, None),
    ("was-to-star", "starredIn",
     "Shooting on period drama Tulip Fever, which was to star Jude Law and Keira Knightley, was postponed "
     "indefinitely while shooting of The Libertine starring Johnny Depp was moved to the Isle of Man.",
     {("Jude Law", "starredIn", "Tulip Fever"), ("Keira Knightley", "starredIn", "Tulip Fever")}, None, None),
    ("no-plans-to-quit", "resignedFrom",
     "England forward Michael Owen has told the BBC he is happy in Spain and has no plans to quit Real Madrid to "
     "return to the Premiership in the near future.",
     None, None, None),
    ("may-have-to-quit", "resignedFrom",
     "Germany coach Jurgen Klinsmann has warned goalkeeper Jens Lehmann he may have to quit Arsenal to keep his "
     "World Cup dreams alive.",
     None, None, None),
    ("plans-to-recommend-charges", "charged",
     "The staff of the federal Securities and Exchange Commission (SEC) plans to recommend that the Washington "
     "Public Power Supply System (WPPSS) be charged with securities fraud in connection with its July 1983 default "
     "on 2.25 billion dlrs of bonds, a WPPSS official told Reuters.",
     None, None, None),
    ("urged-to-oppose", "opposed",
     "Jack Kemp, a New York Republican, urged President Reagan to oppose any legislation to impose a tax on stock "
     "transactions.",
     None, ("Reagan", "opposed", "legislation"), "hedged: urge to"),
    # -- reports, allegations, denials, negations
    ("reportedly", "met",
     "Arsenal and England defender Cole reportedly met Blues boss Jose Mourinho and chief executive Peter Kenyon in "
     "a London hotel 11 days ago.",
     None, ("Cole", "met", "Jose Mourinho"), "hedged"),
    ("denied-meeting", "met",
     "During his second day of questioning in the New York trial Mr Ebbers played down his working relationship "
     "with Mr Sullivan and denied he frequently met him to discuss company business when questioned by the "
     "prosecution.",
     None, None, None),
    ("denied-report", "acquired",
     "Archer-Daniels-Midland Co denied a report that it is interested in acquiring International Minerals and "
     "Chemical Corp (IGL).",
     None, None, None),
    ("will-never-sell", "sold",
     "Liverpool chief executive Rick Parry insists the club will never sell Steven Gerrard amid reports Chelsea "
     "will renew their bid to lure him from Anfield.",
     None, None, None),
    ("banned-from-suing", "sued",
     "Bank of America has been banned from suing Parmalat, the food group which went bust in 2003 after an "
     "accounting scandal.",
     None, None, None),
    ("not-arrested", "arrested",
     "Conte and Anderson were not arrested at that point but federal agents did obtain statements from them.",
     None, None, None),
    ("not-fined", "fined",
     "The media giant was not fined by the Securities and Exchange Commission, but has agreed to refrain from any "
     "future violations of securities law.",
     None, None, None),
    ("will-not-quit", "resignedFrom",
     "Defiant Matt Williams says he will not quit as Scotland coach even if his side slump to a new low with "
     "defeat by Italy at Murrayfield.",
     None, None, None),
    ("alleged-directed", "directed",
     "Prosecutors have alleged that Mr Ebbers, 63, directed Mr Sullivan to hide the true state of the company's "
     "finances by providing false information to the firm's accountants.",
     None, None, None),
    ("murder-trial", "killed",
     "Actor Robert Blake had gunshot residue on his hands and clothes the night his wife was shot dead, a court has "
     "heard.",
     None, None, None),
    ("no-killer-named", "killed",
     "Van Gogh was shot and stabbed to death in Amsterdam six weeks ago.",
     None, None, None),
    ("no-killer-named-2", "killed",
     "Mr Knight, 39, was jailed in October 1996 following his involvement in a fight with a rival gang just hours "
     "before rapper Tupac Shakur was killed in a Las Vegas drive-by shooting.",
     None, None, None),
    # -- conditions and counterfactuals
    ("if-buys", "acquired",
     "Analysts said that if Dart buys Supermarkets General it would probably divest the company's operations.",
     None, ("Dart", "acquired", "Supermarkets General"), "hedged: condition"),
    ("if-takes-over", "acquired",
     "\"I believe, obviously, if GAF takes over Borg-Warner at the level it is proposing it would enhance GAF "
     "share values substantially,\" said Oppenheimer analyst Charles Rose.",
     None, ("GAF", "acquired", "Borg-Warner"), "hedged: condition"),
    ("if-fail-to-beat", "defeated",
     "A win for Robertson's side against Ferencvaros would put them through to the last 32 if Basle fail to beat "
     "Feyenoord.",
     None, None, None),
    ("could-have-beaten", "defeated",
     "But Campese added: \"Scotland could have beaten France in the same way, but do you see them whingeing?",
     None, ("Scotland", "defeated", "France"), "hedged"),
    # -- senses: sport verbs, beaten expectations, box office hits, awards that are no posts
    ("blasted-the-ball", "criticized",
     "Early in the second half Wayne Carlisle's cross was met by Scott and he blasted the ball home from just "
     "outside the penalty area.",
     None, None, None),
    ("box-office-hits", "criticized",
     "Films with \"medium\" budgets of up to £9m, a similar level to box office hits Vera Drake, Calendar Girls "
     "and Enduring Love, are expected to be worst hit by the tax clampdown.",
     None, None, None),
    ("box-office-hits", "attacked",
     "Films with \"medium\" budgets of up to £9m, a similar level to box office hits Vera Drake, Calendar Girls "
     "and Enduring Love, are expected to be worst hit by the tax clampdown.",
     None, None, None),
    ("box-office-hit", "defeated",
     "Morgan Spurlock earned the directing award for Super Size Me, which became an international box office "
     "hit.",
     None, None, None),
    ("beat-expectations", "defeated",
     "Maruti beat market expectations despite an increase in raw materials costs.",
     None, None, None),
    ("beat-to-the-ball", "defeated",
     "There was still drama as Nunez beat Cech to a high ball with six minutes remaining to head his side level, "
     "but despite Liverpool's desperate attacks, Chelsea clung on to win.",
     None, None, None),
    ("released-a-player", "released",
     "But they failed to make them count until Joe Shaw found Dave Walder, who released Mark Mayerholfer in his "
     "own 22.",
     None, None, None),
    ("named-best-actress", "appointed",
     "Virginia Madsen was also named best supporting actress for her performance in the film.",
     None, ("Virginia Madsen", "name", "best supporting actress"), "open predicate"),  # (named, with no "by")
    ("dismissed-a-proposal", "fired",
     "However, the DTI has dismissed the proposal.",
     None, None, None),
    ("generic-target", "criticized",
     "Christian Aid condemned the move, saying it would see almost a million jobs in Bangladesh alone being axed.",
     None, ("Christian Aid", "criticized", "move"), "generic object"),
    # -- passives and roles: the right way round, the right holder
    ("fined-by-is-no-fine-by-the-fined", "fined",
     "Spain coach Luis Aragones is furious after being fined by The Spanish Football Federation for his comments "
     "about Thierry Henry.",
     {("Luis Aragones", "fined", "Spanish Football Federation")}, None, None),
    ("sued-by-is-no-suit-by-the-sued", "sued",
     "Boeing was sued by Lockheed Martin after its rival accused it of industrial espionage during a 1998 "
     "contract competition.",
     {("Boeing", "sued", "Lockheed Martin"), ("Boeing", "sued", "Lockheed"), ("Boeing", "sued", "Martin")},
     None, None),
    ("replaced-by-is-no-replacement-by-the-replaced", "replaced",
     "Thomas was replaced at half-time by Williams as his side turned around a 15-6 deficit in Paris.",
     {("Thomas", "replaced", "Williams")}, None, None),
    ("head-of-distribution-leads-no-studio", "leaderOf",
     "\"I certainly believe it's a genre where people are going to be more moved by the marketing materials for "
     "the movie than by what the critics say,\" said Rory Bruer, head of distribution for Sony Pictures, which "
     "released the film in the US.",
     None, None, None),
    ("former-boss", "leaderOf",
     "Former Worldcom boss Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud.",
     None, None, None),
    ("spokesman-for-lawyers", "spokespersonFor",
     "Mike Lake, a spokesman for Yukos' lawyers, said on Tuesday that the company stands by its legal action.",
     {("Mike Lake", "spokespersonFor", "Yukos")}, None, None),
    ("analyst-based-in-city", "basedIn",
     "\"The primary factor is the weak dollar,\" said Victor Shum, a Singapore-based analyst with Purvin and "
     "Gertz.",
     None, None, None),
    # a prize never won, and a nomination for one, are no prize won
    ("never-won-a-prize", "won",
     "The Aviator has scored a best director nomination for Martin Scorsese, who has never won an Oscar, while "
     "stars Leonardo DiCaprio and Cate Blanchett are both nominated for acting Oscars.",
     {("Martin Scorsese", "won", "Oscar")}, ("Martin Scorsese", "won", "Oscar"), "negated"),
    ("prize-nomination", "won",
     "Following a cameo in Postcards From The Edge, Bening's breakthrough role came in 1990, playing seductive con "
     "artist Myra Langtry in The Grifters - a role that won her an Oscar nomination.",
     None, None, None),
    ("prize-nominations-counted", "won",
     "The studio made history in 1994 when it won a record 41 Grammy nominations for songs recorded, mastered or "
     "mixed there, including the soundtrack to the Whitney Houston film The Bodyguard.",
     None, None, None),
    # an award, a chart or a ranking is a race, not a contest won over the others: blind judges read "beat" there
    # as "defeated" only in part (bench/judged sets 8 and 9)
    ("award-conjunction", "defeated",
     "Joss Stone, a 17-year-old soul singer from Devon, beat Dizzee Rascal, Jamelia, Lemar and The Streets to win "
     "best British urban act at the Brit Awards.",
     None, ("Joss Stone", "beat", "Dizzee Rascal"), "open predicate"),
    ("award-participle", "defeated",
     "Earlier British costume designer Sandy Powell won the Oscar for The Aviator, beating Finding Neverland's UK "
     "designer Alexandra Byrne in the process.",
     None, ("Sandy Powell", "beat", "Alexandra Byrne"), "open predicate"),
    ("beat-for-an-award", "defeated",
     "Muse, whose members met in south Devon, beat Franz Ferdinand, Jamie Cullum, Kasabian and The Libertines for "
     "best British live act.",
     None, None, None),
    ("project-leader-at", "leaderOf",
     "\"We are assuming a situation in which a useful human companion robot already exists,\" said Professor Kerstin "
     "Dautenhahn, project leader at Hertfordshire.",
     None, None, None),
    ("joined-by-in-a-squad", "transferredTo",
     "Ulster scrum-half Kieran Campbell is one of five uncapped players included in Ireland's RBS Six Nations squad. "
     "Campbell is joined by Ulster colleagues Roger Wilson and Ronan McCormack along with Connacht's Bernard Jackman "
     "and Munster's Shaun Payne.",
     None, ("Roger Wilson", "join", "Kieran Campbell"), "open predicate"),
    ("beating-to-a-prize", "defeated",
     "After beating Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey to the best British female prize, "
     "Joss Stone said: \"I don't know what to say.\"",
     None, None, None),
    ("starring-in-after-a-director", "starredIn",
     "He frequently collaborated with director Spike Lee, starring in seven Lee films including Jungle Fever, Do The "
     "Right Thing and Malcolm X.",
     None, None, None),  # ("starring in": the actor stars; the words before the comma are a director's name)
    ("named-a-prize-passive", "appointed",
     "In television categories, Desperate Housewives was named top new drama and Joey, starring former Friends actor "
     "Matt LeBlanc, was best new comedy.",
     None, None, None),  # (two shows' prizes; no one appointed anyone)
    ("starring-two-titles", "starredIn",
     "Comedy sequel Meet The Fockers and Shall We Dance?, starring Jennifer Lopez and Richard Gere, completed the top "
     "five.",
     None, None, None),  # (two films joined, the NER's one title: whose cast is unsaid)
    ("drama-title-cut-by-the-ner", "worksFor",
     "Spanish drama Maria Full of Grace, about a Colombian woman who becomes a drug courier, got five nominations.",
     None, None, None),  # (the NER's woman "Maria Full" and firm "Grace": the drama's title, whole)
    ("starring-after-a-decade", "starredIn",
     "It was turned into a movie in 1967 and later adapted into a glossy soap in the 1980s, starring James Brolin.",
     None, None, None),  # (no title before the comma: "the 1980s" is a date)
]

#: (id, predicate, sentence, forbidden, why kg signs it): kg makes a wrong edge of it
NEGATIVE_MISSES: list[tuple[str, str, str, set[Triple] | None, str]] = [
    ("reports-of-talks", "talkedWith",
     "Speaking on BBC Radio 4, Mr Varley declined to be drawn on reports that Barclays had held merger talks with "
     "US bank Wells Fargo.",
     None, None),
    ("alleged-talk", "talkedWith",
     "The source of Chelsea's anger was an alleged talk between Barca boss Frank Rijkaard and referee Anders "
     "Frisk, who later dismissed Didier Drogba.",
     None, None),
    ("would-be-choice-to-succeed", "succeeded",
     "Graeme Souness believes Walter Smith would be the perfect choice to succeed Berti Vogts as Scotland manager.",
     None, None),  # the to-clause under a noun ('choice to succeed') is a wish, no succession
    ("ousted-the-seed", "fired",
     "American Davenport will now face fellow former Wimbledon champion, Conchita Martinez of Spain, who ousted "
     "seventh-seeded Nathalie Dechy of France 6-1 6-2.",
     None, "in a tennis report 'ousted' is a defeat, not a sacking; the frame is not sense-checked"),
    ("referee-dismissed-player", "fired",
     "The source of Chelsea's anger was an alleged talk between Barca boss Frank Rijkaard and referee Anders "
     "Frisk, who later dismissed Didier Drogba.",
     None, None),  # the NER cuts "Anders Frisk" to "Frisk": no edge (this one sentence is no sport news)
    ("ousted-as-shareholders", "fired",
     "Since then, the Wallenbergs were ousted as the largest shareholders in SKF (SKFR ST> by Skanska AB <SKBS ST> "
     "and Frederik Lundberg wrested control of Incentive AB from them.",
     None, None),  # "the Wallenbergs", a family's plural name after "the", is no person anyone dismisses
    ("beat-the-keeper", "defeated",
     "Jason Scotland played a perfectly-weighted pass into the path of the onrushing Crawford and he coolly beat "
     "Ryan Esson from 18 yards.",
     None, "beating a goalkeeper with a shot is no win (and 'he' is Crawford, not Jason Scotland)"),
    ("sold-recipient-a-stake", "sold",
     "Fiat had sold GM a stake in 2000, as part of a partnership agreement.",
     {("Fiat", "sold", "GM")}, None),
    ("named-ambassador", "appointed",
     "Later at a gala dinner, Danish supermodel Helena Christensen was named a Hans Christian Andersen "
     "ambassador.",
     None, None),  # the agentless passive names its subject: no appointer
    ("named-a-firm", "appointed",
     "Heck's Inc said it has named Touche Ross and Co to replace KMG Main Hurdman as auditor.",
     None, None),  # "Touche Ross [PERSON] and Co [ORG]" is one firm's name, which nobody appoints
    ("criticised-decision-not-union", "criticized",
     "Business groups criticised the Arbitration Commission's national wage case decision announced earlier but "
     "the Australian Council of Trade Unions (ACTU) gave it qualified approval.",
     {("Business groups", "criticized", "Australian Council of Trade Unions")},
     None),  # the parse hangs the second clause's subject on the first one's object: no conjunct past a "but"
    ("country-in-title-leads-nothing", "leaderOf",
     "Vodafone has drafted in its UK chief executive William Morrow to take charge of its troubled Japanese "
     "operation.",
     None, None),
    ("list-of-places", "locatedIn",
     "The three shortlisted candidates for the women's award are Mia Hamm of the United States, Germany's Birgit "
     "Prinz and Brazilian youngster Marta.",
     None, None),
    ("team-in-city", "locatedIn",
     "But they now face three away fixtures in Italy, France and Scotland before completing their campaign against "
     "Ireland in Cardiff.",
     None, None),
    ("club-is-no-place", "locatedIn",
     "Shares in Borussia Dortmund, Germany's only stock-market listed football club, dropped by almost 23% to 2.05 "
     "euros during early afternoon trading.",
     None, None),  # "X, Germany's ...": the country owns what follows, it does not locate X
    ("magazine-is-no-citizen", "citizenOf",
     "Meanwhile, German magazine Der Spiegel said part of Mr Seifert's negotiations with the LSE were about where "
     "to base the future board of any merged exchange.",
     None, None),  # the NER types the magazine as a person; "magazine" makes it a body
    ("conglomerate-is-no-citizen", "citizenOf",
     "Alfa-Eco, the venture capital arm of Russian conglomerate Alfa Group, has a one-fifth stake in Sun "
     "Interbrew.",
     None, None),  # the NER types the conglomerate as a person; "conglomerate" makes it a body
    ("tournament-is-no-country", "citizenOf",
     "American Davenport will now face fellow former Wimbledon champion, Conchita Martinez of Spain, who ousted "
     "seventh-seeded Nathalie Dechy of France 6-1 6-2.",
     {("Conchita Martinez", "citizenOf", "Wimbledon")},
     None),
]


def _negative_params() -> list:  # type: ignore[type-arg]
    params = [pytest.param(p, t, f, o, r, id=f"{p}-not-{i}") for i, p, t, f, o, r in NEGATIVE]
    params += [pytest.param(p, t, f, None, None, id=f"{p}-not-{i}",
                            marks=pytest.mark.xfail(strict=True, reason=why) if why else ())
               for i, p, t, f, why in NEGATIVE_MISSES]  # why None: a former wrong edge kg no longer signs
    return params


@pytest.mark.parametrize("predicate,text,forbidden,open_triple,reason", _negative_params())
def test_no_wrong_edges(layers, predicate: str, text: str,  # type: ignore[no-untyped-def]
                        forbidden: set[Triple] | None, open_triple: Triple | None, reason: str | None) -> None:
    assert predicate in PREDICATES
    direct, opened = layers(text)
    edges = _canonical(t for t in direct if t[1] == predicate)
    if forbidden is None:
        assert edges == set()
    else:
        assert not edges & _canonical(forbidden)
    if open_triple is not None:
        assert open_triple in opened, sorted(opened)
        assert reason is not None and opened[open_triple].startswith(reason), opened[open_triple]
