"""What a reader's browser transfers: a first visit to a page, then a second page.

The budgets (issue "Performance"): a first visit to any checklist page transfers at most
200 KB compressed (HTML, CSS, JS, fonts), and the next page in the same session at most
25 KB. The search index is not part of it: its first file loads once the page is idle and
the rest only with a query, and it has its own figures (kb/bench/search.py).

"Compressed" is what a host that gzips text sends (GitHub Pages, any CDN): each text
response counts as its gzip size, fonts and images as they are (WOFF2 is compressed
already). The local test server does not compress, so the size is computed here from the
bodies the browser really received. The second page is reached as a reader does: a click
on the page footer's "next" link, which Material's instant navigation loads with one fetch.

Used by tests/browser/test_page_weight_and_lighthouse.py (the budgets) and kb/bench/build.py (the figures).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from typing import Any

from kb.local_site import TEXT_TYPES, RequestsInFlight

FIRST_VISIT_BUDGET = 200 * 1024
SECOND_PAGE_BUDGET = 25 * 1024
# The search index's first file is fetched once the page is idle, so that search answers at
# once; the rest loads only with a query. It has its own figures (kb/bench/search.py).
SEARCH_INDEX = "search/kb-index.json"


@dataclass
class Transfer:
    """Compressed bytes per URL fetched during one step of a visit."""

    files: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.files.values())

    def describe(self) -> str:
        rows = sorted(self.files.items(), key=lambda item: -item[1])
        return "\n".join(f"  {size / 1024:7.1f} KB  {url}" for url, size in rows)


def compressed_size(body: bytes, content_type: str) -> int:
    return len(gzip.compress(body, 6)) if content_type.startswith(TEXT_TYPES) else len(body)


def _collect(responses: list[Any]) -> Transfer:
    transfer = Transfer()
    for response in responses:
        if response.status != 200 or response.url.endswith(SEARCH_INDEX):
            continue  # a 304 sends no body
        body = response.body()
        content_type = response.headers.get("content-type", "")
        transfer.files[response.url] = compressed_size(body, content_type)
    return transfer


def visit(browser: Any, url: str) -> tuple[Transfer, Transfer]:
    """Open `url` in a fresh browser context, then follow its footer link to the next page."""
    context = browser.new_context()
    try:
        page = context.new_page()
        in_flight = RequestsInFlight(page)
        responses: list[Any] = []
        page.on("response", lambda response: responses.append(response))
        page.goto(url, wait_until="load")
        in_flight.settle()
        first = _collect(responses)
        responses.clear()
        next_link = page.locator("a.md-footer__link--next, a.md-footer__link--prev").first
        target = next_link.evaluate("link => link.href")
        # Instant navigation may change the URL before or after its fetch: wait for the fetch
        # itself, then for the new page's fonts and any request they start.
        with page.expect_response(target):
            next_link.click()
        page.wait_for_url(target)
        page.evaluate("document.fonts.ready.then(() => true)")
        in_flight.settle()
        return first, _collect(responses)
    finally:
        context.close()
