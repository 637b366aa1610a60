"""SPARQL evaluation in worker processes that can be killed: the endpoint's real timeout.

Why processes: ``pyoxigraph.Store.query`` cannot be interrupted from Python once evaluation is
inside Rust (``ORDER BY`` or ``GROUP BY`` over a cross product computes everything before the
first row, and holds no GIL-releasing checkpoint we could use). A thread cannot be killed; a
process can. So each worker is a child process holding one ``pyoxigraph.Store.read_only(path)``
(read-only opens take no lock, so any number of workers and a ``kg query`` can share a store).
The parent sends a query, waits until a deadline, and if the answer is late it kills the worker
(SIGKILL), starts a fresh one in the background and reports a timeout. The same watch kills a
worker whose resident memory grows over a limit, so a runaway sort cannot take the machine down.

Why a plain script talking over pipes (and not ``multiprocessing``): the child imports only the
standard library and pyoxigraph (about 0.1 s to start, where importing the ``kg`` package pulls in
spaCy, 0.6 s), it does not depend on ``__main__`` being importable (``spawn``) or on forking a
threaded server (``fork``), and it exits by itself when the parent dies (its stdin closes).

Protocol: frames of a 4-byte big-endian length and a pickle, over the child's stdin and a private
copy of its stdout (fd 1 itself is pointed at stderr, so a stray print cannot corrupt a frame).
The parent writes ``{"prefixes": ...}`` first, the child answers ``{"ready": True}`` or
``{"ready": False, "error": ...}``; then one request, one reply, in turn.

The child half of this file must keep to the standard library and pyoxigraph: it runs as a
script, without the ``kg`` package on its import path being required. It writes results with
:mod:`kg.query.results`, loaded from the file beside this one, the serialiser ``kg query`` uses too.

Owns: the worker processes and their pipe protocol. Must not import: anything of kg (the
child is a script).
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import queue
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_HEADER = struct.Struct(">I")


# ============================================================================ child side


def _read_frame(stream: Any) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    body = stream.read(size)
    if len(body) < size:
        return None
    return pickle.loads(body)


def _write_frame(stream: Any, message: Any) -> None:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(body)) + body)
    stream.flush()


def _results() -> Any:
    """:mod:`kg.query.results`, loaded from the file beside this one: the child has no kg package to import."""
    module = sys.modules.get("kg.query.results") or sys.modules.get("_kg_results")
    if module is None:
        spec = importlib.util.spec_from_file_location(
            "_kg_results", os.path.join(os.path.dirname(os.path.abspath(__file__)), "results.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["_kg_results"] = module
        spec.loader.exec_module(module)
    return module


def evaluate(store: Any, request: dict[str, Any], prefixes: dict[str, str]) -> dict[str, Any]:
    """Run one request in the child; never raises (every failure becomes a reply)."""
    import pyoxigraph as ox

    results = _results()
    try:
        for iri in request.get("dataset", ()):
            try:
                known = store.contains_named_graph(ox.NamedNode(iri))
            except ValueError:
                known = False
            if not known:
                return {"ok": False, "error": "dataset", "iri": iri}
        options: dict[str, Any] = {"prefixes": prefixes}
        default_graphs, named_graphs = request.get("default_graphs"), request.get("named_graphs")
        if default_graphs or named_graphs:
            # SPARQL protocol default-graph-uri / named-graph-uri: they override FROM in the query
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs or ()] or ox.DefaultGraph()
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or ()]
        elif not request.get("has_from"):
            options["use_default_graph_as_union"] = True
        result = store.query(request["query"], **options)
        formats = request["formats"]
        max_rows = int(request["max_rows"])
        if isinstance(result, ox.QueryBoolean):
            fmt = formats.get("ask")
            if fmt is None:
                return {"ok": False, "error": "format", "kind": "ask"}
            return {"ok": True, "kind": "ask", "format": fmt, "body": results.boolean_bytes(bool(result), fmt),
                    "rows": 1, "truncated": False}
        if isinstance(result, ox.QuerySolutions):
            fmt = formats.get("select")
            if fmt is None:
                return {"ok": False, "error": "format", "kind": "select"}
            variables = [v.value for v in result.variables]
            solutions, truncated = results.take(result, max_rows)
            rows = [[s[v] for v in variables] for s in solutions]
            return {"ok": True, "kind": "select", "format": fmt, "rows": len(rows), "truncated": truncated,
                    "body": results.solutions_bytes(variables, rows, fmt)}
        fmt = formats.get("graph")
        if fmt is None:
            return {"ok": False, "error": "format", "kind": "graph"}
        triples, truncated = results.take(result, max_rows)
        return {"ok": True, "kind": "graph", "format": fmt, "rows": len(triples), "truncated": truncated,
                "body": results.triples_bytes(triples, fmt, prefixes)}
    except SyntaxError as err:
        return {"ok": False, "error": "syntax", "message": str(err)}
    except (OSError, ValueError, RuntimeError, TypeError) as err:
        return {"ok": False, "error": "evaluation", "message": f"{type(err).__name__}: {err}"}


def _watch_parent() -> None:
    """Exit when the server is gone, even in the middle of a query.

    An idle worker sees its stdin close; a busy one would run its query to the end (minutes, for
    a sort over a cross product) with nobody to kill it. Oxigraph evaluates without holding the
    GIL, so this thread keeps running during a query.
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watch, name="kg-worker-watch", daemon=True).start()


def child_main(path: str) -> int:
    """The worker process: open the store read-only, then answer requests until stdin closes."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print now goes to stderr, not into a frame
    # The parent decides when a worker dies; Ctrl-C in the terminal reaches the whole process
    # group, and the server's own shutdown kills workers after answering what it can.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()
    inp = sys.stdin.buffer
    init = _read_frame(inp)
    if init is None:
        return 0
    try:
        snapshot = _Snapshot(path)
    except (OSError, RuntimeError) as err:
        _write_frame(out, {"ready": False, "error": str(err)})
        return 1
    _write_frame(out, {"ready": True})
    while (request := _read_frame(inp)) is not None:
        _write_frame(out, evaluate(snapshot.current(), request, init["prefixes"]))
    return 0


class _Snapshot:
    """The store as last committed: reopened read-only before a request whenever its files changed.

    A read-only open sees the state of its moment; without this, an endpoint started before a
    ``kg build`` never sees the new articles, and a worker replaced after a timeout sees more than
    the others (the same COUNT answered 5, 6, 5, 6). Every worker runs the same check, so all
    agree. The check is one directory listing (names, sizes, modification times: RocksDB appends
    to its write-ahead log and adds table files as it commits); a reopen costs a few milliseconds,
    more while a writer's log is long.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen = self._fingerprint()
        self.store = self._open()

    def _fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        try:
            with os.scandir(self.path) as entries:
                return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries
                                    if not e.name.startswith("LOG")))  # RocksDB's own log rotates on each open
        except OSError:
            return ()

    def _open(self) -> Any:
        import pyoxigraph as ox

        for attempt in range(8):
            try:
                return ox.Store.read_only(self.path)
            except (OSError, RuntimeError):
                if attempt == 7:
                    raise
                time.sleep(0.01 * (attempt + 1))  # a writer's compaction moved a file under us: open again
        raise AssertionError("unreachable")

    def current(self) -> Any:
        seen = self._fingerprint()
        if seen != self.seen:
            try:
                self.store, self.seen = self._open(), seen
            except (OSError, RuntimeError):
                pass  # the store is being rewritten right now: answer from the last state, retry next time
        return self.store


# ============================================================================ parent side


class WorkerDied(Exception):
    """The worker exited before answering (crashed, or killed by the memory watch)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WorkerTimeout(Exception):
    """The worker did not answer before the deadline; it has been killed."""


def _rss_bytes(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None  # no /proc (not Linux) or the process is gone: no memory watch


class Worker:
    """One child process with a read-only store. Not thread-safe: one request at a time."""

    def __init__(self, path: str, prefixes: dict[str, str], *, start_timeout: float = 30.0) -> None:
        self.process = subprocess.Popen(
            # -P: the script's folder (kg/query) must not shadow a standard module; -s: no user site
            [sys.executable, "-P", "-s", os.path.abspath(__file__), path],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None, close_fds=True,
            start_new_session=True,  # a terminal's Ctrl-C goes to the server, which then kills us
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._in = self.process.stdin
        self._out = self.process.stdout
        _write_frame(self._in, {"prefixes": prefixes})
        reply = self._receive(time.monotonic() + start_timeout, max_rss=None)
        if not reply.get("ready"):
            self.kill()
            raise WorkerDied(str(reply.get("error", "the worker did not start")))

    @property
    def pid(self) -> int:
        return self.process.pid

    def request(self, message: dict[str, Any], *, timeout: float, max_rss: int | None) -> dict[str, Any]:
        """Send one request and wait for its reply.

        Raises:
            WorkerTimeout: no reply within ``timeout`` seconds (the worker is killed first).
            WorkerDied: the worker exited, or went over ``max_rss`` bytes (it is killed first).
        """
        try:
            _write_frame(self._in, message)
        except (BrokenPipeError, OSError) as err:
            self.kill()
            raise WorkerDied(f"the worker had exited ({err.__class__.__name__})") from None
        return self._receive(time.monotonic() + timeout, max_rss=max_rss)

    def _receive(self, deadline: float, *, max_rss: int | None) -> dict[str, Any]:
        fd = self._out.fileno()
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.kill()
                raise WorkerTimeout()
            # wake up every 50 ms to watch the worker's memory
            ready, _, _ = select.select([fd], [], [], min(remaining, 0.05))
            if ready:
                break
            if max_rss is not None and (rss := _rss_bytes(self.pid)) is not None and rss > max_rss:
                self.kill()
                raise WorkerDied("memory")
        reply = _read_frame(self._out)
        if reply is None:
            self.kill()
            raise WorkerDied("exit")
        return reply  # type: ignore[no-any-return]

    def kill(self) -> None:
        """SIGKILL the worker and reap it (idempotent)."""
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover - a zombie that will not be reaped
            pass
        for stream in (self._in, self._out):
            try:
                stream.close()
            except OSError:
                pass


#: seconds a request waits for a main-lane worker before the quick lane may take it too
QUICK_LANE_WAIT = 0.25


@dataclass
class WorkerPool:
    """``size`` workers; a request borrows one, and a killed worker is replaced in the background.

    Guarantees: at most ``size`` queries evaluate at once, and one more on the quick lane (see
    ``quick_lane``) for at most ``quick_lane`` seconds; a request waits at most ``timeout`` for a free
    worker and at most ``timeout`` for its answer; every answer is from the store as last committed
    before the request (see ``_Snapshot``); :meth:`close` kills every worker.
    """

    path: str
    prefixes: dict[str, str]
    size: int = 2
    on_error: Callable[[str], None] = lambda message: None
    #: seconds a query may run on the quick lane: one more worker, lent only to a request that found every
    #: other worker busy for :data:`QUICK_LANE_WAIT` s, so a small query is answered while runaway ones
    #: hold the rest; 0: no quick lane
    quick_lane: float = 2.0
    _idle: queue.Queue[Worker] = field(default_factory=queue.Queue, init=False)
    _quick: queue.Queue[Worker] = field(default_factory=queue.Queue, init=False)
    _all: set[Worker] = field(default_factory=set, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _closed: bool = field(default=False, init=False)

    def start(self) -> None:
        """Start every worker and wait until each has opened the store.

        Raises:
            WorkerDied: a worker could not open the store (its reason is in the message).
        """
        workers: list[Worker] = []
        try:
            for _ in range(self.size + (1 if self.quick_lane > 0 else 0)):
                workers.append(Worker(self.path, self.prefixes))
        except WorkerDied:
            for worker in workers:
                worker.kill()
            raise
        with self._lock:
            self._all.update(workers)
        for worker in workers[: self.size]:
            self._idle.put(worker)
        for worker in workers[self.size :]:
            self._quick.put(worker)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.pid for w in self._all)

    def run(self, message: dict[str, Any], *, timeout: float, max_rss: int | None) -> dict[str, Any]:
        """Evaluate on a free worker.

        Raises:
            queue.Empty: no worker became free within ``timeout``.
            WorkerTimeout, WorkerDied: as :meth:`Worker.request`; a replacement is being started.
        """
        worker, lane = self._borrow(timeout)
        try:
            reply = worker.request(message, timeout=min(timeout, self.quick_lane) if lane is self._quick else timeout,
                                   max_rss=max_rss)
        except WorkerTimeout:
            self._replace(worker, lane)
            if lane is self._quick:
                raise queue.Empty from None  # not a slow query: every main worker was busy, retry later
            raise
        except WorkerDied:
            self._replace(worker, lane)
            raise
        except BaseException:
            self._replace(worker, lane)  # an interrupted request leaves the pipe mid-frame
            raise
        lane.put(worker)
        return reply

    def _borrow(self, timeout: float) -> tuple[Worker, queue.Queue[Worker]]:
        """A free worker and the lane it came from: the main lane, or (after :data:`QUICK_LANE_WAIT` s of
        every main worker busy) whichever of the two lanes frees one first."""
        deadline = time.monotonic() + timeout
        try:
            return self._idle.get(timeout=min(timeout, QUICK_LANE_WAIT)), self._idle
        except queue.Empty:
            if self.quick_lane <= 0:
                return self._idle.get(timeout=max(deadline - time.monotonic(), 0.0)), self._idle
        while True:
            for lane in (self._idle, self._quick):
                try:
                    return lane.get_nowait(), lane
                except queue.Empty:
                    pass
            if time.monotonic() >= deadline:
                raise queue.Empty
            time.sleep(0.02)

    def _replace(self, dead: Worker, lane: queue.Queue[Worker] | None = None) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            if self._closed:
                return
        threading.Thread(target=self._start_one, args=(lane or self._idle,), name="kg-worker-start",
                         daemon=True).start()

    def _start_one(self, lane: queue.Queue[Worker]) -> None:
        try:
            worker = Worker(self.path, self.prefixes)
        except (WorkerDied, OSError) as err:
            self.on_error(f"a replacement worker could not start: {err}")
            return
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self._all.add(worker)
        lane.put(worker)

    def close(self) -> None:
        """Kill every worker, idle or busy; later requests fail at once."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1]))
