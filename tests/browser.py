"""Browser helpers shared by the browser tests."""

from __future__ import annotations

from urllib.parse import urlparse

from tests.site import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class RecordedPage:
    """A browser page that remembers failed requests, requests to other hosts and console errors."""

    def __init__(self, browser: object, base_url: str, **context_options: object) -> None:
        self.context = browser.new_context(**context_options)  # type: ignore[attr-defined]
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

    def open(self, url: str) -> None:
        """Load a page and wait until it has stopped fetching, so that nothing is cut off."""
        self.page.goto(url, wait_until="networkidle")


def axe_violations(page: object) -> list[str]:
    """Run axe-core (from node_modules) in the page; one line per violation and element."""
    page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
    result = page.evaluate(  # type: ignore[attr-defined]
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [f"{v['id']} ({v['impact']}): {node['target']} {node.get('failureSummary', '')!s:.200}"
            for v in result["violations"] for node in v["nodes"]]


def switch_language(page: object, lang: str) -> None:
    """Use the header's language switcher like a reader: hover it, pick the language."""
    page.hover(".md-select")  # type: ignore[attr-defined]
    page.click(f".md-select__link[hreflang={lang}]")  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
