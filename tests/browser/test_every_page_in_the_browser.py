"""Every built page, in the light and the dark scheme, as Chromium runs it: the only inline
scripts in the document are the known ones (kb/content/material_markup.py), nothing is fetched
from another host, the page does not navigate away, and no request fails, no script errs and no
Content-Security-Policy violation happens. One browser, one tab per scheme, page after page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kb.content.material_markup import is_known_inline_script
from tests.support.browser import RecordedPage

INLINE_SCRIPTS = """[...document.scripts]
  .filter(script => !script.src && script.type !== "application/json")
  .map(script => script.textContent)"""
SCHEMES = {"light": "default", "dark": "slate"}  # the reader's preference -> Material's colour scheme


def page_urls(site: Path, base: str) -> list[str]:
    """The address of every built page (a folder's index.html by its folder, as readers open it)."""
    paths = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    return [base + (path.removesuffix("index.html") if path.endswith("index.html") else path) for path in paths]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_runs_only_known_scripts_and_stays_on_the_site(
    browser: Any, site: Path, served_site: str, scheme: str
) -> None:
    recorded = RecordedPage(browser, served_site, color_scheme=scheme)
    navigated: list[str] = []
    recorded.page.on("framenavigated", lambda frame: frame.parent_frame is None and navigated.append(frame.url))
    urls = page_urls(site, served_site)
    assert len(urls) > 90
    found: list[str] = []
    try:
        for url in urls:
            navigated.clear()
            recorded.open(url)
            found += [
                f"{url}: unknown inline script {script[:80]!r}"
                for script in recorded.page.evaluate(INLINE_SCRIPTS)
                if not is_known_inline_script(script)
            ]
            found += [f"{url}: navigated to {target}" for target in navigated if target.split("#")[0] != url]
            found += [f"{url}: {problem}" for problem in recorded.problems]
            recorded.problems.clear()
            shown = recorded.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
            if shown != SCHEMES[scheme]:
                found.append(f"{url}: shown in the {shown} scheme, not {SCHEMES[scheme]}")
    finally:
        recorded.context.close()
    assert not found, "\n".join(found)
