"""An on-disk Oxigraph store holding one named graph per article.

Why Oxigraph (measured on a 2-core machine, 100k triples, see README):
loading is 3-5x faster than rdflib's Memory store, SPARQL 10-50x faster,
it persists without a separate save step, and its writes are transactions.
rdflib code still sees it as an rdflib ``Dataset`` through ``oxrdflib``.

Layer: store, over the RDF; must not import kg.query or any layer above it.
"""

from __future__ import annotations

import errno
import gc
import json
import os
import re
import sys
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

import pyoxigraph
from pyoxigraph import NamedNode, Quad

try:
    import fcntl
except ImportError:  # Windows: no flock, so no reopen (see ArticleStore's reopen_every)
    fcntl = None  # type: ignore[assignment]

from kg.errors import (StoreError, not_a_store, store_damaged, store_locked, store_read_only, store_version)
from kg.rdf.namespaces import PREFIXES
from kg.rdf.mint import ENTITIES_GRAPH
from kg.store.base import CONTENT_HASH, remove_update, replace_update, settle_types, voters_query, votes_of

_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _contested(db: pyoxigraph.Store, votes: dict[NamedNode, set[object]]) -> list[NamedNode]:
    """The entities whose stored type or label differs from an article's vote (pattern lookups, no SPARQL)."""
    contested = []
    for entity, voted in sorted(votes.items(), key=lambda item: item[0].value):
        stored = {q.object for predicate in (_TYPE, _LABEL)
                  for q in db.quads_for_pattern(entity, predicate, None, ENTITIES_GRAPH)}
        if stored - voted:
            contested.append(entity)
    return contested


#: the file that makes a directory a kg store, and the store format it records; bump the format when
#: the layout of the data changes so that an older kg refuses a newer store instead of misreading it
MARKER = "kg-store.json"
STORE_FORMAT = 1
#: RocksDB's own files: a directory holding them and no marker is a store of a kg before the marker
#: (and the temporary files RocksDB renames into place, and kg's marker while it is written)
_ROCKSDB_FILES = re.compile(r"^(CURRENT|IDENTITY|LOCK|LOG(\..*)?|MANIFEST-\d+|OPTIONS-\d+|\d+\.(sst|log|blob)"
                            r"|.*\.dbtmp|\.kg-store\.json\..*\.tmp|kg-writer\.lock)$")
_MANIFEST = re.compile(r"^MANIFEST-\d+$")
#: a writer closes and reopens RocksDB after this many article writes (see ArticleStore, "reopen_every")
REOPEN_EVERY = 1_000
#: how long the use of the store after a put-off reopen waits for the query result that held RocksDB to go
_REOPEN_WAIT_SECONDS = 5.0
#: RocksDB's status when this process holds the store already (a result of the store closed for a reopen)
_HELD_HERE = "IO error: lock hold by current process"
#: kg's own lock, held by a writer for the life of its ArticleStore: RocksDB's LOCK is free while a reopen runs
WRITER_LOCK = "kg-writer.lock"
#: RocksDB renames its info log at each open (LOG.old.<time>, ~130 KB): a writer that reopens keeps this many
_KEPT_OLD_LOGS = 10


def is_store_file(name: str) -> bool:
    """Whether a file name is one RocksDB keeps in a store directory."""
    return _ROCKSDB_FILES.match(name) is not None


def check_store_directory(path: Path, *, read_only: bool) -> bool:
    """Refuse, before RocksDB touches anything, a directory that is not a healthy-looking kg store.

    Accepted: a missing or empty directory (for writing: a new store), or a directory with kg's marker
    (or, from kgs before the marker, RocksDB's files only) whose ``CURRENT`` names a MANIFEST that
    exists. Returns whether a new store will be created there.

    Raises:
        NotAStoreError: a file, or a directory of other files (``articles/``): nothing is written there.
        StoreVersionError: a store of another format version.
        StoreDamagedError: ``CURRENT`` missing or not naming an existing MANIFEST (RocksDB would write a
            new one and the store would look empty).
    """
    where = str(path)
    if not path.exists():
        if read_only:
            raise StoreError(f"no store at {where}; build one first with: kg build PATH --store {where}")
        return True
    if not path.is_dir():
        raise not_a_store(where, "it is a file, not a directory")
    names = sorted(os.listdir(path))
    if not names:
        if read_only:
            raise StoreError(f"no store at {where} (the directory is empty); build one first with: "
                             f"kg build PATH --store {where}")
        return True
    if MARKER in names:
        try:
            found = json.loads((path / MARKER).read_text(encoding="utf-8")).get("format")
        except (OSError, ValueError, AttributeError) as err:
            raise store_damaged(where, f"its {MARKER} cannot be read: {type(err).__name__}") from None
        if found != STORE_FORMAT:
            raise store_version(where, found, STORE_FORMAT)
    else:
        strangers = [n for n in names if not _ROCKSDB_FILES.match(n)]
        if strangers:
            shown = ", ".join(strangers[:3]) + (f" and {len(strangers) - 3:,} more" if len(strangers) > 3 else "")
            raise not_a_store(where, f"it holds {shown}, and no {MARKER}")
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            current = (path / "CURRENT").read_text(encoding="ascii", errors="replace")
        except FileNotFoundError:
            raise store_damaged(where, "its CURRENT file is missing") from None
        except OSError as err:
            raise store_damaged(where, f"its CURRENT file cannot be read: {err.strerror or err}") from None
        manifest = current.strip()
        if not current.endswith("\n") or not _MANIFEST.match(manifest):
            raise store_damaged(where, "its CURRENT file is corrupted")
        if (path / manifest).is_file():
            return False
        # a writer in another process may have just moved to a new MANIFEST: read CURRENT again
        time.sleep(0.01 * (attempt + 1))
    raise store_damaged(where, f"its CURRENT file names {manifest}, which is missing")


def _write_marker(path: Path) -> None:
    from kg.atomic import atomic_write_bytes

    atomic_write_bytes(path / MARKER, json.dumps({"format": STORE_FORMAT, "kind": "kg store (Oxigraph/RocksDB)"},
                                                 sort_keys=True).encode("utf-8") + b"\n")


def classify_open_error(path: Path, err: BaseException) -> StoreError:
    """A coded error for RocksDB's refusal to open ``path``, by the kind of error RocksDB reports.

    pyoxigraph raises RocksDB's status as an exception: IO errors as OSError (the lock another process
    holds, a permission, a read-only file system), ``Corruption`` as RuntimeError; the status is the
    leading words of the message, never matched anywhere else in it (a path can hold any word).
    """
    where = str(path)
    text = str(err)
    status, _, detail = text.partition(": ")
    if isinstance(err, OSError) and status == "IO error" and (
            detail.startswith("lock hold by current process") or
            detail.startswith("While lock file:") and detail.endswith(os.strerror(errno.EAGAIN))):
        return store_locked(where, "its LOCK file is held")
    if isinstance(err, PermissionError) or isinstance(err, OSError) and err.errno in {errno.EROFS, errno.EACCES} \
            or text.endswith((os.strerror(errno.EROFS), os.strerror(errno.EACCES))):
        return store_read_only(where, os.strerror(errno.EROFS) if text.endswith(os.strerror(errno.EROFS))
                               else os.strerror(errno.EACCES))
    if status == "Corruption":
        return store_damaged(where, f"RocksDB reports corruption: {detail[:160]}")
    if status == "Invalid argument" or status == "Not implemented":
        return store_damaged(where, f"RocksDB cannot read it: {detail[:160]}")
    return StoreError(f"cannot open the store at {where}: {text[:200]}; check the directory, or pass another --store")


#: a read-only open retries this often when a concurrent writer's compaction moved files under it
READ_ONLY_ATTEMPTS = 8


def _open_read_only(path: Path) -> pyoxigraph.Store:
    """Open read-only, retrying while a writer in another process replaces files under us.

    RocksDB's read-only open reads the MANIFEST, then the table files it lists; a
    compaction in the writer can delete one of them in between ("Corruption: IO error:
    No such file or directory: ... .sst", raised as RuntimeError). The state it was
    reading is gone, a fresh open reads the new one: measured, one retry is enough in
    nearly every case (tests/store/test_concurrency.py).
    """
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            return pyoxigraph.Store.read_only(str(path))
        except (OSError, RuntimeError) as err:
            text = str(err)
            moved = "No such file or directory" in text and ("Corruption" in text or ".sst" in text or ".log" in text)
            if not moved or attempt == READ_ONLY_ATTEMPTS - 1:
                if isinstance(err, OSError):
                    raise
                raise OSError(text) from err
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


def _lock_for_writing(path: Path) -> int | None:
    """kg's writer lock on ``path``: the locked file descriptor (the lock goes with it when it is closed),
    or None where the platform has no ``flock`` (the writer then never reopens: RocksDB's LOCK alone guards
    it).

    Raises:
        StoreLockedError: another process holds it.
    """
    if fcntl is None:
        return None
    descriptor = os.open(path / WRITER_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        os.close(descriptor)
        if err.errno in {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}:
            raise store_locked(str(path), f"{WRITER_LOCK} is held") from None
        raise
    return descriptor


def _prune_old_logs(path: Path) -> None:
    """Delete all but the newest :data:`_KEPT_OLD_LOGS` of RocksDB's old info logs (informational only)."""
    old = sorted(path.glob("LOG.old.*"), key=lambda log: log.name)
    for log in old[:-_KEPT_OLD_LOGS]:
        log.unlink(missing_ok=True)


class ArticleStore:
    """A persistent quad store where each article owns exactly one named graph.

    Guarantees:
      * :meth:`replace_article` is one transaction: a reader (or a process
        killed half-way) sees the old graph or the whole new one, never a mix.
      * Only one process can open a store for writing; a second one gets a
        :class:`~kg.errors.StoreLockedError` at once instead of waiting.
      * Another process may open the store ``read_only`` while it is written
        (``kg query`` during ``kg build``): it sees the state committed when it
        opened, whole articles only (``tests/store/test_concurrency.py``).
        pyoxigraph calls this "undefined behaviour" and 0.5 has no RocksDB
        secondary instance (``Store.secondary`` went in 0.4), so the test is
        the evidence, not a promise from upstream.

    ``flush_interval``: a writer flushes RocksDB's memtables once this many
    seconds have passed since the last flush. A read-only open replays the
    unflushed write-ahead log, ~600 bytes per quad written: measured on 2 cores
    with a writer at full speed (1,500 articles x 300 quads) and a reader
    opening every 0.2 s, never flushing gave opens of 3.2 s median, 62 s worst;
    every 10 s, 4.0 s / 10.4 s; every 1 s, 0.5 s / 1.4 s (and the whole write
    got faster, 38 s against 111 s, as readers stopped replaying a huge log).
    A flush costs 50-200 ms, so 2 s is the default: a few percent of a build,
    whose time is spaCy's. ``None`` flushes only when asked (bulk loads).

    ``reopen_every``: a writer closes RocksDB and opens it again once this many articles have been written
    since it opened (``None``: never). A new article's votes are checked against the stored type and label,
    and reading those back fills the block cache Oxigraph gives its string table (128 MB, which pyoxigraph
    has no option to size; a SPARQL query fills it alike, as Oxigraph looks up each constant there): at the
    peak of a 19,043-article build it held 134 MB of the main process's 353 MB heap (memray), and that
    process peaked at 1.34x the one of a 2,000-article build; reopening every 1,000 writes, 1.12x
    (docs/scaling.md, bench/results/scale-memory-full.txt). A reopen takes about 20 ms (:attr:`reopens`
    counts them). It waits for the next write while anything else holds the pyoxigraph store (:attr:`raw`,
    :meth:`rdflib_dataset`, :meth:`quads` not yet at its end, a read running in another thread). A query
    result still alive (even read to its end) keeps RocksDB open: the next use of the store opens it
    again, waiting up to 5 s for the result to go, then raises :class:`~kg.errors.StoreError` (every write
    before it is stored whole). While RocksDB is closed its LOCK is free, so a writer also holds kg's own
    lock (``kg-writer.lock``, ``fcntl.flock``) from open to end: a second writer is refused all the same.
    """

    transactional: ClassVar[bool] = True
    lockable: ClassVar[bool] = True
    #: one transaction an article whatever the batch: a build's writer holds ~60 Reuters articles at most
    write_batch_quads: ClassVar[int] = 4_096

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
                 flush_interval: float | None = 2.0, reopen_every: int | None = REOPEN_EVERY) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.persistent = self.path is not None
        self.flush_interval = flush_interval
        self.reopen_every = reopen_every
        self._last_flush = time.monotonic()
        self._store: pyoxigraph.Store | None
        self._written_since_open = 0
        self.reopens = 0
        self._writer_lock: int | None = None
        # held while the pyoxigraph store is taken or swapped: a read in another thread (the build checks content
        # hashes beside the writer) gets the old store or the new one, and holding the old one stops the swap
        self._lock = threading.Lock()
        if self.path is None:
            self._store = pyoxigraph.Store()
            return
        new = check_store_directory(self.path, read_only=read_only)
        if not read_only:  # before RocksDB's LOCK: kg's lock is the one a second writer meets
            self.path.mkdir(parents=True, exist_ok=True)
            self._writer_lock = _lock_for_writing(self.path)
            if self._writer_lock is not None:  # released with this object, as RocksDB's LOCK is
                weakref.finalize(self, os.close, self._writer_lock)
        try:
            if read_only:
                self._store = _open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = pyoxigraph.Store(str(self.path))
        except (OSError, RuntimeError) as err:
            raise classify_open_error(self.path, err) from err
        if not read_only and (new or not (self.path / MARKER).exists()):
            _write_marker(self.path)  # a new store, or one of a kg before the marker

    # -- writing ---------------------------------------------------------------
    def replace_article(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        """Replace an article's named graph with ``quads`` in one transaction."""
        db = self._db()
        try:
            if not db.contains_named_graph(graph):
                # a new article: one transactional extend, without building and parsing SPARQL text. A vote
                # that agrees with the stored type and label (or names a new entity) cannot change the
                # winner; the others are settled right after (idempotent: a later write settles them again)
                contested = _contested(db, votes_of(quads))
                db.extend(quads)
                if contested:
                    db.update(settle_types(ENTITIES_GRAPH, contested))
            else:
                old_voters = [row["e"] for row in db.query(voters_query(graph))]  # type: ignore[union-attr]
                db.update(replace_update(ENTITIES_GRAPH, graph, quads, old_voters))
        except (OSError, SyntaxError) as err:
            raise StoreError(f"writing {graph.value} failed: {err}; nothing of it was stored") from err
        del db  # a reference held here would keep the reopen from closing the store
        self._written_since_open += 1
        reopen_due = self.reopen_every is not None and self._written_since_open >= self.reopen_every \
            and self._writer_lock is not None
        if reopen_due and self._reopen():
            return  # flushed, closed and opened again
        if self.flush_interval is not None and time.monotonic() - self._last_flush >= self.flush_interval:
            # keeps the write-ahead log short, so readers opening mid-build open fast (see the class doc)
            self.flush()

    def _reopen(self) -> bool:
        """Close RocksDB and open it again, emptying its block caches (see ``reopen_every`` in the class doc);
        False, and the store as it was, while anything else holds it (the next write tries again)."""
        with self._lock:
            # the attribute's reference and getrefcount's argument: a third is a caller's (raw, rdflib_dataset,
            # quads() being read, a read running in another thread)
            if sys.getrefcount(self._store) > 2:
                return False
            assert self._store is not None
            self._store.flush()
            self._last_flush = time.monotonic()
            self._written_since_open = 0
            self._store = None  # RocksDB closes once no query result of the store is alive
            self._open_again(patience=0.0)  # held by a result still alive: the next use opens it (_db)
            return True

    def _db(self) -> pyoxigraph.Store:
        """The pyoxigraph store, opened again first if a reopen found it held by a query result."""
        with self._lock:
            if self._store is None and not self._open_again(patience=_REOPEN_WAIT_SECONDS):
                raise StoreError(f"cannot open the store {self.path} again (every article written so far is stored "
                                 f"whole): a query result of the store is still alive (even one read to its end "
                                 "holds it): delete it before adding articles, or open the store with "
                                 "reopen_every=None")
            assert self._store is not None
            return self._store

    def _open_again(self, patience: float) -> bool:
        """Open RocksDB again after a reopen closed it (called with the lock held); False if a query result of
        the closed store still held it after ``patience`` seconds of retries.

        Raises:
            StoreError: RocksDB refused for any other reason (every article written so far is stored whole).
        """
        assert self.path is not None
        waited = 0.0
        while True:
            try:
                self._store = pyoxigraph.Store(str(self.path))
            except (OSError, RuntimeError) as err:
                if not str(err).startswith(_HELD_HERE):
                    raise StoreError(f"every article written so far is stored whole, but the store {self.path} "
                                     f"cannot be opened again: {classify_open_error(self.path, err)}") from err
                if waited >= patience:
                    return False
                if waited == 0.0:
                    gc.collect()  # a result kept only by a reference cycle
                time.sleep(0.01)
                waited += 0.01
            else:
                self.reopens += 1
                _prune_old_logs(self.path)
                return True

    def replace_articles(self, items: Sequence[tuple[NamedNode, Sequence[Quad]]]) -> None:
        """:meth:`replace_article` for each ``(graph, quads)`` in order: one transaction per article (an
        embedded write has no round trip to save)."""
        for graph, quads in items:
            self.replace_article(graph, quads)

    def remove_article(self, graph: NamedNode) -> bool:
        """Delete an article's graph; False if there was none."""
        db = self._db()
        if not db.contains_named_graph(graph):
            return False
        voters = [row["e"] for row in db.query(voters_query(graph))]  # type: ignore[union-attr]
        db.update(remove_update(ENTITIES_GRAPH, graph, voters))
        return True

    def flush(self) -> None:
        """Make every committed write durable on disk (a no-op in memory or read-only)."""
        if self.path is not None and not self.read_only and self._store is not None:
            self._db().flush()  # (None: closed by a reopen, which flushed first)
        self._last_flush = time.monotonic()

    # -- reading ---------------------------------------------------------------
    def contains_named_graph(self, graph: NamedNode) -> bool:
        """True if ``graph`` is a named graph of the store."""
        return bool(self._db().contains_named_graph(graph))

    def content_hashes(self, graphs: Sequence[NamedNode]) -> dict[NamedNode, str]:
        """The content hash recorded when each article of ``graphs`` was last built, for those stored."""
        db, hashes = self._db(), {}
        for graph in graphs:
            for quad in db.quads_for_pattern(None, CONTENT_HASH, None, graph):
                obj = quad.object
                # kg writes the hash as a Literal (kg.rdf.build); an RDF-star Triple has no .value
                assert not isinstance(obj, pyoxigraph.Triple)
                hashes[graph] = str(obj.value)
                break
        return hashes

    def query(self, sparql: str, **options: Any) -> Any:
        """Run SPARQL over the union of all article graphs, common prefixes predeclared."""
        options.setdefault("use_default_graph_as_union", True)
        return self._db().query(sparql, prefixes=PREFIXES, **options)

    def quads(self) -> Iterator[Quad]:
        """Every quad in the store, named graphs and default graph (kg writes only named graphs)."""
        db = self._db()  # held while the quads are read: a writer's reopen waits for the end
        yield from db.quads_for_pattern(None, None, None, None)

    def graphs(self) -> list[NamedNode]:
        """The article graphs, sorted by IRI."""
        return sorted((g for g in self._db().named_graphs() if isinstance(g, NamedNode)), key=lambda g: g.value)

    def __len__(self) -> int:
        return len(self._db())

    @property
    def raw(self) -> pyoxigraph.Store:
        """The underlying :class:`pyoxigraph.Store` (for bulk work and dumps); while it is held, a writer does
        not reopen the store (``reopen_every``)."""
        return self._db()

    def rdflib_dataset(self) -> Any:
        """The same store as an rdflib ``Dataset`` (through oxrdflib), for rdflib tools."""
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.raw), default_union=True)

    def backup(self, target: str | os.PathLike[str]) -> Path:
        """A consistent copy of the store as it is now, in ``target`` (a new or empty directory), with kg's
        marker: a store :meth:`ArticleStore` opens. Works on a read-only store too (``kg doctor --backup``).

        Raises:
            StoreError: no path (an in-memory store), or ``target`` is not new or empty, or cannot be written.
        """
        destination = Path(target)
        if self.path is None:
            raise StoreError("an in-memory store has nothing on disk to back up; export it instead (kg export)")
        if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
            raise StoreError(f"the backup target {destination} exists and is not an empty directory; "
                             "give a new directory")
        try:
            if destination.exists():
                destination.rmdir()  # RocksDB's checkpoint creates the directory itself
            self._db().backup(str(destination))
        except (OSError, RuntimeError) as err:
            raise StoreError(f"cannot back up {self.path} to {destination}: {err}; check the target directory "
                             "is writable and has room") from err
        _write_marker(destination)
        return destination

    def extend(self, quads: Iterable[Quad]) -> None:
        self._db().extend(quads)
