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
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["NotebookFrame", "iframe_html", "show"]

DEFAULT_HEIGHT = 620


def iframe_html(page: str, *, height: int = DEFAULT_HEIGHT, title: str = "kg graph") -> str:
    """``page`` (a whole HTML document) as one sandboxed ``srcdoc`` iframe element."""
    if isinstance(height, bool) or not isinstance(height, int) or height < 50:
        raise ValueError(f"height must be an int of at least 50 pixels, got {height!r}")
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'title="{html.escape(title, quote=True)}" '
            f'style="width:100%;height:{height}px;border:1px solid #ddd;border-radius:4px"></iframe>')


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
    from kg.viz.html import RenderReport, render_html

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
