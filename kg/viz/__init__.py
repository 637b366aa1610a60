"""Interactive, offline HTML views of the knowledge graph (vis-network).

Layer: viz, beside kg.export; must not import kg.export, kg.graph or kg.cli.
"""

from __future__ import annotations

from kg.viz.html import TYPE_COLORS, RenderReport, render_html
from kg.viz.notebook import NotebookFrame, show

__all__ = ["TYPE_COLORS", "NotebookFrame", "RenderReport", "render_html", "show"]
