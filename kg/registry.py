"""The extractor registry: a dict of versioned names and a decorator.

An extractor is a generator ``(ctx: DocContext) -> Iterator[Relation]``. It is
registered under a versioned name (``"svo.v1"``); a change in what it outputs
gets a new version rather than a silent change, so provenance stays honest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.context import DocContext
    from kg.types import Relation

ExtractorFn = Callable[["DocContext"], Iterator["Relation"]]


@dataclass(frozen=True)
class Extractor:
    name: str
    func: ExtractorFn
    requires: tuple[str, ...]
    doc: str
    #: an open-IE extractor (every clause, verbatim phrases) rather than a graph extractor
    open_ie: bool = False


_REGISTRY: dict[str, Extractor] = {}


def extractor(name: str, *, requires: tuple[str, ...] = (),
              open_ie: bool = False) -> Callable[[ExtractorFn], ExtractorFn]:
    """Register ``func`` under ``name`` (``family.vN``); names are unique.

    ``open_ie`` extractors run only in open-IE mode (``kg extract --format carb``);
    the others build the graph.
    """

    def register(func: ExtractorFn) -> ExtractorFn:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise ValueError(f"extractor {name!r} is already registered by {_REGISTRY[name].func.__module__}")
        _REGISTRY[name] = Extractor(name, func, requires, (func.__doc__ or "").strip().split("\n")[0], open_ie)
        return func

    return register


def registered_extractors() -> dict[str, Extractor]:
    """All extractors by name, in registration order (the order they run in)."""
    import kg.extract  # noqa: F401  (importing the package registers the built-ins)

    return dict(_REGISTRY)
