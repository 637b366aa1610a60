"""Broadcasters and the programmes the text names as theirs: "BBC One show My Family", "the BBC's Today programme".

The NER reads these badly: it splits "BBC" from "One" (a number), takes "Channel 4's" with its possessive, calls
"Today" a date and "Supernanny" a man, and misses most programme titles. A programme is named only where the text
says it is one: a programme noun ("show", "series", "programme", "drama" ...) between the broadcaster and a
title-cased name ("ITV1 talent show The X-Factor"), or right after "<broadcaster>'s <name>" ("the BBC's Today
programme"). :class:`kg.extract.context.DocContext` makes both names entities (an organisation and a work, in place
of whatever the NER read there), and ``works.broadcast.v1`` gives the programme its broadcaster as publisher.

Layer: extract, over the registry; must not import kg.resolve or any layer above it.
"""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span as SpacySpan, Token

#: broadcasters' names, as spaCy Matcher patterns (a word alone such as "Five", "Fox" or "Sky" counts only before a
#: programme noun or a possessive and a named programme, which is all this module reads)
BROADCASTER_PATTERNS: list[list[dict[str, object]]] = [
    [{"TEXT": "BBC"}, {"TEXT": {"IN": ["One", "Two", "Three", "Four"]}}],
    [{"TEXT": "BBC"}, {"TEXT": "Radio"}, {"TEXT": {"IN": ["1", "2", "3", "4", "5", "Scotland", "Wales", "Ulster"]}},
     {"TEXT": "Live", "OP": "?"}],
    [{"TEXT": "BBC"}, {"TEXT": "World"}, {"TEXT": "Service", "OP": "?"}],
    [{"TEXT": "BBC"}, {"TEXT": "News"}, {"TEXT": "24"}],
    [{"TEXT": {"IN": ["BBC", "BBC1", "BBC2", "ITV", "ITV1", "ITV2", "E4", "More4", "S4C", "MTV", "VH1", "HBO", "NBC",
                      "CBS", "ABC", "CNN", "PBS", "Fox", "Five", "UPN", "Showtime"]}}],
    [{"TEXT": "Channel"}, {"TEXT": {"IN": ["4", "Four", "5", "Five"]}}],
    [{"TEXT": "Sky"}, {"TEXT": {"IN": ["One", "Sports", "News", "Movies"]}, "OP": "?"}],
    [{"TEXT": "Comedy"}, {"TEXT": "Central"}],
]
#: nouns that say the title-cased name beside them is a programme
PROGRAMME_NOUNS = frozenset({"show", "series", "programme", "program", "drama", "comedy", "sitcom", "soap",
                             "documentary", "quiz", "serial"})
#: lower-case words a programme's title may hold between capitalised ones when a programme noun ends it ("the BBC's
#: Focus on Africa programme"), and those it may hold when nothing does ("Top of the Pops", not "Casualty at
#: Christmas")
_TITLE_JOINERS = frozenset({"of", "the", "a", "an", "in", "on", "for", "to", "at", "&"})
_OPEN_TITLE_JOINERS = frozenset({"of", "the", "&"})
#: the broadcaster's name may be followed by this many describing words before its programme noun ("ITV1 talent show
#: The X-Factor", "BBC sketch programme The Fast Show")
_DESCRIBING_WORDS = 2

_matchers: dict[int, Matcher] = {}


def _matcher(doc: Doc) -> Matcher:
    """One Matcher per vocabulary (a pipeline's, shared by all its documents)."""
    matcher = _matchers.get(id(doc.vocab))
    if matcher is None:
        if len(_matchers) >= 4:
            _matchers.clear()  # (a process that loads pipeline after pipeline keeps none of the old ones alive)
        matcher = _matchers[id(doc.vocab)] = Matcher(doc.vocab)
        matcher.add("BROADCASTER", BROADCASTER_PATTERNS)
    return matcher


def _title_end(doc: Doc, start: int, closed: bool) -> int:
    """The end (exclusive) of the title-cased name that starts at ``start``, or ``start`` when none does: capitalised
    words, and within the name numbers, "'", a hyphen written without spaces and "of", "the" or "&" before a
    capitalised word ("Footballers' Wives", "The X-Factor", "Top of the Pops"). A title ``closed`` by the programme
    noun after it ("the BBC's Focus on Africa programme") may also hold "'s" and any of :data:`_TITLE_JOINERS` and
    "and"; an open one stops there ("Good Morning America on Monday", "Little Britain's Matt Lucas")."""
    joiners = _TITLE_JOINERS | {"and"} if closed else _OPEN_TITLE_JOINERS
    end = index = start
    while index < len(doc):
        token = doc[index]
        inside = index > start
        if token.is_title or token.is_upper and token.is_alpha and len(token) > 1 or inside and (
                token.is_digit or token.text == "'" or closed and token.text in {"'s", "\u2019s"}
                or token.text == "-" and not doc[index - 1].whitespace_):
            index += 1
            if token.text not in {"'s", "\u2019s", "'", "-"}:
                end = index
        elif inside and token.lower_ in joiners and (token.is_lower or token.text == "&") \
                and (word := next((i for i in range(index + 1, min(index + 3, len(doc)))
                                   if doc[i].lower_ not in joiners), None)) is not None and doc[word].is_title:
            index += 1  # ("Top of the Pops": two joiners, then the title goes on)
        else:
            break
    return end


def _named(doc: Doc, start: int, end: int, closed: bool = False) -> bool:
    """Whether ``doc[start:end]`` is a whole name: a word of two letters at least ("I" of "I'm a Celebrity" is
    none), no name of the NER's that goes on past it (it was cut: "BBC drama Pride and Prejudice"), and, unless a
    programme noun ``closed`` it, nothing right after it that says it may go on: a lower-case noun ("ITV soap
    Emmer dale"), a possessive ("Little Britain's Matt Lucas": whose title ends where?), "and", "with" or "&" before
    a capitalised word ("Only Fools and Horses"), a number ("Fahrenheit 9/11")."""
    if end <= start or not any(sum(c.isalpha() for c in t.text) >= 2 for t in doc[start:end]):
        return False
    if any(ent.start < end < ent.end and ent.start >= start - 1 for ent in doc.ents):
        return False
    after = None if closed or end >= len(doc) else doc[end]
    if after is None:
        return True
    following = doc[end + 1] if end + 1 < len(doc) else None
    return not (after.is_lower and after.pos_ in {"NOUN", "PROPN", "ADJ"}
                or after.text in {"'s", "\u2019s", "'"}
                or after.lower_ in {"and", "with", "&"} and following is not None and following.is_title
                or after.text[:1].isdigit())


def _programme_noun(token: Token) -> bool:
    """Whether a word is a programme noun, in lower case. Not its part of speech: the parse takes "show" for a verb
    in "mainstream BBC One show My Family" and "ITV1 talent show The X-Factor"; "CNN polls show Democrats gaining"
    is stopped at its plural subject."""
    return token.lower_ in PROGRAMME_NOUNS and token.is_lower


def broadcast_programmes(doc: Doc) -> list[tuple[SpacySpan, SpacySpan]]:
    """(broadcaster, programme) token spans where the text names a programme as a broadcaster's, in text order:
    "BBC One show My Family", "ITV1 talent show The X-Factor", "BBC Radio 4's Today programme". Linear in the
    document."""
    found = sorted((SpacySpan(doc, start, end) for _, start, end in _matcher(doc)(doc)),
                   key=lambda span: (span.start, -len(span)))
    pairs: list[tuple[SpacySpan, SpacySpan]] = []
    last_end = 0
    for broadcaster in found:
        before = doc[broadcaster.start - 1] if broadcaster.start > 0 else None
        if broadcaster.start < last_end or before is not None and before.is_title and before.pos_ != "DET":
            continue  # the longest name at a place; "Liam Fox", "Kate Fox's", "Top Five": a longer name's last word
            # ("The BBC's ...", "A BBC series ..." at a sentence's start are no names)
        last_end = broadcaster.end
        after = broadcaster.end
        if after < len(doc) and doc[after].text in {"'s", "\u2019s"}:
            end = _title_end(doc, after + 1, closed=True)  # "BBC Radio 4's Today programme"
            if end < len(doc) and _programme_noun(doc[end]) and _named(doc, after + 1, end, closed=True):
                pairs.append((broadcaster, SpacySpan(doc, after + 1, end)))
            continue
        noun = after
        while noun < len(doc) and noun - after < _DESCRIBING_WORDS and doc[noun].is_lower \
                and doc[noun].pos_ in {"NOUN", "ADJ"} and doc[noun].tag_ != "NNS" \
                and doc[noun].lower_ not in PROGRAMME_NOUNS:
            noun += 1  # "ITV1 talent show" (not "CNN polls show Democrats gaining": a plural is a verb's subject)
        name = noun
        while name < len(doc) and _programme_noun(doc[name]):
            name += 1  # "MTV documentary series The Osbournes"
        if name > noun and _named(doc, name, end := _title_end(doc, name, closed=False)):
            pairs.append((broadcaster, SpacySpan(doc, name, end)))
    return pairs
