"""Companies and what they own: "Sony's PlayStation", "AOL, a unit of Time Warner".

* ``owns``: an organisation's possessive before a product it makes ("Microsoft's Xbox")
  ("Microsoft's Xbox", "Canon's EOS 300D");
* ``subsidiaryOf``: an organisation in apposition to "a unit / subsidiary /
  division of" another ("Woolwich, a subsidiary of Barclays"), or named with
  the other's possessive and such a noun ("Fiat's Alfa Romeo unit").

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import UNRESOLVED, DocContext, comma_before_starring, product_noun
from kg.extract.gazetteer import DEMONYMS
from kg.extract.vocabulary import FORMER_WORDS
from kg.registry import extractor
from kg.types import Mention, Relation

#: nouns that make one organisation part of another
UNIT_NOUNS = {"unit", "subsidiary", "division", "arm", "affiliate", "offshoot", "subsidiaries", "units", "branch"}
#: the unit nouns that say the parent controls the unit: an affiliate may be a minority holding ("Xerox Corp's
#: affiliate Rank Xerox Ltd" is half Rank's), no subsidiary
_CONTROLLED_UNITS = UNIT_NOUNS - {"affiliate"}
_OWNED_TYPES = {"Product"}


def _head(ctx: DocContext, mention: Mention) -> Token | None:
    span = ctx.tokens_of(mention)
    return None if span is None else span.root


def _owner_of(ctx: DocContext, head: Token, owned: Mention) -> Mention | None:
    """The organisation in the possessive: "Microsoft's", or "its" when the resolver is sure whose."""
    for child in head.children:
        if child.dep_ != "poss":
            continue
        owner = ctx.entity_at(child)
        if owner is None and child.lower_ in {"its", "their"}:
            if any(c.dep_ in {"compound", "nmod", "appos"} and c.pos_ == "NOUN" for c in head.children):
                continue  # "the BMW X5 and its sibling X3": a word between says how they relate, not "owns"
            owner = ctx.argument(child)  # "Microsoft is working on ... its Internet Explorer"
        if owner is not None and owner != owned and owner.type == "Organization" and owner.ner_label != UNRESOLVED:
            return owner
    return None


def _maker(ctx: DocContext, product: Mention) -> Mention | None:
    """The firm whose possessive stands before a product's noun: "its Xbox consoles", "Merck's Vioxx drug" (the
    possessive hangs on the noun, the name between); "its" only when the resolver is sure whose."""
    noun = product_noun(ctx, product)
    span = ctx.tokens_of(product)
    if noun is None or span is None:
        return None
    for child in (c for c in noun.children if c.dep_ == "poss" and c.i < span.start):
        owner = ctx.entity_at(child)
        if owner is None and child.lower_ in {"its", "their"}:
            owner = ctx.argument(child)  # "Microsoft has said it will replace ... for its Xbox consoles"
            tokens = ctx.tokens_of(owner) if owner is not None else None
            if tokens is None or tokens.root.dep_ not in {"nsubj", "nsubjpass"}:
                continue  # the firm "its" stands for is a clause's subject: in "Fisons said the growth of Intral, as
                # well as its Opticrom and Nasalcrom products" the nearest firm, Intral, is Fisons' drug
        if owner is not None and owner != product and owner.type == "Organization" \
                and owner.ner_label != UNRESOLVED and owner.span.text != product.span.text:
            return owner
    return None


#: verbs of parting with a unit: "sold its Pepsi-Cola Bottling Co unit"
_PARTING_VERBS = {"sell", "divest", "spin", "dispose", "shed", "auction"}
#: nouns of parting with a unit, or of making it one with another firm: "the sale of its MPB Corp unit", "the merger
#: of its Sea-Alaska Products Co unit and Trident Seafoods"
_PARTING_NOUNS = {"sale", "divestiture", "divestment", "disposal", "spinoff", "spin-off", "sell-off", "selloff",
                  "merger", "combination", "flotation"}
#: verbs that make a unit one with another firm, when said "with" it: a unit no more
_JOINING_VERBS = {"combine", "merge"}


def _parted_with(ctx: DocContext, noun: Token) -> bool:
    """Whether the unit noun's phrase is what its owner sold, or combined with another firm, as a deed the sentence
    states ("agreed to sell", "is seeking to sell", "might have to sell" its unit: the owner's still)."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head  # "its Cooper Biomedical Inc unit and its Cooper Laboratories subsidiary"
    verb = noun.head
    deal = verb.head if noun.dep_ == "pobj" and verb.lower_ == "of" else None
    if deal is not None and deal.lemma_.lower() in _PARTING_NOUNS and deal.tag_ != "NNS":
        # "completed the sale of its Consumer Trust Services division": done or planned, the unit is leaving its owner
        # (unsure, no edge); "combined sales of Imperial's existing Stuart Pharmaceuticals unit" are its revenue
        return True
    lemma = verb.lemma_.lower()
    parted = lemma in _PARTING_VERBS or lemma in _JOINING_VERBS and verb.tag_ in {"VBD", "VBN"} and any(
        c.dep_ == "prep" and c.lower_ == "with" for word in (verb, noun, *noun.conjuncts) for c in word.children)
    # ("combined its unit and its subsidiary with Technicon": the parse may hang "with" on the last unit; "The
    # venture will group ..., combining GEC's medical division Picker International with Philips'": a plan's, not
    # done)
    return noun.dep_ in {"dobj", "nsubjpass"} and parted and not ctx.modality(verb)


def _another_firm_between(ctx: DocContext, mention: Mention, appos: Token) -> bool:
    """Whether another organisation stands between a name and the unit noun the parse hangs on it: "<Tonen
    Sekiyukagaku KK> and <Exxon Chemical Co>, a petrochemical division of Exxon Corp" describes the second."""
    if appos.tag_ == "NNS":
        return False  # "Hudson Bay Gold Inc and Farley Gold Inc, both wholly owned units of Inspiration": each
    tokens = ctx.tokens_of(mention)
    if tokens is None:
        return False
    between = ctx.doc[tokens.end : appos.left_edge.i]
    return any(t.dep_ == "cc" for t in between) and any(
        (other := ctx.entity_at(t)) is not None and other != mention and other.type == "Organization" for t in between)
    # ("General Motors Acceptance Corp (GMAC), the financing arm of ...": its own initials between, no other firm)


def _names_a_unit(ctx: DocContext, mention: Mention) -> bool:
    """Whether the names run from ``mention`` (joined by "and") to a unit's noun: "its Buccaneer and Blue Dolphin
    Pipeline affiliates" are firms, whatever the NER called them."""
    tokens = ctx.tokens_of(mention)
    if tokens is None:
        return False
    after = tokens.end
    while after < len(ctx.doc) and (ctx.doc[after].pos_ == "PROPN" or ctx.doc[after].lower_ in {"and", "&"}):
        after += 1
    return after < len(ctx.doc) and ctx.lowers[after] in UNIT_NOUNS | {"affiliates"}


@extractor("business.v1", requires=("token.dep", "doc.ents"), emits=("owns", "subsidiaryOf"))
def business(ctx: DocContext) -> Iterator[Relation]:
    """Organisation -owns-> product; organisation -subsidiaryOf-> organisation."""
    for mention in ctx.mentions:
        head = _head(ctx, mention)
        if head is None:
            continue
        sentence = ctx.sentence(head)
        if mention.type in _OWNED_TYPES and not _names_a_unit(ctx, mention) \
                and (owner := _owner_of(ctx, head, mention) or _maker(ctx, mention)) is not None:
            # "Microsoft's Xbox", "its Internet Explorer": the possessive owns the product (not a company:
            # "Ward's Automotive Reports" is one name, and "X's Y" of two companies says too little)
            yield Relation(owner, "owns", mention, sentence, "business.v1", 0.75, surface=f"{owner.span.text}'s",
                           phrases=(owner.span, mention.span), trigger=owner.span)
        if mention.type != "Organization":
            continue
        # "Woolwich, a subsidiary of Barclays": the apposition's noun and its "of"
        # (a unit noun inside a name is no apposition: "from Cartel Security Consultants Inc, the Guard Services
        # Division of Security Services of America of Wayne, N.J., Capital Investigations ..." is a list of sellers)
        tokens = ctx.tokens_of(mention)
        # (the parse may hang the apposition on the name's last word: "Aluminum Co of Canada Ltd, a unit of Alcan")
        last = tokens[-1] if tokens is not None and tokens[-1] != head and tokens[-1].dep_ == "pobj" else head
        for appos in (c for word in dict.fromkeys((head, last)) for c in word.children
                      if c.dep_ == "appos" and c.lemma_.lower() in _CONTROLLED_UNITS
                      and ctx.entity_at(c) is None and not _another_firm_between(ctx, mention, c)):
            for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    parent = ctx.entity_at(pobj)
                    if parent is not None and parent.type == "Organization" and parent != mention \
                            and not ctx.written_as_a_town(parent):  # (two towns of a market: one town so written
                        # is a place already, DocContext retypes it)
                        yield Relation(mention, "subsidiaryOf", parent, sentence, "business.v1", 0.8,
                                       surface=appos.text, kind="Statement", phrases=(mention.span, parent.span),
                                       trigger=ctx.token_span(appos))
        # "Fiat's Alfa Romeo unit": the unit noun after the name, the parent in its possessive;
        # "Citicorp's local unit Citibank": the unit noun before it
        over, link = head.head, head.dep_
        if link in {"compound", "nmod"} and over.lower_ in DEMONYMS and over.dep_ in {"compound", "amod"}:
            over, link = over.head, "compound"  # "its Senetek A/S Danish subsidiary": the unit's nationality between
        noun = over if link in {"compound", "appos"} and over.lemma_.lower() in _CONTROLLED_UNITS \
            and (link == "compound" or over.i < head.i) else None  # ("its local unit Citibank": apposed)
        if noun is not None and link == "compound" and any(
                c.dep_ == "appos" and c.i > noun.i and ctx.entity_at(c) not in (None, mention) for c in noun.children):
            noun = None  # "its DTC unit Orion Royal Pacific Ltd": the name after the noun is the unit's; the one
            # before says what kind of unit it is (a deposit-taking company)
        noun = noun or next((c for c in head.children if c.dep_ in {"compound", "nmod"}
                             and c.lemma_.lower() in _CONTROLLED_UNITS), None)
        if noun is not None and (any(c.lower_ in FORMER_WORDS for c in noun.children if c.dep_ in {"amod", "advmod"})
                                 or _parted_with(ctx, noun)):
            noun = None  # "VW's former office equipment subsidiary Triumph-Adler AG", "Allegheny sold its Pepsi-Cola
            # Bottling Co unit to Pepsico Inc": owned no more
        if noun is not None:
            parent = _owner_of(ctx, noun, mention)
            if parent is not None:
                yield Relation(mention, "subsidiaryOf", parent, sentence, "business.v1", 0.75, surface=noun.text,
                               phrases=(mention.span, parent.span), trigger=ctx.token_span(noun))


#: verbs that say a deal is done: "completed the sale of", "closed the previously announced acquisition of"
_DONE_VERBS = {"complete", "close", "finalize", "finalise", "conclude", "consummate"}
#: nouns of a deal -> (what the clause's subject did, the predicate of the other party, that party's preposition)
_DEAL_NOUNS = {"sale": ("sold", "acquired", "to"), "divestiture": ("sold", "acquired", "to"),
               "acquisition": ("acquired", "sold", "from"), "purchase": ("acquired", "sold", "from"),
               "takeover": ("acquired", "sold", "from"), "buyout": ("acquired", "sold", "from")}
#: what a firm deals in: a firm, a product, a work, a document (a hotel or a mine the NER calls a place is none)
_DEALT_TYPES = {"Organization", "Product", "Work"}
_PARTY_TYPES = {"Organization", "Person"}


def _dealt(ctx: DocContext, pobj: Token) -> list[Mention]:
    """What "the sale of ..." is of: the names joined there, or a unit named before or after its noun ("its MPB Corp
    unit", "its domestic vehicle leasing unit, McCullagh Leasing Inc"); nothing for a stake, shares or assets, which
    are parts of a firm ("the remaining 50 pct stake of San Juan Seafoods")."""
    things: list[Mention] = []
    for token in (pobj, *pobj.conjuncts):
        thing = ctx.entity_at(token)
        if thing is None and token.lemma_.lower() in _CONTROLLED_UNITS:
            thing = next((m for c in token.children if c.dep_ in {"compound", "appos"}
                          and (m := ctx.entity_at(c)) is not None and m.type == "Organization"), None)
        tokens = ctx.tokens_of(thing) if thing is not None else None
        if tokens is not None and (tokens[-1].tag_ == "POS" or tokens.end < len(ctx.doc)
                                   and ctx.doc[tokens.end].tag_ == "POS"):
            continue  # "the acquisition of Minnesota Mining and Manufacturing's ... division": the owner, not the thing
        if thing is not None and thing.type in _DEALT_TYPES and thing.ner_label != UNRESOLVED and thing not in things:
            things.append(thing)
    return things


def _party(ctx: DocContext, token: Token) -> Mention | None:
    """The firm or person a token names as a party to a deal, when the resolver is sure who."""
    party = ctx.argument(token)
    return party if party is not None and party.type in _PARTY_TYPES and party.ner_label != UNRESOLVED else None


@extractor("business.deals.v1", requires=("token.dep", "doc.ents"), emits=("acquired", "sold"))
def deals(ctx: DocContext) -> Iterator[Relation]:
    """Organisation -sold/acquired-> organisation, from a deal said to be done: "Allied-Signal completed the sale of
    its MPB Corp unit to Bearing Acquisition Corp" (Allied-Signal sold MPB Corp, Bearing acquired it), "UtiliCorp
    closed the acquisition of West Virginia Power from Dominion Resources". A deal to be completed ("expects to
    complete", "to allow time to complete") is an open statement with its reason."""
    for verb, lemma in zip(ctx.tokens, ctx.lemmas):
        if lemma not in _DONE_VERBS or verb.pos_ != "VERB":
            continue
        subjects = [m for c in verb.children if c.dep_ == "nsubj" and (m := _party(ctx, c)) is not None]
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _DEAL_NOUNS):
            done, other, link = _DEAL_NOUNS[noun.lemma_.lower()]
            pobjs = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj"]
            things = [thing for pobj in pobjs for thing in _dealt(ctx, pobj)]
            if not things:
                continue
            # the other party's preposition may hang on the noun, the verb or the thing ("the sale of X to Y")
            parties = [m for head in (noun, verb, *pobjs) for prep in head.children
                       if prep.dep_ == "prep" and prep.lower_ == link
                       for p in prep.children if p.dep_ == "pobj" and (m := _party(ctx, p)) is not None]
            modality = ctx.modality(verb)
            sentence = ctx.sentence(verb)
            for predicate, actors in ((done, subjects), (other, parties[:1])):
                for actor in actors:
                    for thing in things:
                        if actor == thing or actor.span.text == thing.span.text:
                            continue
                        yield Relation(actor, predicate, thing, sentence, "business.deals.v1", 0.8,
                                       surface=f"{verb.text} the {noun.text} of", phrases=(actor.span, thing.span),
                                       trigger=ctx.token_span(noun), negated=modality == "negated",
                                       hedged=modality.startswith("hedged"), modality=modality)


@extractor("works.starring.v1", requires=("token.dep", "doc.ents"), emits=("starredIn",))
def starring(ctx: DocContext) -> Iterator[Relation]:
    """Person -starredIn-> work, from "Ocean's Twelve, starring George Clooney and Brad Pitt" and "Ocean's Twelve stars
    George Clooney"."""
    for verb, lower, dep in zip(ctx.tokens, ctx.lowers, ctx.deps):
        if lower != "starring" or dep not in {"acl", "advcl", "prep"}:
            continue
        work = ctx.entity_at(verb.head)
        comma = comma_before_starring(ctx.lowers, verb.i)
        if (work is None or work.type != "Work") and comma is not None:
            work = ctx.entity_at(ctx.doc[comma - 1])  # "The Last Samurai, starring Tom Cruise, was": the parse hangs
            # the participle on the verb; the title ends before the comma
        if work is not None and work.type == "Work":
            yield from _cast(ctx, verb, work, {"dobj", "pobj"})
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "star" or verb.lower_ == "starring":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and all(c.lower_ in {"which", "that"} for c in subjects):
            subjects = [verb.head]  # "his new comedy, Meet the Fockers, which also stars Robert De Niro"
        works = [w for w in map(ctx.entity_at, subjects) if w is not None and w.type == "Work"]
        for work in works[:1]:
            yield from _cast(ctx, verb, work, {"dobj"})


def _cast(ctx: DocContext, verb: Token, work: Mention, deps: set[str]) -> Iterator[Relation]:
    """Person -starredIn-> ``work`` for each person the verb's objects of ``deps`` name, their conjuncts too."""
    for obj in (c for c in verb.children if c.dep_ in deps):
        for token in (obj, *obj.conjuncts):
            person = ctx.entity_at(token)
            if person is not None and person.type == "Person":
                yield Relation(person, "starredIn", work, ctx.sentence(verb), "works.starring.v1", 0.8,
                               surface=verb.text, kind="Statement", phrases=(person.span, work.span),
                               trigger=ctx.token_span(verb))


@extractor("works.broadcast.v1", requires=("token.dep", "doc.ents"), emits=("publisher",))
def broadcast(ctx: DocContext) -> Iterator[Relation]:
    """Programme -publisher-> broadcaster, where the text names the programme as the broadcaster's: "BBC One show My
    Family", "ITV drama Footballers' Wives", "BBC Radio 4's Today programme" (kg.extract.broadcasts)."""
    for channel, programme in ctx.broadcasts:
        work, broadcaster = ctx.entity_at(programme[0]), ctx.entity_at(channel[0])
        if work is None or broadcaster is None or work.type != "Work" or broadcaster.type != "Organization":
            continue  # (a later pass retyped a name: "Channel 4" is no broadcaster in a list of players)
        between = ctx.doc[channel.end : programme.start]  # "show", "talent show", "'s"
        yield Relation(work, "publisher", broadcaster, ctx.sentence(programme.root), "works.broadcast.v1", 0.8,
                       surface=between.text, phrases=(work.span, broadcaster.span),
                       trigger=ctx.span(between.start, between.end))


_ACTING_TITLES = {"star", "actor", "actress", "co-star", "lead"}


@extractor("works.cast.v1", requires=("token.dep", "doc.ents"), emits=("starredIn",))
def cast(ctx: DocContext) -> Iterator[Relation]:
    """Person -starredIn-> work from a title: "Ocean's Eleven star Brad Pitt", "Brad Pitt, star of Troy"."""
    for person in ctx.mentions:
        if person.type != "Person":
            continue
        head = _head(ctx, person)
        if head is None:
            continue
        titles = [c for c in head.children if c.dep_ in {"compound", "appos"} and c.lemma_.lower() in _ACTING_TITLES]
        if head.dep_ in {"appos", "compound"} and head.head.lemma_.lower() in _ACTING_TITLES:
            titles.append(head.head)
        for title in titles:
            works = [ctx.entity_at(t) for t in title.subtree if t.i < title.i]
            works += [ctx.entity_at(p) for prep in title.children if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}
                      for p in prep.children if p.dep_ == "pobj"]
            for work in dict.fromkeys(w for w in works if w is not None and w.type == "Work"):
                yield Relation(person, "starredIn", work, ctx.sentence(title), "works.cast.v1", 0.75,
                               surface=title.text, phrases=(person.span, work.span), trigger=ctx.token_span(title))
