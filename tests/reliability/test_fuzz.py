"""Hypothesis fuzzing of the readers and the SPARQL guard: whatever comes in, one clear line or a result,
never an exception out of the batch and never a crash of the query engine."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError, QueryError, QueryTooDeepError
from kg.ingest import read_articles
from kg.query.sparql import MAX_NESTING, check_read_only

#: fuzzing draws hundreds of inputs: CI runs it, the fast tier for quick edits does not
pytestmark = pytest.mark.slow
from kg.types import Article

CONTENT = st.one_of(
    st.binary(max_size=3_000),
    st.text(max_size=3_000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from(['{"id": 1, "text": "x"}', '{"id": "a\\u001b[31m", "text": "y"}', "{", "[]", "",
                              '{"id": "b", "text": 3}', "<html><p>Hi</p></html>", "\x00", "\ufeff"]),
             max_size=8).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".html", ".htm", ".jsonl", ".pdf", ""]), CONTENT),
                      min_size=1, max_size=4))
def test_readers_yield_articles_or_one_line_errors_for_any_bytes(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, (suffix, data) in enumerate(files):
            path = Path(folder) / f"f{number}{suffix}"
            path.write_bytes(data)
            paths.append(path)
        items = list(read_articles([folder, *map(str, paths)]))  # never raises
    for item in items:
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert str(item).startswith(("[KG001] ", "[KG002] ")) and folder in item.source
        else:
            assert item.text.strip() and all(c.isprintable() for c in item.id)


QUERY_PARTS = st.sampled_from(["{", "}", "(", ")", "[", "]", "SELECT", "*", "WHERE", "?s", "?p", "?o", " ", ".",
                               "SERVICE", "<http://x>", '"{"', "# {\n", "FILTER", "1", "+", "ASK", "OPTIONAL"])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(QUERY_PARTS, max_size=60), depth=st.integers(min_value=0, max_value=3 * MAX_NESTING))
def test_the_sparql_guard_refuses_deep_nesting_before_the_engine_sees_it(parts: list[str], depth: int) -> None:
    query = "SELECT * WHERE " + "{" * depth + " ".join(parts) + "}" * depth
    if depth > MAX_NESTING:
        with pytest.raises(QueryTooDeepError, match=r"^\[KG031\] the query nests") as caught:
            check_read_only(query)
        assert "\n" not in str(caught.value)
        return
    try:
        shape = check_read_only(query)
    except QueryTooDeepError:
        assert max(depth + 1, len(parts)) > MAX_NESTING // 4  # only the parts' own brackets could get there
        return
    except QueryError as error:
        assert str(error).startswith("[KG030]")
        return
    assert shape.depth <= MAX_NESTING
    try:  # what passed the guard is safe for Oxigraph to parse: an answer or a syntax error, no crash
        pyoxigraph.Store().query(query)
    except (SyntaxError, ValueError, OSError, RuntimeError):
        pass
