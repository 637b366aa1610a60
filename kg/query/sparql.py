"""Run SPARQL over the union of article graphs and render the results.

Queries are read-only: an update (INSERT, DELETE, LOAD, CLEAR, DROP ...) is
refused, and so is ``SERVICE``, which would make the store fetch from the
network. The common prefixes (``kg:``, ``rdfs:``, ``schema:``, ``skos:``,
``prov:``, ``xsd:`` ...) are predeclared.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from typing import Any, Literal as TypingLiteral

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, QueryTriples

from kg.errors import QueryError
from kg.export import TURTLE_PREFIXES
from kg.rdf.namespaces import PREFIXES
from kg.store import ArticleStore

OutputFormat = TypingLiteral["table", "csv", "tsv", "json", "xml"]
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_STRINGS_AND_IRIS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*')


@dataclass
class QueryResult:
    """A materialised SPARQL result: rows of variables, triples, or a boolean."""

    kind: TypingLiteral["select", "construct", "ask"]
    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def values(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (IRIs, literal values), None for unbound."""
        return [{v: (None if t is None else str(t.value)) for v, t in zip(self.variables, row)} for row in self.rows]

    def render(self, format: OutputFormat = "table") -> str:
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": self.boolean}) if format == "json" else str(self.boolean).lower()
        if format == "table" and self.kind == "select":
            return _table(self)
        if format in {"csv", "tsv"} and self.kind == "select":
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter="," if format == "csv" else "\t", lineterminator="\n")
            writer.writerow(self.variables)
            for row in self.rows:
                writer.writerow(["" if t is None else (t.value if format == "csv" else str(t)) for t in row])
            return buffer.getvalue()
        if format == "json" and self.kind == "select":
            bindings = [{v: _json_term(t) for v, t in zip(self.variables, row) if t is not None} for row in self.rows]
            return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}},
                              ensure_ascii=False, indent=1)
        if self.kind == "construct" and format in {"table", "json"}:
            # a graph result reads best as Turtle; as JSON it is JSON-LD
            triples = [pyoxigraph.Triple(*row) for row in self.rows]
            rdf_format = pyoxigraph.RdfFormat.TURTLE if format == "table" else pyoxigraph.RdfFormat.JSON_LD
            prefixes = TURTLE_PREFIXES if format == "table" else None
            return (pyoxigraph.serialize(triples, format=rdf_format, prefixes=prefixes) or b"").decode("utf-8")
        raise QueryError(f"the output format {format!r} does not fit a {self.kind.upper()} result; "
                         "use table or json")


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def compact(term: Any) -> str:
    """A term as a person reads it: prefixed names for IRIs, bare values for literals."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, Literal):
        return term.value
    return str(term)


def _table(result: QueryResult) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*(result.variables or ["subject", "predicate", "object"]), show_lines=False)
    for row in result.rows:
        table.add_row(*(compact(t) for t in row), end_section=False)
    console = Console(file=io.StringIO(), width=160, no_color=True, highlight=False)
    console.print(table)
    console.print(f"{len(result.rows)} row(s)")
    return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]


def check_read_only(sparql: str) -> None:
    """Refuse SERVICE (network access) before anything is evaluated."""
    bare = _STRINGS_AND_IRIS.sub(" ", sparql)
    if _SERVICE.search(bare):
        raise QueryError("SERVICE clauses are refused: kg never fetches remote data while querying; "
                         "load the remote data into the store first")


def run_query(store: ArticleStore, sparql: str, *, max_rows: int | None = None) -> QueryResult:
    """Run a read-only SPARQL query over the union of all article graphs.

    Raises:
        QueryError: a syntax error (with its position), an update, or SERVICE.
    """
    check_read_only(sparql)
    try:
        result = store.query(sparql)
    except SyntaxError as err:
        raise QueryError(f"the query is not valid SPARQL 1.1: {err}") from err
    except OSError as err:
        raise QueryError(f"the query failed: {err}") from err
    if isinstance(result, (bool, QueryBoolean)):
        return QueryResult("ask", [], [], boolean=bool(result))
    rows: list[list[Any]] = []
    if isinstance(result, QuerySolutions):
        variables = [v.value for v in result.variables]
        for solution in result:
            rows.append([solution[v] for v in variables])
            if max_rows is not None and len(rows) >= max_rows:
                break
        return QueryResult("select", variables, rows)
    if isinstance(result, QueryTriples):
        for triple in result:
            rows.append([triple.subject, triple.predicate, triple.object])
            if max_rows is not None and len(rows) >= max_rows:
                break
        return QueryResult("construct", ["subject", "predicate", "object"], rows)
    raise QueryError(f"unexpected query result {type(result).__name__}")


__all__ = ["OutputFormat", "QueryResult", "QueryResultsFormat", "check_read_only", "compact", "run_query"]
