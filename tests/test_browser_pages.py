"""Every built page in a real browser, in light and dark schemes: zero axe-core violations
(WCAG 2.2 AA tags), no request to another host, no failed request, no console error."""

from __future__ import annotations

import pytest

from tests.browser import RecordedPage, axe_violations
from tests.site import LANGUAGES, page_path, source_pages, url_prefix

PAGES = [(lang, source) for lang in LANGUAGES for source in source_pages(lang)]
SCHEMES = {"light": "default", "dark": "slate"}  # the reader's preference -> Material's scheme


@pytest.mark.parametrize(("lang", "source"), PAGES, ids=[f"{lang}/{source}" for lang, source in PAGES])
def test_page_is_accessible_and_private_in_both_schemes(browser: object, served_site: str, lang: str, source: str) -> None:
    problems = []
    for preference, scheme in SCHEMES.items():
        recorded = RecordedPage(browser, served_site, color_scheme=preference)
        try:
            recorded.open(served_site + url_prefix(lang) + page_path(source))
            shown = recorded.page.evaluate("document.body.dataset.mdColorScheme")
            assert shown == scheme, f"asked for {preference}, Material shows {shown}"
            problems += [f"{preference}: {v}" for v in axe_violations(recorded.page)] + recorded.problems
        finally:
            recorded.context.close()
    assert not problems, f"docs/{lang}/{source}:\n" + "\n".join(problems)
