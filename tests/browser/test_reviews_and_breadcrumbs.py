"""The overdue-review notice, the what's-new page and the breadcrumbs in the browser.

On a Persian page the notice and the breadcrumbs lay out right to left: the trail starts at the
right edge and its separators point left (rtl.css mirrors Material's chevron), where an English
trail runs left to right with the chevron as Material draws it. The Persian overdue page and
what's-new page (tests/support/reviews_site.py, with a stale translation marked) pass axe in the
light and the dark scheme, with no request to another host and no CSP violation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kb.languages import LANGUAGES, page_url
from kb.local_site import free_port, serve
from tests.support.browser import COLOUR_RULES, DARK_PALETTE, RecordedPage, axe_violations, with_axe
from tests.support.reviews_site import OVERDUE_PAGE, WHATS_NEW, reviews_site

MIRRORED = "matrix(-1, 0, 0, 1, 0, 0)"  # scaleX(-1), as getComputedStyle writes it


@pytest.fixture(scope="module")
def reviews_url() -> Iterator[str]:
    with serve(reviews_site()[1], free_port()) as url:
        yield url


@pytest.fixture
def tab(browser: Any, reviews_url: str) -> Iterator[RecordedPage]:
    tab = RecordedPage(browser, reviews_url, color_scheme="light", reduced_motion="reduce")
    with_axe(tab.context)
    yield tab
    tab.context.close()


def test_the_overdue_notice_is_right_to_left_on_a_persian_page(tab: RecordedPage, reviews_url: str) -> None:
    tab.open(reviews_url + page_url("fa", OVERDUE_PAGE))
    notice = tab.page.locator('[data-kb-review="overdue"]')
    notice.wait_for()
    assert notice.evaluate("e => getComputedStyle(e).direction") == "rtl"
    title = notice.locator(".admonition-title")
    assert title.inner_text() == LANGUAGES["fa"].t("review.overdue_title")
    # Right to left: the title's text ends nearer the notice's left edge than it starts from its right.
    box, words = (
        notice.bounding_box(),
        title.evaluate(
            "e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect();"
            " return {left: b.left, right: b.right} }"
        ),
    )
    assert box and box["x"] + box["width"] - words["right"] < words["left"] - box["x"], (box, words)
    assert not tab.problems, "\n".join(tab.problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_breadcrumbs_run_in_the_readers_direction(browser: Any, served_site: str, lang: str) -> None:
    recorded = RecordedPage(browser, served_site)
    try:
        recorded.open(served_site + page_url(lang, "tools/seo.md"))
        items = recorded.page.locator("nav.md-path .md-path__item")
        assert items.count() == 2
        first, second = items.nth(0).bounding_box(), items.nth(1).bounding_box()
        assert first and second
        rtl = LANGUAGES[lang].direction == "rtl"
        assert (first["x"] > second["x"]) == rtl, (lang, first, second)  # the trail starts at the reading side
        chevron = items.nth(1).evaluate("e => getComputedStyle(e, '::before').transform")
        assert chevron == (MIRRORED if rtl else "none"), chevron
        items.nth(0).locator("a").focus()  # a link: reached with the keyboard
        assert recorded.page.evaluate("document.activeElement.classList.contains('md-path__link')")
        assert not recorded.problems, "\n".join(recorded.problems)
    finally:
        recorded.context.close()


@pytest.mark.parametrize("source", [WHATS_NEW, OVERDUE_PAGE])
def test_the_persian_pages_pass_axe_in_both_schemes(tab: RecordedPage, reviews_url: str, source: str) -> None:
    tab.open(reviews_url + page_url("fa", source))
    if source == WHATS_NEW:
        assert tab.page.locator("ol.kb-whats-new [data-kb-translation=stale]").count() == 1
    problems = [f"light: {violation}" for violation in axe_violations(tab.page)]
    tab.page.evaluate(DARK_PALETTE)
    problems += [f"dark: {violation}" for violation in axe_violations(tab.page, COLOUR_RULES)]
    assert not problems + tab.problems, "\n".join(problems + tab.problems)
