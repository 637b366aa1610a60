"""Printable forms of what the extractors find: JSON Lines, TSV, and CaRB's tab format.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from kg.extract import Extraction
from kg.types import Mention, Relation, TimeValue


def _object_text(relation: Relation) -> str:
    obj = relation.object
    if isinstance(obj, Mention):
        return obj.span.text
    if isinstance(obj, TimeValue):
        return obj.text
    return str(obj)


def relation_record(relation: Relation, *, article_id: str | None = None) -> dict[str, object]:
    """One relation as a JSON-ready dict (texts as written, offsets into the article)."""
    return {
        "article": article_id,
        "subject": relation.subject.span.text,
        "subject_type": relation.subject.type,
        "predicate": relation.predicate,
        "object": _object_text(relation),
        "object_type": relation.object.type if isinstance(relation.object, Mention) else "Literal",
        "place": relation.place.span.text if relation.place else None,
        "time": relation.time.value if relation.time else None,
        "time_text": relation.time.text if relation.time else None,
        "negated": relation.negated,
        "hedged": relation.hedged,
        "sentence": relation.sentence.text,
        "start": relation.sentence.start,
        "end": relation.sentence.end,
        "extractor": relation.extractor,
        "confidence": relation.confidence,
        **{name: value for name, value in relation.attributes},
    }


def jsonl_lines(extraction: Extraction, *, article_id: str | None = None) -> Iterator[str]:
    for relation in extraction.relations:
        yield json.dumps(relation_record(relation, article_id=article_id), ensure_ascii=False)


TSV_COLUMNS = ("article", "subject", "predicate", "object", "place", "time", "extractor", "confidence", "sentence")


def tsv_lines(extraction: Extraction, *, article_id: str | None = None) -> Iterator[str]:
    for relation in extraction.relations:
        record = relation_record(relation, article_id=article_id)
        yield "\t".join(_one_line(record[c]) for c in TSV_COLUMNS)


def _one_line(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def carb_lines(sentence: str, extraction: Extraction) -> Iterator[str]:
    """CaRB's tabbed format: sentence, confidence, relation, arg1, arg2, extra arguments.

    The sentence is echoed unchanged and every argument is copied out of it,
    as CaRB's token matcher needs.
    """
    seen: set[tuple[str, ...]] = set()
    for relation in extraction.relations:
        if len(relation.phrases) < 2:
            continue
        arguments = tuple(_one_line(p.text) for p in relation.phrases)
        words = _one_line(relation.surface) or relation.predicate
        row = (words, *arguments)
        if row in seen or not all(arguments[:2]):
            continue
        seen.add(row)
        yield "\t".join((sentence, f"{relation.confidence:.3f}", *row))
