"""Companies and what they own: "Sony's PlayStation", "AOL, a unit of Time Warner".

* ``owns``: an organisation's possessive before a product it makes
  ("Microsoft's Xbox", "Canon's EOS 300D");
* ``subsidiaryOf``: an organisation in apposition to "a unit / subsidiary /
  division of" another ("Woolwich, a subsidiary of Barclays"), or named with
  the other's possessive and such a noun ("Fiat's Alfa Romeo unit").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.registry import extractor
from kg.types import Mention, Relation

#: nouns that make one organisation part of another
UNIT_NOUNS = {"unit", "subsidiary", "division", "arm", "affiliate", "offshoot", "subsidiaries", "units"}
_OWNED_TYPES = {"Product"}


def _head(ctx: DocContext, mention: Mention) -> Token | None:
    span = ctx.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return None if span is None else span.root


def _owner_of(ctx: DocContext, head: Token, owned: Mention) -> Mention | None:
    for child in head.children:
        owner = ctx.entity_at(child)
        if child.dep_ == "poss" and owner is not None and owner != owned and owner.type == "Organization":
            return owner
    return None


@extractor("business.v1", requires=("token.dep", "doc.ents"))
def business(ctx: DocContext) -> Iterator[Relation]:
    """Organisation -owns-> product; organisation -subsidiaryOf-> organisation."""
    for mention in ctx.mentions:
        head = _head(ctx, mention)
        if head is None:
            continue
        sentence = ctx.sentence(head)
        if mention.type in _OWNED_TYPES and (owner := _owner_of(ctx, head, mention)) is not None:
            yield Relation(owner, "owns", mention, sentence, "business.v1", 0.75, surface=f"{owner.span.text}'s",
                           phrases=(owner.span, mention.span), trigger=owner.span)
        if mention.type != "Organization":
            continue
        # "Woolwich, a subsidiary of Barclays": the apposition's noun and its "of"
        for appos in (c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in UNIT_NOUNS):
            for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    parent = ctx.entity_at(pobj)
                    if parent is not None and parent.type == "Organization" and parent != mention:
                        yield Relation(mention, "subsidiaryOf", parent, sentence, "business.v1", 0.8,
                                       surface=appos.text, kind="Statement", phrases=(mention.span, parent.span),
                                       trigger=ctx.token_span(appos))
        # "Fiat's Alfa Romeo unit": the unit noun after the name, the parent in its possessive
        noun = head.head if head.dep_ == "compound" and head.head.lemma_.lower() in UNIT_NOUNS else None
        if noun is not None:
            parent = _owner_of(ctx, noun, mention)
            if parent is not None:
                yield Relation(mention, "subsidiaryOf", parent, sentence, "business.v1", 0.75, surface=noun.text,
                               phrases=(mention.span, parent.span), trigger=ctx.token_span(noun))


@extractor("works.starring.v1", requires=("token.dep", "doc.ents"))
def starring(ctx: DocContext) -> Iterator[Relation]:
    """Person -starredIn-> work, from "Ocean's Twelve, starring George Clooney and Brad Pitt"."""
    for verb in ctx.doc:
        if verb.lower_ != "starring" or verb.dep_ not in {"acl", "advcl", "prep"}:
            continue
        work = ctx.entity_at(verb.head)
        if work is None or work.type != "Work":
            continue
        for obj in (c for c in verb.children if c.dep_ in {"dobj", "pobj"}):
            for token in (obj, *obj.conjuncts):
                person = ctx.entity_at(token)
                if person is not None and person.type == "Person":
                    yield Relation(person, "starredIn", work, ctx.sentence(verb), "works.starring.v1", 0.8,
                                   surface="starring", kind="Statement", phrases=(person.span, work.span),
                                   trigger=ctx.token_span(verb))
