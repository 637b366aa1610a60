"""kg's stores: one named graph per article, embedded (Oxigraph on disk) or on a SPARQL server.

Layer: store, over the RDF; must not import kg.query or any layer above it.
"""

from kg.store.base import KGStore
from kg.store.oxigraph import ArticleStore
from kg.store.remote import RemoteStore, is_url

__all__ = ["ArticleStore", "KGStore", "RemoteStore", "is_url", "open_store"]


def open_store(location: object = None, *, read_only: bool = False, **options: object) -> KGStore:
    """An :class:`ArticleStore` for a directory (or None: in memory), a :class:`RemoteStore` for an http(s) URL.

    ``options`` go to the chosen class (``update_url``, ``gsp_url``, ``timeout`` for a server).
    """
    if is_url(location):
        return RemoteStore(str(location), read_only=read_only, **options)  # type: ignore[arg-type]
    return ArticleStore(location, read_only=read_only, **options)  # type: ignore[arg-type]
