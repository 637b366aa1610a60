"""Family ties between two named people: "Michael Reagan, son of President Reagan", "Presley's daughter Lisa Marie".

* ``relatedTo``: a kin noun (son, daughter, brother, mother ...) in apposition to one person's name with "of" and
  another's ("Alessandro Moggi, son of Juve manager Luciano Moggi"), or before a name with another's possessive
  ("Lleyton Hewitt's sister Jaslyn"), or after "is" ("X is the son of Y");
* ``married``: the same with a spouse's noun ("Courtney Love, the widow of Nirvana frontman Kurt Cobain").

Both ends are people the NER names: "son of the Texas oilman", "son of Juve" name no person. A family a role in a
film or a show gives ("Sophie Okonedo, who plays Cheadle's wife Tatiana", "a cameo role as Tom Farrell's mother
Sheila") is the story's, not the actors'.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.registry import extractor
from kg.types import Mention, Relation

#: nouns of a tie by marriage: the married pair ("his widow", "her former husband": were married)
SPOUSE_NOUNS = {"wife", "husband", "widow", "widower", "spouse"}
#: nouns of a tie by blood or by law, other than a spouse's
KIN_NOUNS = {"son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece", "cousin", "grandson",
             "granddaughter", "grandfather", "grandmother", "uncle", "aunt", "stepson", "stepdaughter", "stepfather",
             "stepmother", "stepbrother", "stepsister", "half-brother", "half-sister", "twin"}
#: words before a kin noun that say the tie is not (yet) one: "his future wife", "her would-be husband"
_NOT_YET = {"future", "would-be", "prospective", "alleged", "putative"}
#: verbs whose object is a part an actor plays: the family is the story's
_PLAYING_VERBS = {"play", "portray", "star", "cast"}


def _kin_word(noun: Token) -> str | None:
    """The predicate a lower-case kin noun says: "married", "relatedTo" or None."""
    if not noun.is_lower or any(c.lower_ in _NOT_YET for c in noun.children if c.dep_ in {"amod", "compound"}):
        return None  # ("Warner Brothers", "Sister Sledge": names, no kin)
    lemma = noun.lemma_.lower()
    return "married" if lemma in SPOUSE_NOUNS else "relatedTo" if lemma in KIN_NOUNS else None


def _a_part_played(noun: Token) -> bool:
    """Whether the phrase of ``noun`` names a part in a story: the object of "plays", or after "as" ("a role as")."""
    word = noun
    for _ in range(4):  # up through the phrase's own compounds and appositions to where it hangs
        if word.dep_ == "pobj" and word.head.lower_ == "as":
            return True
        if word.dep_ in {"dobj", "attr"} and word.head.lemma_.lower() in _PLAYING_VERBS:
            return True
        if word.dep_ not in {"compound", "appos", "poss", "pobj", "conj"} or word.head is word:
            return False
        word = word.head
    return False


def _person_at(ctx: DocContext, token: Token, other: Mention) -> Mention | None:
    """The person the NER names at ``token``, if it is not ``other``."""
    found = ctx.entity_at(token)
    return found if found is not None and found.type == "Person" and found != other else None


def _relatives(ctx: DocContext, person: Mention, head: Token) -> Iterator[tuple[Token, str, Mention]]:
    """(kin noun, its predicate, the other person) for each tie the phrase around ``head``, the person's name,
    states."""
    nouns = [c for c in head.children if c.dep_ in {"appos", "compound"}]
    if head.dep_ in {"appos", "compound"}:
        nouns.append(head.head)  # "Reagan's wife, Nancy": the name hangs on the noun
    for noun in nouns:
        if noun.i == head.i or (predicate := _kin_word(noun)) is None:
            continue
        # (the parse may hang the possessive on the name: "Sylvester Stallone's ex-wife Brigitte Nielsen")
        owners = [c for c in head.children if c.dep_ == "poss" and c.i < noun.i] if noun.i < head.i else []
        for child in (*noun.children, *owners):
            if child.dep_ == "prep" and child.lower_ == "of" and noun.i > head.i:
                # "Alessandro Moggi, son of Juve manager Luciano Moggi"
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if (other := _person_at(ctx, pobj, person)) is not None:
                        yield noun, predicate, other
            elif child.dep_ == "poss" and noun.i < head.i:
                # "Lleyton Hewitt's sister Jaslyn", "Presley's daughter Lisa Marie"
                if (other := _person_at(ctx, child, person)) is not None:
                    yield noun, predicate, other


def _copular_relatives(ctx: DocContext, person: Mention, head: Token) -> Iterator[tuple[Token, str, Mention]]:
    """(kin noun, its predicate, the other person) of "X is the son of Y"."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or ctx.modality(verb):
        return
    for noun in (c for c in verb.children if c.dep_ == "attr"):
        if (predicate := _kin_word(noun)) is None:
            continue
        for child in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if (other := _person_at(ctx, pobj, person)) is not None:
                    yield noun, predicate, other


def _one_begins_the_other(name: str, other: str) -> bool:
    """Whether a full name of two words or more begins the other name: the NER's slip, which glued two sentences'
    names ("Malcolm X. Attallah Shabazz, the daughter of activist Malcolm X"); "Michael Reagan, son of President
    Reagan" shares a surname only."""
    shorter, longer = sorted((name, other), key=len)
    return len(shorter.split()) > 1 and longer.startswith(shorter)


@extractor("family.v1", requires=("token.dep", "doc.ents"), emits=("married", "relatedTo"))
def family(ctx: DocContext) -> Iterator[Relation]:
    """Person -relatedTo-> person and person -married-> person, from kin nouns between two named people."""
    seen: set[tuple[Mention, Mention]] = set()
    for person in ctx.mentions:
        if person.type != "Person" or (span := ctx.tokens_of(person)) is None:
            continue
        head = span.root
        for noun, predicate, other in (*_relatives(ctx, person, head), *_copular_relatives(ctx, person, head)):
            pair = (min(person, other, key=lambda m: m.span.start), max(person, other, key=lambda m: m.span.start))
            if pair in seen or _a_part_played(noun) or _a_part_played(head) \
                    or _one_begins_the_other(person.span.text, other.span.text):
                continue
            seen.add(pair)
            yield Relation(person, predicate, other, ctx.sentence(head), "family.v1", 0.75, surface=noun.text,
                           phrases=(person.span, other.span), trigger=ctx.token_span(noun))
