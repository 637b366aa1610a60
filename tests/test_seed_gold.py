"""The seed article against the facts a careful reader takes from it (../shared/gold)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from kg import KnowledgeGraph
from tests.conftest import SEED_ARTICLE, SHARED

GOLD = SHARED / "gold" / "000_4dd0882b0b80ae72.json"
SCORER = SHARED / "eval" / "score_gold.py"


def _shared_or_skip() -> None:
    if not (GOLD.exists() and SCORER.exists()):
        if os.environ.get("CI"):
            pytest.fail(f"the gold file and scorer must be beside the repo in CI: {GOLD}, {SCORER}")
        pytest.skip("../shared (gold and scorer) is not beside this checkout")


@pytest.fixture(scope="module")
def seed_scores(tmp_path_factory: pytest.TempPathFactory) -> str:
    _shared_or_skip()
    folder = tmp_path_factory.mktemp("gold")
    graph = KnowledgeGraph.open(folder / "store")
    graph.add([SEED_ARTICLE])
    graph.export(folder / "seed.nq", "nquads")
    graph.close()
    done = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(folder / "seed.nq")],
                          capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.model
def test_every_gold_fact_is_found(seed_scores: str) -> None:
    misses = [line for line in seed_scores.splitlines() if line.startswith("MISS")]
    assert misses == [], seed_scores


@pytest.mark.model
@pytest.mark.parametrize("fact", ["met", "amnesty-criticized", "un-report-dated"])
def test_design_card_facts(seed_scores: str, fact: str) -> None:
    assert f"HIT  {fact}" in seed_scores.splitlines()


@pytest.mark.model
def test_summary_line(seed_scores: str) -> None:
    summary = seed_scores.strip().splitlines()[-1]
    found = re.fullmatch(r"recall (\d+)/(\d+), entity recall (\d+)/(\d+), merged (\d+)/(\d+), junk (\d+)/(\d+)", summary)
    assert found, summary
    recall, facts, entities, all_entities, merged, pairs, junk, _labelled = map(int, found.groups())
    assert (recall, entities, merged, junk) == (facts, all_entities, pairs, 0), summary
