"""Which relations are edges of the entity graph, and why the others are not.

A direct triple is a claim kg makes to its reader. A relation becomes one only when a
careful reader would sign it after reading the evidence sentence:

* its predicate is in the controlled vocabulary (``kg/extract/vocabulary.py``), whose
  sense check it passes: subject and object types fit the predicate's domain and range;
* it is stated as fact: not negated, hedged, planned, conditional or asked;
* both ends are nodes: named entities, collective actors (as subjects only: "protesters
  attacked", not "met executives"), identified documents or quotes, never a generic
  phrase or a pronoun whose antecedent the resolver is unsure of;
* it links two different things (no self-loops).

Everything else is an *open statement*: written with its evidence and the reason it is
not an edge (``kg:openReason``), searchable, and drawn only when asked for.

Layer: resolve, over extraction; must not import kg.rdf or any layer above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from kg.extract.context import QUOTE_MARKS, UNRESOLVED, legal_suffixes_alone, without_legal_suffixes
from kg.extract.gazetteer import CANONICAL_NAMES, COUNTRIES, DEMONYMS, WORLD_REGIONS, us_state
from kg.extract.vocabulary import (GENERIC_INSTITUTION_WORDS, GENERIC_STATE_WORDS, PORTFOLIOS, PREDICATES,
                                   leads_a_team)
from kg.resolve.names import fold, person_words, strip_titles
from kg.types import Entity, Mention, Relation

__all__ = ["ONE_WORD_NAME", "Gazetteer", "open_reason"]


def _fuller_name(label: str, written: str, flaw: str = "") -> bool:
    """Whether ``label`` holds the written words and more ("Derartu Tulu" for "Tulu"; not "Democratic Party"
    for "Democrat", which only the gazetteer's guess made longer), and the word the NER cut off when the flaw
    names it ("Lockheed Martin" for "Martin" cut from it; never "Martin Clunes")."""
    have, words = fold(label).split(), fold(written).split()
    cut = fold(flaw.partition("cut short:")[2]).split()
    if cut and not all(word in have for word in cut):
        return False
    return len(have) > len(words) and any(have[i : i + len(words)] == words for i in range(len(have)))


def _argument_reason(role: str, mention: Mention, entity: Entity) -> str | None:
    if mention.ner_label == UNRESOLVED:
        return f"unresolved {role} '{mention.span.text}'"
    if entity.generic:
        return f"generic {role} '{entity.label}'"
    named_as_written = fold(entity.label) == fold(mention.span.text)
    if mention.flaw and (mention.flaw.startswith("malformed: company")
                         or not _fuller_name(entity.label, mention.span.text, mention.flaw)):
        # the NER cut the name ("Tulu" of "Derartu Tulu") and no other mention gives it whole (suffixes alone,
        # "[Laurie Milbank and] Co", are whole in no other mention: "Co Inc" is no fuller name)
        return f"{role} name {mention.flaw} '{mention.span.text}'"
    if any(mark in entity.label for mark in QUOTE_MARKS):
        return f"{role} name malformed '{entity.label}'"  # "VW fired Junger" after "Burkhard "Bobby" Junger"
    words = fold(entity.label).split()
    if words and legal_suffixes_alone(words):
        return f"{role} '{entity.label}' is company suffixes alone"  # "Chase bought <Laurie Milbank and Co>"
    if entity.type == "Group" and words and words[0] in _VAGUE_QUANTIFIERS:
        return f"vague {role} '{entity.label}'"  # "many US lawmakers accused China": which of them?
    if entity.type == "Group" and words and words[-1] in _WHOSE_MEMBERS | _TRADES \
            and all(fold(word) in _COUNTRY_NAMES or word in _NATIONAL_MODIFIERS or word.isdigit() for word in words[:-1]):
        return f"{role} '{entity.label}' names no one"  # "negotiators had held talks with Japan", "U.S. officials urged
        # Japan", "U.K. Bankers praised Volcker": some of a country's, unnamed (blind judges never signed one: sets 18,
        # 35 and the first); a body's own ("MCI's directors backed Verizon") are its board
    if entity.type == "Organization" and words and (
            all(word in PORTFOLIOS for word in words)
            or (all(word in GENERIC_INSTITUTION_WORDS or word in PORTFOLIOS for word in words)
                and any(word in _DEPARTMENT_WORDS for word in words))):
        return f"ambiguous {role} '{entity.label}'"  # "Telecommunications", "the Finance Ministry": whose?
    if entity.type == "Organization" and len(words) >= 2 and {"committee", "subcommittee"} & set(words) \
            and all(word in PORTFOLIOS or word in _COMMITTEE_WORDS for word in words):
        return f"ambiguous {role} '{entity.label}'"  # "chairman of the Finance Committee", "the Ontario Parliament's
        # Select Committee on Economic Affairs": which chamber's, whose?
        # ("the House Budget Committee", "Senate Agriculture Committee" say it)
    if entity.type == "Organization" and words[:1] == ["chamber"] \
            and all(word in _CHAMBER_WORDS or word in PORTFOLIOS for word in words[1:]):
        return f"ambiguous {role} '{entity.label}'"  # "the Chamber of Commerce's Money and Credit section": every
        # country and city has one ("the U.S. Chamber of Commerce", "Vienna Chamber of Commerce" say whose)
    if entity.type == "Place" and words and all(word in GENERIC_STATE_WORDS for word in words):
        return f"ambiguous {role} '{entity.label}'"  # "the Islamic Republic": whose?
    if entity.type == "Organization" and words and words[:2] != ["federal", "reserve"] \
            and all(word in GENERIC_INSTITUTION_WORDS or word == "reserve" for word in words):
        return f"ambiguous {role} '{entity.label}'"  # "Treasury", "Central Bank", "Reserve Bank": whose? (the
        # Federal Reserve is the one the name names)
    if entity.type == "Organization" and len(words) >= 2 and words[-1] in {"ministry", "ministries"} \
            and not any(fold(word) in _COUNTRY_NAMES for word in words[:-1]):
        return f"ambiguous {role} '{entity.label}'"  # "Oil Ministry spokesman Egil Helle", "the country's Grain
        # Products Ministry": which state's?
    if entity.type == "Organization" and len(words) >= 2 and words[-1] == "court" \
            and all(word in _COURT_WORDS or fold(word) in _COUNTRY_NAMES for word in words[:-1]) \
            and any(word in _COURT_WORDS for word in words[:-1]):
        return f"ambiguous {role} '{entity.label}'"  # "the U.S. District Court in Chicago": one of ninety-four
        # ("the U.S. Supreme Court", "the European Court" in Luxembourg are one)
    if entity.type == "Organization" and len(words) >= 2 and words[-1] in {"market", "markets"} \
            and all(fold(word) in _COUNTRY_NAMES or word in _NATIONAL_MODIFIERS for word in words[:-1]):
        return f"{role} '{entity.label}' is a market, no body"  # "counterfeits aimed at the U.S. Market" (the
        # Common Market is one)
    if entity.type == "Organization" and words[-1:] == ["party"] and " ".join(words[:-1]) in _PARTIES_OF_MANY_STATES:
        return f"{role} '{entity.label}' says not which state's party"  # "Communist Party leader Hu Yaobang"
    if entity.type in {"Organization", "Group"} and len(words) == 1 and words[0] in _PARTY_ADJECTIVES:
        return f"{role} '{entity.label}' says not which party"  # "Liberal leader John Turner": Canada's, Britain's?
    if entity.type == "Organization" and len(words) >= 2 and words[-1] in {"group", "delegation"} \
            and all(fold(word) in _COUNTRY_NAMES for word in words[:-1]):
        return f"ambiguous {role} '{entity.label}'"  # "the U.S. Group also urged Japan": a delegation, whose members?
    if entity.type in {"Organization", "Place"} and words and (words[-1] in _MISSIONS or words[-1] == "building"
                                                               and len(words) >= 2) \
            and all(word in GENERIC_INSTITUTION_WORDS or fold(word) in _COUNTRY_NAMES for word in words[:-1]):
        return f"ambiguous {role} '{entity.label}'"  # "the U.S. Embassy in Moscow", "the new U.S. Building in Moscow":
        # a state has one in every capital ("the bombed-out Embassy in Nairobi" says not even whose; "the U.S.
        # Embassies in Nairobi, Kenya, and Dar es Salaam" are two)
    if mention.ner_label == "NORP" and named_as_written and entity.type != "Place" \
            and _ADJECTIVE_ENDING.search(entity.label):
        return f"{role} '{entity.label}' is a nationality or creed, no body"  # "Nazi leader": no "Nazi" party node
    return None


#: predicates whose object a nationality's word may name: "Republican senator" (memberOf), "Irish international"
_AFFILIATIONS = {"memberOf", "worksFor", "leaderOf", "playedFor", "spokespersonFor"}

#: the predicates of dealings between parties, at whose ends a city's or region's name stands for a government
#: ("Wallis urged Tokyo", "Washington warned Moscow"), which that place's node is not
_DEALINGS = {"urged", "criticized", "accused", "warned", "praised", "supported", "opposed", "rejected", "defended",
             "talkedWith", "met", "sued"}

#: quantifiers that leave a collective actor's members open: "many US lawmakers", "some analysts"
_VAGUE_QUANTIFIERS = {"many", "some", "several", "few", "most", "more", "other", "others", "certain", "numerous",
                      # a count says how many, not who: "Eagleye and two other former employees filed a suit"
                      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                      "thousands"}

#: collectives defined by whom they serve, which need a word saying whose ("U.S. negotiators", "Yukos executives");
#: "protesters", "the police", "fans" act as themselves
_WHOSE_MEMBERS = {"officials", "executives", "negotiators", "directors", "leaders", "ministers", "diplomats", "bosses",
                  "staff", "employees", "workers", "lawmakers", "legislators", "senators", "shareholders", "investors",
                  "creditors", "lenders", "bondholders", "organisers", "organizers"}
# ("prosecutors charged X", "police arrested X": the state's, as a reader takes them)
#: words that add no owner to a country's officials: "UK government officials", "senior European leaders"
_NATIONAL_MODIFIERS = {"the", "government", "senior", "top", "western", "european", "arab", "african", "asian",
                       "state", "federal", "administration", "industry", "private", "export", "trade", "foreign",
                       "other", "several", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                       "ten", "dozen",
                       # (a kind of office, no owner: "Local officials also said GM violated contract provisions")
                       "local", "regional", "provincial", "municipal", "city", "county", "union", "company"}
#: the market's trades, whose members speak unnamed: "dealers said", "U.K. Bankers praised Volcker"
_TRADES = {"bankers", "analysts", "dealers", "traders", "economists", "sources", "brokers"}

#: the words of a chamber's name that say no place: "Chamber of Commerce and Industry"
_CHAMBER_WORDS = {"of", "and", "the", "commerce", "industry", "trade", "crafts", "agriculture", "mines"}

#: words of a government department, which every state has: "Finance Ministry", "Trade Department"
_DEPARTMENT_WORDS = {"ministry", "department", "ministries", "departments"}

#: a state's missions abroad, one in every capital
_MISSIONS = {"embassy", "consulate", "mission", "legation", "embassies", "consulates", "missions", "legations"}
#: the folded names (and abbreviations) of countries, which say whose a mission is, not where
_COUNTRY_NAMES = frozenset({*(fold(c) for c in COUNTRIES), *CANONICAL_NAMES, *DEMONYMS})

#: a nationality's or creed's adjective ("Nazi", "Iraqi", "Islamist"); a team's nickname ("Barca") is a body
_ADJECTIVE_ENDING = re.compile(r"(?:an|ish|ese|ist|ic|i|man|men|woman|women)$")  # ... "the Dutchman"

#: predicates whose object must be a place the gazetteer knows (a country or a city of GeoNames):
#: "Replacements: Kalman, Regan, Rigney, McMillan" or "Yonca Brunini of Yahoo" locate nothing
KNOWN_PLACE_OBJECTS = {"locatedIn", "basedIn", "livesIn", "citizenOf", "bornIn", "diedIn"}


class Gazetteer(Protocol):
    """What the sense checks of the location predicates ask of an offline gazetteer (kg/rdf/link.py)."""

    def known_place(self, label: str) -> bool: ...

    def known_country(self, label: str) -> bool: ...

    def well_known_city(self, city: str, state: str) -> bool: ...


#: the end of the reason given when the only fault is a person named by one word (see :func:`open_reason`)
ONE_WORD_NAME = "is named by one word only"


#: a party's adjective alone, which many countries' parties share ("Liberal member Lloyd Axworthy"): folded words
_PARTY_ADJECTIVES = {"liberal", "liberals", "socialist", "socialists", "communist", "communists", "conservative",
                     "conservatives"}

#: the words of a committee's name that say not whose: "Select Committee on Economic Affairs"
_COMMITTEE_WORDS = {"committee", "subcommittee", "and", "on", "of", "for", "the", "select", "standing", "joint",
                    "special", "permanent", "ad", "hoc"}

#: the words of courts every state or district has: "U.S. District Court", "Federal Court", "High Court"
_COURT_WORDS = {"district", "federal", "high", "appeals", "appeal", "circuit", "bankruptcy", "superior", "county",
                "state", "tax", "trade", "magistrates", "magistrates'", "crown", "civil", "criminal", "labour", "labor"}

#: parties of one name in many states: "the Communist Party" is China's, the Soviet Union's, Italy's ...
_PARTIES_OF_MANY_STATES = {"communist", "socialist", "social democratic", "christian democratic", "green"}

#: a party's members by its plural: "Miller urged the Republicans" (folded last words)
_PARTY_MEMBERS = {"republicans", "democrats", "tories", "conservatives", "liberals", "socialists", "communists"}

#: buildings whose names stand for the state governed from them: "Kremlin leader", "Elysee chief"
_SEATS_OF_POWER = {"kremlin", "elysee", "elysee palace", "quai d'orsay", "zhongnanhai"}

#: places whose name is a city's and a US state's; the titles of a state's officers
_CITY_OR_STATE = {"New York", "Washington"}
#: titles of a state's officers that a capital's name may stand for the state in ("Bonn's finance minister")
_STATE_TITLES = {"minister", "secretary", "ambassador", "envoy", "chancellor"}
_STATE_OFFICES = {"governor", "general", "senator", "comptroller", "treasurer", "legislator", "assemblyman",
                  "congressman", "congresswoman", "representative", "lawmaker", "regulator", "superintendent"}


def _one_firm(label: str, other: str) -> bool:
    """Whether two names differ by legal suffixes only: "First Boston" and "First Boston Inc"."""
    return without_legal_suffixes(fold(label).split()) == without_legal_suffixes(fold(other).split())


def _held_at(relation: Relation, place: Mention) -> bool:
    """Whether the evidence says "at" right before the place: a post held at a place, not for it."""
    offset = place.span.start - relation.sentence.start
    return 3 <= offset <= len(relation.sentence.text) and relation.sentence.text[offset - 3 : offset] == "at "


def open_reason(relation: Relation, entity_of: Callable[[Mention], Entity],
                gazetteer: Gazetteer | None = None) -> str | None:
    """Why ``relation`` is not an edge of the entity graph; None when it is one.

    ``entity_of`` gives the resolved entity of a mention (``ResolvedArticle.entity``);
    ``gazetteer`` (kg/rdf/link.py ``GAZETTEER``) says which labels are places and countries, the
    sense check of the location predicates ("European" is no citizenship, a team sheet locates
    nothing); without one those checks are skipped. The reason is one short phrase, written on
    the open statement as ``kg:openReason``. A relation whose only fault is a person known by one
    word ("Fletcher" on a team sheet: no first name in the article or the store, so the node
    cannot say which Fletcher) gets a reason ending in :data:`ONE_WORD_NAME`; it is checked last.
    """
    reason = _sense_reason(relation, entity_of, gazetteer)
    if reason is not None:
        return reason
    ends = [("subject", relation.subject)]
    if isinstance(relation.object, Mention):
        ends.append(("object", relation.object))
    for role, mention in ends:
        entity = entity_of(mention)
        if entity.type == "Person" and len(person_words(strip_titles(entity.label))) < 2:  # "Mr Pande" too
            return f"{role} '{entity.label}' {ONE_WORD_NAME}"
    return None


def _a_city(entity: Entity, gazetteer: Gazetteer | None) -> bool:
    """Whether the gazetteer knows the entity as a place that is neither a country nor a US state (a city, a
    region), which in dealings between parties stands for a government ("urged Tokyo", "pressed by Europe")."""
    return gazetteer is not None and entity.type == "Place" and gazetteer.known_place(entity.label) \
        and not gazetteer.known_country(entity.label) and not us_state(entity.label)


def _sense_reason(relation: Relation, entity_of: Callable[[Mention], Entity],
                  gazetteer: Gazetteer | None) -> str | None:
    """:func:`open_reason` but for names known by one word."""
    if relation.negated:
        return "negated"
    if relation.hedged or relation.modality:
        return relation.modality or "hedged"  # hedged, or a past role ("former Wales skipper")
    spec = PREDICATES.get(relation.predicate)
    if spec is None:
        return "open predicate"
    subject = entity_of(relation.subject)
    for role, phrase, mention in zip(("subject", "object"), relation.phrases, (relation.subject, relation.object)):
        if isinstance(mention, Mention) and phrase.text.casefold() in {"it", "its"} \
                and entity_of(mention).type == "Person":
            return f"{role} 'it' stands for no person"  # "it had been rejected earlier by the White House": the move,
            # not Herrington, whom the NER took for a body
    if (reason := _argument_reason("subject", relation.subject, subject)) is not None:
        return reason
    if subject.type not in spec.domain:
        return f"sense check: a {subject.type} cannot be the subject of {spec.name}"
    if spec.name in _DEALINGS and _a_city(subject, gazetteer):
        return f"sense check: '{subject.label}' is a place standing for its government"  # "Washington warned Moscow"
    if isinstance(relation.object, Mention):
        obj = entity_of(relation.object)
        if (reason := _argument_reason("object", relation.object, obj)) is not None:
            return reason
        if relation.object.ner_label == "NORP" and not relation.object.span.text.endswith("s") \
                and spec.name not in KNOWN_PLACE_OBJECTS | _AFFILIATIONS:
            # "after meeting U.S., Japanese, and Canadian trade officials": a nationality's adjective is its
            # people's, not the state met, criticised or visited
            return f"object '{relation.object.span.text}' is a nationality's word, not the state"
        if obj.type == "Group" and obj.key.count("/") > 1 and spec.name != "said":
            return f"collective object '{obj.label}'"  # "human rights groups" act; "met executives" names no one
        if obj.type not in spec.range:
            return f"sense check: a {obj.type} cannot be the object of {spec.name}"
        if obj.key == subject.key or spec.name in {"subsidiaryOf", "owns", "acquired", "mergedWith"} \
                and _one_firm(obj.label, subject.label):
            return "self-loop"  # "First Boston, the Swiss affiliate of First Boston Inc": one name, which is whose?
        if spec.name == "defeated" and {subject.type, obj.type} == {"Person", "Place"}:
            # "Patty Schnyder from Switzerland, who defeated China's Li Na": a player beats a player, a side a side;
            # a country against a person is a misread relative clause
            return "sense check: a person and a place meet in no contest"
        if spec.name == "acquired" and subject.type == "Person" and obj.type in {"Work", "Product"}:
            return "sense check: a person who buys a work or a product buys a copy"  # "bought two copies of the single"
        if gazetteer is None:
            return None
        if spec.name in {"owns", "acquired", "sold"} and obj.type == "Place" and gazetteer.known_place(obj.label):
            # "a farm outside Sao Paulo owned by Matias Machline": the farm, parsed onto the city, is his
            return f"sense check: nobody owns the place '{obj.label}'"
        if spec.name == "subsidiaryOf" and relation.surface.lower() in {"branch", "branches"} \
                and gazetteer.known_place(subject.label):
            return f"sense check: '{subject.label}' is where the branch is"  # "its Stuttgart branch": no unit's name
        if spec.name in KNOWN_PLACE_OBJECTS and not gazetteer.known_place(obj.label):
            return f"sense check: '{obj.label}' is no place the gazetteer knows"
        if spec.name in {"basedIn", "livesIn", "citizenOf", "leaderOf", "worksFor"} \
                and obj.label.casefold() in WORLD_REGIONS:  # "Sony's European president" leads no continent
            return f"sense check: '{obj.label}' is a region, no seat"  # "video game giant Electronic Arts in Europe"
        if spec.name in {"worksFor", "leaderOf"} and obj.type == "Place" and relation.attribute("roleTitle") \
                and relation.attribute("roleTitle").lower().split()[-1] in _STATE_TITLES \
                and gazetteer.known_place(obj.label) and not gazetteer.known_country(obj.label) \
                and obj.label not in _CITY_OR_STATE:
            return f"sense check: '{obj.label}' is a city standing for its state"  # "Bonn's finance minister"
        if spec.name in {"worksFor", "leaderOf"} and obj.type == "Place" and _held_at(relation, relation.object):
            return f"sense check: '{obj.label}' is where the post is, not whose"  # "an analyst at Moscow"
        title = relation.attribute("roleTitle").lower()
        if title and obj.label in _CITY_OR_STATE and title.split()[-1] in _STATE_OFFICES:
            # "New York Attorney General Eliot Spitzer" serves the state, the node is the city
            return f"ambiguous object '{obj.label}': the city or the state"
        if spec.name == "leaderOf" and leads_a_team(title) and gazetteer.known_country(obj.label):
            # "England coach Andy Robinson" leads England's side, a team kg has no node for, not the country
            return f"sense check: a {title} leads a side, not the country '{obj.label}'"
        if spec.name in {"met", "urged", "talkedWith"} and isinstance(relation.object, Mention) \
                and fold(relation.object.span.text).rpartition(" ")[2] in _PARTY_MEMBERS:
            return f"sense check: '{relation.object.span.text}' are members of '{obj.label}', not the party"  # "Miller
            # urged the Republicans": those he spoke to
        if spec.name in _DEALINGS and _a_city(obj, gazetteer):
            return f"sense check: '{obj.label}' is a place standing for its government"  # "Wallis urged Tokyo to
            # stimulate domestic demand": Japan's government, which the city's node is not
        if spec.name == "leaderOf" and fold(obj.label) in _SEATS_OF_POWER:
            # "Kremlin leader Mikhail Gorbachev" leads the state the building stands for (the Soviet Union in 1987,
            # Russia since), no organisation named Kremlin
            return f"sense check: '{obj.label}' is a seat of power standing for its state"
        if spec.name == "citizenOf" and not gazetteer.known_country(obj.label):
            return f"sense check: '{obj.label}' is no country"
        if spec.name == "locatedIn" and obj.label.casefold().startswith(f"{subject.label.casefold()},"):
            return f"self-loop: '{subject.label}' is a part of the name '{obj.label}'"  # "his Washington, D.C. office"
        if spec.name == "locatedIn" and us_state(subject.label) and us_state(obj.label):
            return f"sense check: the state '{subject.label}' lies in no other state"  # "in Oregon, Washington state"
        if spec.name == "locatedIn" and gazetteer.known_country(subject.label):
            return f"sense check: the country '{subject.label}' lies in no place"  # lists, venues: "Ireland, Cardiff"
    elif "Literal" not in spec.range:
        return f"sense check: {spec.name} takes an entity as object"
    return None
