"""The build's parallel half: parse, extract, resolve and make RDF of articles in this process or in N worker
processes, and give the results back in input order.

Everything that depends on one article alone runs in worker processes (each loads the pipeline once):
spaCy's parse, kg's extractors, resolution *without* other articles' names, and that resolution's quads,
with the questions it asked of the names known (see :class:`kg.resolve.RecordedNames`). What depends on
other articles stays with the caller, in input order: it asks those questions of the names known so far,
and only when one is answered (a surname whose full name another article gave) resolves the article
again itself. Articles go in chunks of :data:`CHUNK_ARTICLES`; a chunk is handled by :func:`build_chunk`
with :func:`kg.nlp.parse_articles` (batches of the same size) in a worker and in this process alike, so a
build's result does not depend on the number of workers.

A worker that dies (killed, out of memory, a crash in native code) costs nothing but time: the chunks it
held are run again one at a time in a fresh pool, and an article that kills its worker even alone is
one :class:`~kg.errors.InputError`; nothing of it is given back, so nothing of it is stored.

Layer: under the Python API (kg.graph), over rdf, resolve, extract and nlp; must not import the store
or anything above it.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pyoxigraph import Quad

from kg.errors import ExtractorError, InputError, extractors_not_in_workers, over_budget
from kg.extract import Extraction, extract
from kg.types import Article

#: articles per chunk sent to a worker, and spaCy's batch size inside it (kg.nlp.parse_articles' default)
CHUNK_ARTICLES = 32
#: items (articles to build and others passed through) per chunk at most: a long run of unchanged
#: articles is given back in bounded steps, not held until 32 to build come
CHUNK_ITEMS = 256
#: chunks queued per worker beyond the one it is parsing: enough to keep it busy, few enough to keep memory flat
QUEUED_PER_WORKER = 2

Tag = TypeVar("Tag")


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # no sched_getaffinity (macOS, Windows)
        return max(1, os.cpu_count() or 1)


class Budget:
    """The time one article's own passes may take: ``factor`` times its parsing time, at least ``floor``
    seconds; ``factor`` 0 means no budget. Spent time adds up over every pass and process it goes through
    (it is pickled with the article's extraction); time spent waiting in a queue does not count."""

    def __init__(self, source: str, parse_seconds: float, factor: float, floor: float) -> None:
        self.source = source
        self.seconds = max(floor, factor * parse_seconds) if factor > 0 else None
        self.spent = 0.0
        self.resume()

    def resume(self) -> None:
        """Count time again from now (after the article waited between passes, or came from a worker)."""
        self.started = time.perf_counter() - self.spent

    def check(self) -> None:
        """Raise :class:`~kg.errors.ArticleBudgetError` once the budget is spent."""
        self.spent = time.perf_counter() - self.started
        if self.seconds is not None and self.spent > self.seconds:
            raise over_budget(self.source, self.spent, self.seconds)


def article_failed(article: Article, error: Exception) -> InputError:
    """The one line for an article that could not be built: its own error, or what went wrong in kg."""
    if isinstance(error, InputError):
        return error
    return InputError(article.path or article.id,
                      f"could not be built ({type(error).__name__}: {' '.join(str(error).split())}); "
                      "nothing of it was stored; please report this with the article")


@dataclass(frozen=True)
class ToBuild(Generic[Tag]):
    """An article to build, and the content hash its graph records; ``tag`` is the caller's, given back
    with the result unchanged."""

    article: Article
    content_hash: str
    tag: Tag


@dataclass(frozen=True)
class Alone:
    """What one article gives without other articles' names: its extraction, the quads of its resolution
    with no names known, the questions that resolution asked of the names known (each answered None),
    the (type, label) of its entities, and its budget (the time spent so far)."""

    extraction: Extraction
    quads: list[Quad]
    asked: list[tuple[str, str, str | None]]
    names: list[tuple[str, str]]
    budget: Budget


@dataclass(frozen=True)
class Built(Generic[Tag]):
    """One article's outcome: what it gives alone, or the error that stopped it."""

    article: Article
    content_hash: str
    tag: Tag
    alone: Alone | None
    error: InputError | None


#: what a chunk gives back per article; picklable
_Outcome = Alone | InputError


def build_chunk(nlp: Any, work: list[tuple[Article, str]], model: str, factor: float,
                floor: float) -> list[_Outcome]:
    """Parse the articles of ``work`` (article, content hash; in :data:`CHUNK_ARTICLES` batches), extract each,
    resolve it with no other article's names and make its quads, under its own error boundary and time
    budget (``factor`` x its parse time, at least ``floor`` s); one outcome per article, in order."""
    from kg.nlp import parse_articles
    from kg.rdf import article_quads
    from kg.rdf.link import GAZETTEER
    from kg.resolve import NameIndex, RecordedNames, resolve

    hashes = {article.id: content_hash for article, content_hash in work}
    outcomes: list[_Outcome] = []
    for article, doc in parse_articles(nlp, [article for article, _ in work], batch_size=CHUNK_ARTICLES):
        if isinstance(doc, InputError):
            outcomes.append(doc)
            continue
        budget = Budget(article.path or article.id, doc.user_data.get("kg.parse_seconds", 0.0), factor, floor)
        try:
            extraction = extract(doc, anchor=article.date, check=budget.check)
            budget.check()
            # no names known: every question is answered None, as resolve(known=None) would go
            questions = RecordedNames(NameIndex())
            resolved = resolve(article, extraction.mentions, extraction.relations, known=questions,
                               places=GAZETTEER, team_sport=extraction.team_sport)
            budget.check()
            quads = article_quads(resolved, model=model, content_hash=hashes[article.id])
            budget.check()
        except Exception as error:
            outcomes.append(article_failed(article, error))
        else:
            names: list[tuple[str, str]] = [(entity.type, entity.label) for entity in resolved.entities.values()]
            outcomes.append(Alone(extraction, quads, questions.asked, names, budget))
    return outcomes


# -- the worker processes ------------------------------------------------------------------------------------
_worker_nlp: Any = None
_worker_problem: ExtractorError | None = None


def _registry() -> tuple[tuple[str, ...], list[str]]:
    """The extractors registered in this process, and the modules that register them."""
    from kg.registry import registered

    entries = registered()
    modules = {entry.func.__module__ for entry in entries.values() if entry.func is not None}
    return tuple(entries), sorted(modules)


def _start_worker(model: str | None, extractors: tuple[str, ...], modules: list[str]) -> None:
    """Each worker's initializer: load the pipeline once, import the modules that registered extractors in
    the main process (a user's own, too), and leave Ctrl-C to the main process, which stops the build
    between whole articles."""
    global _worker_nlp, _worker_problem
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="kg-parent-watch").start()
    from kg.nlp import load_pipeline

    for module in modules:
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001  (a script's __main__, say: told below, by the names missing)
            continue
    missing = [name for name in extractors if name not in _registry()[0]]
    if missing:
        _worker_problem = extractors_not_in_workers(missing)
    _worker_nlp = load_pipeline(model)


def _exit_with_parent(parent: int) -> None:
    """End this worker once the build process is gone (killed with -9, it cannot stop its workers; they would
    wait for work forever, each holding a model)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _build_in_worker(work: list[tuple[Article, str]], model: str, factor: float, floor: float) -> list[_Outcome]:
    if _worker_problem is not None:
        raise _worker_problem
    return build_chunk(_worker_nlp, work, model, factor, floor)


@dataclass
class _Chunk:
    items: list[object] = field(default_factory=list)
    future: Future[list[_Outcome]] | None = None

    @property
    def work(self) -> list[tuple[Article, str]]:
        return [(item.article, item.content_hash) for item in self.items if isinstance(item, ToBuild)]


def _chunks(items: Iterable[object]) -> Iterator[_Chunk]:
    chunk = _Chunk()
    to_build = 0
    for item in items:
        chunk.items.append(item)
        to_build += isinstance(item, ToBuild)
        if to_build >= CHUNK_ARTICLES or len(chunk.items) >= CHUNK_ITEMS:
            yield chunk
            chunk, to_build = _Chunk(), 0
    if chunk.items:
        yield chunk


def _given_back(chunk: _Chunk, outcomes: list[_Outcome]) -> Iterator[object]:
    found = iter(outcomes)
    for item in chunk.items:
        if isinstance(item, ToBuild):
            outcome = next(found)
            if isinstance(outcome, Alone):
                outcome.budget.resume()  # its time goes on from here; the wait since the worker does not count
                yield Built(item.article, item.content_hash, item.tag, outcome, None)
            else:
                yield Built(item.article, item.content_hash, item.tag, None, outcome)
        else:
            yield item


def _died(article: Article, error: BaseException) -> InputError:
    return InputError(article.path or article.id,
                      f"the worker process parsing it died ({type(error).__name__}: {' '.join(str(error).split())}) "
                      "twice, the second time on this article alone; nothing of it was stored; build it with "
                      "--jobs 1 to see the error, and please report it with the article")


def build_in_order(items: Iterable[object], *, jobs: int, nlp: Callable[[], Any], model: str | None,
                   model_id: str, factor: float, floor: float) -> Generator[object, None, None]:
    """Build every :class:`ToBuild` item alone (see :func:`build_chunk`; ``model_id`` goes into its quads) and
    give back every item in input order: a :class:`Built` (of the same tag) for each one built, any other
    item as it is.

    Guarantees: the same results for every ``jobs``; reads ``items`` lazily and holds at most
    ``jobs`` x (1 + :data:`QUEUED_PER_WORKER`) chunks at once; ``jobs`` 1, or input that fits one chunk,
    runs in this process with ``nlp()``; more starts ``jobs`` worker processes that load the pipeline
    ``model`` (the pool is shut down when the iterator is closed or exhausted). A worker that dies costs
    no article but one that kills its worker alone, twice (see the module doc).
    """
    chunks = _chunks(items)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if jobs > 1 else None
    if second is None:  # one process: parse a chunk, give it back, read the next
        for chunk in _prepend(first, chunks):
            work = chunk.work
            outcomes = build_chunk(nlp(), work, model_id, factor, floor) if work else []
            yield from _given_back(chunk, outcomes)
        return
    pool = _Pool(jobs, model, model_id, factor, floor)
    try:
        pending: deque[_Chunk] = deque()
        for chunk in _prepend(first, _prepend(second, chunks)):
            pool.submit(chunk)
            pending.append(chunk)
            while len(pending) > jobs * (1 + QUEUED_PER_WORKER) or pending and _ready(pending[0]):
                yield from _finish(pending, pool)
        while pending:
            yield from _finish(pending, pool)
    except BaseException:  # closed early (the caller failed, or Ctrl-C): what the workers hold is not wanted
        pool.stop()
        raise
    pool.shutdown()


def _prepend(first: _Chunk, rest: Iterator[_Chunk]) -> Iterator[_Chunk]:
    yield first
    yield from rest


def _ready(chunk: _Chunk) -> bool:
    return chunk.future is None or chunk.future.done()


def _finish(pending: deque[_Chunk], pool: _Pool) -> Iterator[object]:
    """Give back the oldest chunk's results; when the pool broke, run it and every chunk after it again alone."""
    chunk = pending.popleft()
    try:
        outcomes = pool.outcomes(chunk)
    except BrokenProcessPool:
        pool.restart()
        again = [chunk, *pending]  # every chunk in flight died with the pool
        pending.clear()
        for retried in again:
            future = retried.future
            done = future is not None and future.done() and not future.cancelled() and future.exception() is None
            yield from _given_back(retried, pool.outcomes(retried) if done else pool.alone(retried.work))
        return
    yield from _given_back(chunk, outcomes)


class _Pool:
    """A process pool whose workers hold the pipeline, restarted when a worker dies."""

    def __init__(self, jobs: int, model: str | None, model_id: str, factor: float, floor: float) -> None:
        self.jobs, self.model, self.model_id, self.factor, self.floor = jobs, model, model_id, factor, floor
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: the parent holds an open store and a writer thread, which a fork would copy mid-write
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.model, *_registry()))

    def submit(self, chunk: _Chunk) -> None:
        work = chunk.work
        if work:
            try:
                chunk.future = self.executor.submit(_build_in_worker, work, self.model_id, self.factor, self.floor)
            except BrokenProcessPool as error:  # a worker died since the last chunk went out: _finish restarts
                chunk.future = Future()
                chunk.future.set_exception(error)

    def outcomes(self, chunk: _Chunk) -> list[_Outcome]:
        """The chunk's outcomes; an error in kg's worker code (not one article's: those are outcomes) is one
        error per article of the chunk. Raises BrokenProcessPool when a worker died."""
        if chunk.future is None:
            return []
        try:
            return chunk.future.result()
        except (BrokenProcessPool, ExtractorError):  # the pool, or the build as a whole, cannot go on
            raise
        except Exception as error:
            return [article_failed(article, error) for article, _ in chunk.work]

    def alone(self, work: list[tuple[Article, str]]) -> list[_Outcome]:
        """Run ``work`` with nothing else in flight; if a worker dies again, run each article alone,
        and one that kills its worker alone is an error."""
        if not work:
            return []
        try:
            return self._run(work)
        except BrokenProcessPool:
            self.restart()
        outcomes: list[_Outcome] = []
        for one in work:
            try:
                outcomes.extend(self._run([one]))
            except BrokenProcessPool as error:
                self.restart()
                outcomes.append(_died(one[0], error))
        return outcomes

    def _run(self, work: list[tuple[Article, str]]) -> list[_Outcome]:
        chunk = _Chunk(list(ToBuild(article, content_hash, None) for article, content_hash in work))
        self.submit(chunk)
        return self.outcomes(chunk)

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def stop(self) -> None:
        """Stop the workers at once, dropping what they are parsing (Python 3.14 has terminate_workers())."""
        workers = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.terminate()
        self.executor.shutdown(wait=True)

    def shutdown(self) -> None:
        """Stop the workers; a chunk a worker is parsing is finished first (seconds), queued ones are dropped."""
        self.executor.shutdown(wait=True, cancel_futures=True)
