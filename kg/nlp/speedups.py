"""Exact, faster stand-ins for two spaCy components whose per-token Python loops cost a quarter of a parse.

The model's attribute ruler (``en_core_web_sm``: 179 patterns that map tags to parts of speech and fix a few
words' lemmas and morphology) runs spaCy's general Matcher, which tries every pattern at every token; its rule
lemmatizer works out each token's lemma again, its morphology as a dict and all, for every token (its cache
only holds the words that took its suffix rules). Together they took 0.29 of the pipeline's time on Reuters
(tok2vec, tagger, parser and NER the rest).

:func:`speed_up` swaps each for a stand-in that gives the same annotations, token for token, and keeps the
pipe's name:

* :class:`IndexedAttributeRuler` finds exactly the matches spaCy's Matcher finds (the same list, in the same
  order), looking up each token's candidate patterns by the value of the first token's most selective attribute
  instead of trying all of them, then hands them to the ruler's own ``set_annotations``;
* :class:`CachedLemmatizer` asks the lemmatizer once for each (text, part of speech, morphology) it meets, as
  that is all spaCy's rule and lookup lemmatizers read of a token, and writes the lemmas of a Doc in one call;
  the lemmatizer it asks looks words up in sets where spaCy's has lists.

A pipeline whose ruler uses what the index does not model (an operator such as ``OP`` or ``>=``, an extension
attribute) or whose lemmatizer is another class keeps spaCy's own component. ``tests/nlp/test_speedups.py``
compares the annotations of both pipelines on real articles. A pipeline with a stand-in cannot be saved with
``nlp.to_disk`` for use without kg (kg never saves one).

Layer: nlp, over spaCy only; must not import kg.ingest, kg.registry, kg.extract or any layer above.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: token attributes whose pattern values are strings (compared as string ids, as the Matcher does)
_STRING_ATTRS: Final = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "SHAPE", "PREFIX", "SUFFIX"})
#: boolean lexical flags (a pattern's True / False compared as 1 / 0, as the Matcher does)
_FLAG_ATTRS: Final = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER",
                                "IS_TITLE", "LIKE_NUM"})
#: which attribute of a pattern's first token to index it by: the one that lets the fewest tokens through
_SELECTIVITY: Final = {"ORTH": 0, "LOWER": 0, "NORM": 0, "LEMMA": 1, "DEP": 2, "TAG": 3}
#: the stand-ins' caches are emptied when they reach this many entries (bounded on any corpus; spaCy's lemmatizer
#: keeps its own cache of the words it lemmatized by rule, as it does without kg)
CACHE_LIMIT: Final = 200_000

_EQ, _IN, _NOT_IN, _REGEX = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One token pattern of the ruler, compiled: ``tests`` are ``(offset, column, kind, value)``."""

    rule: int  # the ruler's index of its attributes (AttributeRuler.attrs)
    key: int  # the Matcher key's string id
    length: int
    tests: tuple[tuple[int, int, int, Any], ...]


class IndexedAttributeRuler:
    """Stands in for a spaCy ``AttributeRuler``: :meth:`match` returns what the ruler's ``match`` returns (the
    Matcher's matches as ``(rule, key, start, end)``, sorted), and ``__call__`` applies them with the ruler's own
    ``set_annotations``. Build it with :meth:`of`, which says None for a ruler it cannot stand in for."""

    def __init__(self, ruler: AttributeRuler, columns: list[int | str], index: dict[int, dict[int, list[_Pattern]]],
                 always: list[_Pattern]) -> None:
        self.ruler: Any = ruler  # (spaCy's AttributeRuler methods are untyped)
        self._columns = columns  # attribute ids read with Doc.to_array, in this order
        self._tables = list(index.items())  # column -> first token's value -> candidate patterns
        self._always = always  # patterns whose first token has no equality to index it by
        self._regex_hits: dict[tuple[int, int], bool] = {}  # (pattern id, string id) -> found

    @classmethod
    def of(cls, ruler: Any) -> IndexedAttributeRuler | None:
        """The stand-in for ``ruler``, or None if it is no spaCy ``AttributeRuler`` (a subclass may match otherwise)
        or one of its patterns uses what the index does not model."""
        if type(ruler) is not AttributeRuler:
            return None
        columns: list[str] = []
        patterns: list[_Pattern] = []
        for rule in range(len(ruler.attrs)):
            _, token_patterns = ruler.matcher.get(str(rule))
            for token_pattern in token_patterns:
                tests = _compiled(token_pattern, columns)
                if tests is None or not token_pattern:
                    return None
                patterns.append(_Pattern(rule, get_string_id(str(rule)), len(token_pattern), tests))
        index: dict[int, dict[int, list[_Pattern]]] = {}
        always: list[_Pattern] = []
        for pattern in patterns:
            firsts = [test for test in pattern.tests if test[0] == 0 and test[2] in (_EQ, _IN)]
            if not firsts:
                always.append(pattern)
                continue
            _, column, kind, value = min(firsts, key=lambda t: (t[2], _SELECTIVITY.get(columns[t[1]], 9)))
            table = index.setdefault(column, {})
            for one in ([value] if kind == _EQ else value):
                table.setdefault(one, []).append(pattern)
        return cls(ruler, [IDS[name] for name in columns], index, always)

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """Every ``(rule, key, start, end)`` the ruler's Matcher finds in ``doc``, once each, sorted."""
        length = len(doc)
        if length == 0 or not self._columns:  # (no columns: the ruler has no patterns)
            return []
        # (one column comes back as a flat array)
        values: Any = doc.to_array(self._columns)  # uint64 string ids and flags
        rows: list[list[int]] = values.reshape((length, len(self._columns))).tolist()
        strings = doc.vocab.strings
        regex_hits = self._regex_hits
        if len(regex_hits) >= CACHE_LIMIT:
            regex_hits.clear()
        found: set[tuple[int, int, int, int]] = set()  # the Matcher reports a (key, start, end) once
        for start, row in enumerate(rows):
            candidates = self._always
            for column, table in self._tables:
                more = table.get(row[column])
                if more:
                    candidates = candidates + more
            for pattern in candidates:
                if start + pattern.length > length:
                    continue
                for offset, column, kind, value in pattern.tests:
                    seen = rows[start + offset][column]
                    if kind == _EQ:
                        if seen != value:
                            break
                    elif kind == _IN:
                        if seen not in value:
                            break
                    elif kind == _NOT_IN:
                        if seen in value:
                            break
                    else:
                        # keyed by the compiled pattern's id: it lives as long as this stand-in
                        hit = regex_hits.get((id(value), seen))
                        if hit is None:
                            hit = regex_hits[(id(value), seen)] = value.search(strings[seen]) is not None
                        if not hit:
                            break
                else:
                    found.add((pattern.rule, pattern.key, start, start + pattern.length))
        return sorted(found)


def _compiled(token_pattern: Sequence[dict[str, Any]], columns: list[str]
              ) -> tuple[tuple[int, int, int, Any], ...] | None:
    """A Matcher token pattern as ``(offset, column, kind, value)`` tests, or None if it uses anything but
    string attributes (equal, IN, NOT_IN, REGEX) and boolean flags; ``columns`` gains the attributes read."""

    def column(name: str) -> int:
        if name not in columns:
            columns.append(name)
        return columns.index(name)

    tests: list[tuple[int, int, int, Any]] = []
    for offset, spec in enumerate(token_pattern):
        for raw_name, value in spec.items():
            name = raw_name.upper() if isinstance(raw_name, str) else ""
            name = "ORTH" if name == "TEXT" else name
            if name in _STRING_ATTRS and isinstance(value, str):
                tests.append((offset, column(name), _EQ, get_string_id(value)))
            elif name in _STRING_ATTRS and isinstance(value, dict) and len(value) == 1:
                ((operator, argument),) = value.items()
                if operator in ("IN", "NOT_IN") and isinstance(argument, list) \
                        and all(isinstance(one, str) for one in argument):
                    kind = _IN if operator == "IN" else _NOT_IN
                    tests.append((offset, column(name), kind, frozenset(get_string_id(one) for one in argument)))
                elif operator == "REGEX" and isinstance(argument, str):
                    tests.append((offset, column(name), _REGEX, re.compile(argument)))  # the Matcher's re
                else:
                    return None
            elif name in _FLAG_ATTRS and isinstance(value, bool):
                tests.append((offset, column(name), _EQ, int(value)))
            else:
                return None
    return tuple(tests)


class CachedLemmatizer:
    """Stands in for spaCy's rule or lookup ``Lemmatizer`` (or ``EnglishLemmatizer``): the lemma of each token
    whose lemma is unset (every token, with ``overwrite``), asked of the lemmatizer once per (text, part of
    speech, morphology) — all those lemmatizers read of a token — and written with one ``Doc.from_array``."""

    #: the classes whose lemmas depend on a token's text, part of speech and morphology alone
    CACHEABLE: Final = (Lemmatizer, EnglishLemmatizer)

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma string id
        self._checked = False  # the lemmatizer checked its tables (on its first Doc)

    @classmethod
    def of(cls, lemmatizer: Any) -> CachedLemmatizer | None:
        """The stand-in for ``lemmatizer`` (which it leaves as it is), or None if it is another class or mode."""
        if type(lemmatizer) not in cls.CACHEABLE or lemmatizer.mode not in ("rule", "lookup"):
            return None
        return cls(lemmatizer)

    def own_lemmatizer(self) -> None:
        """Make the lemmatizer this stand-in's own, out of any pipeline (:func:`speed_up` takes it out): its rule
        lemmatizer asks ``form in index`` of lists of up to 57,528 words (9/10 of its time on a word it has not
        met); each list becomes a frozenset, which gives the same answers without the scan (the lists' only
        other use: is one empty)."""
        lookups = self.lemmatizer.lookups
        if self.lemmatizer.mode == "rule" and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos, forms in list(index.items()):
                index[pos] = frozenset(forms)

    def __call__(self, doc: Doc) -> Doc:
        if not self._checked:
            self._checked = True
            return self.lemmatizer(doc)  # it checks its lookup tables first (a clear error if they are missing)
        if len(doc) == 0:
            return doc
        overwrite = bool(self.lemmatizer.overwrite)
        lemmas = self._lemmas
        if len(lemmas) >= CACHE_LIMIT:
            lemmas.clear()
        table: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])  # a (tokens, 4) uint64 array
        strings = doc.vocab.strings
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma != 0 and not overwrite:
                continue  # set before (the attribute ruler's "be", "not"): spaCy's lemmatizer leaves it too
            value = lemmas.get((orth, pos, morph))
            if value is None:
                value = lemmas[(orth, pos, morph)] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            table[i, 3] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], table[:, 3:])
        return doc


@Language.factory("kg_indexed_attribute_ruler", default_config={"stands_in_for": "attribute_ruler"})
def _make_indexed_attribute_ruler(nlp: Language, name: str, stands_in_for: str) -> IndexedAttributeRuler:
    ruler = IndexedAttributeRuler.of(nlp.get_pipe(stands_in_for))
    assert ruler is not None  # speed_up checked it first
    return ruler


@Language.factory("kg_cached_lemmatizer", default_config={"stands_in_for": "lemmatizer"})
def _make_cached_lemmatizer(nlp: Language, name: str, stands_in_for: str) -> CachedLemmatizer:
    lemmatizer = CachedLemmatizer.of(nlp.get_pipe(stands_in_for))
    assert lemmatizer is not None  # speed_up checked it first
    lemmatizer.own_lemmatizer()  # speed_up removes it from the pipeline right after
    return lemmatizer


def speed_up(nlp: Language) -> list[str]:
    """Swap ``nlp``'s attribute ruler and lemmatizer for their stand-ins where they can stand in (see the
    module's doc), each under the same pipe name and in the same place; the names of the pipes swapped.

    The annotations ``nlp`` makes are unchanged."""
    swapped = []
    stand_ins: tuple[tuple[str, Callable[[Any], object | None]], ...] = (
        ("kg_indexed_attribute_ruler", IndexedAttributeRuler.of), ("kg_cached_lemmatizer", CachedLemmatizer.of))
    for factory, stand_in_for in stand_ins:
        for name, component in list(nlp.pipeline):
            if stand_in_for(component) is None:
                continue
            twin = f"{name}__kg"
            nlp.add_pipe(factory, name=twin, after=name, config={"stands_in_for": name})
            nlp.remove_pipe(name)
            nlp.rename_pipe(twin, name)
            swapped.append(name)
    return swapped
