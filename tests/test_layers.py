"""The package's layers and its lack of import circles, as [tool.importlinter] in pyproject.toml says.

``lint-imports`` (import-linter) reads every import, lazy ones inside functions included, so a new
upward import or circle fails here, not in review.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert command, "lint-imports is missing: pip install '.[test]' (import-linter)"
    result = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_every_module_says_what_it_must_not_import() -> None:
    """Each module opens with a docstring that says what it owns and what it must not import."""
    missing = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() in ("kg/__init__.py", "kg/__main__.py"):
            continue
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        if not re.search(r"must not (import|be imported)", doc, flags=re.I):
            missing.append(path.relative_to(ROOT).as_posix())
    assert not missing, missing


def test_every_top_level_module_has_a_layer() -> None:
    """A module the layers contract does not name is not checked by it: each must be placed."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (layers,) = [c["layers"] for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    package = ROOT / "kg"
    children = {f"kg.{p.stem}" for p in package.glob("*.py") if p.stem != "__init__"}
    children |= {f"kg.{p.name}" for p in package.iterdir() if (p / "__init__.py").is_file()}
    assert children == placed, (children - placed, placed - children)
