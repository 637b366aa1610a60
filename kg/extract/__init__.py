"""Extractors: parsed article in, mentions and relations out.

Each family lives in its own module and registers its functions by a
versioned name; :func:`extract` runs them all (or the ones named).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract import business, documents, events, openie, places, quotes, roles, svo  # noqa: F401  (registers extractors)
from kg.extract.context import DocContext
from kg.registry import registered_extractors
from kg.types import Mention, Relation

__all__ = ["Extraction", "extract", "DocContext"]


@dataclass(frozen=True)
class Extraction:
    """What the extractors found in one document, before entity resolution."""

    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]


def extract(doc: Doc, *, anchor: dt.date | None = None, only: Iterable[str] | None = None,
            open_arguments: bool = False, check: Callable[[], None] | None = None) -> Extraction:
    """Run the registered extractors over one parsed document.

    ``anchor`` is the article's date, against which relative dates resolve.
    ``open_arguments`` switches to open information extraction (as CaRB scores
    it): the open-IE extractors run instead of the graph ones, and every phrase
    is an argument, not only entities and descriptions.
    The result is deterministic for a given document and extractor set;
    duplicate relations (same subject, predicate, object, sentence) are kept once,
    the most confident wins. ``check`` is called between relations (a time budget
    raises from it to cut an article off); it never changes the result.
    """
    ctx = DocContext(doc, anchor, open_arguments=open_arguments)
    names = set(only) if only is not None else None
    best: dict[tuple[object, ...], Relation] = {}
    for name, registered in registered_extractors().items():
        if names is not None and name not in names:
            continue
        if names is None and registered.open_ie != open_arguments:
            continue
        if check is not None:
            check()
        for relation in registered.func(ctx):
            if check is not None:
                check()
            key = (relation.subject.span, relation.predicate, _object_key(relation), relation.sentence.start)
            if key not in best or best[key].confidence < relation.confidence:
                best[key] = relation
    mentions = list(ctx.mentions)
    seen = set(mentions)  # a list scan per argument was quadratic in article length
    for relation in best.values():
        for argument in (relation.subject, relation.object, relation.place):
            if isinstance(argument, Mention) and argument not in seen:
                seen.add(argument)
                mentions.append(argument)
    ordered = sorted(best.values(), key=lambda r: (r.sentence.start, r.subject.span.start, r.predicate))
    return Extraction(tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end))), tuple(ordered))


def _object_key(relation: Relation) -> object:
    obj = relation.object
    return obj.span if isinstance(obj, Mention) else obj
