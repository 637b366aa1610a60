"""What every extractor sees of one parsed article, with shared lookups.

Extractors should not re-derive mentions or argument spans themselves: the
helpers here decide once what counts as an argument, so all families agree.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.extract.broadcasts import broadcast_programmes
from kg.extract.dates import normalize_time
from kg.extract.gazetteer import CANONICAL_NAMES, COUNTRIES, DEMONYMS, UK_NATIONS, country_named, us_state

COUNTRIES_FOLDED = frozenset(c.casefold() for c in COUNTRIES) | UK_NATIONS
from kg.extract.vocabulary import (CLAIM_VERBS, CLUB_ENDINGS, CONDITIONAL_MARKS, DENIAL_VERBS, DOCUMENT_NOUNS,
                                   EVENT_NAME_ENDS, FACTIVE_CONTROL, FUTURE_AUX, HEDGES, LEGISLATOR_TITLES,
                                   ORGANISATION_CUES, PARTY_WORDS, PERSON_TITLES, PLAYER_TITLES, PORTFOLIO_TITLES,
                                   PORTFOLIOS, REPORT_NOUNS, SHARED_TEAM_WORDS, SOLO_SPORT_WORDS, SPEECH_VERBS,
                                   SPORT_WORDS, STATE_BODY_WORDS, STRONG_ORGANISATION_CUES, TEAM_LEADER_TITLES,
                                   TEAM_SPORT_WORDS)
from kg.types import EntityType, Mention, Span, TimeValue

#: spaCy NER label -> ontology class. Labels not here (MONEY, CARDINAL ...) are not entities.
NER_TYPES: dict[str, EntityType] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": "Group",
    "EVENT": "Event",
    "WORK_OF_ART": "Work",
    "LAW": "Document",
    "PRODUCT": "Product",
}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "from", "to", "into", "across", "throughout", "within",
               "around", "over", "toward", "towards", "through"}
#: how a bare date hangs off a verb or noun ("met Tuesday", "meeting in Hanoi, Feb. 28")
_DATE_DEPS = {"npadvmod", "tmod", "appos", "nmod", "advmod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "attr", "oprd", "dative"}
PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PRONOUNS_PLURAL = {"they", "them", "their"}
ORGANISATION = frozenset({"Organization"})
PERSON = frozenset({"Person"})
#: the ner_label of a pronoun or description whose antecedent is not certain (see DocContext.certain)
UNRESOLVED = "unresolved"
_GLUED_TICKER = re.compile(r"<?[A-Z][A-Z.]{0,5}>|<[A-Z][A-Z.]{0,5}")
_TICKER = re.compile(r"[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*")
#: "the company" -> the organisation last named; "the country" -> the place
DEFINITE_DESCRIPTIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["company", "firm", "group", "bank", "airline", "carrier", "maker", "manufacturer",
                     "agency", "organisation", "organization", "party", "union", "corporation", "newspaper"],
                    ORGANISATION),
    **dict.fromkeys(["country", "nation", "state", "city", "regime"], frozenset({"Place"})),
    # "the bill", "the treaty": the law or agreement just named ("the Patriot Act ... the bill")
    **dict.fromkeys(["bill", "act", "law", "treaty", "accord", "agreement", "convention", "directive"],
                    frozenset({"Document"})),
}
#: nouns that describe a body, not a person: "oil firm Yukos", "the group Makisa", "the governing body, Segas"
BODY_NOUNS = {"company", "firm", "group", "bank", "airline", "carrier", "maker", "manufacturer", "agency",
              "organisation", "organization", "union", "corporation", "newspaper", "band", "carmaker", "insurer",
              "retailer", "broadcaster", "body", "giant", "chain", "operator", "provider", "developer", "publisher",
              "studio", "label", "conglomerate", "consortium", "charity", "club", "brewer", "producer", "supplier",
              "lender", "regulator", "watchdog", "network", "station", "magazine", "website", "site", "firms",
              "outfit", "daily", "weekly", "tabloid", "broadsheet", "paper", "brokerage", "consultancy",
              "automaker", "drugmaker", "refiner"} - {
    "producer"}  # "film producer Harvey Weinstein" is a person
#: nouns of a firm's part: "its French unit European Sugar (France)" is a firm, whatever the NER took it for
_UNIT_NOUNS = {"unit", "subsidiary", "affiliate", "division", "arm"}
#: nouns of a body that also name a person's trade: a full name the NER calls a person stays one
_PERSON_OR_BODY_NOUNS = {"developer", "publisher", "producer"}
#: the first halves of hyphened makers who are people: "Dutch film-maker Theo Van Gogh" (a "chip-maker" is a firm)
_PERSON_MAKERS = {"film", "law", "policy", "decision", "peace", "king", "trouble", "programme", "program", "movie",
                  "documentary", "match", "play", "money"}


def _maker_of_a_kind(noun: Token) -> bool:
    """Whether ``noun`` is the "maker" of a person's trade ("film-maker", "film maker", "policy-maker")."""
    doc = noun.doc
    if noun.lemma_.lower() != "maker":
        return False
    if noun.i >= 2 and doc[noun.i - 1].text == "-":
        return doc[noun.i - 2].lower_ in _PERSON_MAKERS
    return any(c.dep_ == "compound" and c.lower_ in _PERSON_MAKERS for c in noun.children)  # "film maker"


#: nouns that describe a work: "the animated feature Belleville Rendezvous", "her album Confessions"
WORK_NOUNS = {"film", "movie", "feature", "documentary", "album", "single", "song", "novel", "book", "musical",
              "play", "opera", "sitcom", "drama", "series", "soap", "programme", "program", "biopic", "comedy",
              "thriller", "sequel", "blockbuster", "record", "track", "ep", "video", "game"}
#: nouns of nationality that stand for a person named elsewhere ("selling the Dutchman to Lazio")
DEMONYM_NOUNS = {f"{stem}{sex}" for stem in ("dutch", "french", "english", "irish", "welsh", "scots", "cornish",
                                             "country", "kins", "fellow-country")
                 for sex in ("man", "woman", "men", "women")}
NOT_ARGUMENTS = {"it", "they", "them", "their", "we", "us", "our", "i", "me", "my", "you", "your",
                 "this", "that", "these", "those", "which", "who", "whom", "what", "there",
                 "nothing", "something", "anything", "everything", "one", "itself", "themselves",
                 "people", "thing", "things", "others", "other", "all", "some", "many", "each", "both",
                 "lot", "way", "time", "year", "years", "day", "days", "sake", "part", "number", "kind"}
_STRIP_LEADING = {"the", "a", "an", "this", "that", "these", "those", "another", "its", "their", "his",
                  "her", "our", "my", "your", "some", "any", "such"}


@dataclass
class DocContext:
    """One parsed article plus the mention index all extractors share."""

    doc: Doc
    anchor: dt.date | None = None
    #: open information extraction: every phrase is an argument, pronouns included
    open_arguments: bool = False
    #: the country of the article's dateline, as kg's gazetteer names it (see :meth:`article_country`)
    home_country: str | None = None
    #: results one extractor computes and another reuses (quotes for quotes.v1 and the stance)
    memo: dict[str, object] = field(default_factory=dict, init=False)
    _prefix_memo: dict[frozenset[str], tuple[list[int], list[Mention | None]]] = field(default_factory=dict,
                                                                                       init=False)
    text: str = field(default="", init=False)
    _ent_of_token: dict[int, Mention] = field(default_factory=dict, init=False)
    _mention_dep: dict[Mention, str] = field(default_factory=dict, init=False)
    #: the tokens of each mention's characters (see tokens_of), found once per span
    _tokens_of_span: dict[tuple[int, int], SpacySpan | None] = field(default_factory=dict, init=False)
    mentions: list[Mention] = field(default_factory=list, init=False)
    #: (broadcaster, programme) token spans the text names: "BBC One show My Family" (kg.extract.broadcasts)
    broadcasts: list[tuple[SpacySpan, SpacySpan]] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        # spaCy rebuilds Doc.text from the tokens on every access: read it once
        self.text = self.doc.text
        self.broadcasts = broadcast_programmes(self.doc)
        names = _with_programmes(_whole_names(self.doc, self.poses), self.broadcasts)
        things = [*award_names(self.doc, self.lowers), *product_names(self.doc, names, self.lowers),
                  *party_words(self.doc), *work_titles(self.doc, names, self.lowers),
                  *(team_names(self.doc) if self.team_sport else [])]
        for whole in _with_named_things(names, things):
            for ent in (name for part in _company_of_place(whole) for name in _listed_people(part)):
                mention = entity_mention(ent, self.text)
                if mention is None:
                    continue
                if mention.type == "Place" and self._club(ent) \
                        or mention.type in {"Person", "Place", "Work", "Product"} and _legal_name(ent) \
                        or mention.type == "Document" and ent[-1].lower_ in _BODY_HEADS:
                    mention = replace(mention, type="Organization")  # "Mafina BV of Voorburg", read as a person;
                    # "the Shadow Open Market Committee", read as a law
                elif len(ent) > 2 and any(t.text in FIXTURE_WORDS for t in ent[1:-1]):
                    mention = replace(mention, type="Event")  # "Everton v Sunderland" (read as a man): a match
                elif mention.type in {"Organization", "Place"} and len(ent) > 1 \
                        and ent[-1].lower_.removesuffix("s") in EVENT_NAME_ENDS:
                    mention = replace(mention, type="Event")  # "the U.S. Bombing of the Libya": a deed, no body
                elif mention.type in {"Organization", "Place"} and ent[-1].lower_ in _AGREEMENT_WORDS:
                    mention = replace(mention, type="Document")  # "the EC's founding Treaty of Rome": no body
                    # based in Rome
                self.mentions.append(mention)
                self._mention_dep[mention] = ent.root.dep_
                for token in ent:
                    self._ent_of_token[token.i] = mention
        self._retype_titled_conjuncts()
        self._retype_full_names()
        self._retype_described_bodies()
        self._retype_firms_without_suffix()
        self._retype_towns()

    def _retype_firms_without_suffix(self) -> None:
        """A name the NER took for a person's that the article also writes with a legal suffix is the firm's: "Milton
        Roy" after "Milton Roy Corp." (its chief financial officer is the firm's, not the man's)."""
        firms = set()
        for firm in self.mentions:
            words = firm.span.text.split()
            if firm.type == "Organization" and len(words) > 2 and legal_suffixes_alone(words[-1:]):
                firms.add(" ".join(without_legal_suffixes(words)).casefold())
        for index, mention in enumerate(self.mentions):
            if mention.type == "Person" and len(mention.span.text.split()) > 1 \
                    and mention.span.text.casefold() in firms:
                self._retype(index, "Organization")

    def _retype_towns(self) -> None:
        """A "firm" written as towns are, its state after a comma, is the town: "a Corpus Christi, Texas refinery"
        (the NER's organisation) lies in Texas; it is based nowhere and owns nothing."""
        for index, mention in enumerate(self.mentions):
            if "/" not in mention.span.text and self.written_as_a_town(mention):  # ("the Portland/Salem, Ore. area"
                self._retype(index, "Place")  # names a market of two towns, no town)

    def _retype_described_bodies(self) -> None:
        """A name the NER took for a person but which the text calls a firm or a band is that body:
        "Russian oil firm Yukos", "the Chilean group Makisa", "Greek athletics' governing body, Segas"; a name
        the text calls a film, an album or a book is a work, whatever the NER took it for."""
        one_word_people = {m.span.text for m in self.mentions if m.type == "Person" and " " not in m.span.text}
        broadcasters = {broadcaster.start_char for broadcaster, _ in self.broadcasts}
        for index, mention in enumerate(self.mentions):
            if mention.type not in {"Person", "Organization"} or mention.span.start in broadcasters:
                continue  # ("hit BBC comedy The Office": the comedy is the programme's, not the BBC's kind)
            span = self.tokens_of(mention)
            if span is None:
                continue
            root = span.root
            described = [root.head] if root.dep_ in {"appos", "compound"} and root.head.i not in range(
                span.start, span.end) else []
            described += [c for c in root.children if c.dep_ == "compound" and c.i < span.start
                          or c.dep_ == "appos" and span.end + 1 < len(self.doc) and self.doc[span.end].text == ","
                          and c.left_edge.i == span.end + 1]  # "Pyra Labs, makers of the Blogger software"
            # (an apposition after the name may be the parser's slip: "Paul Hofheinz of the Lisbon Council, a
            # Brussels-based citizen action group" hangs the group on him)
            nouns = {word.lemma_.lower() for word in described if word.pos_ == "NOUN" and not _maker_of_a_kind(word)}
            bodies = nouns & (BODY_NOUNS | _UNIT_NOUNS)
            if any(c.dep_ == "amod" and c.lower_ in _PAPER_WORDS and c.i == span.start - 1 for c in root.children):
                bodies.add("newspaper")  # "The Japanese daily Asahi Shimbun said": a paper, the parse's adjective
            kind: EntityType
            if nouns & WORK_NOUNS:
                kind = "Work"  # "the French animated feature Belleville Rendezvous", "his album Confessions"
            elif bodies and mention.type == "Person" and not (bodies <= _PERSON_OR_BODY_NOUNS and len(span) > 1) \
                    and not (bodies <= _UNIT_NOUNS and len(span) > 1 and span[-1].text in one_word_people):
                # ("the Economics Ministry's foreign affairs division Frans Engering said", then "Engering noted")
                kind = "Organization"  # (a "Texas developer James Sowell", a "publisher Rupert Murdoch" is a person)
            else:
                continue
            self._retype(index, kind)

    def _retype_full_names(self) -> None:
        """A two- or three-word name the NER typed as an organisation or place whose last word the article
        uses alone for a person ("Helmut Panke predicted ..." as ORG, then "Mr Panke said") is that person."""
        one_word_people = {m.span.text for m in self.mentions if m.type == "Person" and " " not in m.span.text}
        if not one_word_people:
            return
        for index, mention in enumerate(self.mentions):
            words = mention.span.text.split()
            if mention.type not in {"Organization", "Place"} or not 2 <= len(words) <= 3 \
                    or words[-1] not in one_word_people or not all(w[:1].isupper() and w.isalpha() for w in words) \
                    or fold_words(words) & (STRONG_ORGANISATION_CUES | ORGANISATION_CUES):
                continue
            self._retype(index, "Person")

    def _retype_titled_conjuncts(self) -> None:
        """A name the NER took for an organisation, joined to a man's under a plural title, is a man: "Prime Ministers
        Zhao Ziyang of China and Anibal Cavaco Silva of Portugal"."""
        for index, mention in enumerate(self.mentions):
            if mention.type == "Organization" and self._titled_conjunct(mention):
                self._retype(index, "Person")

    def _titled_conjunct(self, mention: Mention) -> bool:
        """Whether a name of two or three capitalised words and no body's word is joined by "and" to a person's name
        under a plural title before it: "Prime Ministers Zhao Ziyang ... and Anibal Cavaco Silva"."""
        span = self.tokens_of(mention)
        words = mention.span.text.split()
        if span is None or not 2 <= len(words) <= 3 or span.root.dep_ != "conj" \
                or fold_words(words) & (STRONG_ORGANISATION_CUES | ORGANISATION_CUES | COMPANY_SUFFIXES):
            return False
        first = span.root.head
        person = self._ent_of_token.get(first.i)
        return person is not None and person.type == "Person" and any(
            c.dep_ == "compound" and c.tag_ == "NNPS" and c.lemma_.lower().rstrip("s") in PERSON_TITLES
            or c.dep_ == "compound" and c.lower_.endswith("s") and c.lower_[:-1] in PERSON_TITLES
            for c in first.lefts)

    def _retype(self, index: int, kind: EntityType) -> None:
        """Give ``self.mentions[index]`` another type, in the mention list and in both indexes over it."""
        mention = self.mentions[index]
        retyped = replace(mention, type=kind)
        self.mentions[index] = retyped
        self._mention_dep[retyped] = self._mention_dep.pop(mention)
        span = self.tokens_of(mention)
        for token in span if span is not None else ():
            if self._ent_of_token.get(token.i) is mention:
                self._ent_of_token[token.i] = retyped

    def _club(self, ent: SpacySpan) -> bool:
        """In sport news a town that acts is its club: "Tottenham beat Chelsea", "Spurs' bid", "a loss to
        Portsmouth" (a country stays a place: its national side plays for it; "in London" is a place)."""
        if ent.label_ != "GPE" or not self.sport:
            return False
        name = " ".join(ent.text.casefold().replace(".", "").split())
        if name in COUNTRIES_FOLDED or name in DEMONYMS or name in CANONICAL_NAMES:
            return False
        root = ent.root
        dep = root.dep_ if root.dep_ != "conj" else root.head.dep_
        if dep in {"nsubj", "nsubjpass", "dobj", "poss"}:
            return True
        preposition = root.head if root.dep_ == "pobj" else root.head.head if root.dep_ == "conj" else None
        return preposition is not None and preposition.lower_ in {"against", "to", "by", "for", "from", "with",
                                                                   "over"} | FIXTURE_WORDS

    # -- spans -----------------------------------------------------------------
    def span(self, start_token: int, end_token: int) -> Span:
        """The character span covering tokens ``[start_token, end_token)``."""
        tokens = self.tokens
        if 0 <= start_token < end_token <= len(tokens):
            # read off the first and last tokens: a spaCy Span made for it, and its text joined from every token,
            # cost more than the rest of the call (the text is the article's, whose tokens keep every character)
            first, last = tokens[start_token], tokens[end_token - 1]
            start, end = first.idx, last.idx + len(last.text)
            return Span(start, end, self.text[start:end])
        piece = self.doc[start_token:end_token]
        return Span(piece.start_char, piece.end_char, piece.text)

    def tokens_of(self, mention: Mention) -> SpacySpan | None:
        """The tokens a mention covers (its ``.root`` is where titles, possessives and appositions attach)."""
        # asked of the same mentions again and again (every extractor, every retyping): found once per span
        where = (mention.span.start, mention.span.end)
        if where not in self._tokens_of_span:
            self._tokens_of_span[where] = self.doc.char_span(where[0], where[1], alignment_mode="expand")
        return self._tokens_of_span[where]

    def token_span(self, token: Token) -> Span:
        """The character span of one token."""
        return Span(token.idx, token.idx + len(token.text), token.text)

    def sentence(self, token: Token) -> Span:
        """The evidence sentence of ``token`` (computed once per sentence: ``Token.sent`` scans the parse)."""
        return self._sentences[self._sentence_of[token.i]]

    def sentence_tokens(self, token: Token) -> SpacySpan:
        """The tokens of ``token``'s sentence (from the sentence index built once, not ``Token.sent``)."""
        number = self._sentence_of[token.i]
        starts = self._sentence_starts
        end = starts[number + 1][0] if number + 1 < len(starts) else len(self.doc)
        return self.doc[starts[number][0] : end]

    def passage_tokens(self, token: Token) -> SpacySpan:
        """The tokens of ``token``'s sentence and the one before it (reaching over a verbless fragment: see
        :meth:`_window`)."""
        return self.doc[self._window(token)[0] : self.sentence_tokens(token).end]

    @cached_property
    def _sentence_of(self) -> list[int]:
        index = [0] * len(self.doc)
        for number, sent in enumerate(self.doc.sents):
            index[sent.start : sent.end] = [number] * (sent.end - sent.start)
        return index

    @cached_property
    def _sentence_starts(self) -> list[tuple[int, int]]:
        return [(sent.start, sent.start_char) for sent in self.doc.sents]

    @cached_property
    def _sentences(self) -> list[Span]:
        found = []
        for sent in self.doc.sents:
            # spaCy sentences may end in a paragraph break; keep the evidence tight
            text = self.text[sent.start_char : sent.end_char].rstrip()
            found.append(Span(sent.start_char, sent.start_char + len(text), text))
        return found

    def phrase(self, token: Token) -> Span:
        """The full phrase a token heads (its subtree, punctuation trimmed at the edges)."""
        tokens = [t for t in token.subtree]
        while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
            tokens.pop(0)
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
            tokens.pop()
        if not tokens:
            return Span(token.idx, token.idx + len(token.text), token.text)
        return self.span(tokens[0].i, tokens[-1].i + 1)

    # -- arguments -------------------------------------------------------------
    def entity_at(self, token: Token) -> Mention | None:
        """The named-entity mention containing ``token``, if any."""
        return self._ent_of_token.get(token.i)

    def argument(self, token: Token) -> Mention | None:
        """What a dependent token stands for as the argument of a relation.

        A named entity if the token is in one (or heads a title phrase such as
        "leader" in "North Korean leader Kim Jong-un" — there the name is used);
        a person for he/him/his/she/her (the nearest preceding person); a
        document for "a 2014 U.N. report"; otherwise the noun phrase itself
        (``Thing``/``Group``), or None for pronouns and empty words.
        """
        if (mention := self.entity_at(token)) is not None:
            return self._titled_after(mention) or mention
        lower = token.lower_
        if self.open_arguments and (token.pos_ not in {"NOUN", "PROPN"} or lower in NOT_ARGUMENTS):
            return Mention(self.phrase(token), "Thing")
        if token.pos_ == "PRON" or lower in NOT_ARGUMENTS:
            types: frozenset[str] | None = None
            if lower in PRONOUNS_PERSON:
                types = PERSON
            elif lower in PRONOUNS_PLURAL:
                types = ORGANISATION
            elif lower in {"it", "its"} and token.dep_ != "expl" and token.head.pos_ != "AUX":
                # "Aer Lingus said it will receive ...": an organisation; "it is unclear" is nothing
                types = ORGANISATION
            return None if types is None else self._referent(token, types)
        if (kind := DEFINITE_DESCRIPTIONS.get(token.lemma_.lower())) is not None and \
                [c.lower_ for c in token.children if c.dep_ not in {"punct", "relcl", "acl", "appos"}] == ["the"]:
            # "the company said": the organisation just named, not a new thing called "company"; "The company, Lake
            # Resources Inc, was established by North": the one its apposition names
            appositions = [m for c in token.children if c.dep_ == "appos" and (m := self.entity_at(c)) is not None
                           and m.type in {"Person", "Organization", "Place"}]
            if appositions:
                return appositions[0]
            if self.antecedent(token, kind) is not None:
                return self._referent(token, kind)
            return self.noun_phrase(token)
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        for child in token.children:
            # "leader Kim Jong-un", "the notorious outlaw Jesse James", "the company, Apple":
            # a description followed by the name of what it describes stands for that name
            named = self.entity_at(child)
            if named is None or named.type not in {"Person", "Organization", "Place"}:
                continue
            if child.dep_ == "appos" or child.dep_ == "compound" and (
                    child.i > token.i or token.lemma_.lower() in PERSON_TITLES and named.type == "Person"):
                return named
        if token.lemma_.lower() in _UNIT_NOUNS and token.tag_ == "NN" and any(c.dep_ == "poss" for c in token.children):
            # "sold its Star Oil and Gas Ltd unit", "its Travelers Life & Annuity insurance arm": the unit the noun
            # names (the name hangs on the noun or on a lower-case word of its kind); without the owner's possessive
            # the name is the owner's ("owned by Fujitsu subsidiary, Fujitsu America Inc", "two Chase Manhattan Corp
            # units")
            kinds = [c for c in token.lefts if c.dep_ in {"compound", "amod"} and c.is_lower]
            named_units = [m for word in (token, *kinds) for c in word.lefts if c.dep_ in {"compound", "nmod"}
                           and (m := self.entity_at(c)) is not None and m.type == "Organization"]
            if len(set(named_units)) == 1:
                return named_units[0]
        return self.noun_phrase(token)

    def written_as_a_town(self, name: Mention) -> bool:
        """Whether a "firm" is written as towns are, its state's abbreviation after a comma, with no word of a body
        in its name: "a subsidiary of (Citizens Bancshares Co) of Chillicothe, Mo." (the NER's firm "Chillicothe";
        not "Victor Federal Savings and Loan Association of Muskogee, Okla."), or its state in full before the noun
        the pair describes ("a Corpus Christi, Texas refinery", "its Corpus Christi, Texas, oil refinery")."""
        tokens = self.tokens_of(name)
        if name.type != "Organization" or tokens is None or tokens.end + 1 >= len(self.doc) \
                or self.doc[tokens.end].text != ",":
            return False
        state = self.entity_at(self.doc[tokens.end + 1])
        words = name.span.text.lower().replace(".", "").split()
        if state is None or us_state(state.span.text) is None or "of" in words \
                or any(word in ORGANISATION_CUES for word in words):
            return False
        state_tokens = self.tokens_of(state)
        after = state_tokens.end if state_tokens is not None else len(self.doc)
        if after + 1 < len(self.doc) and self.doc[after].text == ",":
            after += 1  # "its Corpus Christi, Texas, oil refinery": the state between commas
        # a state written in full, when the pair describes a noun after it: "a Corpus Christi, Texas refinery"
        return "." in state.span.text or after < len(self.doc) and self.doc[after].pos_ == "NOUN" \
            and self.doc[after].is_lower

    def _titled_after(self, body: Mention) -> Mention | None:
        """The person a body's title right after its name introduces, when the parse took the body for the argument:
        "talks with ... and International Monetary Fund (IMF) head Michel Camdessus" (the talks were with him)."""
        tokens = self.tokens_of(body)
        if body.type != "Organization" or tokens is None:
            return None
        after = tokens.end
        if after + 2 < len(self.doc) and self.doc[after].text == "(" and self.doc[after + 2].text == ")":
            after += 3  # its acronym in brackets
        if after + 1 >= len(self.doc) or self.doc[after].lemma_.lower() not in PERSON_TITLES \
                or self.doc[after].ent_type_:
            return None
        person = self.entity_at(self.doc[after + 1])
        return person if person is not None and person.type == "Person" else None

    def noun_phrase(self, token: Token) -> Mention | None:
        """The noun phrase headed by ``token`` as a Document, Group or Thing mention."""
        left = token.left_edge.i
        # keep only the pre-modifiers: "human rights groups", "a 2014 U.N. report" (the tokens, dependencies and
        # lower-case words made once per document, not again for each phrase)
        deps, lowers = self.deps, self.lowers
        tokens = [t for t in self.tokens[left : token.i + 1] if deps[t.i] != "punct" and not t.is_space]
        while tokens and lowers[tokens[0].i] in _STRIP_LEADING:
            tokens.pop(0)
        if not tokens:
            return None
        span = self.span(tokens[0].i, token.i + 1)
        lemma = token.lemma_.lower()
        if lemma in DOCUMENT_NOUNS:
            kind: EntityType = "Document"
        elif token.tag_ in {"NNS", "NNPS"}:
            kind = "Group"
        else:
            kind = "Thing"
        return Mention(span, kind)

    def antecedent(self, token: Token, types: frozenset[str] = frozenset({"Person"})) -> Mention | None:
        """What a pronoun or a definite description refers to, or None if unsure.

        Looks back over this and the previous sentence for mentions of the
        right types: the nearest one earlier in the same sentence; else the
        previous sentence's subject ("Trump has disregarded ... Kim Jung-un.
        His silence ..." -> Trump), else its nearest one. Nothing further
        back: a guess there does more harm than good.
        """
        candidates = self._candidates(token, types)
        reporter = self._reporting_subject(token, types)
        if reporter is not None:
            return reporter  # "Umbro, which lost deals with Chelsea and Celtic, said it had signed ..."
        if not candidates:
            return None
        in_sentence = [m for m in candidates if m.span.start >= self.sentence(token).start]
        if in_sentence:
            return in_sentence[-1]  # "Louis Gallois, the Airbus chief executive, said the company ..."
        subjects = [m for m in candidates if self._mention_dep.get(m) in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[-1]
        if types == ORGANISATION:
            # "the firm", "it" with no subject to follow: the company the article is about so far
            return self._most_mentioned(types, token.idx) or candidates[-1]
        return candidates[-1]

    def _referent(self, token: Token, types: frozenset[str]) -> Mention | None:
        """The antecedent when it is certain, else the words themselves as an unresolved reference.

        An unresolved reference ("he" with two men named just before) is a ``Thing``
        mention of the pronoun or description: the relation it is in stays an open
        statement with its words, never an edge to a guessed person.
        """
        found = self.antecedent(token, types)
        if found is not None and found.span.start >= self._window(token)[1] and self.certain(token, types):
            return found  # sure, and of the window certain() counted in (not the article's main company)
        words = self.noun_phrase(token) if token.pos_ in {"NOUN", "PROPN"} else None
        span = words.span if words is not None else self.token_span(token)
        return Mention(span, "Thing", UNRESOLVED)

    def certain(self, token: Token, types: frozenset[str] = frozenset({"Person"})) -> bool:
        """Whether :meth:`antecedent` is sure for ``token``, by its own measure.

        Sure when the reporting subject gives it ("X said it would ..."), or when one
        thing of the right type is named in the window the antecedent looks at (this
        sentence up to the token and the sentence before): "Trump ... Kim ... His
        silence" has two men, so "his" stays unresolved.
        """
        if self._reporting_subject(token, types) is not None:
            return True
        if token.lower_ in PRONOUNS_PLURAL and self._names_joined_before(token):
            return False  # "Britain and Denmark oppose the tax ... They are supported by West Germany": "they" may be
            # the two names joined, whatever their type, not the one organisation named near them
        candidates = self._candidates(token, types)
        if candidates and self._pronoun_subject_before(token, types, candidates[-1].span.start):
            return False  # "He went on to appear in 1947's Nicholas Nickleby. He married ...": the second "he" is
            # the first one's, whoever that is, not the name named after it
        names = [m.span.text.casefold().split() for m in candidates]
        full = {tuple(n) for n in names if len(n) > 1}
        # a surname alone is the full name it ends or starts ("Trump" in "Donald Trump"); a firm's first word is its
        # name with legal or generic endings ("ICI Corp"), not a unit named after it ("ICI Pharma", a new company)
        distinct = full | {tuple(n) for n in names if len(n) == 1 and not any(
            n[0] in f and (types != ORGANISATION or f[0] == n[0] and all(
                w.rstrip(".") in COMPANY_SUFFIXES or w in ORGANISATION_CUES or w in _NAME_TAILS for w in f[1:]))
            for f in full)}
        return len(distinct) == 1 and not self._competing_noun(token, types, self._window(token)[0])

    def _names_joined_before(self, token: Token) -> bool:
        """Whether two names joined by "and" stand in ``token``'s window before it ("Britain and Denmark")."""
        return any(t.dep_ == "conj" and (joined := self.entity_at(t)) is not None
                   and (first := self.entity_at(t.head)) is not None and joined != first
                   for t in self.doc[self._window(token)[0] : token.i])

    def _pronoun_subject_before(self, token: Token, types: frozenset[str], before: int) -> bool:
        """Whether a pronoun of the same kind as ``token`` is a subject in its window before character ``before``."""
        kind = PRONOUNS_PERSON if types == PERSON else PRONOUNS_PLURAL | {"it"}
        return any(t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in kind and t.idx < before
                   for t in self.doc[self._window(token)[0] : token.i])

    def _window(self, token: Token) -> tuple[int, int]:
        """(first token, first character) of what a reference looks back over: its sentence and the one before; a
        "sentence" without a verb is the parser's cut of the one before it ("... a plant it owns jointly with EI" |
        "du Pont de Nemours Co." | "The company said ..."), so the window reaches over it."""
        number = max(self._sentence_of[token.i] - 1, 0)
        while number > 0 and not self._sentence_has_verb[number]:
            number -= 1
        return self._sentence_starts[number]

    @cached_property
    def _sentence_has_verb(self) -> list[bool]:
        return [any(t.pos_ in {"VERB", "AUX"} for t in sent) for sent in self.doc.sents]

    def _candidates(self, token: Token, types: frozenset[str]) -> list[Mention]:
        """The mentions of ``types`` in ``token``'s window before it; for an object pronoun, not its clause's
        subject ("Sirhan shot him"); for a speech verb's subject, none when the clause it reports names one of them
        (below)."""
        start = self._window(token)[1]
        found = [m for m in self._mentions_within(start, token.idx) if m.type in types
                 or types == ORGANISATION and m.type == "Place" and self._named_as_firm(m)]
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS:
            # who says a clause is not one that clause names as a party, and when it names one of the kind, the
            # speaker is left open rather than taken from the rest: "The plant ... will be operated by du Pont, the
            # company said" (Olin, which owns it with du Pont), "a bill introduced by Democratic Senator Lloyd
            # Bentsen, he said"; a possessive there may be the speaker's own ("the sale of some of Gelco's business
            # units, it said")
            reported = [c for c in token.head.children if c.dep_ in {"ccomp", "parataxis"}]
            parties = {t.i for clause in reported for t in clause.subtree if t.dep_ != "poss"}
            if any((span := self.tokens_of(m)) is not None and span.root.i in parties for m in found):
                return []
        if token.dep_ in {"dobj", "dative", "pobj"}:
            verb = token.head.head if token.dep_ == "pobj" else token.head
            subjects = {self.entity_at(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
            found = [m for m in found if m not in subjects]
        return found

    def _competing_noun(self, token: Token, types: frozenset[str], window_start: int) -> bool:
        """Whether a common noun that could also be the antecedent stands between the last fitting name
        and ``token``: "Volcker called on educators ... and urged them" (them = the educators);
        "Trump met the minister. He said" (he may be the minister); for a person, a name the NER missed too."""
        last = max((m.span.end for m in self._mentions_within(self.doc[window_start].idx, token.idx)
                    if m.type in types), default=None)
        if last is None:
            return False
        plural = token.lower_ in PRONOUNS_PLURAL
        for noun in self.doc[window_start : token.i]:
            if noun.idx < last or noun.i in self._ent_of_token or \
                    noun.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"} or noun.is_ancestor(token):
                continue  # (a phrase holding the pronoun is not what it stands for: "a new version of its browser")
            if types == PERSON and noun.pos_ == "PROPN" and noun.is_title and not noun.is_sent_start:
                return True  # "the start of a liaison for Bening - she married Beatty": a name the NER missed
            if noun.pos_ != "NOUN":
                continue
            if types == PERSON and noun.lemma_.lower() in PERSON_TITLES:
                return True
            if types == ORGANISATION and (noun.tag_ in {"NNS", "NNPS"}) == plural:
                return True
        return False

    def _mentions_within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside characters ``[start, end)``, in article order (found by bisection: a scan of
        every mention per pronoun was quadratic in article length)."""
        starts, order = self._mentions_by_start
        positions = sorted(order[bisect_left(starts, start) : bisect_left(starts, end)])
        return [m for m in (self.mentions[p] for p in positions) if m.span.end <= end]

    def _named_as_firm(self, place: Mention) -> bool:
        """Whether a "place" is written as the article writes a firm it names with a legal suffix: "Owens-Illinois said
        ..." after "Owens-Illinois Inc said" (the NER's GPE). It may be the firm, so a pronoun near it has two firms to
        stand for ("... shares of Brockway have been tendered. It said it and Brockway are preparing")."""
        return place.span.text.casefold() in self._firms_without_suffix

    @cached_property
    def _firms_without_suffix(self) -> frozenset[str]:
        """The article's firms' names written with a legal suffix, without it, case-folded."""
        names = set()
        for firm in self.mentions:
            words = firm.span.text.split()
            if firm.type == "Organization" and len(core := without_legal_suffixes(words)) < len(words):
                names.add(" ".join(core).casefold())
        return frozenset(names)

    @cached_property
    def _mentions_by_start(self) -> tuple[list[int], list[int]]:
        order = sorted(range(len(self.mentions)), key=lambda p: self.mentions[p].span.start)
        return [self.mentions[p].span.start for p in order], order

    def _most_mentioned(self, types: frozenset[str], before: int) -> Mention | None:
        """The most often named entity of ``types`` before ``before`` (its latest mention); ties: the latest.

        Counts over the mentions up to the first that ends after ``before``; the answer for every such
        prefix is tallied once per ``types``, so a lookup is a bisection."""
        ends, answers = self._most_mentioned_prefixes(types)
        return answers[bisect_right(ends, before)]

    def _most_mentioned_prefixes(self, types: frozenset[str]) -> tuple[list[int], list[Mention | None]]:
        """(the running maximum of the mentions' ends; the answer for the first k mentions, for every k)."""
        cached = self._prefix_memo.get(types)
        if cached is not None:
            return cached
        counts: dict[str, int] = {}
        latest: dict[str, Mention] = {}
        best: str | None = None
        ends: list[int] = []
        answers: list[Mention | None] = [None]
        for mention in self.mentions:
            ends.append(max(ends[-1], mention.span.end) if ends else mention.span.end)
            if mention.type in types:
                name = mention.span.text.casefold()
                counts[name] = counts.get(name, 0) + 1
                latest[name] = mention
                # only this name's score grew: it is the best now, or the best stays
                if best is None or (counts[name], mention.span.start) > (counts[best], latest[best].span.start):
                    best = name
            answers.append(latest[best] if best is not None and counts[best] > 1 else None)
        self._prefix_memo[types] = (ends, answers)
        return ends, answers

    def _reporting_subject(self, token: Token, types: frozenset[str]) -> Mention | None:
        """For the subject of a reported clause, the one who reports it: "X said it would ..." -> X."""
        if token.dep_ not in {"nsubj", "nsubjpass", "poss"}:
            return None
        clause = token.head if token.dep_ != "poss" else token.head.head
        if clause.dep_ != "ccomp":
            return None
        for child in clause.head.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i < token.i:
                mention = self.entity_at(child)
                if mention is not None and mention.type in types:
                    return mention
        return None

    # -- where and when --------------------------------------------------------
    def after_the_article(self, time: TimeValue) -> bool:
        """Whether ``time`` lies after the article's date (what is dated then has not happened when it was
        written); False without a date to compare."""
        if self.anchor is None:
            return False
        lexical = {"date": self.anchor.isoformat(), "dateTime": self.anchor.isoformat(),
                   "gYearMonth": self.anchor.isoformat()[:7],
                   "gYear": str(self.anchor.year)}.get(time.datatype)
        return lexical is not None and time.value[: len(lexical)] > lexical

    def place_and_time(self, *heads: Token) -> tuple[Mention | None, TimeValue | None]:
        """A place and a time attached to the heads (a verb, an event noun).

        The place may hang off the head or off its object ("assemble the planes
        in Mobile, Alabama"); the time only off the head itself (a date inside
        the object, "last year's profits", is the object's, not the event's).
        """
        place: Mention | None = None
        time: TimeValue | None = None
        for head in heads:
            holders = [head] + [c for c in head.children if c.dep_ in {"dobj", "attr", "oprd"}]
            for holder in holders:
                for prep in (c for c in holder.children if c.dep_ == "prep"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        mention = self.entity_at(pobj)
                        if place is None and mention is not None and mention.type == "Place" \
                                and prep.lower_ in PLACE_PREPS:
                            place = mention
                        if time is None and holder == head and pobj.ent_type_ == "DATE":
                            time = self.time_at(pobj)
            for child in head.children:
                if time is None and child.ent_type_ == "DATE" and child.dep_ in _DATE_DEPS:
                    time = self.time_at(child)
        return place, time

    def time_at(self, token: Token) -> TimeValue | None:
        """The normalised date of the DATE entity ``token`` is in, or None."""
        ent = self._date_entity_of_token.get(token.i)
        return normalize_time(ent.text, self.anchor) if ent is not None else None

    @cached_property
    def _date_entity_of_token(self) -> dict[int, SpacySpan]:
        # built once: Doc.ents makes a new tuple of spans on every access, and a scan per lookup was
        # quadratic in article length
        found: dict[int, SpacySpan] = {}
        for ent in self.doc.ents:
            if ent.label_ == "DATE":
                for index in range(ent.start, ent.end):
                    found.setdefault(index, ent)
        return found

    # -- modality --------------------------------------------------------------
    def modality(self, verb: Token) -> str:
        """Why the clause of ``verb`` is not stated as a fact, or "" when it is.

        ``negated`` ("did not meet", "never met", "denied meeting", "refused to sign");
        ``hedged`` with its reason: a modal or future ("may buy", "will meet"), a plan,
        hope or schedule ("plans to meet", "is set to unveil", "is scheduled to fight",
        "agreed to buy"), a condition ("if Barclays buys"), a question, or a claim the
        article does not make its own ("alleged that ...", "reportedly"). A relation
        with a modality is an open statement, never an edge of the entity graph.
        """
        if any(child.dep_ == "neg" for child in verb.children):
            return "negated"
        if any(child.lower_ in HEDGES for child in verb.children if child.dep_ in {"aux", "advmod"}):
            return "hedged: modal"
        if any(child.lemma_.lower() in FUTURE_AUX for child in verb.children if child.dep_ in {"aux", "auxpass"}):
            return "hedged: future"
        sentence = self.sentence(verb).text.rstrip("\"'\u201d\u2019 ")
        if sentence.endswith("?"):
            return "hedged: question"
        if verb.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children) \
                and verb.dep_ in {"advcl", "relcl"} and (verb.head.lemma_.lower() in _TIME_NOUNS or any(
                    c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in _WHEN_FUTURE_AUX
                    for c in verb.head.children) or any(c.dep_ == "advmod" and c.lower_ in {"later", "next"}
                                                        for c in verb.children)):
            return "hedged: future"  # "will be explained this week when Miyazawa visits Washington", "would take it
            # with him when he visits Washington later in the month": not yet
        if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
                verb.dep_ in {"ROOT", "dep", "parataxis"}
                or verb.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)):
            return "hedged: to"  # "competed against Kohlberg, Kravis to acquire Safeway" (the parse's loose "dep"),
            # "Chrysler to buy American Motors" (a headline's plan), "urged the White House to name Commissioner Kalo
            # Hineman to replace outgoing Chairman Susan Phillips, sources said" (the parse's clause of "said", with
            # its own subject): an infinitive states no deed
        if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in verb.children):
            return "hedged: purpose"  # "Whipple, here to attend the Geneva Auto Show which opens on Thursday": what he
            # came for, not what he did
        if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
            # a conjunct without its own subject or auxiliary shares its head's: "Penhale will control and manage
            # Multi-Step" (the "will")
            shared = [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"}]
            if any(c.lower_ in HEDGES for c in shared):
                return "hedged: modal"
            if any(c.lemma_.lower() in FUTURE_AUX for c in shared):
                return "hedged: future"
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with" \
                and any(c.dep_ == "nsubj" for c in verb.children):
            return "hedged: circumstance"  # "with Greenspan heading the Fed, I'm afraid ...": a circumstance the
            # sentence supposes (here of a man only nominated), not one it states
        clause = verb
        for _ in range(6):
            head = clause.head
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if clause.dep_ in {"advcl", "ccomp"} and marks & CONDITIONAL_MARKS:
                return "hedged: condition"
            if clause.dep_ == "advcl" and marks & _TIME_MARKS and any(
                    c.dep_ in {"aux", "auxpass"} and (c.lower_ in HEDGES or c.lemma_.lower() in FUTURE_AUX)
                    for c in head.children):
                return "hedged: future"  # "would not take place until at least one year after Amoco acquired
                # Dome": a time the sentence supposes, not a deed it reports
            if clause.dep_ in {"acl", "ccomp", "relcl"} and head.pos_ == "NOUN" and head.lower_ in REPORT_NOUNS:
                return f"hedged: {head.lower_}"  # "reports that Barclays had held merger talks"
            if clause.dep_ in {"acl", "relcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                return "hedged: to"  # "the perfect choice to succeed him", "a bid to buy"
            if clause.dep_ in {"xcomp", "ccomp", "advcl", "pcomp", "acl"} and head is not clause:
                lemma = head.lemma_.lower()
                if lemma in DENIAL_VERBS:
                    return "negated"
                if clause.dep_ == "xcomp" and lemma not in FACTIVE_CONTROL:
                    # "plans to meet", "set to unveil", "due to sign", "agreed to buy", "failed to win"
                    return f"hedged: {lemma} to"
                if clause.dep_ == "xcomp":  # "will start taking over Sayam Bank": the factive verb's own future
                    auxiliaries = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
                    if any(c.lower_ in HEDGES for c in auxiliaries):
                        return "hedged: modal"
                    if any(c.lemma_.lower() in FUTURE_AUX for c in auxiliaries):
                        return "hedged: future"
                if clause.dep_ == "ccomp" and lemma in CLAIM_VERBS:
                    return f"hedged: {lemma}"
                if any(c.dep_ == "neg" for c in head.children) and clause.dep_ in {"xcomp", "ccomp"}:
                    return "negated"  # "did not say that he met"
            if clause.dep_ not in {"xcomp", "ccomp", "conj", "advcl", "pcomp", "acl", "relcl"} or head is clause:
                break
            clause = head
        return ""

    def negated(self, verb: Token) -> bool:
        return self.modality(verb) == "negated"

    def hedged(self, verb: Token) -> bool:
        return self.modality(verb).startswith("hedged")

    def article_company(self, token: Token, *, nearby: bool = False) -> Mention | None:
        """The company the article is about, if one clearly is: named at least three times and at least
        twice as often as any other organisation (a short name counts for the full one it begins:
        "Glaxo" for "GlaxoSmithKline plc"). Its latest mention before ``token``, or None. ``nearby``: only
        a mention in ``token``'s sentence or the one before, and None when those name another organisation
        (a spokesman speaks for whoever the passage is about: "As far as Intellect is concerned," said
        spokeswoman Jill Sutherland, in an article about Microsoft)."""
        counts, latest = self._company_counts
        best = _dominant(counts, at_least=3)
        if best is None:
            return None
        lead = self._lead_speaker
        if lead is not None and lead not in latest[best]:
            # "Texas Commerce Bancshares Inc said its shareholders approved the merger of the bank with Chemical New
            # York Corp": a wire story's "the company" and its bare titles are the lead sentence's speaker's, though
            # Chemical is named more often; the two disagree, so no company is sure
            return None
        window_start = 0
        if nearby:
            window_start = self._window(token)[1]  # (the one before: reaching over a verbless fragment)
            window_end = self.sentence(token).end
            own = set(latest[best])
            starts_of, organisations = self._organisations_by_start
            if any(m not in own for m in organisations[bisect_left(starts_of, window_start):
                                                       bisect_left(starts_of, window_end)]):
                return None
        mentions = [m for m in latest[best] if window_start <= m.span.start < token.idx]
        return mentions[-1] if mentions else None

    def organisation_named_by(self, word: Token) -> Mention | None:
        """The organisation named before ``word`` by ``word`` itself (an "IMF" the NER missed here and found
        before) or whose name's head word ``word`` is ("Forest" of "Nottingham Forest", "Association" of "the
        Association of Private Banks"), when exactly one is: its latest mention before ``word``; else None (two
        bodies with that head word: no guess)."""
        before = self.doc[word.i - 1] if word.i > 0 else None
        if word.lower_.rstrip(".") in COMPANY_SUFFIXES or before is not None and (
                before.is_title or before.is_upper or before.text in {")", "&", "-", "'s"}):
            return None  # "Salomon Brothers (Asia) Ltd economist": the end of a name the NER missed
        starts, organisations = self._organisations_by_start
        found: dict[str, Mention] = {}
        for mention in organisations[: bisect_left(starts, word.idx)]:
            words = mention.span.text.split()
            # "Sumitomo Bank Ltd": a bank
            head = without_legal_suffixes(words[: next((i for i, w in enumerate(words) if w in {"of", "for"}),
                                                       len(words))])
            if mention.span.text == word.text or len(words) > 1 and head and head[-1].casefold() == word.lower_:
                found[mention.span.text.casefold()] = mention
        # "Forest" after "Nottingham Forest": the short name is the long one's, one body
        names = [name for name in found if not any(other != name and other.endswith(" " + name) for other in found)]
        return found[names[0]] if len(names) == 1 else None

    def article_country(self, before: int, sentence: Span | None = None) -> Mention | None:
        """The country the article is about, if one clearly is: named (or given by its nationality
        word, "Japanese") at least twice and at least twice as often as any other country. Its latest
        mention before ``before``, or None: an office without its
        country ("Finance Minister X") is read against it, never guessed when the article is about several.
        With ``sentence``, the sentence must name that country and no other, or, in a story filed from the
        country it is about (:meth:`_home_story`), name no country at all."""
        counts, mentions = self._country_counts
        best = _dominant(counts, at_least=2)
        if best is None:
            return None
        if sentence is not None:
            # ``sentence`` must name that country and no other, and not only as another's or as a party the office
            # holder deals with
            named = {country for country, found in mentions.items()
                     if any(sentence.start <= m.span.start < sentence.end for m in found)}
            if not named and self._home_story(counts):
                pass  # "Finance Minister Beshir Omar, presenting plans to parliament last night, put the budget
                # deficit at ...", filed from Khartoum in a story about Sudan: the wire names its own country's
                # offices bare, in every sentence
            elif named != {best} or all(self._a_party_s_country(m) for m in mentions[best]
                                        if sentence.start <= m.span.start < sentence.end):
                return None
        earlier = [m for m in mentions[best] if m.span.start < before]
        if not earlier and sentence is not None:  # "Finance Minister Kiichi Miyazawa said Japan ...": named after it
            earlier = [m for m in mentions[best] if sentence.start <= m.span.start < sentence.end][:1]
        return earlier[-1] if earlier else None

    def _home_story(self, counts: dict[str, int]) -> bool:
        """Whether the story is filed from the country it is about: its dateline's country (:attr:`home_country`)
        is named at least twice and twice as often as any other, and is no federation (:data:`FEDERATIONS`)."""
        return self.home_country is not None and self.home_country not in FEDERATIONS \
            and _dominant(counts, at_least=2) == self.home_country

    def _a_party_s_country(self, country: Mention) -> bool:
        """Whether a country's mention names another's office or a party the sentence's subject deals with: "will meet
        U.S. Agriculture Secretary Richard Lyng", "will advise Brazil to take up discussions" (a minister of neither).
        """
        tokens = self.tokens_of(country)
        if tokens is None:
            return False
        root = tokens.root
        if root.dep_ in {"dobj", "dative", "iobj"} or root.dep_ == "pobj" and root.head.head.pos_ == "VERB" \
                and root.head.lower_ in {"with", "to", "against", "from"}:
            return True  # ("talks with Brazil"; "conferences will be held across Canada" is the minister's own)
        if root.dep_ == "pobj" and root.head.lower_ in {"in", "from", "to"} and root.head.head.pos_ == "NOUN" \
                and root.head.head.lemma_.lower() not in PERSON_TITLES:
            return True  # "Attorney General Janet Reno ... who want to send the child back to his father in Cuba":
            # where another is
        holder = root.head
        return root.dep_ in {"compound", "amod", "nmod"} and (
            holder.lemma_.lower() in PERSON_TITLES or holder.ent_type_ == "PERSON"
            or any(c.lemma_.lower() in PERSON_TITLES and c.dep_ == "compound" for c in holder.children))

    @cached_property
    def _country_counts(self) -> tuple[dict[str, int], dict[str, list[Mention]]]:
        counts: dict[str, int] = {}
        mentions: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            if mention.ner_label not in {"GPE", "NORP"}:
                continue
            name = " ".join(mention.span.text.casefold().replace(".", "").split())
            country = DEMONYMS.get(name) or CANONICAL_NAMES.get(name) or (name.title() if name.title() in COUNTRIES
                                                                        else None)
            if country is None or country not in COUNTRIES:
                continue
            counts[country] = counts.get(country, 0) + 1
            mentions.setdefault(country, []).append(mention)
        return counts, mentions

    @cached_property
    def _organisations_by_start(self) -> tuple[list[int], list[Mention]]:
        found = sorted((m for m in self.mentions if m.type == "Organization"), key=lambda m: m.span.start)
        return [m.span.start for m in found], found

    @cached_property
    def _lead_speaker(self) -> Mention | None:
        """The organisation that speaks in the article's first sentence ("Chemical Fabrics Corp said ..."), if any."""
        if not len(self.doc):
            return None
        root = self.sentence_tokens(self.doc[0]).root
        if root.lemma_.lower() not in {"say", "announce", "report"}:
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        found = None if subject is None else self.entity_at(subject)
        return found if found is not None and found.type == "Organization" else None

    @cached_property
    def _company_counts(self) -> tuple[dict[str, int], dict[str, list[Mention]]]:
        # (a party is no company: "Chairman Alan Gibbs" of a state corporation, in an article about Labour)
        organisations = [m for m in self.mentions if m.type == "Organization" and not a_party(m.span.text)]
        full = sorted({m.span.text.casefold() for m in organisations}, key=len, reverse=True)

        def key(mention: Mention) -> str:
            name = mention.span.text.casefold()
            first = name.split()[0] if name.split() else name
            return next((f for f in full if f != name and f.split()[0] == first and len(name.split()) == 1), name)

        counts: dict[str, int] = {}
        latest: dict[str, list[Mention]] = {}
        for mention in organisations:
            k = key(mention)
            counts[k] = counts.get(k, 0) + 1
            latest.setdefault(k, []).append(mention)
        return counts, latest

    @cached_property
    def tokens(self) -> list[Token]:
        """The document's tokens, made once: spaCy builds a new Token object on every iteration of a Doc,
        and every extractor walks them."""
        return list(self.doc)

    # The tokens' words and tags, by token index, read once per document: each read of a Token's string attribute is
    # a lookup in the string store, and the extractors' scans of every token asked them of every token again (a
    # dozen scans an article). A scan reads these first and the Token only for the few it keeps.
    @cached_property
    def lowers(self) -> list[str]:
        """Every token's ``lower_``."""
        return [token.lower_ for token in self.tokens]

    @cached_property
    def lemmas(self) -> list[str]:
        """Every token's ``lemma_.lower()``."""
        return [token.lemma_.lower() for token in self.tokens]

    @cached_property
    def poses(self) -> list[str]:
        """Every token's ``pos_``."""
        return [token.pos_ for token in self.tokens]

    @cached_property
    def deps(self) -> list[str]:
        """Every token's ``dep_``."""
        return [token.dep_ for token in self.tokens]

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The last words of the article's full personal names ("Ranieri" of "Claudio Ranieri")."""
        return frozenset(m.span.text.split()[-1] for m in self.mentions if m.type == "Person" and " " in m.span.text)

    @cached_property
    def team_sport(self) -> bool:
        """Whether the sport is played by teams (a country's player plays for its side; a runner is a national)."""
        if not self.sport:
            return False
        lemmas = set(self.lemmas) | set(self.lowers)
        return bool(lemmas & TEAM_SPORT_WORDS) or len(lemmas & SHARED_TEAM_WORDS) >= 3 \
            and not lemmas & SOLO_SPORT_WORDS

    @cached_property
    def sport(self) -> bool:
        """Whether the article reads as sport news (three different sport words or more), where titles mean teams."""
        words = SPORT_WORDS | PLAYER_TITLES
        # common nouns only: "try", "draw", "final" and "international" are sport words as nouns ("a late
        # try"), not as verbs, adjectives or in names ("tries to", "the final cut", "Screen International")
        found = {lemma for token, lower, lemma, pos in zip(self.tokens, self.lowers, self.lemmas, self.poses)
                 if (lower in words or lemma in words)
                 and (pos == "NOUN" and not token.ent_type_ or lower in {"scored", "injured"})}
        # (a short report may name two: "the winger could be fit for the vital Stamford Bridge game", "the Champions
        # League match"; a player's position is sport's alone)
        return len(found) >= 3 or len(found) >= 2 and bool(found & _POSITIONS)

    @cached_property
    def quote_spans(self) -> list[tuple[int, int]]:
        """Character ranges inside double quotation marks (a quote may span sentences)."""
        text = self.text
        spans: list[tuple[int, int]] = []
        opening: int | None = None
        # only quotation marks and line breaks change anything: visit those, not every character
        for found in _QUOTE_MARK_OR_NEWLINE.finditer(text):
            index, char = found.start(), found.group()
            if char in "\"\u201c\u201d":
                if opening is None and char != "\u201d":
                    opening = index
                elif opening is not None and char != "\u201d" and _reopens(text, index):
                    # a mark that opens a sentence inside an open quote: the source dropped the closing mark
                    # ('good kicker week-out. "But it's all about pressure."' then narration), so the quote ends
                    # at the sentence before and a new one opens; pairing on would turn narration into a quote
                    spans.append((opening, len(text[:index].rstrip())))
                    opening = index
                elif opening is not None and char != "\u201c":
                    spans.append((opening, index + 1))
                    opening = None
            elif char == "\n" and opening is not None and text[index + 1 : index + 2] == "\n":
                # a paragraph ends an unclosed quote (news style: the next one reopens it)
                spans.append((opening, index))
                opening = None
        if opening is not None:
            spans.append((opening, len(text)))
        return spans


#: the characters :attr:`DocContext.quote_spans` looks at
_QUOTE_MARK_OR_NEWLINE = re.compile("[\"\u201c\u201d\n]")


#: players' positions, which no other news names: with one more sport word they make a report sport news
_POSITIONS = {"striker", "midfielder", "goalkeeper", "winger", "fly-half", "scrum-half", "flanker", "batsman", "bowler",
              "footballer", "wicketkeeper", "centre-back", "full-back", "playmaker"}


def _reopens(text: str, index: int) -> bool:
    """Whether the quotation mark at ``index`` can only open a quote: after a sentence's end and a space, before a
    word ('… week-out. "But'); a closing mark follows its last word or punctuation without a space."""
    before = text[max(0, index - 3):index]
    after = text[index + 1:index + 2]
    return len(before) == 3 and before[-1] == " " and before[-2] in ".!?" and after.isalnum()


def fold_words(words: list[str]) -> set[str]:
    """The words of a name, lower-cased, for comparison with the cue-word sets."""
    return {word.casefold() for word in words}


#: federations whose states or provinces have ministers, attorneys general and secretaries of their own ("Attorney
#: General Jim Mattox" of Texas, "Industry Minister Hugh O'Neil" of Ontario, "Chief Minister" of Sabah): a bare office
#: in a story filed there may be a state's, so the dateline settles none of theirs
FEDERATIONS = frozenset({"United States", "Canada", "Australia", "India", "Germany", "West Germany", "Malaysia",
                         "Brazil", "Mexico", "Argentina", "Venezuela", "Nigeria", "Pakistan", "Switzerland", "Austria",
                         "Belgium", "Russia", "Soviet Union", "Yugoslavia", "Ethiopia", "United Arab Emirates"})


def _dominant(counts: dict[str, int], at_least: int) -> str | None:
    """The key counted ``at_least`` times and at least twice as often as any other, or None."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < at_least or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


#: the last word of a company's legal name: "Monier Ltd of Australia" is Monier Ltd, of Australia
COMPANY_SUFFIXES = {"ltd", "inc", "corp", "co", "plc", "ag", "sa", "nv", "llc", "gmbh", "bv", "spa", "ab", "as",
                    "ltd.", "inc.", "corp.", "co.", "s.a.", "n.v.", "limited", "corporation",
                    "bhd", "berhad", "pty", "pte", "oy", "oyj", "kk", "srl", "sarl", "a/s"}  # ("Esso Malaysia Bhd")


def without_legal_suffixes(words: list[str]) -> list[str]:
    """A firm's name's words without the legal suffixes that end it, one word at least: "Sumitomo Bank Ltd" ->
    "Sumitomo Bank", "First Boston Inc" -> "First Boston"."""
    words = list(words)
    while len(words) > 1 and words[-1].casefold().rstrip(".") in COMPANY_SUFFIXES:
        words.pop()
    return words


def _runs_on_to_a_body(noun: Token) -> bool:
    """Whether a lower-case noun, or the nouns it compounds into, ends on an institution's head: "protection agency"."""
    while noun.lower_ not in _INSTITUTION_HEADS and noun.dep_ == "compound" and noun.head.i > noun.i \
            and noun.head.is_lower:
        noun = noun.head
    return noun.lower_ in _INSTITUTION_HEADS


def legal_suffixes_alone(words: list[str]) -> bool:
    """Whether a name is nothing but legal suffixes and the words that join them: "Co Inc", "Co and Inc" (what the
    NER keeps of "[Merrill Lynch and] Co Inc")."""
    return all(w.casefold().rstrip(".") in COMPANY_SUFFIXES or w.casefold() in {"and", "&"} for w in words)


def _legal_name(ent: SpacySpan) -> bool:
    """Whether a name of two words or more ends with a company's legal suffix written as one ("Mafina BV",
    "Petrofina SA", "Siemens AG"): a firm, whatever the NER took it for (a lower-case "as" or "co" is no suffix)."""
    last = ent[-1].text.replace(".", "")  # "A.S.", "N.V."
    return len(ent) > 1 and last[:1].isupper() and last.casefold() in COMPANY_SUFFIXES


def _one_firm_at_and(name: SpacySpan) -> bool:
    """Whether ``name`` is half of one firm's name the NER split at its "and": a one-word name, "and", then one
    capitalised word and a legal suffix ("Kleinwort and Benson Ltd", "Marks and Spencer Plc"), either half."""
    doc = name.doc

    def split_at(joint: int) -> bool:  # one word named before ``joint``, two after it (and perhaps a "'s")
        if not 1 <= joint < len(doc) - 2 or doc[joint].lower_ not in {"and", "&"}:
            return False
        first, second, suffix = doc[joint - 1], doc[joint + 1], doc[joint + 2]
        after = doc[joint + 3] if joint + 3 < len(doc) else None
        return first.ent_type_ == second.ent_type_ == "ORG" and first.ent_iob_ == second.ent_iob_ == "B" \
            and suffix.ent_iob_ == "I" and second.is_title \
            and suffix.text.replace(".", "").casefold() in COMPANY_SUFFIXES \
            and (after is None or after.ent_iob_ != "I" or after.tag_ == "POS")

    return len(name) == 1 and split_at(name.end) or split_at(name.start - 1)


def _first_mark(tokens: Iterable[Token], marks: set[str]) -> str | None:
    """The first of ``marks`` among ``tokens``, read in their order: which bracket a name's words reach first."""
    return next((t.text for t in tokens if t.text in marks), None)


def _wire_bracketed(ent: SpacySpan) -> bool:
    """Whether Reuters' angle brackets enclose the span: "<TDK Corp of America>" (the NER may keep the ">")."""
    doc = ent.doc
    opened = ent[0].text == "<" or ent.start > 0 and doc[ent.start - 1].text == "<"
    return opened and (ent[-1].text.endswith(">") or ent.end < len(doc) and doc[ent.end].text == ">")


#: the words between two sides' names that make the name a match's ("Chelsea v Birmingham")
FIXTURE_WORDS = {"v", "v.", "vs", "vs.", "versus"}
#: what may follow a comma inside one person's name ("Sammy Davis, Jr.")
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _listed_people(ent: SpacySpan) -> list[SpacySpan]:
    """One NER person span across a list's commas ("Replacements: Cairns, Lloyd, Broster ..." gives "Lloyd,
    Broster") as the names it joins; any other span as it is. A firm's name may hold commas ("Miller, Tabak,
    Hirsch and Co"); a person's holds one only before "Jr."."""
    if ent.label_ != "PERSON" or not any(t.text == "," for t in ent):
        return [ent]
    pieces: list[SpacySpan] = []
    start = ent.start
    for token in [*ent, None]:
        if token is None or token.text == ",":
            end = ent.end if token is None else token.i
            if end > start:
                pieces.append(SpacySpan(ent.doc, start, end, label="PERSON"))
            start = end + 1
    if ent[-1].lower_.rstrip(".") in COMPANY_SUFFIXES or any(t.lower_ in {"and", "&"} for t in ent) or any(
            piece.text.lower().rstrip(".") in _NAME_SUFFIXES | COMPANY_SUFFIXES | PERSON_TITLES
            or not piece[0].is_title for piece in pieces[1:]):
        return [ent]  # "Sammy Davis, Jr.", "Ashland Oil, Inc.", "Miller, Tabak, Hirsch and Co" (firms the NER took for
        # a man), "Smith, President": one name
    return pieces


def _company_of_place(ent: SpacySpan) -> list[SpacySpan]:
    """One NER span "Monier Ltd of Australia" as the company and its place (Reuters writes companies so);
    any other span as it is. "Bank of America" stays whole: no legal suffix before its "of"; so does "Hospital
    Corp of America": an American wire calls an American firm's country "U.S.", and "of America" ends names; and so
    does "Aluminum Co of Canada Ltd", a suffix after its place."""
    if ent.label_ != "ORG":
        return [ent]
    if len(ent) > 2 and ent[-1].lower_ == "of" and ent[-2].lower_ in COMPANY_SUFFIXES:
        return [SpacySpan(ent.doc, ent.start, ent.end - 1, label="ORG")]  # "[Monier Ltd of] [Australia]"
    for token in ent[1:-1]:
        if token.lower_ == "of" and token.nbor(-1).lower_ in COMPANY_SUFFIXES and token.i + 1 < ent.end \
                and token.nbor(-1).text not in {"Corporation", "Company"} \
                and not (token.nbor(1).lower_ != "the"
                         and all(t.lower_ in STATE_BODY_WORDS for t in ent[: token.i - ent.start - 1] if t.is_alpha)):
            # ("The Shipping Corporation of India": a suffix written out is the name's own word, no wire's place;
            # "Petroleum Corp of Jamaica", "Industrial Credit and Investment Corp of India": names of words any
            # state's firm could have, whose place is part of the name; "of the U.S." is the wire's nationality)
            place = SpacySpan(ent.doc, token.i + 1, ent.end, label="GPE")
            if place[-1].lower_.rstrip(".") in COMPANY_SUFFIXES:
                break  # "Aluminum Co of Canada Ltd": a legal suffix after the place ends one firm's name
            if (place[0].is_title or place[0].is_upper) \
                    and re.sub(r"['\u2019]s$", "", place.text.rstrip(">").strip()) != "America" \
                    and not _wire_bracketed(ent):  # ("<Exco International Plc of London>" is one name too; so is
                # "Hospital Corp of America's", a possessive)
                return [SpacySpan(ent.doc, ent.start, token.i, label="ORG"), place]
    return [ent]


#: last words of the names of institutions that many places have, whose place is part of the name: "Federal Home
#: Loan Bank [of Dallas]", "Rubber Research Institute [of Sri Lanka]", "Stock Exchange [of Hong Kong]" (so is a name
#: of words any state's firm could have: "United Bancorp [of Arizona]")
_PLACED_INSTITUTIONS = {"bank", "institute", "exchange", "university", "council", "board", "commission", "committee",
                        "association", "federation", "chamber", "museum", "academy", "college", "authority", "court"}


def _whole_names(doc: Doc, poses: list[str]) -> list[SpacySpan]:
    """The NER's names, with "X Bank" and a place right after it ("of Dallas", "of the Philippines") made one
    name: the place names which of its kind the institution is (its seat, a judge reads "Federal Home Loan Bank"
    alone as a name cut short); and a name with the legal suffixes the NER split from it ("S.G. Warburg and Co
    Inc"); ``poses``: every token's ``pos_`` (:attr:`DocContext.poses`)."""
    partnerships = _partners_names(doc, poses)  # in text order, apart: one pointer walks them beside the names
    ents = list(doc.ents)
    names: list[SpacySpan] = []
    index = partner = 0
    while index < len(ents):
        ent = ents[index]
        while partner < len(partnerships) and partnerships[partner].end <= ent.start:
            partner += 1
        whole = partnerships[partner] if partner < len(partnerships) and partnerships[partner].start <= ent.start \
            else None
        if whole is not None:
            # "Miller, Tabak [ORG], Hirsch and Co. [ORG]": one firm, whatever pieces the NER made of it
            if not names or names[-1] != whole:
                names.append(whole)
            index += 1
            continue
        place = ents[index + 1] if index + 1 < len(ents) else None
        if ent.label_ in {"ORG", "GPE", "PERSON"} and place is not None and place.label_ == "ORG" \
                and place.start == ent.end + 1 and doc[ent.end].text in {"and", "&"} \
                and all(t.lower_.rstrip(".") in COMPANY_SUFFIXES or i == 0 and t.lower_ in _PARTNERS_WORDS
                        for i, t in enumerate(place)):
            # "S.G. Warburg [GPE] and Co Inc [ORG]", "Laurie Milbank [PERSON] and Co", "N.M. Rothschild [PERSON] and
            # Sons Ltd [ORG]": one firm's name
            names.append(SpacySpan(doc, ent.start, place.end, label="ORG"))
            index += 2
            continue
        if ent.label_ == "ORG" and place is not None and place.label_ == "ORG" and place.start == ent.end + 1 \
                and (doc[ent.end].lower_ in _FOREIGN_LINKS and doc[ent.end].is_lower
                     or doc[ent.end].lower_ == "of" and len(place) > 1
                     and (country_named(place[:-1].text) or us_state(place[:-1].text))
                     and place[-1].lower_.rstrip(".") in COMPANY_SUFFIXES and place[-1].text[:1].isupper()):
            # "Bank [ORG] fuer Gemeinwirtschaft AG [ORG]": a German bank's name; "Domino [ORG] of California Inc
            # [ORG]": a firm named with its state, no firm called "California Inc"
            names.append(SpacySpan(doc, ent.start, place.end, label="ORG"))
            index += 2
            continue
        if ent.label_ == "ORG" and len(ent) > 1 and place is not None and (
                ent[-1].lower_ in _PLACED_INSTITUTIONS or place.start == ent.end + 1 and all(
                    t.lower_.rstrip(".") in STATE_BODY_WORDS or t.lower_ in COMPANY_SUFFIXES for t in ent if t.is_alpha)) \
                and place.label_ == "GPE" and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" \
                and place.start in {ent.end + 1, ent.end + 2} and doc[place.start - 1].lower_ in {"of", "the"}:
            names.append(SpacySpan(doc, ent.start, place.end, label="ORG"))
            index += 2
            continue
        if ent.label_ == "NORP" and len(ent) == 1 and place is not None and place.label_ == "ORG" \
                and place.start == ent.end and ent[0].dep_ == "compound" and place.start <= ent[0].head.i < place.end \
                and ent[0].is_title and not _a_people_word(ent[0].lower_) \
                and place.root.dep_ == "compound" and place.root.head.lower_ in PERSON_TITLES \
                and place.root.head.i == place.end:
            # "Scrimgeour Vickers economist Richard Holt": a word the NER took for a people's, glued to a firm's name
            # it begins (no demonym, faith or party), the two naming a title's employer: one firm, not "Vickers"
            # ("Lebanon's Shia Hezbollah movement" names a creed and a body: no title follows)
            names.append(SpacySpan(doc, ent.start, place.end, label="ORG"))
            index += 2
            continue
        if ent.label_ == "NORP" and ent[0].lower_ in _DEMOCRAT_WORDS and ent.start > 0 \
                and doc[ent.start - 1].text in {"Liberal", "Lib"}:
            # "Liberal [ORG or none] Democrat [NORP] leader Charles Kennedy": Britain's Liberal Democrats, not the
            # Democrat of American news the word alone stands for
            if names and names[-1].end == ent.start and names[-1].start == ent.start - 1:
                names.pop()
            names.append(SpacySpan(doc, ent.start - 1, ent.end, label="NORP"))
            index += 1
            continue
        names.append(ent)
        index += 1
    return names


#: the words of a Democrat the NER names without the "Liberal" before it
_DEMOCRAT_WORDS = frozenset({"democrat", "democrats", "dem", "dems"})


#: nouns of the kinds of things firms make and sell under a name of their own ("its Xbox consoles", "Merck's Vioxx
#: drug", "its Megane range"); a system, a service or a player may be anyone's (a "Chelsea players"), and a game is
#: a match in sport news ("their RBS Six Nations game")
PRODUCT_NOUNS = {"browser", "browsers", "console", "consoles", "handset", "handsets", "phone", "phones", "smartphone",
                 "smartphones", "software", "drug", "drugs", "device", "devices", "chip", "chips", "processor",
                 "processors", "laptop", "laptops", "computer", "computers", "camera", "cameras", "tablet", "tablets",
                 "range", "ranges", "brand", "brands", "model", "models", "car", "cars", "product", "products"}


def product_noun(ctx: DocContext, mention: Mention) -> Token | None:
    """The product's noun a name is written before ("Xbox" of "its Xbox consoles", "Internet Explorer" of "its
    Internet Explorer web browser"): the noun the name's last word modifies, right after it or after lower-case
    words of its kind ("web", "personal", "handheld"); None when there is none."""
    span = ctx.tokens_of(mention)
    if span is None:
        return None
    word = span[-1] if span[-1].head.i >= span.end else span.root  # (the name's last word hangs on the noun:
    # "CHANNELink 5000 Series Channel processor", whose first words the parse hangs there too)
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head  # "Bextra" of "its Celebrex and Bextra products"
    noun = word.head
    if noun.dep_ in {"compound", "amod"} and noun.is_lower and noun.pos_ in {"NOUN", "ADJ"} and noun.head.i > noun.i:
        noun = noun.head  # "DS" of "its DS handheld console": the name hangs on the word of its kind
    if word.dep_ not in {"compound", "nmod"} or noun.i < span.end or noun.pos_ != "NOUN" \
            or noun.lower_ not in PRODUCT_NOUNS and not _operating_system(noun):
        return None
    between = ctx.doc[span.end:noun.i]
    return noun if all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} or t.dep_ in {"cc", "conj"}
                       or t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.dep_ == "conj" for t in between) \
        else None


def _operating_system(noun: Token) -> bool:
    """Whether ``noun`` is the "system" of "operating system" ("its Windows operating system")."""
    return noun.lower_ == "system" and any(c.lower_ == "operating" for c in noun.lefts)


#: the titles before which news of a team sport writes a club's or a side's name bare, the NER often missing it:
#: "Middlesbrough boss Steve McClaren", "Real Sociedad president Jose Luis Astiazaran"
_TEAM_NAME_TITLES = (TEAM_LEADER_TITLES | PLAYER_TITLES | {"president", "chairman", "director", "owner"}) \
    - {"international", "player"}


#: words that describe a title's holder, not his side: "Former Sociedad president", "Caretaker Leeds boss"
_TITLE_MODIFIERS = {"former", "new", "veteran", "ex", "interim", "caretaker", "acting", "outgoing", "incoming",
                    "current", "young", "old", "long-serving", "experienced", "injured", "assistant", "deputy"}


#: one-word names a side goes by that are the end of its name or a nickname, no club's whole name: "United boss Sir
#: Alex Ferguson", "Blues boss Jose Mourinho" (Rangers and Celtic are whole names)
_NICKNAMES = (CLUB_ENDINGS - {"rangers", "celtic"}) | {"blues", "reds", "whites", "blacks", "greens", "saints",
                                                      "lions", "gunners", "spurs", "toffees", "magpies", "hammers",
                                                      "canaries", "foxes", "owls", "hornets"}

#: words of competitions and squads, not of a side's name: "England Test captain Michael Vaughan" (the NER missed
#: "England"), "Sevens coach", "Ryder Cup captain"
_COMPETITION_WORDS = {"test", "tests", "sevens", "cup", "league", "premiership", "championship", "slam", "series",
                      "tour", "olympic", "olympics", "open", "trophy", "shield", "nations", "world", "davis", "ryder",
                      "lions"}


def team_names(doc: Doc) -> list[SpacySpan]:
    """In news of a team sport, the capitalised words no name of the NER's holds that stand as one name before a
    team's title, itself before a person's name: the club or side ("Middlesbrough boss Steve McClaren"). Countries,
    the home nations and nationality words are left to the NER; a title's own words are no name ("Former Wales
    coach")."""
    found: list[SpacySpan] = []
    for title in doc:
        if title.lower_ not in _TEAM_NAME_TITLES or not title.is_lower or title.i == 0:
            continue
        named = title.head if title.dep_ == "compound" else next(
            (c for c in title.children if c.dep_ == "appos"), None)
        if named is None or named.ent_type_ != "PERSON" or named.i < title.i:
            continue
        start = title.i
        while start > 0 and (word := doc[start - 1]).is_title and not word.ent_type_ \
                and (word.pos_ == "PROPN" and word.dep_ == "compound" or word.pos_ == "ADJ" and word.dep_ == "amod"
                     and start < title.i and word.lower_ not in _TITLE_MODIFIERS) \
                and word.head.i <= title.i and word.lower_ not in PERSON_TITLES:
            start -= 1  # ("Real Sociedad president": "Real" read as an adjective)
        while start < title.i and doc[start].lower_ in _TITLE_MODIFIERS:
            start += 1  # "Injured Chelsea winger Arjen Robben" (the sentence's capital)
        words = doc[start : title.i]
        if not any(word.pos_ == "PROPN" for word in words) or any(c.isdigit() for c in words.text) \
                or len(words) == 1 and words[0].lower_ in _NICKNAMES:
            continue  # "Under-21 skipper", "United boss", "Blues boss": a side's nickname, not its name
        folded = " ".join(words.text.casefold().replace(".", "").split())
        if folded in COUNTRIES_FOLDED or folded in DEMONYMS or folded in CANONICAL_NAMES or folded in PARTY_WORDS \
                or any(word.lower_ in _COMPETITION_WORDS or word.lower_ in COUNTRIES_FOLDED
                       or word.lower_ in DEMONYMS for word in words):
            continue  # a country the NER missed, or a squad of it ("England Test captain"): no club's name
        found.append(SpacySpan(doc, start, title.i, label="ORG"))
    return found


def product_names(doc: Doc, names: list[SpacySpan], lowers: list[str]) -> list[SpacySpan]:
    """The products a firm's possessive names before their kind's noun, as spans labelled PRODUCT, in text order:
    "its Internet Explorer web browser", "its Celebrex and Bextra products", "Nokia's N-Gage game phone" (the NER
    misses the one and reads the other as one firm). ``names`` are the text's names so far: a name the text also
    uses elsewhere ("IBM said ... its IBM personal computers"; "AMC's Renault cars" in a story of Renault, their
    maker) is no product, nor a place's ("its U.S. car"), a date's or a number's. ``lowers``: every token's
    ``lower_`` (:attr:`DocContext.lowers`), read first so that only a product noun's Token is made."""
    places = {t.i for n in names if n.label_ not in _PRODUCT_NAME_LABELS for t in n}
    products: list[SpacySpan] = []
    candidates: list[tuple[SpacySpan, Token]] = []
    for noun in (doc[i] for i, lower in enumerate(lowers) if lower in PRODUCT_NOUNS or lower == "system"):
        if noun.pos_ != "NOUN" or noun.lower_ not in PRODUCT_NOUNS and not _operating_system(noun) \
                or not any(c.dep_ == "poss" for c in noun.children):
            continue
        # the name hangs on the noun, or on a lower-case word of its kind before it ("its DS handheld console")
        kinds = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and c.is_lower and c.pos_ in {"NOUN", "ADJ"}]
        heads = [c for word in (noun, *kinds) for c in word.lefts
                 if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and _a_name_word(c)]
        heads += [c for h in heads for c in h.children
                  if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < noun.i and _a_name_word(c)]
        for head in heads:
            start = head.i
            while start > 0 and (
                    doc[start - 1].dep_ in {"compound", "nmod", "nummod", "amod"} and _a_name_word(doc[start - 1])
                    and (start <= doc[start - 1].head.i <= head.i or doc[start - 1].head.i == noun.i)
                    or not doc[start - 1].whitespace_
                    and (doc[start - 1].text[-1:].isalnum() or doc[start - 1].text == "-")):
                start -= 1  # "Internet" of "Internet Explorer", "CHANNELink 5000" of its "Series", "N-" of "N-Gage"
            span = SpacySpan(doc, start, head.i + 1, label="PRODUCT")
            if span.text[:1].isupper() and not places.intersection(range(span.start, span.end)) \
                    and all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in doc[head.i + 1:noun.i] if t.dep_ != "cc"
                            and t.dep_ != "conj"):
                candidates.append((span, noun))
    in_products = {t.i for span, _ in candidates for t in span}
    others = [n for n in names if not in_products.intersection(range(n.start, n.end))]
    elsewhere = {n.text for n in others}
    firms_words = {word for n in others if n.label_ == "ORG" for word in n.text.split()}
    for span, _ in candidates:
        if span.text not in elsewhere and span[-1].text not in firms_words:  # ("AMC's Renault cars" of "Regie
            # Nationale des Usines Renault": the maker's name; "Ford Canada ... its Ford Tempo car" is the model's)
            products.append(span)
    return sorted(products, key=lambda span: span.start)


#: the NER labels a product's name may carry, read wrongly or not (a place, a date or a number is none)
_PRODUCT_NAME_LABELS = {"ORG", "PRODUCT", "PERSON", "WORK_OF_ART", "FAC"}


#: prizes news names by one word ("won an Oscar", "two Grammys"), folded; each also a name or a body elsewhere
#: ("Oscar De La Hoya", "Bafta's Grant Dean"), so it is a prize only as a count noun: plural, after an article, a
#: number or a possessive, or before "award"
_ONE_WORD_AWARDS = {"oscar", "oscars", "bafta", "baftas", "grammy", "grammys", "grammies", "emmy", "emmys"}
_ONE_WORD_AWARDS_PLURAL = {"oscars", "baftas", "grammys", "grammies", "emmys"}
#: the last word of a prize's name ("Booker Prize", "Brit Awards", "Screen Actors Guild Awards")
_AWARD_ENDS = {"Award", "Awards", "Prize", "Prizes"}
#: "Golden Globe", "Golden Lion", "Golden Rose": the film, television and football prizes named "Golden ..."
_GOLDEN_AWARDS = {"Globe", "Globes", "Rose", "Bear", "Lion", "Boot", "Ball", "Raspberry", "Raspberries"}
#: words every body's prizes share: a prize named by them alone names none in particular ("the Special Award")
_GENERIC_AWARD_WORDS = {"special", "lifetime", "achievement", "outstanding", "contribution", "honorary", "top", "annual",
                        "grand", "main", "first", "best", "new", "young", "international", "national", "global",
                        "world", "people", "public", "audience", "critics", "jury", "the", "of", "'s", "'"}
#: every word that can end a prize's name, folded
_AWARD_WORDS = _ONE_WORD_AWARDS | {word.lower() for word in _AWARD_ENDS | _GOLDEN_AWARDS}
#: words before a one-word prize that make it a count noun
_COUNTING_DEPS = {"det", "nummod", "poss", "amod"}


def award_names(doc: Doc, lowers: list[str]) -> list[SpacySpan]:
    """The prizes a text names, as spans labelled EVENT, in text order: "an Oscar", "two Grammys", "the Booker
    Prize", "the Screen Actors Guild Awards", "a Golden Rose" (the NER reads "Oscar" as a man and "Baftas" as a body,
    and misses "Golden Rose"). A prize is no actor: "won an Oscar" is a fact about a thing won, and the name of the
    man who gave it its name ("the Peter Sellers Award") names no person here. ``lowers``: every token's ``lower_``
    (:attr:`DocContext.lowers`), read first so that only a prize's words make Tokens."""
    awards: list[SpacySpan] = []
    index = 0
    while index < len(doc):
        if lowers[index] not in _AWARD_WORDS:
            index += 1
            continue
        token = doc[index]
        start = end = -1
        after = doc[index + 1] if index + 1 < len(doc) else None
        if token.lower_ in _ONE_WORD_AWARDS and token.text[:1].isupper() and token.tag_ != "POS" \
                and (after is None or after.tag_ != "POS"):
            counted = token.lower_ in _ONE_WORD_AWARDS_PLURAL or any(
                c.dep_ in _COUNTING_DEPS and c.i < token.i for c in token.children) \
                or token.dep_ == "conj" and (token.head.lower_ in _ONE_WORD_AWARDS
                                             or token.head.text in _GOLDEN_AWARDS | _AWARD_ENDS)
            # ("the Golden Globe and Oscar": joined to another prize)
            award_after = after is not None and after.lower_ in {"award", "awards"}
            named_after = after is not None and after.text[:1].isupper() and after.pos_ == "PROPN" and not award_after
            if (counted or award_after) and not named_after:
                start, end = index, index + (2 if award_after and after is not None and after.text[:1].isupper()
                                             else 1)
        elif token.text in _GOLDEN_AWARDS and index > 0 and doc[index - 1].text == "Golden":
            start, end = index - 1, index + 1 + (after is not None and after.text in {"Award", "Awards"})
        elif token.text in _AWARD_ENDS and index > 0:
            first = _name_before(doc, index)
            if first < index and not {t.lower_ for t in doc[first:index]} <= _GENERIC_AWARD_WORDS:
                start, end = first, index + 1  # (no "Special Award" alone: every body gives one)
        if start >= 0:
            awards.append(SpacySpan(doc, start, end, label="EVENT"))
            index = end
            continue
        index += 1
    return awards


def _a_name_word(token: Token) -> bool:
    """Whether a word can be part of a prize's or a product's name: capitalised or a number's ("VH1", "4Children",
    "5000"), a letter in it."""
    return (token.text[:1].isupper() or token.text[:1].isdigit()) and any(ch.isalpha() or ch.isdigit()
                                                                           for ch in token.text)


def _name_before(doc: Doc, index: int) -> int:
    """The first word of the name that ends with the word before ``index``'s ("Mercury Music" of "Mercury Music
    Prize", "Theatregoers' Choice", "US People's Choice", "Whitbread Novel of the Year"); ``index`` when there is none.
    The sentence's first word is no part of it ("Awards ceremonies ..." names no prize)."""
    first = index
    while first > 0:
        before = doc[first - 1]
        if _a_name_word(before) and not before.is_sent_start and before.pos_ in {"PROPN", "NOUN", "ADJ", "NUM"}:
            first -= 1
        elif before.tag_ == "POS" and first > 1 and _a_name_word(doc[first - 2]) and first < index:
            first -= 1  # "Theatregoers' Choice Awards", "People's Choice Awards"
        elif before.lower_ in {"of", "the"} and first < index:
            joint = first - 1
            while joint > 0 and doc[joint].lower_ in {"of", "the"}:
                joint -= 1
            if doc[joint + 1].lower_ != "of" or not _a_name_word(doc[joint]) or doc[joint].is_sent_start:
                break
            first = joint + 1  # "Novel of the Year Award": the words before "of" are read next
        else:
            break
    return first


#: British parties' names the NER misses before a title or a name ("Labour MP Diane Abbott", "Plaid Cymru's Elfyn
#: Llwyd"), as written, by their number of words
_MISSED_PARTIES = {1: {"Labour", "Conservative", "Tory", "SNP", "UKIP"},
                   2: {"Plaid Cymru", "Lib Dem", "Lib Dems", "Liberal Democrat", "Liberal Democrats"}}
#: the words a name of :data:`_MISSED_PARTIES` begins with
_PARTY_FIRST_WORDS = frozenset(name.split()[0] for names in _MISSED_PARTIES.values() for name in names)


#: titles held in a party or for it, which a party's word begins a sentence with ("Conservative MP Howard Flight")
_POLITICAL_TITLES = LEGISLATOR_TITLES | {"mps", "leader", "candidate", "spokesman", "spokeswoman", "chairman", "peer",
                                          "councillor", "minister", "secretary", "chancellor", "activist"}


#: the small words a work's title holds between its capitalised ones: "Maria Full of Grace", "Christmas with the Kranks"
_TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "with", "to", "for", "at", "from", "&"}
#: the kinds of work a title follows ("Spanish drama Maria Full of Grace"), of screen, stage and print: not a "game" or
#: a "record" (a match, a feat), nor a "single" or a "programme", which the NER's names follow in other senses
_KINDS_OF_WORK = WORK_NOUNS - {"feature", "single", "song", "book", "play", "series", "soap", "programme", "program",
                               "record", "track", "ep", "video", "game"} \
    | {"fable", "cartoon", "satire", "farce", "epic", "western"}
#: the NER labels a film's title cannot carry: a man's name ("a film by Steven Spielberg, starring"), a place's, a date
_NOT_TITLE_LABELS = {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                     "QUANTITY"}


def work_titles(doc: Doc, names: list[SpacySpan], lowers: list[str]) -> list[SpacySpan]:
    """The titles of works the NER misses or cuts, as spans labelled WORK_OF_ART, in text order: the capitalised words
    right before ", starring" ("The Producers, starring Nathan Lane", "The Last Samurai, starring Tom Cruise") and
    right after a kind of work whose words hang on it ("Spanish drama Maria Full of Grace", read as a woman and a
    firm). A title is a run of capitalised words, small words inside it ("Man of the House"); one that joins two
    titles by "and" is none ("Meet The Fockers and Shall We Dance?, starring": whose cast?), nor before ", starring" a
    run the NER calls a person, a place or a date ("director Spike Lee, starring in") or one after "by".
    ``names``: the text's names so far; ``lowers``: every token's ``lower_`` (:attr:`DocContext.lowers`)."""
    titles: list[SpacySpan] = []
    for index in (i for i, lower in enumerate(lowers) if lower == "starring"):
        if index + 1 < len(lowers) and lowers[index + 1] in {"in", "as", "role", "roles"}:
            continue  # "collaborated with director Spike Lee, starring in seven Lee films": the actor stars
        end = comma_before_starring(lowers, index)  # the title's end, exclusive
        if end is None:
            continue
        start = _title_start(doc, end - 1 if doc[end - 1].text in {"!", "?"} else end)
        if start is None or start > 0 and lowers[start - 1] == "by":
            continue
        span = SpacySpan(doc, start, end, label="WORK_OF_ART")
        if not any(n.label_ in _NOT_TITLE_LABELS and n.start < span.end and span.start < n.end for n in names):
            titles.append(span)
    for index in (i for i, lower in enumerate(lowers) if lower in _KINDS_OF_WORK):
        kind = doc[index]
        end = index + 1
        while end < len(doc) and end - index <= 8 and (
                doc[end].text[:1].isupper() and doc[end].is_alpha
                or lowers[end] in _TITLE_SMALL_WORDS and end > index + 1):
            end += 1
        while end > index + 1 and lowers[end - 1] in _TITLE_SMALL_WORDS:
            end -= 1
        if kind.pos_ != "NOUN" or end == index + 1 or "and" in lowers[index + 1 : end]:
            continue
        span = SpacySpan(doc, index + 1, end, label="WORK_OF_ART")
        if any(t.head.i not in range(index, end) for t in span) or not any(t.head == kind for t in span) \
                or any(n.label_ == "WORK_OF_ART" and n.start <= span.start and span.end <= n.end for n in names):
            continue  # ("the film Steven Spielberg directed": the man acts; an NER title whole already stays)
        if len(span) > 1 and any(t.lower_ in _TITLE_SMALL_WORDS for t in span) or any(
                n.label_ in {"PERSON", "ORG"} and n.start < span.end and span.start < n.end
                and (n.start < span.start or span.end < n.end or len(n) < len(span)) for n in names):
            titles.append(span)  # a run the NER cut ("Maria Full" + "Grace") or read in part; the rest is left to the
            # retyping of described names (DocContext._retype_described_bodies)
    return sorted(titles, key=lambda span: span.start)


def comma_before_starring(lowers: list[str], index: int) -> int | None:
    """The index of the comma right before the "starring" at ``index`` (", also starring" too), the end of the
    title it follows ("The Last Samurai, starring Tom Cruise"); None when no comma with a word before it is there.
    ``lowers``: every token's ``lower_``."""
    comma = index - (2 if index > 0 and lowers[index - 1] == "also" else 1)
    return comma if comma >= 1 and lowers[comma] == "," else None


def _title_start(doc: Doc, last: int) -> int | None:
    """The first word of the title that ends before ``last``: capitalised words back from it, small words between
    them, none of them "and"; None when there is none."""
    start = last
    while start > 0 and last - start < 8:
        before = doc[start - 1]
        if before.text[:1].isupper() and before.is_alpha:
            start -= 1
            continue
        word = start - 1
        while word > 0 and doc[word].lower_ in _TITLE_SMALL_WORDS:
            word -= 1
        if word < start - 1 and doc[word].text[:1].isupper() and doc[word].is_alpha:
            start = word
            continue
        break
    while start < last and doc[start].lower_ in _TITLE_SMALL_WORDS - {"the", "a", "an"}:
        start += 1
    if start >= last or not doc[start].text[:1].isupper() \
            or any(t.lower_ in {"and", "&"} for t in doc[start:last]):
        return None
    return start


def party_words(doc: Doc) -> list[SpacySpan]:
    """The names of parties no name of the NER's holds, written before a title ("Labour MP", "Conservative
    backbencher") or as a name's possessive or modifier ("Plaid Cymru's Elfyn Llwyd"): the party, a people's word
    to the extractors ("Labour market", "Conservative estimates" name none)."""
    found: list[SpacySpan] = []
    index = 0
    while index < len(doc):
        if doc[index].text not in _PARTY_FIRST_WORDS:  # (most words: no span made, no text joined)
            index += 1
            continue
        size = next((n for n in (2, 1) if index + n <= len(doc) and doc[index : index + n].text in _MISSED_PARTIES[n]
                     and not any(t.ent_type_ for t in doc[index : index + n])), 0)
        if not size:
            index += 1
            continue
        last = doc[index + size - 1]
        head = last.head
        after = doc[index + size] if index + size < len(doc) else None
        # "Labour Minister": a state's minister for labour; "Conservative economist John Smith said": the sentence's
        # capital, no party (a party's word begins one before a political title: "Conservative MP Howard Flight")
        no_party = after is not None and after.lower_ in PORTFOLIO_TITLES or doc[index].is_sent_start \
            and head.lemma_.lower() not in _POLITICAL_TITLES \
            and (after is None or after.lemma_.lower() not in _POLITICAL_TITLES)
        if last.dep_ in {"compound", "amod", "poss", "nmod"} and head.i >= index + size and not no_party and (
                head.lemma_.lower() in PERSON_TITLES or head.ent_type_ == "PERSON"):
            found.append(SpacySpan(doc, index, index + size, label="NORP"))
        index += size
    return found


def _with_named_things(names: list[SpacySpan], things: list[SpacySpan]) -> list[SpacySpan]:
    """``names`` with each prize or product of ``things`` in place of every name it overlaps ("Oscar" read as a man,
    "Peter Sellers" inside "the Peter Sellers Award", "Celebrex and Bextra" read as one firm), in text order. A
    longer name of the NER's that holds a prize and ends with it is that prize ("the US People's Choice Awards"); one
    that holds a product, but for a list of names, is the product's own ("its new Mac II personal computer")."""
    if not things:
        return names
    widened: list[SpacySpan] = []
    for thing in things:
        holder = next((n for n in names if n.start <= thing.start and thing.end <= n.end and len(n) > len(thing)),
                      None)
        if holder is None:
            widened.append(thing)
        elif thing.label_ == "EVENT" and holder.end == thing.end:
            widened.append(SpacySpan(holder.doc, holder.start, holder.end, label="EVENT"))
        elif thing.label_ == "PRODUCT" and any(t.lower_ in {"and", ","} for t in holder):
            widened.append(thing)  # "Celebrex and Bextra", one firm to the NER
    things = widened
    if not things:
        return names
    kept = [n for n in names if not any(n.start < t.end and t.start < n.end for t in things)]
    return sorted([*kept, *things], key=lambda span: (span.start, span.end))


#: the endings of the words for peoples, faiths and creeds ("Kenyan", "Japanese", "Danish", "Catholic", "Iraqi",
#: "Czech", "Swiss", "Thai", "Marxist", "Shiite", "Federal"), and such words of other shapes
_PEOPLE_WORD_ENDINGS = ("an", "ese", "ish", "ic", "i", "ch", "ss", "k", "ai", "ist", "ite", "al", "ans", "ists", "ites")
_PEOPLE_WORDS = {"muslim", "muslims", "moslem", "moslems", "hindu", "hindus", "sikh", "sikhs", "jew", "jews", "shia",
                 "sunni", "druze", "mormon", "mormons", "protestant", "protestants", "tory", "tories", "labour",
                 "conservative", "conservatives", "democrat", "democrats", "green", "greens", "arab", "arabs", "kurd",
                 "kurds", "croat", "croats", "serb", "serbs", "zulu", "zulus", "hutu", "hutus", "tutsi", "tutsis",
                 "malay", "malays", "uighur", "uighurs", "uyghur", "tamil", "tamils", "maori", "inuit", "basque",
                 "basques", "gulf", "western", "eastern", "liberal", "liberals", "shiah", "pashtun", "pashtuns",
                 "orthodox", "latino", "latinos", "kosovar", "kosovars", "slovene", "slovenes", "afrikaner",
                 "afrikaners", "rohingya", "bedouin", "berber", "berbers", "tuareg", "yoruba", "igbo", "hausa",
                 "gurkha", "gurkhas", "walloon", "walloons", "roma", "tatar", "tatars", "sandinista", "sandinistas",
                 "contra", "contras", "mujahideen"}


def _a_people_word(word: str) -> bool:
    """Whether a lower-cased word can name a people, a faith, a creed or a party ("french", "catholic", "tory")."""
    return word in _PEOPLE_WORDS or word in DEMONYMS or word in DEMONYM_NOUNS or word.endswith(_PEOPLE_WORD_ENDINGS)


def _with_programmes(names: list[SpacySpan], broadcasts: list[tuple[SpacySpan, SpacySpan]]) -> list[SpacySpan]:
    """The NER's names with each broadcaster and programme the text names as such in place of what the NER read
    there ("BBC" and "One", a number; "Today", a date; "Supernanny", a man), in text order."""
    if not broadcasts:
        return names
    doc = broadcasts[0][0].doc
    named = [SpacySpan(doc, span.start, span.end, label=label) for pair in broadcasts
             for span, label in zip(pair, ("ORG", "WORK_OF_ART"))]
    taken = {i for span in named for i in range(span.start, span.end)}
    kept = [name for name in names if not any(i in taken for i in range(name.start, name.end))]
    return sorted(kept + named, key=lambda span: span.start)


def _partners_names(doc: Doc, poses: list[str]) -> list[SpacySpan]:
    """Firms named after their partners, which the NER cuts at the commas: "Miller, Tabak, Hirsch and Co.",
    "Howard, Weil, Labouisse, Friedrichs, Inc", "Merrill Lynch, Pierce, Fenner and Smith Ltd", "Donaldson, Lufkin
    and Jenrette Securities Corp". A first name of one or two capitalised words, one-word partners after commas,
    the last after "and" (or a comma), and a legal suffix at the end; a list of firms ("Salomon Brothers, Goldman
    Sachs and Co") has a partner of two words and is no such name. Linear in the document; ``poses``: every
    token's ``pos_``."""
    found: list[SpacySpan] = []
    length = len(doc)

    def capital(i: int) -> bool:  # ("McEntee" of "Carroll, McEntee and McGinley Inc" too; not "IBM")
        # asked of every token: the part of speech, read once per document, first (most tokens are no proper
        # noun), then one Token object, not four
        if i >= length or poses[i] != "PROPN":
            return False
        token = doc[i]
        return token.text[:1].isupper() and not token.is_upper and token.is_alpha

    def suffix(i: int) -> bool:  # (capitalised: "Kidder, Peabody and Co as its adviser" ends at "Co", not at "as")
        return i < len(doc) and doc[i].lower_.rstrip(".") in COMPANY_SUFFIXES and doc[i].text[:1].isupper()

    i = 0
    while i < len(doc):
        if not capital(i) or (i > 0 and capital(i - 1)):
            i += 1
            continue
        first = i - 1 if i > 0 and _INITIALS.fullmatch(doc[i - 1].text) else i  # "L.F. Rothschild"
        j = i + 1 if not capital(i + 1) else i + 2  # the first name: "Miller", "Merrill Lynch"
        partners = 0
        while j + 1 < len(doc) and doc[j].text == "," and capital(j + 1) and not suffix(j + 1) and not capital(j + 2):
            partners += 1
            j += 2  # ", Tabak"
        end = None
        if partners and j + 1 < len(doc) and doc[j].text == "," and suffix(j + 1):
            end = j + 2  # "..., Friedrichs, Inc"
        elif partners and j < len(doc) and any(t.ent_type_ == "PERSON" for t in doc[first:j]) and (
                suffix(j) or doc[j].text == "," and capital(j + 1) and suffix(j + 2)):
            end = j + 1 if suffix(j) else j + 3  # "L.F. Rothschild, Unterberg, Towbin Inc": partners the NER took
            # for people, the last with the suffix ("Exxon, Mobil, Texaco Inc" of no person's name is a list)
            while suffix(end):
                end += 1
        elif partners and j < len(doc) and doc[j].lower_ in {"and", "&"}:
            k = j + 1
            while capital(k) and not suffix(k) and k - j <= 3:
                k += 1  # "Jenrette Securities"
            while suffix(k):
                k += 1  # "Co.", "Corp", "Co Inc"
            if k > j + 1 and suffix(k - 1):
                end = k
        if end is not None:
            found.append(SpacySpan(doc, first, end, label="ORG"))
            i = end
        else:
            i += 1
    return found


#: the head words of institutions' names
_INSTITUTION_HEADS = {"department", "university", "ministry", "institute", "college", "school", "agency", "bureau",
                      "commission", "council", "office", "authority", "hospital", "museum", "library", "academy"}

#: the last words of institutions' names that a nationality may begin ("British Retail Consortium")
_INSTITUTION_ENDS = _INSTITUTION_HEADS | {"consortium", "association", "federation", "union", "church", "party",
                                          "league"}

#: the last words of bodies' names, never of a law's or a treaty's
_BODY_HEADS = _INSTITUTION_HEADS | {"committee", "association", "federation", "board", "union", "council", "court",
                                    "bank", "fund"}

#: the quotation marks that end a name the NER cut inside a nickname: "Burkhard "Bobby" Junger"
QUOTE_MARKS = ('"', "\u201c", "\u201d")

#: words after a firm's first word that keep it the same firm: "Toyota Motor Corp" is "Toyota"
_NAME_TAILS = {"motor", "international", "industries", "industrial", "company", "and", "&", "the", "of", "america",
               "brothers", "bros", "co.,", "petroleum", "oil", "chemical", "chemicals", "electric", "steel"}

#: the last words of a firm's units' names, which say whose only beside the owner's name
_UNIT_ENDS = {"division", "divisions", "unit", "units", "subsidiary", "operations"}

#: lower-case words that join the words of a name in other languages: "Kali und Salz", "Volkswagen do Brasil"
_FOREIGN_LINKS = {"do", "da", "de", "del", "della", "di", "des", "du", "per", "und", "für", "fuer", "pour"}
#: lower-case words that join a name's words and end none: "and", "of", French "et", Spanish "y", Italian "e"
_NAME_LINKS = {"and", "of", "et", "y", "e", "the", "for"}
#: the words of both, on which no name ends
_LINKS = _FOREIGN_LINKS | _NAME_LINKS
#: plural nouns two places' names share: "San Diego and Orange Counties", "the Hudson and East Rivers"
_SHARED_PLURALS = {"counties", "provinces", "districts", "parishes", "townships", "rivers", "streets", "avenues",
                   "valleys", "lakes"}
#: last words of an agreement's name, which the NER may take for a body: "Treaty [of Rome]", "the Louvre Accord"
_AGREEMENT_WORDS = {"treaty", "accord", "accords", "pact", "protocol", "agreement"}
#: a title the NER took for a man's name when it stands where his name would: "Kurt Viermetz, [Worldwide
#: Treasurer] of <Morgan Guaranty Trust Co>"
_TITLE_ENDS = {"treasurer", "secretary", "president", "director", "chairman", "chairwoman", "officer", "spokesman",
               "spokeswoman", "administrator", "economist", "analyst", "strategist"}  # ("chief U.K. Economist")
#: a newspaper's kind, which the parser reads as an adjective: "the Japanese daily Asahi Shimbun"
_PAPER_WORDS = {"daily", "weekly"}
#: conjunctions of a time clause: under a modal or future verb, its deed is supposed, not reported
_TIME_MARKS = {"after", "until", "till", "before", "once", "when"}
#: auxiliaries of a clause that puts a present-tense "when" clause after it in the future ("would take it with him
#: when he visits")
_WHEN_FUTURE_AUX = FUTURE_AUX | {"would"}
#: nouns of a time a "when" clause may tell: "this week when Miyazawa visits Washington"
_TIME_NOUNS = {"week", "day", "month", "year", "weekend", "time", "morning", "afternoon", "evening", "night"}
#: words of an amount: a name holding one with a number is a list's entry, no name ("Brunei 3.8 billion")
_QUANTITY_WORDS = {"billion", "million", "trillion", "mln", "bln", "pct", "percent", "dlrs", "tonnes"}
#: month names and their wire abbreviations: "Celanese Corp on Feb 27" holds a date
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
#: bearings, which "of" turns into a direction from a place ("the Gulf east of Qatar")
_COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                  "north-east", "north-west", "south-east", "south-west"}
#: the trade's delivery terms, which the NER takes for bodies: "corn oil, FOB, New York"
_TRADE_TERMS = {"FOB", "F.O.B.", "CIF", "C.I.F.", "C&F", "CFR", "FAS"}
#: time zones the NER reads as bodies ("1330 GMT")
_TIME_ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "JST"}
#: a name's initials: "F.", "E.D."
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
#: a money supply measure: "M-1", "M3", "M-2A"
_MONEY_SUPPLY = re.compile(r"M-?\d[A-Z]?")
#: currencies' words, which end no name ("165 U.S. Dlrs")
_CURRENCY_WORDS = {"dlrs", "dlr", "dollars", "dollar", "yen", "marks", "francs", "pounds", "stg", "lire", "pesos", "rupees",
                   "guilders", "crowns", "kronor", "roubles", "rubles", "rand", "ringgit", "baht", "won", "yuan"}

#: words before a person's name that the NER leaves out of it
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mister"}

#: a score: "7-6", "6-3", "(10-8)"
_SCORE = re.compile(r"(?:\(?\d+-\d+\)?\s*)+")


#: words of a term of office the NER takes into the name of the body before a title: "Outgoing United States Ambassador"
_TENURE_WORDS = {"outgoing", "incoming", "former", "retiring", "departing", "acting", "interim"}
_BODY_LABELS = {"ORG", "GPE", "NORP"}


def _past(verb: str) -> str:
    """A regular verb's past tense ("reply" -> "replied", "note" -> "noted")."""
    return verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if verb.endswith("y") else verb + "ed"


#: the verbs of a speech turned about, that open the sentence before the speaker: "Replied State Department deputy
#: spokesman Richard Boucher, ..." (the NER may take the verb into the body's name)
_INVERTED_SPEECH = {_past(verb) for verb in SPEECH_VERBS | {"reply", "respond", "retort", "comment", "observe",
                                                             "remark", "continue", "conclude", "counter"}} \
    | {"said", "told", "wrote"}


def _owns_its_s(tokens: list[Token]) -> bool:
    """Whether a final "'s" may belong to the name: a one-word name ("Sotheby's", "McDonald's") or partners' names
    ("Standard & Poor's"); never after a legal suffix, a country or an institution's word ("American Express Co's",
    "Alcan Australia's", "the Chicago Mercantile Exchange's")."""
    return len(tokens) == 2 or len(tokens) > 2 and any(t.text in {"&", "and"} for t in tokens)


#: the words after a founder's name and "and" that name his firm: "N.M. Rothschild and Sons Ltd"
_PARTNERS_WORDS = {"sons", "son", "brothers", "partners", "associates", "company"}
#: a ruler's titles, which begin the NER's name for him: "Saudi Arabia's King Fahd" (read as a building)
_RULERS = {"king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "shah"}
#: a country's letters, which end units' names after their suffix ("Nissan Motor Manufacturing Corp USA")
_COUNTRY_LETTERS = {"USA", "US", "UK", "NZ"}


#: titles of members of Britain's parties, which "Conservative" at a sentence's start names ("Conservative MP")
_BRITISH_MEMBERS = LEGISLATOR_TITLES | {"mps", "peer", "councillor", "candidate", "party"}
#: a firm's trade, written before its name ("Bookmaker Ladbrokes said"), which begins no firm's own name
_TRADE_NOUNS = {"bookmaker", "bookmakers", "retailer", "carmaker", "automaker", "drugmaker", "chipmaker", "insurer",
                "broadcaster", "lender", "brewer", "refiner", "conglomerate", "rival", "firm"}
#: words that describe a thing or a person before its name, capitalised at a sentence's start and so read by the NER
#: as its name's first word: a firm's trade, or "Veteran US television host Dick Clark" (read as "Veteran US")
_DESCRIBING_WORDS = _TRADE_NOUNS | {"veteran", "legendary", "acclaimed", "celebrated", "embattled", "troubled"}


def entity_mention(ent: SpacySpan, text: str) -> Mention | None:
    """A spaCy entity as a typed mention: possessive and leading "the" stripped."""
    entity_type = NER_TYPES.get(ent.label_)
    if entity_type is None:
        return None
    tokens = list(ent)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    # "at Sotheby's." names the firm Sotheby's; "Sotheby's head of art" is a possessive, and so is the "'s" after a
    # legal suffix or a country wherever it stands ("American Express Co's", "Alcan Australia's")
    keeps_s = ent.label_ == "ORG" and _owns_its_s(tokens) and tokens[-1].tag_ == "POS" and (
        after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}) and not any(t.lower_ == "of" for t in tokens)
    # ("Bank of Montreal's" is a possessive wherever it stands: no name with "of" in it ends in "'s")
    # a score the NER read into a player's name ("beat Russia's Elena Bovina 1-6 6-1 6-4"): no person's name ends
    # in a number, and no name of any kind in a score ("Frenchman Gilles Simon 7-6 6-3", read as an organisation)
    while tokens and ((tokens[-1].tag_ == "POS" or tokens[-1].text in {"'s", "\u2019s"}) and not keeps_s
                      or tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].text in {"<", ">"}  # Reuters' brackets round a name: "<Cityquest Plc>"
                      or ent.label_ == "PERSON" and len(tokens) > 1 and any(c.isdigit() for c in tokens[-1].text)):
        tokens.pop()
    score = len(tokens)
    while score > 1 and (tokens[score - 1].text.isdigit() or tokens[score - 1].text in {"-", "(", ")"}):
        score -= 1
    if score < len(tokens) and _SCORE.fullmatch(text[tokens[score].idx : tokens[-1].idx + len(tokens[-1].text)]):
        del tokens[score:]
    if ent.label_ == "ORG" and len(tokens) > 2 and (
            tokens[-1].lower_ in DEMONYMS
            or tokens[-1].is_upper and tokens[-1].is_alpha and 2 <= len(tokens[-1]) <= 5
            and tokens[-1].lower_ not in COMPANY_SUFFIXES and tokens[-1].text not in _COUNTRY_LETTERS) \
            and text[tokens[0].idx : tokens[-2].idx + len(tokens[-2].text)].split()[-1].lower().rstrip(".") \
            in COMPANY_SUFFIXES:
        tokens.pop()  # "its Senetek A/S Danish subsidiary": the unit's nationality after its legal suffix; "Punta
        # Gorda Isles Inc PGA said": the firm's ticker, the wire's without its brackets
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct or tokens[0].is_space or tokens[0].text == "<"
                      or tokens[0].is_lower and tokens[0].pos_ in {"ADJ", "DET", "NUM"} and len(tokens) > 1
                      or tokens[0].lower_ in DEMONYM_NOUNS and len(tokens) > 1
                      or tokens[0].lower_ in _TENURE_WORDS and len(tokens) > 1 and ent.label_ in _BODY_LABELS
                      or tokens[0].lower_ in _INVERTED_SPEECH and len(tokens) > 1 and tokens[0].is_sent_start
                      or tokens[0].lower_ in _DESCRIBING_WORDS and len(tokens) > 1 and tokens[0].is_sent_start):
        tokens.pop(0)  # "the", and words before the name: "Japan's [first] Academy Award", "[Frenchman] Gilles Simon",
        # "[Outgoing] United States Ambassador", "[Replied] State Department deputy spokesman", "[Bookmaker]
        # Ladbrokes said", "[Veteran] US television host": a trade or a description the sentence's capital joined
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].tag_ == "NNS" and tokens[0].is_sent_start \
            and tokens[0].lower_ != tokens[0].lemma_ and ent.label_ in {"GPE", "LOC"}:
        # (a side is plural: "Rangers' striker Dado Prso")
        return None  # "Slowdowns in the US and China could hit exports": a plural noun a sentence's capital made a name
    if any(_GLUED_TICKER.fullmatch(t.text) for t in tokens):
        return None  # Reuters' ticker symbol glued to its angle bracket ("GM>" of "<GM>"): not a name
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if text[start - 1 : start] == "<" and text[end : end + 1] == ">" and _TICKER.fullmatch(text[start:end]):
        return None  # a ticker symbol in its brackets ("Nova <NVA.A.T>"), not a name
    if any(t.is_space and "\n" in t.text for t in tokens):
        return None  # a span across a paragraph break is an NER error ("Reuters\nAhead")
    if len(tokens) == 1 and (tokens[0].pos_ == "PRON" or tokens[0].lower_ in NOT_ARGUMENTS
                             or tokens[0].lower_ in DEMONYM_NOUNS) and tokens[0].text != "US":
        return None  # "the Dutchman" describes a man the article named before: no name of its own ("US", which
        # the NER names, is the country, not the pronoun)
    if len(tokens) == 1 and ent.label_ == "NORP" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" \
            and tokens[0].dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and tokens[0].tag_ in {"NNP", "NN", "JJ"} \
            and not tokens[0].lower_.endswith("s"):
        return None  # "the American said": one person the article named before, not her country
    if not any(ch.isupper() or ch.isdigit() for t in tokens for ch in t.text):
        return None  # "the south east": a description the NER took for a name (no capital letter at all)
    if ent.label_ == "PERSON" and len(tokens) <= 3 and tokens[-1].lower_ in _TITLE_ENDS:
        return None  # "Kurt Viermetz, Worldwide Treasurer of ...": his title, no second man
    first, last = tokens[0], tokens[-1]
    end = last.idx + len(last.text)
    if text[first.idx - 1 : first.idx] == "<" and text[end : end + 1] == ">":
        entity_type = "Organization"  # "<Westland Helicopter> of England": the wire brackets companies' names (its
        # tickers, "<NVA.A.T>", are no names at all), whatever the NER took the name for
    if len(tokens) == 2 and first.lower_ in _RULERS and last.is_title and entity_type in {"Place", "Organization"} \
            and (last.i + 1 >= len(ent.doc) or not ent.doc[last.i + 1].is_title):
        entity_type = "Person"  # "Saudi Arabia's King Fahd", read as a building ("King Fahd International Airport",
        # "Prince Edward Island" are longer)
    if first.i > 0 and ent.doc[first.i - 1].lower_.rstrip(".") in _HONORIFICS and entity_type in {"Place", "Organization"}:
        entity_type = "Person"  # "Mr Saakashvili", read as a place: a man, whom kg then knows by one word only
    label = ent.label_
    if first.i > ent.start and ent.doc[ent.start].lower_ in _DESCRIBING_WORDS and label == "ORG" \
            and country_named(text[first.idx : end]):
        entity_type, label = NER_TYPES["GPE"], "GPE"  # "[Veteran] US television host Dick Clark": the country
    if len(tokens) == 1 and first.text == "Conservative" and first.is_sent_start and (
            first.i + 1 >= len(ent.doc) or ent.doc[first.i + 1].lemma_.lower() not in _BRITISH_MEMBERS):
        return None  # "Conservative opposition leader Constantine Mitsotakis": the sentence's capital on a creed, not
        # Britain's party ("Conservative MP Anthony Beaumont-Dark" is its member)
    if label in {"ORG", "PERSON"} and " ".join(t.lower_ for t in tokens) in {"lib dem", "lib dems"}:
        entity_type, label = NER_TYPES["NORP"], "NORP"  # "Lib Dem spokesman Mark Oaten", read as a man: the party
    if len(tokens) == 1 and label in {"ORG", "PERSON"} and first.lower_ in DEMONYMS and first.is_title \
            and first.i + 1 < len(ent.doc) and ent.doc[first.i + 1].lower_ in _TITLE_WORDS | PORTFOLIOS:
        entity_type, label = NER_TYPES["NORP"], "NORP"  # "Ugandan President Yoweri Museveni", the nationality the
        # NER read as a body: the title's country, as "Kenyan President" ("American said", alone, stays the airline)
    return Mention(Span(first.idx, end, text[first.idx : end]), entity_type, label,
                   flaw=name_flaw(SpacySpan(ent.doc, first.i, last.i + 1, label=label)))


#: lower-case words of people's names: "Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle"
NAME_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "bint",
                  "ibn", "al", "el", "ben", "y", "dos", "das", "do", "ter", "ten", "st", "zu", "af", "av"}
#: dependencies by which a word outside a name still belongs to it ("Entertainment and Leisure Software
#: Publishers Association": the NER took the name from "Leisure"; "the Honda Accura": the NER took "Accura")
_NAME_PART_DEPS = {"compound", "flat", "nmod", "amod"}
#: prepositions inside long names: "the UN Office for the Coordination of Humanitarian Affairs"
_NAME_PREPOSITIONS = {"of", "for", "into"}
_TITLE_WORDS = frozenset(word for title in PERSON_TITLES for word in title.split()) | {
    "prince", "princess", "duke", "duchess", "earl", "baron", "baroness", "dame", "pope", "saint", "st"}


def a_party(name: str) -> bool:
    """Whether a name is a political party's: "Labour", "the Tories", "Liberal Democratic Party"."""
    folded = " ".join(name.casefold().replace(".", "").split())
    return folded.split()[-1:] == ["party"] or CANONICAL_NAMES.get(folded, "").endswith(("Party", "Democrats"))


def token_after(head: Token, *, past_punctuation: bool = False) -> Token | None:
    """The token right after the phrase ``head`` heads, or None at the document's end; ``past_punctuation``: the first
    one after any punctuation and the wire's angle brackets ("<Onex ... Ltd>, approved")."""
    doc = head.doc
    end = head.right_edge.i + 1
    while past_punctuation and end < len(doc) and (doc[end].is_punct or doc[end].text in {"<", ">"}):
        end += 1
    return doc[end] if end < len(doc) else None


def _lists_inside(doc: Doc, start: int) -> bool:
    """Whether the organisation's name that begins at ``start`` holds a comma of its own before its "and": "Cake,
    Chocolate and Confectionery Alliance" is the tail of one body's name, not one firm of a list."""
    ent = next((e for e in doc.ents if e.start == start), None)
    if ent is None or ent.label_ != "ORG":
        return False
    commas = [t.i for t in ent if t.text == ","]
    return bool(commas) and any(t.lower_ in {"and", "&"} and t.i > commas[0] for t in ent)


#: nouns of the features named "the ... of" a place: "the Straits of Florida", "the Bay of Biscay", "the Isle of Man"
_FEATURES_OF = {"strait", "straits", "gulf", "bay", "sea", "isle", "isles", "cape", "lake", "mount", "river", "port",
                "islands", "island", "sound", "firth"}


def brackets_pair(name: str) -> bool:
    """Whether every bracket a name opens it also closes: "Salomon (Brothers" of "Salomon (Brothers), Merrill (Lynch)",
    cut where the wire bracketed the name's tail, does not."""
    return name.count("(") == name.count(")") and name.count("[") == name.count("]")


def _a_model_number(word: str) -> bool:
    """Whether a word after a name is the number of a model or a title: two digits or more, or with a slash ("747",
    "9/11", "Xbox 360"), but no year (a "2004 profit") and no score's goals."""
    digits = "".join(c for c in word if c.isdigit())
    if not digits or not all(c.isdigit() or c in "/-." for c in word):
        return False
    return "/" in word or len(digits) >= 2 and not (len(word) == 4 and word[:2] in {"19", "20"})


def name_flaw(name: SpacySpan) -> str:
    """Why a name as the NER cut it cannot stand for a node: "cut short" when a capitalised word of the same
    name lies outside it ("Centre for the Study of Children[, Youth and Media]", "[Honda] Accura"),
    "malformed" when its brackets do not pair ("Nasa) Ames Research Center"); "" for a whole name.

    Titles ("CEO Tim Cook", "Mr Panke") and other names ("Apple" in "Apple CEO Tim Cook") are not parts of a name.
    """
    text = name.text
    doc = name.doc
    if name.start > 0 and doc[name.start - 1].text == "<" and name.end < len(doc) and doc[name.end].text != ">" \
            and doc[name.end].tag_ != "POS" and doc[name.end].text != ",":  # ("<Siemens AG's>", "<Morgan Guaranty
        # Ltd, Hong Kong>": a possessive or the firm's town inside the brackets)
        if _first_mark(doc[name.end : name.end + 8], {"<", ">", "."}) == ">":
            return f"cut short: {doc[name.end].text}"  # "<TDK Corp [of America]>": the wire brackets a name whole
    if name.end < len(doc) and doc[name.end].text == ">" and name.start > 0 and doc[name.start - 1].text[:1].isupper() \
            and doc[name.start - 1].pos_ != "DET":  # ("<The Daily Telegraph PLC>": the article's "The")
        if _first_mark(reversed(doc[max(0, name.start - 6) : name.start]), {"<", ">", ".", ","}) == "<":
            # (not "<Morgan Guaranty Ltd, [Hong Kong]>": its town)
            return f"cut short: {doc[name.start - 1].text}"  # "<[OK] Petroleum AB>": the wire brackets a name whole
    if not brackets_pair(text) or "<" in text or ">" in text:
        return "malformed"  # "Nasa) Ames Research Center", "GM>" of Reuters' "<GM>"
    if name.label_ == "ORG" and text.count(", ") == 1 and text.split()[-1].lower().rstrip(".") in COMPANY_SUFFIXES \
            and not {"and", "&"} & set(text.split(", ")[1].lower().split()) and any(
            ent.label_ == "ORG" and ent.text == text.split(", ")[0] for ent in name.sent.ents):
        return "malformed: two names in one"  # "AVA filed suit against [Dixons, Cyclops Corp], Allegheny Corp and
        # others in connection with Dixons' recent tender offer": "Dixons" named alone in the sentence (partners'
        # names join with "and": "Carroll, McEntee and McGinley Inc.", "Merrill Lynch, Pierce, Fenner and Smith")
    if name.label_ == "PERSON" and any(mark in text for mark in QUOTE_MARKS):
        return "malformed: a quotation mark inside"  # "Burkhard "[Bobby" Junger]": a nickname's quote, the first name
        # left out
    if len(name) > 3 and name[0].lower_ in _COMPASS_WORDS and name[1].lower_ == "and" \
            and name[2].lower_ in _COMPASS_WORDS:
        return "malformed: two places in one name"  # "New Zealand's North and South Islands", "North and South Korea"
    if len(name) > 1 and name[-1].lower_ in _SHARED_PLURALS and name.start >= 2 \
            and doc[name.start - 1].lower_ in {"and", "&"} and doc[name.start - 2].ent_type_:
        return "malformed: a plural two names share"  # "San Diego and [Orange Counties]": Orange County
    if name.end + 1 < len(doc) and doc[name.end].text in {"-", "\u2013"} and not name[-1].whitespace_ \
            and not doc[name.end].whitespace_ and doc[name.end + 1].text[:1].isupper():
        return f"cut short: {doc[name.end + 1].text}"  # "[New York]-J.F. Kennedy" (an airport), "[Minneapolis]-St.
        # Paul": a name a hyphen joins to a capital word goes on ("New York-based" ends it)
    if len(name) == 1 and name[0].lower_ in _FEATURES_OF and name.end + 1 < len(doc) and doc[name.end].lower_ == "of" \
            and doc[name.end + 1].text[:1].isupper():
        return f"cut short: of {doc[name.end + 1].text}"  # "the [Straits] of Florida", "the [Gulf] of Mexico": the
        # feature's name goes on with the place it is named after, and lies in no place of that name
    if name.start >= 2 and doc[name.start - 1].text == "-" and not doc[name.start - 1].whitespace_ \
            and not doc[name.start - 2].whitespace_ and doc[name.start - 2].is_lower and doc[name.start - 2].is_alpha \
            and len(doc[name.start - 2]) <= 3:
        return f"cut short: {doc[name.start - 2].text}-"  # "Dar-es-[Salaam]": a particle a hyphen joins to the name
    if re.search(r"\s[-\u2013\u2014]\s", text):
        return "malformed: a dash between words"  # "Gerard Jugnot - star of ...", "Newcomer Ciara - who"
    doc = name.doc
    owner, possessive, owned = text.replace("\u2019", "'").partition("'s ")
    if possessive and " " not in owner.strip() and owned and owned.split()[-1].lower() not in COMPANY_SUFFIXES \
            and owned.split()[-1].lower() not in ORGANISATION_CUES:
        return "malformed: an owner's name before its own"  # "Macrovision's Entertainment Technologies Group",
        # "Henry's Arsenal" (but "McDonald's Corp" is one name)
    if name.label_ == "ORG" and legal_suffixes_alone([t.text for t in name]):
        return "malformed: company suffixes alone"  # "[Merrill Lynch and] Co Inc", "[Laurie Milbank and] Co Inc"
    if name.label_ == "ORG" and name.end + 1 < len(doc) and doc[name.end].is_title \
            and doc[name.end].lower_ in PORTFOLIOS and doc[name.end + 1].lower_ in PERSON_TITLES \
            and (name[0].lower_ in DEMONYMS or CANONICAL_NAMES.get(name[0].lower_.replace(".", "")) in COUNTRIES):
        # "[Nicaraguan External] Trade Minister", "[U.K. Corporate] Affairs Minister": a state's portfolio cut
        # ("White House Budget Chief" names the body)
        return f"cut short: {doc[name.end].text}"
    if name.label_ == "ORG" and name.start >= 4 and doc[name.start - 1].text == ")" \
            and doc[name.start - 3].text == "(" and (doc[name.start - 4].is_title or doc[name.start - 4].is_upper):
        return f"cut short: {doc[name.start - 2].text}"  # "GMAC (Australia) [Finance Ltd]": the bracket inside a name
    if name.label_ in {"ORG", "PERSON", "PRODUCT"} and name.end < len(doc) \
            and (number := doc[name.end]).dep_ in {"nummod", "compound"} and number.head == name[-1] \
            and _a_model_number(number.text):
        return f"cut short: {number.text}"  # "[Fahrenheit] 9/11 director Michael Moore" (a film), "[Boeing] 747 pilot":
        # a number the parse hangs on the name's last word goes on with it
    if text.upper() in _TIME_ZONES:
        return "malformed: a time zone"  # "at 1330 GMT in Zurich", read as a body
    if name[-1].lower_.rstrip(".") in _CURRENCY_WORDS:
        return "malformed: a sum of money"  # "277 Zimbabwean dlrs (165 U.S. Dlrs)", read as a person
    if _MONEY_SUPPLY.fullmatch(text):
        return "malformed: a money supply measure"  # "Canadian narrowly-defined money supply M-1", read as a firm
    if name.label_ in {"ORG", "GPE", "LOC", "FAC"} and name.end + 1 < len(doc) \
            and doc[name.end].lower_ in _FOREIGN_LINKS \
            and re.sub(r"^[ld]['\u2019]", "", doc[name.end + 1].text).istitle():
        # "Volkswagen [do Brasil]", "Ente Nazionale [per l'Energia Elettrica]", "Rio Grande [do Sul]"
        return f"cut short: {doc[name.end].text} {doc[name.end + 1].text}"
    if name.label_ in {"ORG", "PERSON", "GPE"} and name.start >= 2 and doc[name.start - 1].lower_ in _FOREIGN_LINKS \
            and doc[name.start - 2].is_title and not doc[name.start - 2].is_sent_start:
        return f"cut short: {doc[name.start - 2].text} {doc[name.start - 1].text}"  # "[Kali und] Salz"
    if name.label_ == "ORG" and name[0].lower_ == "state" and name.start >= 2 and doc[name.start - 1].lower_ == "of" \
            and doc[name.start - 2].lower_.endswith("secretary"):
        return "cut short: a title's words"  # "Under-Secretary of [State for Economic Affairs]": no body
    if any(t.like_num for t in name) and any(t.lower_ in _QUANTITY_WORDS for t in name):
        return "malformed: a quantity"  # "Iran also lost about six billion dlrs, [Brunei 3.8 billion]"
    if name.label_ in {"ORG", "PERSON"} and any(t.is_lower and t.pos_ == "ADP" and t.i + 1 < name.end
                                                and doc[t.i + 1].lower_.rstrip(".") in _MONTHS for t in name):
        return "malformed: a date inside"  # "which acquired [Celanese Corp on Feb 27]"
    joiner = next((t.lower_ for t in name[1:] if t.lower_ in {"to", "by", "with"}), None) if name.label_ == "ORG" \
        else None
    if joiner is not None:
        return f"malformed: two names joined by '{joiner}'"  # "sell [Winchester Little Cigar Business to Tobacco
        # Exporters International USA Ltd]", "the derogation of [the Sourthern Pacific by SFSP] management", "a merger
        # of [Resorts with RI Acquisition Co Inc]"
    if len(name) > 2 and name[0].lower_.rstrip(".") in {"co", "inc", "corp", "ltd", "plc", "llc"} and name[1].text == ",":
        return "malformed: begins with a company suffix"  # "G.D. Searle and [Co, Nutrasweet]'s maker": the end of
        # one name and the start of another ("AB Volvo", "NV Philips" begin with theirs)
    if len(name) > 1 and name[-1].lower_ in _COMPASS_WORDS and name.end < len(doc) and doc[name.end].lower_ == "of":
        return "malformed: a direction inside"  # "the [Gulf east] of Qatar": a bearing from Qatar, no place's name
    if text.upper() in _TRADE_TERMS:
        return "malformed: a trade term"  # "refined corn oil, FOB, New York": free on board, no body
    if name.label_ == "PERSON" and len(name) > 1 and name[-1].lower_ in NAME_PARTICLES:
        return f"cut short: {doc[name.end].text}" if name.end < len(doc) else "cut short"  # "Cor van [der Klugt]"
    if name[-1].is_lower and name[-1].pos_ in {"ADP", "CCONJ", "DET", "PART", "SCONJ"} and name[-1].tag_ != "POS":
        # (the "'s" of "McDonald's said" is the firm's name: the extractor keeps it only where no noun follows)
        return "malformed: ends in a function word"  # "the Institute for the Study of Labour at"
    if name.label_ == "PERSON" and any(t.is_lower and t.is_alpha and t.lower_ not in NAME_PARTICLES
                                       and not (t.i > name.start and doc[t.i - 1].text in {"-", "'"})
                                       for t in name):  # "Yoo Ji-chang" is a name
        return "malformed: a lower-case word inside a person's name"  # "Anthony became Lopez"

    legal = (name.label_ == "ORG" or _legal_name(name)) and name[-1].lower_.rstrip(".") in COMPANY_SUFFIXES
    # (a firm the NER took for a person: "[Esso] Malaysia Bhd, a unit of Exxon Corp")

    def part_of_name(word: Token) -> bool:
        if legal and word.pos_ == "PROPN" and word.text[:1].isupper() and not word.ent_type_:
            return True  # "[Premier] Industrial Corp said", "[KMG] Main Hurdman": a firm's name takes any capital
        return (word.pos_ == "PROPN" and word.is_title and not word.ent_type_
                and not word.lower_.endswith(("man", "woman"))  # "Dutchman Peter Wessels", "Chairman"
                and word.lower_.rstrip(".") not in _TITLE_WORDS and word.lower_ not in _TITLE_WORDS)

    if name.label_ == "ORG" and name.start > 0 and (before := doc[name.start - 1]).is_title \
            and before.lower_ in {"all", "united", "new", "royal", "national", "international", "great", "general"} \
            and not before.is_sent_start and not before.ent_type_:
        return f"cut short: {before.text}"  # "[All] England Club chairman Tim Phillips": a capital mid-sentence
    of = name.start - 2 if name.start >= 2 and doc[name.start - 1].lower_ == "the" else name.start - 1
    if name.label_ != "PERSON" and of >= 1 and doc[of].lower_ in {"of", "and", "&"} and part_of_name(doc[of - 1]) \
            and (not doc[of - 1].is_sent_start or legal):  # "[Fruit of the] Loom Inc said"
        # "The Phantom of the [Opera] director", "Texas Parks and [Wildlife Department]", "British and [Irish Lions]"
        return f"cut short: {doc[of - 1].text}"
    if len(name) > 1 and name[-1].is_lower and name[-1].lower_ in _LINKS:
        return f"cut short: {name[-1].text}"  # "Union de Banques Arabes et [Francaises]": a name ends on no "and"
    if name.label_ == "ORG" and name[-1].dep_ == "amod" and name[-1].head.i >= name.end \
            and name[-1].head.pos_ == "NOUN" and name[-1].head.is_lower and _runs_on_to_a_body(name[-1].head):
        return f"cut short: {name[-1].head.text}"  # "U.S. Environmental [protection agency] officer Bill Long": an
        # adjective ends no name; the name runs on in the article's lower case to the body's noun ("UBS economist",
        # "Eastern president" end on their titles)
    if legal and of == name.start - 1 and of >= 1 and doc[of].lower_ in {"and", "&"} and doc[of - 1].is_title \
            and doc[of - 1].tag_ == "NN" and not doc[of - 1].ent_type_:
        return f"cut short: {doc[of - 1].text}"  # "[Cable and] Wireless Plc said": a firm's first word the parser
        # read as a common noun at the sentence's start (a plural, "Shareholders and Acme Inc", is no name's)
    if name.label_ == "ORG" and of == name.start - 1 and of >= 1 and doc[of].lower_ in {"and", "&"} \
            and doc[of - 1].is_sent_start and part_of_name(doc[of - 1]) and name.root.dep_ == "conj" \
            and name.root.head.i == of - 1 and not any(
                e.label_ == "PERSON" and {doc[of - 1].text, name.text} & {t.text for t in e} for e in doc.ents):
        return f"cut short: {doc[of - 1].text}"  # "[Pratt and] Whitney, a unit of United Technologies Corp": a
        # proper noun no name holds, the sentence's first word, joined to the firm's ("Blake and Shaughnessy then
        # beat Molik": two players, whom the article names in full elsewhere)
    if name.label_ == "ORG" and _one_firm_at_and(name):
        return "cut short: a firm's name split at 'and'"  # "[Kleinwort] and [Benson Ltd]'s securities analyst"
    if name.label_ == "ORG" and name.start > 0 and doc[name.start - 1].ent_type_ in {"NORP", "GPE"} \
            and doc[name.start - 1].is_title and len(name) > 1 and name[-1].lower_ in _INSTITUTION_ENDS \
            and doc[name.start - 1].head.i in range(name.start, name.end):
        return f"cut short: {doc[name.start - 1].text}"  # "[British] Retail Consortium", "[Saudi] Arabian Monetary
        # Agency": a nationality the NER took off an institution's name ("Greek U.N. Representative" keeps the U.N.)
    if name.label_ == "ORG" and of >= 1 and doc[of].lower_ == "and" and doc[of - 1].ent_type_ == "NORP" \
            and (name[0].pos_ == "ADJ" or name[-1].lower_.rstrip(".") in COMPANY_SUFFIXES):
        return f"cut short: {doc[of - 1].text}"  # "[British and] Irish Lions": two nationalities, one name; "a
        # subsidiary of [British and] Commonwealth Shipping Plc": a nationality joins no firm's name but its own
    if name.label_ == "ORG" and any(t.lower_ in {"and", "&"} for t in name) and sum(
            t.lower_ in _INSTITUTION_HEADS for t in name) >= 2:
        return "malformed: two bodies in one name"  # "New York State Department of Health and State University of
        # New York" ("Procter & Gamble" names one)
    if name.label_ == "ORG" and any(t.lower_ in {"and", "&"} and doc[t.i - 1].lower_.rstrip(".") in COMPANY_SUFFIXES
                                    and t.i + 1 < name.end and doc[t.i + 1].is_title for t in name[1:]):
        return "malformed: two firms in one name"  # "Hoechst Celanese Corporation and Trade Mountain Pipe Line
        # Company Ltd": a legal suffix ends the first firm's name ("Morgan Stanley & Co" ends the name with it)
    if name.label_ == "NORP" and name.start > 0 and doc[name.start - 1].ent_type_ == "GPE" \
            and not doc[name.start - 1].is_punct and name.text.lower() not in PARTY_WORDS:
        return f"cut short: {doc[name.start - 1].text}"  # "London Irish coach Gary Gold": a club, no nation ("Kansas
        # Republican Senator Bob Dole": a state's member of his party)
    for token in name:
        for child in token.children:
            beside = child.i in {name.start - 1, name.end} or child.i == name.start - 2 and doc[child.i + 1].lower_ in {
                "and", "&"}  # "the Entertainment and Leisure Software Publishers Association"
            if not beside or child.dep_ not in _NAME_PART_DEPS or child.is_sent_start and child.lower_ in _DESCRIBING_WORDS:
                continue  # only a word right beside the name can be part of it ("Euronext chief Jean-Francois
                # Theodore": the firm, not his name; "Actress Patsy Rowlands": a capital of the sentence start;
                # "Bookmaker Ladbrokes": its trade, which :func:`entity_mention` took off the NER's name)
            if part_of_name(child) and (not child.is_sent_start or legal):
                return f"cut short: {child.text}"
            if child.dep_ == "compound" and child.ent_type_ not in {"", "NORP", "CARDINAL", "DATE", "ORDINAL"} \
                    and child.lower_ not in DEMONYM_NOUNS | _INVERTED_SPEECH and child.i == name.start - 1 \
                    and (name.label_ == "PRODUCT" or child.ent_type_ == name.label_
                         or {child.ent_type_, name.label_} == {"ORG", "PERSON"}
                         or name.label_ in {"ORG", "NORP"} and child.ent_type_ == "GPE"
                         and name.text.lower() not in PARTY_WORDS):
                # "the Honda Accura", "Lockheed Martin" (ORG + PERSON), "UK Film Council": one name split in two
                return f"cut short: {child.text}"
    if name.label_ not in {"PERSON", "GPE", "LOC"}:
        for prep in (c for c in name.root.children if c.dep_ == "prep" and c.i == name.end
                     and c.lower_ in _NAME_PREPOSITIONS and not c.ent_type_):  # "Monier Ltd of Australia": split on purpose
            # "the UN Office [for the Coordination of Humanitarian Affairs]", "Flight [into Danger]"
            if any(p.pos_ == "PROPN" and p.is_title and p.ent_type_ not in {"GPE", "LOC"} for p in prep.children
                   if p.dep_ == "pobj"):
                return f"cut short: {prep.text}"
            if prep.lower_ == "for" and name[-1].lower_ in _INSTITUTION_HEADS and any(
                    p.pos_ == "PROPN" and p.is_title for p in prep.children if p.dep_ == "pobj"):
                return f"cut short: {prep.text}"  # "U.N. Economic Commission [for Africa]": the region it serves
    # a long institutional name cut at a comma or "and": "Centre for the Study of Children, Youth and Media",
    # "Donaldson Lufkin [and Jenrette]"
    if name.end + 1 < len(doc) and doc[name.end].text in {"and", "&"} and _INITIALS.fullmatch(name[-1].text) \
            and _INITIALS.fullmatch(doc[name.end + 1].text):
        return "cut short"  # "E.D. [and F. Man]": initials on both sides of "and" are one firm's name
    if name.label_ == "ORG" and name.end + 1 < len(doc):
        joint, following = doc[name.end], doc[name.end + 1]
        institutional = any(t.lower_ in {"of", "for"} for t in name)
        if (joint.text in {"and", "&"} or joint.text == "," and institutional) and part_of_name(following):
            return "cut short"
        # partners' names to a legal suffix: "Howard, Weil[, Labouisse, Friedrichs, Inc]" (a name with its own suffix
        # begins a list: "Nesbitt Thomson Deacon Inc, Gordon Capital Corp and ...")
        tail = doc[name.end : name.end + 8]
        if joint.text == "," and following.is_title and following.pos_ == "PROPN" and not legal and any(
                t.lower_.rstrip(".") in COMPANY_SUFFIXES and t.i > following.i
                and all(w.text == "," or w.is_title or w.is_upper for w in doc[name.end : t.i]) for t in tail):
            return "cut short"
        # "UBS-Phillips [and Drew] in London", "privately-held Wagner [and Brown]": a partner's surname alone, which
        # the NER took for a person, ends the firm's name
        if joint.text in {"and", "&"} and following.ent_type_ == "PERSON" and following.ent_iob_ == "B" \
                and following.pos_ == "PROPN" and not name[-1].is_lower and name[-1].lower_ not in COMPANY_SUFFIXES \
                and (name.end + 2 == len(doc) or doc[name.end + 2].ent_iob_ != "I") \
                and not (name.end + 2 < len(doc) and doc[name.end + 2].tag_ == "POS") \
                and not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == following.text for e in doc.ents):
            return "cut short"  # (a surname the article gives a person's full name elsewhere is his: "Microsoft and Gates")
        # "the British Biscuit[, Cake, Chocolate and Confectionery Alliance]": the other part lists words itself
        if joint.text == "," and following.ent_type_ == "ORG" and following.ent_iob_ == "B" \
                and _lists_inside(doc, following.i):
            return "cut short"
        # "American Telephone [and Telegraph Co]": a legal suffix ends the other half only
        if joint.text in {"and", "&"} and following.ent_type_ == "ORG" and following.ent_iob_ == "B" \
                and name[-1].lower_ not in COMPANY_SUFFIXES:
            other = next((e for e in doc.ents if e.start == following.i), None)
            if other is not None and other[-1].lower_ in COMPANY_SUFFIXES:
                return "cut short"
    if name.label_ == "ORG" and name[-1].lower_ in _UNIT_ENDS and len(name) > 1 and any(
            c.dep_ == "poss" and c.is_lower and c.i < name.start for c in name[-1].children):
        return "malformed: a unit without its owner's name"  # "the company's Missiles Systems Division", "its Consumer
        # Products Division": whose? ("Raytheon's Missile Systems Division", "HIS's Federal Systems Division" name it)
    if name.label_ == "ORG" and name.start >= 2 and doc[name.start - 1].text == "," \
            and doc[name.start - 2].ent_type_ == "ORG" and _lists_inside(doc, name.start):
        return f"cut short: {doc[name.start - 2].text}"  # "[the British Biscuit,] Cake, Chocolate and Confectionery
        # Alliance" (a list of firms names one in each part: "IBM, Apple and Microsoft")
    if name.label_ == "ORG" and name.start >= 2 and doc[name.start - 1].text in {"and", "&"} \
            and name[-1].lower_ in COMPANY_SUFFIXES:
        before = doc[name.start - 2]
        if before.ent_type_ == "ORG" and before.lower_ not in COMPANY_SUFFIXES:
            return "cut short"  # "[American Telephone and] Telegraph Co"
    return ""
