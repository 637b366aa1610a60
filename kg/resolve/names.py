"""Name normalisation shared by resolution and IRI minting.

Layer: resolve, over extraction; must not import kg.rdf or any layer above it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from kg.extract.context import COMPANY_SUFFIXES, NAME_PARTICLES
from kg.extract.vocabulary import COLLECTIVE_ACTORS, PERSON_TITLES

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_NON_WORD = re.compile(r"[^\w]+")


#: names met again and again in one build (resolution compares every pair of an article's mentions, and the same
#: names recur across articles) are normalised once; bounded, so a long build's memory stays flat
_NAMES_CACHED = 4096


@functools.lru_cache(maxsize=_NAMES_CACHED)
def clean(text: str) -> str:
    """The surface name without possessive, leading "the" and extra white space."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    text = _POSSESSIVE.sub("", text).strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def strip_titles(name: str) -> str:
    """"President Donald Trump" -> "Donald Trump"; "U.S. President Trump" -> "Trump"."""
    words = name.split()
    cut = 0
    for index, word in enumerate(words[:-1]):
        if word.lower().rstrip(".") in PERSON_TITLES or word.lower() in PERSON_TITLES:
            cut = index + 1
    return " ".join(words[cut:])


@functools.lru_cache(maxsize=_NAMES_CACHED)
def fold(text: str) -> str:
    """A comparison key: case-folded, accents kept, dots/hyphens/"the" dropped.

    >>> fold("the U.N.")
    'un'
    >>> fold("Kim Jong-un")
    'kim jong un'
    """
    text = unicodedata.normalize("NFKC", clean(text)).casefold()
    text = text.replace(".", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


def person_words(name: str) -> list[str]:
    """A person's name word by word as written, each folded: "John O'Shea" -> ['john', 'o shea'], so a
    surname with an apostrophe or hyphen ("O'Shea", "Wright-Phillips") is one word, as the article wrote it."""
    return [folded for word in clean(name).split() if (folded := fold(word))]


#: the last word of a name that tells a generation, not the family: "Charles Evans Jr" is Mr Evans
GENERATION_SUFFIXES = {"jr", "sr", "junior", "senior", "ii", "iii", "iv"}


def name_words(name: str, entity_type: str) -> list[str]:
    """The folded words of a name: a person's as written (:func:`person_words`), any other's as folded."""
    return person_words(name) if entity_type == "Person" else fold(name).split()


def person_short_words(words: list[str]) -> list[str]:
    """The words of a person's full name (from :func:`person_words`) that can stand for it alone: the first
    (family-name-first names such as Kim Jong-un), the last, and the one before a generation suffix ("Evans"
    of "Charles Evans Jr")."""
    # a particle inside ("Cent van Vliet", "Dennis de Jong") puts the family name last: the first word is a given
    # name, no family name first (else "50 Cent" of another article would become the Dutch spokesman)
    short = [words[-1]] if any(w in NAME_PARTICLES for w in words[1:-1]) else [words[0], words[-1]]
    if len(words) > 2 and words[-1] in GENERATION_SUFFIXES:
        short.append(words[-2])
    return short


def initials(name: str) -> str:
    """"Human Rights Watch" -> "hrw" (function words skipped)."""
    words = [w for w in fold(name).split() if w not in {"of", "for", "and", "the", "de", "on"}]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


#: the country words that end a unit's name after its legal suffix ("Nissan Motor Manufacturing Corp USA"), which
#: its initials leave out ("NMMC")
_COUNTRY_TAILS = {"usa", "us", "uk", "america", "canada"}


def firm_initials(name: str) -> list[str]:
    """A name's initials, then a firm's with each of its legal suffixes (or a country's word after them) dropped from
    the end in turn, which wires use as often as the whole: "Post Office Bank Ltd" -> "pobl", "pob" ("POB"); "The
    Broken Hill Pty Co Ltd" -> ..., "bhp" ("BHP"); "National Broadcasting Co" -> "nbc" (a name keeps two words);
    "Nissan Motor Manufacturing Corp USA" -> ..., "nmmc"."""
    words = fold(name).split()
    forms = [initials(name)]
    while len(words) > 2 and (words[-1].rstrip(".") in COMPANY_SUFFIXES
                              or words[-1] in _COUNTRY_TAILS and words[-2].rstrip(".") in COMPANY_SUFFIXES):
        words.pop()
        forms.append(initials(" ".join(words)))
    return list(dict.fromkeys(forms))


#: words after an organisation's short name that do not make it another organisation ("Federated" for "Federated
#: Department Stores", "Delta" for "Delta Air Lines")
ORGANISATION_WORDS = {"international", "inc", "corp", "corporation", "co", "company", "group", "plc", "ltd",
                       "limited", "llc", "ag", "sa", "nv", "holdings", "industries", "oil", "bank", "airlines",
                       "airways", "motors", "energy", "telecom", "telecommunications", "communications", "systems",
                       "technologies", "networks", "petroleum", "chemicals", "steel", "foods", "of", "the", "and",
                       "&", "watch", "association", "party", "fc", "united", "city", "boerse", "bourse",
                       "exchange", "stock", "stores", "department", "air", "lines", "institute", "institution",
                       "foundation"}  # ("Cato" for "the Cato Institute", "Brookings" for "the Brookings Institution")
# (not "council": a body's council is one of its organs, "GATT" is no short name of "the GATT Council")

#: words after a firm's first word that, in a name with a legal suffix, name one of its units: "Citicorp
#: International Ltd" is not the Citicorp an article calls by one word ("Amnesty International" has no suffix)
UNIT_WORDS = frozenset({"international", "overseas", "finance", "financial", "capital", "acquisition", "funding",
                        "leasing", "credit"})

def names_a_unit(words: list[str]) -> bool:
    """Whether a name's folded words (a firm's, with a legal suffix) name a unit of the firm its first word
    names: "Citicorp International Ltd", "Chase Manhattan Overseas Corp"."""
    return len(words) > 2 and words[-1] in COMPANY_SUFFIXES and any(w in UNIT_WORDS for w in words[1:])


#: words that begin many organisation names and stand for none of them alone ("United's chief executive", "The
#: World" radio show is no World Bank)
GENERIC_FIRST_WORDS = {"united", "national", "new", "general", "royal", "international", "american", "british",
                       "european", "first", "global", "world", "central", "federal", "state", "city", "north",
                       "south", "east", "west", "great", "big", "standard", "universal"}


def is_collective_actor(phrase: str) -> bool:
    """A plural description of people who act together: "human rights groups", "striking workers"."""
    words = fold(phrase).split()
    return bool(words) and words[-1] in COLLECTIVE_ACTORS
