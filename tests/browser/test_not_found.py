"""A mistyped address gets the not-found page in the reader's language and direction: the
root one under /, Arabic under /ar/, Persian under /fa/, each with its message, its search
box and a link home. The test server, like GitHub Pages, answers every missing path with
the root 404.html."""

from __future__ import annotations

import pytest

from kb.languages import LANGUAGES
from tests.support.browser import RecordedPage


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_missing_page_answers_in_the_readers_language(recorded: RecordedPage, served_site: str, lang: str) -> None:
    language = LANGUAGES[lang]
    recorded.open(served_site + language.root + "no-such/page/")
    page = recorded.page
    page.wait_for_function("lang => document.documentElement.lang === lang", arg=lang)
    recorded.settle()
    assert page.evaluate("document.documentElement.dir") == language.direction
    assert page.locator(".md-content h1").text_content().strip() == language.t("not_found.title")
    home = page.locator(".md-content a", has_text=language.t("not_found.home"))
    assert home.evaluate("a => a.href") == served_site + language.root
    assert (
        page.locator(".md-search__input").get_attribute("placeholder")
        == language.strings["theme"]["search.placeholder"]
    )
    # Expected: the 404 answer itself, and the console line for it.
    expected = ("HTTP 404: ", "console: Failed to load resource: the server responded with a status of 404")
    unexpected = [problem for problem in recorded.problems if not problem.startswith(expected)]
    assert not unexpected, "\n".join(unexpected)
