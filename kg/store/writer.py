"""One thread that writes article graphs in input order, grouping the articles that queue up behind a write.

Layer: store, over the RDF; must not import kg.query or any layer above it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from pyoxigraph import NamedNode, Quad

from kg.store.base import KGStore

class BatchWriter:
    """Writes ``(graph, quads)`` with :meth:`KGStore.replace_articles` in one thread, in submission order.

    Guarantees: articles reach the store in the order submitted; while a write runs, the articles submitted
    meanwhile gather and go in the next call together, up to ``batch_quads`` quads (the store's
    :attr:`~kg.store.base.KGStore.write_batch_quads` by default: one HTTP request on a server, or one load
    through its bulk loader, instead of one each); when :meth:`submit` returns, at most twice ``batch_quads``
    quads are held (waiting or being written), so memory stays bounded; a failed write is raised by the next
    :meth:`submit` or :meth:`drain`.
    """

    def __init__(self, store: KGStore, executor: ThreadPoolExecutor, batch_quads: int | None = None) -> None:
        self.store = store
        self.executor = executor
        self.batch_quads = batch_quads if batch_quads is not None else store.write_batch_quads
        self.max_pending = 2 * self.batch_quads
        self._running: deque[tuple[Future[None], int]] = deque()
        self._batch: list[tuple[NamedNode, Sequence[Quad]]] = []
        self._batch_quads = 0

    def submit(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        """Queue one article's graph; written at once when the writer is idle, else with the next batch."""
        if self._batch and self._batch_quads + len(quads) > self.batch_quads:
            self._send()  # full: a batch over the size would be cut in two by the store (a load of a few articles)
        self._batch.append((graph, quads))
        self._batch_quads += len(quads)
        self._collect()
        if not self._running:
            self._send()
        self.drain()

    def drain(self, limit: int | None = None) -> None:
        """Wait until at most ``limit`` quads are held (``None``: the writer's bound; 0: everything written);
        re-raise a failed write."""
        limit = self.max_pending if limit is None else limit
        while self._pending() > limit or (limit == 0 and (self._batch or self._running)):  # 0: even empty graphs
            # the writes under way go first: sending the gathering batch early would cut it short (a write of one
            # article each time the bound is passed: every other load into Oxigraph server, bench/store_writer.py)
            if not self._running:
                self._send()
            self._running.popleft()[0].result()
        self._collect()

    def _pending(self) -> int:
        return self._batch_quads + sum(count for _, count in self._running)

    def _collect(self) -> None:
        while self._running and self._running[0][0].done():
            self._running.popleft()[0].result()

    def _send(self) -> None:
        if self._batch:
            batch, quads, self._batch, self._batch_quads = self._batch, self._batch_quads, [], 0
            self._running.append((self.executor.submit(self.store.replace_articles, batch), quads))
