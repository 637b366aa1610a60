"""Roles and affiliations: "U.S. President Donald Trump", "X, a spokesman for Y".

A title before a name or in an apposition links the person to the
organisation or country it names: heads of state, chiefs and chairs are
``leaderOf``; other titles are ``worksFor``. The title itself is kept on the
statement as ``roleTitle``.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.business import UNIT_NOUNS
from kg.extract.context import BODY_NOUNS, COMPANY_SUFFIXES, UNRESOLVED, DocContext, a_party, token_after
from kg.extract.gazetteer import CANONICAL_NAMES, WORLD_REGIONS, country_named, us_state
from kg.extract.vocabulary import (ACCREDITED_TITLES, CLUB_ENDINGS, CORPORATE_TITLES, FORMER_WORDS, FUTURE_AUX,
                                   LEADER_TITLES, LEGISLATOR_TITLES, NEWS_OUTLETS, OCCUPATIONS, ORGANISATION_CUES,
                                   PARTY_WORDS, PERSON_TITLES, PLAYER_TITLES, PORTFOLIO_TITLES, PORTFOLIOS,
                                   SPEECH_VERBS, SPOKESPERSON_TITLES, STATE_LEADER_TITLES, TEAM_LEADER_TITLES)
from kg.registry import extractor
from kg.types import Mention, Relation, Span

#: prepositions that name the employer, best first: "chairman of the Center for Corporate Governance at the University
#: of Delaware" chairs the centre; "manager for Asia-Pacific at Amnesty" works for Amnesty
EMPLOYER_PREPS = ("of", "at", "with", "for", "in")
_AFFILIATION_TYPES = {"Organization", "Place", "Group"}


def title_words(title: Token) -> str:
    """The title phrase headed by ``title`` without the organisation in it."""
    words = [t for t in title.lefts if t.dep_ in {"compound", "amod"} and not t.ent_type_] + [title]
    phrase = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    prefix = _hyphened_prefix(title)
    if prefix is not None and prefix not in words:
        # "Arsenal vice-chairman David Dein", which the parser splits at the hyphen: the title is "vice-chairman"
        phrase = f"{prefix.text}-{phrase}"
    return phrase


def _title_lefts(ctx: DocContext, title: Token) -> list[Token]:
    """The words before a title, with those the parse hung on the title's own first words when none before it names
    a body: "CSR chief executive Bryan Kelman", where "CSR" modifies "chief", not "executive" ("Citibank's Oslo
    treasury head" is Citibank's, whatever "Oslo" hangs on)."""
    own = set(title_words(title).lower().split())
    lefts = list(title.lefts)
    if any(ctx.entity_at(c) is not None for c in lefts):
        return lefts
    return lefts + [g for c in lefts if c.lower_ in own and c.is_lower
                    for g in c.lefts if g.dep_ in {"compound", "nmod", "poss", "amod"}]


#: last words of non-profit bodies, which their executive director runs (a firm's executive directors sit on its
#: board; a fund's or a bank's represent member states)
_NON_PROFIT_HEADS = {"association", "federation", "union", "council", "society", "league", "institute", "foundation",
                     "force", "organization", "organisation", "coalition", "alliance", "academy", "center", "centre",
                     "agency", "programme", "program", "campaign", "network", "movement", "watch", "committee"}


def _runs_itself(ctx: DocContext, organisation: Mention) -> bool:
    """Whether a body is by its name (or the name its initials stand for) a non-profit one: an association, an
    institute, a task force, an international organisation."""
    return organisation.type == "Organization" and any(
        (words := name.casefold().split(" of ")[0].split()) and words[-1] in _NON_PROFIT_HEADS
        for name in _spelled_out(ctx, organisation))


#: first words of a title the NER may end a body's name on: "[Interior Permanent] Secretary Pisarn Mulasartsathorn"
_TITLE_FIRST_WORDS = {"permanent", "under", "deputy", "assistant", "principal", "parliamentary", "private"}


def _on_a_board(ctx: DocContext, title: Token) -> bool:
    """Whether a member's title names a firm's board: "board member", "a member of the Contraves board" (not a
    body called a board: "a member of the Federal Reserve Board" is one of its governors)."""
    return any(c.lemma_.lower() == "board" and ctx.entity_at(c) is None
               for c in title.lefts if c.dep_ in {"compound", "nmod"}) or any(
        p.lemma_.lower() == "board" and ctx.entity_at(p) is None
        for prep in title.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children if p.dep_ == "pobj")


#: a party's secretaries, whom the party's head outranks in most parties
_PARTY_SECRETARIES = {"secretary general", "general secretary"}

#: the British and American parties whose chairman runs the party's office under its leader (elsewhere, "Takako Doi,
#: Chairwoman of the Japan Socialist Party" or "SPD chairman Hans-Jochen Vogel", the chairman leads the party)
_CHAIRED_PARTIES = {f"{name} party" for name in ("conservative", "labour", "liberal", "republican", "democratic")}

#: public bodies whose Director is their head: "Director of the Congressional Budget Office"
_OFFICES_A_DIRECTOR_RUNS = {"office", "agency", "bureau", "service", "administration", "institute", "authority"}
#: last words of the bodies a director without another word runs: "director of Venice's La Fenice Theatre" (a
#: firm's directors sit on its board)
_DIRECTED_BODIES = _OFFICES_A_DIRECTOR_RUNS | {"theatre", "theater", "museum", "gallery", "festival", "opera",
                                              "orchestra", "observatory", "zoo", "library", "school", "college"}
#: words of a channel's or a station's name, whose controller runs it ("BBC Two controller", "Radio 1's controller")
_CHANNEL_WORDS = {"radio", "channel", "tv", "television", "one", "two", "three", "four"}


def _runs_its_body(title: Token, title_phrase: str, organisation: Mention) -> bool:
    """Whether the one "editor", "controller" or "director" (no other word in ``title_phrase``, no "an" before it)
    heads ``organisation``: an editor a publication (not a news agency or a broadcaster, which employ many), a
    controller a channel, a director "of" an office, a theatre or an institute."""
    kind = title_phrase.lower()
    if kind not in {"editor", "controller", "director"} or organisation.type != "Organization" \
            or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in title.children):
        return False
    words = organisation.span.text.lower().split()
    if kind == "editor":
        return " ".join(words) not in NEWS_OUTLETS and not _CHANNEL_WORDS & set(words)
    if kind == "controller":
        return bool(_CHANNEL_WORDS & set(words) or any(w.isdigit() for w in words))
    # "director of Venice's La Fenice Theatre", "Asahan Project Authority director A.R. Suhud"; not "The Phantom of
    # the Opera director Joel Schumacher" (a film's)
    return organisation.last_word in _OFFICES_A_DIRECTOR_RUNS or organisation.last_word in _DIRECTED_BODIES and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in title.children)


#: bodies a minister may head by their name: "Venezuelan Investment Fund Minister Hector Hurtado"
_MINISTERS_BODIES = {"fund", "authority", "board", "office", "institute", "bank", "service"}


def _portfolio_of_minister(title: Token, child: Token, mention: Mention) -> bool:
    """Whether the name before "Minister" is the portfolio the NER took for a body: "Development Supervision Minister
    Ali Wardhana" serves his state, not a body called "Development Supervision" (a ministry's, a party's or a
    union's name says it is one)."""
    if title.lemma_.lower() != "minister" or child.dep_ == "poss" or mention.type != "Organization":
        return False
    words = mention.span.text.lower().split()
    return bool(words) and words[-1] not in ORGANISATION_CUES | _MINISTERS_BODIES \
        and mention.span.text.lower() not in PARTY_WORDS and mention.ner_label != "NORP"


def _hyphened_prefix(title: Token, prefixes: set[str] | None = None) -> Token | None:
    """The word the parser split from ``title`` at its hyphen, one of ``prefixes`` (by default the words under the
    leader: "vice" of "vice-chairman", "Vice" of "ATT's Vice-President"), or None."""
    doc = title.doc
    if title.i >= 2 and doc[title.i - 1].text == "-" and doc[title.i - 2].lower_ in (prefixes or _UNDER_PREFIXES):
        return doc[title.i - 2]
    return None


#: offices of a state that a party's name before them does not make the party's: "CDU premier Uwe Barschel"
_STATE_OFFICES = {"premier", "prime minister", "governor", "mayor", "chancellor", "first minister", "chief minister",
                  "minister", "senator"}  # (not "president": an "LDP president" leads the party)


def _spelled_out(ctx: DocContext, organisation: Mention) -> list[str]:
    """The organisation's name and, for initials, the article's names whose capitals they are ("LDP" where the
    article names the Liberal Democratic Party)."""
    text = organisation.span.text
    if not text.isupper():
        return [text]
    # (the capitals may end a longer name: "Ruling Liberal Democratic Party (LDP)", a wire's capitalised epithet)
    return [text, *(m.span.text for m in ctx.mentions
                    if len(text) > 1 and "".join(w[0] for w in m.span.text.split() if w[0].isupper()).endswith(text)
                    and m.span.text != text)]


def _party_named(ctx: DocContext, organisation: Mention) -> bool:
    """Whether the article shows the organisation as a political party: by its name, by a name of it with
    "party" after ("the ruling CDU party"), or as the initials of a party the article names."""
    text = organisation.span.text.casefold()
    return any(a_party(name) for name in _spelled_out(ctx, organisation)) \
        or any(m.span.text.casefold() == f"{text} party" for m in ctx.mentions)


#: the words of a firm's partners' titles ("managing partner", "senior partner"); any other lower-case word makes a
#: partner no firm's ("training partner", "doubles partner")
_FIRMS_PARTNERS = {"managing", "senior", "general", "founding", "equity", "name", "junior", "limited"}
#: the titles of those who chair a body's committee, one of its members
_CHAIRS = {"chairman", "chairwoman", "chair", "chairperson", "convenor", "convener"}
#: the last words of bodies made of members, whose officers are members: "National Association of Purchasing Management"
_MEMBER_BODIES = {"association", "federation", "union", "council", "party", "society", "league", "congress",
                  "parliament", "assembly", "confederation", "chamber"}


def _of_members(ctx: DocContext, organisation: Mention) -> bool:
    """Whether the organisation is a body of members (an association, a union, a party), by its name or the name its
    initials stand for."""
    # (the head of a name with "of" comes before it: "National [Association] of Purchasing Management")
    return any(name.casefold().split(" of ")[0].split()[-1] in _MEMBER_BODIES for name in _spelled_out(ctx, organisation))


def _dateline(ctx: DocContext, mention: Mention) -> bool:
    """Whether a name is a dateline set off by a spaced dash ("DHAKA - President Hossain Mohammad Ershad said"):
    where the story was filed, no body or country of the title after it."""
    tokens = ctx.tokens_of(mention)
    return tokens is not None and tokens.end < len(ctx.doc) and ctx.doc[tokens.end].text in {"-", "--", "\u2013",
                                                                                          "\u2014"} \
        and bool(tokens[-1].whitespace_) and bool(ctx.doc[tokens.end].whitespace_)


def _another_body_before(ctx: DocContext, title: Token, organisation: Mention) -> bool:
    """Whether "the group's" or "the company's" before the title may stand for another body its sentence names before
    it: "A spokesman of Cheung Kong (Holdings) Ltd told Reuters the group's chairman Li Ka-shing ..." in an article
    about Kumagai Gumi."""
    if not any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in title.children):
        return False
    sentence = ctx.sentence_tokens(title)
    own = organisation.span.text.split()[0]
    return any(m.type == "Organization" and sentence.start_char <= m.span.start < title.idx
               and m.span.text.split()[0] != own for m in ctx.mentions)


def _says_of_another(ctx: DocContext, head: Token, organisation: Mention) -> bool:
    """Whether the holder's words tell of another named body by its name first: "Dome ... sees Encor as a strategic
    investment, spokesman David Annesley said" speaks for Dome, not for Encor, the article's company."""
    verb = head.head if head.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is None:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN"):
            named = ctx.entity_at(subject)
            if named is not None and named.type != "Person" \
                    and not organisation.span.text.startswith(named.span.text.split()[0]):
                return True
    return False


def _for_a_side(title: Token) -> bool:
    """Whether a noun before the title says for whom the holder speaks or acts, a side that is no company:
    "Ghanaian delegate and producer spokesman Mama Mohammed" speaks for the producers, not for the body the
    article is about ("company spokesman" is the company's)."""
    words = set(title_words(title).split())  # ("chief operating officer": the title's own words)
    nouns = [t for c in title.lefts if c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and c.text not in words
             for t in (c, *(x for x in c.children if x.dep_ == "conj"))]
    return any(n.is_lower and n.lemma_.lower() not in BODY_NOUNS and n.lower_ not in PORTFOLIOS
               and n.lower_ not in PERSON_TITLES and n.lower_ != "corporate"
               for n in nouns)


def _name_before(ctx: DocContext, title: Token, person: Mention) -> bool:
    """Whether a name the parse left unattached stands right before the title phrase ("Thomas McKiernan, McKiernan
    and Co chairman"): the title is that body's, so it takes no company from the rest of the article."""
    first = min([title.i, *(t.i for t in title.lefts if t.dep_ in {"compound", "amod"} and not t.ent_type_)])
    if (prefix := _hyphened_prefix(title.doc[first], _SPLIT_PREFIXES)) is not None:
        first = prefix.i  # "Deutsche Bank AG co-chairman F. Wilhelm Christians": the parser split the prefix off
    if first == 0:
        return False
    before = title.doc[first - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and ctx.entity_at(before) != person


#: the first part of a hyphenated title under the leader: "vice-chairman", "deputy-governor" (a co-chairman leads)
_UNDER_PREFIXES = {"vice", "deputy", "assistant", "associate"}
#: words before a leader's title that name the part of a body its holder leads, not the body: "project leader at
#: Hertfordshire", "marketing chief", "research head" work for it ("group chief executive" leads a whole group)
_PART_WORDS = {"project", "programme", "program", "research", "marketing", "sales", "unit", "division", "department",
               "section", "laboratory", "lab", "campaign", "product", "products", "technology", "communications",
               # a firm's practices and regions: "global advisory leader at PwC", "regional head"
               "advisory", "practice", "consulting", "audit", "tax", "regional"}
#: the editor who runs a paper, a magazine or a site, whatever else it employs
_EDITORS_IN_CHIEF = {"editor-in-chief", "editor in chief", "editor - in - chief"}
#: the last words of American firms' names ("Morgan Stanley and Co", "Salomon Brothers Inc"), where a managing
#: director is a rank, not the head, as in a Japanese "Co Ltd" (a "Ltd", "PLC", "AG" firm's managing director runs it)
_AMERICAN_FIRM_ENDS = {"inc", "corp", "co", "brothers", "incorporated", "l.p", "lp"}
#: every prefix the parser may split from a title at its hyphen (a co-chairman leads)
_SPLIT_PREFIXES = _UNDER_PREFIXES | {"co"}


#: names of the state whose chancellor is its finance minister (Germany's and Austria's lead theirs)
_BRITAIN = {"uk", "britain", "great britain", "united kingdom", "british", "the uk", "the united kingdom"}


def is_title(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.i > 0 and token.doc[token.i - 1].text == "-" and lemma in {"head", "chief", "boss"} \
            and token.doc[token.i - 1].whitespace_ == "":
        return False  # "the only remaining tight-head in England's squad": a rugby prop, one word with its prefix
    phrase = title_words(token).lower()
    return lemma in PERSON_TITLES or phrase in PERSON_TITLES or phrase.split()[-1] in PERSON_TITLES


#: what :func:`role_predicate` gives a title's holder
ROLE_PREDICATES = ("leaderOf", "worksFor", "playedFor", "spokespersonFor", "memberOf", "founded")


def role_predicate(title: str, sport: bool = False) -> str:
    """The predicate a title gives its holder: leaderOf, worksFor, playedFor, spokespersonFor, memberOf.

    ``sport``: the article is about sport, where a team's manager, coach or boss leads it.
    """
    words = title.lower().split()
    last = words[-1]
    if last in SPOKESPERSON_TITLES or words[-2:] == ["press", "secretary"]:
        return "spokespersonFor"  # ("U.N. press secretary Francois Giuliani")
    if last in {"member", "members"}:
        return "memberOf"
    if last in PLAYER_TITLES:
        return "playedFor"
    if last in {"founder", "co-founder", "cofounder", "founders", "co-founders", "cofounders"}:
        return "founded"  # "Fermenta's founder Reefat el-Sayed" founded it; he need not lead it now
    # "senior vice president", "deputy chief": a title under the leader; "project leader", "marketing chief": the
    # head of a part of the body, who works for the body
    if _UNDER_PREFIXES & {w.rstrip("-").split("-")[0] for w in words} or _PART_WORDS & set(words[:-1]):
        return "worksFor"
    # "interim chief executive", "acting chairman": the head for now; "Marsh's new chief executive": the head now
    # (one not yet in office is read by the words of :func:`_prospective`)
    core = " ".join(words[1:] if len(words) > 1 and words[0] in {"interim", "acting", "new", "current", "incumbent"}
                    else words)
    if core in _EDITORS_IN_CHIEF:
        return "leaderOf"
    if core in LEADER_TITLES or last in LEADER_TITLES or sport and last in TEAM_LEADER_TITLES:
        return "leaderOf"
    return "worksFor"


def _firm_read_as_person(title: Token, child: Token, mention: Mention) -> bool:
    """Whether a one-word name the NER calls a person stands for the firm whose officer the title names: "Yukos
    spokesman Mike Lake" (a person's own spokesman is "Beckham's spokesman"); the resolver's vote across the
    article's mentions decides its type."""
    return mention.type == "Person" and child.dep_ in {"compound", "nmod"} and len(mention.span.text.split()) == 1 \
        and title_words(title).lower() in CORPORATE_TITLES


#: the Federal Reserve's names, whose "governors" are members of its board
_FEDERAL_RESERVE = {"federal reserve", "federal reserve board", "fed", "federal reserve bank"}  # ("the" is no part of names)
#: the titles of those who act "for" a client ("general counsel for X" is X's own)
_LAWYERS = {"attorney", "lawyer", "counsel", "solicitor", "barrister", "advocate"}
#: a body's head word that, written capitalised after an organisation's possessive, names a body of its own: "Pacific
#: Bank's Employees Union", whose president the bank does not employ
_OWNED_BODIES = {"union", "association", "federation", "club", "foundation", "society", "league", "council"}
#: the bodies whose members sit "for" a constituency
_LEGISLATURES = {"parliament", "congress", "assembly", "senate", "legislature", "commons", "bundestag", "duma",
                 "knesset", "diet"}


#: a legislature's members, whose party says whose they are and whose state or seat only where they were elected:
#: "Kansas Republican Congressman Pat Roberts" is a Republican ("Nebraska Republican Governor Kay Orr" governs Nebraska)
_PARTY_FIRST_TITLES = LEGISLATOR_TITLES | {"senator", "congressman", "congresswoman", "representative", "lawmaker"}


def _affiliation_in(ctx: DocContext, title: Token, person: Mention) -> Mention | None:
    """The organisation or country a title names; an organisation beats a place."""
    # a modifier of the title itself: "U.S. President", "North Korean leader", "Apple executive";
    # "West German Bundesbank President": the organisation, not the nationality before it
    lefts = _title_lefts(ctx, title)
    if (prefix := _hyphened_prefix(title)) is not None:
        lefts += [c for c in prefix.lefts if c.dep_ == "poss"]  # "ATT's Vice-President of Marketing Services": the
        # owner stands on "Vice"
    modifiers = [(child, m) for child, m in ((child, ctx.entity_at(child)) for child in lefts)
                 if m is not None and (m.type in _AFFILIATION_TYPES or _firm_read_as_person(title, child, m))
                 and not _dateline(ctx, m)
                 and m != person and (m.last_word not in PORTFOLIOS | _TITLE_FIRST_WORDS
                                      or m.span.text.lower() in PARTY_WORDS and title.lemma_.lower() not in PORTFOLIO_TITLES)
                 and not _portfolio_of_minister(title, child, m)]
    # "Finance Minister", "Bangladesh Commerce Minister": the NER's organisation is the portfolio, no body
    if modifiers:
        # the name right before the title is its organisation ("West German Bundesbank President",
        # "Gabbidon's fellow Cardiff defender"); a possessive further left owns the whole phrase
        # a party word is membership ("Nebraska Republican Governor Kay Orr" governs Nebraska), kept last; a
        # place before the title is the company's region ("Game's UK sales director"), except in sport news
        # where it is the team ("Gabbidon's fellow Cardiff defender")
        legislator = title.lemma_.lower() in _PARTY_FIRST_TITLES

        def rank(cm: tuple[Token, Mention]) -> tuple[bool, bool, bool, int]:
            child, mention = cm
            party = child.dep_ != "poss" and mention.span.text.lower() in PARTY_WORDS
            region = child.dep_ != "poss" and mention.type == "Place" and not ctx.sport
            return (party if legislator else not party, not region, child.dep_ != "poss", child.i)

        child, best = max(modifiers, key=rank)
        if child.dep_ != "poss" and any(_unnamed_acronym(ctx, c) for c in lefts if child.i < c.i < title.i):
            return None  # "He told Reuters IBC President Jorio Dauster": the initials the NER missed, nearer the
            # title, name its body; the name before them is another's
        if child.dep_ != "poss" and best.type == "Organization" and title.lemma_.lower() in _LAWYERS \
                and not any(c.lower_ in {"general", "chief"} for c in title.lefts) and _at_a_firm(ctx, title):
            return _firm_employer_after(ctx, title)  # "Gibson Gayle, a Texaco attorney with the Houston firm of
            # Fulbright and Jaworski": Texaco is his client, his firm employs him ("Texaco lawyer Jim Sales", "EFF
            # lawyer Kurt Opsahl" name no firm of theirs: the body before the title stays his employer)
        if child.dep_ != "poss" and (best.type == "Place" and not ctx.sport or best.type == "Organization" and any(
                p.lower_ in {"with", "at"} for p in title.children if p.dep_ == "prep")) \
                and (employer := _firm_employer_after(ctx, title)) is not None and employer != best:
            return employer  # "Cary Leahy, senior US economist at Deutsche Bank Securities": the bank's, on the US;
            # "Judy Weissman, FCOJ analyst with Shearson Lehman Bros.": the firm's, on the commodity
        return best
    if any(ctx.entity_at(child) is not None for child in title.lefts if ctx.entity_at(child) != person):
        return None  # a name the NER mistyped stands there ("Yukos" as a person): no guess for it
    for child in title.lefts:
        mention = ctx.entity_at(child)
        if mention is None and child.dep_ == "poss":
            # "its chief executive", "the firm's boss": the organisation, when the resolver is sure of it
            referent = ctx.argument(child)
            if referent is not None and referent.type == "Organization" and referent.ner_label not in {"", UNRESOLVED}:
                return referent
        if mention is None and child.dep_ == "compound" and (child.is_title or child.is_upper and len(child) > 1) \
                and child.i < title.i \
                and child.lower_ not in PERSON_TITLES and child.lower_ not in PORTFOLIOS \
                and (by_head := ctx.organisation_named_by(child)) is not None:
            return by_head  # "Forest chief executive Mark Arthur" after "Nottingham Forest": the body by its head word
    return _employer_after(ctx, title)


def _unnamed_acronym(ctx: DocContext, token: Token) -> bool:
    """Whether ``token`` is initials of a name the NER did not mark ("IBC" of "Reuters IBC President"): upper case,
    two letters or more, in no name, and no title, portfolio, party or legal suffix."""
    word = token.text.replace(".", "")
    return token.dep_ == "compound" and len(word) > 1 and word.isalpha() and word.isupper() \
        and ctx.entity_at(token) is None and token.lower_ not in PERSON_TITLES | PORTFOLIOS | PARTY_WORDS \
        and word.lower() not in COMPANY_SUFFIXES


def _at_a_firm(ctx: DocContext, title: Token) -> bool:
    """Whether a title's "with", "at", "of" or "from" names a firm or a body: "an attorney with the Houston firm of
    Fulbright and Jaworski"."""
    return any(pobj.dep_ == "pobj" and (pobj.lemma_.lower() in BODY_NOUNS or (m := ctx.entity_at(pobj)) is not None
                                        and m.type == "Organization")
               for prep in title.children if prep.dep_ == "prep" and prep.lower_ in {"with", "at", "of", "from"}
               for pobj in prep.children)


def _firm_employer_after(ctx: DocContext, title: Token) -> Mention | None:
    """The organisation a title's preposition names (:func:`_employer_after`), never a place."""
    employer = _employer_after(ctx, title)
    return employer if employer is not None and employer.type == "Organization" else None


def _employer_after(ctx: DocContext, title: Token) -> Mention | None:
    """The organisation a title's preposition names ("consultant at Cisco", "head of Apex"), else a place it names."""
    fallback: Mention | None = None
    preps = {c.lower_: c for c in title.children if c.dep_ == "prep"}
    if title.lower_ in {"mp", "mps", "mep", "meps"} or "of" in preps and any(
            pobj.dep_ == "pobj" and pobj.lemma_.lower() in _LEGISLATURES for pobj in preps["of"].children):
        preps.pop("for", None)  # "member of parliament for Simonstown", "MP for Hartlepool": a constituency
    if title.lemma_.lower() in _LAWYERS and not any(c.lower_ in {"general", "chief"} for c in title.lefts):
        preps.pop("for", None)  # "Richard Wiener, attorney for Apex at Cadwalader": Apex is his client
    for name in EMPLOYER_PREPS:
        for pobj in (c for c in preps[name].children if c.dep_ == "pobj") if name in preps else ():
            mention = ctx.entity_at(pobj)
            # "at Amnesty International's U.S. branch": the owner of the unit;
            # "for anti-virus firm Finjan", "of the Swiss research group MiraLab": the name in the noun
            owners = [ctx.entity_at(c) for c in pobj.children if c.dep_ == "poss"]
            if mention is None and owners and pobj.lemma_.lower() in _OWNED_BODIES and pobj.is_title:
                continue  # "the president of Pacific Bank's Employees Union": the union's (a name the NER missed),
                # not the bank's
            named = [ctx.entity_at(c) for c in pobj.children if c.dep_ in {"compound", "appos"}] \
                if mention is None and pobj.pos_ == "NOUN" else []
            for candidate in (mention, *named, *owners):
                if candidate is not None and candidate.type == "Organization":
                    return candidate
                if candidate is not None and candidate.type == "Place" and fallback is None \
                        and not (candidate in named and pobj.lemma_.lower() in BODY_NOUNS):
                    # ("a partner in the Washington law firm of Butler and Binion": where the firm is, not his employer)
                    fallback = candidate
    return fallback


#: player titles that are other words outside sport news ("a Hollywood player", "the centre", "a key forward")
_AMBIGUOUS_PLAYER_TITLES = {"player", "forward", "centre", "lock", "prop", "wing", "hooker", "opener", "keeper"}




#: words that may stand before a state's title without making it another's: "acting president"
_OFFICE_MODIFIERS = {"prime", "first", "chief", "acting", "interim", "new", "current", "incumbent", "elected"}


def _leads_place(ctx: DocContext, title: Token, words: str, predicate: str, place: Mention) -> bool:
    """Whether a title gives its holder a place: a head of state or city ("Australian Prime Minister X"),
    a national side's or a club's coach or player in sport news ("England coach Andy Robinson", "Irish
    international X", "Manchester City boss Kevin Keegan")."""
    lowered = words.lower()
    sport = ctx.sport or place.last_word in CLUB_ENDINGS
    if predicate == "leaderOf":
        # "Prime Minister", "first minister", "President": a state's; "project leader at Hertfordshire": a project's
        head_word = lowered.split()[-1] in STATE_LEADER_TITLES and set(lowered.split()[:-1]) <= _OFFICE_MODIFIERS
        return lowered in STATE_LEADER_TITLES or head_word or (
            sport and lowered.split()[-1] in TEAM_LEADER_TITLES)
    return predicate in {"playedFor", "memberOf"} and sport or title.lemma_.lower() == "international"


def _unnamed_owner(title: Token, head: Token) -> bool:
    """Whether a proper noun the NER named nothing owns the title, before it or after "at", "of" or "for": "May's
    chairman and chief executive Gene Kahn" (the NER reads May Department Stores' short name as a month), "Nick Ross,
    deputy labs editor at PC Pro" (a magazine it misses): the title is no officer of the article's firm."""
    owners = [title, *([head.head] if head.dep_ == "conj" and head.head.pos_ == "NOUN" else [])]
    named = [c for owner in owners for c in owner.children if c.dep_ == "poss"]
    named += [c for prep in title.children if prep.dep_ == "prep" and prep.lower_ in {"at", "of", "for"}
              for c in prep.children if c.dep_ == "pobj"]
    return any(c.pos_ == "PROPN" and c.ent_type_ not in {"PERSON", "ORG", "GPE"} for c in named)


def _employer_at(ctx: DocContext, title: Token, place: Mention) -> bool:
    """Whether the title's own "at" names the place: "consultant at Cisco" (not "head of EA in Europe")."""
    return any(prep.dep_ == "prep" and prep.lower_ == "at" and any(
        c.dep_ == "pobj" and ctx.entity_at(c) == place for c in prep.children) for prep in title.children)


def _the_body_itself(ctx: DocContext, noun: Token, organisation: Mention) -> bool:
    """Whether a noun names the organisation named beside it: "the IG Metall union", "the consulting firm
    Interconsult Inc." (not "its research unit")."""
    # ("the opposition Bharatiya Janata party"; "Chairman of the FCA board": a body's board is the body's head)
    return noun.lemma_.lower() in BODY_NOUNS | {"party", "board"} and any(
        ctx.entity_at(c) == organisation for c in noun.children if c.dep_ in {"compound", "nmod", "appos"})


#: bodies inside a body: "LDP executive council chairman Shintaro Abe" chairs the council, not the party
_SUB_BODIES = {"council", "committee", "subcommittee", "division", "unit", "department", "branch", "panel",
               "commission", "bureau", "wing", "faction", "caucus", "secretariat"}
#: nouns that say what kind of title follows, not of which unit: "Wolves caretaker boss", "United team-mate"
_TITLE_NOUNS = {"caretaker", "player", "team", "club", "squad", "side", "interim", "joint", "board"}


#: reporters' titles, which a beat may precede: "VOA West Africa Correspondent", "BBC Moscow correspondent"
_BEAT_TITLES = {"correspondent", "reporter", "stringer"}
#: the words before a region's name that a beat may begin with: "West Africa", "Southern Africa"
_COMPASS = {"west", "east", "north", "south", "central", "western", "eastern", "northern", "southern"}


def _beat_in_name(organisation: Mention) -> bool:
    """Whether a name ends in a region or a country after the broadcaster's own: "VOA West Africa"."""
    words = organisation.span.text.split()
    for size in range(1, min(3, len(words) - 1) + 1):
        tail = words[-size:][1:] if words[-size].lower() in _COMPASS and size > 1 else words[-size:]
        if " ".join(tail).lower() in WORLD_REGIONS or country_named(" ".join(tail)):
            return True
    return False


def _unit_of_another(ctx: DocContext, title: Token, organisation: Mention) -> bool:
    """Whether the name after the title is a place's that modifies a unit's noun another body's name follows with
    "of": "the New York State affiliate of Naral", "the Texas chapter of the Sierra Club" (a firm's name there is the
    unit's own: "analyst with Conner Ballan division of Edward Viner and Co")."""
    written = organisation.span.text.removeprefix("the ").removesuffix(" State")
    if organisation.type != "Place" and not us_state(written) and not country_named(written):
        return False
    if not _unit_after(ctx, title, organisation) or (tokens := ctx.tokens_of(organisation)) is None \
            or tokens.start <= title.i:
        return False
    unit = tokens.root.head
    return any(p.lower_ == "of" and any((owner := ctx.entity_at(c)) is not None and owner != organisation
                                        for c in p.children if c.dep_ == "pobj")
               for p in unit.children if p.dep_ == "prep")


def _unit_after(ctx: DocContext, title: Token, organisation: Mention) -> bool:
    """Whether the name after the title is a modifier of a unit's noun after it: "president of an Organization of
    American States special committee", which the NER ends before "special"."""
    tokens = ctx.tokens_of(organisation)
    if tokens is not None and tokens.end < title.i:
        # "OPEC conference president Rilwanu Lukman": a noun of no body between the name and the title, the unit's
        # (not the title's own words: "International Monetary Fund managing director", "managing" a noun to the parse)
        between = [t for t in ctx.doc[tokens.end : title.i]
                   if f"{t.lower_} {title.lower_}" not in LEADER_TITLES | CORPORATE_TITLES and t.text not in {")", "]"}]
        # ("Liberal Democratic Party (LDP) executive council chairman": the initials' bracket is no word)
        if not between:
            return False
        if between[-1].lemma_.lower() in _SUB_BODIES and between[-1].pos_ == "NOUN" \
                and all(t.is_lower and t.dep_ in {"compound", "amod"} for t in between):
            return True  # "LDP executive council chairman Shintaro Abe": the council's
        return all(t.pos_ == "NOUN" and t.is_lower and t.dep_ == "compound" and t.lemma_.lower() not in BODY_NOUNS
                   and t.lower_ not in PORTFOLIOS | _TITLE_NOUNS and not is_title(t) for t in between)
    if tokens is None or tokens.end >= len(ctx.doc) or not title.i < tokens.start <= title.i + 3:
        return False
    after = ctx.doc[tokens.end]
    if after.tag_ == "POS" and tokens.end + 1 < len(ctx.doc):
        after = ctx.doc[tokens.end + 1]  # "the Confederation of Australian Industry's industrial council"
    noun = after if after.pos_ == "NOUN" else after.head if after.pos_ == "ADJ" else None
    return noun is not None and after.is_lower and noun.pos_ == "NOUN" and noun.i >= tokens.end \
        and noun in (tokens.root.head, tokens[-1].head) and noun.lemma_.lower() not in BODY_NOUNS | {"board"} \
        and not is_title(noun)  # ("IBM chairman John Akers": the title itself; "Chairman of the FCA board": its head)


def _regional(ctx: DocContext, title: Token) -> bool:
    """Whether the title's body is qualified by a region: "head of EA in Europe", "chief of its UK arm"."""
    # the title's own "in" or its body's: "head of EA in Europe" (not "coach X on arrival back in Sydney")
    near = [title, *(p for prep in title.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")]
    for prep in (c for word in near for c in word.children if c.dep_ == "prep" and c.lower_ == "in"):
        place = next((ctx.entity_at(p) for p in prep.children if p.dep_ == "pobj"), None)
        if place is not None and place.type == "Place":
            return True
    return False


def _says_whose(ctx: DocContext, title: Token) -> bool:
    """Whether the title names its own body in words that are no name ("chairman of the working party",
    "head of research"), in a name the NER took for a person's ("chief financial officer of Milton Roy") or in one it
    missed before it ("Polly Peck's chairman, Asil Nadir"): then it is not the article's company or country by
    default."""
    return any(p.dep_ == "prep" and p.lower_ in EMPLOYER_PREPS and any(
        c.dep_ == "pobj" and ((named := ctx.entity_at(c)) is None or named.type == "Person") for c in p.children)
        for p in title.children) or any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and ctx.entity_at(c) is None for c in title.children)


def _person_titles(ctx: DocContext, head: Token, person: Mention) -> Iterator[Token]:
    """Title tokens attached to a person's name: before it, or in apposition."""
    for child in head.children:
        if ctx.entity_at(child) == person:
            continue
        if child.dep_ in {"compound", "appos", "nmod"} and is_title(child) and ctx.entity_at(child) is None \
                and not _titles_another(ctx, child, person) and not _plural_before_one(child, head) \
                and not _another_name_between(ctx, head, child, person) \
                and not (child.dep_ == "appos" and head.dep_ in {"pobj", "dobj"} and _subject_of_next_verb(child)):
            yield child  # a title word inside a name is none ("Tim Dams, Screen International")
    # "North Korean leader Kim Jong-un" may be parsed with the name in apposition to the title; a
    # name *before* its title is the title's organisation ("Yukos spokesman Alexander Shadrin")
    if head.dep_ == "appos" or head.dep_ == "compound" and head.i > head.head.i:
        if is_title(head.head) and ctx.entity_at(head.head) is None and not _titles_another(ctx, head.head, person) \
                and not _plural_before_one(head.head, head):
            yield head.head


def _subject_of_next_verb(title: Token) -> bool:
    """Whether an "apposition" is the subject of the verb right after it, which the parse left without one: "a
    letter to NYSE President Robert Birnbaum, SEC Director of Market Regulation cited problems" (the SEC's
    director, unnamed, cited them). Asked of a name that is an object (a subject's apposition, "Louis Gasper, Ginnie
    Mae executive vice president said", is his)."""
    verb = token_after(title)
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ", "VBP"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _plural_before_one(title: Token, head: Token) -> bool:
    """Whether a plural title stands before one name, no list: "talks between Japanese and British officials
    Lawson told reporters" (a sentence without its comma) titles nobody; "officials Smith and Jones" are two."""
    return title.tag_ in {"NNS", "NNPS"} and title.i < head.i and head.dep_ != "conj" \
        and not any(c.dep_ == "conj" for c in head.children)


def _another_name_between(ctx: DocContext, head: Token, title: Token, person: Mention) -> bool:
    """Whether another person's name stands in apposition between a name and a title after it: "Erie County District
    Attorney Frank Clark, Bernard Tolbert, the special FBI agent in charge of the Buffalo office" (Tolbert's title)."""
    return title.dep_ == "appos" and any(
        c.dep_ == "appos" and head.i < c.i < title.i and (other := ctx.entity_at(c)) is not None and other != person
        and other.type == "Person" for c in head.children)


def _titles_another(ctx: DocContext, title: Token, person: Mention) -> bool:
    """Whether the title is another person's, named beside it: "India's petroleum minister Mr Aiyar and Russian
    energy minister Viktor Khristenko", parsed with the first title on Khristenko's name."""
    return any(c.dep_ == "appos" and (other := ctx.entity_at(c)) is not None and other != person
               and other.type == "Person" for c in title.children)


def _affiliation_right_after(ctx: DocContext, title: Token, head: Token, person: Mention) -> Mention | None:
    """The organisation "of" right after the titled name, or after it and a comma ("Mr Rodgers, of the Fullness of Joy
    Church"); "at" or "with" too for staff ("said analyst Alex Potter at Lehman Brothers"), not for a head, whom a body
    "at" may only host ("said Chancellor Helmut Kohl at the European Commission"). None for a body further on ("Mr
    Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM": where he was, not whose)."""
    tokens = ctx.tokens_of(person)
    if tokens is None:
        return None
    after = tokens.end + 1 if tokens.end < len(ctx.doc) and ctx.doc[tokens.end].text == "," else tokens.end
    staff = role_predicate(title_words(title), ctx.sport) == "worksFor"
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i == after):
        if prep.lower_ != "of" and not (staff and prep.lower_ in {"at", "with"}):
            return None
        if (organisation := _organisation_named_by(ctx, prep)) is not None:
            return organisation
    return None


def _affiliation_without_title(ctx: DocContext, head: Token, person: Mention) -> Mention | None:
    """"Lt. Jim Bowell of the Butler Township Fire Department": a person "of" an organisation."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "with"}):
        if (organisation := _organisation_named_by(ctx, prep)) is not None:
            return organisation
    return None


def _organisation_named_by(ctx: DocContext, prep: Token) -> Mention | None:
    """The first organisation a preposition's objects name ("of the Butler Township Fire Department"), or None."""
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        organisation = ctx.entity_at(pobj)
        if organisation is not None and organisation.type == "Organization":
            return organisation
    return None


_UNIT_WORDS = {"department", "division", "unit", "desk", "office", "section", "branch", "bureau"}
#: the words before a title that make its holder a unit's head, not the body's: a unit's, and a body's own council or
#: committee ("the ruling Liberal Democratic Party's executive council chairman"; its board's chairman chairs the body;
#: a committee's "Committee Chairman William Proxmire" chairs the committee itself)
_HEADED_UNITS = _UNIT_WORDS | {"council", "committee"}


def _directors_ranked(ctx: DocContext, firm: Mention) -> bool:
    """Whether the firm's managing directors are a rank of its officers: its name, or the article's longer name that
    begins with its first word, ends as an American firm's does ("Shearson" after "Shearson Lehman Brothers Inc") or
    as a Japanese firm's ("Daiwa Securities Co Ltd", where managing directors rank below the president)."""
    first = firm.span.text.split()[:1]
    return _ranked_by_name(firm) or any(_ranked_by_name(m) for m in ctx.mentions
                                         if m.type == "Organization" and m.span.text.split()[:1] == first)


def _ranked_by_name(firm: Mention) -> bool:
    """Whether the name ends as an American firm's ("Inc", "Corp", "and Co") or a Japanese firm's ("Co Ltd")."""
    words = firm.span.text.lower().replace(".", "").split()
    return firm.last_word in _AMERICAN_FIRM_ENDS or words[-2:] == ["co", "ltd"]


def _placed_body(ctx: DocContext, organisation: Mention) -> Mention:
    """The body a place before a title ends the name of: "National Union of Seafarers in India president Leo Barnes"
    heads the union (in India), not India; any other organisation as it is."""
    tokens = ctx.tokens_of(organisation)
    if organisation.type != "Place" or tokens is None or tokens.start < 2:
        return organisation
    link = ctx.doc[tokens.start - 1]
    body = ctx.entity_at(ctx.doc[tokens.start - 2])
    if link.lower_ in {"in", "of"} and link.is_lower and body is not None and body.type == "Organization":
        return body
    return organisation


def _owner_of_unit(ctx: DocContext, organisation: Mention) -> Mention:
    """The organisation a unit belongs to, when the text names it: "the IMF's European Department" is the
    IMF's (the unit's own name, "European Department", names nothing on its own)."""
    words = organisation.span.text.lower().split()
    span = ctx.tokens_of(organisation)
    if span is None or not words:
        return organisation
    root = span.root
    if words[-1] not in _UNIT_WORDS:
        if root.dep_ != "compound" or root.head.lemma_.lower() not in _UNIT_WORDS | {"arm", "subsidiary"}:
            return organisation
        root = root.head  # "BT's new Entertainment unit": the unit noun follows the name
    for child in root.children:
        owner = ctx.entity_at(child)
        if child.dep_ == "poss" and owner is not None and owner.type == "Organization" and owner != organisation:
            return owner
    return organisation




def _sent_by_a_state(ctx: DocContext, title: Token, body: Mention) -> bool:
    """Whether a nationality or country stands before the body an envoy's title names ("Greek U.N.
    Representative"): he is sent by that state to the body."""
    tokens = ctx.tokens_of(body)
    before = [ctx.doc[tokens.start - 1]] if tokens is not None and tokens.start > 0 else []
    return any((state := ctx.entity_at(t)) is not None and state != body and state.ner_label in {"NORP", "GPE"}
               for t in [*title.lefts, *before])


#: servants of a state by their title alone: "Russian oil official Sergei Oganesyan", "US envoy X"
_STATE_SERVANTS = {"official", "ambassador", "envoy", "diplomat", "negotiator", "minister"}


def _state_servant(title: Token) -> bool:
    """Whether the title is a state's servant's, whom a country employs: "UK Chancellor of the Exchequer", "Russian oil
    official Sergei Oganesyan" (a national office or a servant's title alone)."""
    return _national_office(title) or title.lemma_.lower() in _STATE_SERVANTS


def _national_office(title: Token) -> bool:
    """A state's office below its head: a minister, or a secretary of a portfolio ("Treasury Secretary")."""
    words = title_words(title).lower().split()
    if not words:
        return False
    if words[-2:] == ["prime", "minister"]:
        return False  # heads of government meet and travel: "President Trump" in an article about North Korea
    if words[-2:] == ["chief", "minister"]:
        return False  # a state's head of government (India's, Malaysia's states), no office of the country's
    if words[-1] == "minister":
        return True
    portfolio = [w for w in words[:-1] if w in PORTFOLIOS] or [
        c.lower_ for c in title.lefts if c.lower_ in PORTFOLIOS]
    return words[-1] in {"secretary"} and bool(portfolio) or words[-1] == "general" and "attorney" in words


#: words before a title that say its holder was put out of the post: "fired NSC aide Oliver North"
_PUT_OUT = {"fired", "ousted", "sacked", "dismissed", "deposed"}
#: words before a title that end the role: "former chairman", "the late president", "then head of"
_PAST_ROLE_WORDS = FORMER_WORDS | {"formerly", "previously", "once", "ex-", "then", "late", "retired"} | _PUT_OUT


def _former(title: Token, head: Token) -> bool:
    """"former Wales skipper", "ex-chairman": a role held no more (kept on the Role node, no edge).

    The parser hangs "former" on the title, on a word before it ("former Wales skipper": on
    "Wales") or on the name (``head``): all are read.
    """
    words = [*(t for t in title.subtree if t.i <= title.i),
             *(t for t in head.lefts if t.i < title.i or t.dep_ == "amod"),
             *(t for t in head.rights if t.dep_ == "advmod" and t.i < title.i)]  # "Poindexter, then head of the NSC"
    if any(t.lower_ == "until" and any(c.ent_type_ == "DATE" for c in t.subtree) for t in title.subtree if t.i > title.i):
        return True  # "Tim Renner, the head of Universal Music Germany until last year"
    if any(t.lower_ == "under" and any(c.dep_ == "pobj" and c.ent_type_ == "PERSON" for c in t.children)
           for t in title.subtree if t.i > title.i):
        return True  # "Charles Schultze, chairman of the president's Council of Economic Advisers under Jimmy Carter":
        # a post of another man's term, which news names so once it is over ("worked in the White House under
        # President Gerald Ford")
    named = head if head.dep_ != "appos" else head.head  # "the ouster of its leader, Hu Yaobang"
    ending = named.head.head
    if named.dep_ == "pobj" and named.head.lower_ == "of" and ending.lemma_.lower() in _ENDINGS \
            and not any(c.lower_ in _ENDS_TO_COME for c in ending.children) and _come(ending):
        return True  # "following the dismissal of Communist Party chief Hu Yaobang": the role ended ("the impending
        # retirement of CBS news anchor Dan Rather", "seek the removal of Finance Minister Dilson Funaro" have not)
    start = min(t.i for t in title.subtree if t.i <= title.i)
    if start > 0 and title.doc[start - 1].lower_ in _PUT_OUT:
        return True  # "fired NSC aide Oliver North", which the parse may read as a verb firing him
    if start > 1 and title.doc[start - 1].text == "-" and title.doc[start - 2].lower_ in FORMER_WORDS \
            and not title.doc[start - 2].whitespace_ and not title.doc[start - 1].whitespace_:
        return True  # "him and ex-chairman Ernest Saunders": the parse cut "ex-" off the title, as two tokens
    return any(t.lower_ in _PAST_ROLE_WORDS or t.lower_.startswith("ex-") for t in words)


def _come(ending: Token) -> bool:
    """Whether the sentence tells an end that came: one "after", "following" or "since" (at any depth: "after
    accepting the resignation of"), or one a past verb tells ("led to the resignation of") that no verb of wanting
    governs ("joined forces to seek the removal of")."""
    for ancestor in ending.ancestors:
        if ancestor.lemma_.lower() in _WANTING:
            return False
        if ancestor.lower_ in {"after", "following", "since"}:
            return True
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor.tag_ not in {"VB", "VBG"}:  # (climbs "accepting")
            return ancestor.tag_ in {"VBD", "VBN"} and not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "may",
                                                                                                "might", "could"}
                                                               for c in ancestor.children)
    return False


#: verbs that govern an end wished for, not come: "to seek the removal of Finance Minister Dilson Funaro"
_WANTING = {"seek", "call", "demand", "urge", "want", "propose", "threaten", "plan", "consider", "push", "press", "ask",
            "request", "recommend", "expect", "predict", "fear", "rule", "deny", "oppose", "resist", "block", "avert"}
#: words before an end that has not come: "the impending retirement of CBS news anchor Dan Rather"
_ENDS_TO_COME = {"impending", "planned", "expected", "upcoming", "forthcoming", "proposed", "possible", "likely",
                 "rumoured", "rumored", "threatened", "imminent", "future", "early"}
#: nouns of a role's end: "the dismissal of Communist Party chief Hu Yaobang" held the post no more
_ENDINGS = {"dismissal", "ouster", "removal", "sacking", "firing", "resignation", "retirement", "departure",
            "overthrow", "downfall", "fall", "impeachment", "death", "assassination", "murder", "killing", "funeral"}


#: verbs by which a role holder leaves it: "have left the firm", "stepped down", "quit", "was ousted"
_LEAVING_VERBS = {"leave", "quit", "resign", "retire", "depart", "exit", "oust", "sack", "fire", "dismiss",
                  "replace", "succeed", "step", "stand", "vacate", "relinquish"}


def _leaves(head: Token) -> bool:
    """Whether the sentence says the holder left the role it names ("Chief executive Franklin Raines ... and
    chief financial officer Tim Howard have left the firm", "Mr Raines, head of the OMB, has taken early
    retirement"): the title was held until now, it is no current fact."""
    subject = head
    while subject.dep_ in {"conj", "appos"} and subject.head.i != subject.i:
        subject = subject.head
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = subject.head
    lemma = verb.lemma_.lower()
    if lemma in {"step", "stand"}:
        # ("Chief executive Gerd Niebaum stepped down last week": the parse may read "down" as an adverb; "chairman
        # Ron Trotter will step aside as chief executive in October" holds both posts until then)
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"down", "aside"} for c in verb.children) \
            and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would", "to"} for c in verb.children)
    if lemma in {"replace", "succeed"}:
        return subject.dep_ == "nsubjpass"  # "Raines was replaced by": he left; "Raines replaced Smith": he came
    if lemma in {"take", "announce", "go"}:
        return any(c.lemma_.lower() in {"retirement", "leave"} and c.dep_ in {"dobj", "pobj"} for c in verb.subtree)
    if lemma in {"leave", "quit", "exit", "depart"}:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and not any(o.ent_type_ in {"ORG", "GPE", "NORP"} or o.pos_ == "PROPN"
                               or o.lemma_.lower() in _POSTS for o in objects):
            return False  # "Soviet leader Mikhail Gorbachev ... abruptly left a parliamentary session": a room, no post
        if not objects and any(c.dep_ == "prep" and c.lower_ in {"for", "to"} for c in verb.children):
            return False  # "left for Moscow": a journey
    return lemma in _LEAVING_VERBS and (lemma not in {"oust", "sack", "fire", "dismiss"} or subject.dep_ == "nsubjpass")


#: the words of the two US parties as titles use them ("Republican leader Bob Dole"): the gazetteer's names for them
_US_PARTY_WORDS = frozenset(word for word, name in CANONICAL_NAMES.items()
                            if name in {"Republican Party", "Democratic Party"})
#: what a holder leaves when he leaves his role: the post, or the body that gave it
_POSTS = {"post", "job", "office", "position", "role", "seat", "company", "firm", "club", "side", "board", "government",
          "cabinet", "party", "team", "bank", "group", "business", "organisation", "organization", "band", "agency",
          "ministry", "department", "administration", "newspaper", "paper", "show", "programme", "program",
          "corporation", "union", "council", "commission", "committee", "management", "leadership", "presidency"}


#: words that make a title one not yet held: "the future partner", "chairman-designate", "the incoming CEO"
_PROSPECTIVE_WORDS = {"future", "prospective", "would-be", "potential", "incoming", "possible", "likely",
                      "designate", "expected", "presumptive", "next", "new-look"}


def _prospective(title: Token) -> bool:
    """Whether the title is one its holder has not taken up yet ("the obvious future partner")."""
    return any(t.lower_ in _PROSPECTIVE_WORDS or t.lower_.endswith("-designate") for t in title.subtree
               if t.i <= title.i) or any(c.lower_ == "designate" for c in title.rights) \
        or title.i + 1 < len(title.doc) and title.nbor(1).lower_ == "designate"  # "Prime Minister designate X"


def _party_before(ctx: DocContext, head: Token, person: Mention) -> Mention | None:
    """The party a name's own modifiers or possessive name: "Labour" in "Labour MP Diane Abbott" (the parse hangs
    the party on the name, not the title), "Plaid Cymru's Elfyn Llwyd"."""
    for child in head.children:
        party = ctx.entity_at(child)
        if child.dep_ in {"compound", "poss", "nmod", "amod"} and child.i < head.i and party is not None \
                and party != person and (party.span.text.lower() in PARTY_WORDS
                                         or party.type == "Organization" and _party_named(ctx, party)):
            return party
    return None


def _possessor(ctx: DocContext, head: Token, person: Mention) -> Mention | None:
    """The organisation or country in the possessive before a name: "England's" in "England's Charlie
    Hodgson", and in "England's Charlie Hodgson and Olly Barkley" for both; not for a second name with words of
    its own ("Gloucester's Andy Gomarsall or Leicester youngster Harry Ellis", "Celtic's Henri Camara and
    Nacho Novo of Rangers")."""
    own_words = any(ctx.entity_at(c) != person for c in head.children
                    if c.dep_ in {"compound", "amod", "nmod", "poss", "prep", "appos"})
    for name in (head, head.head) if head.dep_ == "conj" and not own_words else (head,):
        for child in name.children:
            owner = ctx.entity_at(child)
            if child.dep_ == "poss" and owner is not None and owner != person \
                    and owner.type in {"Organization", "Place"} and not _governs_a_sport(owner):
                return owner
    return None


#: words of the name of a sport's governing body: "Tennis Australia's Geoff Pollard" runs the game, plays for no side
_GOVERNING_WORDS = {"tennis", "athletics", "association", "federation", "union", "council", "board", "committee",
                    "authority", "agency", "commission", "league", "body", "olympic"}


def _governs_a_sport(owner: Mention) -> bool:
    return bool(_GOVERNING_WORDS & set(owner.span.text.lower().split()))


def _people(ctx: DocContext) -> Iterator[tuple[Mention, Token]]:
    """Each person mentioned, with the head word of the name (where titles and appositions attach)."""
    for person in ctx.mentions:
        if person.type != "Person":
            continue
        span = ctx.tokens_of(person)
        if span is not None:
            yield person, span.root


#: nouns that name a person by what he did to another: "Kennedy's assassin Sirhan Sirhan"
KILLER_NOUNS = {"assassin", "killer", "murderer", "slayer", "executioner"}


def _victim(ctx: DocContext, noun: Token, person: Mention, head: Token) -> Mention | None:
    """The person a killer noun is about: "Kennedy assassin", "Garfield's assassin", "the killer of X"."""
    # the parser often hangs the victim beside the noun, not under it: take the name right before it
    before = ctx.entity_at(ctx.doc[noun.i - 1]) if noun.i > 0 else None
    if before is not None and before.type == "Person" and before != person:
        return before
    for child in [*noun.children, *(c for c in head.children if c.dep_ == "poss")]:
        victim = ctx.entity_at(child)
        if child.dep_ in {"poss", "compound"} and victim is not None and victim.type == "Person" and victim != person:
            return victim
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                victim = ctx.entity_at(pobj)
                if victim is not None and victim.type == "Person" and victim != person:
                    return victim
    return None


_SHEET_LINE = re.compile(r"(?P<team>[A-Z][\w'&.-]*(?: (?:[A-Z][\w'&.-]*|of|&))*): (?P<names>[^\n]+)")
_SHEET_NAME = re.compile(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}")
_RESERVES = {"replacements", "subs", "substitutes", "bench", "reserves", "subs not used"}


def _sheet_names(ctx: DocContext, start: int, text: str) -> list[Mention]:
    """The players of one team-sheet line: names between ";" and "," (captaincy marks dropped)."""
    names: list[Mention] = []
    for piece in re.finditer(r"[^;,]+", text):
        chunk = re.sub(r"\([^)]*\)", "", piece.group()).strip().rstrip(".")
        match = _SHEET_NAME.fullmatch(chunk)
        if match is None:
            return []  # not a list of names: no team sheet
        offset = start + piece.start() + piece.group().index(chunk)
        names.append(Mention(Span(offset, offset + len(chunk), chunk), "Person", "PERSON"))
    return names


#: headings of a squad's parts: the players under them belong to the team named before, if any
_POSITION_HEADINGS = {"backs", "forwards", "front row", "back row", "goalkeepers", "defenders", "midfielders",
                      "strikers", "squad", "team", "starting line-up", "line-up", "subs", "substitutes", "bench",
                      "props", "hookers", "locks", "half-backs", "three-quarters"}


@extractor("roles.teamsheet.v1", requires=("doc.ents",), emits=("playedFor", "leaderOf"))
def team_sheets(ctx: DocContext) -> Iterator[Relation]:
    """Player -playedFor-> team, from the team sheets of sport reports: "Leeds: Balshaw; Rees, Bell, ...".

    A sentence "Team: name; name, name ..." (five names or more, nothing but names) in sport news, and
    the "Replacements:" sentence right after it, which belongs to the same team.
    """
    if not ctx.sport:
        return
    team: Mention | None = None
    # BBC pages flatten a sheet into its paragraph: "... inspection. Leeds: Balshaw; Rees, ... Popham. Replacements: ..."
    for segment in re.finditer(r"[^\n.]+", ctx.text):
        line = segment.group()
        match = _SHEET_LINE.fullmatch(line.strip())
        if match is None:
            if line.strip():
                team = None
            continue
        offset = segment.start() + line.index(match.group())
        label = match.group("team")
        names = _sheet_names(ctx, offset + match.start("names"), match.group("names"))
        heading = label.lower() in _RESERVES or label.lower() in _POSITION_HEADINGS
        if len(names) < 5 and not (heading and team is not None and names) or team is None and \
                label.lower() in _POSITION_HEADINGS:
            team = None  # "Backs: Yachvili, Mignoni ..." under no team's name: a position, no team
            continue
        if not heading:
            named = ctx.doc.char_span(offset, offset + len(label), alignment_mode="expand")
            found = ctx.entity_at(named[0]) if named is not None else None
            # the NER's mention of the team when it is the label itself, else the label as an organisation
            team = found if found is not None and found.span.text == label else \
                Mention(Span(offset, offset + len(label), label), "Organization", "ORG")
        if team is None:
            continue
        evidence = Span(offset, offset + len(match.group()), match.group())
        for player in names:
            if player.span.text != team.span.text:
                yield Relation(player, "playedFor", team, evidence, "roles.teamsheet.v1", 0.8, surface=":",
                               kind="Role", phrases=(player.span, team.span), trigger=team.span)
                if re.match(r"\s*\((?:capt|captain|c)\)", ctx.text[player.span.end : player.span.end + 12]):
                    yield Relation(player, "leaderOf", team, evidence, "roles.teamsheet.v1", 0.8, surface="(capt)",
                                   kind="Role", attributes=(("roleTitle", "captain"),),
                                   phrases=(player.span, team.span), trigger=team.span)


_QUIT_VERBS = {"quit", "resign", "step", "retire", "leave"}


@extractor("roles.copula.v1", requires=("token.dep", "doc.ents"), emits=("resignedFrom", "subsidiaryOf", *ROLE_PREDICATES))
def copular_roles(ctx: DocContext) -> Iterator[Relation]:
    """Roles said with "to be" or "as": "Smith is chairman of Acme", "BP North America is a subsidiary of
    British Petroleum", "Koeman quit as Ajax boss", "Falk has resigned as chairman of DHL"."""
    for verb, lemma in zip(ctx.tokens, ctx.lemmas):
        if lemma == "be":
            nouns = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        elif lemma in _QUIT_VERBS:
            nouns = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                     for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        else:
            continue
        subject = next((ctx.entity_at(c) for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not nouns:
            continue
        modality = ctx.modality(verb)
        for noun in nouns:
            holder = subject
            if not modality and _prospective(noun):
                modality = "hedged: future role"  # "St Helens are the obvious future partner of the WRU"
            elif not modality and (_former(noun, noun) or lemma == "be" and (
                    verb.tag_ == "VBD" and verb.dep_ != "ccomp"
                    or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))
                                   and role_predicate(title_words(noun)) != "founded"):
                modality = "former role"  # "Lewis was chief executive of the old Continental Bank" (in reported
                # speech, "said Lewis was chief executive", the tense may only follow the verb of saying; one who
                # "was founder" of a firm still founded it); the past perfect, in reported speech too: "David
                # Greenberg had been president and chairman of Rocky Mount until May 1986"
            organisation = _affiliation_in(ctx, noun, holder) if holder.type == "Person" else None
            noun_lemma = noun.lemma_.lower()
            if lemma != "be" and not modality and verb.tag_ == "VBG" and any(
                    c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children):
                modality = "hedged: future"  # "Paul Volcker is leaving as chairman": an end announced, not come
            if lemma != "be":
                predicate = "resignedFrom" if holder.type == "Person" and organisation is not None \
                    and organisation.type == "Organization" else None
            elif noun_lemma in UNIT_NOUNS and holder.type == "Organization":
                organisation = next((ctx.entity_at(p) for prep in noun.children if prep.dep_ == "prep"
                                     and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"), None)
                predicate = "subsidiaryOf" if organisation is not None and organisation.type == "Organization" \
                    else None
            elif holder.type == "Person" and is_title(noun) and organisation is not None \
                    and (ctx.sport or noun_lemma not in _AMBIGUOUS_PLAYER_TITLES):
                # "the first top-ranked player in the Iran arms scandal": outside sport a player is in no team
                predicate = role_predicate(title_words(noun), ctx.sport)
                if predicate == "worksFor" and _runs_its_body(noun, title_words(noun), organisation):
                    predicate = "leaderOf"  # "Simon Perry is the editor of the Digital Lifestyles website"
                if organisation.type == "Place" and not _leads_place(ctx, noun, title_words(noun), predicate, organisation) \
                        and not (predicate == "worksFor" and _state_servant(noun)):
                    predicate = None  # "Kahn is a Miami insurance executive": where he works, no employer (as roles.v1)
            else:
                predicate = None
            if predicate is None or organisation is None or organisation == holder:
                continue
            yield Relation(holder, predicate, organisation, ctx.sentence(verb), "roles.copula.v1", 0.75,
                           surface=f"{verb.text} {noun.text}", kind="Role" if predicate != "subsidiaryOf"
                           else "Statement", attributes=(("roleTitle", title_words(noun)),)
                           if predicate not in {"subsidiaryOf"} else (), phrases=(holder.span, organisation.span),
                           trigger=ctx.token_span(noun), negated=modality == "negated",
                           hedged=modality.startswith("hedged"), modality=modality)


@extractor("roles.party.v1", requires=("token.dep", "doc.ents"), emits=("memberOf",))
def party_members(ctx: DocContext) -> Iterator[Relation]:
    """Person -memberOf-> party, from a person's possessive before a party's name: "Mr Lula's Worker Party"."""
    for party in ctx.mentions:
        if party.type != "Organization" or not party.span.text.lower().endswith("party"):
            continue
        span = ctx.tokens_of(party)
        if span is None:
            continue
        for child in span.root.children:
            member = ctx.entity_at(child)
            if child.dep_ == "poss" and member is not None and member.type == "Person":
                yield Relation(member, "memberOf", party, ctx.sentence(child), "roles.party.v1", 0.75,
                               surface=f"{member.span.text}'s", kind="Role", phrases=(member.span, party.span),
                               trigger=ctx.token_span(child))


#: the last words of schools' names, whose speakers may be their students
_SCHOOL_WORDS = {"university", "college", "school", "academy"}


@extractor("roles.from.v1", requires=("token.dep", "doc.ents"), emits=("worksFor",))
def speakers_from(ctx: DocContext) -> Iterator[Relation]:
    """Person -worksFor-> organisation, from a speaker named with the body he comes from: "said Ben Coppin from
    Envisional", "David Graham from the FDA's Office of Drug Safety told the advisory panel".

    Only a speaker (the subject of a speech verb): "Jessica Taylor from Liberty-X" on a celebrity show is a band's
    member, and "Julian Barratt from The Mighty Boosh" in a show. Not in sport news, where a player "from Arsenal"
    is moving or has moved.
    """
    if ctx.sport:
        return
    for person, head in _people(ctx):
        if head.dep_ != "nsubj" or head.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        # the nouns before the name say who speaks: "analyst", "Professor" work somewhere, a "shopper" or "fan" not
        nouns = {c.lemma_.lower() for c in head.lefts if c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN"}
        titled = {c.lower_ for c in head.children if c.dep_ == "compound"} & PERSON_TITLES
        if nouns - PERSON_TITLES - OCCUPATIONS:
            continue  # "said shopper Mary Jones from Tesco": a customer, no employee
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                body = ctx.entity_at(pobj)
                if body is None or body.type != "Organization" or body == person \
                        or body.last_word in PARTY_WORDS | {"party"} \
                        or body.last_word in _SCHOOL_WORDS and not (titled or nouns):
                    continue  # "Tim Yeo from the Conservative Party" is a member; "Emma Green from Harvard
                    # University" may study there (a lecturer, "Professor Emma Green", works there)
                yield Relation(person, "worksFor", body, ctx.sentence(head), "roles.from.v1", 0.7, surface="from",
                               kind="Role", phrases=(person.span, body.span), trigger=ctx.token_span(prep))


@extractor("roles.killers.v1", requires=("token.dep", "doc.ents"), emits=("killed",))
def killers(ctx: DocContext) -> Iterator[Relation]:
    """Person -killed-> person, from "Kennedy assassin Sirhan B. Sirhan" and "X, the killer of Y"."""
    for person, head in _people(ctx):
        nouns = [c for c in head.children if c.dep_ in {"compound", "appos"} and c.lower_ in KILLER_NOUNS]
        if head.dep_ in {"appos", "compound"} and head.head.lower_ in KILLER_NOUNS:
            nouns.append(head.head)
        for noun in nouns:
            victim = _victim(ctx, noun, person, head)
            if victim is not None:
                yield Relation(person, "killed", victim, ctx.sentence(head), "roles.killers.v1", 0.8,
                               surface=noun.text, kind="Event", phrases=(person.span, victim.span),
                               trigger=ctx.token_span(noun))


@extractor("roles.v1", requires=("token.dep", "doc.ents"), emits=(*ROLE_PREDICATES, "citizenOf"))
def roles(ctx: DocContext) -> Iterator[Relation]:
    """Person -leaderOf/worksFor-> organisation or country, from titles and appositions."""
    seen: set[tuple[int, int]] = set()
    for person, head in _people(ctx):
        titles = list(_person_titles(ctx, head, person))
        owner = _possessor(ctx, head, person) if ctx.sport else None
        if not titles and owner is not None:
            # in sport news "England's Charlie Hodgson", "Chelsea's Arjen Robben" name a team's player;
            # elsewhere a possessive before a name says too little ("Sony's Qrio Robot", "Wilma's (Erin Gray)")
            seen.add((person.span.start, owner.span.start))
            # a country's athlete in an individual sport ("Canada's Nate Brannen" ran a mile) is its national
            predicate = "playedFor" if ctx.team_sport or owner.type == "Organization" else "citizenOf"
            yield Relation(person, predicate, owner, ctx.sentence(head), "roles.v1", 0.7,
                           surface=f"{owner.span.text}'s", kind="Role", phrases=(person.span, owner.span),
                           trigger=owner.span)
        elif not titles and (organisation := _affiliation_without_title(ctx, head, person)) is not None:
            seen.add((person.span.start, organisation.span.start))
            # "Nacho Novo of Rangers": in news of a team sport, a name "of" a club is its player's
            predicate = "playedFor" if ctx.team_sport else "worksFor"
            yield Relation(person, predicate, organisation, ctx.sentence(head), "roles.v1", 0.7,
                           surface=f"of {organisation.span.text}", kind="Role",
                           phrases=(person.span, organisation.span), trigger=person.span)
        for title in titles:
            if any(t.text == "." and t.dep_ != "punct" and t.i > title.i and t.i + 1 < len(ctx.doc)
                   and ctx.doc[t.i + 1].is_title for t in title.subtree):
                continue  # "deputy labs editor at PC Pro. Apple's work on ...": the parse took the full stop for a word
                # of a name (the NER missed the magazine), so the title's words reach into the next sentence's firm
            organisation = _affiliation_in(ctx, title, person)
            named_modifier = any(ctx.entity_at(c) not in (None, person) for c in _title_lefts(ctx, title)) \
                or _says_whose(ctx, title) \
                or _name_before(ctx, title, person) \
                or _unnamed_owner(title, head)
            from_name = False
            if organisation is None and not named_modifier and title.i < head.i:
                # "said analyst John Smith of Merrill Lynch", "Professor Tom Lee of Oxford University": the parse
                # hangs the body on the name, not on the title before it
                organisation = _affiliation_right_after(ctx, title, head, person)
                from_name = organisation is not None
            if organisation is None and not named_modifier and title_words(title).lower() in CORPORATE_TITLES \
                    and not _for_a_side(title):
                # "Chief executive Jean-Pierre Garnier said" in an article about GlaxoSmithKline
                organisation = ctx.article_company(title, nearby=title.lemma_.lower() in SPOKESPERSON_TITLES)
                if organisation is not None and (_says_of_another(ctx, head, organisation)
                                                 or _another_body_before(ctx, title, organisation)):
                    organisation = None
            if organisation is None and not named_modifier and _national_office(title):
                # "Finance Minister Kiichi Miyazawa said Japan ...": a minister of the country the article
                # is about, when the sentence names it and no other country
                organisation = ctx.article_country(title.idx, sentence=ctx.sentence(title))
            if organisation is not None:
                organisation = _owner_of_unit(ctx, _placed_body(ctx, organisation))
            if organisation is None or (person.span.start, organisation.span.start) in seen:
                continue
            # "Paul King, principal security consultant at Cisco": a firm the NER took for a place (the resolver
            # makes it one when no gazetteer knows the place; a place it knows stays a place, and the edge open)
            at_place = organisation.type == "Place" and _employer_at(ctx, title, organisation)
            if organisation.type != "Organization" and title.lemma_.lower() in OCCUPATIONS and not at_place:
                continue  # "Silicon Valley journalist Dan Gillmor": where he works, not for whom
            if organisation.type == "Place" and title_words(title).lower() in CORPORATE_TITLES and not at_place:
                continue  # "its UK chief executive": the company's region, not a country he leads
            if organisation.ner_label == "NORP" and title.lemma_.lower() in PLAYER_TITLES - {"international"}:
                continue  # "French striker Thierry Henry": a nationality (places.v1); an "Irish international" plays for it
            words = title_words(title)
            body_words = {c.text for c in title.lefts if c.dep_ == "compound" and ctx.entity_at(c) is None
                          and c.is_title and ctx.organisation_named_by(c) == organisation}
            if body_words:  # "Forest chief executive Mark Arthur": the title is "chief executive", Forest's
                words = " ".join(w for w in words.split() if w not in body_words) or words
            if title.lemma_.lower() == "partner" and any(c.dep_ in {"compound", "amod"} and c.is_lower
                                                         and c.lower_ not in _FIRMS_PARTNERS for c in title.lefts):
                continue  # "Scott's training partner Maurice Greene", "his doubles partner": no firm's partner
            if not ctx.sport and title.lemma_.lower() in _AMBIGUOUS_PLAYER_TITLES:
                continue  # "Hollywood player Howard Hughes": outside sport news a player is no team's
            seen.add((person.span.start, organisation.span.start))
            former = _former(title, head) or _leaves(head)
            prospective = not former and _prospective(title)
            predicate = role_predicate(words, ctx.sport)
            if predicate == "spokespersonFor" and any(
                    p.lower_ in {"for", "of"} and c.dep_ == "pobj" and c.lemma_.lower() in BODY_NOUNS
                    and ctx.entity_at(c) is None and not _the_body_itself(ctx, c, organisation)
                    and any(o.dep_ == "poss" and ctx.entity_at(o) == organisation for o in c.children)
                    for p in title.children for c in p.children):
                continue  # "a spokesman for GE Credit's outside public relations firm": the firm's, not GE Credit's
            # the words before the title, and those the parse hung on its own words ("CCF deputy director-general":
            # "deputy" on "director")
            own_words = words.lower().split()
            before = [*title.lefts, *(c for o in title.lefts if o.lower_ in own_words for c in o.lefts)]
            if predicate == "leaderOf" and any(c.lower_ in _UNDER_PREFIXES for c in before):
                predicate = "worksFor"  # "assistant managing director" (the parse's nmod, outside the title's words)
            if predicate == "worksFor" and title.lemma_.lower() == "minister" and organisation.type == "Organization" \
                    and organisation.last_word in _MINISTERS_BODIES - {"office"} \
                    and (span := ctx.tokens_of(organisation)) is not None and span.end <= title.i:
                predicate = "leaderOf"  # "Economic Planning Board Minister Kim Mahn-je", "Venezuelan Investment Fund
                # Minister": the minister heads the body his title names ("British Foreign Office minister William
                # Waldegrave" is one of its junior ministers: the Foreign Secretary heads it)
            if predicate == "worksFor" and title.text == "Director" and not title.is_sent_start \
                    and organisation.type == "Organization" \
                    and organisation.last_word in _OFFICES_A_DIRECTOR_RUNS \
                    and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in title.children):
                predicate = "leaderOf"  # "Rudolph Penner, Director of the Congressional Budget Office": an office's
                # Director, written as the office's title, runs it ("a director of Acme Corp" sits on a board)
            if predicate == "worksFor" and _runs_its_body(title, words, organisation):
                predicate = "leaderOf"  # "Elliott Wilson, editor of hip-hop magazine XXL", "Radio 1's controller",
                # "director of Venice's La Fenice Theatre": the one editor, controller or director of a paper, a
                # channel, a theatre runs it ("an editor at Wired", "the BBC's business editor" work for theirs)
            if predicate == "memberOf" and from_name and any(c.dep_ == "compound" and c.pos_ == "NOUN"
                                                             for c in title.children) \
                    and not _of_members(ctx, organisation) and not _party_named(ctx, organisation):
                predicate = "worksFor"  # "panel member Paul Bergstresser of the University of Texas": a member of
                # the panel, from the university ("union member Jim Brown of the Transport and General Workers Union"
                # is the union's)
            if predicate == "memberOf" and _on_a_board(ctx, title) and not _of_members(ctx, organisation) \
                    and not _party_named(ctx, organisation):
                predicate = "worksFor"  # "Max Baumann, a member of the Contraves board", "Bundesbank board member":
                # a firm's or a bank's board is its officers, not a body of members (a party's is its members')
            if predicate == "worksFor" and words.lower() == "executive director" and _runs_itself(ctx, organisation):
                predicate = "leaderOf"  # "Jeffrey Levi, executive director of the National Gay and Lesbian Task
                # Force", "ICCO Executive Director Kobena Erbynn": a non-profit body's head (a firm's executive
                # directors sit on its board; a fund's or a bank's represent their states)
            office = _state_servant(title)
            if any(p.lower_ == "of" and any(c.lower_ == "exchequer" for c in p.children) for p in title.children):
                predicate, office = "worksFor", True  # the Chancellor of the Exchequer is a minister, no head of state
            elif title.lemma_.lower() == "chancellor" and organisation.span.text.casefold().replace(".", "") in _BRITAIN:
                predicate, office = "worksFor", True  # "UK chancellor Gordon Brown" is the finance minister too
            if predicate == "leaderOf" and (any(p.lower_ in {"of", "for"} and any(
                    c.dep_ == "pobj" and ctx.entity_at(c) is None and c.pos_ in {"NOUN", "PROPN"}
                    and not _the_body_itself(ctx, c, organisation) for c in p.children) for p in title.children)
                    or _unit_after(ctx, title, organisation)):
                # "Merck's head of research Peter Kim", "head of the WEF's global Health Initiative", "president of
                # an Organization of American States special committee": a unit, not the body that owns it ("chairman
                # of the IG Metall union" leads the union); a body of members has its members chair its committees
                # ("chairman of the NAPM's business survey committee" belongs to the association; its staff, "director-
                # general of the Confederation of Australian Industry's industrial council", work for it)
                predicate = "memberOf" if title.lemma_.lower() in _CHAIRS and _of_members(ctx, organisation) else "worksFor"
            if title.lemma_.lower() in _BEAT_TITLES and _beat_in_name(organisation):
                continue  # "VOA West Africa Correspondent Purnell Murdock": his beat, which the NER took into the
                # broadcaster's name, names no body
            if _unit_of_another(ctx, title, organisation):
                continue  # "Kelli Conlin, the executive director of the New York State affiliate of Naral": the name
                # says where Naral's affiliate works; she works for neither New York State nor (as named) Naral
            nationality = organisation.ner_label == "NORP" and organisation.span.text.lower() not in PARTY_WORDS
            if (organisation.type == "Place" or nationality) and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ in ORGANISATION_CUES
                    and ctx.entity_at(c) is None for c in title.children):
                continue  # "A Malaysian Oil Palm Growers Council official": a body the NER missed employs him, not
                # the country its nationality names
            if (organisation.type == "Place" or nationality) and not _leads_place(ctx, title, words, predicate, organisation) \
                    and not (predicate == "worksFor" and office) and not at_place:
                continue  # "Hong Kong director Wong Kar-Wai", "in Las Vegas Microsoft boss Bill Gates": a place
                # is led by heads of state, cities and national sides, and employs ministers, nobody else;
                # "British director Mark Dornford-May" is British (places.v1), he works for no country
            if predicate == "worksFor" and words.lower() == "secretary" and organisation.type == "Organization" \
                    and organisation.last_word in PORTFOLIOS | {"treasury", "department"}:
                predicate = "leaderOf"  # "U.S. Treasury Secretary James Baker" heads the Treasury
            if predicate == "leaderOf" and any(c.dep_ in {"compound", "amod"} and c.lower_ in PORTFOLIOS
                                                and ctx.entity_at(c) in (None, organisation)
                                                and not (c.lower_ in PARTY_WORDS and ctx.entity_at(c) is not None)
                                                for c in title.lefts):  # ("Labour leader Tony Blair": the party)
                predicate = "worksFor"  # "EC external trade chief Willy de Clercq", "BP's finance chief": a portfolio's
            if predicate == "leaderOf" and any(c.dep_ == "compound" and c.lemma_.lower() in _HEADED_UNITS
                                                and ctx.entity_at(c) != organisation
                                                and (c.lemma_.lower() in _UNIT_WORDS
                                                     or organisation.last_word != c.lemma_.lower())
                                                for c in title.lefts):
                predicate = "worksFor"  # "Tahashi Kumakiri, Foreign Department head at the Japan Non-life Insurance
                # Association": a unit's head, not the body's
            if predicate == "leaderOf" and words.lower() == "managing director" \
                    and _directors_ranked(ctx, organisation):
                predicate = "worksFor"  # "Robert Gerard, managing director of Morgan Stanley and Co": an American
                # or Japanese firm's managing directors are a rank of its officers (a British or German firm's runs it)
            if predicate == "leaderOf" and any(
                    p.lower_ == "of" and (unit := ctx.entity_at(c)) is not None and unit != organisation
                    and unit.last_word in _UNIT_WORDS for p in title.children for c in p.children if c.dep_ == "pobj"):
                predicate = "worksFor"  # "David M. Holland, president of US Sprint's Dallas-based Southwest
                # Division": the unit's head, in its owner's employ
            if predicate == "leaderOf" and _regional(ctx, title):
                predicate = "worksFor"  # "Gerhard Florin, head of EA in Europe" leads a region's arm, not EA
            if predicate == "leaderOf" and any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"}
                                                for c in title.children):
                # "Pedro, a leader of the Movement of Landless Rural Workers": one of them; "a managing director of
                # Merrill Lynch" is one of its officers, who works for it
                predicate = "worksFor" if words.lower() in CORPORATE_TITLES | {"administrator"} else "memberOf"
            if predicate == "leaderOf" and title.lemma_.lower() == "leader" \
                    and organisation.span.text.lower() in _US_PARTY_WORDS:
                predicate = "memberOf"  # "Democratic leader Robert Byrd" leads his party's senators: in Washington a
                # party's leaders are its leaders in Congress, its head is the national committee's chairman
            if predicate == "leaderOf" and title.lemma_.lower() == "leader" and any(
                    c.dep_ in {"compound", "amod"} and c.lower_ in PARTY_WORDS | {"majority", "minority"}
                    and ctx.entity_at(c) != organisation for c in title.lefts):
                predicate = "memberOf"  # "Senate Republican leader Robert Dole" leads his party's senators, a member
                # of the Senate ("Labour leader Tony Blair" leads the party the title names)
            if predicate == "leaderOf" and words.lower() in _STATE_OFFICES and any(
                    c.dep_ in {"compound", "nmod"} and ctx.entity_at(c) == organisation for c in title.lefts) \
                    and _party_named(ctx, organisation):
                predicate = "memberOf"  # "The state's CDU premier, Uwe Barschel" governs the state, in the party
            if predicate == "leaderOf" and title.lemma_.lower() == "governor" \
                    and organisation.span.text.casefold().replace(".", "") in _FEDERAL_RESERVE:
                predicate = "memberOf"  # a Federal Reserve Board governor is one of its seven; its chairman leads it
            if title.lemma_.lower() in ACCREDITED_TITLES and organisation.type == "Organization" \
                    and _sent_by_a_state(ctx, title, organisation):
                continue  # "Greek U.N. Representative Mihalis Dounas" speaks for Greece at the UN, not for the UN
            if organisation.ner_label == "NORP" and organisation.span.text.lower() in PARTY_WORDS \
                    and predicate == "worksFor":
                predicate = "memberOf"  # "Republican senator John McCain" belongs to the party
            elif title.lemma_.lower() in LEGISLATOR_TITLES and predicate == "worksFor" \
                    and not _party_named(ctx, organisation):
                continue  # "Bristol MP Jean Smith": her seat, no employer (a party's MP is its member, below)
            elif (predicate == "worksFor" or predicate == "leaderOf" and (
                    words.lower().replace("-", " ") in _PARTY_SECRETARIES
                    or words.lower() in _CHAIRS and organisation.span.text.lower() in _CHAIRED_PARTIES)) \
                    and _party_named(ctx, organisation):
                predicate = "memberOf"  # "LDP executive council chairman Shintaro Abe": a party's officer is its
                # member; "LDP secretary general Noboru Takeshita" is its second, "Conservative Party chairman Norman
                # Tebbit" runs its office under its leader (a communist party's general secretary leads it, as the
                # chairman leads "the Japan Socialist Party" or the SPD: a member either way)
            yield Relation(
                subject=person,
                predicate=predicate,
                object=organisation,
                sentence=ctx.sentence(head),
                extractor="roles.v1",
                confidence=0.85 if title.dep_ == "compound" else 0.8,
                surface=words,
                kind="Role",
                modality="former role" if former else "hedged: future role" if prospective else "",
                attributes=(("roleTitle", words),) + ((("roleFormer", "true"),) if former else ()),
                phrases=(person.span, organisation.span),
                trigger=ctx.token_span(title),
            )
        party = None if ctx.sport else _party_before(ctx, head, person)
        if party is not None and (person.span.start, party.span.start) not in seen:
            # "Labour MP Diane Abbott", "Plaid Cymru's Elfyn Llwyd", "Labour's election co-ordinator Alan Milburn":
            # the party the name's own words give (a possessive before a name says too little of other bodies:
            # "Sony's Qrio Robot")
            seen.add((person.span.start, party.span.start))
            yield Relation(person, "memberOf", party, ctx.sentence(head), "roles.v1", 0.7, surface=party.span.text,
                           kind="Role", modality="former role" if _leaves(head) else "",
                           phrases=(person.span, party.span), trigger=party.span)
