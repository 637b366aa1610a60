"""Shared fixtures: the real spaCy model (loaded once) and the seeds built once; the test tiers.

Tiers: a test that loads the spaCy model is marked ``model``, one that drives Chromium ``browser``.
A test that asks for a fixture which loads the model (``nlp``, ``layers``, the seed store) or for
``chromium`` is marked here, whatever its file says, so ``pytest -m "not model and not browser"``
(the fast tier, for quick edits) never waits for either. CI runs everything.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_4dd0882b0b80ae72.txt"
SHARED = ROOT.parent / "shared"

#: fixtures that load the spaCy model (directly or through a store built from the seeds)
MODEL_FIXTURES = {"nlp", "layers", "seed_store_path", "seed_graph"}
BROWSER_FIXTURES = {"chromium"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & MODEL_FIXTURES:
            item.add_marker(pytest.mark.model)
        if fixtures & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)


def shared_data(*parts: str) -> Path | None:
    """A data set under ``../shared`` (beside the repository), or None when it is absent.

    Absent is a skip on a developer's machine and a failure under ``CI``, where shared/ is laid
    beside the checkout: a test that needs data must not pass by skipping there.
    """
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{path} is missing and CI is set: the data tests need ../shared beside the checkout")
    pytest.skip(f"{path} is not here (../shared beside the repository); in CI this fails")
    return None


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from kg.nlp import load_pipeline

    return load_pipeline()


Triple = tuple[str, str, str]
Layers = tuple[set[Triple], dict[Triple, str]]


@pytest.fixture(scope="session")
def layers(nlp) -> Callable[[str], Layers]:  # type: ignore[no-untyped-def]
    """``layers(text)`` -> (the entity graph's direct triples, {open triple: its reason}) by entity label:
    a text through extraction, resolution and the trust gate (kg/resolve/trust.py), with the gazetteer.

    A test sentence stands alone, without the article that introduced its people by their full names
    ("Mr Evans sued Mr Mann"), so a relation whose only fault is a person named by one word counts as
    direct here; that gate is tested on whole articles (tests/resolve/test_trust_names.py)."""
    from kg.extract import extract
    from kg.rdf.link import GAZETTEER
    from kg.resolve import resolve
    from kg.resolve.trust import ONE_WORD_NAME, open_reason
    from kg.types import Article, Mention

    cache: dict[str, Layers] = {}

    def run(text: str) -> Layers:
        if text in cache:
            return cache[text]
        extraction = extract(nlp(text))
        resolved = resolve(Article("t", text), extraction.mentions, extraction.relations, places=GAZETTEER,
                            team_sport=extraction.team_sport)
        direct: set[Triple] = set()
        opened: dict[Triple, str] = {}
        for relation in resolved.relations:
            if relation.predicate == "said":
                continue
            obj = relation.object
            label = resolved.entity(obj).label if isinstance(obj, Mention) else str(obj)
            triple = (resolved.entity(relation.subject).label, relation.predicate, label)
            reason = open_reason(relation, resolved.entity, GAZETTEER)
            if reason is None or reason.endswith(ONE_WORD_NAME):
                direct.add(triple)
            else:
                opened[triple] = reason
        cache[text] = (direct, opened)
        return cache[text]

    return run


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with every seed article built once for the session (read it, don't write to it)."""
    from kg import KnowledgeGraph

    path = tmp_path_factory.mktemp("seed-store") / "store"
    graph = KnowledgeGraph.open(path)
    report = graph.add([SEEDS])
    assert not report.errors, report.errors
    graph.close()
    return path


@pytest.fixture()
def seed_graph(seed_store_path: Path, tmp_path: Path) -> Iterator["KnowledgeGraph"]:  # noqa: F821
    """A private copy of the seeds store, free to modify."""
    from kg import KnowledgeGraph

    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy, ignore=shutil.ignore_patterns("LOCK"))
    graph = KnowledgeGraph.open(copy)
    yield graph
    graph.close()


@pytest.fixture(autouse=True)
def _no_invalid_iri_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """rdflib reports a malformed IRI only through logging: treat that as a failure."""
    with caplog.at_level(logging.WARNING, logger="rdflib.term"):
        yield
    bad = [r.getMessage() for r in caplog.records if r.name == "rdflib.term" and "valid URI" in r.getMessage()]
    assert not bad, bad


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium for the browser tests: a skip without it, a failure under CI."""
    from tests.viz import browser

    found = browser.find_chromium()
    if found is None:
        msg = "no chromium binary (apt-get install chromium); the browser tests need one"
        if os.environ.get("CI"):
            pytest.fail(msg + " and CI is set, so this is a failure, not a skip")
        pytest.skip(msg)
    return found
