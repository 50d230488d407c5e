"""Builds in this process (kb.local_site.build_in_process, what the other build tests use) are
the builds `mkdocs build` makes: two projects built one after another in one process, the
second failing inside static-i18n's Arabic build, then the first again, give the same files,
byte for byte, and the same log and exit status as the command run for each, and leave the
process as they found it (environment, working directory, loggers, MkDocs' clean_directory).

The time of day in a page that git does not know (the build's own start) is the one part left
out of the comparison. Each site folder starts with a stale file, which the command removes:
a build after a failed one must still clean its folder (static-i18n replaces MkDocs'
clean_directory during its language builds and does not put it back when one of them fails).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import mkdocs.utils
import pytest

from kb.languages import LANGUAGES
from kb.local_site import build_site
from tests.support.projects import copy_page, small_project

# Slow: it builds fixture projects in a new process and in this one.
# `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

SITE_URL = "http://127.0.0.1:8000/"
STALE = "stale.html"
# name -> (pages copied from the site, a page that fails the strict Arabic build or None)
PROJECTS = {
    "checklist, figure and glossary": (
        ["checklists/tool-adoption.md", "why-it-matters/every-company-is-a-tech-company.md", "tools/seo.md"],
        None,
    ),
    "broken in Arabic": ([], "---\ntitle: Page\ndescription: A page.\ntags:\n  - it\n---\n\n[Gone](gone.md)\n"),
}
# In this process: each project, then the first again (after the failed build, into a used folder).
IN_PROCESS = [*PROJECTS, next(iter(PROJECTS))]
FINE_PAGE = "---\ntitle: Page\ndescription: A page.\ntags:\n  - it\n---\n\nText.\n"


def project(folder: Path, name: str) -> Path:
    sources, broken = PROJECTS[name]
    made = small_project(folder / "project", [*sources, *(["page.md"] if broken else [])])
    for source in sources:
        copy_page(made, source)
    for lang in LANGUAGES if broken else ():
        (made / "docs" / lang / "page.md").write_text(broken if lang == "ar" else FINE_PAGE, encoding="utf-8")
    return made


# The time of day of a page git does not know is the build's start (revision_date.py): the one
# part of a page that differs from build to build. Its date is compared.
BUILD_TIME = re.compile(rb'(class="kb-revision-date" title=")[^"]*"')


def files(site: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(site)): BUILD_TIME.sub(rb'\1(the build\'s time)"', path.read_bytes())
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def log(text: str, site: Path) -> str:
    return re.sub(r"built in [0-9.]+ seconds", "built in N seconds", text.replace(str(site), "SITE"))


def process_state() -> tuple[object, ...]:
    loggers = [logging.getLogger(name) for name in ("", "mkdocs", "mkdocs.commands.build")]
    return (
        dict(os.environ),
        os.getcwd(),
        mkdocs.utils.clean_directory,
        *((logger.level, logger.propagate, list(logger.handlers), list(logger.filters)) for logger in loggers),
    )


def build(project: Path, site: Path, new_process: bool) -> tuple[int, str, dict[str, bytes]]:
    site.mkdir(parents=True)
    (site / STALE).write_text("from an earlier build\n", encoding="utf-8")
    result = build_site(project, site, SITE_URL, new_process=new_process)
    return result.returncode, log(result.stdout + result.stderr, site), files(site)


def test_builds_in_one_process_equal_the_command_for_each(tmp_path: Path) -> None:
    projects = {name: project(tmp_path / f"project-{number}", name) for number, name in enumerate(PROJECTS)}
    command = {
        name: build(folder, tmp_path / "command" / str(number), True)
        for number, (name, folder) in enumerate(projects.items())
    }
    before = process_state()
    in_process = [
        build(projects[name], tmp_path / "in-process" / str(number), False) for number, name in enumerate(IN_PROCESS)
    ]
    assert process_state() == before, "a build left the process changed"
    assert [code for code, _, _ in command.values()] == [0, 1], [text for _, text, _ in command.values()]
    broken = command["broken in Arabic"][1]
    assert "docs/ar/page.md" in broken and "gone.md" in broken, broken
    for name, (code, text, built) in zip(IN_PROCESS, in_process, strict=True):
        expected_code, expected_text, expected = command[name]
        assert (code, text) == (expected_code, expected_text), f"{name}:\n{expected_text}\n---\n{text}"
        assert STALE not in expected and len(expected) > 20, sorted(expected)
        differ = sorted(path for path in expected.keys() | built.keys() if expected.get(path) != built.get(path))
        assert not differ, f"{name}: files differ: {differ[:10]}"
