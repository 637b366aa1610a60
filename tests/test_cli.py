"""The kg command as a user types it (typer's CliRunner, real model, real store)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import SEED_ARTICLE, SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kg build seeds/`` into a fresh store, as the README's first command does."""
    folder = tmp_path_factory.mktemp("cli")
    shutil.copytree(SEEDS, folder / "seeds")
    result = runner.invoke(app, ["build", str(folder / "seeds"), "--store", str(folder / "store"),
                                 "--exports", str(folder / "exports"), "--no-progress"])
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.model
def test_build_prints_a_summary_and_writes_both_exports(built: Path) -> None:
    assert (built / "exports" / "seeds.ttl").stat().st_size > 10_000
    html = (built / "exports" / "seeds.html").read_text(encoding="utf-8")
    assert "Kim Jong-un" in html and "Amnesty International" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", html)


@pytest.mark.model
def test_rebuild_reports_unchanged(built: Path) -> None:
    result = runner.invoke(app, ["build", str(built / "seeds"), "--store", str(built / "store"),
                                 "--exports", str(built / "again"), "--no-progress"])
    assert result.exit_code == 0
    assert result.stdout.startswith("0 new, 5 unchanged, 0 failed")
    assert (built / "again" / "seeds.ttl").read_bytes() == (built / "exports" / "seeds.ttl").read_bytes()


@pytest.mark.model
def test_readme_query(built: Path) -> None:
    result = runner.invoke(app, ["query", 'SELECT ?who WHERE { ?who kg:met ?kim . ?kim rdfs:label "Kim Jong-un" }',
                                 "--store", str(built / "store"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [["who"], ["https://w3id.org/kg-news/id/entity/donald-trump"]]


@pytest.mark.model
@pytest.mark.parametrize("format", ["table", "csv", "tsv", "json"])
def test_query_formats(built: Path, format: str) -> None:
    sparql = "SELECT ?name WHERE { ?o schema:headline ?name } ORDER BY ?name LIMIT 2"
    result = runner.invoke(app, ["query", sparql, "--store", str(built / "store"), "-f", format])
    assert result.exit_code == 0, result.output
    assert "Apple executive leaves company after iPhone 4 antenna issues" in result.stdout
    if format == "json":
        assert len(json.loads(result.stdout)["results"]["bindings"]) == 2


@pytest.mark.model
def test_query_from_a_file_and_construct(built: Path) -> None:
    query = built / "who.rq"
    query.write_text("CONSTRUCT { ?s kg:criticized ?o } WHERE { ?s kg:criticized ?o }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(query), "--store", str(built / "store"), "-f", "csv"])
    assert result.exit_code == 1 and "does not fit a CONSTRUCT result; use table or json" in result.stderr
    result = runner.invoke(app, ["query", str(query), "--store", str(built / "store"), "-f", "json"])
    assert result.exit_code == 0, result.output
    subjects = {node["@id"] for node in json.loads(result.stdout)}
    assert "https://w3id.org/kg-news/id/entity/amnesty-international" in subjects
    result = runner.invoke(app, ["query", str(query), "--store", str(built / "store")])
    assert result.exit_code == 0
    assert ("<https://w3id.org/kg-news/id/entity/amnesty-international> kg:criticized "
            "<https://w3id.org/kg-news/id/entity/donald-trump>") in result.stdout


@pytest.mark.model
@pytest.mark.parametrize(("sparql", "message"), [
    ("SELECT ?s WHERE { ?s ?p }", r"\[KG030\] the query is not valid SPARQL 1.1"),
    ("INSERT DATA { <x:a> <x:b> <x:c> }", r"\[KG030\] INSERT is an update, and queries are read-only"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", r"\[KG030\] SERVICE clauses are refused"),
])
def test_bad_queries_are_one_line_errors(built: Path, sparql: str, message: str) -> None:
    result = runner.invoke(app, ["query", sparql, "--store", str(built / "store")])
    assert result.exit_code == 1
    assert re.match(r"kg: " + message, result.stderr) and "Traceback" not in result.stderr


@pytest.mark.model
def test_readme_viz_focus(built: Path) -> None:
    out = built / "exports" / "kim.html"
    result = runner.invoke(app, ["viz", "--focus", "Kim Jong-un", "--hops", "2", "-o", str(out),
                                 "--store", str(built / "store")])
    assert result.exit_code == 0, result.output
    drawn = int(re.search(r"(\d+) entities", result.stdout).group(1))  # type: ignore[union-attr]
    assert 3 <= drawn < 60 and "Donald Trump" in out.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["viz", "--focus", "Nobody Atall", "-o", str(out), "--store", str(built / "store")])
    assert missing.exit_code == 1 and "no entity named 'Nobody Atall'" in missing.stderr


@pytest.mark.model
@pytest.mark.parametrize("format", ["turtle", "ntriples", "nquads", "trig", "jsonld"])
def test_readme_export(built: Path, format: str) -> None:
    out = built / f"all.{format}"
    result = runner.invoke(app, ["export", "--format", format, "-o", str(out), "--store", str(built / "store")])
    assert result.exit_code == 0 and out.stat().st_size > 10_000


@pytest.mark.model
def test_remove_then_rebuild(built: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(built / "store", store)
    assert runner.invoke(app, ["remove", "meantime-en-37313", "--store", str(store)]).exit_code == 0
    again = runner.invoke(app, ["remove", "meantime-en-37313", "--store", str(store)])
    assert again.exit_code == 1 and "no article 'meantime-en-37313'" in again.stderr
    rebuilt = runner.invoke(app, ["build", str(built / "seeds"), "--store", str(store),
                                  "--exports", str(tmp_path / "exports"), "--no-progress"])
    assert rebuilt.stdout.startswith("1 new, 4 unchanged")


@pytest.mark.model
def test_bad_files_are_named_and_the_rest_still_builds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_ARTICLE, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (corpus / "big.txt").write_text("News. " * 2000, encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "--store", str(tmp_path / "store"), "--max-bytes", "5000",
                                 "--exports", str(tmp_path / "exports"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 new, 0 unchanged, 3 failed")
    problems = result.stderr.strip().splitlines()
    assert len(problems) == 3
    assert all(line.startswith("kg: skipped [KG001] ") for line in problems)
    assert {Path(line.split("] ")[1].split(":")[0]).name for line in problems} == {"empty.txt", "image.txt", "big.txt"}


@pytest.mark.model
def test_nothing_built_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["build", str(tmp_path / "empty.txt"), "--store", str(tmp_path / "store"),
                                 "--exports", str(tmp_path / "exports"), "--no-progress"])
    assert result.exit_code == 1 and "empty.txt" in result.stderr


@pytest.mark.model
def test_extract_jsonl_from_stdin() -> None:
    result = runner.invoke(app, ["extract", "-"], input="Cisco Systems sued Apple over the iPhone trademark.\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["subject"], r["predicate"], r["object"]) for r in records] == [("Cisco Systems", "sued", "Apple")]
    assert records[0]["sentence"] == "Cisco Systems sued Apple over the iPhone trademark."


@pytest.mark.model
def test_extract_carb_echoes_each_sentence_unchanged() -> None:
    lines = ["He served as the first Prime Minister of Australia and became a founding justice of the High Court "
             "of Australia .", "Cisco Systems sued Apple over the iPhone trademark ."]
    result = runner.invoke(app, ["extract", "--format", "carb"], input="\n".join(lines) + "\n")
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert rows and all(row[0] in lines and len(row) >= 5 for row in rows)
    assert all(all(argument in row[0] for argument in row[3:]) for row in rows)
    cisco = [row for row in rows if row[0] == lines[1]]
    assert [row[2:] for row in cisco] == [["sued", "Cisco Systems", "Apple", "over the iPhone trademark"]]
    assert 0 < float(cisco[0][1]) <= 1


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    for command in ("build", "query", "viz", "export", "remove", "extract"):
        assert command in result.stdout


def test_query_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "ASK {}", "--store", str(tmp_path / "nope")])
    assert result.exit_code == 1 and "kg build PATH --store" in result.stderr


def test_serve_refuses_a_server_url_in_one_line() -> None:
    result = runner.invoke(app, ["serve", "--store", "http://127.0.0.1:9/query", "--port", "0"])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: [KG020] kg serve serves a store directory, and http://127.0.0.1:9/query")
    assert len(result.stderr.strip().splitlines()) == 1
