"""Ticks on an Arabic or Persian checklist stay on the same items when the English page
gains, loses, rewords or reorders items before the translation catches up, and after it
does (kb/content/checklist_ids.py; CONTRIBUTING.md, "Checklists").

One small project (a home page and one copy of a checklist per kind of edit, in git, every
translation stamped) is built; two items are ticked on each Persian checklist; each
English copy gets its kind of edit, the site is rebuilt, and the same Persian items must be
ticked under the stale notice; then each Persian copy gets the same edit and a stamp, and
after a third build the ticks are checked again. Three builds for the four cases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kb.languages import LANGUAGES
from kb.local_site import build_site, free_port, serve
from tests.support.browser import RecordedPage
from tests.support.git import git
from tests.support.projects import copy_page, kb, small_project

CHECKLIST = "checklists/tool-adoption.md"  # copied once per kind of edit
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


def page_of(kind: str) -> str:
    return f"checklists/{kind}.md"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The small project, committed and stamped, served (not built yet) on a port of its own."""
    project = small_project(tmp_path / "project", [page_of(kind) for kind in EDITS])
    for kind in EDITS:
        copy_page(project, CHECKLIST, page_of(kind))
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


def test_ticks_stay_on_their_items_while_a_translation_is_stale_and_after(
    browser: Any, project: tuple[Path, str]
) -> None:
    root, url = project
    persian = {kind: url + LANGUAGES["fa"].root + page_of(kind).removesuffix(".md") + "/" for kind in EDITS}
    rebuild(root, url)
    recorded = RecordedPage(browser, url)
    try:
        before = {}
        for kind, address in persian.items():
            recorded.open(address)
            texts = recorded.page.locator(".kb-checklist").first.locator(".kb-item-text")
            for position in TICKED:
                texts.nth(position).click()
            before[kind] = ticked_items(recorded.page)
            assert len(before[kind]) == len(TICKED)

        for kind, edit in EDITS.items():  # English only
            edit_first_checklist(root / "docs/en" / page_of(kind), edit("en"))
        git(root, "commit", "-qam", "English edits")
        rebuild(root, url)
        for kind, address in persian.items():
            recorded.open(address)
            assert recorded.page.locator("[data-kb-translation=stale]").count() == 1, kind
            assert ticked_items(recorded.page) == before[kind], f"English {kind}: the stale Persian page lost its ticks"

        for kind, edit in EDITS.items():  # the translator catches up
            edit_first_checklist(root / "docs/fa" / page_of(kind), edit("fa"))
            assert kb(root, "stamp", f"docs/fa/{page_of(kind)}") == 0
        rebuild(root, url)
        for kind, address in persian.items():
            recorded.open(address)
            assert recorded.page.locator("[data-kb-translation]").count() == 0, kind
            after = ticked_items(recorded.page)
            if kind == "reword":  # a reworded item is a new item: its tick is dropped, the other stays
                assert after == before[kind][1:], kind
            else:
                assert after == before[kind], f"after the Persian {kind}, ticks moved"
        assert not recorded.problems, "\n".join(recorded.problems)
    finally:
        recorded.context.close()
