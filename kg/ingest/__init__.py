"""Ingest: turn news files (.txt, .html/.htm, .jsonl) or stdin into normalised ``Article`` values.

The one verb most callers need is :func:`read_articles`; it yields an
``InputError`` (instead of raising) for each input it cannot read.

Layer: ingest, over errors and types; must not import kg.nlp, kg.registry, kg.extract or any layer
above.
"""

from __future__ import annotations

from kg.ingest.clean import normalize_text
from kg.ingest.readers import READERS, SUPPORTED_SUFFIXES, parse_date, read_articles

__all__ = ["read_articles", "parse_date", "normalize_text", "READERS", "SUPPORTED_SUFFIXES"]
