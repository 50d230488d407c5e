"""The Makefile hands PAGE and TITLE to the contributors' tool exactly as typed: nothing in
them is run by the shell or expanded by make, and quotes stay. `-o setup` skips the setup
the suite has already done; KB is swapped for a command that shows what the tool was given."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb.content.pages import read_page
from kb.project import ROOT

SHOW_ARGUMENTS = f"{sys.executable} -c 'import json, sys; print(json.dumps(sys.argv[1:]))'"
TITLES = [
    "Costs in $(id -un)",
    "Costs in `id -un`; touch pwned",
    "The \"quoted\" O'Brien's $HOME",
    "Costs $$ and ${PATH} \\n done",
]


def make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-s", "-o", "setup", "-C", str(ROOT), *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("title", TITLES)
def test_new_page_gets_the_title_and_page_exactly_as_typed(title: str) -> None:
    result = make("new-page", "PAGE=tools/$(id -un)", f"TITLE={title}", f"KB={SHOW_ARGUMENTS}")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["new-page", "tools/$(id -un)", "--title", title]


def test_stamp_gets_the_page_exactly_as_typed() -> None:
    result = make("stamp", "PAGE=docs/fa/'$(id -un)'.md", f"KB={SHOW_ARGUMENTS}")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["stamp", "docs/fa/'$(id -un)'.md"]


@pytest.mark.parametrize("args", [["new-page", "PAGE=tools/x"], ["new-page", "TITLE=X"], ["stamp"]])
def test_a_missing_argument_prints_the_usage(args: list[str]) -> None:
    result = make(*args, f"KB={SHOW_ARGUMENTS}")
    assert result.returncode == 2 and result.stdout.startswith("usage: make "), result.stdout + result.stderr


def test_a_title_with_quotes_reaches_the_new_page(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    tool = f"{sys.executable} -m kb --docs {tmp_path / 'docs'} --config {tmp_path / 'mkdocs.yml'}"
    title = 'Costs in $(id -un): the "real" owner\'s view'
    result = make("new-page", "PAGE=tools/webinars", f"TITLE={title}", f"KB={tool}")
    assert result.returncode == 0, result.stderr
    assert read_page(tmp_path / "docs" / "en" / "tools" / "webinars.md").meta["title"] == title
