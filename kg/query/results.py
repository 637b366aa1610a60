"""SPARQL results as bytes: the one serialiser behind ``kg query``, ``KnowledgeGraph.query`` and ``kg serve``.

Owns: writing SELECT, ASK, CONSTRUCT and DESCRIBE results in the W3C formats, by name
(:data:`SOLUTION_FORMATS`, :data:`GRAPH_FORMATS`). pyoxigraph writes every byte
(``QuerySolutions.serialize``, ``QueryBoolean.serialize``, ``pyoxigraph.serialize``); this module
only hands it the rows. Rows are taken before they are written (a result may be cut at a row
limit), so they go back to pyoxigraph as SPARQL TSV, where each term is in its N-Triples form
(``str(term)``, escapes included), and are parsed into the solutions it then serialises: no term
is quoted or escaped here.

Must not import: anything of kg. The endpoint's worker processes load this file by its path
with only the standard library and pyoxigraph (:mod:`kg.query.workers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pyoxigraph as ox

#: SELECT and ASK result formats (see kg.query.protocol for their media types)
SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
#: CONSTRUCT and DESCRIBE result formats
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def _tsv_term(term: Any) -> str:
    return "" if term is None else str(term)


def solutions_bytes(variables: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str) -> bytes:
    """SELECT results (rows of pyoxigraph terms, None for unbound) in one of :data:`SOLUTION_FORMATS`."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines.extend("\t".join(_tsv_term(t) for t in row) for row in rows)
    solutions = ox.parse_query_results("\n".join(lines) + "\n", format=ox.QueryResultsFormat.TSV)
    assert isinstance(solutions, ox.QuerySolutions)
    return solutions.serialize(format=SOLUTION_FORMATS[fmt]) or b""


def boolean_bytes(value: bool, fmt: str) -> bytes:
    """An ASK result in one of :data:`SOLUTION_FORMATS` (CSV and TSV: the bare ``true`` or ``false``)."""
    answer = ox.parse_query_results('{"head":{},"boolean":%s}' % ("true" if value else "false"),
                                    format=ox.QueryResultsFormat.JSON)
    assert isinstance(answer, ox.QueryBoolean)
    return answer.serialize(format=SOLUTION_FORMATS[fmt]) or b""


def triples_bytes(triples: Iterable[Any], fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
    """CONSTRUCT and DESCRIBE results in one of :data:`GRAPH_FORMATS`; ``prefixes`` for Turtle only."""
    return ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes if fmt == "turtle" else None) or b""


def take(iterator: Iterable[Any], limit: int | None) -> tuple[list[Any], bool]:
    """At most ``limit`` items (all for None), and whether there were more (one extra item is read to know)."""
    items: list[Any] = []
    for item in iterator:
        if limit is not None and len(items) == limit:
            return items, True
        items.append(item)
    return items, False


__all__ = ["GRAPH_FORMATS", "SOLUTION_FORMATS", "boolean_bytes", "solutions_bytes", "take", "triples_bytes"]
