"""Events expressed as nouns: "their one-on-one meeting in Hanoi, Feb. 28".

A meeting is a meeting whether the article says "Trump met Kim" or "during
their meeting": the participants come from a possessive ("their", "Trump's"),
from "between X and Y" / "with Y", or from "the two leaders" (the two people
the text last named); place and time come from the noun's own modifiers.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.extract.vocabulary import EVENT_NOUNS, HEDGING_ADJECTIVES, LIGHT_VERBS, PARTY_WORDS
from kg.registry import extractor
from kg.types import Mention, Relation

_PLURAL_PEOPLE = {"leader", "man", "president", "side", "minister", "official", "head", "counterpart"}


def _clause_participants(ctx: DocContext, noun: Token) -> list[Mention]:
    """For "their": the subject and object of the clause the noun sits in."""
    verb = noun
    while verb.dep_ not in {"ROOT"} and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    people: list[Mention] = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            candidates = [child]
        elif child.dep_ == "prep":
            candidates = [p for p in child.children if p.dep_ == "pobj" and p.i < noun.i]
        else:
            continue
        for token in candidates:
            mention = ctx.argument(token)
            if mention is not None and mention.type == "Person" and mention not in people:
                people.append(mention)
    return people


def _last_people(ctx: DocContext, before: int, count: int) -> list[Mention]:
    """The ``count`` most recent distinct people named before character ``before``."""
    seen: list[Mention] = []
    names: set[str] = set()
    for mention in reversed(ctx.mentions):
        if mention.span.start >= before or mention.type != "Person":
            continue
        key = mention.span.text.split()[-1].lower()
        if key in names:
            continue
        names.add(key)
        seen.append(mention)
        if len(seen) == count:
            break
    return list(reversed(seen)) if len(seen) == count else []


def participants(ctx: DocContext, noun: Token) -> list[Mention]:
    """Who takes part in the event the noun names."""
    people: list[Mention] = []
    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ == "their":
                people.extend(_clause_participants(ctx, noun))
            elif (mention := ctx.argument(child)) is not None:
                people.append(mention)
        elif child.dep_ == "compound" and child.lemma_.lower() in _PLURAL_PEOPLE:
            # "the two leaders meetings": the two people last named
            if any(grand.like_num for grand in child.children) or child.tag_ == "NNS":
                people.extend(_last_people(ctx, noun.idx, 2))
        elif child.dep_ == "prep" and child.lower_ in {"between", "with", "of"}:
            if child.lower_ == "with" and not people and not any(
                    c.dep_ in {"poss", "compound"} or c.dep_ == "prep" and c.lower_ in {"between", "of"}
                    for c in noun.children):
                continue  # "talks with Russia and Saudi Arabia": someone unnamed talks with each, not they together
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for token in (pobj, *pobj.conjuncts):
                    if token.tag_ in {"NNS", "NNPS"} and token.lower_ in PARTY_WORDS \
                            and any(c.dep_ == "amod" for c in token.children):
                        continue  # "an alliance of liberal Democrats and conservative Republicans": some of each
                        # party's members, not the parties (whose leaders backed the bill)
                    mention = ctx.argument(token)
                    if mention is not None and mention.type in {"Person", "Organization", "Place", "Group"}:
                        people.append(mention)
    unique: list[Mention] = []
    for mention in people:
        if mention not in unique:
            unique.append(mention)
    return unique


@extractor("events.nominal.v1", requires=("token.dep", "doc.ents"), emits=tuple(sorted(set(EVENT_NOUNS.values()))))
def nominal_events(ctx: DocContext) -> Iterator[Relation]:
    """Meetings, summits, talks and visits named by a noun, with place and time."""
    for noun, pos, lemma in zip(ctx.tokens, ctx.poses, ctx.lemmas):
        if pos != "NOUN" or lemma not in EVENT_NOUNS:
            continue
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
            continue  # "held talks with": the verbal extractor reads it as one predicate
        people = participants(ctx, noun)
        if len(people) < 2:
            continue
        if ctx.sport and (all(p.type != "Person" for p in people) or noun.lemma_.lower() in {"meeting", "meet"}):
            continue  # "Celtic's Boxing Day meeting with Hearts" is a match, not a meeting
        hedge = next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in HEDGING_ADJECTIVES), "")
        modality = f"hedged: {hedge}" if hedge else _clause_modality(ctx, noun)  # "an alleged meeting"
        predicate = EVENT_NOUNS[noun.lemma_.lower()]
        place, time = ctx.place_and_time(noun)
        if time is None:
            # "in Hanoi, Feb. 28": the date may hang off the place
            for token in noun.subtree:
                if token.ent_type_ == "DATE" and token.i > noun.i:
                    time = ctx.time_at(token)
                    break
        if not modality and time is not None and ctx.after_the_article(time):
            modality = "hedged: future"  # "talks in Paris next week"
        first = people[0]
        for other in people[1:]:
            yield Relation(
                subject=first,
                predicate=predicate,
                object=other,
                sentence=ctx.sentence(noun),
                extractor="events.nominal.v1",
                confidence=0.8,
                surface=ctx.phrase(noun).text,
                place=place,
                time=time,
                kind="Event",
                phrases=(first.span, other.span),
                trigger=ctx.token_span(noun),
                negated=modality == "negated",
                hedged=modality.startswith("hedged"),
                modality=modality,
            )


#: nouns of what comes before an event: "the groundwork for talks", "the way to a meeting", "plans for a summit"
_PREPARATORY = {"groundwork", "way", "preparation", "plan", "proposal", "call", "push", "pressure", "prospect",
                "hope", "date", "agenda", "stage", "basis", "framework", "road", "path", "door", "invitation"}
#: verbs whose object is an event still to come: "awaits talks with"
_AWAITING = {"await", "anticipate", "expect", "prepare", "plan", "propose", "seek", "want", "hope", "schedule"}
#: words that put the event a noun names in the future: "the meeting is due to take place at 1330 GMT"
_SCHEDULED = {"due", "set", "scheduled", "expected", "likely", "planned", "slated"}
#: nouns of a tie's ending: "negotiated an end to its alliance with General Motors" tells of an alliance that is over
_ENDINGS = {"end", "termination", "collapse", "dissolution", "breakup", "break-up", "cancellation"}


def _clause_modality(ctx: DocContext, noun: Token) -> str:
    """The modality of the clause an event noun is an argument of: "the meeting ... is due to take place",
    "talks will be held", "they did not hold the summit" tell of no event that happened."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    # "two rounds of talks between Reagan and Nakasone, scheduled for Thursday and Friday": talks still to come
    whole = verb if noun.dep_ == "pobj" and noun.head.lower_ == "of" and verb.pos_ == "NOUN" else noun
    if any(c.dep_ in {"acl", "amod"} and c.lower_ in _SCHEDULED for n in {noun, whole} for c in n.children):
        return "hedged: scheduled"
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return ""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"to", "of"} and noun.head.head.lemma_.lower() in _ENDINGS:
        return "hedged: ended"  # "an end to its alliance with General Motors", "the collapse of talks with X"
    if noun.dep_ == "pobj" and noun.head.lower_ in {"for", "to", "toward", "towards"} \
            and noun.head.head.lemma_.lower() in _PREPARATORY:
        return "hedged: prepared"  # "laying the groundwork for talks between Kuroda and Smith": talks to come
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() == "look" \
            and any(c.lower_ == "forward" for c in noun.head.head.children):
        return "hedged: looked forward to"  # "he was looking forward to his talks with Nakasone": talks to come
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _AWAITING:
        return f"hedged: {verb.lemma_.lower()}"  # "awaiting talks with the Japanese"
    governor = verb
    for _ in range(4):  # "it would open the way for summit talks between A and B": the verb above the noun's noun
        if governor.pos_ in {"VERB", "AUX"} or governor.dep_ not in {"dobj", "pobj", "prep", "attr"}:
            break
        governor = governor.head
    if governor.pos_ in {"VERB", "AUX"} and (modality := ctx.modality(governor)):
        return modality
    if verb.pos_ not in {"VERB", "AUX"}:
        return ""
    if noun.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ in {"acomp", "oprd", "xcomp"}
                                                   and c.lemma_.lower() in _SCHEDULED for c in verb.children):
        return "hedged: scheduled"
    return ""


#: nouns of a contest's result: the possessor beat the object of "over"/"against" ("Arsenal's 2-1 win
#: over Chelsea"); for a defeat, the object of "by"/"to"/"against" beat the possessor ("Wales' defeat by England")
_WIN_NOUNS = {"win", "victory", "triumph", "success"}
_LOSS_NOUNS = {"defeat", "loss"}


@extractor("events.contest.v1", requires=("token.dep", "doc.ents"), emits=("defeated",))
def contests(ctx: DocContext) -> Iterator[Relation]:
    """Team -defeated-> team from a result noun: "Arsenal's 2-1 win over Chelsea", "Wales' defeat by England"."""
    sides = {"Organization", "Place", "Person"}
    results = _WIN_NOUNS | _LOSS_NOUNS  # (made once, not once per token)
    for noun, pos, lemma in zip(ctx.tokens, ctx.poses, ctx.lemmas):
        if pos != "NOUN" or lemma not in results:
            continue
        owners = [ctx.entity_at(c) for c in noun.children if c.dep_ in {"poss", "compound"}]
        owner = next((m for m in owners if m is not None and m.type in sides), None)
        preps = {"over", "against"} if lemma in _WIN_NOUNS else {"by", "to", "against"}
        others = [ctx.entity_at(p) for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
                  for p in prep.children if p.dep_ == "pobj"]
        other = next((m for m in others if m is not None and m.type in sides), None)
        if owner is None or other is None or owner == other:
            continue
        winner, loser = (owner, other) if lemma in _WIN_NOUNS else (other, owner)
        modality = ctx.modality(noun.head) if noun.dep_ in {"dobj", "nsubj", "pobj"} else ""
        yield Relation(winner, "defeated", loser, ctx.sentence(noun), "events.contest.v1", 0.75,
                       surface=ctx.phrase(noun).text, kind="Event", phrases=(winner.span, loser.span),
                       trigger=ctx.token_span(noun), negated=modality == "negated",
                       hedged=modality.startswith("hedged"), modality=modality)
