"""Files generated from ``ontology/kg.ttl``: its HTML documentation and the JSON-LD context.

    python -m kg.export.docs     # rewrite ontology/docs/index.html and ontology/context.jsonld

The JSON-LD context comes from :func:`kg.export.jsonld.build_context`.

pyLODE (a test extra, pinned) renders the OWL file as one self-contained HTML
page. Its output is deterministic for a pinned version: it embeds pyLODE's own
version but no date (the ontology's ``dcterms:created`` is data); the few
places where it iterates rdflib blank nodes or sets are normalised here
(``normalise``). tests/test_ontology.py regenerates the page into a temporary
folder and fails if it differs from the committed file.

Layer: export, beside kg.viz; must not import kg.viz, kg.graph or kg.cli.
"""

from __future__ import annotations

import gc
import logging
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCE = ROOT / "ontology" / "kg.ttl"
TARGET = ROOT / "ontology" / "docs" / "index.html"
CONTEXT = ROOT / "ontology" / "context.jsonld"


_OR = '<span class="cardinality">or</span>'


def _span_block(lines: list[str], start: int) -> int | None:
    """The index after the ``<span>`` ... ``</span>`` block opening at ``start``, or None."""
    if lines[start].strip() != "<span>":
        return None
    indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
    for end in range(start + 1, len(lines)):
        if lines[end] == indent + "</span>":
            return end + 1
    return None


def _sort_unions(lines: list[str]) -> list[str]:
    """pyLODE lists the members of an owl:unionOf in set order: sort them by their text."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = _span_block(lines, i)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        blocks = [lines[i:end]]
        separator = None
        while end + 1 < len(lines) and lines[end].strip() == _OR:
            following = _span_block(lines, end + 1)
            if following is None:
                break
            separator = lines[end]
            blocks.append(lines[end + 1:following])
            end = following
        blocks.sort(key=lambda block: "\n".join(block))
        for n, block in enumerate(blocks):
            if n and separator is not None:
                out.append(separator)
            out.extend(block)
        i = end
    return out


def normalise(html: str) -> str:
    """Drop what varies between runs: trailing spaces, blank-node ids, the order of union members."""
    html = re.sub(r"\b(N|_:N?)[0-9a-f]{32}\b", "_:b", html)
    return "\n".join(_sort_unions([line.rstrip() for line in html.splitlines()])) + "\n"


def render(source: Path = SOURCE) -> str:
    from pylode import OntPub

    logging.getLogger("root").setLevel(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # pyLODE leaves its CSS file open
        html = OntPub(ontology=str(source), sort_subjects=True).make_html()
        gc.collect()
    return normalise(html)


def write(target: Path = TARGET, source: Path = SOURCE) -> Path:
    from kg.atomic import atomic_write_bytes

    atomic_write_bytes(target, render(source).encode("utf-8"))
    return target


def write_context(target: Path = CONTEXT, source: Path = SOURCE) -> Path:
    from kg.atomic import atomic_write_bytes
    from kg.export.jsonld import build_context

    atomic_write_bytes(target, build_context(source))
    return target


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    print(f"wrote {write_context()}")
    print(f"wrote {write(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)}")
