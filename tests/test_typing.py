"""The package type-checks: ``mypy kg`` under the strict settings of pyproject.toml."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_strict_is_clean(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        if not os.environ.get("CI"):
            pytest.skip("mypy is not installed (a test extra: pip install '.[test]'); in CI this fails")
        pytest.fail("mypy is not installed in CI; it is a test extra: pip install '.[test]'")
    # a throwaway cache: the run neither writes into the checkout nor trusts a stale cache
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "kg", "--cache-dir", str(tmp_path / "mypy-cache")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, f"mypy kg failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
