"""kg/errors.py is the only source of error codes: each defined once, in order, each class documented."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import kg.errors as errors

ROOT = Path(__file__).resolve().parent.parent
CODE = re.compile(r"\bKG\d{3}\b")


def _classes() -> list[type[errors.KGError]]:
    return [c for _, c in inspect.getmembers(errors, inspect.isclass)
            if issubclass(c, errors.KGError) and c.__module__ == errors.__name__]


def test_each_code_is_defined_once_in_order_with_a_docstring() -> None:
    source = (ROOT / "kg" / "errors.py").read_text(encoding="utf-8")
    defined = re.findall(r'^    code = "(KG\d{3})"$', source, flags=re.M)
    assert len(defined) == len(set(defined)), "a code is defined twice"
    assert defined == sorted(defined), "the classes are not in code order"
    assert {c.code for c in _classes()} == set(defined)
    undocumented = [c.__name__ for c in _classes() if not (c.__doc__ or "").strip()]
    assert not undocumented


def test_the_module_docstring_lists_every_class_and_code() -> None:
    doc = errors.__doc__ or ""
    for cls in _classes():
        assert re.search(rf"\b{cls.__name__}\b.*\b{cls.code}\b", doc), cls.__name__


def test_no_other_module_writes_a_code() -> None:
    """A code anywhere else in the package (a message with its own "[KG080]") is a second error path."""
    defined = {c.code for c in _classes()}
    elsewhere = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        if path.name == "errors.py" and path.parent.name == "kg":
            continue
        found = CODE.findall(path.read_text(encoding="utf-8"))
        if found:
            elsewhere[str(path.relative_to(ROOT))] = found
    assert not elsewhere, elsewhere
    # the codes the tests, README and benchmarks expect all exist
    for path in [*ROOT.joinpath("tests").rglob("*.py"), ROOT / "README.md", *ROOT.joinpath("bench").rglob("*.py")]:
        assert set(CODE.findall(path.read_text(encoding="utf-8"))) <= defined | {"KG000"}, path


def test_helpers_return_their_class() -> None:
    assert isinstance(errors.query_out_of_memory(200), errors.QueryOutOfMemoryError)
    assert errors.query_out_of_memory(200).status == 503
    refused = errors.refused("no", status=405, headers={"Allow": "GET"})
    assert (refused.status, refused.headers, str(refused)) == (405, {"Allow": "GET"}, "[KG080] no")
    assert errors.EndpointError("x").status == 400 and errors.UpdateRefusedError("x").status == 403
    assert str(errors.not_acceptable("text/x", "a, b")).startswith("[KG085] cannot write the result as text/x")


def test_every_error_pickles_as_it_is() -> None:
    """An article's error comes back from a ``kg build --jobs N`` worker process pickled: same class,
    message, code and attributes (``__init__`` is not run again, its arguments differ per class)."""
    import pickle

    cases = [errors.InputError("a.txt", "no text"), errors.over_budget("b.txt", 31.0, 20.0),
             errors.graph_closed(), errors.EndpointBusyError("all workers busy")]
    for error in cases:
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error) and back.__dict__ == error.__dict__
    assert pickle.loads(pickle.dumps(cases[0])).source == "a.txt"
