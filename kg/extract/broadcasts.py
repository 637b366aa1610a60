"""Broadcasters and the programmes the text names as theirs: "BBC One show My Family", "the BBC's Today programme".

The NER reads these badly: it splits "BBC" from "One" (a number), takes "Channel 4's" with its possessive, calls
"Today" a date and "Supernanny" a man, and misses most programme titles. A programme is named only where the text
says it is one: a programme noun ("show", "series", "programme", "drama" ...) between the broadcaster and a
title-cased name, or after "<broadcaster>'s <name>". :class:`kg.extract.context.DocContext` makes both names
entities (an organisation and a work, in place of whatever the NER read there), and ``works.broadcast.v1`` gives the
programme its broadcaster as publisher.

Layer: extract, over the registry; must not import kg.resolve or any layer above it.
"""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span as SpacySpan

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
#: lower-case words a programme's title may hold between capitalised ones ("Focus on Africa", "Top of the Pops")
_TITLE_JOINERS = frozenset({"of", "the", "a", "an", "in", "on", "for", "to", "at", "&"})
#: the broadcaster's name may be followed by this many describing words before its programme noun ("ITV1 talent show
#: The X-Factor", "BBC sketch programme The Fast Show")
_DESCRIBING_WORDS = 2

_matchers: dict[int, Matcher] = {}


def _matcher(doc: Doc) -> Matcher:
    """One Matcher per vocabulary (a pipeline's, shared by all its documents)."""
    matcher = _matchers.get(id(doc.vocab))
    if matcher is None:
        matcher = _matchers[id(doc.vocab)] = Matcher(doc.vocab)
        matcher.add("BROADCASTER", BROADCASTER_PATTERNS)
    return matcher


def _title_end(doc: Doc, start: int) -> int:
    """The end (exclusive) of the title-cased name that starts at ``start``, or ``start`` when none does: capitalised
    words, and within the name numbers, "'s", "'", a hyphen written without spaces and lower-case joiners before a
    capitalised word ("Footballers' Wives", "The X-Factor", "Focus on Africa")."""
    end = index = start
    while index < len(doc):
        token = doc[index]
        inside = index > start
        if token.is_title or token.is_upper and token.is_alpha and len(token) > 1 or inside and (
                token.is_digit or token.text in {"'s", "\u2019s", "'"}
                or token.text == "-" and not doc[index - 1].whitespace_):
            index += 1
            if token.text not in {"'s", "\u2019s", "'", "-"}:
                end = index
        elif inside and token.lower_ in _TITLE_JOINERS and (token.is_lower or token.text == "&") \
                and index + 1 < len(doc) and doc[index + 1].is_title:
            index += 1
        else:
            break
    return end


def _named(doc: Doc, start: int, end: int, closed: bool = False) -> bool:
    """Whether ``doc[start:end]`` is a whole name: a word of two letters at least ("I" of "I'm a Celebrity" is
    none), and, unless a programme noun ``closed`` it, no lower-case noun right after it, which would say the title
    was cut ("ITV soap Emmer dale")."""
    after = None if closed or end >= len(doc) else doc[end]
    return end > start and any(sum(c.isalpha() for c in t.text) >= 2 for t in doc[start:end]) \
        and not (after is not None and after.is_lower and after.pos_ in {"NOUN", "PROPN", "ADJ"})


def broadcast_programmes(doc: Doc) -> list[tuple[SpacySpan, SpacySpan]]:
    """(broadcaster, programme) token spans where the text names a programme as a broadcaster's, in text order:
    "BBC One show My Family", "ITV1 talent show The X-Factor", "BBC Radio 4's Today programme". Linear in the
    document."""
    found = sorted((SpacySpan(doc, start, end) for _, start, end in _matcher(doc)(doc)),
                   key=lambda span: (span.start, -len(span)))
    pairs: list[tuple[SpacySpan, SpacySpan]] = []
    last_end = 0
    for broadcaster in found:
        if broadcaster.start < last_end or broadcaster.start > 0 and doc[broadcaster.start - 1].is_title \
                and not doc[broadcaster.start - 1].is_sent_start:
            continue  # the longest name at a place; "Liam Fox", "Top Five": a longer name's last word
        last_end = broadcaster.end
        after = broadcaster.end
        if after < len(doc) and doc[after].text in {"'s", "\u2019s"}:
            end = _title_end(doc, after + 1)  # "BBC Radio 4's Today programme"
            if end < len(doc) and doc[end].lower_ in PROGRAMME_NOUNS and doc[end].is_lower \
                    and _named(doc, after + 1, end, closed=True):
                pairs.append((broadcaster, SpacySpan(doc, after + 1, end)))
            continue
        noun = after
        while noun < len(doc) and noun - after < _DESCRIBING_WORDS and doc[noun].is_lower \
                and doc[noun].pos_ in {"NOUN", "ADJ"} and doc[noun].lower_ not in PROGRAMME_NOUNS:
            noun += 1  # "ITV1 talent show"
        name = noun
        while name < len(doc) and doc[name].lower_ in PROGRAMME_NOUNS and doc[name].is_lower:
            name += 1  # "MTV documentary series The Osbournes"
        if name > noun and _named(doc, name, end := _title_end(doc, name)):
            pairs.append((broadcaster, SpacySpan(doc, name, end)))
    return pairs
