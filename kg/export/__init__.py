"""Exports of the whole store: Turtle, N-Triples, N-Quads, TriG, JSON-LD; GraphML and GEXF.

Every export is written atomically and is byte-for-byte the same for the same
store content (quads are sorted before serialising; no blank nodes are used).
Turtle and N-Triples merge all article graphs into one graph; N-Quads, TriG
and JSON-LD keep one named graph per article. JSON-LD is compacted with
``ontology/context.jsonld`` (kg/export/jsonld.py). GraphML and GEXF hold the
entity graph of :func:`kg.network.to_networkx`, not the RDF
(kg/export/networks.py).

Layer: export, beside kg.viz; must not import kg.viz, kg.graph or kg.cli.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph
from pyoxigraph import Quad, RdfFormat, Triple

from kg.atomic import atomic_write_bytes
from kg.errors import ExportError
from kg.rdf.namespaces import TURTLE_PREFIXES
from kg.store import KGStore

__all__ = ["FORMATS", "export", "serialize"]

#: format name -> (pyoxigraph format, keeps named graphs, file suffix); None: not written by pyoxigraph
FORMATS: dict[str, tuple[RdfFormat | None, bool, str]] = {
    "turtle": (RdfFormat.TURTLE, False, ".ttl"),
    "ntriples": (RdfFormat.N_TRIPLES, False, ".nt"),
    "nquads": (RdfFormat.N_QUADS, True, ".nq"),
    "trig": (RdfFormat.TRIG, True, ".trig"),
    "jsonld": (None, True, ".jsonld"),
    "graphml": (None, False, ".graphml"),
    "gexf": (None, False, ".gexf"),
}
#: the formats that hold the entity graph (networkx), not the RDF
NETWORK_FORMATS = ("graphml", "gexf")


def _sorted_prefix_block(data: bytes) -> bytes:
    """Put the @prefix lines in name order, whatever order the serializer chose."""
    lines = data.split(b"\n")
    count = 0
    while count < len(lines) and lines[count].startswith(b"@prefix "):
        count += 1
    return b"\n".join(sorted(lines[:count]) + lines[count:])


def _sort_key(term: object) -> str:
    return str(term)


def serialize(quads: Iterable[Quad], format: str) -> bytes:
    """Serialise quads in ``format``, sorted, deterministic.

    Raises:
        ExportError: the format is not one of :data:`FORMATS`.
    """
    if format not in FORMATS:
        raise ExportError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if format in NETWORK_FORMATS:
        raise ExportError(f"{format} holds the entity graph, not RDF quads; export it from a store with "
                          "kg.export.export(store, path, format) or kg export --format " + format)
    if format == "jsonld":
        from kg.export.jsonld import serialize_jsonld

        return serialize_jsonld(quads)
    rdf_format, keeps_graphs, _suffix = FORMATS[format]
    assert rdf_format is not None
    prefixes = TURTLE_PREFIXES if rdf_format in {RdfFormat.TURTLE, RdfFormat.TRIG} else None
    if keeps_graphs:
        ordered = sorted(set(quads), key=lambda q: (_sort_key(q.graph_name), _sort_key(q.subject),
                                                    _sort_key(q.predicate), _sort_key(q.object)))
        return _sorted_prefix_block(pyoxigraph.serialize(ordered, format=rdf_format, prefixes=prefixes) or b"")
    triples = sorted({Triple(q.subject, q.predicate, q.object) for q in quads},
                     key=lambda t: (_sort_key(t.subject), _sort_key(t.predicate), _sort_key(t.object)))
    return _sorted_prefix_block(pyoxigraph.serialize(triples, format=rdf_format, prefixes=prefixes) or b"")


def export(store: KGStore, output: str | os.PathLike[str] | None, format: str = "turtle",
           layer: str = "entity") -> bytes | Path:
    """Export the whole store; to ``output`` atomically, or return the bytes if ``output`` is None.

    RDF formats hold everything (both layers: open statements are typed ``kg:OpenStatement``);
    the network formats (GraphML, GEXF) draw ``layer``: the entity graph (default), ``open`` or ``all``.
    """
    if format in NETWORK_FORMATS:
        from kg.export.networks import gexf_bytes, graphml_bytes

        data = graphml_bytes(store, layer) if format == "graphml" else gexf_bytes(store, layer)
    else:
        data = serialize(store.quads(), format)
    if output is None:
        return data
    atomic_write_bytes(output, data)
    return Path(output)
