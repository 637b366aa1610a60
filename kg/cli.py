"""The ``kg`` command: a thin typer layer over :class:`kg.KnowledgeGraph`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console

from kg.errors import KGError

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

app = typer.Typer(
    name="kg",
    help="News articles in; a knowledge graph out (SPARQL, interactive HTML, Turtle).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

StoreOption = Annotated[Path, typer.Option("--store", envvar="KG_STORE",
                                           help="Store directory (or set KG_STORE).")]
ModelOption = Annotated[Optional[str], typer.Option("--model", help="Any installed spaCy pipeline, e.g. en_core_web_trf.")]
DEFAULT_STORE = Path("kg-store")
EXPORT_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld")


def _fail(error: Exception, code: int = 1) -> typer.Exit:
    typer.echo(f"kg: {error}", err=True)
    return typer.Exit(code)


def _open(store: Path, model: str | None = None, *, read_only: bool = False) -> KnowledgeGraph:
    from kg.graph import KnowledgeGraph

    if read_only and not store.exists():
        raise _fail(KGError(f"no store at {store}; build one first with: kg build PATH --store {store}"))
    return KnowledgeGraph.open(store, model=model, read_only=read_only)


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .html .jsonl), directories, or - for stdin.")],
    store: StoreOption = DEFAULT_STORE,
    model: ModelOption = None,
    exports: Annotated[Path, typer.Option(help="Where the Turtle and HTML go.")] = Path("exports"),
    name: Annotated[Optional[str], typer.Option(help="Base name of the exports (default: first path's name).")] = None,
    force: Annotated[bool, typer.Option(help="Rebuild articles even if unchanged.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Largest article file accepted, in bytes.")] = 5_000_000,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Read articles into the store, then write <name>.ttl and <name>.html to --exports."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    try:
        graph = _open(store, model)
    except KGError as error:
        raise _fail(error) from None
    try:
        with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=err, disable=not progress, transient=True) as bar:
            task = bar.add_task("build", total=None)
            report = graph.add(paths, max_bytes=max_bytes, force=force,
                               progress=lambda done, total: bar.update(task, completed=done, total=total))
        for problem in report.errors:
            typer.echo(f"kg: skipped {problem}", err=True)
        base = name or (Path(paths[0]).resolve().name if paths[0] != "-" else "stdin")
        ttl = graph.export(exports / f"{base}.ttl", "turtle")
        html = graph.visualize(exports / f"{base}.html", title=f"kg: {base}")
        total = len(graph)
    except KGError as error:
        raise _fail(error) from None
    finally:
        graph.close()
    out.print(f"{len(report.added)} new, {len(report.unchanged)} unchanged, {len(report.errors)} failed; "
              f"{report.quads:,} quads written in {report.seconds:.1f}s; store {store} holds {total:,} quads")
    out.print(f"wrote {ttl} and {html.path} ({html.nodes_drawn} entities drawn)")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or a file holding one.")],
    store: StoreOption = DEFAULT_STORE,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    max_rows: Annotated[Optional[int], typer.Option(help="Stop after this many rows.")] = None,
) -> None:
    """Run a read-only SPARQL query over all articles (kg:, rdfs:, schema:, skos:, prov:, xsd: predeclared)."""
    text = Path(sparql).read_text(encoding="utf-8") if _is_file(sparql) else sparql
    try:
        graph = _open(store, read_only=True)
        try:
            rendered = graph.query(text, max_rows=max_rows).render(format)  # type: ignore[arg-type]
        finally:
            graph.close()
        sys.stdout.write(rendered)
        sys.stdout.flush()
    except KGError as error:
        raise _fail(error) from None


def _is_file(text: str) -> bool:
    return len(text) < 4096 and "\n" not in text and "{" not in text and os.path.isfile(text)


@app.command()
def viz(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("exports/graph.html"),
    store: StoreOption = DEFAULT_STORE,
    focus: Annotated[Optional[str], typer.Option(help="Centre on this entity (label or alias).")] = None,
    hops: Annotated[int, typer.Option(help="With --focus: how many edges out.")] = 2,
    max_nodes: Annotated[int, typer.Option(help="Keep at most this many (most connected) entities.")] = 300,
) -> None:
    """Write an interactive HTML graph that works offline."""
    try:
        graph = _open(store, read_only=True)
        try:
            report = graph.visualize(output, focus=focus, hops=hops, max_nodes=max_nodes,
                                     title=f"kg: {focus}" if focus else "kg")
        finally:
            graph.close()
    except KGError as error:
        raise _fail(error) from None
    out.print(f"wrote {report.path}: {report.nodes_drawn} entities, {report.edges_drawn} relations"
              + (f" ({report.nodes_omitted} less connected entities left out)" if report.nodes_omitted else ""))


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help=", ".join(EXPORT_FORMATS))] = "turtle",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Export the whole graph as RDF, atomically and byte-stable."""
    try:
        graph = _open(store, read_only=True)
        try:
            result = graph.export(output, format)
        finally:
            graph.close()
    except KGError as error:
        raise _fail(error) from None
    if isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        sys.stdout.flush()
    else:
        err.print(f"wrote {result}")


@app.command()
def remove(
    article: Annotated[str, typer.Argument(help="The article id (file stem or JSONL id).")],
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Delete one article's named graph from the store."""
    try:
        graph = _open(store)
    except KGError as error:
        raise _fail(error) from None
    try:
        removed = graph.remove(article)
    finally:
        graph.close()
    if not removed:
        raise _fail(KGError(f"no article {article!r} in {store}; list them with: kg query "
                            "'SELECT ?id WHERE {{ ?a kg:articleId ?id }}'"))
    out.print(f"removed {article}")


@app.command()
def extract(
    source: Annotated[str, typer.Argument(help="An article file, or - for stdin.")] = "-",
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, tsv, or carb (one sentence per line).")] = "jsonl",
    model: ModelOption = None,
) -> None:
    """Print what the extractors find, without storing anything."""
    from kg.extract import extract as run_extractors
    from kg.extract.output import carb_lines, jsonl_lines, tsv_lines
    from kg.ingest import read_articles
    from kg.nlp import load_pipeline, parse_articles

    if format not in {"jsonl", "tsv", "carb"}:
        raise _fail(KGError(f"unknown extract format {format!r}; use jsonl, tsv or carb"), 2)
    try:
        nlp = load_pipeline(model)
    except KGError as error:
        raise _fail(error) from None
    write = sys.stdout.write
    if format == "carb":
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8")
        lines = [line.rstrip("\n") for line in stream]
        for line, doc in zip(lines, nlp.pipe(lines, batch_size=64)):
            for row in carb_lines(line, run_extractors(doc, open_arguments=True)):
                write(row + "\n")
        return
    formatter = jsonl_lines if format == "jsonl" else tsv_lines
    items = list(read_articles([source]))
    failed = 0
    for item in items:
        if isinstance(item, KGError):
            typer.echo(f"kg: skipped {item}", err=True)
            failed += 1
    articles = [a for a in items if not isinstance(a, KGError)]
    for article, doc in parse_articles(nlp, articles):
        if isinstance(doc, KGError):
            typer.echo(f"kg: skipped {doc}", err=True)
            continue
        for row in formatter(run_extractors(doc, anchor=article.date), article_id=article.id):
            write(row + "\n")
    if items and failed == len(items):
        raise typer.Exit(1)


def main() -> None:
    app()
