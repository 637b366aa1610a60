"""Interactive, offline HTML views of the knowledge graph (vis-network)."""

from __future__ import annotations

from kg.viz.html import TYPE_COLORS, RenderReport, render_html
from kg.viz.notebook import NotebookFrame, show

__all__ = ["TYPE_COLORS", "NotebookFrame", "RenderReport", "render_html", "show"]
