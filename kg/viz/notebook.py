"""The HTML page inline in a Jupyter notebook, without loosening any of its guarantees.

The page goes into an ``<iframe srcdoc="...">``: the whole document is one
attribute value, HTML-escaped (``& < > " '``), so nothing in it can end the
attribute or add markup to the notebook. The iframe is sandboxed with
``allow-scripts`` only: the page runs in an opaque origin, cannot touch the
notebook's DOM, cookies or storage, cannot open windows or submit forms. The
page keeps its own Content-Security-Policy (``default-src 'none'``, scripts
by hash), so it still loads nothing from the network.

    >>> from kg.viz import show
    >>> show(graph.visualize("exports/kim.html", focus="Kim Jong-un"))   # doctest: +SKIP

Layer: viz, beside kg.export; must not import kg.export, kg.graph or kg.cli.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import networkx as nx

from kg.viz.html import DEFAULT_HEIGHT, RenderReport, iframe_html, render_html

__all__ = ["NotebookFrame", "iframe_html", "show"]

class NotebookFrame:
    """What :func:`show` returns: Jupyter renders it inline; ``str()`` is the iframe markup."""

    def __init__(self, markup: str) -> None:
        self.html = markup

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<NotebookFrame: iframe of {len(self.html):,} characters>"


def show(obj: Any, *, height: int = DEFAULT_HEIGHT, **render_options: Any) -> NotebookFrame:
    """An inline view of ``obj`` for a notebook.

    ``obj``: a :class:`kg.viz.RenderReport` (what ``KnowledgeGraph.visualize``
    returns), a path to a page written by kg, or a ``networkx`` graph in the
    shape :func:`kg.viz.render_html` draws (rendered to a temporary file with
    ``render_options``, e.g. ``communities=True``).
    """
    if isinstance(obj, RenderReport):
        page = obj.path.read_text(encoding="utf-8")
    elif isinstance(obj, (str, os.PathLike)):
        page = Path(obj).read_text(encoding="utf-8")
    elif isinstance(obj, nx.Graph):
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kg-show-") as tmp:
            report = render_html(obj, Path(tmp) / "graph.html", **render_options)
            page = report.path.read_text(encoding="utf-8")
    else:
        raise TypeError(f"show() takes a RenderReport, a page path or a networkx graph, not {type(obj).__name__}")
    return NotebookFrame(iframe_html(page, height=height))
