"""The real site in a real browser: direction, language switching, and no stray requests."""

from __future__ import annotations

import pytest

from kb.languages import LANGUAGES
from tests.support.browser import RecordedPage, switch_language

DEEP_PAGE = "practices/empathy/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_content_direction_and_switching_from_a_deep_page(recorded: RecordedPage, served_site: str, lang: str) -> None:
    page = recorded.page
    recorded.open(served_site + LANGUAGES[lang].root + DEEP_PAGE)
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.md-content')).direction") == LANGUAGES[lang].direction
    )
    assert page.evaluate("document.documentElement.dir") == LANGUAGES[lang].direction
    for target in LANGUAGES:
        if target == lang:
            continue
        recorded.open(served_site + LANGUAGES[lang].root + DEEP_PAGE)
        switch_language(page, target)
        assert page.url == served_site + LANGUAGES[target].root + DEEP_PAGE
        assert page.evaluate("document.documentElement.lang") == target
    assert not recorded.problems, "\n".join(recorded.problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switching_after_instant_navigation_keeps_the_new_page(
    recorded: RecordedPage, served_site: str, lang: str
) -> None:
    page = recorded.page
    recorded.open(served_site + LANGUAGES[lang].root + "practices/")
    page.evaluate("window.__sameDocument = true")
    page.click(".md-content a[href$='empathy/']")
    page.wait_for_url(served_site + LANGUAGES[lang].root + DEEP_PAGE)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__sameDocument === true"), "the link did not use instant navigation"
    target = "fa" if lang != "fa" else "en"
    switch_language(page, target)
    assert page.url == served_site + LANGUAGES[target].root + DEEP_PAGE
    assert not recorded.problems, "\n".join(recorded.problems)
