"""What a word or a ``kg:`` term means in kg's vocabulary: the lookup behind query warnings and filters.

Owns: the one lookup from a word a person types ("buy", "bought", "critcized") to the controlled
predicate kg stores it as (``acquired``, ``criticized``), through the vocabulary's own words
(:data:`kg.extract.vocabulary.PREDICATES`: names, labels, verb frames, event nouns), and the check of
a query's ``kg:`` terms against the ontology. ``kg query`` (through :meth:`kg.KnowledgeGraph.query`)
warns with it, and ``kg viz --predicate`` maps or suggests with it.

Layer: query, over the vocabulary (extract) and nlp; must not import kg.network, kg.validate, kg.viz,
kg.export, kg.graph or kg.cli.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

import pyoxigraph

from kg.extract.vocabulary import PREDICATES
from kg.query.sparql import closest_name, diagnostic_tokens, line_column
from kg.rdf.namespaces import ONTOLOGY, PREFIXES, RDF


@functools.cache
def ontology_names() -> frozenset[str]:
    """The local names of every class and property ``ontology/kg.ttl`` declares (``acquired``, ``Person``)."""
    text = resources.files("kg").joinpath("ontology", "kg.ttl").read_bytes()
    found = set()
    for triple in pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.TURTLE):
        subject = triple.subject
        if (isinstance(subject, pyoxigraph.NamedNode) and subject.value.startswith(ONTOLOGY)
                and triple.predicate.value == RDF + "type"):
            found.add(subject.value[len(ONTOLOGY):])
    return frozenset(found)


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    """{word or phrase: the controlled predicates it names}: names, labels, whole frames and event nouns,
    and a frame's verb alone ("meet" of "meet with")."""
    words: dict[str, set[str]] = {}
    for predicate in PREDICATES.values():
        frames = [frame.rstrip("!").strip() for frame in predicate.frames]
        for word in (predicate.name, predicate.label, *frames, *predicate.nouns, *(f.split()[0] for f in frames)):
            words.setdefault(word.casefold(), set()).add(predicate.name)
    return {word: frozenset(names) for word, names in words.items()}


def predicate_for_word(word: str, *, inflected: bool = True) -> str | None:
    """The controlled predicate ``word`` names, or None when it names none or more than one.

    Guarantee: a predicate's name or label ("acquired", "merged with"), a verb frame or event noun of it
    ("buy", "take over", "lawsuit"), and with ``inflected`` (the default) an inflected verb whose
    lemma is one ("bought", "criticised"); the lemma comes from the spaCy model's lemmatizer tables
    (loaded once, only when the word is not found as it is).
    """
    key = " ".join(word.replace("_", " ").split()).casefold()
    names = _words().get(key)
    if not names and inflected and key.isalpha():
        from kg.nlp.pipeline import verb_lemma

        lemma = verb_lemma(key)
        names = _words().get(lemma) if lemma and lemma != key else None
    return next(iter(names)) if names and len(names) == 1 else None


def closest_predicates(word: str, names: Iterable[str], n: int = 3) -> list[str]:
    """Up to ``n`` of ``names`` nearest to ``word`` in spelling, nearest first."""
    left = sorted(set(names))
    found: list[str] = []
    while left and len(found) < n:
        guess = closest_name(word, left)
        if guess is None:
            break
        found.append(guess)
        left.remove(guess)
    return found


def unknown_terms(sparql: str) -> list[str]:
    """One warning per ``kg:`` term of ``sparql`` that the ontology does not declare, with a did-you-mean.

    Reads the query's tokens (prefixed names with whatever prefix the query binds to kg's namespace,
    and full IRIs), so a name in a string or a comment is no term. Each term is reported once.
    """
    tokens = diagnostic_tokens(sparql)
    aliases = {prefix for prefix, iri in PREFIXES.items() if iri == ONTOLOGY}
    for i, token in enumerate(tokens[:-2]):
        if token.kind == "word" and token.text.upper() == "PREFIX" and tokens[i + 1].kind == "pname":
            prefix = tokens[i + 1].text.partition(":")[0]
            (aliases.add if tokens[i + 2].text == f"<{ONTOLOGY}>" else aliases.discard)(prefix)
    known = ontology_names()
    warnings: list[str] = []
    seen: set[str] = set()
    for i, token in enumerate(tokens):
        if i and tokens[i - 1].kind == "word" and tokens[i - 1].text.upper() == "PREFIX":
            continue
        if token.kind == "pname" and token.text.partition(":")[0] in aliases:
            local = token.text.partition(":")[2]
            write = token.text.partition(":")[0] + ":{}"
        elif token.kind == "iri" and token.text[1:-1].startswith(ONTOLOGY):
            local = token.text[1 + len(ONTOLOGY):-1]
            write = f"<{ONTOLOGY}{{}}>"
        else:
            continue
        if not local or local in known or token.text in seen:
            continue
        seen.add(token.text)
        warnings.append(f"{token.text} (at {line_column(sparql, token.start)}) is not in kg's ontology, so it "
                        f"matches nothing; {_suggestion(local, known, write)}")
    return warnings


def _suggestion(local: str, known: frozenset[str], write: str) -> str:
    """``write`` is how the query writes a kg: term (``kg:{}``, ``<...#{}>``)."""
    spelled = closest_name(local, known, cutoff=0.75)
    if spelled is not None:
        return f"did you mean {write.format(spelled)}?"
    meant = predicate_for_word(local)
    if meant is not None:
        return f"did you mean {write.format(meant)}? (kg stores {local!r} as {meant})"
    near = closest_predicates(local, known)
    return ("the nearest names are " + ", ".join(write.format(name) for name in near) if near
            else "list the vocabulary with kg schema")


__all__ = ["closest_predicates", "ontology_names", "predicate_for_word", "unknown_terms"]
