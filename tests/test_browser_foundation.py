"""The real site in a real browser: direction, language switching, and no stray requests."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from tests.site import DIRECTION, LANGUAGES, url_prefix

DEEP_PAGE = "practices/empathy/"


class RecordedPage:
    """A browser page that remembers failed requests, requests to other hosts and console errors."""

    def __init__(self, browser: object, base_url: str) -> None:
        self.context = browser.new_context()  # type: ignore[attr-defined]
        self.page = self.context.new_page()
        self.base = urlparse(base_url)
        self.problems: list[str] = []
        self.page.on("request", self._on_request)
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} ({r.failure})"))
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))

    def _on_request(self, request: object) -> None:
        url = urlparse(request.url)  # type: ignore[attr-defined]
        if url.scheme in ("http", "https") and url.netloc != self.base.netloc:
            self.problems.append(f"other host: {request.url}")  # type: ignore[attr-defined]


@pytest.fixture
def recorded(browser: object, served_site: str) -> Iterator[RecordedPage]:
    page = RecordedPage(browser, served_site)
    yield page
    page.context.close()


def switch_language(page: object, lang: str) -> None:
    page.hover(".md-select")  # type: ignore[attr-defined]
    page.click(f".md-select__link[hreflang={lang}]")  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]


def open_page(page: object, url: str) -> None:
    """Load a page and wait until it has stopped fetching, so that nothing is cut off."""
    page.goto(url, wait_until="networkidle")  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_content_direction_and_switching_from_a_deep_page(recorded: RecordedPage, served_site: str, lang: str) -> None:
    page = recorded.page
    open_page(page, served_site + url_prefix(lang) + DEEP_PAGE)
    assert page.evaluate("getComputedStyle(document.querySelector('.md-content')).direction") == DIRECTION[lang]
    assert page.evaluate("document.documentElement.dir") == DIRECTION[lang]
    for target in LANGUAGES:
        if target == lang:
            continue
        open_page(page, served_site + url_prefix(lang) + DEEP_PAGE)
        switch_language(page, target)
        assert page.url == served_site + url_prefix(target) + DEEP_PAGE
        assert page.evaluate("document.documentElement.lang") == target
    assert not recorded.problems, "\n".join(recorded.problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switching_after_instant_navigation_keeps_the_new_page(recorded: RecordedPage, served_site: str, lang: str) -> None:
    page = recorded.page
    open_page(page, served_site + url_prefix(lang) + "practices/")
    page.evaluate("window.__sameDocument = true")
    page.click(f".md-content a[href$='empathy/']")
    page.wait_for_url(served_site + url_prefix(lang) + DEEP_PAGE)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__sameDocument === true"), "the link did not use instant navigation"
    target = "fa" if lang != "fa" else "en"
    switch_language(page, target)
    assert page.url == served_site + url_prefix(target) + DEEP_PAGE
    assert not recorded.problems, "\n".join(recorded.problems)
