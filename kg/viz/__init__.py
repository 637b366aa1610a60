"""Interactive, offline HTML views of the knowledge graph (vis-network)."""

from __future__ import annotations

from kg.viz.html import TYPE_COLORS, RenderReport, render_html

__all__ = ["TYPE_COLORS", "RenderReport", "render_html"]
