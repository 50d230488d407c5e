"""Each upstream seam fails closed: where the markup a theme or extension writes is not what
kb/content/material_markup.py expects (for the versions in its UPSTREAM), the build stops and
says what it expected and where; it never passes with the feature quietly gone.

Each test builds a small project whose configuration makes the extension write other markup,
as a new release might:
- the article wrapper (Material): tests/build/test_whole_page_safety.py, a theme override that
  renames the article's class, with an unsafe image planted in a page;
- the task-list items (pymdownx.tasklist without its custom checkbox): the checklists would be
  lost;
- the search index's input (the toc extension's permalink under another class): the index would
  show the permalink's sign in each heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.content import material_markup
from kb.languages import LANGUAGES
from kb.local_site import build_site
from tests.support.projects import small_project
from tests.support.site import made_once

# Slow: it builds projects of its own. `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

SITE_URL = "http://127.0.0.1:8000/"
PAGE = (
    "---\ntitle: A page\ndescription: A page.\ntags:\n  - it\n---\n\nText.\n\n"
    "## Before you start\n\n- [ ] Agree the goal\n- [ ] Name an owner\n"
)
# Options of mkdocs.yml as they are, and as a project (or a new release) might change them.
CHANGED = {
    "task list": ("      custom_checkbox: true\n", "      custom_checkbox: false\n"),
    "section heading": ("      permalink: true\n", "      permalink: true\n      permalink_class: kb-anchor\n"),
}
EXPECTED = {
    "task list": (
        "docs/en/page.md: the Markdown has 2 task-list items, the HTML 0 in the form pymdownx.tasklist "
        f"(pymdown-extensions {material_markup.UPSTREAM['pymdown-extensions']}) writes them, "
        f"{material_markup.TASK_LIST_ITEM_FORM!r}: the extension's markup changed"
    ),
    "section heading": (
        "docs/en/page.md: the heading 'Before you start¶' has no permalink: "
        '\'<h2 id="before-you-start">Before you start<a class="kb-anchor" href="#before-you-start"',
        f"is not in the form the toc extension (Markdown {material_markup.UPSTREAM['markdown']}, permalink: true) "
        f"writes, {material_markup.SECTION_HEADING_FORM!r}, so the search index would show the permalink's sign",
    ),
}


@pytest.fixture(scope="session", params=list(CHANGED))
def changed_markup(request: pytest.FixtureRequest) -> tuple[str, str, str]:
    """(seam, return code, log) of a strict build with that seam's markup changed."""
    seam = request.param

    def make(folder: Path) -> None:
        project = small_project(folder / "project", ["page.md"])
        for lang in LANGUAGES:
            (project / "docs" / lang / "page.md").write_text(PAGE, encoding="utf-8")
        config = project / "mkdocs.yml"
        before, after = CHANGED[seam]
        text = config.read_text(encoding="utf-8")
        assert text.count(before) == 1, f"mkdocs.yml no longer says {before!r}"
        config.write_text(text.replace(before, after), encoding="utf-8")
        result = build_site(project, folder / "site", SITE_URL)
        (folder / "returncode").write_text(str(result.returncode))
        (folder / "log").write_text(result.stdout + result.stderr, encoding="utf-8")

    folder = made_once(f"seam-{seam.replace(' ', '-')}", make)
    return seam, (folder / "returncode").read_text(), (folder / "log").read_text(encoding="utf-8")


def test_changed_markup_stops_the_build_saying_what_was_expected_and_where(
    changed_markup: tuple[str, str, str],
) -> None:
    seam, returncode, log = changed_markup
    assert returncode != "0", f"the build passed with the {seam} markup changed:\n{log}"
    assert "Traceback" not in log, log
    expected = EXPECTED[seam]
    for part in expected if isinstance(expected, tuple) else (expected,):
        assert part in log, log
    assert "scripts/kb/content/material_markup.py" in log, log


def test_the_unchanged_markup_builds(tmp_path: Path) -> None:
    """The same page with mkdocs.yml's own options builds: the seams stop changed markup only."""
    project = small_project(tmp_path / "project", ["page.md"])
    for lang in LANGUAGES:
        (project / "docs" / lang / "page.md").write_text(PAGE, encoding="utf-8")
    result = build_site(project, tmp_path / "site", SITE_URL)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (tmp_path / "site" / "page" / "index.html").read_text(encoding="utf-8")
    assert page.count('class="kb-item-text"') == 2 and 'id="before-you-start"' in page
