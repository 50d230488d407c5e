"""A long page costs work in proportion to its length: the build found the heading above each
of 4,000 checklists by searching the page from the top again (65 s for one page), and
`kb check` worked out every heading ID of a page again for each link to one of them (28 s for
2,000). These tests count the work instead of timing it; the figures are in
`python -m kb.bench.large_pages`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import kb.checks.content as content
from kb.bench.large_pages import checklist_page, heading_page, letters
from kb.content.pages import read_page
from kb.markdown import checklists


class CountingPattern:
    """A compiled pattern that counts the searches made with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def __getattr__(self, name: str) -> Any:
        self.searches += 1
        return getattr(self.pattern, name)


@pytest.mark.parametrize("lists", [10, 200])
def test_the_headings_are_read_once_however_many_checklists(lists: int) -> None:
    counting = CountingPattern(checklists.HEADING)
    checklists.HEADING = counting
    html = "".join(
        f'<h2 id="p{n}">Part {letters(n)}</h2>\n<ul class="task-list">\n<li class="task-list-item">'
        '<label class="task-list-control"><input type="checkbox" disabled>'
        f'<span class="task-list-indicator"></span></label> Item {letters(n)}</li>\n</ul>\n'
        for n in range(lists)
    )
    rendered = checklists.render_lists(html, "tools/big.md", "en", None)
    assert rendered.count('class="kb-checklist"') == lists
    assert f'data-kb-heading="Part {letters(lists - 1)}"' in rendered  # each list still has its own heading
    assert counting.searches == 1


@pytest.mark.parametrize("headings", [10, 200])
def test_each_heading_id_is_worked_out_once_however_many_links(monkeypatch: pytest.MonkeyPatch, headings: int) -> None:
    calls = 0
    slugify = content._slugify

    def counting(text: str, separator: str) -> str:
        nonlocal calls
        calls += 1
        return slugify(text, separator)

    monkeypatch.setattr(content, "_slugify", counting)
    path = Path("docs/en/tools/big.md")
    page = read_page(path, heading_page(headings))
    assert list(content.check_links(page, Path("docs"), "en")) == []
    assert calls == headings


def test_a_broken_anchor_among_many_is_still_found() -> None:
    text = heading_page(50) + "\nSee [nowhere](#heading-zz).\n"
    problems = list(content.check_links(read_page(Path("docs/en/big.md"), text), Path("docs"), "en"))
    assert [problem.message for problem in problems] == [
        "broken anchor '#heading-zz': this page has no heading with that ID"
    ]


def test_many_headings_alike_get_the_ids_mkdocs_gives() -> None:
    text = "---\ntitle: T\n---\n\n" + "## Steps\n\n" * 300 + "## Steps_1 {#steps_2x}\n"
    ids = content.anchors(read_page(Path("docs/en/big.md"), text))
    assert ids == {"steps", *(f"steps_{n}" for n in range(1, 300)), "steps_2x"}


def test_the_benchmark_pages_have_what_they_say() -> None:
    assert checklist_page(30).count("- [ ] ") == 30
    assert heading_page(30).count("\n## ") == 30
