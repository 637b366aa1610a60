"""The extractor registry: every name a relation's provenance may carry, and what each may emit.

Owns: the versioned names (``"svo.v1"``), the decorator that registers an extractor, and
running one. An extractor is a generator ``(ctx) -> Iterator[Relation]`` over a
:class:`kg.extract.DocContext`; a change in what it outputs gets a new version rather than
a silent change, so provenance stays honest. Rules the registry enforces:

* a name is registered once (:func:`extractor` for the functions :func:`kg.extract.extract`
  runs, :func:`derived` for relations another stage derives, such as resolution's
  ``stance.affiliation.v1``);
* every relation an extractor yields is stamped with its registered name
  (:meth:`Extractor.run`), whatever the function wrote in ``Relation.extractor``;
* ``requires`` names the parse annotations it reads (:data:`REQUIREMENTS`), checked on the
  document before it runs;
* ``emits`` names the predicates it may yield (``OPEN`` for verbs outside the vocabulary);
  tests/test_registry.py holds the snapshot of names, versions and predicates.

Must not import: anything of kg but :mod:`kg.types` and :mod:`kg.errors` (extractors import
this module; the built-ins register when :mod:`kg.extract` is imported).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from kg.errors import unknown_predicate_emitted
from kg.types import Relation

#: what ``requires`` may name -> the spaCy ``Doc.has_annotation`` attribute that provides it
REQUIREMENTS: dict[str, str] = {"token.dep": "DEP", "doc.ents": "ENT_IOB"}
#: in ``emits``: any predicate besides those listed (an open verb's lemma, open IE's relation, or a
#: predicate a vocabulary table picks)
OPEN = "*open*"
_NAME = re.compile(r"^[a-z]+(?:\.[a-z]+)*\.v[0-9]+$")

ExtractorFn = Callable[[Any], Iterator[Relation]]
F = TypeVar("F", bound=ExtractorFn)


@dataclass(frozen=True)
class Extractor:
    """One registered name: the function (None for a derived name), what it reads and may emit."""

    name: str
    func: ExtractorFn | None
    requires: tuple[str, ...]
    emits: tuple[str, ...]
    doc: str
    #: an open-IE extractor (every clause, verbatim phrases) rather than a graph extractor
    open_ie: bool = False

    @property
    def family(self) -> str:
        return self.name.rsplit(".v", 1)[0]

    @property
    def version(self) -> int:
        return int(self.name.rsplit(".v", 1)[1])

    @property
    def derived(self) -> bool:
        """Registered for provenance only: another stage makes these relations, nothing runs here."""
        return self.func is None

    def may_emit(self, predicate: str) -> bool:
        return OPEN in self.emits or predicate in self.emits

    def run(self, ctx: Any) -> Iterator[Relation]:
        """The function's relations, each stamped with this name and checked against ``emits``."""
        assert self.func is not None, f"{self.name} is derived, not run"
        for relation in self.func(ctx):
            if not self.may_emit(relation.predicate):
                raise unknown_predicate_emitted(self.name, relation.predicate)
            yield relation if relation.extractor == self.name else dataclasses.replace(relation, extractor=self.name)


_REGISTRY: dict[str, Extractor] = {}


def _register(entry: Extractor) -> None:
    if not _NAME.match(entry.name):
        raise ValueError(f"extractor name {entry.name!r} is not family.vN (lower-case words, a version)")
    unknown = [r for r in entry.requires if r not in REQUIREMENTS]
    if unknown:
        raise ValueError(f"extractor {entry.name!r} requires {unknown}; known: {', '.join(REQUIREMENTS)}")
    if not entry.emits:
        raise ValueError(f"extractor {entry.name!r} declares no predicate in emits")
    previous = _REGISTRY.get(entry.name)
    if previous is not None and previous.func is not entry.func:
        where = previous.func.__module__ if previous.func is not None else "a derived name"
        raise ValueError(f"extractor {entry.name!r} is already registered by {where}")
    _REGISTRY[entry.name] = entry


def extractor(name: str, *, requires: tuple[str, ...] = (), emits: tuple[str, ...] = (OPEN,),
              open_ie: bool = False) -> Callable[[F], F]:
    """Register ``func`` under ``name`` (``family.vN``); names are unique.

    ``open_ie`` extractors run only in open-IE mode (``kg extract --format carb``);
    the others build the graph. The function itself is returned unchanged.
    """

    def register(func: F) -> F:
        doc = (func.__doc__ or "").strip().split("\n")[0]
        _register(Extractor(name, func, tuple(requires), tuple(emits), doc, open_ie))
        return func

    return register


def derived(name: str, *, emits: tuple[str, ...], doc: str) -> str:
    """Register a name that another stage (not an extractor function) stamps on relations; returns it."""
    _register(Extractor(name, None, (), tuple(emits), doc))
    return name


def registered() -> dict[str, Extractor]:
    """Every name registered so far, in registration order (the order extractors run in).

    Import :mod:`kg.extract` first (its :func:`kg.extract.registered_extractors` does) to see
    the built-ins.
    """
    return dict(_REGISTRY)
