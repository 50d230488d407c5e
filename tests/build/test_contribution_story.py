"""The contribution loop as a contributor lives it, through the Makefile's own commands.

A repository is made from this one's files (what `git add -A` would commit). An English-only
change adds a section and a checklist item to a checklist page: `make check` passes, the
Arabic and Persian pages it built carry the stale notice, and `make status` lists both. Then
the Persian translator brings the page up to date and `make stamp` records it: Persian is
current again, `make check` still passes (parity now holds between Persian and English) and
the rebuilt Persian page has no notice, while the Arabic page stays stale.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.content.translations import STALE, STATES, UP_TO_DATE
from kb.languages import TRANSLATED_LANGUAGES
from tests.support.git import git
from tests.support.projects import copy_of_project
from tests.support.site import built_file

# Slow: it copies the project into a git repository and runs `make check` there twice.
# `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

PAGE = "checklists/tool-adoption.md"
FIRST_ITEM = "- [ ] Describe the marketing goal"
ENGLISH = ("- [ ] Ask who owns the data export.", "## After launch\n\nReview the tool after three months.\n")
PERSIAN = ("- [ ] بپرسید مسئولیت خروجی داده‌ها با کیست.", "## پس از راه‌اندازی\n\nابزار را پس از سه ماه بازبینی کنید.\n")


def make(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`make` as a contributor types it, with this session's installed tools: the virtual
    environment is this one (never reinstalled) and `kb` is imported from the project's copy."""
    venv = Path(sys.prefix)
    never_reinstall = ["-o", f"{venv}/.installed", "-o", "node_modules/.installed"]
    env = {**os.environ, "PYTHONPATH": str(project / "scripts")}
    return subprocess.run(
        ["make", "--no-print-directory", f"VENV={venv}", *never_reinstall, *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def succeeds(project: Path, *args: str) -> str:
    result = make(project, *args)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"make {' '.join(args)} failed:\n{output}"
    assert "Traceback" not in output, output
    return output


def add_after_first_item(path: Path, item: str, section: str) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    first = next(index for index, line in enumerate(lines) if line.startswith("- [ ] "))
    lines.insert(first + 1, item + "\n")
    path.write_text("".join(lines) + "\n" + section, encoding="utf-8")


def notice(project: Path, lang: str) -> str | None:
    html = BeautifulSoup(built_file(project / "site", lang, PAGE).read_text(encoding="utf-8"), "html.parser")
    box = html.select_one(".md-content .kb-translation-notice")
    return None if box is None else str(box["data-kb-translation"])


def status_line(output: str, lang: str) -> str:
    """The line for PAGE under the heading `... (docs/<lang>): ...` of `kb status`."""
    section = output.split(f"(docs/{lang})", 1)[1].split("\n\n", 1)[0]
    rows = (re.match(rf"\s+({'|'.join(STATES)})\s+(\S+)", line) for line in section.splitlines())
    return next(row[1] for row in rows if row and row[2] == PAGE)


def test_an_english_only_pull_request_then_a_translation(tmp_path: Path) -> None:
    project = copy_of_project(tmp_path / "kb")

    add_after_first_item(project / "docs/en" / PAGE, *ENGLISH)
    git(project, "commit", "-qam", "English only: a checklist item and a section")
    succeeds(project, "check")
    assert notice(project, "en") is None
    for lang in TRANSLATED_LANGUAGES:
        assert notice(project, lang) == "stale", f"the built {lang} page must say it is stale"
    status = succeeds(project, "status")
    assert [status_line(status, lang) for lang in TRANSLATED_LANGUAGES] == [STALE, STALE], status

    refused = make(project, "stamp", f"PAGE=docs/fa/{PAGE}")
    assert refused.returncode != 0 and "has not changed since its English page did" in refused.stderr

    add_after_first_item(project / "docs/fa" / PAGE, *PERSIAN)
    assert f"stamped docs/fa/{PAGE}" in succeeds(project, "stamp", f"PAGE=docs/fa/{PAGE}")
    succeeds(project, "check")
    assert notice(project, "fa") is None and notice(project, "ar") == "stale"
    status = succeeds(project, "status")
    assert [status_line(status, lang) for lang in ("ar", "fa")] == [STALE, UP_TO_DATE], status
