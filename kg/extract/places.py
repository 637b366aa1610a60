"""Where things are: places in places, organisations based somewhere, people from somewhere.

News writes location as apposition ("Robeson County, N.C."), as a prepositional
phrase ("Avis Bourg Co. of Folsom", "a hospital in Hammonton") or as a
modifier ("Chicago-based", "Quebec's Caisse"). These give

* ``locatedIn``: place -> place (Located_In in CoNLL04),
* ``basedIn``: organisation -> place (OrgBased_In),
* ``livesIn``: person -> place (Live_In): "of"/"from" a place, or born/living there.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.context import BODY_NOUNS, DocContext
from kg.extract.gazetteer import UK_NATIONS, country_named
from kg.extract.vocabulary import (ACCREDITED_TITLES, EVENT_NOUNS, ORGANISATION_CUES, PARTY_WORDS, PERCENT_WORDS,
                                   PERSON_TITLES, PLACE_CUES, PORTFOLIOS, SPEECH_VERBS, STRONG_ORGANISATION_CUES)
from kg.registry import extractor
from kg.types import Mention, Relation

_RESIDENCE_VERBS = {"live", "reside", "bear", "grow", "raise", "settle", "dwell"}
#: nouns that measure a good: "tonnes of Basra Light", "barrels of Arab Light" name a grade, no body
_MEASURES = {"tonne", "ton", "barrel", "bushel", "bale", "ounce", "cargo", "shipment", "lot", "pound", "kilo",
             "kilogram", "litre", "liter", "gallon", "carload"}
_LOCATING_PREPS = {"in", "of", "at", "from"}  # "Merignac, near Bordeaux" lies outside it: no locatedIn
#: what a firm has in a place besides its seat
_BRANCH_NOUNS = {"branch", "office", "unit", "subsidiary", "division", "plant", "factory", "bureau", "operation"}
#: nouns of bodies a nationality may describe before a title: "Dutch coffee trade association chairman X"
_BODIES = {"company", "firm", "group", "bank", "airline", "carrier", "insurer", "retailer", "broadcaster", "union",
           "agency", "organisation", "organization", "corporation", "consortium", "charity", "club", "network",
           "newspaper", "magazine", "association", "federation", "council", "committee", "institute", "society",
           "league", "board", "commission", "party", "ministry", "government",  # (no "maker": "film-maker X")
           "affiliate", "subsidiary", "arm", "band", "act", "orchestra", "choir"}  # ("Irish duo X and Y": people)
#: people who act for a body or a person, not titles of their own
_AIDES = {"adviser", "advisor", "aide", "lawyer", "attorney", "consultant", "analyst", "official", "source",
          "representative", "agent", "broker", "banker"}
#: what a firm's office says or finds: "Merrill Lynch in London said", "Westpac in New Zealand reported"
_SPEAKING_VERBS = {"say", "report", "announce", "tell", "add", "estimate", "expect", "predict", "comment", "note",
                   "forecast", "warn", "believe", "confirm", "deny", "declare"}
#: verbs of talk about a thing: "Shell in South Africa has been discussed" is its business there
_TALKED_OF = {"discuss", "debate", "question", "criticise", "criticize", "mention", "raise", "examine", "review"}
#: the words around a name that show it acting as a body (see :func:`_acts_as_a_body`), made once
_BODY_SPEECH = SPEECH_VERBS | _SPEAKING_VERBS
_TITLES_AND_BODIES = PERSON_TITLES | _BODIES
_TITLES_AND_AIDES = PERSON_TITLES | _AIDES
#: works that stand somewhere: "its nickel refinery at Harjavalta", "fractionation facility in Mont Belvieu"
_SITE_NOUNS = {"refinery", "smelter", "plant", "facility", "mine", "mill", "factory", "works", "terminal", "complex",
               "site", "oilfield", "well", "platform", "depot", "warehouse", "shipyard", "reactor", "foundry"}
#: waters that run past many towns: none lies in a town ("the Red River in Fargo, Texas")
_WATERS = {"river", "rivers", "canal", "lake", "sea", "strait", "straits"}
#: the line between two places: "the Siberia, Kazakhstan border" (the wire's "boarder" too)
_BORDER_NOUNS = {"border", "borders", "boarder", "frontier", "boundary"}
#: kinds of place a region's name may precede: "the Kyushu city of Miyazaki" names the city, in the region
_PLACE_KINDS = {"city", "town", "village", "port", "province", "state", "region", "capital", "island", "district",
                "county", "municipality", "resort", "suburb"}


def _predicate_for(subject: Mention) -> str | None:
    return {"Place": "locatedIn", "Organization": "basedIn", "Person": "livesIn"}.get(subject.type)


def _relation(ctx: DocContext, subject: Mention, place: Mention, token: Token, surface: str,
              confidence: float) -> Relation | None:
    predicate = _predicate_for(subject)
    if predicate is None or subject == place or place.type != "Place":
        return None
    return Relation(subject, predicate, place, ctx.sentence(token), "places.v1", confidence, surface=surface,
                    kind="Statement", phrases=(subject.span, place.span), trigger=ctx.token_span(token))


#: words between a nationality and its noun that say the body or person left the country: "a Cuban exile group"
_EXILES = {"exile", "exiles", "exiled", "emigre", "\u00e9migr\u00e9"}


def _sign_off(ctx: DocContext, organisation: Mention) -> bool:
    """Whether the organisation stands in a broadcast reporter's sign-off: a sentence with no verb, a name and a comma
    or "for" before the organisation ("pierre thomas, CNN, Washington.", "Lisa Schlein for VOA News, Geneva.")."""
    tokens = ctx.tokens_of(organisation)
    if tokens is None or tokens.start < 2 or ctx.doc[tokens.start - 1].lower_ not in {",", "for"}:
        return False
    sentence = ctx.sentence_tokens(tokens[0])
    return not any(t.pos_ in {"VERB", "AUX"} for t in sentence) and sentence.start < tokens.start - 1 \
        and all(t.pos_ == "PROPN" or t.is_alpha and t.is_lower and t.pos_ != "DET"
                for t in ctx.doc[sentence.start : tokens.start - 1])


def _comma_pairs(ctx: DocContext) -> Iterator[Relation]:
    """"Robeson County , N.C. ,": a place, a comma, a bigger place (and not a list)."""
    mentions = sorted(ctx.mentions, key=lambda m: m.span.start)
    for first, second in zip(mentions, mentions[1:]):
        between = ctx.text[first.span.end : second.span.start]
        if between.strip() != "," or second.type != "Place" or first.type not in {"Place", "Organization"}:
            continue
        rest = ctx.text[second.span.end : second.span.end + 12]
        rest = rest[6:] if rest.startswith(" state ") else rest  # "in Oregon, Washington state and Utah"
        after = rest[:6].lstrip(" ,")  # (", and that": a clause, "Robeson County, N.C., and that he fears")
        if after.startswith(("and ", "or ")):
            continue  # "Paris, London and Rome": a list of places, not a location
        if ctx.text[second.span.end : second.span.end + 2] in {"'s", "\u2019s"}:
            continue  # "Speaking in New York, Uruguay's Foreign Minister": the country owns what follows
        if ctx.text[first.span.start - 1 : first.span.start] in {'"', "\u201c", "'", "\u2018"} \
                and ctx.text[second.span.end : second.span.end + 1] in {'"', "\u201d", "'", "\u2019"}:
            continue  # 'its membership name to "Taipei, China"' (or in single quotes): a name, not a location
        if _in_list(ctx, first, second):
            continue  # "Switzerland, France, Cyprus, Israel": a list, whatever follows
        token = ctx.tokens_of(second)
        if token is None:
            continue
        if token.root.dep_ in {"nsubj", "nsubjpass"} or (
                token.end < len(ctx.doc) and ctx.doc[token.end].pos_ in {"VERB", "AUX"}):
            continue  # "Chelsea host Birmingham, Tottenham travel to West Brom": the next clause's subject
        if token.root.dep_ in {"compound", "amod", "nmod", "poss"} and token.root.head.i >= token.end \
                and token.root.head.dep_ in {"nsubj", "nsubjpass"}:
            continue  # "allies in Central America, U.S. officials said": the place modifies the next clause's subject
            # ("its Kenosha, Wisconsin, assembly plant", "Harrison County, Ohio wells" stay pairs)
        if token.root.dep_ in {"compound", "amod", "nmod"} and token.root.head.i >= token.end \
                and token.root.head.lemma_.lower() in PERSON_TITLES and token.root.head.is_title:
            continue  # "in the northeast city of Dalian, U.S. Secretary of State George Shultz said": the title's country
            # (a town's pair before an occupation stays: "Far Hills, N.J. lawyer Natalie Koether")
        if _list_goes_on(ctx, token.end):
            continue  # "in Dar es Salaam, Arusha in the north and Iringa in central Tanzania": a list of places
        if token.end < len(ctx.doc) and ctx.doc[token.end].lemma_.lower() in _BRANCH_NOUNS:
            continue  # "The Bank of Nova Scotia, Nassau branch": where a branch is, not the bank's seat
        if token.end < len(ctx.doc) and ctx.doc[token.end].lower_ in _BORDER_NOUNS:
            continue  # "near the Siberia, Kazakhstan boarder": the line between two places, neither in the other
        if _a_site_s_place(ctx, first):
            continue  # "its lead smelter at Bathurst, New Brunswick": a town the NER took for a firm
        if first.type == "Organization" and _sign_off(ctx, first):
            continue  # "Jim Teple, VOA News, Miami.": a reporter's sign-off names where he reported from
        if first.type == "Place" and country_named(first.span.text):
            continue  # "from China and the Soviet Union, London trade house E.D.And F. Man said": a state lies in no
            # place a comma names after it
        subject = first
        first_tokens = ctx.tokens_of(first)
        if first.type == "Organization" and first_tokens is not None and first_tokens.root.dep_ == "pobj" \
                and first_tokens.root.head.lower_ in {"of", "in"} and first_tokens.root.head.i > 0 \
                and ctx.doc[first_tokens.root.head.i - 1].text == ",":
            # "KHIC America Corp, of Rutheford, New Jersey": a town the NER took for a firm, where the firm
            # before it is based
            holder = ctx.entity_at(first_tokens.root.head.head)
            if holder is None or holder.type != "Organization":
                continue
            subject = holder
        elif ctx.written_as_a_town(first):
            continue  # "the Portland/Salem, Ore. area": a market of two towns, written as a town is (one town so
            # written, "Chillicothe, Mo.", is a place already: DocContext retypes it)
        relation = _relation(ctx, subject, second, token.root, ",", 0.75)
        if relation is not None:
            yield relation


def _list_goes_on(ctx: DocContext, end: int) -> bool:
    """Whether a place's phrase that ends at token ``end`` goes on, before any verb, to "and" and another place:
    "Arusha in the north and Iringa" (a place's own words between)."""
    for token in ctx.doc[end : end + 6]:
        if token.pos_ in {"VERB", "AUX"} or token.text in {".", ";", ":"}:
            return False
        if token.lower_ in {"and", "or"}:
            following = ctx.entity_at(ctx.doc[token.i + 1]) if token.i + 1 < len(ctx.doc) else None
            return following is not None and following.type == "Place"
    return False


def _in_list(ctx: DocContext, first: Mention, second: Mention) -> bool:
    """Whether "first, second" is part of a longer comma list of names ("Serbia, South Africa, Indonesia")."""
    start = ctx.tokens_of(first)
    end = ctx.tokens_of(second)
    if start is None or end is None:
        return False
    before, after = start.start - 1, end.end
    if before >= 1 and ctx.doc[before].text == "," and ctx.entity_at(ctx.doc[before - 1]) is not None:
        return True
    nxt = after + 2 if after + 2 < len(ctx.doc) and ctx.doc[after + 1].lower_ == "the" else after + 1
    # ("West Germany, Britain, the Netherlands, Denmark and Portugal": the next name after its article)
    return nxt < len(ctx.doc) and ctx.doc[after].text == "," and ctx.entity_at(ctx.doc[nxt]) is not None


def _prepositional(ctx: DocContext) -> Iterator[Relation]:
    """"Avis Bourg Co. of Folsom", "a hospital in Hammonton", "Jim Smith of Houston"."""
    for prep, dep, lower in zip(ctx.tokens, ctx.deps, ctx.lowers):
        if dep != "prep" or lower not in _LOCATING_PREPS:
            continue
        holder = ctx.entity_at(prep.head)
        if holder is None or holder.type not in {"Place", "Organization", "Person"}:
            continue
        beside = _name_before(ctx, prep)
        if beside is not None and beside != holder:
            # "a joint venture between Sony Corp and Prudential Life Assurance of the U.S.", "Daiwa Securities
            # America Inc, wholly owned by Daiwa Securities Co Ltd, of Tokyo": the parse hangs the place on the
            # first name; "of" a place describes the name it follows
            if prep.lower_ != "of" or beside.type not in {"Place", "Organization", "Person"}:
                continue
            holder = beside
        if holder.type == "Place" and prep.lower_ == "of" and prep.i > 0 and ctx.doc[prep.i - 1].text == ",":
            continue  # "Johnston, of Louisiana": a senator's way with his state (a town is "Salem, Ore."), whatever
            # the NER took the name for
        if holder.type == "Person" and prep.lower_ not in {"of", "from"}:
            continue  # "Smith in Boston" is where he was, not where he lives
        held = ctx.tokens_of(holder)
        if held is not None and held.start > 0 and ctx.doc[held.start - 1].text in {'"', "\u201c", "'", "\u2018"}:
            continue  # 'a pamphlet, "Economical Travel in Japan."': a title in its quotes, no body's seat
        if _a_site_s_place(ctx, holder):
            continue  # "its nickel refinery at Harjavalta in central Finland": a town the NER took for a firm
        if held is not None and _a_craft_s_name(ctx, held):
            continue  # "the liner Empress of Ireland": a ship's name, no body based in Ireland
        if holder.type == "Organization" and prep.lower_ == "in" and (
                prep.head.dep_ == "nsubj" and prep.head.head.lemma_.lower() in _SPEAKING_VERBS
                or prep.head.dep_ == "nsubjpass" and prep.head.head.lemma_.lower() in _TALKED_OF):
            continue  # "Merrill Lynch in London said": the office there speaks (not its seat, New York); "Shell in
            # South Africa has been discussed": its business there; "the U.S. Embassy in Moscow was made ..." is there
        if holder.type == "Organization" and prep.lower_ == "in" and prep.head.dep_ == "pobj" \
                and prep.head.head.lower_ in {"to", "for", "with"} \
                and prep.head.head.head.lemma_.lower() in _TITLES_AND_AIDES:
            continue  # "an adviser to Maxwell in New York said", "manager for EA in Europe": where the aide is
        if holder.type == "Organization" and prep.lower_ == "in" and prep.head.dep_ == "pobj" \
                and prep.head.head.lower_ == "to" and prep.head.head.head.pos_ == "VERB" \
                and any(c.dep_ == "pobj" and (p := ctx.entity_at(c)) is not None and country_named(p.span.text)
                        for c in prep.children):
            continue  # "an advantage denied to SAS in the United States": where the deed was done to it, a country
            # ("Diplomats accredited to the EC in Brussels": a city, the body's seat)
        if holder.type == "Organization" and prep.lower_ == "in" and prep.head.dep_ == "dobj":
            continue  # "purchased ... Band Aid 20 in Edinburgh": where the deed was done, which the parse hung on
            # the object (a firm's seat is said of its subject or its apposition: "Yukos, based in Moscow")
        if holder.type == "Organization" and prep.lower_ == "in" and prep.head.dep_ == "pobj" \
                and prep.head.head.lower_ == "of" and prep.head.head.head.lemma_.lower() in EVENT_NOUNS:
            # "a meeting of the WSIS in Geneva": the meeting is there, not the body's seat ("economist at Swiss Re
            # in New York" stays: blind judges call it the office, the exhaustive golds the seat, and often it is)
            continue
        if holder.type == "Organization" and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "of" \
                and (prep.head.head.head.ent_type_ == "QUANTITY" or prep.head.head.head.lemma_.lower() in _MEASURES):
            continue  # "240,000 tonnes of Basra Light from Iraq": a grade of a good, which comes from there
        if holder.type == "Organization" and prep.lower_ == "in" and any(
                c.dep_ == "conj" and c.lemma_.lower() in EVENT_NOUNS for c in prep.head.children):
            continue  # "the International Monetary Fund and World Bank meetings ... in Washington": the meetings',
            # which the parse hung on the first name
        if holder.type == "Organization" and prep.lower_ == "in" and prep.head.dep_ == "pobj" \
                and prep.head.head.lower_ == "by":
            continue  # "projects by the FAO in Brazil": the agent of a deed done there, not the body's seat
        if prep.lower_ == "of" and prep.head.is_lower and prep.head.lemma_ in _PLACE_KINDS:
            continue  # "the Kyushu city of Miyazaki" (the NER's "Kyushu city"): the city lies in the region
        if holder.type == "Person" and any(c.dep_ == "det" for c in prep.head.children):
            continue  # "the Eminem of Argentina": an epithet, nobody's residence
        if holder.type == "Person" and _titled(prep.head):
            continue  # "Ambassador Stefan Johannesson of Iceland": whom he represents, not where he lives
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            place = ctx.entity_at(pobj)
            if place is not None and holder.type == "Person" and prep.lower_ == "of" \
                    and place.span.text in _firms_words(ctx):
                continue  # "Joseph Liro of Warburg" after "S.G. Warburg and Co Inc": the firm, not a town
            after = ctx.doc[pobj.i + 1] if pobj.i + 1 < len(ctx.doc) else None
            if place is not None and holder.type == "Person" and after is not None and after.pos_ == "NOUN" \
                    and after.is_lower and after.head.i > pobj.i:
                continue  # "Stuart McKibbin of Melbourne broker A.C. Goode": the broker's town, not his
            if place is not None and holder.type == "Organization" and prep.lower_ == "in" and any(
                    c.dep_ == "conj" for c in pobj.children):
                continue  # "operate under the name of X in Arizona, Colorado, Illinois ...": offices, not a seat
            if place is not None and holder.type in {"Organization", "Place"} and prep.lower_ == "of" \
                    and _another_seat(ctx, holder, place):  # (the NER took "Kabivitrum" for a place)
                continue  # "Prudential Insurance Co of Canada" beside "... Co of America"; "Kabivitrum of Stockholm"
                # beside "Kabivitrum Inc of Alameda": two firms of one name, which the resolver would make one
            if place is not None and holder.last_word in _WATERS and pobj.i + 2 < len(ctx.doc) \
                    and ctx.doc[pobj.i + 1].text == "," and (state := ctx.entity_at(ctx.doc[pobj.i + 2])) is not None \
                    and state.type == "Place":
                continue  # "crosses the Red River in Fargo, Texas": a town on its banks; the river runs through states
            if place is not None:
                relation = _relation(ctx, holder, place, prep, prep.text, 0.7)
                if relation is not None and relation.predicate == "livesIn" and prep.lower_ == "of" \
                        and ctx.team_sport and _a_nation(place):
                    relation = replace(relation, predicate="playedFor")  # "Gordon Bullock of Scotland" in a
                    # squad: the national side's player (a runner "of Kenya" is a national: no team sport)
                if relation is not None:
                    yield relation


def _a_nation(place: Mention) -> bool:
    """Whether a place is a country or one of the United Kingdom's nations, which field national sides."""
    return bool(country_named(place.span.text)) or place.span.text.lower() in UK_NATIONS


def _seats_by_first_word(ctx: DocContext) -> dict[str, list[tuple[Mention, str]]]:
    """The article's organisations by their names' first word, each with the place "of" after it ("" if none);
    once an article."""
    found = ctx.memo.get("places.seats_by_first_word")
    if isinstance(found, dict):
        return found
    seats: dict[str, list[tuple[Mention, str]]] = {}
    for other in ctx.mentions:
        tokens = ctx.tokens_of(other)
        if other.type != "Organization" or tokens is None:
            continue
        seat = ""
        if tokens.end + 1 < len(ctx.doc):
            at = tokens.end + (ctx.doc[tokens.end].text == ",")
            after = ctx.entity_at(ctx.doc[at + 1]) if at + 1 < len(ctx.doc) and ctx.doc[at].lower_ == "of" else None
            seat = after.span.text if after is not None and after.type == "Place" else ""
        seats.setdefault(other.span.text.split()[0], []).append((other, seat))
    ctx.memo["places.seats_by_first_word"] = seats
    return seats


def _another_seat(ctx: DocContext, holder: Mention, place: Mention) -> bool:
    """Whether the article gives a firm whose name begins with ``holder``'s another place "of": a name of its own
    ("Prudential Insurance Co of America") or a longer name's seat ("Kabivitrum Inc of Alameda")."""
    name = holder.span.text
    for other, seat in _seats_by_first_word(ctx).get(name.split()[0], []):
        text = other.span.text
        if other == holder:
            continue
        if text.startswith(f"{name} of ") and not text.endswith(f" of {place.span.text}"):
            return True
        if text.startswith(f"{name} ") and seat and seat != place.span.text:
            return True
    return False


def _firms_words(ctx: DocContext) -> frozenset[str]:
    """The words of the article's organisations' names of two words or more (once an article)."""
    words = ctx.memo.get("places.firms_words")
    if not isinstance(words, frozenset):
        words = frozenset(w for m in ctx.mentions if m.type == "Organization" and " " in m.span.text
                          for w in m.span.text.split() if w[:1].isupper())
        ctx.memo["places.firms_words"] = words
    return words


def _name_before(ctx: DocContext, prep: Token) -> Mention | None:
    """The name right before a preposition, or before the comma or the wire's ticker before it ("Daiwa Securities Co
    Ltd, of Tokyo", "Husky Oil Ltd <HYO.TO> of Canada")."""
    before = prep.i - 1
    if before >= 1 and ctx.doc[before].text == ",":
        before -= 1
    if before >= 2 and ctx.doc[before].text == ">" and ctx.doc[before - 2].text == "<":
        before -= 3
    return ctx.entity_at(ctx.doc[before]) if before >= 0 else None


def _titled(name: Token) -> bool:
    """Whether a title stands before ``name`` or before the first of the list it ends ("Senators Jake Garn of
    Utah, Richard Shelby of Alabama": both senators)."""
    while True:
        if any(c.dep_ in {"compound", "appos"} and (c.lower_ in PERSON_TITLES or c.lemma_.lower() in PERSON_TITLES
                                                     or c.lower_.removesuffix("s") in PERSON_TITLES)  # "Senators"
               for c in name.children):
            return True
        if not (name.dep_ == "conj" or name.dep_ == "appos" and name.head.pos_ == "PROPN") or name.head == name:
            return False  # (a list of names is often parsed as appositions)
        name = name.head


def _modifiers(ctx: DocContext) -> Iterator[Relation]:
    """"Quebec's Caisse centrale Desjardins", "the Houston-based company"."""
    for token in ctx.tokens:
        place = ctx.entity_at(token)
        if place is None or place.type != "Place":
            continue
        head = token.head
        owner = ctx.entity_at(head)
        owned = ctx.tokens_of(owner) if owner is not None else None
        between = ctx.doc[_end_of(ctx, place, token) + 1 : owned.start] if owned is not None else ctx.doc[0:0]
        if token.dep_ == "poss" and owner is not None and owner != place and owner.type != "Person" \
                and not ctx.sport and owned is not None and not _a_thing(ctx, owned) and not any(
                    t.pos_ == "PROPN" or ctx.entity_at(t) is not None for t in between) and not any(
                    t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() not in _BODIES | BODY_NOUNS | {"state"}
                    and t.dep_ == "compound" and t.head.i >= owned.start for t in between):
            # ("Japan's rice PSE": a common noun before the name says what kind of thing it is, a measure of rice)
            # (the possessive's own name, after words of no other name: "Japan's ruling Liberal Democratic Party";
            # "Japan's NEC Corp <NIPN.T> Honeywell-NEC Supercomputers Inc" is parsed with "Japan's" on the joint
            # venture's name; "Britain's Brent Blend" is a crude oil the NER took for a body)
            # "England's Charlie Hodgson" says whom he plays for, not where he lives (roles.v1 reads it); in sport
            # news so does "Thailand's Paradorn Srichaphan" when the NER takes the player for a place or a firm
            relation = _relation(ctx, owner, place, token, "'s", 0.6)
            if relation is not None:
                yield relation
        # "Houston-based": the place, a hyphen, "based", modifying an organisation
        following = ctx.doc[token.i + 1 : token.i + 3]
        if len(following) == 2 and following[0].text == "-" and following[1].lower_ == "based":
            noun = following[1].head
            target = ctx.entity_at(noun) or ctx.entity_at(noun.head)
            if ctx.entity_at(noun) is None and noun.dep_ == "appos" and token.i >= 2:
                # "a wholly-owned subsidiary of <Accor S.A.>, a Paris-based firm": the apposition describes the
                # name right before its comma, whatever the parse hangs it on
                start = next((t.i for t in ctx.doc[max(token.i - 3, 0) : token.i] if t.text == ","), None)
                target = _name_before(ctx, ctx.doc[start]) if start is not None else target
            if target is not None and target.type == "Organization":  # "Brussels-based think-tank" locates no
                # person whose think-tank it is ("John Palmer of the Brussels-based European Policy Centre")
                relation = _relation(ctx, target, place, token, "-based", 0.8)
                if relation is not None:
                    yield relation


def _described_by(ctx: DocContext, head: Token) -> list[Token]:
    """The modifiers describing a name: its own, and those of the noun it names ("Japanese firm Nintendo")."""
    described = list(head.children)
    if head.dep_ in {"appos", "compound"} and head.head.pos_ == "NOUN":
        owners = {t.i for c in head.head.children if c.dep_ == "poss" and c.lemma_.lower() in _BODIES
                  for t in c.subtree}  # (not "Greek athletics' governing body, Segas": a field, no owner)
        # ("The Italian firm's Spanish subsidiary, Ferruzzi Espana SA": the owner's words are the owner's)
        described += [t for t in head.head.subtree if t.i < head.head.i and t.i not in owners]
    if head.dep_ in {"appos"} and head.head.pos_ == "NOUN":
        described += [head.head]
    for child in head.children:
        if child.dep_ in {"appos", "compound", "nmod"} and child.pos_ == "NOUN":
            # "Nintendo, the Japanese gaming giant"; "British hurdler Sarah Claxton"
            if child.dep_ == "appos" and _apposed_to_another(ctx, head, child):
                continue  # "Siemens was the only supplier ... to the Bundespost, the German federal post office":
                # the parse's apposition of the name before it
            described += [t for t in child.subtree if t.i < child.i]
    return described


def _apposed_to_another(ctx: DocContext, head: Token, appos: Token) -> bool:
    """Whether an apposition the parse hangs on ``head`` stands right after another name, a comma between."""
    start = appos.left_edge.i
    if start < 2 or ctx.doc[start - 1].text != "," or start - 2 <= head.i:
        return False
    other = ctx.entity_at(ctx.doc[start - 2])
    return other is not None and other != ctx.entity_at(head)


#: nouns that describe a person and end in no person suffix (-ist, -ian); "film-maker" is one, "games maker" a firm;
#: "The Canadian missionaries, the Sacred Heart Brothers" are Canadians (where their order is based is not said)
_PERSON_NOUNS = {"actor", "actress", "singer", "star", "writer", "author", "director", "musician", "rapper", "poet",
                 "painter", "sculptor", "dancer", "composer", "athlete", "sprinter", "hurdler", "runner", "boxer",
                 "golfer", "swimmer", "skier", "jockey", "driver", "warrior", "politician", "businessman",
                 "businesswoman", "tycoon", "entrepreneur", "billionaire", "millionaire", "model", "supermodel", "chef",
                 "singer-songwriter",
                 "songwriter", "photographer", "climber", "skater", "rider", "bowler", "batsman", "jumper", "thrower",
                 "walker", "rower", "sailor", "wrestler", "fighter", "soldier", "man", "woman", "boy", "girl",
                 "astronaut", "cosmonaut", "pilot", "diplomat", "lawyer", "priest", "bishop", "doctor", "nurse",
                 "engineer", "reporter", "teacher", "student", "refugee", "hostage", "spy", "dissident",
                 "missionary", "monk", "nun", "volunteer", "tourist"}


def _names_a_person(noun: Token) -> bool:
    """Whether the noun a nationality describes is a person ("pianist", "film-maker", "sprinter")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return False
    return lemma in _PERSON_NOUNS or lemma in PERSON_TITLES or lemma.endswith(("ist", "ian", "athlete")) \
        and len(lemma) > 5  # "Swedish heptathlete Carolina Kluft"


def _nationalities(ctx: DocContext) -> Iterator[Relation]:
    """"Japanese firm Nintendo" -basedIn-> Japan, "British hurdler Sarah Claxton" -citizenOf-> the UK.

    The nationality word is spaCy's NORP; the resolver turns a known demonym into its country
    (kg/extract/gazetteer.py DEMONYMS), and the trust gate keeps the edge only when it did.
    """
    for holder in ctx.mentions:
        if holder.type not in {"Organization", "Person"}:
            continue
        span = ctx.tokens_of(holder)
        if span is None or holder.type == "Organization" and _accredited_after(ctx, holder):
            continue  # "Syrian U.N. charge d'affaires X": the envoy's country, not the body's seat
        described = _described_by(ctx, span.root)
        if span[-1] != span.root and span[-1].dep_ == "pobj" and span[-1].head.i >= span.start:
            described += _described_by(ctx, span[-1])  # "Domino of California Inc, a Los Angeles garment maker":
            # the parse hangs the apposition on the name's last word
        for token in described:
            nationality = ctx.entity_at(token)
            low, high = sorted((token.i, span.root.i))
            if any(t.dep_ == "cc" for t in ctx.tokens[low:high]):
                continue  # "Pakistani flag carrier PIA and Surinam carrier Blue Wing Airlines": the other one's
            if any(t.text in {".", "!", "?"} for t in ctx.tokens[low:high]):
                continue  # "his Chinese counterpart Zhou Nan. Valerio said": a sentence end the parser missed
            if nationality is not None and nationality != holder and nationality.ner_label == "GPE" \
                    and token.dep_ == "compound" and token.head.pos_ == "NOUN" \
                    and token.head.lemma_.lower() not in PERSON_TITLES and token.head.lemma_.lower() not in _BRANCH_NOUNS:
                pass  # "US rapper Snoop Dogg", "UK company 2d3": a country before what the name is ("The Bank of
                # Nova Scotia, Nassau branch" is no bank of Nassau)
            elif nationality is None or nationality.ner_label != "NORP" or nationality == holder \
                    or token.dep_ not in {"amod", "compound", "nmod"} or nationality.span.text.lower() in PARTY_WORDS:
                continue  # "Republican senator": a party, no nationality (roles.v1 reads it)
            if span.root.dep_ == "compound" and token.head == span.root.head and token.head.pos_ == "NOUN" \
                    and token.head.lemma_.lower() not in _TITLES_AND_BODIES | BODY_NOUNS:
                continue  # "Japanese LSI market": the nationality describes the market the name is a kind of
            if token.head == span.root and holder.type == "Person" and len(span) == 1 \
                    and span.text not in ctx.surnames:
                continue  # "an average American Joe": a one-word name no full name explains is a figure
                # ("Italian Ranieri" after "Claudio Ranieri" is the man)
            if ctx.sport and holder.type == "Organization" and token.head == span.root \
                    and holder.last_word not in STRONG_ORGANISATION_CUES:
                continue  # "beat Hungarian Petra Mandula": in sport news a nationality right before a name is a
                # player's, whatever the NER took her for ("Hungarian side Ferencvaros" names the noun)
            after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
            if after is not None and after.pos_ in {"PROPN", "ADJ"} and after.is_title \
                    and ctx.entity_at(after) is None and after.i not in range(span.start, span.end) \
                    and after.lower_ not in PORTFOLIOS \
                    and after.lower_ not in PERSON_TITLES:  # "German Economy Minister Wolfgang Clement" is German
                continue  # "former French Open champion Albert Costa", "US Open champion Svetlana Kuznetsova" (the
                # parser's "Open" an adjective): the word begins another name, an event's
            if holder.type == "Person" and after is not None and (firm := ctx.entity_at(after)) is not None \
                    and firm != holder and firm.type == "Organization" \
                    and firm.last_word not in PORTFOLIOS \
                    and not _accredited_after(ctx, firm):  # ("Japanese Finance Minister", "Greek U.N. Representative")
                continue  # "American Honda president Tetsuo Chino": the firm's country (its U.S. arm), not his
            if token.head.pos_ == "PROPN" and token.head != span.root and ctx.entity_at(token.head) != holder:
                continue  # "Australian Idol winner Guy Sebastian": the word belongs to another name
            first = ctx.tokens_of(nationality)
            if first is not None and first.start > 0 and (before := ctx.doc[first.start - 1]).pos_ == "PROPN" \
                    and before.is_title and not before.ent_type_:
                continue  # "Little Britain comedy duo Matt Lucas": the country's name is part of a show's
            if token.head.pos_ == "NOUN" and token.head != span.root and any(
                    prep.dep_ == "prep" and prep.lower_ in {"for", "at", "with"} and any(
                        (body := ctx.entity_at(p)) is not None and body.type == "Organization"
                        for p in prep.children if p.dep_ == "pobj") for prep in token.head.children):
                continue  # "chief Turkish economist for Deutsche Bank": the country he covers, not his own
            described = [token.head]  # "Swedish heptathlon gold medallist": the nouns up to the name
            while described[-1] != span.root and described[-1].head != described[-1] and len(described) < 5:
                described.append(described[-1].head)
            described += [c for c in span.root.children if c.dep_ == "compound" and c.i < span.start]
            if holder.type == "Person" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in _AIDES \
                    and any(c.dep_ == "poss" and (owner := ctx.entity_at(c)) is not None
                            and owner.type != "Place" for c in token.head.children):
                continue  # "Ariadne's Philippine agent Domingo Panganiban": where he acts for the firm (whatever the
                # NER took it for), not his nation
            if holder.type == "Person" and any(t.lemma_.lower() in _BODIES and t.pos_ == "NOUN"
                                               and t.i not in range(span.start, span.end) for t in described):
                continue  # "Michael Phelps, vice president of Westcoast, a major Canadian natural gas carrier",
                # "Eishiro Saito, ..., a leading Japanese business organisation": the body's, parsed onto its officer
            if _a_craft_s_name(ctx, span):
                continue  # "the Norwegian ship Mia Margrethe": a ship flies a flag, it holds no citizenship
            if holder.type == "Person" and token.i < span.start and any(
                    w.lemma_.lower() in _BODIES and (w.pos_ == "NOUN" or w.is_lower)
                    for w in ctx.tokens[token.i + 1 : span.start]):
                continue  # "Dutch coffee trade association chairman Frits van Horick": the association is Dutch (and
                # "Dutch labour federation FNV spokesman Frank Koolen", the parse's "federation" a proper noun)
            predicate = "basedIn" if holder.type == "Organization" and not any(map(_names_a_person, described)) \
                else "citizenOf"  # "Cuban pianist Bebo Valdes": a person, whatever the NER said of the name
            capped = predicate == "citizenOf" and ctx.sport and any(
                t.lower_ == "international" for t in ctx.tokens[token.i + 1 : span.start])
            if capped:  # "Irish international Jolene Byrne": in sport news, one who has run or played for the country
                predicate = "playedFor"
            kinds = [t for t in described if t.pos_ == "NOUN" and t.i not in range(span.start, span.end)]
            if any(t.lower_ in _EXILES for t in ctx.tokens[token.i + 1 : token.head.i + 1]):
                continue  # "Brothers to the Rescue, a Cuban exile group": exiles act from abroad, the country is
                # where they come from
            if predicate == "basedIn" and (any(t.lemma_.lower() in _THING_NOUNS for t in kinds)
                                           or not kinds and not _acts_as_a_body(ctx, holder)):
                continue  # a nationality bases a body: one a noun says is one ("Japanese firm Nintendo", "French
                # carmaker PSA"), or right before a name the article shows acting as one ("Japanese Nintendo said");
                # not "the U.S. benchmark crude West Texas Intermediate", nor "American Honda" (the firm's U.S. arm)
            yield Relation(holder, predicate, nationality, ctx.sentence(token), "places.v1", 0.7,
                           surface=token.text, phrases=(holder.span, nationality.span),
                           attributes=(("roleTitle", "international"),) if capped else (),
                           trigger=ctx.token_span(token))
            break


def _accredited_after(ctx: DocContext, body: Mention) -> bool:
    """Whether an envoy's title follows the body's name: "Greek U.N. Representative" is sent to it by Greece."""
    tokens = ctx.tokens_of(body)
    if tokens is None or tokens.end >= len(ctx.doc):
        return False
    title = ctx.doc[tokens.end]
    return title.lemma_.lower() in ACCREDITED_TITLES or title.lower_ == "charge" and tokens.end + 1 < len(ctx.doc) \
        and ctx.doc[tokens.end + 1].lower_.startswith("d'aff")  # "charge d'affaires"


def _based_in(ctx: DocContext) -> Iterator[Relation]:
    """"Yukos, based in Moscow", "a firm headquartered in Seattle"."""
    for verb, lower, dep in zip(ctx.tokens, ctx.lowers, ctx.deps):
        if lower not in {"based", "headquartered"} or dep not in {"acl", "relcl", "amod", "appos", "advcl"}:
            continue
        organisation = ctx.entity_at(verb.head)
        if organisation is None and verb.head.dep_ in {"appos"}:
            organisation = ctx.entity_at(verb.head.head)
        if organisation is None and verb.dep_ == "advcl":
            # "Based in Chatswood, New South Wales, Monier is a manufacturer": the main clause's subject
            organisation = next((ctx.entity_at(c) for c in verb.head.children if c.dep_ == "nsubj"), None)
        if organisation is None or organisation.type != "Organization":
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                place = ctx.entity_at(pobj)
                if place is not None and place.type == "Place":
                    yield Relation(organisation, "basedIn", place, ctx.sentence(verb), "places.v1", 0.85,
                                   surface=f"{verb.text} {prep.text}", phrases=(organisation.span, place.span),
                                   trigger=ctx.token_span(verb))


def _residence(ctx: DocContext) -> Iterator[Relation]:
    """"was born in Staunton", "lives in Leninakan"."""
    for verb, pos, lemma in zip(ctx.tokens, ctx.poses, ctx.lemmas):
        if pos != "VERB" or lemma not in _RESIDENCE_VERBS:
            continue
        people = [ctx.argument(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        places = [ctx.entity_at(p) for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
                  for p in prep.children if p.dep_ == "pobj"]
        for person in (p for p in people if p is not None and p.type == "Person"):
            for place in (p for p in places if p is not None and p.type == "Place" and p != person):
                # "was born in Staunton": where he was born, not (any more) where he lives
                predicate = "bornIn" if verb.lemma_.lower() == "bear" else "livesIn"
                # "he grew up in the Netherlands", "was raised in Ohio": where he lived, not where he lives
                modality = ctx.modality(verb) or ("former residence" if verb.lemma_.lower() in {"grow", "raise"}
                                                  else "")
                yield Relation(person, predicate, place, ctx.sentence(verb), "places.v1", 0.8, surface=verb.text,
                               phrases=(person.span, place.span), trigger=ctx.token_span(verb),
                               negated=modality == "negated", hedged=modality.startswith("hedged"),
                               modality=modality)


#: nouns of craft and animals a nationality describes before a name the NER may take for a person's or a firm's
_VESSELS = {"ship", "vessel", "tanker", "supertanker", "freighter", "ferry", "trawler", "yacht", "barge", "boat",
            "warship", "frigate", "destroyer", "submarine", "cruiser", "liner", "horse", "colt", "filly", "mare"}
#: nouns of things, not bodies, that a nationality may describe before a name: "the U.S. benchmark crude West Texas
#: Intermediate" is no body based in the U.S.
_THING_NOUNS = {"crude", "oil", "grade", "blend", "requirement", "benchmark", "satellite", "rocket", "law", "act",
                "bill", "index", "rate", "measure", "supply", "bond", "note", "currency", "brand", "product", "drug",
                "model", "car", "plane",
                "ship", "film", "show", "programme", "program", "series", "album", "song", "book", "game", "clone",
                "variety", "contract", "field", "mine", "well", "project", "plan", "scheme", "system", "oilfield",
                "gasfield", "platform"}


def _a_site_s_place(ctx: DocContext, holder: Mention) -> bool:
    """Whether a "firm" is where a plant stands ("refinery at Harjavalta", "facility in Mont Belvieu"): a town the
    NER read as an organisation, which is based nowhere (a firm owns the plant; "at" it stands in a place)."""
    tokens = ctx.tokens_of(holder)
    if holder.type != "Organization" or tokens is None or tokens[-1].lower_ in PLACE_CUES:
        return False  # ("a well in the Altamont Bluebell Field, Utah": a site, which the resolver types a place)
    prep = tokens.root.head
    if tokens.root.dep_ != "pobj" or prep.lower_ not in {"at", "in", "near", "outside"} or prep.i == 0:
        return False
    # the site is the preposition's head, or the noun right before it ("close its refinery at Harjavalta" hangs
    # "at" on the verb)
    return any(site.lemma_.lower() in _SITE_NOUNS and site.pos_ == "NOUN" for site in (prep.head, ctx.doc[prep.i - 1]))


def _a_craft_s_name(ctx: DocContext, name: Span) -> bool:
    """Whether a craft's or an animal's noun stands right before the name ("the liner Empress of Ireland")."""
    before = name.start - 1 if name.start > 0 and ctx.doc[name.start - 1].lower_ != "the" else name.start - 2
    return before >= 0 and ctx.doc[before].lemma_.lower() in _VESSELS  # ("the tanker the Sea Isle City")


def _end_of(ctx: DocContext, mention: Mention, token: Token) -> int:
    """The index after a mention's last token (``token``'s own when the mention has no tokens)."""
    span = ctx.tokens_of(mention)
    return span.end if span is not None else token.i + 1


def _a_thing(ctx: DocContext, name: Span) -> bool:
    """Whether a country's possessive names a thing, not a body: a name a thing's noun ends or follows ("Britain's
    Public Sector Borrowing Requirement", "Britain's Brent Blend", "Norway's Statfjord, Gullfaks and Oseberg
    fields"), or a list the NER read as one name."""
    after = ctx.doc[name.end] if name.end < len(ctx.doc) else None
    if name.root.dep_ == "nsubj" and name.root.head.lemma_.lower() in {"be", "average", "total", "stand", "amount"} \
            and any(c.ent_type_ == "PERCENT" or c.lower_ in PERCENT_WORDS
                    for c in name.root.head.children if c.dep_ in {"attr", "dobj", "acomp"}):
        return True  # "For wheat Japan's PSE averaged 95.8 pct": a measure, which a percentage is, no body
    for word in ctx.doc[name.end : name.end + 8]:  # "Iran's Sassan, Rostam and Rakhsh offshore oilfields": the
        # list's noun says what each of its names is
        if word.text in {",", "and", "&"} or word.pos_ in {"PROPN", "ADJ"} and word.dep_ != "ROOT":
            continue
        if word.pos_ == "NOUN" and word.lemma_.lower() in _THING_NOUNS and word.i > name.end + 1 \
                and any(t.lower_ == "and" for t in ctx.doc[name.end : word.i]):
            return True
        break
    return name[-1].lemma_.lower() in _THING_NOUNS or "," in name.text or (
        after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in _THING_NOUNS)


def _acts_as_a_body(ctx: DocContext, holder: Mention) -> bool:
    """Whether the article shows the name as a body's: a name ending in a body's word ("Bank", "Corp", "Agency"), or
    the name speaking ("Nintendo said") or holding officers ("Nintendo president", "the chairman of Nintendo")
    anywhere in the article, or a body's noun in apposition ("Nintendo, the Japanese company")."""
    name = holder.span.text.casefold()
    words = name.replace(".", "").split()
    if words and (words[-1] in ORGANISATION_CUES or words[-1] in STRONG_ORGANISATION_CUES):
        return True
    for mention in ctx.mentions:
        if mention.type != "Organization" or mention.span.text.casefold() != name:
            continue
        tokens = ctx.tokens_of(mention)
        if tokens is None:
            continue
        root = tokens.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in _BODY_SPEECH:
            return True
        after = ctx.doc[tokens.end] if tokens.end < len(ctx.doc) else None
        if after is not None and (after.lemma_.lower() in _TITLES_AND_BODIES or after.text in {"'s", "\u2019s"}
                                  and tokens.end + 1 < len(ctx.doc)
                                  and ctx.doc[tokens.end + 1].lemma_.lower() in _TITLES_AND_BODIES):
            return True  # "Nintendo president", "Nintendo's chairman", "the Nintendo group"
        if root.dep_ in {"appos", "compound"} and root.head.lemma_.lower() in _BODIES:
            return True  # "Japanese firm Nintendo", "Nintendo, the Japanese company"
        if any(c.dep_ == "appos" and c.lemma_.lower() in _BODIES for c in root.children):
            return True
        if root.dep_ == "pobj" and root.head.lower_ in {"of", "at", "for"} \
                and root.head.head.lemma_.lower() in _TITLES_AND_AIDES:
            return True  # "the chairman of Nintendo", "an analyst at Nintendo"
    return False


@extractor("places.v1", requires=("token.dep", "doc.ents"),
           emits=("locatedIn", "basedIn", "livesIn", "bornIn", "citizenOf", "playedFor"))
def places(ctx: DocContext) -> Iterator[Relation]:
    """Place -locatedIn-> place, organisation -basedIn-> place, person -livesIn-> place."""
    yield from _comma_pairs(ctx)
    yield from _prepositional(ctx)
    yield from _modifiers(ctx)
    yield from _residence(ctx)
    yield from _nationalities(ctx)
    yield from _based_in(ctx)
