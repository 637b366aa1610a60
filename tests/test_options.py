"""The options of a view and of the endpoint are defined once (ViewOptions, ServeOptions) and used everywhere."""

from __future__ import annotations

import dataclasses
import inspect

import pytest
from typer.main import get_command

from kg.cli import app
from kg.graph import KnowledgeGraph
from kg.query.server import ServeOptions, make_server
from kg.viz.views import ViewOptions, visualize


def _flags(command: str) -> set[str]:
    click_command = get_command(app).commands[command]  # type: ignore[attr-defined]
    return {name for param in click_command.params for name in param.opts}


def test_kg_viz_has_a_flag_for_every_view_option() -> None:
    flags = _flags("viz")
    for field in dataclasses.fields(ViewOptions):
        if field.name == "title":
            continue  # kg viz titles the page after --focus
        flag = field.metadata.get("flag", "").split("/")[0] or "--" + field.name.replace("_", "-")
        flag = "--predicate" if field.name == "predicates" else flag
        assert flag in flags, field.name
        assert field.metadata["help"]


def test_kg_serve_has_a_flag_for_every_serve_option() -> None:
    flags = _flags("serve")
    assert {"--" + f.name.replace("_", "-") for f in dataclasses.fields(ServeOptions)} <= flags


def test_the_api_takes_the_dataclass_or_its_fields_and_nothing_else() -> None:
    for function in (KnowledgeGraph.visualize, visualize, make_server):
        parameters = inspect.signature(function).parameters
        assert "options" in parameters and any(p.kind is p.VAR_KEYWORD for p in parameters.values())
        assert not {f.name for f in dataclasses.fields(ViewOptions)} & set(parameters)
        assert not {f.name for f in dataclasses.fields(ServeOptions)} & set(parameters) - {"store"}
    assert ViewOptions().but(hops=1).hops == 1
    with pytest.raises(TypeError):
        ViewOptions().but(hop=1)


def test_serve_options_refuse_limits_that_are_not_positive() -> None:
    from kg.errors import UsageError

    with pytest.raises(UsageError, match=r"^\[KG090\] --max-rows must be positive, not 0"):
        ServeOptions(max_rows=0).check()
