"""Ticks on an Arabic or Persian checklist stay on the same items when the English page
gains, loses, rewords or reorders items before the translation catches up, and after it
does (kb/content/checklist_ids.py; CONTRIBUTING.md, "Checklists").

Each case builds a small project of its own (a home page and one checklist, in git, every
translation stamped), ticks two items on the Persian page, changes only the English page,
rebuilds, and checks the same Persian items are ticked under the stale notice; then
updates the Persian page the same way, stamps it, rebuilds and checks again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kb.cli import main as kb_main
from kb.languages import LANGUAGES
from kb.local_site import build_site, free_port, serve
from kb.project import DOCS
from tests.support.browser import RecordedPage
from tests.support.git import git
from tests.support.projects import small_project

PAGE = "checklists/tool-adoption.md"
NEW_ITEM = {"en": "Ask who owns the data export.", "fa": "بپرسید خروجی داده‌ها با کیست."}
REWORDED = {
    "en": "Check first whether a tool the company already pays for can do the job.",
    "fa": "نخست بررسی کنید آیا ابزاری که شرکت هزینه‌اش را می‌پردازد از پس کار برمی‌آید.",
}
TICKED = (1, 3)  # positions in the first checklist


def items_of(text: str) -> list[int]:
    """Line indexes of the first checklist's items."""
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("- [ ] "))
    end = next((i for i in range(first, len(lines)) if not lines[i].startswith("- [ ] ")), len(lines))
    return list(range(first, end))


def edit_first_checklist(path: Path, change: Callable[[list[str], list[int]], None]) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    change(lines, items_of("\n".join(lines)))
    path.write_text("\n".join(lines), encoding="utf-8")


def insert(lang: str) -> Callable[[list[str], list[int]], None]:
    return lambda lines, items: lines.insert(items[0], f"- [ ] {NEW_ITEM[lang]}")


def remove(lang: str) -> Callable[[list[str], list[int]], None]:
    return lambda lines, items: lines.pop(items[0])


def reword(lang: str) -> Callable[[list[str], list[int]], None]:
    def change(lines: list[str], items: list[int]) -> None:
        lines[items[1]] = f"- [ ] {REWORDED[lang]}"

    return change


def reorder(lang: str) -> Callable[[list[str], list[int]], None]:
    def change(lines: list[str], items: list[int]) -> None:
        lines[items[0]], lines[items[1]] = lines[items[1]], lines[items[0]]

    return change


EDITS = {"insert": insert, "remove": remove, "reword": reword, "reorder": reorder}


def kb(project: Path, *args: str) -> int:
    return kb_main(["--docs", str(project / "docs"), "--config", str(project / "mkdocs.yml"), *args])


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The small project, committed and stamped, served (not built yet) on a port of its own."""
    project = small_project(tmp_path / "project", [PAGE])
    for lang in LANGUAGES:
        (project / "docs" / lang / "checklists").mkdir()
        text = (DOCS / lang / PAGE).read_text(encoding="utf-8")
        text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)  # no links to pages this project lacks
        (project / "docs" / lang / PAGE).write_text(text, encoding="utf-8")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "small site")
    assert kb(project, "stamp", "--all", "--force") == 0
    git(project, "commit", "-qam", "stamp")
    with serve(project / "site", free_port()) as url:
        yield project, url


def rebuild(project: Path, url: str) -> None:
    result = build_site(project, project / "site", url)
    assert result.returncode == 0, result.stdout + result.stderr


def ticked_items(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        ".kb-checklist [data-kb-item]",
        "items => items.filter(i => i.querySelector('input').checked).map(i => i.textContent.trim())",
    )


@pytest.mark.parametrize("kind", EDITS)
def test_ticks_stay_on_their_items_while_a_translation_is_stale_and_after(
    browser: Any, project: tuple[Path, str], kind: str
) -> None:
    root, url = project
    persian_page = url + LANGUAGES["fa"].root + PAGE.removesuffix(".md") + "/"
    rebuild(root, url)
    recorded = RecordedPage(browser, url)
    try:
        recorded.open(persian_page)
        texts = recorded.page.locator(".kb-checklist").first.locator(".kb-item-text")
        for position in TICKED:
            texts.nth(position).click()
        before = ticked_items(recorded.page)
        assert len(before) == len(TICKED)

        edit_first_checklist(root / "docs/en" / PAGE, EDITS[kind]("en"))  # English only
        git(root, "commit", "-qam", f"English: {kind}")
        rebuild(root, url)
        recorded.reload()
        assert recorded.page.locator("[data-kb-translation=stale]").count() == 1
        assert ticked_items(recorded.page) == before, f"English {kind}: the stale Persian page lost its ticks"

        edit_first_checklist(root / "docs/fa" / PAGE, EDITS[kind]("fa"))  # the translator catches up
        assert kb(root, "stamp", f"docs/fa/{PAGE}") == 0
        rebuild(root, url)
        recorded.reload()
        assert recorded.page.locator("[data-kb-translation]").count() == 0
        after = ticked_items(recorded.page)
        if kind == "reword":  # a reworded item is a new item: its tick is dropped, the other stays
            assert after == before[1:]
        else:
            assert after == before, f"after the Persian {kind}, ticks moved"
    finally:
        recorded.context.close()
