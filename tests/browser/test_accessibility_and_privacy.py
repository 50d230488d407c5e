"""Every built page in a real browser, in light and dark schemes: zero axe-core violations
(WCAG 2.2 AA tags), no request to another host, no failed request, no console error and no
Content-Security-Policy violation (RecordedPage reports each one).

One tab per worker visits the pages in turn (a fresh context per page cost more than the
checks). The header, navigation and footer come from the same templates on every page: they
are checked on each section's index page (where the navigation shows that section), the
article on every page. Each page is checked with every WCAG rule in the light scheme. The
dark scheme changes colours only, and the same in every language: each English page and
each language's section index pages (the chrome, right to left too) are switched to it as
Material's palette toggle does (the attributes on <body>) and checked with the rules whose
outcome depends on colour (COLOUR_RULES). That a reader who prefers dark gets Material's
dark scheme is checked once per language on a fresh load.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kb.content.pages import page_sources
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, page_url
from kb.project import DOCS
from tests.support.browser import COLOUR_RULES, DARK_PALETTE, RecordedPage, axe_violations, with_axe

PAGES = [(lang, source) for lang in LANGUAGES for source in page_sources(DOCS, lang)]
SCHEME = {"light": "default", "dark": "slate"}  # the reader's preference -> Material's scheme


@pytest.fixture(scope="session")  # not "module": xdist interleaves modules, which would reopen the tab
def tab(browser: Any, served_site: str) -> Iterator[RecordedPage]:
    # A reader who asks for reduced motion gets the dark colours at once rather than after
    # Material's quarter-second fade: the same colours, checked a fifth of a minute sooner.
    tab = RecordedPage(browser, served_site, color_scheme="light", reduced_motion="reduce")
    with_axe(tab.context)
    yield tab
    tab.context.close()


@pytest.mark.parametrize(("lang", "source"), PAGES, ids=[f"{lang}/{source}" for lang, source in PAGES])
def test_page_is_accessible_and_private_in_both_schemes(
    tab: RecordedPage, served_site: str, lang: str, source: str
) -> None:
    tab.problems.clear()
    tab.open(served_site + page_url(lang, source))
    assert tab.page.evaluate("document.body.dataset.mdColorScheme") == SCHEME["light"]
    index = source.rpartition("/")[2] == "index.md"
    within = None if index else ".md-content"  # the whole page, or the article
    problems = [f"light: {violation}" for violation in axe_violations(tab.page, within=within)]
    if index or lang == DEFAULT_LANGUAGE:
        tab.page.evaluate(DARK_PALETTE)
        problems += [f"dark: {violation}" for violation in axe_violations(tab.page, COLOUR_RULES, within)]
    problems += tab.problems
    assert not problems, f"docs/{lang}/{source}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("preference", SCHEME)
def test_the_readers_colour_preference_picks_the_scheme(
    browser: Any, served_site: str, lang: str, preference: str
) -> None:
    recorded = RecordedPage(browser, served_site, color_scheme=preference)
    try:
        recorded.open(served_site + LANGUAGES[lang].root)
        assert recorded.page.evaluate("document.body.dataset.mdColorScheme") == SCHEME[preference]
        assert not recorded.problems, "\n".join(recorded.problems)
    finally:
        recorded.context.close()
