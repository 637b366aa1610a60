"""Documents: reports, studies, laws and books, with publisher and date.

"a 2014 U.N. report" is a document published by the United Nations in 2014;
"another report that Human Rights Watch released last year" is a document
Human Rights Watch released, dated last year.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.extract.vocabulary import DOCUMENT_NOUNS, VERB_PREDICATES
from kg.registry import extractor
from kg.types import Mention, Relation, TimeValue

_PUBLISHER_TYPES = {"Organization", "Place", "Person"}
#: documents of two parties or more: "the 1982 agreement by Nabisco to lease ... to ADM"
_AGREEMENTS = {"agreement", "treaty", "accord", "contract", "deal", "pact"}
#: documents whose "of" names who wrote them
_AUTHORED_OF = {"report", "statement", "letter", "memo", "memorandum", "communique", "resolution", "declaration"}
#: those who review a document they did not write
_REVIEWERS = {"auditor", "accountant", "reviewer", "examiner"}
#: words of a report on a period
_PERIODIC = {"annual", "yearly", "quarterly", "monthly", "weekly", "half-yearly", "interim", "semi-annual"}


def _modifiers(ctx: DocContext, noun: Token) -> tuple[Mention | None, TimeValue | None]:
    publisher: Mention | None = None
    date: TimeValue | None = None
    # "the Bundesbank's 1986 annual report", "its 1987 budget review": a periodic report's year is the one it
    # covers (it came out in 1987), not its date
    periodic = any(c.lower_ in _PERIODIC for c in noun.lefts)
    # ("1986 financial statements": the accounts of 1986, not a text dated 1986)
    periodic = periodic or any(c.lower_ == "financial" for c in noun.lefts) \
        or noun.tag_ == "NNS" and noun.lemma_.lower() == "statement"  # ("its 1985 statements": its accounts)
    for child in noun.lefts:
        if child.ent_type_ == "DATE" and date is None and not periodic:
            date = ctx.time_at(child)
        elif child.dep_ in {"compound", "poss", "nmod", "amod"}:
            mention = ctx.entity_at(child)
            if mention is not None and mention.type in _PUBLISHER_TYPES and publisher is None:
                publisher = mention
    # "a report of the commission" is its; "a 1985 audit of Technical Equities" and "a study of X" are about X
    authored = {"by", "from", "of"} if noun.lemma_.lower() in _AUTHORED_OF else {"by", "from"}
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in authored):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(c.lemma_.lower() in _REVIEWERS for c in pobj.children if c.dep_ in {"compound", "appos"}):
                continue  # "an opinion on 1986 financial statements from auditor Arthur Andersen": the auditor's
                # opinion, not his statements
            mention = ctx.entity_at(pobj)
            if mention is not None and mention.type in _PUBLISHER_TYPES and publisher is None:
                publisher = mention
    return publisher, date


@extractor("documents.v1", requires=("token.dep", "doc.ents"), emits=("released", "publisher", "datePublished"))
def documents(ctx: DocContext) -> Iterator[Relation]:
    """Document -publisher-> organisation, -datePublished-> year/date; X -released-> document."""
    for noun, pos, lemma in zip(ctx.tokens, ctx.poses, ctx.lemmas):
        if pos != "NOUN" or lemma not in DOCUMENT_NOUNS:
            continue
        document = ctx.noun_phrase(noun)
        if document is None or document.type != "Document":
            continue
        if any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in noun.lefts):
            continue  # "Today's MORI poll", "last year's report": a description by its day, which names no document
        publisher, date = _modifiers(ctx, noun)
        sentence = ctx.sentence(noun)
        # "a report that Human Rights Watch released last year"
        for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"):
            if VERB_PREDICATES.get(clause.lemma_.lower()) != "released":
                continue
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                releaser = ctx.argument(subject)
                if releaser is None or releaser.type not in _PUBLISHER_TYPES:
                    continue
                _place, when = ctx.place_and_time(clause)
                date = date or when
                publisher = publisher or releaser
                yield Relation(releaser, "released", document, sentence, "documents.v1", 0.85,
                               surface=clause.text, time=when, kind="Event",
                               phrases=(ctx.phrase(subject), document.span), trigger=ctx.token_span(clause))
        if publisher is not None and noun.lemma_.lower() not in _AGREEMENTS:  # an agreement has parties, no publisher
            yield Relation(document, "publisher", publisher, sentence, "documents.v1", 0.8,
                           surface=document.span.text, phrases=(document.span, publisher.span),
                           trigger=ctx.token_span(noun))
        if date is not None:
            yield Relation(document, "datePublished", date, sentence, "documents.v1", 0.8,
                           surface=document.span.text, phrases=(document.span,), trigger=ctx.token_span(noun))
