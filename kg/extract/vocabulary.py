"""The controlled predicate vocabulary and the words that map onto it.

Predicates are local names of properties in ``ontology/kg.ttl``. A verb or
event noun not listed here is kept as an open predicate (its lemma), never
dropped.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from dataclasses import dataclass

ACTORS = frozenset({"Person", "Organization", "Group", "Place"})
AGENTS = frozenset({"Person", "Organization"})
PARTIES = frozenset({"Person", "Organization", "Place"})
THINGS = frozenset({"Document", "Product", "Work", "Event"})
ANYTHING = ACTORS | THINGS
PERSON = frozenset({"Person"})
ORG = frozenset({"Organization"})
PLACE = frozenset({"Place"})
LITERAL = frozenset({"Literal"})


@dataclass(frozen=True)
class Predicate:
    """One controlled predicate: its ontology term, what it may link, and the words that say it.

    ``domain``/``range`` are the entity types its subject and object may have: a
    relation whose arguments do not fit is no edge of the entity graph (the sense
    check: "blasted an ace" criticised no one, "beat expectations" defeated no one).
    ``frames`` are the verb frames that express it: ``"resign from"`` is the verb
    ``resign`` with its object after ``from``; ``"take over"`` a verb with a
    particle and a direct object; a trailing ``!`` swaps subject and object
    (``"lose to!"``: "A lost to B" is B defeated A).
    """

    name: str
    label: str
    comment: str
    domain: frozenset[str]
    range: frozenset[str]
    frames: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    symmetric: bool = False
    event: bool = False


def _p(name: str, label: str, comment: str, domain: frozenset[str], range_: frozenset[str],
       frames: str = "", nouns: str = "", symmetric: bool = False, event: bool = False) -> Predicate:
    return Predicate(name, label, comment, domain, range_,
                     tuple(f.strip() for f in frames.split(",") if f.strip()),
                     tuple(n.strip() for n in nouns.split(",") if n.strip()), symmetric, event)


#: The controlled vocabulary, one entry per ontology property (ontology/kg.ttl has each, with a
#: SHACL shape in ontology/shapes.ttl; tests/test_ontology.py keeps the three in step).
PREDICATES: dict[str, Predicate] = {p.name: p for p in [
    # -- meetings and visits
    _p("met", "met", "Two parties met: \"Trump met Kim Jong-un in Hanoi\", \"their meeting\". Symmetric.",
       ACTORS, ACTORS, "meet, meet with, confer with", "meeting, summit, encounter", symmetric=True, event=True),
    _p("talkedWith", "talked with", "Two parties talked or negotiated: \"held talks with\", \"negotiated with\". Symmetric.",
       ACTORS, ACTORS, "talk with, talk to, negotiate with, speak with", "talk, talks, negotiation, negotiations",
       symmetric=True, event=True),
    _p("visited", "visited", "Someone visited or toured a place or an organisation: \"the president visited Seoul\".",
       ACTORS, frozenset({"Place", "Organization"}), "visit, tour", "visit, trip", event=True),
    _p("attended", "attended", "Someone attended a named event: \"the minister attended the G8 summit\".",
       ACTORS, frozenset({"Event"}), "attend", event=True),
    # -- stance
    _p("criticized", "criticized", "Someone criticised or condemned someone or something in words: "
       "\"Amnesty International criticized Trump\", \"hit out at\".", ACTORS, ANYTHING,
       "criticize, criticise, condemn, denounce, slam, blast, rebuke, castigate, decry, censure, hit out at, "
       "lash out at, round on", "criticism, condemnation"),
    _p("praised", "praised", "Someone praised or commended someone or something: \"the minister praised the deal\".",
       ACTORS, ANYTHING, "praise, laud, commend, hail, applaud"),
    _p("supported", "supported", "Someone supported, backed or endorsed someone or something: "
       "\"the union backed the candidate\".", ACTORS, ANYTHING, "support, back, endorse, champion"),
    _p("opposed", "opposed", "Someone opposed or objected to someone or something: \"the unions opposed the plan\".",
       ACTORS, ANYTHING, "oppose, object to"),
    _p("urged", "urged", "Someone urged or pressed someone to act: \"human rights groups urged Trump to raise "
       "the issue\".", ACTORS, ACTORS, "urge, press, pressure, pressurize, exhort, call on"),
    _p("accused", "accused", "Someone accused or blamed someone: \"prosecutors accused the company of fraud\".",
       ACTORS, ACTORS, "accuse, blame"),
    _p("defended", "defended", "Someone defended someone or something against criticism: \"Blair defended Brown\".",
       ACTORS, ANYTHING, "defend"),
    _p("rejected", "rejected", "Someone rejected an offer, a bid, a plan or a claim: \"the board rejected the bid\".",
       ACTORS, ANYTHING, "reject, rebuff, turn down"),
    _p("denied", "denied", "Someone denied or dismissed a claim or a report: \"the ministry denied the report\".",
       ACTORS, frozenset({"Document"}), "deny"),
    _p("warned", "warned", "Someone warned someone: \"the Fed warned the banks\".", ACTORS, ACTORS, "warn"),
    _p("sued", "sued", "Someone took someone to court: \"Apple Corps sued Apple Computer\".",
       ACTORS, ACTORS, "sue, take to court", "lawsuit, suit"),
    # -- business
    _p("acquired", "acquired", "Someone bought or took over something, often a company: \"Google bought YouTube\".",
       AGENTS, frozenset({"Organization", "Product", "Work", "Document"}),
       "acquire, buy, purchase, take over, snap up, buy out", event=True),
    _p("sold", "sold", "Someone sold a company, a unit, a brand or a stake in it: \"IBM sold its PC unit to Lenovo\".",
       AGENTS, frozenset({"Organization", "Product", "Work"}), "sell, divest, offload", event=True),
    _p("mergedWith", "merged with", "Two organisations merged: \"Exxon merged with Mobil\". Symmetric.",
       ORG, ORG, "merge with", symmetric=True, event=True),
    _p("investedIn", "invested in", "Someone invested in or took a stake in an organisation.",
       AGENTS, ORG, "invest in", event=True),
    _p("partneredWith", "partnered with", "Two parties formed a partnership, alliance or joint venture. Symmetric.",
       AGENTS, AGENTS, "partner with, team up with, ally with", "venture, partnership, alliance",
       symmetric=True),
    _p("competesWith", "competes with", "Two organisations are rivals or compete. Symmetric.",
       ORG, ORG, "compete with, rival", symmetric=True),
    _p("owns", "owns", "Someone owns an organisation, a brand or a product: \"Time Warner owns AOL\".",
       AGENTS, frozenset({"Organization", "Product", "Work", "Place"}), "own, control"),
    _p("subsidiaryOf", "subsidiary of", "An organisation is a unit or subsidiary of another: \"AOL, a unit of "
       "Time Warner\".", ORG, ORG),
    _p("announced", "announced", "Someone announced or unveiled a named thing: \"Apple unveiled the iPod\".",
       AGENTS, THINGS, "announce, unveil, introduce"),
    _p("signed", "signed", "Someone signed an agreement, a law, a contract, or signed a player.",
       AGENTS, frozenset({"Document", "Person"}), "sign, ink", event=True),
    _p("released", "released", "Someone released or published a work, a product or a document: \"Human Rights "
       "Watch released a report\".", AGENTS, frozenset({"Document", "Product", "Work"}),
       "release, publish, issue, launch, put out", event=True),
    _p("starredIn", "starred in", "An actor starred or appeared in a film, a show or a play.",
       PERSON, frozenset({"Work"}), "star in, appear in, feature!"),
    _p("directed", "directed", "Someone directed a film, a show or a play.", PERSON, frozenset({"Work"}), "direct"),
    _p("founded", "founded", "Someone founded or set up an organisation.", AGENTS, ORG,
       "found, set up, co-found, establish, start", event=True),
    # -- posts
    _p("appointed", "appointed", "Someone appointed, named or hired someone to a post.", AGENTS, PERSON,
       "appoint, hire, name", event=True),
    _p("resignedFrom", "resigned from", "A person resigned or stepped down from an organisation or a post there.",
       PERSON, frozenset({"Organization", "Place"}), "resign from, quit, step down from", event=True),
    _p("fired", "fired", "Someone fired or sacked someone.", AGENTS, PERSON, "fire, sack, dismiss, oust", event=True),
    _p("replaced", "replaced", "A person replaced another in a post.", PERSON, PERSON, "replace", event=True),
    _p("succeeded", "succeeded", "A person succeeded another in a post.", PERSON, PERSON, "succeed", event=True),
    _p("elected", "elected", "A person was elected to or as head of an organisation or a place.",
       PERSON, frozenset({"Organization", "Place"}), event=True),
    # -- contests and sport
    _p("defeated", "defeated", "Someone beat someone in a match, a vote, an election or a case: \"Arsenal beat "
       "Chelsea\"; \"A lost to B\" is B defeated A.", AGENTS | PLACE, AGENTS | PLACE,
       "beat, defeat, overcome, thrash, edge, lose to!", event=True),
    _p("won", "won", "Someone won a named event, award or title: \"won the Australian Open\".",
       AGENTS | PLACE, frozenset({"Event", "Work", "Document"}), "win, clinch, lift", event=True),
    _p("playedFor", "played for", "A player plays or played for a team or a country: \"England's Charlie Hodgson\".",
       PERSON, frozenset({"Organization", "Place"}), "play for"),
    _p("transferredTo", "transferred to", "A player joined or moved to a club.", PERSON, ORG,
       "move to, transfer to, sign for", event=True),
    # -- family and life
    _p("married", "married", "Two people are or were married. Symmetric.", PERSON, PERSON, "marry, wed",
       symmetric=True, event=True),
    _p("relatedTo", "related to", "Two people are family: son, daughter, brother, wife of. Symmetric.",
       PERSON, PERSON, symmetric=True),
    _p("bornIn", "born in", "A person was born in a place.", PERSON, PLACE, event=True),
    _p("diedIn", "died in", "A person died in a place.", PERSON, PLACE, "die in", event=True),
    # -- law and violence
    _p("arrested", "arrested", "Someone arrested or detained someone.", ACTORS, frozenset({"Person", "Group"}),
       "arrest, detain", event=True),
    _p("charged", "charged", "Someone charged someone with a crime.", ACTORS, frozenset({"Person", "Organization",
       "Group"}), "charge", event=True),
    _p("convicted", "convicted", "A court or jury convicted someone.", ACTORS, frozenset({"Person", "Organization",
       "Group"}), "convict", event=True),
    _p("sentenced", "sentenced", "A court or judge sentenced someone.", ACTORS, frozenset({"Person", "Group"}),
       "sentence", event=True),
    _p("fined", "fined", "Someone fined someone: \"the regulator fined the bank\".", ACTORS,
       frozenset({"Person", "Organization", "Group"}), "fine, fin", event=True),  # spaCy lemmatises "fined" as "fin"
    _p("killed", "killed", "Someone killed, shot dead or assassinated someone.", ACTORS,
       frozenset({"Person", "Group"}), "kill, assassinate, murder", event=True),
    _p("attacked", "attacked", "Someone attacked someone or something physically.", ACTORS, ACTORS,
       "bomb, invade, raid, ambush", event=True),
    # -- roles and places (found in titles, appositions and modifiers)
    _p("worksFor", "works for", "A person works for an organisation or a country, as a title says: \"Francisco "
       "Bencosme, advocacy manager at Amnesty International\".", PERSON, frozenset({"Organization", "Place", "Group"}),
       "work for, work at"),
    _p("memberOf", "member of", "A person or an organisation is a member of an organisation.",
       AGENTS, frozenset({"Organization", "Group"})),
    _p("leaderOf", "leader of", "A person leads an organisation or a country, as a title says: \"North Korean "
       "leader Kim Jong-un\", \"Apple CEO Steve Jobs\".", PERSON, frozenset({"Organization", "Place", "Group"}),
       "lead, head, chair, run, captain, manage"),
    _p("spokespersonFor", "spokesperson for", "A person speaks for an organisation or a person.",
       PERSON, frozenset({"Organization", "Place", "Person"})),
    _p("locatedIn", "located in", "A place lies within a bigger place: \"Robeson County, N.C.\".", PLACE, PLACE),
    _p("basedIn", "based in", "An organisation is based in a place: \"Houston-based\".", ORG, PLACE),
    _p("livesIn", "lives in", "A person lives in or comes from a place: \"Jim Smith of Houston\".", PERSON, PLACE,
       "live in, reside in"),
    _p("citizenOf", "citizen of", "A person is a national of a country.", PERSON, PLACE),
    # -- speech and documents
    _p("said", "said", "A speaker said or wrote a quote.", ANYTHING, frozenset({"Quote"})),
    _p("publisher", "publisher", "Who published or issued a document or a work.", frozenset({"Document", "Work"}),
       frozenset({"Organization", "Person", "Place"})),
    _p("datePublished", "date published", "When a document or a work was published or dated.",
       frozenset({"Document", "Work"}), LITERAL),
]}

#: verb frame ("lemma [particle] [preposition]") -> (predicate, swap subject and object)
VERB_FRAMES: dict[str, tuple[str, bool]] = {
    frame.rstrip("!"): (p.name, frame.endswith("!")) for p in PREDICATES.values() for frame in p.frames
}
#: verb lemma -> controlled predicate, for frames with a direct object (compatibility view)
VERB_PREDICATES: dict[str, str] = {frame: name for frame, (name, _) in VERB_FRAMES.items() if " " not in frame}

#: event nouns (lemma) -> the predicate their participants stand in
EVENT_NOUNS: dict[str, str] = {noun: p.name for p in PREDICATES.values() for noun in p.nouns}

#: nouns of events that do what a verb after "which" says ("an attack ... in the Gulf, which killed 37 Americans")
VIOLENT_EVENTS = {"attack", "explosion", "blast", "bombing", "raid", "strike", "crash", "fire", "accident",
                  "collision", "incident", "clash", "shooting", "earthquake", "storm", "flood", "air strike"}

#: last words that make a capitalised name a deed, not a body or a place ("the U.S. Bombing of the Libya"); no
#: "fire", "strike" or "storm", which end brands and operations' names ("Lucky Strike", "Sun Fire Office")
EVENT_NAME_ENDS = VIOLENT_EVENTS - {"fire", "strike", "air strike", "storm", "accident", "incident"} \
    | {"invasion", "massacre", "disaster", "assassination", "hijacking", "kidnapping", "bombardment"}

#: "hold talks", "have a meeting": light verbs whose object noun is the real event
LIGHT_VERBS = {"hold", "have", "host", "convene", "file", "bring", "launch", "form", "forge", "create", "strike",
               "enter"}

#: Symmetric predicates: "A met B" is also "B met A"
SYMMETRIC = {p.name for p in PREDICATES.values() if p.symmetric}
#: predicates whose statement is also an Event
EVENT_PREDICATES = {p.name for p in PREDICATES.values() if p.event}

#: verbs that introduce reported speech
SPEECH_VERBS = {"say", "tell", "state", "add", "claim", "warn", "note", "argue", "insist", "explain",
                "write", "announce", "declare", "report", "confirm", "acknowledge", "stress", "allege"}

#: words inside a quote that make it a criticism of the person it talks about
CRITICAL_VERBS = {"disregard", "ignore", "neglect", "fail", "betray", "abandon", "abuse", "violate",
                  "mislead", "lie", "undermine", "sacrifice", "jeopardize", "endanger", "silence",
                  "mishandle", "criticize", "condemn", "blame", "accuse", "waste", "squander"}
CRITICAL_PHRASAL_VERBS = {("turn", "back"), ("let", "down"), ("sell", "out"), ("walk", "away")}
PRAISING_VERBS = {"praise", "commend", "applaud", "welcome", "thank", "congratulate"}
#: verbs whose subject takes a stance (the other critical verbs tell a deed its subject is criticised for)
STANCE_VERBS = PRAISING_VERBS | {"criticize", "condemn", "blame", "accuse"}

#: role titles -> predicate linking the holder to the organisation or country
LEADER_TITLES = {"president", "leader", "prime minister", "chief executive officer", "premier", "chancellor", "king", "queen",
                 "emperor", "chairman", "chairwoman", "chair", "ceo", "chief executive", "head",
                 "chief", "governor", "mayor", "dictator", "director general", "boss", "managing director",
                 "secretary-general", "secretary general", "general secretary", "president-elect",
                 "administrator"}  # "Tom Kay, administrator of the USDA's Foreign Agricultural Service" heads it
#: titles by which a person leads a place (a state, a region, a city); "Microsoft boss" leads no city
STATE_LEADER_TITLES = {"president", "leader", "prime minister", "chief executive officer", "premier", "chancellor", "king", "queen", "emperor",
                       "governor", "mayor", "dictator", "president-elect", "head of state", "ruler", "monarch",
                       "first minister", "chief minister", "sultan", "emir", "prince", "princess", "sheikh",
                       "taoiseach", "chief executive"}
#: occupations: a title of a person, but a place before it says where, not whom she works for
#: ("Silicon Valley journalist Dan Gillmor"); only an organisation is an employer
OCCUPATIONS = {"consultant", "fellow", "dean", "pundit", "presenter", "broker", "trader", "designer", "producer",
                "journalist", "columnist", "commentator", "expert", "chemist", "physician", "surgeon", "curator",
                "architect", "planner", "auditor", "accountant", "banker", "diplomat", "negotiator", "inspector",
                "investigator", "prosecutor", "judge", "lecturer", "teacher", "student", "researcher", "technician",
                "agent", "dj", "anchor", "host", "critic", "organiser", "organizer", "administrator", "controller",
                "analyst", "economist", "scientist", "engineer", "lawyer", "attorney", "reporter",
                "correspondent", "editor", "professor"}
#: titles of members of a parliament, whose party the word before them names ("Tory MP", "Labour backbencher"); a
#: party's MP is its member, a seat's works for no one (roles.py)
LEGISLATOR_TITLES = frozenset({"mp", "mep", "msp", "backbencher"})
#: titles a portfolio comes before: "Labour Minister" serves for labour, "Labour leader Tony Blair" leads the party
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "ministry", "department"})
STAFF_TITLES = {"manager", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
                "official", "director", "executive", "analyst", "researcher", "economist",
                "officer", "adviser", "advisor", "editor", "reporter", "correspondent", "ambassador",
                "envoy", "lawyer", "attorney", "engineer", "employee", "member", "representative",
                "vice president", "senator", "congressman", "congresswoman", "lawmaker", "general", "commander",
                "coach", "partner",
                "strategist", "scientist", "professor", "counsel", "treasurer", "vice-president",
                "senior vice president", "deputy", "aide", "chief economist", "staffer", "worker"} | OCCUPATIONS \
    | LEGISLATOR_TITLES
#: titles of players: "Chelsea striker Didier Drogba" plays for Chelsea
PLAYER_TITLES = {"striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "fly-half",
                 "full-back", "scrum-half", "flanker", "prop", "hooker", "lock", "centre", "wing",
                 "batsman", "bowler", "all-rounder", "spinner", "seamer", "wicketkeeper", "opener", "player",
                 "international", "playmaker", "fullback", "centre-back"}
#: heads of a sports team: "Arsenal boss Arsene Wenger" (in sport news, a manager or coach leads the team)
#: last words of a town's club: "Manchester City boss Kevin Keegan" leads a club, whatever the NER said
CLUB_ENDINGS = {"city", "town", "county", "united", "rovers", "wanderers", "albion", "athletic", "villa", "rangers",
                 "hotspur", "wednesday", "forest", "argyle", "orient", "celtic"}

TEAM_LEADER_TITLES = {"manager", "coach", "boss", "captain", "skipper", "head coach"}


def leads_a_team(title: str) -> bool:
    """Whether a role title is a team's ("England coach", "Arsenal boss", "head coach"), by its last word."""
    words = title.lower().split()
    return bool(words) and words[-1] in TEAM_LEADER_TITLES
SPOKESPERSON_TITLES = {"spokesman", "spokeswoman", "spokesperson"}
PERSON_TITLES = LEADER_TITLES | STAFF_TITLES | PLAYER_TITLES | TEAM_LEADER_TITLES | {"founder", "co-founder", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
                                                "sir", "lady", "lord", "rev", "rev.", "gen", "gen.", "prof", "prof."}

#: nouns that make a noun phrase a document
DOCUMENT_NOUNS = {"report", "study", "survey", "law", "bill", "book", "paper", "document", "resolution",
                  "statement", "letter", "memo", "memorandum", "article", "analysis", "review",
                  "assessment", "treaty", "agreement", "declaration", "poll", "white paper", "dossier",
                  "investigation", "audit"}

HEDGES = {"reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "supposedly",
          "may", "might", "could", "would", "can"}  # "France can still win the Six Nations"
#: auxiliaries of a clause that has not happened yet: "will meet", "is going to"
FUTURE_AUX = {"will", "shall", "'ll", "must", "should", "ought"}
#: the words of a percentage after a number: "owned 48.3 pct", "averaged 95.8 pct"
PERCENT_WORDS = {"pct", "percent", "%"}
#: verbs whose to-clause happened: "began to sell", "managed to win" (any other: "plans to", "set to", "agreed to")
FACTIVE_CONTROL = {"begin", "start", "continue", "manage", "help", "keep", "stop", "finish"}
#: "if Barclays buys", "unless", "whether": a condition, not a fact
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
#: a clause under these is denied: "denied that it bought", "refused to sign"
DENIAL_VERBS = {"deny", "refuse", "decline", "dispute", "fail", "reject", "rule", "dismiss"}
#: a clause under these is someone's claim, not the article's: "alleged that", "believes that"
CLAIM_VERBS = {"allege", "claim", "believe", "think", "suspect", "speculate", "suggest", "fear", "hope", "rumour",
               "rumor", "expect", "predict", "guess", "doubt", "wonder", "ask", "want", "demand", "propose"}

#: plural nouns naming people who act together; a description headed by one is a node of the
#: entity graph ("human rights groups urged Trump", "protesters attacked the embassy"). Not "critics",
#: "analysts", "economists", "opponents": whoever holds a view ("critics accused Hariri" names no one)
COLLECTIVE_ACTORS = {
    "groups", "protesters", "protestors", "demonstrators", "activists", "campaigners", "officials", "lawmakers",
    "legislators", "senators", "ministers", "diplomats", "shareholders", "investors", "workers", "employees",
    "staff", "unions", "fans", "supporters", "police", "rebels", "militants", "insurgents", "troops",
    "soldiers", "forces", "prosecutors", "regulators", "authorities", "judges", "residents",
    "voters", "farmers", "students", "doctors", "nurses", "teachers", "scientists", "researchers",
    "executives", "bosses", "directors", "leaders", "negotiators", "organisers", "organizers",
    "victims", "survivors", "refugees", "migrants", "creditors", "bondholders", "lenders",
}

#: words that make an article sport news: there "England's Charlie Hodgson" plays for England
SPORT_WORDS = {"match", "goal", "goals", "striker", "midfielder", "league", "cup", "championship", "tournament",
               "coach", "penalty", "fixture", "season", "squad", "referee", "innings", "wicket", "try", "tries",
               "semi-final", "quarter-final", "final", "kick-off", "scrum", "olympic", "medal", "champion",
               "premiership", "defender", "goalkeeper", "stadium", "victory", "defeat", "draw", "halftime",
               "half-time", "football", "rugby", "cricket", "tennis", "athletics", "sprint", "race", "club",
               "team", "players", "injury", "injured", "fa", "uefa", "fifa", "wimbledon", "olympics", "sevens",
               "replacements", "pitch", "cap", "caps", "friendly", "kick", "scored", "captain", "capt", "coach",
               # tennis and golf, whose reports name few of the words above ("beat the fourth seed 6-2 6-4")
               "seed", "tie-break", "tiebreak", "forehand", "backhand", "volley", "golfer", "fairway", "birdie", "bogey"}

#: last words that make a name an organisation's even where the NER saw a person ("Manchester United")
STRONG_ORGANISATION_CUES = {"united", "fc", "rovers", "wanderers", "albion", "hotspur", "athletic", "inc", "corp",
                            "corporation", "ltd", "plc", "llc", "gmbh", "airlines", "airways", "motors", "holdings",
                            "securities", "technologies", "communications", "pharmaceuticals", "records", "studios",
                            "pictures", "magazine", "magazin", "newspaper",  # "Germany's Manger Magazin"
                            "factory", "works"}  # "Ta Chung Hua Rubber Factory of Shanghai" ("Mills" is a surname)
#: last words of organisation names that the NER often types as places
ORGANISATION_CUES = {"united", "fc", "rovers", "wanderers", "albion", "hotspur", "athletic", "villa", "inc", "corp",
                     "corporation", "ltd", "plc", "llc", "co", "ag", "sa", "nv", "gmbh", "bank", "airlines", "airways",
                     "motors", "holdings", "group", "securities", "technologies", "systems", "networks",
                     "communications", "pharmaceuticals", "records", "studios", "pictures", "party", "union",
                     "association", "council", "committee", "commission", "agency", "ministry", "department"}
#: last words of event names ("the Australian Open", "the Golden Globes", "the Six Nations Championship")
EVENT_CUES = {"championship", "championships", "cup", "olympics", "games", "open", "awards", "festival",
              "grand prix", "tournament", "trophy", "oscars", "globes", "baftas", "brits", "grammys", "prize",
              "election", "elections", "summit", "show", "expo", "conference", "league", "series", "marathon",
              "indoors", "outdoors", "classic", "masters", "rally", "libertadores", "run", "regatta", "award"}

#: the portfolio word of an office, which the NER takes for an organisation ("Finance Minister Omar Davies"; no
#: "oil", "petroleum" or "technology", which end firms' names: "Occidental Petroleum chairman")
PORTFOLIOS = {"finance", "foreign", "home", "defence", "defense", "interior", "trade", "health", "education",
              "justice", "economy", "environment", "transport", "agriculture", "culture", "energy",
              "exchange", "industry", "labour", "labor", "sports", "sport", "communications", "information",
              "commerce", "development", "security", "tourism", "media", "agricultural", "economic", "financial",
              "industrial", "commercial", "planning", "budget", "fisheries", "employment", "housing", "social",
              "telecommunications", "mines", "affairs", "welfare", "economics", "postal", "posts", "immigration",
              "transportation", "reform", "agrarian", "aviation", "veterans", "forestry"}

#: words that make a role or a unit one of the past: "former chairman", "its former subsidiary"
FORMER_WORDS = {"former", "onetime", "one-time", "erstwhile", "ex"}

#: party words the NER reads as a nationality or group ("Republican senator", "Tory MP"): membership, not a job
PARTY_WORDS = {"republican", "republicans", "democrat", "democrats", "democratic", "tory", "tories", "labour",
               "conservative", "conservatives", "liberal", "gop", "lib dem", "lib dems", "liberal democrat",
               "liberal democrats", "plaid cymru", "snp", "ukip", "socialist",
               "communist", "green", "greens"}

#: news organisations by name, and the last words of a paper's or a broadcaster's name: talking to one of them is an
#: interview ("Kaczurba was talking to Reuters about the effect of U.S. sanctions"), no talks between two parties
NEWS_OUTLETS = {"reuters", "associated press", "ap", "afp", "agence france-presse", "agence france presse", "bbc",
                "cnn", "bloomberg", "dow jones", "xinhua", "tass", "kyodo", "upi", "united press international", "itn",
                "npr", "voa", "voice of america"}
NEWS_NAME_ENDS = {"news", "radio", "television", "tv", "newspaper", "times", "post", "journal", "herald", "gazette",
                  "tribune", "magazine", "newsweek"}

#: titles that belong to a company: with no company named beside them, the one the article is about
#: titles of someone sent by one body to another: the body named beside a state is where he is sent
ACCREDITED_TITLES = {"representative", "ambassador", "envoy", "delegate", "observer", "emissary"}

CORPORATE_TITLES = {"chief executive", "chief executive officer", "ceo", "chairman", "chairwoman", "managing director",
                    "finance director", "chief financial officer", "cfo", "chief operating officer", "coo",
                    "spokesman", "spokeswoman", "spokesperson", "executive chairman", "deputy chairman",
                    "group chief executive", "company spokesman", "company spokeswoman", "president and chief executive"}

#: verbs whose controlled sense does not hold in sport news: predicate -> verb lemmas read as open there
SPORT_SENSES = {"fired": ("dismiss", "oust"), "met": ("meet", "confer"), "visited": ("visit",), "defeated": ("edge",),
                "attacked": ("raid", "ambush"), "leaderOf": ("head", "lead", "run")}
# "Drogba headed Chelsea in front", "Chelsea lead the table", "after leading Portsmouth into the Premiership",
# "Rangers visit Kilmarnock" (a fixture)

#: adjectives that make an event noun no fact: "an alleged meeting", "the planned talks"
HEDGING_ADJECTIVES = {"alleged", "reported", "rumoured", "rumored", "possible", "planned", "proposed", "potential",
                      "expected", "likely", "prospective", "mooted", "future", "upcoming", "forthcoming", "scheduled"}
#: nouns whose clause reports a claim, not a fact: "reports that Barclays had held merger talks"
REPORT_NOUNS = {"report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors", "speculation",
                "allegation", "allegations", "suggestion", "suggestions", "fear", "fears", "hope", "hopes", "belief",
                "expectation", "expectations", "possibility", "prospect", "idea", "chance", "question", "doubt",
                "charge", "charges", "accusation", "accusations"}  # ("despite Iranian charges that Kuwait is
# supporting Iraq": the accuser's claim, not the article's)

#: words that name a kind of institution, not one: "Treasury", "Central Bank", "the Academy" name no body until the
#: article's country or full name is known, so a name made only of them is no node of an edge
GENERIC_INSTITUTION_WORDS = {"academy", "international", "treasury", "central", "bank", "ministry", "commission", "council", "court",
                             "parliament", "senate", "congress", "government", "police", "army", "navy", "university",
                             "college", "school", "agency", "department", "office", "committee", "board", "union",
                             "federation", "association", "institute", "centre", "center", "foundation", "society",
                             "league", "forum", "church", "cabinet", "assembly", "house", "embassy", "exchange",
                             "fund", "club", "museum", "hospital", "national", "federal", "state", "supreme", "high",
                             "royal", "general", "executive", "administration", "authority", "regulator", "party",
                             "group", "company", "firm", "bureau", "service", "services", "statistics", "opposition", "district",
                             "appeals", "appeal",  # "the Court of Appeals": which?
                             "public", "utilities", "utility",  # "Georgia's Public Service Commission": each state's
                             "world",  # "[The] World", a programme's name cut to a word that names nothing
                             "lower", "upper", "chamber",  # "Japan's Lower House": every parliament has one
                             "the", "of", "and"}

#: words of a state's style, not its name: "the Islamic Republic", "the Federal Republic" (a country's own name,
#: "United Kingdom", never consists of these alone)
GENERIC_STATE_WORDS = {"islamic", "republic", "federal", "people's", "peoples", "democratic", "emirate",
                       "principality", "socialist", "the", "of", "and",
                       # a part of somewhere not named: "Southern District" (of Ohio), "the Northern Region"
                       "northern", "southern", "eastern", "western", "central", "district", "region", "province",
                       "county", "territory", "territories", "capital", "city"}  # "east of the Capital, Lima"

#: the words of names every state's bodies (or many firms) share: "Export-Import Bank", "Cocoa Growers' Council",
#: "Public Service Commission", "Finance Ministry", "Petroleum Corp [of Jamaica]"; such a name alone is no one body
STATE_BODY_WORDS = GENERIC_INSTITUTION_WORDS | PORTFOLIOS | {
    "export", "import", "exports", "imports", "growers", "producers", "exporters", "importers", "manufacturers",
    "stabilisation", "stabilization", "public", "cocoa", "coffee", "sugar", "rubber", "grain", "wheat", "rice", "oil",
    "petroleum", "mining", "banks", "monetary", "reserve", "savings", "insurance", "marketing", "farmers", "employers",
    "chamber", "investment", "credit", "securities", "stock", "of", "and", "for", "the", "bureau", "united", "bancorp",
    "banking"}

#: last words of the names of sites: "Imam Khomeini International Airport" is a place, whatever the NER said
PLACE_CUES = {"airport", "stadium", "arena", "square", "street", "avenue", "road", "bridge", "racecourse", "circuit",
              "theatre", "theater", "dam", "canal", "tunnel", "hotel", "cathedral", "field", "oilfield", "gasfield",
              "mine", "fairgrounds", "fairground", "refinery", "headquarters", "building", "tower", "plaza",
              # land and water: "the San Joaquin Valley in California" lies there, no firm is based there
              "valley", "river", "lake", "basin", "peninsula", "delta", "mountains", "desert", "strait", "straits",
              # ("Alaska's North Slope", "the Outer Continental Shelf", "the North Sea", "the U.S. West Coast")
              "slope", "shelf", "sea", "ocean", "coast",
              # a country's parts and a works: "Canada's Northwest Territories", "its Mayo Plant in Person County"
              "province", "territory", "territories", "island", "islands", "plant"}
# a venue, a structure or a field lies in its place ("Kodak Theatre", "China's Three Gorges Dam", "Altamont Bluebell
# Field, Utah", "U.N. Headquarters in New York"); it is based nowhere

#: words of team sports: there "England's Charlie Hodgson" plays for England's side
TEAM_SPORT_WORDS = {"football", "rugby", "cricket", "hockey", "basketball", "striker", "midfielder", "defender",
                    "goalkeeper", "winger", "fly-half", "scrum-half", "flanker", "batsman", "bowler", "wicket",
                    "premiership", "goals", "scrum", "innings", "replacements", "half-time", "fixture", "footballer",
                    "penalty", "penalties", "touchline", "dressing-room", "hat-trick", "midfield", "offside",
                    "tackle", "line-out", "lineout", "ruck", "maul"}
#: words team sports share with others: athletics has a British team, clubs, a Golden League and "his goal";
#: three different ones make a team sport
SHARED_TEAM_WORDS = {"team", "squad", "club", "prop", "goal", "try", "league", "cap", "international", "match",
                     "side", "referee", "wing", "kick", "pitch", "game", "player", "manager"}
#: words of sports played alone, which outweigh the shared words: "Tim Henman's game", "the seventh seed"
SOLO_SPORT_WORDS = {"tennis", "athletics", "golf", "boxing", "marathon", "sprinter", "hurdler", "hurdles", "seed",
                    "tie-break", "tiebreak", "snooker", "cycling", "swimming", "skiing", "jockey", "racecourse",
                    "grand slam", "wimbledon", "atp", "wta", "iaaf", "sprint", "pole", "vault", "heptathlon",
                    "race", "runner", "cross-country", "triathlon", "decathlon"}  # ("the European Championship race")
