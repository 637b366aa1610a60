"""One thread that writes article graphs in input order, grouping the articles that queue up behind a write.

Layer: store, over the RDF; must not import kg.query or any layer above it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from pyoxigraph import NamedNode, Quad

from kg.store.base import KGStore

#: one call of replace_articles takes at most this many quads (a server cuts it into requests by its profile)
BATCH_QUADS = 100_000


class BatchWriter:
    """Writes ``(graph, quads)`` with :meth:`KGStore.replace_articles` in one thread, in submission order.

    Guarantees: articles reach the store in the order submitted; while a write runs, the articles submitted
    meanwhile gather and go in the next call together (one HTTP request on a server, instead of one each);
    at most ``max_pending`` articles are held (waiting or being written) before :meth:`submit` blocks, so
    memory stays bounded; a failed write is raised by the next :meth:`submit` or :meth:`drain`.
    """

    def __init__(self, store: KGStore, executor: ThreadPoolExecutor, max_pending: int,
                 batch_quads: int = BATCH_QUADS) -> None:
        self.store = store
        self.executor = executor
        self.max_pending = max_pending
        self.batch_quads = batch_quads
        self._running: deque[tuple[Future[None], int]] = deque()
        self._batch: list[tuple[NamedNode, Sequence[Quad]]] = []
        self._batch_quads = 0

    def submit(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        """Queue one article's graph; written at once when the writer is idle, else with the next batch."""
        self._batch.append((graph, quads))
        self._batch_quads += len(quads)
        self._collect()
        if not self._running or self._batch_quads >= self.batch_quads:
            self._send()
        self.drain(self.max_pending)

    def drain(self, limit: int = 0) -> None:
        """Wait until at most ``limit`` articles are held (0: everything written); re-raise a failed write."""
        if self._pending() > limit or limit == 0:
            self._send()
        while self._running and self._pending() > limit:
            future, _count = self._running.popleft()
            future.result()
        self._collect()

    def _pending(self) -> int:
        return len(self._batch) + sum(count for _, count in self._running)

    def _collect(self) -> None:
        while self._running and self._running[0][0].done():
            self._running.popleft()[0].result()

    def _send(self) -> None:
        if self._batch:
            batch, self._batch, self._batch_quads = self._batch, [], 0
            self._running.append((self.executor.submit(self.store.replace_articles, batch), len(batch)))
