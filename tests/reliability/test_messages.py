"""Row 17 of issue 9: what a build that builds nothing leaves, ids that would forge output lines, and
the messages and API niceties."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.errors import GraphClosedError, QueryError, StoreReadOnlyError
from kg.ingest import read_articles
from tests.reliability.conftest import SEED_ARTICLES, error_lines, kg

pytestmark = pytest.mark.model


def test_a_build_that_builds_nothing_leaves_no_store_and_no_exports(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    for given, said in (("empty", "kg: no articles found in empty"), ("bad.txt", "kg: skipped [KG001] bad.txt")):
        done = kg("build", given, "--store", "store", "--exports", "out", "--no-progress", cwd=tmp_path, timeout=300)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        lines = error_lines(done.stderr)
        assert lines[0].startswith(said) and lines[-1] == "kg: nothing was built; no store or exports were written"
        assert not (tmp_path / "store").exists() and not (tmp_path / "out").exists()


def test_ids_with_control_characters_are_refused_in_one_printable_line(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a\n1,forged\x1b[31m", "text": "Markets rose."}) + "\n"
                      + json.dumps({"id": "fine", "text": "Markets fell."}) + "\n"
                      + '{"id": "x", "text": "unterminated', encoding="utf-8")
    items = list(read_articles([corpus]))
    assert [getattr(i, "id", None) for i in items] == [None, "fine", None]
    refused, bad_json = str(items[0]), str(items[2])
    assert "holds control characters" in refused and "\n" not in refused and "\x1b" not in refused
    assert re.search(r"invalid JSON at column \d+ \(Unterminated string starting\)", bad_json)
    assert "at at" not in bad_json


def test_graph_niceties(tmp_path: Path, nlp, seed_store_path: Path) -> None:  # type: ignore[no-untyped-def]
    graph = KnowledgeGraph.open(None)
    with pytest.raises(QueryError, match=r"^\[KG030\] DROP is an update, and queries are read-only"):
        graph.query("DROP ALL")
    with pytest.raises(QueryError, match="does not fit an ASK result|does not fit a CONSTRUCT result"):
        graph.query("CONSTRUCT WHERE { ?s ?p ?o }").render("csv")
    graph.close()
    graph.close()  # twice: nothing happens
    for use in (lambda: graph.query("ASK {}"), lambda: len(graph), lambda: graph.add([SEED_ARTICLES[0]])):
        with pytest.raises(GraphClosedError, match=r"^\[KG027\] this KnowledgeGraph was closed"):
            use()
    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy, ignore=shutil.ignore_patterns("LOCK"))
    with KnowledgeGraph.open(copy, read_only=True) as reader:
        reader._nlp = nlp
        with pytest.raises(StoreReadOnlyError, match=r"^\[KG026\] .*opened read-only"):
            reader.add([SEED_ARTICLES[0]], force=True)
