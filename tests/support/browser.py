"""Browser helpers shared by the browser tests."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from kb.local_site import RequestsInFlight
from kb.project import ROOT

TYPED = {"en": "Dana and Omid", "ar": "دانة وأمير", "fa": "دانا و امید"}  # names a reader types, in the page's letters

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# The axe rules whose outcome depends on colours: all that can differ between light and dark.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# What Material's palette toggle sets for the dark palette in mkdocs.yml; then wait for the
# colour transitions that starts (Material's CSS fades colours) to end.
DARK_PALETTE = """async () => {
  document.body.setAttribute('data-md-color-scheme', 'slate')
  await new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)))
  await Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null)))
}"""


# Every Content-Security-Policy violation of a page, reported to the test as it happens.
REPORT_CSP_VIOLATIONS = """document.addEventListener("securitypolicyviolation", event =>
  window.__kbCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
    `(${event.sourceFile || location.href}:${event.lineNumber})`))"""


def record_csp_violations(context: Any, also: list[str] | None = None) -> list[str]:
    """The list that every Content-Security-Policy violation in this browser context is added
    to (and, as "CSP: ...", to `also`)."""
    violations: list[str] = []

    def report(source: object, text: str) -> None:
        violations.append(text)
        if also is not None:
            also.append(f"CSP: {text}")

    context.expose_binding("__kbCspViolation", report)
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    return violations


class RecordedPage:
    """A browser page that remembers failed requests, requests to other hosts, console errors
    and Content-Security-Policy violations."""

    def __init__(self, browser: Any, base_url: str, **context_options: object) -> None:
        self.context = browser.new_context(**context_options)
        self.problems: list[str] = []
        self.csp_violations = record_csp_violations(self.context, also=self.problems)
        self.page = self.context.new_page()
        self.base = urlparse(base_url)
        self.in_flight = RequestsInFlight(self.page)
        self.page.on("request", self._on_request)
        self.page.on("requestfailed", self._on_failure)
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))

    def _on_failure(self, request: Any) -> None:
        # ERR_ABORTED is the browser dropping a request because the page went away (a reload,
        # a link followed): nothing the site did wrong.
        if "ERR_ABORTED" not in str(request.failure):
            self.problems.append(f"failed: {request.url} ({request.failure})")

    def _on_request(self, request: Any) -> None:
        url = urlparse(request.url)
        if url.scheme in ("http", "https") and url.netloc != self.base.netloc:
            self.problems.append(f"other host: {request.url}")

    def open(self, url: str) -> None:
        """Load a page and wait until it has stopped fetching, so that nothing is cut off."""
        self.page.goto(url, wait_until="load")
        self.settle()

    def reload(self) -> None:
        self.page.reload(wait_until="load")
        self.settle()

    def settle(self) -> None:
        self.in_flight.settle()


def with_axe(context: Any) -> None:
    """Make axe-core part of every page this browser context loads."""
    context.add_init_script(path=str(AXE))


def axe_violations(page: Any, rules: list[str] | None = None, within: str | None = None) -> list[str]:
    """Run axe-core (from node_modules) in the page, or only in the element `within` selects,
    with the WCAG 2.2 AA tags or only the rules named; one line per violation and element."""
    if not page.evaluate("typeof axe !== 'undefined'"):  # a context may load it in every page (with_axe)
        page.evaluate(AXE.read_text(encoding="utf-8"))  # as the test's code: the page's CSP forbids a script tag
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": WCAG_TAGS}
    # Only violations: collecting what passed took more than half of axe's time.
    context = {"include": [within]} if within else None
    result = page.evaluate(
        "([runOnly, context]) => axe.run(context || document, {runOnly, resultTypes: ['violations']})",
        [run_only, context],
    )
    return [
        f"{v['id']} ({v['impact']}): {node['target']} {node.get('failureSummary', '')!s:.200}"
        for v in result["violations"]
        for node in v["nodes"]
    ]


# What Material's palette toggle does (mkdocs.yml's two palettes), then the end of the colour
# transitions it starts. Emulating the reader's preference after the page has loaded changes
# nothing: Material reads it once, when the page starts.
SET_SCHEME = """async scheme => {
  document.body.setAttribute('data-md-color-scheme', scheme)
  await new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)))
  await Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null)))
}"""
SCHEMES = {"light": "default", "dark": "slate"}  # Material's name for each


def set_scheme(page: Any, scheme: str) -> str:
    """Show the page in the light or dark scheme; its background colour, to tell them apart."""
    page.evaluate(SET_SCHEME, SCHEMES[scheme])
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


def switch_language(page: Any, lang: str) -> None:
    """Use the header's language switcher like a reader: hover it, pick the language."""
    page.hover(".md-select")
    page.click(f".md-select__link[hreflang={lang}]")
    page.wait_for_load_state("networkidle")


def pdf_text(page: object, path: Path) -> list[str]:
    page.emulate_media(media="print")
    path.write_bytes(page.pdf(format="A4"))
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    return [comparable(text) for text in pages]


def comparable(text: str) -> str:
    """Text as both pdftotext and the page give it: no marks, bidi controls, half-spaces or spaces."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Mn", "Cf"))


def as_pdftotext_reads(text: str) -> str:
    """pdftotext takes a lam-alef ligature apart in visual order: «لا» comes out as «ال»
    (and a mark between them, as in «بدلًا», goes astray: it is dropped here)."""
    return re.sub("ل[\u064b-\u065f\u0670]*([اأإآ])", r"\1ل", text)


def letters(text: str) -> str:
    """A page's text as pdftotext would give it, letters and digits only: it reorders
    brackets, hyphens and marks around right-to-left text and joins a word hyphenated
    across lines."""
    return printed_letters(comparable(as_pdftotext_reads(text)))


def printed_letters(document: str) -> str:
    """The letters and digits of pdf_text's pages. The ezafe mark (U+0654) is not a letter, but
    pdftotext may put it on the letter before the «ه» that carries it, composing «و» and the
    mark into «ؤ» («شیوهٔ» reads «شیؤه»): «ؤ» is compared as «و» on both sides."""
    return "".join(c for c in document if unicodedata.category(c)[0] in "LN").replace("ؤ", "و")


def link_check(text: str) -> str:
    """The check page-tools.js puts on a shared link (FNV-1a, base 36), to forge links that pass it."""
    value = 0x811C9DC5
    for code in text.encode("utf-16-le")[::2]:  # the link bodies are ASCII: one byte per character
        value = ((value ^ code) * 0x01000193) & 0xFFFFFFFF
    digits, out = "0123456789abcdefghijklmnopqrstuvwxyz", ""
    while True:
        value, rest = divmod(value, 36)
        out = digits[rest] + out
        if not value:
            return out
