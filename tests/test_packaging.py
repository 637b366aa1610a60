"""A newcomer's install: what the README says to run is what CI runs, and HTML ingest is declared."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup_commands() -> list[str]:
    """The commands of the README's "Set up" block, without their comments."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Set up\n.*?```sh\n(.*?)```", readme, re.S)
    assert block, "README.md has no sh block under ## Set up"
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_ci_runs_the_readme_set_up_commands_in_order() -> None:
    commands = _setup_commands()
    assert commands == ["pip install . && kg build seeds/", 'pip install ".[test]" && pytest']
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --upgrade pip" not in ci and "pip install -U pip" not in ci
    lines = [line.strip() for line in ci.splitlines()]
    first = lines.index(commands[0])  # verbatim
    second = next(i for i, line in enumerate(lines) if line.replace(" -q", "") == commands[1])
    assert first < second


def test_html_ingest_does_not_rely_on_an_extra_old_pips_cannot_resolve() -> None:
    """trafilatura -> justext imports lxml.html.clean, split out of lxml 5.2 into lxml_html_clean; pip 23.2
    (Python 3.11's venv) does not install it through justext's lxml[html_clean], so kg declares it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [re.split(r"[<>=!~\[; ]", dependency, maxsplit=1)[0].lower().replace("-", "_")
             for dependency in project["dependencies"]]
    assert "lxml_html_clean" in names and "trafilatura" in names


def test_the_cluster_extra_brings_dask_and_ci_gets_it_through_the_test_extra() -> None:
    """``kg build --cluster`` needs Dask distributed (the ``cluster`` extra); CI installs ``.[test]``, which must
    bring it too, since tests/reliability/test_cluster.py starts a real scheduler and workers."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert extras["cluster"] == ["distributed>=2024.1"]
    assert set(extras["cluster"]) <= set(extras["test"])
