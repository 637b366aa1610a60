"""Extractors: parsed article in, mentions and relations out.

Owns: running the registered extractors over one parsed document (:func:`extract`). Each
family lives in its own module and registers its functions by a versioned name in
:mod:`kg.registry`; importing this package registers them all.

Must not import: the store, the RDF, resolution, the query layer, the API or the command line
(``tests/test_layers.py``); only :mod:`kg.registry`, :mod:`kg.types`, :mod:`kg.errors` and spaCy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract import (  # importing them registers the extractors
    business, documents, events, family, openie, places, quotes, roles, svo)  # noqa: F401
from kg.extract.context import DocContext
from kg.errors import missing_annotation, unknown_extractors
from kg.registry import REQUIREMENTS, Extractor, registered
from kg.types import Mention, Relation

__all__ = ["Extraction", "extract", "DocContext", "registered_extractors"]


@dataclass(frozen=True)
class Extraction:
    """What the extractors found in one document, before entity resolution."""

    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    #: whether the document reads as news of a team sport, where a city's name may be a club's ("Liverpool were
    #: charged"; an athletics meeting's Erfurt is the city)
    team_sport: bool = False


def registered_extractors() -> dict[str, Extractor]:
    """Every registered name (the built-in extractors, and derived names such as resolution's), in run order."""
    return registered()


def _selected(doc: Doc, only: Iterable[str] | None, open_arguments: bool) -> list[Extractor]:
    """The extractors to run; refuses an unknown name, and a parse that lacks what one requires."""
    known = registered()
    if only is not None:
        names = list(only)
        unknown = sorted({n for n in names if n not in known or known[n].derived})
        if unknown:
            raise unknown_extractors(unknown, [n for n, e in known.items() if not e.derived])
        chosen = [e for n, e in known.items() if n in set(names)]
    else:
        chosen = [e for e in known.values() if not e.derived and e.open_ie == open_arguments]
    if not all(token.is_space for token in doc):  # nothing to read needs nothing
        annotated: dict[str, bool] = {}  # each requirement checked once (a scan of the document), not per extractor
        for entry in chosen:
            for requirement in entry.requires:
                if requirement not in annotated:
                    annotated[requirement] = doc.has_annotation(REQUIREMENTS[requirement])
                if not annotated[requirement]:
                    raise missing_annotation(entry.name, requirement)
    return chosen


def extract(doc: Doc, *, anchor: dt.date | None = None, only: Iterable[str] | None = None,
            open_arguments: bool = False, check: Callable[[], None] | None = None,
            home_country: str | None = None) -> Extraction:
    """Run the registered extractors over one parsed document.

    ``anchor`` is the article's date, against which relative dates resolve.
    ``home_country`` is the country of the article's dateline (kg.rdf.link.dateline_country): in a
    story filed from the country it is about, an office named without a country in a sentence naming
    none is that country's ("Finance Minister X said ..." from Khartoum; see DocContext.article_country).
    ``open_arguments`` switches to open information extraction (as CaRB scores
    it): the open-IE extractors run instead of the graph ones, and every phrase
    is an argument, not only entities and descriptions.
    The result is deterministic for a given document and extractor set;
    duplicate relations (same subject, predicate, object, sentence) are kept once,
    the most confident wins. Each relation carries the registered name of the
    extractor that found it. ``check`` is called between relations (a time budget
    raises from it to cut an article off); it never changes the result.

    Raises:
        ExtractorError: ``only`` names an extractor that is not registered, or the parse lacks an
            annotation a chosen extractor requires (a pipeline without a parser or NER).
    """
    chosen = _selected(doc, only, open_arguments)
    ctx = DocContext(doc, anchor, open_arguments=open_arguments, home_country=home_country)
    best: dict[tuple[object, ...], Relation] = {}
    for registered_extractor in chosen:
        if check is not None:
            check()
        for relation in registered_extractor.run(ctx):
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
    return Extraction(tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end))), tuple(ordered),
                      team_sport=ctx.team_sport)


def _object_key(relation: Relation) -> object:
    obj = relation.object
    return obj.span if isinstance(obj, Mention) else obj
