"""Minting IRIs that no name, however odd, can break.

IRIs are derived from stable inputs only (entity type and canonical name,
article id, statement content), never from counters or Python's hash seed,
so two runs on two machines mint the same IRIs.

Layer: rdf, over resolution; must not import kg.store or any layer above it.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from pyoxigraph import NamedNode

from kg.extract.vocabulary import PREDICATES
from kg.rdf.namespaces import ONTOLOGY, OPEN_RELATION, RESOURCE

_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60
#: predicates with a property of their own in ontology/kg.ttl: the controlled vocabulary
CONTROLLED_PREDICATES = frozenset(PREDICATES)


def digest(*parts: str, length: int = 12) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


@functools.lru_cache(maxsize=4096)  # an article's id and its names are slugged once per statement (bounded: flat memory)
def slug(text: str) -> str:
    """A readable, IRI-safe slug; a short hash is added when the slug loses information.

    >>> slug("Kim Jong-un")
    'kim-jong-un'
    >>> slug('<script>alert(1)</script>')[:15]
    'script-alert-1-'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    readable = _SLUG_DROP.sub("-", ascii_text).strip("-")
    lossless = readable.replace("-", " ") == " ".join(re.split(r"[\s\-]+", text.lower().strip()))
    if not readable or len(readable) > _MAX_SLUG or not lossless:
        readable = (readable[:_MAX_SLUG].rstrip("-") + "-" if readable else "") + digest(text, length=10)
    return readable


@functools.lru_cache(maxsize=4096)  # an entity's IRI is asked for its every statement, place and mention (bounded)
def entity_iri(key: str) -> NamedNode:
    """``Entity/donald trump`` -> ``…/id/entity/donald-trump``; scoped keys keep their type and article."""
    parts = key.split("/")
    entity_type, name = parts[0], parts[-1]
    scope = slug("/".join(parts[1:-1])) if len(parts) > 2 else ""
    path = f"{entity_type.lower()}/" + (f"{scope}/" if scope else "") + slug(name)
    return NamedNode(RESOURCE + path)


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(f"{RESOURCE}article/{slug(article_id)}")


def graph_iri(article_id: str) -> NamedNode:
    return NamedNode(f"{RESOURCE}graph/{slug(article_id)}")


#: The one graph that holds what every article would otherwise repeat: the type and label of
#: each named entity, its GeoNames links, the software agent. A slug never starts with "_",
#: so no article id can mint this IRI.
ENTITIES_GRAPH = NamedNode(f"{RESOURCE}graph/_entities")


def statement_iri(*parts: str) -> NamedNode:
    return NamedNode(f"{RESOURCE}statement/{digest(*parts, length=20)}")


def predicate_iri(predicate: str) -> NamedNode:
    """A controlled predicate in the ontology, or an open one (a verb lemma) under ``kgrel:``."""
    if predicate in CONTROLLED_PREDICATES:
        return NamedNode(ONTOLOGY + predicate)
    words = [w for w in re.split(r"[^A-Za-z0-9]+", predicate) if w]
    local = (words[0].lower() + "".join(w.capitalize() for w in words[1:])) if words else ""
    if not local or not local[0].isalpha() or len(local) > _MAX_SLUG:
        local = "rel" + digest(predicate, length=10)
    return NamedNode(OPEN_RELATION + local)
