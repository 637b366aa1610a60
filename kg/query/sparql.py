"""Run SPARQL over the union of article graphs and render the results.

Queries are read-only: an update (INSERT, DELETE, LOAD, CLEAR, DROP ...) is
refused, and so is ``SERVICE``, which would make the store fetch from the
network. The common prefixes (``kg:``, ``rdfs:``, ``schema:``, ``skos:``,
``prov:``, ``xsd:`` ...) are predeclared.

Layer: query, over the store; must not import kg.network, kg.validate, kg.viz, kg.export, kg.graph
or kg.cli.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal as TypingLiteral

import pyoxigraph
from pyoxigraph import Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, QueryTriples

from kg.errors import (
    QueryError,
    QueryTooDeepError,
    graph_not_in_store,
    invalid_sparql,
    query_failed,
    unknown_format,
)
from kg.query.results import SOLUTION_FORMATS, boolean_bytes, solutions_bytes, take, triples_bytes
from kg.rdf.namespaces import PREFIXES, TURTLE_PREFIXES
from kg.store.base import KGStore

OutputFormat = TypingLiteral["table", "csv", "tsv", "json", "xml"]
#: every format :meth:`QueryResult.render` writes, as users read them
OUTPUT_FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "xml")
GRAPH_RESULT_NOTE = " (a CONSTRUCT or DESCRIBE result: table or json)"


@dataclass
class QueryResult:
    """A materialised SPARQL result: rows of variables, triples, or a boolean."""

    kind: TypingLiteral["select", "construct", "ask"]
    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None
    #: what may make the result wrong though the query ran: a ``kg:`` term the ontology lacks (filled by
    #: :meth:`kg.KnowledgeGraph.query`; ``kg query`` prints each on stderr)
    warnings: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def values(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (IRIs, literal values), None for unbound."""
        return [{v: (None if t is None else str(t.value)) for v, t in zip(self.variables, row)} for row in self.rows]

    def render(self, format: OutputFormat = "table") -> str:
        """The result as ``kg query`` prints it: ``table`` for people; ``csv``, ``tsv``, ``json``, ``xml``
        (SELECT and ASK) as the SPARQL results formats. A graph result reads as Turtle (``table``) or
        JSON-LD (``json``). Every format but ``table`` is written by :mod:`kg.query.results`.
        """
        if format not in OUTPUT_FORMATS:
            raise unknown_format(str(format), OUTPUT_FORMATS, GRAPH_RESULT_NOTE)
        if format == "table" and self.kind == "select":
            return _table(self)
        if self.kind == "ask":
            if format == "table":
                return str(self.boolean).lower()
            if format in SOLUTION_FORMATS:
                return boolean_bytes(bool(self.boolean), format).decode("utf-8")
        elif self.kind == "select" and format in SOLUTION_FORMATS:
            return solutions_bytes(self.variables, self.rows, format).decode("utf-8")
        elif self.kind == "construct" and format in {"table", "json"}:
            triples = [pyoxigraph.Triple(*row) for row in self.rows]
            if format == "table":
                return triples_bytes(triples, "turtle", TURTLE_PREFIXES).decode("utf-8")
            return triples_bytes(triples, "jsonld").decode("utf-8")
        kind = self.kind.upper()
        raise QueryError(f"the output format {format or 'given'!r} does not fit {'an' if kind[0] in 'AEIOU' else 'a'} "
                         f"{kind} result; "
                         + ("use table or json" if self.kind == "construct" else "use table, csv, tsv, json or xml"))


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


# -- safety: look at a query's tokens before anything is evaluated ------------------------------
#
# Why a tokenizer and not a regular expression over the raw text, nor rdflib's parser: a keyword can
# hide in a string, an IRI or a comment, so those must be recognised exactly as SPARQL's grammar does
# (IRIREF's character class with UCHAR escapes, ECHAR, the four string forms); rdflib's pyparsing
# grammar costs 10-50 ms per query and rejects some syntax Oxigraph accepts. Where this scanner is
# unsure it sees *more* code, never less: text it fails to recognise as a string or an IRI is
# scanned as plain tokens, so a keyword in it is still seen (and refused). A keyword can only hide
# in what it takes for a string, an IRI or a comment, and those follow the grammar's terminals
# (tests/query/test_safety.py checks the tricky cases against Oxigraph's own parser).
_TOKENS = re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\n\r]*)
| (?P<string>"{3}(?:[^"\\]|\\.|"(?!""))*"{3}
           |'{3}(?:[^'\\]|\\.|'(?!''))*'{3}
           |"(?:[^"\\\n\r]|\\.)*"
           |'(?:[^'\\\n\r]|\\.)*')
| (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
| (?P<var>[?$][\w\u00B7]+)
| (?P<pname>(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w\-:\u00B7]|\.(?=[\w\-:%\\])|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?\#@%])*)
| (?P<word>[A-Za-z_][A-Za-z0-9_]*)
| (?P<other>.)
""", re.VERBOSE | re.DOTALL)
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
_QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_LIST_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"
#: the deepest nesting of brackets a query may have (kg query and kg serve alike)
MAX_NESTING = 200


@dataclass(frozen=True)
class QueryShape:
    """What a query's tokens say about it, found without evaluating (or even parsing) it.

    ``form`` is the first query-form or update keyword (``SELECT``, ``CONSTRUCT``, ``DESCRIBE``,
    ``ASK``, ``INSERT``, ``DROP`` ...), or None when there is none. ``from_graphs`` and
    ``from_named`` are the IRIs of ``FROM`` / ``FROM NAMED`` clauses with escapes decoded and
    prefixed names expanded; one that cannot be expanded is kept as written (and then refused).
    """

    form: str | None
    uses_service: bool
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()
    #: the deepest nesting of ``{``, ``(`` and ``[`` outside strings, IRIs and comments
    depth: int = 0

    @property
    def is_update(self) -> bool:
        return self.form in _UPDATE_KEYWORDS

    @property
    def dataset_iris(self) -> tuple[str, ...]:
        return self.from_graphs + self.from_named


def _unescape_iri(text: str) -> str:
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def analyse_query(sparql: str, prefixes: dict[str, str] | None = None) -> QueryShape:
    """Scan a query's tokens: its form, whether it uses ``SERVICE``, its ``FROM`` graphs.

    Guarantee: a ``SERVICE`` keyword anywhere outside a string, an IRI or a comment is reported,
    whatever its case, nesting or spacing (a variable ``?service`` or a name ``ex:service`` is
    not the keyword). ``prefixes`` (default: kg's predeclared ones) expand prefixed names in
    ``FROM``; the query's own ``PREFIX`` declarations take precedence. Linear in the query's length.
    """
    known = dict(PREFIXES if prefixes is None else prefixes)
    tokens = [(m.lastgroup, m.group()) for m in _TOKENS.finditer(sparql) if m.lastgroup not in ("ws", "comment")]
    form: str | None = None
    service = False
    graphs: tuple[list[str], list[str]] = ([], [])
    depth = deepest = 0
    for kind, text in tokens:
        if kind == "other" and text in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "other" and text in "})]":
            depth -= 1
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        word = text.upper() if kind == "word" else None
        if word == "PREFIX" and i + 2 < len(tokens) and tokens[i + 1][0] == "pname" and tokens[i + 2][0] == "iri":
            known[tokens[i + 1][1].partition(":")[0]] = _unescape_iri(tokens[i + 2][1][1:-1])
            i += 3
            continue
        if word == "SERVICE":
            service = True
        elif word in _QUERY_FORMS or word in _UPDATE_KEYWORDS:
            form = form or word
        elif word == "FROM":
            named = i + 1 < len(tokens) and tokens[i + 1][0] == "word" and tokens[i + 1][1].upper() == "NAMED"
            j = i + 2 if named else i + 1
            if j < len(tokens):
                kind_j, text_j = tokens[j]
                prefix, _, local = text_j.partition(":")
                iri = (_unescape_iri(text_j[1:-1]) if kind_j == "iri"
                       else known[prefix] + local if kind_j == "pname" and prefix in known else text_j)
                graphs[named].append(iri)
            i = j + 1
            continue
        i += 1
    return QueryShape(form, service, tuple(graphs[0]), tuple(graphs[1]), deepest)


def check_read_only(sparql: str) -> QueryShape:
    """Refuse, before anything is evaluated, what would make a query reach outside the store.

    Refused with :class:`~kg.errors.QueryError`: nesting deeper than :data:`MAX_NESTING`
    (:class:`~kg.errors.QueryTooDeepError`), ``SERVICE`` (Oxigraph really connects to the
    address it names), and ``FROM`` / ``FROM NAMED`` with a ``file:`` IRI or an IRI that is not
    absolute (Oxigraph only selects stored graphs by name, but the rule holds whatever engine
    runs the query). Whether a ``FROM`` IRI names a graph *in the store* is
    :func:`check_dataset`'s job. Updates are left to the parser, which rejects them as queries;
    the endpoint refuses them with 403 using :attr:`QueryShape.is_update`.
    """
    shape = analyse_query(sparql)
    if shape.depth > MAX_NESTING:
        # Oxigraph's recursive parser overflows the stack (a segfault, not an error) a few
        # thousand levels down; no real query comes near this limit
        raise QueryTooDeepError(f"the query nests {{ ( [ {shape.depth:,} levels deep, over the limit of "
                                f"{MAX_NESTING}; write it flatter (UNION, VALUES, fewer nested groups)")
    if shape.uses_service:
        raise QueryError("SERVICE clauses are refused: kg never fetches remote data while querying; "
                         "load the remote data into the store first")
    for iri in shape.dataset_iris:
        check_graph_iri(iri)
    return shape


def check_graph_iri(iri: str) -> None:
    """Refuse a dataset IRI (``FROM``, ``default-graph-uri`` ...) that is ``file:`` or not absolute."""
    if iri.lower().startswith("file:"):
        raise QueryError("FROM <file:...> is refused: queries never read local files; "
                         "build the file into the store with kg build, then query the store")
    if not _SCHEME.match(iri) or iri.startswith("_:") or any(c in iri for c in '<>"{}|^`\\ \n\r\t'):
        raise QueryError(f"FROM {iri[:80]} is refused: a FROM graph must be the absolute IRI of an "
                         f"article graph in the store; list them with {_LIST_GRAPHS}")


def check_dataset(shape: QueryShape, store: pyoxigraph.Store | KGStore) -> None:
    """Refuse ``FROM`` / ``FROM NAMED`` IRIs that are not named graphs of ``store``."""
    for iri in shape.dataset_iris:
        try:
            known = store.contains_named_graph(NamedNode(iri))
        except ValueError:  # not a valid IRI at all
            known = False
        if not known:
            raise graph_not_in_store(iri)


# -- syntax errors a person can act on ---------------------------------------------------------
#
# Oxigraph's parser reports where it gave up (often one token late) and what its grammar would have
# taken there, character classes included: several lines of Unicode ranges for an unknown prefix, and
# "expected CONSTRUCT" for a misspelled SELECT. A failed query is looked at again, token by token, for
# the mistakes people make (a misspelled form or keyword, a prefix never declared, a "/" in a prefixed
# name, a bracket left open), and only what none of those explains is passed on, shortened to one line.

#: the words SPARQL 1.1 (and Oxigraph's SPARQL 1.2 and extensions) knows, outside names, strings and IRIs
SPARQL_KEYWORDS = frozenset("""
BASE PREFIX SELECT DISTINCT REDUCED AS CONSTRUCT WHERE DESCRIBE ASK FROM NAMED GROUP BY HAVING ORDER ASC DESC
LIMIT OFFSET VALUES LOAD SILENT INTO CLEAR DROP CREATE ADD MOVE COPY TO INSERT DATA DELETE WITH USING DEFAULT
GRAPH ALL OPTIONAL SERVICE BIND UNDEF MINUS UNION FILTER NOT IN EXISTS LATERAL A TRUE FALSE
STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE
ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ
NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK
ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR
TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE LANGDIR STRLANGDIR HASLANG HASLANGDIR ADJUST VERSION
""".split())
_FORMS_IN_ORDER = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
#: the query's tokens with their offsets, as :data:`_TOKENS` reads them, and also blank nodes, numbers
#: and language tags (whose letters are no keywords)
_DIAGNOSTIC_TOKENS = re.compile(r"""
  (?P<bnode>_:[\w.\-]*)
| (?P<number>(?<![\w?$])[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
| (?P<lang>(?<=["'])@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| """ + _TOKENS.pattern, re.VERBOSE | re.DOTALL)
_ERROR_AT = re.compile(r"^\s*error at (\d+):(\d+):\s*(.*)$", re.DOTALL)
#: a character class in Oxigraph's list of what it expected, e.g. ['A' ..= 'Z' | '\u{00C0}'..='\u{00D6}']
_CHAR_CLASS = re.compile(r"\[(?:'(?:[^'\\]|\\.)*'|[^\]'])*\]")
_OPENERS = {"{": "}", "(": ")", "[": "]"}
_SERVER_SAID = re.compile(r"\((the server at \S+ rejected it)\)\s*$")


@dataclass(frozen=True)
class SparqlToken:
    """One token: its kind (a group of :data:`_DIAGNOSTIC_TOKENS`), its text, its character offset."""

    kind: str
    text: str
    start: int


def diagnostic_tokens(sparql: str) -> list[SparqlToken]:
    """The query's tokens with their offsets, white space and comments left out."""
    return [SparqlToken(m.lastgroup or "other", m.group(), m.start()) for m in _DIAGNOSTIC_TOKENS.finditer(sparql)
            if m.lastgroup not in ("ws", "comment")]


def line_column(text: str, offset: int) -> str:
    """``line:column`` of a character offset, both counted from 1 as Oxigraph counts them."""
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def _offset(text: str, line: int, column: int) -> int:
    start = 0
    for _ in range(line - 1):
        found = text.find("\n", start)
        if found < 0:
            return len(text)
        start = found + 1
    return min(len(text), start + max(column - 1, 0))


def _shown(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def closest_name(word: str, choices: Iterable[str], *, cutoff: float = 0.6) -> str | None:
    """The choice ``word`` most likely misspells: one with the same letters swapped first (rdsf: rdfs),
    else the closest by :func:`difflib.get_close_matches`; None when nothing is near."""
    options = sorted(set(choices))
    swapped = [c for c in options if sorted(c.lower()) == sorted(word.lower()) and c.lower() != word.lower()]
    if swapped:
        return swapped[0]
    by_case = {c.lower(): c for c in options}
    found = difflib.get_close_matches(word.lower(), list(by_case), n=1, cutoff=cutoff)
    return by_case[found[0]] if found else None


def _closest(word: str, choices: Iterable[str]) -> str | None:
    return closest_name(word.upper(), choices)


def explain_syntax_error(sparql: str, detail: str, prefixes: dict[str, str] | None = None) -> QueryError:
    """The one-line error for a query the parser refused: where (``line:column``), the token, and a hint.

    ``detail`` is the parser's own message (``error at 1:10: expected ...``); ``prefixes`` are the
    predeclared ones (default: kg's). Guarantee: the message is one line of at most a few hundred
    characters whatever ``detail`` holds, and it never lists character ranges.
    """
    known = dict(PREFIXES if prefixes is None else prefixes)
    tokens = diagnostic_tokens(sparql)
    hint = (_wrong_form(sparql, tokens) or _broken_iri(sparql, tokens) or _undeclared_prefix(sparql, tokens, known)
            or _slash_in_name(sparql, tokens, known) or _unknown_word(sparql, tokens) or _unbalanced(sparql, tokens))
    if hint is None:
        hint = _parser_says(sparql, tokens, detail)
    elif not _ERROR_AT.match(detail):  # another engine's words (a SPARQL server's): kept, on one line
        hint += f" ({' '.join(detail.split())[:200]})"
    elif said := _SERVER_SAID.search(detail):  # kg.store.RemoteStore names the server that refused the query
        hint += f" ({said.group(1)})"
    return invalid_sparql(hint)


def _wrong_form(sparql: str, tokens: list[SparqlToken]) -> str | None:
    """The first word after the prologue (PREFIX and BASE) must be a query form."""
    i = 0
    while i < len(tokens) and tokens[i].kind == "word" and tokens[i].text.upper() in ("PREFIX", "BASE"):
        i += 3 if tokens[i].text.upper() == "PREFIX" else 2
    if i >= len(tokens):
        return "the query is empty after its PREFIX and BASE lines; write SELECT, CONSTRUCT, ASK or DESCRIBE"
    first = tokens[i]
    word = first.text.upper()
    if first.kind == "word" and word in _QUERY_FORMS:
        return None
    if first.kind == "word" and word in _UPDATE_KEYWORDS:
        return (f"at {line_column(sparql, first.start)}, {_shown(first.text)}: {word} is an update form, and "
                "queries are read-only; change the store with kg build or kg remove")
    guess = _closest(first.text, list(_FORMS_IN_ORDER)) if first.kind == "word" else None
    return (f"at {line_column(sparql, first.start)}, {_shown(first.text)}: a query starts with SELECT, CONSTRUCT, "
            "ASK or DESCRIBE (after any PREFIX and BASE lines)" + (f"; did you mean {guess}?" if guess else ""))


def _broken_iri(sparql: str, tokens: list[SparqlToken]) -> str | None:
    """``<http://a b>``: a "<" that opens no IRI, right before a name (the tokenizer saw no IRI there)."""
    for i in range(len(tokens) - 1):
        opener, name = tokens[i], tokens[i + 1]
        if opener.text == "<" and name.kind in ("pname", "word") and name.start == opener.start + 1:
            end = sparql.find(">", opener.start)
            written = sparql[opener.start:end + 1] if end > 0 else sparql[opener.start:]
            return (f"at {line_column(sparql, opener.start)}, {_shown(written)}: not an IRI; an IRI has no spaces "
                    "and none of <>\"{}|^`\\ (write a space as %20)" + ("" if end > 0 else ", and ends with >"))
    return None


def _undeclared_prefix(sparql: str, tokens: list[SparqlToken], known: dict[str, str]) -> str | None:
    declared = dict(known)
    for i, token in enumerate(tokens):
        if token.kind == "word" and token.text.upper() == "PREFIX" and i + 1 < len(tokens) \
                and tokens[i + 1].kind == "pname":
            declared[tokens[i + 1].text.partition(":")[0]] = ""
    for i, token in enumerate(tokens):
        if token.kind != "pname" or (i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].text.upper() == "PREFIX"):
            continue
        prefix = token.text.partition(":")[0]
        if prefix not in declared:
            guess = closest_name(prefix, declared)
            return (f"at {line_column(sparql, token.start)}, {_shown(token.text)}: the prefix {prefix}: is not "
                    f"declared" + (f" (did you mean {guess}:?)" if guess else "")
                    + f"; kg predeclares {', '.join(p + ':' for p in known)}; declare others with "
                    f"PREFIX {prefix}: <IRI>")
    return None


def _unknown_word(sparql: str, tokens: list[SparqlToken]) -> str | None:
    for token in tokens:
        if token.kind == "word" and token.text.upper() not in SPARQL_KEYWORDS:
            guess = _closest(token.text, SPARQL_KEYWORDS - {"A"})
            return (f"at {line_column(sparql, token.start)}, {_shown(token.text)}: not a SPARQL keyword"
                    + (f"; did you mean {guess}?" if guess else "; names need a prefix (kg:name) or <IRI>, "
                       "variables a ? (?name)"))
    return None


def _slash_in_name(sparql: str, tokens: list[SparqlToken], known: dict[str, str]) -> str | None:
    """``kgid:entity/kim-jong-un``: a prefixed name ends at "/", which SPARQL reads as a property path."""
    for i in range(len(tokens) - 2):
        name, slash, rest = tokens[i], tokens[i + 1], tokens[i + 2]
        if name.kind == "pname" and slash.text == "/" and slash.start == name.start + len(name.text) \
                and rest.start == slash.start + 1 and (rest.kind == "word" and rest.text != "a"
                                                       or rest.kind == "number" or rest.text in "-."):
            end = rest.start
            while end < len(sparql) and not sparql[end].isspace() and sparql[end] not in "{}();,<>\"'":
                end += 1
            written = sparql[name.start:end].rstrip(".")
            prefix, _, local = written.partition(":")
            full = f"<{known[prefix]}{local}>" if prefix in known else "the full <IRI>"
            return (f"at {line_column(sparql, name.start)}, {_shown(written)}: a prefixed name cannot hold \"/\" "
                    f"(SPARQL reads it as a property path); write {full}, or escape it as "
                    f"{written.replace('/', chr(92) + '/')}")
    return None


def _unbalanced(sparql: str, tokens: list[SparqlToken]) -> str | None:
    open_: list[SparqlToken] = []
    for token in tokens:
        if token.kind != "other":
            continue
        if token.text in _OPENERS:
            open_.append(token)
        elif token.text in _OPENERS.values():
            if not open_ or _OPENERS[open_[-1].text] != token.text:
                return (f"at {line_column(sparql, token.start)}, {_shown(token.text)}: it closes nothing"
                        + (f" (the {open_[-1].text!r} at {line_column(sparql, open_[-1].start)} is still open)"
                           if open_ else ""))
            open_.pop()
    if open_:
        return (f"at {line_column(sparql, open_[-1].start)}, {_shown(open_[-1].text)}: never closed; "
                f"add {_OPENERS[open_[-1].text]!r}")
    return None


def _parser_says(sparql: str, tokens: list[SparqlToken], detail: str) -> str:
    """Oxigraph's own message, on one line, its character classes left out."""
    found = _ERROR_AT.match(detail)
    if not found:
        return " ".join(detail.split())[:300]
    line, column, said = int(found.group(1)), int(found.group(2)), found.group(3)
    offset = _offset(sparql, line, column)
    expected = [part.strip() for part in _CHAR_CLASS.sub("", said.removeprefix("expected one of ")
                                                             .removeprefix("expected ")).split(",")]
    expected = [part for part in expected if part and part != "Prefix not found"]
    at = next((t for t in tokens if t.start + len(t.text) > offset), None)
    before = [t for t in tokens if t.start + len(t.text) <= offset]
    where = (f"{_shown(at.text)}" if at is not None else "the end of the query"
             + (f" (after {_shown(before[-1].text)})" if before else ""))
    wanted = ", ".join(expected[:8]) + (" ..." if len(expected) > 8 else "")
    return f"at {line}:{column}, {where}: " + (f"the parser expected {wanted}" if wanted else "the parser stopped here")


def run_query(store: KGStore, sparql: str, *, max_rows: int | None = None) -> QueryResult:
    """Run a read-only SPARQL query over the union of all article graphs.

    Raises:
        QueryError: a syntax error (with its position), an update, SERVICE, or a FROM graph
            that is not in the store.
    """
    shape = check_read_only(sparql)
    if shape.is_update:
        raise QueryError(f"{shape.form} is an update, and queries are read-only; change the store with "
                         "kg build or kg remove (KnowledgeGraph.add, .remove)")
    check_dataset(shape, store)  # any KGStore: the embedded one or a SPARQL server
    try:
        # A query naming its dataset (FROM ...) gets exactly that dataset; Oxigraph ignores
        # FROM when the default graph is the union, so the union is only asked for without FROM.
        result = store.query(sparql, use_default_graph_as_union=not shape.dataset_iris)
    except SyntaxError as err:
        raise explain_syntax_error(sparql, str(err)) from err
    except OSError as err:
        raise query_failed(str(err)) from err
    if isinstance(result, (bool, QueryBoolean)):
        return QueryResult("ask", [], [], boolean=bool(result))
    if isinstance(result, QuerySolutions):
        variables = [v.value for v in result.variables]
        solutions, _more = take(result, max_rows)
        return QueryResult("select", variables, [[solution[v] for v in variables] for solution in solutions])
    if isinstance(result, QueryTriples):
        triples, _more = take(result, max_rows)
        return QueryResult("construct", ["subject", "predicate", "object"],
                           [[t.subject, t.predicate, t.object] for t in triples])
    raise QueryError(f"unexpected query result {type(result).__name__}")


__all__ = ["GRAPH_RESULT_NOTE", "OUTPUT_FORMATS", "OutputFormat", "QueryResult", "QueryResultsFormat", "QueryShape", "analyse_query", "check_dataset",
           "SparqlToken", "check_graph_iri", "check_read_only", "closest_name", "compact", "diagnostic_tokens",
           "explain_syntax_error", "line_column", "run_query"]
