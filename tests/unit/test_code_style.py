"""The project's Python passes ruff with the settings in pyproject.toml, as `make check` runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kb.project import ROOT

RUFF = Path(sys.executable).with_name("ruff")
PYTHON_CODE = ["scripts", "tests"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_passes(command: list[str]) -> None:
    result = subprocess.run([str(RUFF), *command, *PYTHON_CODE], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_reports_a_planted_problem(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text("import os\n")
    result = subprocess.run(
        [str(RUFF), "check", "--config", str(ROOT / "pyproject.toml"), str(planted)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "F401" in result.stdout
