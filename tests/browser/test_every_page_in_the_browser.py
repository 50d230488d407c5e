"""Every built page, in the light and the dark scheme, as Chromium runs it: the only inline
scripts in the document are the known ones (kb/content/material_markup.py), nothing is fetched
from another host, the page does not navigate away, and no request fails, no script errs and no
Content-Security-Policy violation happens. One browser; per scheme, a few tabs load pages side by
side, since most of a page's time in the browser is waiting (for the server, for the load event,
for the requests Material makes after it), not work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kb.content.material_markup import is_known_inline_script
from kb.local_site import settle_together
from tests.support.browser import RecordedPage

INLINE_SCRIPTS = """[...document.scripts]
  .filter(script => !script.src && script.type !== "application/json")
  .map(script => script.textContent)"""
SCHEMES = {"light": "default", "dark": "slate"}  # the reader's preference -> Material's colour scheme
TABS = 4  # pages loading at once per scheme: a minute of waiting became a quarter of one


def page_urls(site: Path, base: str) -> list[str]:
    """The address of every built page (a folder's index.html by its folder, as readers open it)."""
    paths = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    return [base + (path.removesuffix("index.html") if path.endswith("index.html") else path) for path in paths]


def problems_of(tab: RecordedPage, url: str, navigated: list[str], scheme: str) -> list[str]:
    """What is wrong with the page `tab` has just loaded from `url`."""
    found = [
        f"{url}: unknown inline script {script[:80]!r}"
        for script in tab.page.evaluate(INLINE_SCRIPTS)
        if not is_known_inline_script(script)
    ]
    found += [f"{url}: navigated to {target}" for target in navigated if target.split("#")[0] != url]
    found += [f"{url}: {problem}" for problem in tab.problems]
    shown = tab.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    if shown != SCHEMES[scheme]:
        found.append(f"{url}: shown in the {shown} scheme, not {SCHEMES[scheme]}")
    return found


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_runs_only_known_scripts_and_stays_on_the_site(
    browser: Any, site: Path, served_site: str, scheme: str
) -> None:
    tabs = [RecordedPage(browser, served_site, color_scheme=scheme) for _ in range(TABS)]
    navigated: dict[RecordedPage, list[str]] = {tab: [] for tab in tabs}
    for tab in tabs:
        tab.page.on(
            "framenavigated", lambda frame, tab=tab: frame.parent_frame is None and navigated[tab].append(frame.url)
        )
    urls = page_urls(site, served_site)
    assert len(urls) > 90
    found: list[str] = []
    try:
        for start in range(0, len(urls), TABS):
            batch = list(zip(tabs, urls[start : start + TABS], strict=False))
            for tab, url in batch:
                navigated[tab].clear()
                tab.problems.clear()
                tab.page.goto(url, wait_until="commit")
            for tab, _ in batch:
                tab.page.wait_for_load_state("load")
            settle_together([tab.in_flight for tab, _ in batch])
            for tab, url in batch:
                found += problems_of(tab, url, navigated[tab], scheme)
    finally:
        for tab in tabs:
            tab.context.close()
    assert not found, "\n".join(found)
