"""The build's parallel half: parse, extract, resolve and make RDF of articles in this process or in N worker
processes, and give the results back in input order.

Everything that depends on one article alone runs in worker processes (each loads the pipeline once):
spaCy's parse, kg's extractors, resolution *without* other articles' names, and that resolution's quads,
with the questions it asked of the names known (see :class:`kg.resolve.RecordedNames`). What depends on
other articles stays with the caller, in input order: it asks those questions of the names known so far,
and only when one is answered (a surname whose full name another article gave) resolves the article
again itself. Articles go in chunks of :data:`CHUNK_ARTICLES`; a chunk is handled by :func:`build_chunk`
with :func:`kg.nlp.parse_articles` (batches of the same size) in a worker and in this process alike (where the
next chunk's parse runs in a thread beside this chunk's extraction), so a build's result does not depend on the
number of workers.

A worker that dies (killed, out of memory, a crash in native code) costs nothing but time: the chunks it
held are run again one at a time in a fresh pool, and an article that kills its worker even alone is
one :class:`~kg.errors.InputError`; nothing of it is given back, so nothing of it is stored.

With ``cluster`` (``kg build --cluster ADDRESS``), the chunks go to the workers of a Dask distributed cluster
instead (:class:`_ClusterPool`); each worker loads the pipeline once (:class:`kg.cluster.PipelinePlugin`) and
runs :func:`build_chunk` as a worker process would; everything else is the same, so the store is the
``--jobs 1`` store. Dask runs a chunk whose worker died again on another worker (the scheduler's
``allowed-failures``); a chunk that kills every worker it is given is run article by article. A scheduler
that stops answering, or that has no worker left for :data:`CLUSTER_NO_WORKERS_SECONDS`, stops the build
with a :class:`~kg.errors.ClusterError`; the workers never write to a store.

Layer: under the Python API (kg.graph), over rdf, resolve, extract and nlp; must not import the store
or anything above it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pyoxigraph import Quad, RdfFormat, parse, serialize

from kg.errors import (ClusterError, ExtractorError, InputError, KGError, cluster_lost, cluster_not_installed,
                       cluster_unreachable, cluster_unusable, cluster_without_workers, extractors_not_in_workers,
                       over_budget, workers_cannot_start)
from kg.extract import Extraction, extract
from kg.types import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: articles per chunk sent to a worker, and spaCy's batch size inside it (kg.nlp.parse_articles' default)
CHUNK_ARTICLES = 32
#: the interpreter's switch interval while one process parses in a thread beside kg's own passes (Python's default is
#: 5 ms): measured on 500 Reuters articles, a build took 1.13-1.19x plain nlp.pipe's time at 5 ms, 1.06-1.07x at 1 ms
PARSE_SWITCH_SECONDS = 0.001
#: items (articles to build and others passed through) per chunk at most: a long run of unchanged
#: articles is given back in bounded steps, not held until 32 to build come
CHUNK_ITEMS = 256
#: chunks queued per worker beyond the one it is parsing: enough to keep it busy, few enough to keep memory flat
QUEUED_PER_WORKER = 2
#: seconds to wait for the Dask scheduler to answer, and for its first worker, when a ``--cluster`` build starts
CLUSTER_CONNECT_SECONDS = 10.0
#: a build on a cluster whose scheduler has had no worker this long stops (a ClusterError), rather than wait
CLUSTER_NO_WORKERS_SECONDS = 60.0
#: how often a build waiting for a chunk checks that the cluster still has workers
CLUSTER_POLL_SECONDS = 5.0

Tag = TypeVar("Tag")


def extract_article(doc: Doc, article: Article, check: Callable[[], None] | None = None) -> Extraction:
    """:func:`kg.extract.extract` over an article's parse, with what its metadata tells the extractors: its date
    (relative dates resolve against it) and its dateline's country (an office named without one, "Finance
    Minister X", in a story filed from Khartoum about Sudan)."""
    from kg.rdf.link import dateline_country

    home = dateline_country(article.dateline) if article.dateline else None
    return extract(doc, anchor=article.date, check=check, home_country=home)


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


class Alone:
    """What one article gives without other articles' names: its extraction, the quads of its resolution
    with no names known, the questions that resolution asked of the names known (each answered None),
    the (type, label) of its entities, and its budget (the time spent so far).

    Sent from a worker, the extraction stays pickled until something reads it: the building process reads it
    only for the few articles it resolves again, and keeps the others' as they came for the end of the build
    (:meth:`extraction_pickle`), instead of unpickling and pickling each again (measured on 300 Reuters articles:
    0.25 ms and 0.64 ms an article of that process's time)."""

    __slots__ = ("_extraction", "quads", "asked", "names", "budget")

    def __init__(self, extraction: Extraction | bytes, quads: list[Quad], asked: list[tuple[str, str, str | None]],
                 names: list[tuple[str, str]], budget: Budget) -> None:
        self._extraction = extraction
        self.quads, self.asked, self.names, self.budget = quads, asked, names, budget

    @property
    def extraction(self) -> Extraction:
        """The article's extraction (unpickled on first use)."""
        held = self._extraction
        if isinstance(held, bytes):
            held = self._extraction = pickle.loads(held)
        return held

    def extraction_pickle(self) -> bytes:
        """The extraction, pickled (as it came from a worker, when it came from one)."""
        if isinstance(self._extraction, bytes):
            return self._extraction
        return pickle.dumps(self._extraction, protocol=pickle.HIGHEST_PROTOCOL)

    def __reduce__(self) -> tuple[object, ...]:
        # A worker sends its quads to the main process as N-Quads text, serialised and parsed by Oxigraph: pickling
        # ~150 pyoxigraph terms an article took most of the main process's time in a --jobs 2 build (measured on
        # 600 Reuters articles, py-spy: 2.1 s of the pool's result thread, against 0.7 s this way); the same
        # quads come back, in order (kg writes no blank node, so no label is renamed)
        return (_alone_from_nquads, (self.extraction_pickle(), serialize(self.quads, format=RdfFormat.N_QUADS),
                                     self.asked, self.names, self.budget))


def _alone_from_nquads(extraction: bytes, nquads: bytes, asked: list[tuple[str, str, str | None]],
                       names: list[tuple[str, str]], budget: Budget) -> Alone:
    """An :class:`Alone` as :meth:`Alone.__reduce__` sent it."""
    quads = [quad for quad in parse(nquads, format=RdfFormat.N_QUADS) if isinstance(quad, Quad)]
    return Alone(extraction, quads, asked, names, budget)


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
                floor: float, generated_at: dt.datetime | None = None,
                stopping: Callable[[], bool] | None = None) -> list[_Outcome]:
    """Parse the articles of ``work`` (article, content hash; in :data:`CHUNK_ARTICLES` batches), extract each,
    resolve it with no other article's names and make its quads, under its own error boundary and time
    budget (``factor`` x its parse time, at least ``floor`` s); one outcome per article, in order.
    ``generated_at``: the build time its provenance records (default: ``SOURCE_DATE_EPOCH``, else now).
    ``stopping``: asked before each article; once true, the outcomes so far are returned (fewer than ``work``:
    a build that is stopping reads none of them)."""
    if stopping is not None and stopping():  # a chunk queued before the build stopped
        return []
    return built_from_parses(parsed_chunk(nlp, work), work, model, factor, floor, generated_at, stopping)


def parsed_chunk(nlp: Any, work: list[tuple[Article, str]]) -> list[tuple[Article, Doc | InputError]]:
    """The articles of ``work`` parsed (:func:`kg.nlp.parse_articles` in :data:`CHUNK_ARTICLES` batches), in order:
    a Doc each, or the :class:`~kg.errors.InputError` of a text that cannot be parsed.

    In one process this runs in a thread beside kg's own passes (:func:`_overlapped`). That is safe because only
    this thread tokenizes and makes Docs on the pipeline's vocabulary; the passes only read Docs and run Matchers,
    which hold the GIL. An extractor must never call ``nlp(...)``, ``nlp.make_doc`` or ``Doc(nlp.vocab, ...)``.
    Each Doc's ``kg.parse_seconds`` (its time budget's measure) is then wall time beside those passes, which makes
    budgets a little more lenient."""
    from kg.nlp import parse_articles

    return list(parse_articles(nlp, [article for article, _ in work], batch_size=CHUNK_ARTICLES))


def built_from_parses(parses: list[tuple[Article, Doc | InputError]], work: list[tuple[Article, str]], model: str,
                      factor: float, floor: float, generated_at: dt.datetime | None = None,
                      stopping: Callable[[], bool] | None = None) -> list[_Outcome]:
    """:func:`build_chunk` after its parse: ``parses`` are :func:`parsed_chunk` of ``work``."""
    from kg.rdf import article_quads
    from kg.rdf.link import GAZETTEER
    from kg.resolve import NameIndex, RecordedNames, resolve

    hashes = {article.id: content_hash for article, content_hash in work}
    outcomes: list[_Outcome] = []
    for article, doc in parses:
        if stopping is not None and stopping():
            break
        if isinstance(doc, InputError):
            outcomes.append(doc)
            continue
        budget = Budget(article.path or article.id, doc.user_data.get("kg.parse_seconds", 0.0), factor, floor)
        try:
            extraction = extract_article(doc, article, check=budget.check)
            budget.check()
            # no names known: every question is answered None, as resolve(known=None) would go
            questions = RecordedNames(NameIndex())
            resolved = resolve(article, extraction.mentions, extraction.relations, known=questions,
                               places=GAZETTEER, team_sport=extraction.team_sport)
            budget.check()
            quads = article_quads(resolved, model=model, content_hash=hashes[article.id], generated_at=generated_at)
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
_worker_stopping: Any = None  # the pool's multiprocessing Event: set, the chunk being built is given up


def _registry() -> tuple[tuple[str, ...], list[str]]:
    """The extractors registered in this process, and the modules that register them."""
    from kg.registry import registered

    entries = registered()
    modules = {entry.func.__module__ for entry in entries.values() if entry.func is not None}
    return tuple(entries), sorted(modules)


def _start_worker(stopping: Any, model: str | None, extractors: tuple[str, ...], modules: list[str]) -> None:
    """Each worker's initializer: load the pipeline once, import the modules that registered extractors in
    the main process (a user's own, too), and leave Ctrl-C to the main process, which stops the build
    between whole articles (it sets ``stopping``, a multiprocessing Event, to have the workers give up their
    chunks)."""
    global _worker_nlp, _worker_problem, _worker_stopping
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_stopping = stopping
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


def _alive() -> bool:
    """A task with no article: a worker that runs it has started (its initializer loaded the pipeline)."""
    return True


def _exit_with_parent(parent: int) -> None:
    """End this worker once the build process is gone (killed with -9, it cannot stop its workers; they would
    wait for work forever, each holding a model)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _build_in_worker(work: list[tuple[Article, str]], model: str, factor: float, floor: float) -> list[_Outcome]:
    if _worker_problem is not None:
        raise _worker_problem
    return build_chunk(_worker_nlp, work, model, factor, floor, stopping=_worker_stopping.is_set)


@dataclass
class _Chunk:
    items: list[object] = field(default_factory=list)
    #: a concurrent.futures Future, or (with --cluster) a distributed.Future, which has the same methods
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
                   model_id: str, factor: float, floor: float,
                   cluster: str | None = None) -> Generator[object, None, None]:
    """Build every :class:`ToBuild` item alone (see :func:`build_chunk`; ``model_id`` goes into its quads) and
    give back every item in input order: a :class:`Built` (of the same tag) for each one built, any other
    item as it is.

    Guarantees: the same results for every ``jobs``, and with ``cluster``; reads ``items`` lazily and holds at
    most ``jobs`` (with ``cluster``: the cluster's worker threads) x (1 + :data:`QUEUED_PER_WORKER`) chunks at
    once; ``jobs`` 1, or input that fits one chunk, runs in this process with ``nlp()``; more starts ``jobs``
    worker processes that load the pipeline ``model`` (the pool is shut down when the iterator is closed or
    exhausted). ``cluster``, a Dask scheduler's address, sends every chunk to that cluster's workers, whatever
    ``jobs`` says. A worker that dies costs no article but one that kills its worker alone, twice (see the
    module doc).

    Raises:
        ClusterError: ``cluster`` given, and Dask distributed is not installed, the scheduler does not answer
            (or stops answering), it has no worker, or its workers cannot build as this process would.
    """
    chunks = _chunks(items)
    first = next(chunks, None)
    if first is None:
        return
    if cluster is not None:
        yield from _in_flight(_ClusterPool(cluster, model, model_id, factor, floor), _prepend(first, chunks))
        return
    second = next(chunks, None) if jobs > 1 else None
    if second is None:  # one process
        yield from _overlapped(nlp, _prepend(first, chunks), model_id, factor, floor)
        return
    yield from _in_flight(_Pool(jobs, model, model_id, factor, floor), _prepend(first, _prepend(second, chunks)))


def _overlapped(nlp: Callable[[], Any], chunks: Iterator[_Chunk], model_id: str, factor: float,
                floor: float) -> Iterator[object]:
    """Build ``chunks`` in this process as :func:`build_chunk` would, one after the other, parsing the next chunk
    in a thread while this one is extracted: spaCy's matrix products run without the GIL, time that kg's own
    passes use. Only the parse of the one chunk after the current is ever under way (at most two chunks' Docs are
    held), so memory stays flat, and the outcomes are the same as in turn (each article's passes read its own Doc
    alone). ``nlp()`` is called only for a chunk with an article to build (input that is all unchanged loads no
    model). Closed early (an error, Ctrl-C), it waits for no more than the parse already running.

    While it runs, the interpreter's switch interval is :data:`PARSE_SWITCH_SECONDS` (restored once the last
    build running in the process ends): a parse thread back from a matrix product waits for the interpreter lock
    until the thread holding it is asked to let go, up to 5 ms by default, thousands of times a build."""
    with _short_switch_interval(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-parse") as parser:
        pending: tuple[_Chunk, Future[list[tuple[Article, Doc | InputError]]] | None] | None = None
        parsing: Future[list[tuple[Article, Doc | InputError]]] | None = None
        try:
            for chunk in chunks:
                work = chunk.work
                parsing = parser.submit(parsed_chunk, nlp(), work) if work else None
                if pending is not None:
                    done, outcomes = pending[0], _outcomes(*pending, model_id, factor, floor)
                    pending = None  # its future, which holds its Docs, goes before its items are handed on
                    yield from _given_back(done, outcomes)
                pending = (chunk, parsing)
            if pending is not None:
                done, outcomes = pending[0], _outcomes(*pending, model_id, factor, floor)
                pending = None
                yield from _given_back(done, outcomes)
        except BaseException:  # closed early: a parse not started yet never starts
            for future in (pending[1] if pending is not None else None, parsing):
                if future is not None:
                    future.cancel()
            raise


#: builds in this process that hold the switch interval short, and the interval to restore after the last one
_switch_lock = threading.Lock()
_switch_holders = 0
_switch_saved = 0.005


@contextlib.contextmanager
def _short_switch_interval() -> Iterator[None]:
    """Hold the interpreter's switch interval at :data:`PARSE_SWITCH_SECONDS` at most while the block runs; builds
    running at once in threads of one process share it, and the last one out restores what the first one found."""
    global _switch_holders, _switch_saved
    with _switch_lock:
        if _switch_holders == 0:
            _switch_saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_saved, PARSE_SWITCH_SECONDS))
        _switch_holders += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_holders -= 1
            if _switch_holders == 0:
                sys.setswitchinterval(_switch_saved)


def _outcomes(chunk: _Chunk, parsing: Future[list[tuple[Article, Doc | InputError]]] | None, model_id: str,
              factor: float, floor: float) -> list[_Outcome]:
    """A chunk's outcomes, built from its parse (None: it had no article to build). The caller drops ``parsing``,
    which holds the chunk's Docs, before it hands the chunk's items on: at most two chunks' Docs are ever held."""
    return built_from_parses(parsing.result(), chunk.work, model_id, factor, floor) if parsing is not None else []


def _in_flight(pool: _Pool | _ClusterPool, chunks: Iterator[_Chunk]) -> Iterator[object]:
    """Send ``chunks`` to ``pool``, at most its workers x (1 + :data:`QUEUED_PER_WORKER`) out at once, and give
    back their items in input order; the pool is stopped at the end, or at once when closed early."""
    try:
        pending: deque[_Chunk] = deque()
        for chunk in chunks:
            pool.submit(chunk)
            pending.append(chunk)
            while len(pending) > pool.workers * (1 + QUEUED_PER_WORKER) or pending and _ready(pending[0]):
                yield from _finish(pending, pool)
        while pending:
            yield from _finish(pending, pool)
    except BaseException:  # closed early (the caller failed, Ctrl-C, a lost cluster): what the workers hold goes
        pool.stop()
        raise
    pool.shutdown()


def _prepend(first: _Chunk, rest: Iterator[_Chunk]) -> Iterator[_Chunk]:
    yield first
    yield from rest


def _ready(chunk: _Chunk) -> bool:
    return chunk.future is None or chunk.future.done()


def _finish(pending: deque[_Chunk], pool: _Pool | _ClusterPool) -> Iterator[object]:
    """Give back the oldest chunk's results; when the pool broke, run it and every chunk after it again alone."""
    chunk = pending.popleft()
    try:
        outcomes = pool.outcomes(chunk)
    except BrokenProcessPool:
        assert isinstance(pool, _Pool)  # a cluster's chunks are run again by Dask (_ClusterPool.outcomes)
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
        self.workers = jobs
        self.delivered = False  # whether any worker ever gave a chunk back
        # spawn, not fork: the parent holds an open store and a writer thread, which a fork would copy mid-write
        self.context = multiprocessing.get_context("spawn")
        self.stopping = self.context.Event()
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=self.context, initializer=_start_worker,
                                   initargs=(self.stopping, self.model, *_registry()))

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
            outcomes = chunk.future.result()
        except (BrokenProcessPool, ExtractorError):  # the pool, or the build as a whole, cannot go on
            raise
        except Exception as error:
            return [article_failed(article, error) for article, _ in chunk.work]
        self.delivered = True
        return outcomes

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
        """A fresh pool; when no worker ever gave a chunk back, first check that workers can start at all: one
        that dies with no article to parse (a script that builds at its top level, run again by each spawned
        worker) would cost every article of the build, each tried alone, and a misleading error for each."""
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()
        if not self.delivered:
            try:
                self.executor.submit(_alive).result()
            except BrokenProcessPool:
                self.executor.shutdown(wait=True, cancel_futures=True)
                raise workers_cannot_start() from None

    def stop(self) -> None:
        """Stop the workers soon (within an article's parse), dropping what they are building. They are asked,
        not killed: a worker killed while it sends its results back leaves a part of a message in the pool's
        result pipe, and Python 3.11's pool then waits for the rest for ever, at the latest when the process
        exits (seen on a loaded machine: Ctrl-C printed its message and the build never ended)."""
        self.stopping.set()
        self.executor.shutdown(wait=True, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop the workers; a chunk a worker is parsing is finished first (seconds), queued ones are dropped."""
        self.executor.shutdown(wait=True, cancel_futures=True)


# -- a Dask distributed cluster (kg build --cluster) -----------------------------------------------------------
def _build_on_cluster(work: list[tuple[Article, str]], plugin: str, model: str | None,
                      expected: tuple[str, str], factor: float, floor: float,
                      epoch: str | None) -> list[_Outcome]:
    """A chunk on a Dask worker: :func:`build_chunk` with the pipeline :class:`kg.cluster.PipelinePlugin` loaded
    in it (loaded here if the plugin has not run yet). ``expected`` is the client's (model id, kg version): a
    worker with another one would make other quads. ``epoch``: the client's ``SOURCE_DATE_EPOCH``."""
    from kg.cluster import load
    from kg.registry import registered
    from kg.rdf.provenance import build_time

    loaded = load(plugin, model, tuple(registered()), [])
    if loaded.problem is not None:
        raise loaded.problem
    if (loaded.model_id, loaded.kg_version) != expected:
        raise ClusterError(f"a worker has the model {loaded.model_id} and kg {loaded.kg_version}, and the build "
                           f"process {expected[0]} and kg {expected[1]}")
    generated_at = build_time({"SOURCE_DATE_EPOCH": epoch}) if epoch else None
    return build_chunk(loaded.nlp, work, expected[0], factor, floor, generated_at)


def _died_on_cluster(article: Article, error: BaseException) -> InputError:
    return InputError(article.path or article.id,
                      f"every cluster worker that parsed it died ({type(error).__name__}), the last time on this "
                      "article alone; nothing of it was stored; build it with --jobs 1 to see the error, and "
                      "please report it with the article")


class _ClusterPool:
    """The workers of a Dask distributed cluster, with the interface :class:`_Pool` offers :func:`_in_flight`:
    ``submit`` a chunk (its future set), its ``outcomes`` in input order, ``stop`` and ``shutdown``.

    Connecting registers :class:`kg.cluster.PipelinePlugin`, which loads the pipeline once in each worker (and
    in each that joins later), then checks that every worker has this process's model and kg version. The
    scheduler runs a chunk whose worker died on another worker; one that kills every worker it gets
    (``KilledWorker``) is run again article by article. Only this process writes the store.
    """

    def __init__(self, address: str, model: str | None, model_id: str, factor: float, floor: float) -> None:
        try:
            import distributed
        except ImportError:
            raise cluster_not_installed() from None
        client_class: Any = distributed.Client  # distributed is only partly typed: Any at the boundary
        from kg.cluster import PipelinePlugin
        from kg.version import __version__

        self.address, self.model, self.factor, self.floor = address, model, factor, floor
        self.expected = (model_id, __version__)
        self.epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip() or None
        try:
            _check_address(address)  # a Client given a malformed one stays half-made, and hangs at exit
            self.client: Any = client_class(address, timeout=CLUSTER_CONNECT_SECONDS, set_as_default=False)
        except Exception as error:  # noqa: BLE001  (an OSError or a timeout; a malformed address: a ValueError)
            raise cluster_unreachable(address, _reason(error)) from None
        try:
            self._start(PipelinePlugin, *_registry())
        except BaseException:
            self.stop()
            raise

    def _start(self, plugin_class: Any, extractors: tuple[str, ...], modules: list[str]) -> None:
        from kg.cluster import report

        key = "|".join([self.expected[1], self.model or "", *extractors, *modules])
        self.plugin = f"kg-pipeline-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
        try:
            self.client.wait_for_workers(1, timeout=CLUSTER_CONNECT_SECONDS)
        except Exception:  # noqa: BLE001  (a TimeoutError; or the scheduler went away: told the same way)
            raise cluster_without_workers(self.address, CLUSTER_CONNECT_SECONDS) from None
        try:
            self.client.register_plugin(plugin_class(self.plugin, self.model, extractors, modules), name=self.plugin)
            reports: dict[str, tuple[str, str, KGError | None]] = self.client.run(report, self.plugin)
        except KGError:
            raise
        except Exception as error:  # the workers cannot unpickle kg's plugin (no kg there), or a lost scheduler
            raise cluster_unusable(self.address, _reason(error)) from None
        for worker, (found_model, found_kg, problem) in sorted(reports.items()):
            if problem is not None:
                raise problem
            if found_model and (found_model, found_kg) != self.expected:
                raise cluster_unusable(self.address, f"the worker {worker} has the model {found_model} and kg "
                                                     f"{found_kg}, this process {self.expected[0]} and kg "
                                                     f"{self.expected[1]}")
        self.workers = max(1, self._threads())

    def _threads(self) -> int:
        """The worker threads the cluster has now; a ClusterError when the scheduler does not answer."""
        try:
            return sum(self.client.nthreads().values())
        except Exception as error:  # noqa: BLE001
            raise cluster_lost(self.address, _reason(error)) from None

    def submit(self, chunk: _Chunk) -> None:
        work = chunk.work
        if work:
            chunk.future = self._submit(work)

    def _submit(self, work: list[tuple[Article, str]]) -> Any:
        try:
            return self.client.submit(_build_on_cluster, work, self.plugin, self.model, self.expected, self.factor,
                                      self.floor, self.epoch, pure=False)
        except Exception as error:  # noqa: BLE001  (the client is closed: the scheduler went away)
            raise cluster_lost(self.address, _reason(error)) from None

    def outcomes(self, chunk: _Chunk) -> list[_Outcome]:
        """The chunk's outcomes; an error in kg's worker code (not one article's: those are outcomes) is one
        error per article of the chunk, one that concerns the whole build (a worker that cannot build) is
        raised."""
        if chunk.future is None:
            return []
        from distributed.scheduler import KilledWorker

        try:
            return self._result(chunk.future)
        except KilledWorker:  # every worker that got it died: find the article that kills them
            return self._alone(chunk.work)
        except InputError as error:
            return [article_failed(article, error) for article, _ in chunk.work]
        except KGError:  # the build as a whole cannot go on (ClusterError, ExtractorError, ModelError)
            raise
        except Exception as error:
            return [article_failed(article, error) for article, _ in chunk.work]

    def _result(self, future: Any) -> list[_Outcome]:
        """``future``'s result, checking every :data:`CLUSTER_POLL_SECONDS` that the cluster still has a worker."""
        idle_since: float | None = None
        while True:
            try:
                result: list[_Outcome] = future.result(timeout=CLUSTER_POLL_SECONDS)
            except CancelledError as error:  # the client lost the scheduler
                raise cluster_lost(self.address, _reason(error)) from None
            except TimeoutError:
                if future.done():  # it ended meanwhile (or raised a TimeoutError of its own)
                    failed: BaseException | None = future.exception()
                    if failed is None:
                        continue  # the next result() returns at once
                    raise failed from None
                if self._threads():
                    idle_since = None
                elif idle_since is None:
                    idle_since = time.monotonic()
                elif time.monotonic() - idle_since > CLUSTER_NO_WORKERS_SECONDS:
                    raise cluster_without_workers(self.address, time.monotonic() - idle_since) from None
                continue
            return result

    def _alone(self, work: list[tuple[Article, str]]) -> list[_Outcome]:
        """Each article of ``work`` as a task of its own; one that kills every worker it gets is an error."""
        from distributed.scheduler import KilledWorker

        futures = [self._submit([one]) for one in work]
        outcomes: list[_Outcome] = []
        for (article, _), future in zip(work, futures):
            try:
                outcomes.extend(self._result(future))
            except KilledWorker as error:
                outcomes.append(_died_on_cluster(article, error))
            except InputError as error:
                outcomes.append(error)
            except KGError:
                raise
            except Exception as error:
                outcomes.append(article_failed(article, error))
        return outcomes

    def stop(self) -> None:
        """Let go of the cluster at once: the scheduler forgets this build's tasks (the workers keep the model)."""
        client, self.client = self.client, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close(timeout=CLUSTER_CONNECT_SECONDS)

    def shutdown(self) -> None:
        self.stop()


def _check_address(address: str) -> None:
    """Raise ValueError for an address Dask cannot connect to: no port, or an unknown scheme."""
    from distributed.comm.addressing import parse_address, parse_host_port

    scheme, location = parse_address(address)
    if scheme in {"tcp", "tls", "ws", "wss"}:
        parse_host_port(location)


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
