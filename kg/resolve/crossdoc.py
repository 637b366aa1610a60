"""Names known from other articles: "Trump" in one article is "Donald Trump" of another.

Within an article a surname joins the full name it shortens. Across articles
kg keeps an index of the full names already in the store, so an article that
only says "Trump" (or "Amnesty") still gets the IRI of Donald Trump (Amnesty
International) when exactly one such full name is known. Ambiguous short
names (two known Smiths) are left alone: a wrong merge is worse than a
missed one.

Layer: resolve, over extraction; must not import kg.rdf or any layer above it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from kg.extract.context import COMPANY_SUFFIXES, FIXTURE_WORDS
from kg.resolve.names import (GENERIC_FIRST_WORDS, ORGANISATION_WORDS, fold, is_collective_actor, name_words,
                             names_a_unit, person_short_words)


#: the question ``full_name(FIRM_FIRST_WORD, word)`` asks whether any organisation the store knows by two words or more
#: begins with the word ("Sony" of Sony Corp, Sony Music): its answer is one such name (the first in sorted order),
#: whether or not the word stands for it alone
FIRM_FIRST_WORD = "Organization:first word"


class NameIndex:
    """Full names by the one word that can stand for them, per entity type."""

    def __init__(self) -> None:
        self._full: dict[tuple[str, str], set[str]] = defaultdict(set)
        # the full names whose first word is their kind, before "of" ("Bank of Communications Ltd"), recorded once
        self._kind_of: set[str] = set()
        # every organisation's name of two words or more, by its first word (FIRM_FIRST_WORD)
        self._firms_by_first_word: dict[str, set[str]] = defaultdict(set)

    def add(self, entity_type: str, label: str) -> None:
        """Remember a full name (two words or more) of a person or organisation."""
        words = name_words(label, entity_type)
        if entity_type == "Organization" and len(words) > 1:
            self._firms_by_first_word[words[0]].add(label)
        if entity_type == "Organization" and (not all(w in ORGANISATION_WORDS for w in words[1:])
                                              or words and words[0] in GENERIC_FIRST_WORDS or names_a_unit(words)):
            return  # "Sony" stands for "Sony Corp", never for "Sony Music"; "World" for no "World Bank"; "Citicorp"
            # for no "Citicorp International Ltd", its unit
        if entity_type not in {"Person", "Organization"} or len(words) < 2 or FIXTURE_WORDS.intersection(words):
            return  # (a match the NER took for a man, "Everton v Sunderland", is nobody's full name)
        if entity_type == "Person" and _people_in_plural(label.split()[-1]):
            return  # "Lib Dem MPs", taken for a man, is no man: "MPs" of another article are not his
        # a person by a surname (or a family name first, "Kim"), an organisation by its first word ("Amnesty")
        for word in person_short_words(words) if entity_type == "Person" else words[:1]:
            self._full[(entity_type, word)].add(label)
        if words[1:2] == ["of"]:
            self._kind_of.add(label)

    def add_all(self, entities: Iterable[tuple[str, str]]) -> None:
        for entity_type, label in entities:
            self.add(entity_type, label)

    def full_name(self, entity_type: str, short: str) -> str | None:
        """The one known full name ``short`` stands for, or None if unknown or ambiguous (for
        :data:`FIRM_FIRST_WORD`, a known organisation's name that begins with the word, or None)."""
        if entity_type == FIRM_FIRST_WORD:
            words = name_words(short, "Organization")
            firms = self._firms_by_first_word.get(words[0], set()) if len(words) == 1 else set()
            return min(firms) if firms else None
        words = name_words(short, entity_type)
        if len(words) != 1 or entity_type == "Person" and _people_in_plural(short):
            return None  # ("MPs", "ministers": people in the plural, nobody's surname; "Farmers" may still stand
            # for the one "Farmers Group Inc" the store knows)
        labels = self._full.get((entity_type, words[0]), set())
        label = next(iter(labels)) if len(labels) == 1 else None
        if label is not None and _an_acronym(short) and (entity_type != "Organization" or not all(
                w.rstrip(".") in COMPANY_SUFFIXES | {"group", "holdings"} for w in fold(label).split()[1:])):
            return None  # initials are a whole name: "IBM" is "IBM Corp", "WPP" "WPP Group Plc", but "BT" is no "BT
            # Energy", "HBO" no "HBO and Co", "USS" (USX's steel unit) no "USS Chemicals": other firms of the letters;
            # and initials are nobody's surname: "MTV", taken for a man, is no "MTV Base" another article made a man
        if label in self._kind_of:
            return None  # "Bank" for no "Bank of Communications Ltd": its kind, before "of" (another article's "Bank
            # President Barber Conable" heads the World Bank); such a name still makes "Group" ambiguous
        return label

    def __len__(self) -> int:
        return len({label for labels in self._full.values() for label in labels})


def _people_in_plural(word: str) -> bool:
    """Whether a word names people in the plural: initials with a plural "s" ("MPs", "MEPs", "CEOs") or a
    collective actor's noun ("ministers", "officials")."""
    return bool(_PLURAL_INITIALS.fullmatch(word)) or is_collective_actor(word)


#: "MPs", "MSPs", "MEPs", "GPs", "CEOs"
_PLURAL_INITIALS = re.compile(r"[A-Z]{2,5}s")


def _an_acronym(name: str) -> bool:
    """Whether a one-word name is written as initials: "BT", "I.C.I.", "GM"."""
    letters = name.replace(".", "")
    return 1 < len(letters) <= 5 and letters.isalpha() and letters.isupper()


class FullNames(Protocol):
    """What resolution asks of the names known from other articles."""

    def full_name(self, entity_type: str, short: str) -> str | None: ...


class RecordedNames:
    """A :class:`NameIndex` seen through a log of every question asked of it and its answer, so that a build can
    tell, once the index has grown, whether an article resolved earlier would now be resolved otherwise."""

    def __init__(self, index: NameIndex) -> None:
        self._index = index
        self.asked: list[tuple[str, str, str | None]] = []

    def full_name(self, entity_type: str, short: str) -> str | None:
        answer = self._index.full_name(entity_type, short)
        self.asked.append((entity_type, short, answer))
        return answer
