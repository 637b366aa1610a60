"""Content negotiation for the SPARQL endpoint: which result format a request gets.

Owns: the media types of the result formats and the choice among them. The formats themselves
are written by :mod:`kg.query.results` (whose format names these tables use). Must not import:
the store, the server, or anything above kg.query.

SELECT and ASK results come as SPARQL JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE results as
Turtle, N-Triples or JSON-LD. The ``format=`` request parameter (as in Fuseki: ``format=json``,
``format=csv``, ``format=turtle``, or a media type) overrides the ``Accept`` header. Without
either, or with ``*/*``, SELECT/ASK get JSON and graphs get Turtle.

Guarantee: :func:`negotiate` either names a format that the worker can write for each result kind,
or ``None`` for a kind the client accepts nothing of (the endpoint then answers 406 *before*
evaluating the query, the query's form being known from its tokens).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import not_acceptable
from kg.query.results import GRAPH_FORMATS, SOLUTION_FORMATS

#: format name -> media type sent in Content-Type
SOLUTION_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES: dict[str, str] = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}
#: media types a client may ask for -> format name
_SOLUTION_ACCEPT: dict[str, str] = {
    **{media: name for name, media in SOLUTION_TYPES.items()},
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
_GRAPH_ACCEPT: dict[str, str] = {
    **{media: name for name, media in GRAPH_TYPES.items()},
    "application/x-turtle": "turtle",
    "text/plain": "ntriples",  # N-Triples' media type before application/n-triples existed
    "application/json": "jsonld",
}
#: format= values -> (solution format, graph format)
_FORMAT_PARAM: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "jsonld"),
    "xml": ("xml", None),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "ntriples": (None, "ntriples"),
    "n-triples": (None, "ntriples"),
    "nt": (None, "ntriples"),
    "jsonld": (None, "jsonld"),
    "json-ld": (None, "jsonld"),
}
assert set(SOLUTION_TYPES) == set(SOLUTION_FORMATS) and set(GRAPH_TYPES) == set(GRAPH_FORMATS)
#: every media type the endpoint writes, for the message of a 406
OFFERED = ", ".join([*SOLUTION_TYPES.values(), *GRAPH_TYPES.values()])


@dataclass(frozen=True)
class Negotiated:
    """The format for each result kind: ``solutions`` for SELECT and ASK, ``graph`` for the rest."""

    solutions: str | None
    graph: str | None

    def for_form(self, form: str | None) -> str | None:
        """The format for a query form (``SELECT`` ...); None when nothing acceptable can be written."""
        if form in ("SELECT", "ASK"):
            return self.solutions
        if form in ("CONSTRUCT", "DESCRIBE"):
            return self.graph
        return self.solutions or self.graph


def content_type(fmt: str) -> str:
    """The Content-Type header for a format name, with a charset for the text formats."""
    media = SOLUTION_TYPES.get(fmt) or GRAPH_TYPES[fmt]
    return f"{media}; charset=utf-8"


def parse_accept(header: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (q, then specificity, then order); q=0 dropped."""
    ranges: list[tuple[float, int, int, str]] = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0  # a malformed q is taken as "not acceptable", not as "best"
        if quality <= 0:
            continue
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        ranges.append((-quality, -specificity, position, media))
    return [(media, -q) for q, _, _, media in sorted(ranges)]


def _pick(ranges: list[tuple[str, float]], table: dict[str, str], default: str) -> str | None:
    for media, _ in ranges:
        if media == "*/*":
            return default
        if media.endswith("/*"):
            major = media[:-1]
            for candidate, name in table.items():
                if candidate.startswith(major):
                    return name
            continue
        if media in table:
            return table[media]
    return None


def negotiate(accept: str | None, format_param: str | None = None) -> Negotiated:
    """Pick the result formats from ``format=`` (if given) or the ``Accept`` header.

    Raises:
        NotAcceptableError: ``format=`` names nothing the endpoint writes.
    """
    if format_param is not None and format_param.strip():
        key = format_param.strip().lower()
        if key in _FORMAT_PARAM:
            return Negotiated(*_FORMAT_PARAM[key])
        solutions, graph = _SOLUTION_ACCEPT.get(key), _GRAPH_ACCEPT.get(key)
        if solutions is None and graph is None:
            raise not_acceptable(f"format={format_param[:40]!r}", OFFERED)
        return Negotiated(solutions, graph)
    if accept is None or not accept.strip():
        return Negotiated("json", "turtle")
    ranges = parse_accept(accept)
    return Negotiated(_pick(ranges, _SOLUTION_ACCEPT, "json"), _pick(ranges, _GRAPH_ACCEPT, "turtle"))


__all__ = ["GRAPH_TYPES", "OFFERED", "SOLUTION_TYPES", "Negotiated", "content_type", "negotiate", "parse_accept"]
