"""A long page costs work in proportion to its length: the build found the heading above each
of 4,000 checklists by searching the page from the top again (65 s for one page). These tests
count the work instead of timing it; the figures are in `python -m kb.bench.large_pages`.
(`kb check` once worked out every heading ID again for each link to one of them; the IDs now
come from the built pages, and tests/build/test_check_is_the_build.py links 300 of them.)"""

from __future__ import annotations

import re
from typing import Any

import pytest

from kb.bench.large_pages import checklist_page, heading_page, letters
from kb.languages import LANGUAGES
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
    rendered = checklists.render_lists(html, "tools/big.md", LANGUAGES["en"], None)
    assert rendered.count('class="kb-checklist"') == lists
    assert f'data-kb-heading="Part {letters(lists - 1)}"' in rendered  # each list still has its own heading
    assert counting.searches == 1


def test_the_benchmark_pages_have_what_they_say() -> None:
    assert checklist_page(30).count("- [ ] ") == 30
    assert heading_page(30).count("\n## ") == 30
